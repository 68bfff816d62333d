package importer_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
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

// TestFetcherRetries: a temporary failure (a 503, a 429, a 502, no
// answer) is asked for again Retries times, after the wait its
// Retry-After asks (seconds or a date) or 2 s doubling, with the
// interval kept; a failure that is not temporary (404, 400), or a
// Retry-After over 5 minutes, is not; and the error of the last
// request says how many were made.
func TestFetcherRetries(t *testing.T) {
	start := time.Date(2024, 5, 27, 12, 0, 0, 0, time.UTC)
	var now time.Time
	var answers []func(w http.ResponseWriter, r *http.Request) // one per request, in order
	var asked int
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		answer := answers[asked]
		asked++
		mu.Unlock()
		answer(w, r)
	}))
	defer srv.Close()
	status := func(code int, retryAfter string) func(w http.ResponseWriter, r *http.Request) {
		return func(w http.ResponseWriter, r *http.Request) {
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			http.Error(w, "busy", code)
		}
	}
	ok := func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("[]")) }
	hang := func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() } // until the client gives up
	for _, tt := range []struct {
		name    string
		answers []func(w http.ResponseWriter, r *http.Request)
		retries int
		slept   []time.Duration // the Retrying waits
		err     string          // "" for the body
	}{
		{"503 twice", []func(http.ResponseWriter, *http.Request){status(503, ""), status(503, ""), ok}, 3, []time.Duration{2 * time.Second, 4 * time.Second}, ""},
		{"429 with seconds", []func(http.ResponseWriter, *http.Request){status(429, "7"), ok}, 3, []time.Duration{7 * time.Second}, ""},
		{"503 with a date", []func(http.ResponseWriter, *http.Request){status(503, start.Add(time.Minute).Format(http.TimeFormat)), ok}, 3, []time.Duration{time.Minute}, ""},
		{"502, then no answer", []func(http.ResponseWriter, *http.Request){status(502, ""), hang, ok}, 2, []time.Duration{2 * time.Second, 4 * time.Second}, ""},
		{"always 503", []func(http.ResponseWriter, *http.Request){status(503, ""), status(503, ""), status(503, "")}, 2, []time.Duration{2 * time.Second, 4 * time.Second},
			`: 503 Service Unavailable ("busy") (asked 3 times)`},
		{"no retries", []func(http.ResponseWriter, *http.Request){status(503, "")}, 0, nil, `: 503 Service Unavailable ("busy")`},
		{"404", []func(http.ResponseWriter, *http.Request){status(404, "")}, 3, nil, `: 404 Not Found ("busy")`},
		{"400", []func(http.ResponseWriter, *http.Request){status(400, "")}, 3, nil, `: 400 Bad Request ("busy")`},
		{"an hour asked for", []func(http.ResponseWriter, *http.Request){status(503, "3600")}, 3, nil, `: 503 Service Unavailable ("busy"), and the server asks to be asked again in 1h0m0s at the soonest`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mu.Lock()
			answers, asked, now = tt.answers, 0, start
			mu.Unlock()
			var slept, told []time.Duration
			f := &importer.Fetcher{
				Timeout:  time.Second,
				Interval: 3 * time.Second,
				Retries:  tt.retries,
				Now:      func() time.Time { return now },
				Sleep: func(_ context.Context, d time.Duration) error {
					slept = append(slept, d)
					now = now.Add(d)
					return nil
				},
				Retrying: func(err error, wait time.Duration, retry int) {
					if retry != len(told)+1 || err == nil {
						t.Errorf("Retrying(%v, %v, %d) after %d retries", err, wait, retry, len(told))
					}
					told = append(told, wait)
				},
			}
			body, err := f.Get(context.Background(), srv.URL)
			if tt.err == "" && (err != nil || string(body) != "[]") {
				t.Errorf("Get = %q, %v; want the body", body, err)
			}
			if tt.err != "" && (err == nil || err.Error() != "GET "+srv.URL+tt.err) {
				t.Errorf("Get = %v, want the error GET %s%s", err, srv.URL, tt.err)
			}
			var se *importer.StatusError
			if tt.err != "" && !errors.As(err, &se) {
				t.Errorf("Get = %v, not a StatusError", err)
			}
			mu.Lock()
			if asked != len(tt.answers) {
				t.Errorf("asked %d times, want %d", asked, len(tt.answers))
			}
			mu.Unlock()
			if !slices.Equal(told, tt.slept) {
				t.Errorf("retried after %v, want %v", told, tt.slept)
			}
			// Each wait is the retry's, and the interval's when the
			// retry's is shorter than 3 s (the first, of 2 s, is).
			for i, d := range tt.slept {
				if !slices.Contains(slept, d) {
					t.Errorf("slept %v, want %v among them (retry %d)", slept, d, i+1)
				}
			}
		})
	}
}
