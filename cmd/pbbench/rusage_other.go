//go:build !unix

package main

import "os"

// maxRSSKB returns 0: peak memory is measured on Unix only.
func maxRSSKB(*os.ProcessState) int64 { return 0 }
