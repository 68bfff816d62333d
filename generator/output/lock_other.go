//go:build !unix

package output

import "context"

// lock is a no-op where flock is not available.
func lock(context.Context, string, func(string)) (func(), error) { return func() {}, nil }
