//go:build !unix

package output

import "io/fs"

// keepGroup does nothing where folders have no Unix group.
func keepGroup(string, fs.FileInfo) error { return nil }
