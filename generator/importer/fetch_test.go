package importer_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

func TestFetcher(t *testing.T) {
	var agents []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		agents = append(agents, r.UserAgent())
		if r.URL.Path == "/missing" {
			http.Error(w, "no such day", http.StatusNotFound)
			return
		}
		w.Write([]byte("[]"))
	}))
	defer srv.Close()

	now := time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC)
	var slept []time.Duration
	f := &importer.Fetcher{
		UserAgent: importer.UserAgent("1.2.3"),
		Interval:  3 * time.Second,
		Now:       func() time.Time { return now },
		Sleep: func(_ context.Context, d time.Duration) error {
			slept = append(slept, d)
			now = now.Add(d)
			return nil
		},
	}
	body, err := f.Get(context.Background(), srv.URL+"/ok")
	if err != nil || string(body) != "[]" {
		t.Fatalf("Get = %q, %v", body, err)
	}
	now = now.Add(time.Second)
	_, err = f.Get(context.Background(), srv.URL+"/missing")
	var se *importer.StatusError
	if !errors.As(err, &se) || se.Code != http.StatusNotFound || string(se.Body) != "no such day\n" {
		t.Errorf("Get(missing) = %v, want a 404 StatusError with the body", err)
	}
	now = now.Add(10 * time.Second)
	if _, err := f.Get(context.Background(), srv.URL+"/ok"); err != nil {
		t.Fatal(err)
	}
	if len(slept) != 1 || slept[0] != 2*time.Second {
		t.Errorf("slept %v, want [2s]: requests are at least 3 s apart", slept)
	}
	want := "Paperboy/1.2.3 (+https://github.com/paperboy-digest/paperboy)"
	for _, a := range agents {
		if a != want {
			t.Errorf("User-Agent = %q, want %q", a, want)
		}
	}
}

// TestFetcherStamp checks that the interval holds across runs: a second
// Fetcher waits out the time since the first one's request, read from the
// stamp file it touched, and a stamp in the future is ignored.
func TestFetcherStamp(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("[]")) }))
	defer srv.Close()
	stamp := filepath.Join(t.TempDir(), "cache", "paperboy", "last-request")
	now := time.Date(2024, 5, 27, 12, 0, 0, 0, time.UTC)
	run := func() []time.Duration {
		var slept []time.Duration
		f := &importer.Fetcher{
			Interval: 3 * time.Second,
			Stamp:    stamp,
			Now:      func() time.Time { return now },
			Sleep: func(_ context.Context, d time.Duration) error {
				slept = append(slept, d)
				now = now.Add(d)
				return nil
			},
		}
		if _, err := f.Get(context.Background(), srv.URL); err != nil {
			t.Fatal(err)
		}
		return slept
	}
	if slept := run(); len(slept) != 0 {
		t.Errorf("first run slept %v, want no wait without a stamp", slept)
	}
	now = now.Add(time.Second)
	if slept := run(); len(slept) != 1 || slept[0] != 2*time.Second {
		t.Errorf("second run slept %v, want [2s]: 3 s after the first run's request", slept)
	}
	now = now.Add(-time.Hour) // the stamp is now an hour in the future
	if slept := run(); len(slept) != 0 {
		t.Errorf("run after a clock change slept %v, want no wait", slept)
	}
}

func TestFetcherTimeoutAndLimit(t *testing.T) {
	block := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/big" {
			w.Write(make([]byte, 2048))
			return
		}
		select {
		case <-block:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(block)
	f := &importer.Fetcher{Timeout: 50 * time.Millisecond, MaxBytes: 1024}
	var nr *importer.NoResponseError
	if _, err := f.Get(context.Background(), srv.URL+"/slow"); !errors.Is(err, context.DeadlineExceeded) || !errors.As(err, &nr) || nr.Timeout != 50*time.Millisecond ||
		err.Error() != "GET "+srv.URL+"/slow: no answer within 50ms" {
		t.Errorf("Get(slow) = %v, want a NoResponseError for the timeout", err)
	}
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	if _, err := f.Get(context.Background(), gone.URL); !errors.As(err, &nr) || nr.Timeout != 0 || strings.Count(err.Error(), gone.URL) != 1 {
		t.Errorf("Get(closed server) = %v, want a NoResponseError naming the URL once", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.Get(ctx, srv.URL+"/slow"); !errors.Is(err, context.Canceled) || errors.As(err, &nr) {
		t.Errorf("Get(cancelled) = %v, want the cancellation as it is", err)
	}
	if _, err := f.Get(context.Background(), srv.URL+"/big"); err == nil {
		t.Errorf("Get(big) succeeded, want a size error")
	}
}
