package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
)

// syncBuffer is a bytes.Buffer safe for a writer and a reader goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var servingRE = regexp.MustCompile(`serving the site at (http://\S+)`)

// startServe runs paperboy serve on a free port and returns the site's URL.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	u, _ := startServeArgs(t, dir)
	return u
}

// startServeArgs runs paperboy serve with args on a free port and returns
// the site's URL and what serve writes to stderr.
func startServeArgs(t *testing.T, dir string, args ...string) (string, *syncBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncBuffer
	done := make(chan error, 1)
	args = append([]string{"serve", "-s", dir, "--port", "0"}, args...)
	go func() { done <- run(ctx, args, io.Discard, &stderr) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop after cancel")
		}
	})
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingRE.FindStringSubmatch(stderr.String()); m != nil {
			return strings.TrimSuffix(m[1], "/") + "/", &stderr
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("serve did not start; stderr:\n%s", stderr.String())
	return "", nil
}

// TestServeAddress: serve prints the address a browser can open, with the
// host asked for, and warns only when other machines can reach it.
func TestServeAddress(t *testing.T) {
	dir := writeSite(t, goodSite)
	u, stderr := startServeArgs(t, dir, "--bind", "localhost")
	if !regexp.MustCompile(`^http://localhost:\d+/repo/$`).MatchString(u) {
		t.Errorf("serve --bind localhost printed the address %s, want http://localhost:PORT/repo/", u)
	}
	if strings.Contains(stderr.String(), "warning") {
		t.Errorf("serve --bind localhost warns, though localhost is loopback:\n%s", stderr.String())
	}
	if code, _ := get(t, u); code != 200 {
		t.Errorf("GET %s = %d, want 200", u, code)
	}
}

// TestBindHost: --bind takes an IPv6 address with or without the
// brackets a URL writes it in, and an address with a port is told to
// give the port with --port.
func TestBindHost(t *testing.T) {
	for _, tt := range []struct{ bind, want, err string }{
		{"", "", ""}, {"127.0.0.1", "127.0.0.1", ""}, {"localhost", "localhost", ""},
		{"::", "::", ""}, {"[::]", "::", ""}, {"[::1]", "::1", ""}, {"::1", "::1", ""},
		{"127.0.0.1:8080", "", "--bind 127.0.0.1:8080 names a port; give the address alone and the port with --port: --bind 127.0.0.1 --port 8080"},
		{"[::]:80", "", "--bind [::]:80 names a port; give the address alone and the port with --port: --bind :: --port 80"},
	} {
		got, err := bindHost(tt.bind)
		if got != tt.want || (err == nil) != (tt.err == "") || err != nil && err.Error() != tt.err {
			t.Errorf("bindHost(%q) = %q, %v; want %q, %q", tt.bind, got, err, tt.want, tt.err)
		}
	}
}

// TestServeBracketedIPv6: serve --bind "[::1]" serves there; it said
// "address [[::1]]:0: missing port in address".
func TestServeBracketedIPv6(t *testing.T) {
	if ln, err := net.Listen("tcp", "[::1]:0"); err != nil {
		t.Skipf("no IPv6 loopback: %v", err)
	} else {
		ln.Close()
	}
	u, _ := startServeArgs(t, writeSite(t, goodSite), "--bind", "[::1]")
	if !regexp.MustCompile(`^http://\[::1\]:\d+/repo/$`).MatchString(u) {
		t.Errorf("serve --bind [::1] printed the address %s, want http://[::1]:PORT/repo/", u)
	}
	if code, _ := get(t, u); code != 200 {
		t.Errorf("GET %s = %d, want 200", u, code)
	}
}

var reloadScriptRE = regexp.MustCompile(`<script src="[^"]*__paperboy/reload\.js"[^>]*></script>`)

func TestServeServesWhatBuildWrites(t *testing.T) {
	dir := writeSite(t, goodSite)
	res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	base := startServe(t, dir)
	if !strings.HasSuffix(base, "/repo/") {
		t.Fatalf("served at %s, want the base path /repo/", base)
	}
	for _, f := range res.Files {
		u := base + (&url.URL{Path: f.Path}).EscapedPath()
		resp, err := http.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		want := 200
		if f.Path == "404.html" {
			want = 200 // requested by name it exists
		}
		if resp.StatusCode != want {
			t.Errorf("GET %s: status %d", f.Path, resp.StatusCode)
			continue
		}
		if strings.HasSuffix(f.Path, ".html") {
			if !reloadScriptRE.Match(body) {
				t.Errorf("GET %s: no reload script injected", f.Path)
			}
			body = reloadScriptRE.ReplaceAll(body, nil)
		}
		if !bytes.Equal(body, f.Data) {
			t.Errorf("GET %s: served bytes differ from the build's", f.Path)
		}
	}
	resp, err := http.Get(base + "no/such/page/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("missing page: status %d, want 404", resp.StatusCode)
	}
	for _, f := range res.Files {
		if strings.Contains(string(f.Data), "__paperboy") {
			t.Errorf("build output %s mentions the reload script", f.Path)
		}
	}
}

func TestServeCacheMatchesCleanBuild(t *testing.T) {
	dir := writeSite(t, goodSite)
	cache := generator.NewCache()
	build := func(c *generator.Cache) map[string]string {
		res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS(dir), Cache: c})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, f := range res.Files {
			out[f.Path] = string(f.Data)
		}
		return out
	}
	build(cache)
	os.WriteFile(filepath.Join(dir, "content/papers/a.md"), []byte("---\ntitle: A2\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nChanged.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content/papers/b.md"), []byte("---\ntitle: B\narxiv: \"2401.00002\"\nauthors: [Y]\ndate: 2024-01-02\n---\nNew.\n"), 0o644)
	cached, clean := build(cache), build(nil)
	if len(cached) != len(clean) {
		t.Fatalf("cached build wrote %d files, clean build %d", len(cached), len(clean))
	}
	for p, s := range clean {
		if cached[p] != s {
			t.Errorf("%s differs between a cached and a clean build", p)
		}
	}
	if !strings.Contains(cached["papers/2401.00001/index.html"], "Changed.") {
		t.Error("the cached build did not pick up the edit")
	}
}
