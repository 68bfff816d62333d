package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"time"
)

// UserAgent is the User-Agent Paperboy sends: "Paperboy/<version>
// (+https://github.com/paperboy-digest/paperboy)".
func UserAgent(version string) string {
	if version == "" {
		version = "dev"
	}
	return "Paperboy/" + version + " (+https://github.com/paperboy-digest/paperboy)"
}

// Fetcher downloads source data over HTTP, politely: every request carries
// the User-Agent and a timeout, bodies are size-limited, and consecutive
// requests are at least Interval apart (the arXiv API asks for 3 s).
// A Fetcher is for one goroutine.
type Fetcher struct {
	Client    *http.Client  // nil: http.DefaultClient's transport
	UserAgent string        // see UserAgent
	Timeout   time.Duration // per request; 0 means 30 s
	Interval  time.Duration // least time between the starts of two requests
	MaxBytes  int64         // largest body accepted; 0 means 64 MiB

	// Stamp, when set, names a file whose modification time is the start
	// of the previous request of any run: Get waits out Interval since it
	// as well, and touches it, so that back-to-back runs keep to the rate
	// limit too. It is best effort: errors reading or writing it are
	// ignored, and a time in the future is.
	Stamp string

	// Now and Sleep stand in for the clock in tests; nil means the real one.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error

	last time.Time // start of the previous request
}

// StatusError is a response with a status other than 200 OK. Body holds
// the response, which may explain the error (arXiv sends an Atom feed).
type StatusError struct {
	URL  string
	Code int
	Body []byte
}

// Error describes the status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("GET %s: %d %s", e.URL, e.Code, http.StatusText(e.Code))
}

// Get waits out the interval since the previous request, then fetches url
// and returns its body. A status other than 200 gives the body and a
// *StatusError.
func (f *Fetcher) Get(ctx context.Context, url string) ([]byte, error) {
	if err := f.wait(ctx); err != nil {
		return nil, err
	}
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", f.UserAgent)
	client := f.Client
	if client == nil {
		client = http.DefaultClient
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, requestError(ctx, url, timeout, err)
	}
	defer resp.Body.Close()
	limit := f.MaxBytes
	if limit <= 0 {
		limit = 64 << 20
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading the response: %w", url, err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("GET %s: the response is larger than %d bytes", url, limit)
	}
	if resp.StatusCode != http.StatusOK {
		return body, &StatusError{URL: url, Code: resp.StatusCode, Body: body}
	}
	return body, nil
}

// NoResponseError is a request that got no response: the network failed,
// or the server did not answer within Timeout.
type NoResponseError struct {
	URL     string
	Timeout time.Duration // set when it timed out
	Err     error
}

// Error names the URL and what went wrong.
func (e *NoResponseError) Error() string {
	if e.Timeout > 0 {
		return fmt.Sprintf("GET %s: no answer within %v", e.URL, e.Timeout)
	}
	return fmt.Sprintf("GET %s: %v", e.URL, e.Err)
}

// Unwrap returns the failure underneath: the network's, or the deadline's.
func (e *NoResponseError) Unwrap() error { return e.Err }

// requestError turns the error of a request to url that got no response
// into a *NoResponseError; a cancelled ctx (Ctrl-C) is returned as it is.
func requestError(ctx context.Context, url string, timeout time.Duration, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	e := &NoResponseError{URL: url, Err: err}
	var ue *neturl.Error
	if errors.As(err, &ue) {
		e.Err = ue.Err // its message repeats the URL
	}
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil || (ue != nil && ue.Timeout()) {
		e.Timeout = timeout
	}
	return e
}

// wait sleeps until Interval has passed since the previous request.
func (f *Fetcher) wait(ctx context.Context) error {
	now := time.Now
	if f.Now != nil {
		now = f.Now
	}
	if f.last.IsZero() && f.Stamp != "" {
		if fi, err := os.Stat(f.Stamp); err == nil && fi.ModTime().Before(now()) {
			f.last = fi.ModTime()
		}
	}
	if !f.last.IsZero() && f.Interval > 0 {
		if d := f.Interval - now().Sub(f.last); d > 0 {
			sleep := sleepCtx
			if f.Sleep != nil {
				sleep = f.Sleep
			}
			if err := sleep(ctx, d); err != nil {
				return err
			}
		}
	}
	f.last = now()
	if f.Stamp != "" {
		touch(f.Stamp, f.last)
	}
	return nil
}

// touch sets the modification time of the file at path to t, creating the
// file and its folder if needed; errors are ignored.
func touch(path string, t time.Time) {
	if err := os.Chtimes(path, t, t); err == nil {
		return
	}
	if os.MkdirAll(filepath.Dir(path), 0o755) == nil && os.WriteFile(path, nil, 0o644) == nil {
		os.Chtimes(path, t, t)
	}
}

// sleepCtx sleeps for d or until ctx is done.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
