package importer

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	neturl "net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/internal/retry"
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
	MaxBytes  int64         // largest body accepted; 0 means MaxInput (64 MiB)

	// Stamp, when set, names a file whose modification time is the start
	// of the previous request of any run: Get waits out Interval since it
	// as well, and touches it, so that back-to-back runs keep to the rate
	// limit too. It is best effort: errors reading or writing it are
	// ignored, and a time in the future is.
	Stamp string

	// Retries is how many more times Get asks after a temporary failure:
	// no answer (the network failed, or none came within Timeout), or a
	// status that says to ask again later (429 Too Many Requests, 500,
	// 502, 503, 504, as arXiv's and Hugging Face's servers answer while
	// busy or restarting). It waits as long as the answer's Retry-After
	// asks, if it asks for at most maxRetryAfter (a longer wait is the
	// failure), or else RetryWait, doubling with each retry.
	Retries   int
	RetryWait time.Duration // 0 means 2 s
	// Retrying, when set, is told of each retry before its wait: the
	// failure, the wait and the retry's number (from 1).
	Retrying func(err error, wait time.Duration, retry int)

	// Now and Sleep stand in for the clock in tests; nil means the real one.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error

	last time.Time // start of the previous request
}

// StatusError is a response with a status other than 200 OK. Body holds
// the response, which may explain the error (arXiv sends an Atom feed).
type StatusError struct {
	URL        string
	Code       int
	Body       []byte
	RetryAfter time.Duration // how long its Retry-After asks to wait; 0 without one
}

// Error describes the status, quoting the reason the body gives
// (ErrorMessage: Hugging Face's {"error": "Invalid date"}) unless it only
// repeats the status ("404 page not found"), and a wait it asks for that
// is longer than Get waits.
func (e *StatusError) Error() string {
	status := http.StatusText(e.Code)
	msg := fmt.Sprintf("GET %s: %d %s", e.URL, e.Code, status)
	if why := ErrorMessage(e.Body); why != "" && !strings.Contains(strings.ToLower(why), strings.ToLower(status)) {
		msg += fmt.Sprintf(" (%q)", why)
	}
	if e.RetryAfter > maxRetryAfter {
		msg += fmt.Sprintf(", and the server asks to be asked again in %v at the soonest", e.RetryAfter)
	}
	return msg
}

// maxRetryAfter is the longest wait a Retry-After may ask of a retry.
const maxRetryAfter = 5 * time.Minute

// RetriedError is a temporary failure that each of Tries requests met.
type RetriedError struct {
	Tries int
	Err   error // the last one's
}

// Error names the failure and how many times it was met.
func (e *RetriedError) Error() string {
	return fmt.Sprintf("%v (asked %d times)", e.Err, e.Tries)
}

// Unwrap returns the last request's failure.
func (e *RetriedError) Unwrap() error { return e.Err }

// Get waits out the interval since the previous request, then fetches url
// and returns its body, asking again after a temporary failure (see
// Retries). A status other than 200 gives the body and a *StatusError
// (in a *RetriedError when it was asked for again).
func (f *Fetcher) Get(ctx context.Context, url string) ([]byte, error) {
	for try := 1; ; try++ {
		body, err := f.get(ctx, url)
		wait, again := f.retryWait(err, try)
		if !again {
			if err != nil && try > 1 {
				err = &RetriedError{Tries: try, Err: err}
			}
			return body, err
		}
		if f.Retrying != nil {
			f.Retrying(err, wait, try)
		}
		if err := f.sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// retryWait returns how long to wait before asking again after the
// request try (from 1) failed with err, and whether to.
func (f *Fetcher) retryWait(err error, try int) (time.Duration, bool) {
	var se *StatusError
	var nr *NoResponseError
	switch {
	case try > f.Retries:
		return 0, false
	case errors.As(err, &se):
		switch se.Code {
		case http.StatusTooManyRequests, http.StatusInternalServerError, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		default:
			return 0, false
		}
		if se.RetryAfter > maxRetryAfter {
			return 0, false
		}
		if se.RetryAfter > 0 {
			return se.RetryAfter, true
		}
	case !errors.As(err, &nr):
		return 0, false // none, or not the server's nor the network's (Ctrl-C)
	}
	return retry.Backoff(cmp.Or(f.RetryWait, 2*time.Second), try), true
}

// get is one request of Get.
func (f *Fetcher) get(ctx context.Context, url string) ([]byte, error) {
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
		limit = MaxInput
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("GET %s: reading the response: %w", url, err)
	}
	if int64(len(body)) > limit {
		return nil, fmt.Errorf("GET %s: the response is larger than %d bytes", url, limit)
	}
	if resp.StatusCode != http.StatusOK {
		return body, &StatusError{URL: url, Code: resp.StatusCode, Body: body, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), f.now())}
	}
	return body, nil
}

// retryAfter is the wait a Retry-After header's value v asks for at now:
// a number of seconds or a date (RFC 9110, 10.2.3); 0 for none, one in
// the past, or one that does not read.
func retryAfter(v string, now time.Time) time.Duration {
	if secs, err := strconv.ParseUint(v, 10, 32); err == nil {
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
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
	if f.last.IsZero() && f.Stamp != "" {
		if fi, err := os.Stat(f.Stamp); err == nil && fi.ModTime().Before(f.now()) {
			f.last = fi.ModTime()
		}
	}
	if !f.last.IsZero() && f.Interval > 0 {
		if d := f.Interval - f.now().Sub(f.last); d > 0 {
			if err := f.sleep(ctx, d); err != nil {
				return err
			}
		}
	}
	f.last = f.now()
	if f.Stamp != "" {
		touch(f.Stamp, f.last)
	}
	return nil
}

// now is the time by f's clock.
func (f *Fetcher) now() time.Time {
	if f.Now != nil {
		return f.Now()
	}
	return time.Now()
}

// sleep sleeps for d by f's clock, or until ctx is done.
func (f *Fetcher) sleep(ctx context.Context, d time.Duration) error {
	if f.Sleep != nil {
		return f.Sleep(ctx, d)
	}
	return sleepCtx(ctx, d)
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
