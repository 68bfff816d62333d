package serve

import (
	"net"
	"strconv"
	"strings"
	"testing"
)

func TestListenBusyPort(t *testing.T) {
	busy, err := Listen("127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	defer busy.Close()
	addr := busy.Addr().String()

	ln, err := Listen(addr, false)
	want := addr + " is in use; choose another with --port or use --next-free-port"
	if err == nil || err.Error() != want {
		if ln != nil {
			ln.Close()
		}
		t.Errorf("Listen(%q, false) = %v, want %q", addr, err, want)
	}

	ln, err = Listen(addr, true)
	if err != nil {
		t.Fatalf("Listen(%q, true) = %v, want the next free port", addr, err)
	}
	defer ln.Close()
	if got := ln.Addr().String(); got == addr || !strings.HasPrefix(got, "127.0.0.1:") {
		t.Errorf("Listen(%q, true) listens on %s, want another port on 127.0.0.1", addr, got)
	}
}

// TestListenLocalhost: --bind localhost listens on both loopback
// addresses, which a browser may open localhost at, and a port another
// server holds on ::1 alone is in use.
func TestListenLocalhost(t *testing.T) {
	other, err := net.Listen("tcp", "[::1]:0")
	if err != nil {
		t.Skip("no IPv6 loopback here:", err)
	}
	defer other.Close()
	port := strconv.Itoa(other.Addr().(*net.TCPAddr).Port)
	if ln, err := Listen("localhost:"+port, false); err == nil || !strings.Contains(err.Error(), "is in use") {
		if ln != nil {
			ln.Close()
		}
		t.Errorf("Listen(localhost:%s) with the port taken on ::1 = %v, want it in use", port, err)
	}
	ln, err := Listen("localhost:0", false)
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port = strconv.Itoa(ln.Addr().(*net.TCPAddr).Port)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("x"))
			c.Close()
		}
	}()
	for _, host := range []string{"127.0.0.1", "::1"} {
		c, err := net.Dial("tcp", net.JoinHostPort(host, port))
		if err != nil {
			t.Errorf("dial %s: %v", host, err)
			continue
		}
		b := make([]byte, 1)
		if _, err := c.Read(b); err != nil || b[0] != 'x' {
			t.Errorf("read from %s: %q, %v", host, b, err)
		}
		c.Close()
	}
}

func TestOrigin(t *testing.T) {
	tcp := func(ip string) net.Addr { return &net.TCPAddr{IP: net.ParseIP(ip), Port: 1313} }
	tests := []struct {
		host string
		addr net.Addr
		want string
		all  bool
	}{
		{"127.0.0.1", tcp("127.0.0.1"), "http://127.0.0.1:1313", false},
		{"localhost", tcp("127.0.0.1"), "http://localhost:1313", false},
		{"192.168.1.5", tcp("192.168.1.5"), "http://192.168.1.5:1313", false},
		{"::1", tcp("::1"), "http://[::1]:1313", false},
		{"0.0.0.0", tcp("::"), "http://127.0.0.1:1313", true}, // Linux listens on [::] for it
		{"::", tcp("::"), "http://[::1]:1313", true},
		{"", tcp("::"), "http://[::1]:1313", true},
		{"", tcp("0.0.0.0"), "http://127.0.0.1:1313", true},
		{"", tcp("127.0.0.1"), "http://127.0.0.1:1313", false},
	}
	for _, tt := range tests {
		got, all := origin(tt.host, tt.addr)
		if got != tt.want || all != tt.all {
			t.Errorf("origin(%q, %v) = %q, %v; want %q, %v", tt.host, tt.addr, got, all, tt.want, tt.all)
		}
	}
}
