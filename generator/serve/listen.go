package serve

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

// nextFreeTries is how many ports after the asked one Listen tries with
// nextFree.
const nextFreeTries = 100

// Listen opens a TCP listener on addr ("127.0.0.1:1313"; see listen for
// localhost). When the port is taken it fails with a message that names
// the flags to use, or, with nextFree, tries the following ports and
// listens on the first free one.
func Listen(addr string, nextFree bool) (net.Listener, error) {
	ln, err := listen(addr)
	if err == nil || !inUse(err) {
		return ln, err
	}
	if !nextFree {
		return nil, fmt.Errorf("%s is in use; choose another with --port or use --next-free-port", addr)
	}
	host, portText, splitErr := net.SplitHostPort(addr)
	port, atoiErr := strconv.Atoi(portText)
	if splitErr != nil || atoiErr != nil {
		return nil, fmt.Errorf("%s is in use; choose another with --port", addr)
	}
	for p := port + 1; p <= min(port+nextFreeTries, 65535); p++ {
		ln, err := listen(net.JoinHostPort(host, strconv.Itoa(p)))
		if err == nil {
			return ln, nil
		}
		if !inUse(err) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%s and the %d ports after it are in use; choose another with --port", addr, nextFreeTries)
}

// listen is net.Listen, but for the host localhost, which net.Listen
// listens for on its first address alone (127.0.0.1): it listens on both
// loopback addresses, as a browser opens localhost at ::1 first, where
// another server (Vite's, Node's) may hold the port, and fails as
// net.Listen does for a port taken on either. Without IPv6 it listens on
// 127.0.0.1.
func listen(addr string) (net.Listener, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || !strings.EqualFold(host, "localhost") {
		return net.Listen("tcp", addr)
	}
	for try := 0; ; try++ {
		v4, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", port))
		if err != nil {
			return nil, err
		}
		v6, err := net.Listen("tcp", net.JoinHostPort("::1", strconv.Itoa(v4.Addr().(*net.TCPAddr).Port)))
		switch {
		case err == nil:
			return newBoth(v4, v6), nil
		case !inUse(err):
			return v4, nil // no IPv6 loopback
		}
		v4.Close()
		if port != "0" || try == 9 { // any port: the system's next pick may be free on both
			return nil, err
		}
	}
}

// both is one listener of two, which accepts the connections of either:
// localhost's two loopback addresses.
type both struct {
	lns   [2]net.Listener
	conns chan accepted
	done  chan struct{}
	once  sync.Once
}

// accepted is what one of both's listeners accepted.
type accepted struct {
	c   net.Conn
	err error
}

// newBoth accepts the connections of a and b until it is closed.
func newBoth(a, b net.Listener) *both {
	l := &both{lns: [2]net.Listener{a, b}, conns: make(chan accepted), done: make(chan struct{})}
	for _, ln := range l.lns {
		go l.accept(ln)
	}
	return l
}

// accept hands on the connections ln accepts, and its errors but the one
// of its closing.
func (l *both) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if errors.Is(err, net.ErrClosed) {
			return
		}
		select {
		case l.conns <- accepted{c, err}:
		case <-l.done:
			if c != nil {
				c.Close()
			}
			return
		}
	}
}

// Accept returns the next connection either listener accepted.
func (l *both) Accept() (net.Conn, error) {
	select {
	case a := <-l.conns:
		return a.c, a.err
	case <-l.done:
		return nil, net.ErrClosed
	}
}

// Close closes both listeners.
func (l *both) Close() error {
	l.once.Do(func() { close(l.done) })
	return errors.Join(l.lns[0].Close(), l.lns[1].Close())
}

// Addr is the address of the IPv4 listener, whose port both share.
func (l *both) Addr() net.Addr { return l.lns[0].Addr() }

// inUse reports whether err says the address is taken.
func inUse(err error) bool {
	return errors.Is(err, errAddrInUse)
}

// origin returns the scheme and authority of the address to print for a
// server listening on addr ("http://127.0.0.1:1313") and whether it listens
// on every interface. host is the host the user asked for, kept as given so
// that a host name stays one; when it is empty, addr's host is used. An
// unspecified address (0.0.0.0, ::), which no browser can open, becomes the
// loopback address of its family.
func origin(host string, addr net.Addr) (string, bool) {
	listening, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		listening, port = "", "0"
	}
	if host == "" {
		host = listening
	}
	ip := net.ParseIP(host)
	if host != "" && (ip == nil || !ip.IsUnspecified()) {
		return "http://" + net.JoinHostPort(host, port), false
	}
	if ip != nil && ip.To4() == nil {
		return "http://" + net.JoinHostPort("::1", port), true
	}
	return "http://" + net.JoinHostPort("127.0.0.1", port), true
}
