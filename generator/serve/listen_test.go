package serve

import (
	"context"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"
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

func TestRunStopsWithoutLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a", "content/sub/b.md": "b"})
	s, err := New(site.options())
	if err != nil {
		t.Fatal(err)
	}
	ln, err := Listen("127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()

	// An open event stream and a kept-alive connection must not hold Run up.
	tr := &http.Transport{}
	client := &http.Client{Transport: tr}
	url := "http://" + ln.Addr().String()
	resp, err := client.Get(url + "/a/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	stream, err := client.Get(url + "/__paperboy/events")
	if err != nil {
		t.Fatal(err)
	}
	site.write(t, "content/a.md", "edited")

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
	case <-time.After(wait):
		t.Fatal("Run did not return after its context was cancelled")
	}
	stream.Body.Close()
	tr.CloseIdleConnections()
	if _, err := http.Get(url + "/"); err == nil {
		t.Error("the server still answers after Run returned")
	}
	http.DefaultTransport.(*http.Transport).CloseIdleConnections()

	var now int
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if now = runtime.NumGoroutine(); now <= before {
			return
		}
	}
	buf := make([]byte, 1<<16)
	t.Errorf("goroutines after Run = %d, want at most %d as before:\n%s", now, before, buf[:runtime.Stack(buf, true)])
}
