// Package osfile reads and writes whole files with the fewest system calls.
//
// On Unix, os.Open and os.OpenFile offer every regular file to the network
// poller: four fcntl calls and an epoll_ctl that fails, more system calls
// than the open, read or write and close themselves. A build reads every
// source and writes every page once, start to end, and needs none of that,
// so ReadFile and WriteNew ask the system directly there; elsewhere they
// are the os package's.
package osfile
