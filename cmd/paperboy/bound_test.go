//go:build !race

package main

// allocBound is the most a hostile-input build may allocate.
const allocBound = 1 << 30
