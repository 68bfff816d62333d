package serve

import "syscall"

// errAddrInUse is WSAEADDRINUSE, the error Windows gives for a taken port.
const errAddrInUse = syscall.Errno(10048)
