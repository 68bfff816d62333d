//go:build race

package main

// allocBound is the most a hostile-input build may allocate; the race
// detector's instrumentation roughly doubles allocations.
const allocBound = 2 << 30
