//go:build !windows

package serve

import "syscall"

// errAddrInUse is the error for a taken port on this system.
const errAddrInUse = syscall.EADDRINUSE
