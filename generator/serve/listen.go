package serve

import (
	"errors"
	"fmt"
	"net"
	"strconv"
)

// nextFreeTries is how many ports after the asked one Listen tries with
// nextFree.
const nextFreeTries = 100

// Listen opens a TCP listener on addr ("127.0.0.1:1313"). When the port is
// taken it fails with a message that names the flags to use, or, with
// nextFree, tries the following ports and listens on the first free one.
func Listen(addr string, nextFree bool) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
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
		ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(p)))
		if err == nil {
			return ln, nil
		}
		if !inUse(err) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("%s and the %d ports after it are in use; choose another with --port", addr, nextFreeTries)
}

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
