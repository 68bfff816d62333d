package serve

import (
	"context"
	"net"
	"net/http"
	"runtime"
	"testing"
	"time"
)

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

func TestRunTwice(t *testing.T) {
	s, err := New(Options{Build: func(context.Context, []string) (Site, error) { return Site{}, nil }})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ln1, _ := Listen("127.0.0.1:0", false)
	ln2, _ := Listen("127.0.0.1:0", false)
	if err := s.Run(ctx, ln1); err != nil {
		t.Fatalf("Run with a cancelled context = %v, want nil", err)
	}
	if err := s.Run(ctx, ln2); err == nil {
		t.Error("second Run = nil, want an error")
	}
	if _, err := net.Dial("tcp", ln2.Addr().String()); err == nil {
		t.Error("second Run left its listener open")
	}
}

func TestNewNeedsBuild(t *testing.T) {
	if _, err := New(Options{}); err == nil {
		t.Error("New(Options{}) = nil error, want one naming Build")
	}
}

func TestElapsed(t *testing.T) {
	for _, c := range []struct {
		in   time.Duration
		want string
	}{
		{412345 * time.Nanosecond, "412µs"},
		{999999 * time.Nanosecond, "1ms"},
		{116400 * time.Microsecond, "116ms"},
		{3*time.Second + 600*time.Microsecond, "3.001s"},
	} {
		if got := elapsed(c.in).String(); got != c.want {
			t.Errorf("elapsed(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}
