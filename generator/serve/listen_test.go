package serve

import (
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
