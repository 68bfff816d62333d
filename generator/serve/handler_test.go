package serve

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// testFiles is a small built site.
var testFiles = []model.File{
	{Path: "index.html", Data: []byte("<!doctype html><html><body><h1>SITE-INDEX</h1></body></html>")},
	{Path: "404.html", Data: []byte("<!doctype html><html><BODY><p>SITE-404</p></BODY></html>")},
	{Path: "papers/2410.07166/index.html", Data: []byte("<html><body>PAPER</body></html>")},
	{Path: "papers/2410.07166/cite.bib", Data: []byte("@article{x,}\n")},
	{Path: "style.css", Data: []byte("body{}</body>")},
	{Path: "app.js", Data: []byte("let a = '</body>';")},
	{Path: "feed.xml", Data: []byte("<rss></rss>")},
	{Path: "atom.xml", Data: []byte("<feed></feed>")},
	{Path: "sitemap.xml", Data: []byte("<urlset></urlset>")},
	{Path: "feed.json", Data: []byte(`{"version":"https://jsonfeed.org/version/1.1"}`)},
	{Path: "search.json", Data: []byte(`[]`)},
	{Path: "logo.svg", Data: []byte("<svg></svg>")},
	{Path: "robots.txt", Data: []byte("User-agent: *\n")},
	{Path: "img/a.png", Data: []byte("\x89PNG\r\n\x1a\n")},
	{Path: "topics/ml/feed.xml", Data: []byte("<rss>ml</rss>")},
}

// serveSite returns a test server for a Server whose build returns files
// under base, after one build.
func serveSite(t *testing.T, files []model.File, base string) (*httptest.Server, *Server) {
	t.Helper()
	s, err := New(Options{Build: func(context.Context, []string) (Site, error) {
		return Site{Files: files, BasePath: base}, nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	s.rebuild(context.Background(), nil)
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts, s
}

// noRedirect is a client that returns redirects instead of following them.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func do(t *testing.T, method, url string, header http.Header) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

var scriptRE = regexp.MustCompile(`<script src="[^"]*__paperboy/reload.js"[^>]*></script>`)

func TestServe(t *testing.T) {
	ts, _ := serveSite(t, testFiles, "/")
	tests := []struct {
		path, status, ctype, location, body string
		injected                            bool
	}{
		{"/", "200 OK", "text/html; charset=utf-8", "", "SITE-INDEX", true},
		{"/index.html", "200 OK", "text/html; charset=utf-8", "", "SITE-INDEX", true},
		{"/papers/2410.07166/", "200 OK", "text/html; charset=utf-8", "", "PAPER", true},
		{"/papers/2410.07166", "301 Moved Permanently", "", "/papers/2410.07166/", "", false},
		{"/papers/2410.07166?x=1", "301 Moved Permanently", "", "/papers/2410.07166/?x=1", "", false},
		{"/papers", "404 Not Found", "text/html; charset=utf-8", "", "SITE-404", true},
		{"/papers/", "404 Not Found", "text/html; charset=utf-8", "", "SITE-404", true},
		{"/nope.html", "404 Not Found", "text/html; charset=utf-8", "", "SITE-404", true},
		{"/papers/2410.07166/cite.bib", "200 OK", "application/x-bibtex; charset=utf-8", "", "@article", false},
		{"/style.css", "200 OK", "text/css; charset=utf-8", "", "body{}</body>", false},
		{"/app.js", "200 OK", "text/javascript; charset=utf-8", "", "</body>", false},
		{"/feed.xml", "200 OK", "application/xml", "", "<rss>", false},
		{"/topics/ml/feed.xml", "200 OK", "application/xml", "", "ml", false},
		{"/atom.xml", "200 OK", "application/xml", "", "<feed>", false},
		{"/sitemap.xml", "200 OK", "application/xml", "", "<urlset>", false},
		{"/feed.json", "200 OK", "application/json", "", "jsonfeed", false},
		{"/search.json", "200 OK", "application/json", "", "[]", false},
		{"/logo.svg", "200 OK", "image/svg+xml", "", "<svg>", false},
		{"/robots.txt", "200 OK", "text/plain; charset=utf-8", "", "User-agent", false},
		{"/img/a.png", "200 OK", "image/png", "", "PNG", false},
		{"/__paperboy/reload.js", "200 OK", "text/javascript; charset=utf-8", "", "EventSource", false},
	}
	for _, tt := range tests {
		resp, body := do(t, "GET", ts.URL+tt.path, nil)
		if resp.Status != tt.status {
			t.Errorf("GET %s = %s, want %s", tt.path, resp.Status, tt.status)
		}
		if got := resp.Header.Get("Content-Type"); tt.ctype != "" && got != tt.ctype {
			t.Errorf("GET %s Content-Type = %q, want %q", tt.path, got, tt.ctype)
		}
		if got := resp.Header.Get("Location"); got != tt.location {
			t.Errorf("GET %s Location = %q, want %q", tt.path, got, tt.location)
		}
		if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
			t.Errorf("GET %s Cache-Control = %q, want no-cache", tt.path, got)
		}
		wantContains(t, "GET "+tt.path, body, tt.body)
		if got := len(scriptRE.FindAllString(body, -1)); got != map[bool]int{true: 1}[tt.injected] {
			t.Errorf("GET %s has %d live-reload scripts, want injected = %v:\n%s", tt.path, got, tt.injected, body)
		}
	}
}

func TestServesTheBuildsBytes(t *testing.T) {
	ts, _ := serveSite(t, testFiles, "/")
	for _, f := range testFiles {
		resp, body := do(t, "GET", ts.URL+"/"+f.Path, nil)
		want := string(f.Data)
		if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
			// Only the script, right before </body>, is added.
			want = strings.Replace(want, "</body>", "", 1)
			want = strings.Replace(want, "</BODY>", "", 1)
			body = strings.Replace(scriptRE.ReplaceAllString(body, ""), "</body>", "", 1)
			body = strings.Replace(body, "</BODY>", "", 1)
		}
		if body != want {
			t.Errorf("GET /%s = %q, want the build's bytes %q", f.Path, body, want)
		}
	}
	// Serving never changes the build output.
	if got := string(testFiles[0].Data); strings.Contains(got, "script") {
		t.Errorf("build output after serving = %q, want it unchanged", got)
	}
}

func TestBasePath(t *testing.T) {
	ts, _ := serveSite(t, testFiles, "/repo/")
	tests := []struct{ path, status, location, body string }{
		{"/", "302 Found", "/repo/", ""},
		{"/?q=1", "302 Found", "/repo/?q=1", ""},
		{"/repo", "301 Moved Permanently", "/repo/", ""},
		{"/repo/", "200 OK", "", `src="/repo/__paperboy/reload.js"`},
		{"/repo/papers/2410.07166", "301 Moved Permanently", "/repo/papers/2410.07166/", ""},
		{"/repo/papers/2410.07166/", "200 OK", "", "PAPER"},
		{"/repo/feed.xml", "200 OK", "", "<rss>"},
		{"/papers/2410.07166/", "404 Not Found", "", "SITE-404"},
		{"/index.html", "404 Not Found", "", "SITE-404"},
		{"/repository/", "404 Not Found", "", "SITE-404"},
		{"/__paperboy/reload.js", "404 Not Found", "", "SITE-404"},
		{"/repo/__paperboy/reload.js", "200 OK", "", "EventSource"},
	}
	for _, tt := range tests {
		resp, body := do(t, "GET", ts.URL+tt.path, nil)
		if resp.Status != tt.status || resp.Header.Get("Location") != tt.location {
			t.Errorf("GET %s = %s Location %q, want %s Location %q", tt.path, resp.Status, resp.Header.Get("Location"), tt.status, tt.location)
		}
		wantContains(t, "GET "+tt.path, body, tt.body)
	}
	// The event stream is at the root too, where the page of a failed
	// first build, which knows no base path, follows it.
	if resp, _ := do(t, "HEAD", ts.URL+"/__paperboy/events", nil); resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Errorf("HEAD /__paperboy/events = %s %q, want the event stream", resp.Status, resp.Header.Get("Content-Type"))
	}
}

func TestNoSiteNotFoundPage(t *testing.T) {
	ts, _ := serveSite(t, testFiles[2:], "/")
	resp, body := do(t, "GET", ts.URL+"/missing/", nil)
	if resp.StatusCode != 404 {
		t.Errorf("GET /missing/ = %s, want 404", resp.Status)
	}
	wantContains(t, "GET /missing/", body, "404 page not found")
	wantContains(t, "GET /missing/", body, "__paperboy/reload.js")
}

// rawGet sends target byte for byte, as a client that does not clean paths.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", target, addr)
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("GET %s: %v", target, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestTraversalRefused(t *testing.T) {
	ts, _ := serveSite(t, testFiles, "/")
	addr := ts.Listener.Addr().String()
	for _, target := range []string{
		"/../etc/passwd",
		"/../../../../etc/passwd",
		"/%2e%2e/etc/passwd",
		"/%2E%2E/%2e%2e/etc/passwd",
		"/.%2e/index.html",
		"//etc/passwd",
		"/..%2f..%2fetc/passwd",
		"/papers%2f2410.07166/index.html",
		"/%2F..%2Fetc/passwd",
		`/\..\..\etc\passwd`,
		`/..\index.html`,
		"/%5c..%5cetc%5cpasswd",
		"/index.html%00",
		"/index.html%00.css",
		"/./index.html",
		"/papers/../index.html",
		"/papers/%2e%2e/index.html",
		"/papers//2410.07166/",
	} {
		code, body := rawGet(t, addr, target)
		if code != 400 && code != 404 {
			t.Errorf("GET %s = %d, want 400 or 404", target, code)
		}
		if strings.Contains(body, "root:") || strings.Contains(body, "SITE-INDEX") || strings.Contains(body, "PAPER") {
			t.Errorf("GET %s served content:\n%s", target, body)
		}
	}
}

func TestConditionalAndMethods(t *testing.T) {
	ts, s := serveSite(t, testFiles, "/")
	resp, _ := do(t, "GET", ts.URL+"/style.css", nil)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("GET /style.css has no ETag")
	}
	if resp, _ := do(t, "GET", ts.URL+"/style.css", http.Header{"If-None-Match": {etag}}); resp.StatusCode != 304 {
		t.Errorf("GET /style.css If-None-Match its ETag = %s, want 304", resp.Status)
	}

	resp, _ = do(t, "GET", ts.URL+"/", nil)
	page := resp.Header.Get("ETag")
	if resp, _ := do(t, "GET", ts.URL+"/", http.Header{"If-None-Match": {page}}); resp.StatusCode != 304 {
		t.Errorf("GET / If-None-Match its ETag = %s, want 304", resp.Status)
	}
	// The same page of the next build names another build, so it is sent again.
	s.rebuild(context.Background(), []string{"x"})
	if resp, _ := do(t, "GET", ts.URL+"/", http.Header{"If-None-Match": {page}}); resp.StatusCode != 200 {
		t.Errorf("GET / after a rebuild with the old ETag = %s, want 200", resp.Status)
	}

	if resp, body := do(t, "HEAD", ts.URL+"/feed.xml", nil); resp.StatusCode != 200 || body != "" || resp.ContentLength != int64(len("<rss></rss>")) {
		t.Errorf("HEAD /feed.xml = %s, %d bytes, Content-Length %d; want 200, none, %d", resp.Status, len(body), resp.ContentLength, len("<rss></rss>"))
	}
	if resp, _ := do(t, "POST", ts.URL+"/", nil); resp.StatusCode != 405 || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Errorf("POST / = %s Allow %q, want 405 Allow GET, HEAD", resp.Status, resp.Header.Get("Allow"))
	}
}

func TestBeforeFirstBuild(t *testing.T) {
	s, err := New(Options{Build: func(context.Context, []string) (Site, error) { return Site{}, nil }})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	resp, body := do(t, "GET", ts.URL+"/any/page/", nil)
	if resp.StatusCode != 503 {
		t.Errorf("GET before the first build = %s, want 503", resp.Status)
	}
	wantContains(t, "GET before the first build", body, "__paperboy/reload.js")
}

func TestHeartbeat(t *testing.T) {
	ts, s := serveSite(t, testFiles, "/")
	s.heartbeat = 10 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/__paperboy/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	var lines []string
	for sc.Scan() && len(lines) < 8 {
		lines = append(lines, sc.Text())
		if sc.Text() == ": heartbeat" {
			return
		}
	}
	t.Errorf("event stream = %q, want a heartbeat comment", lines)
}

// TestHostCheck: a server running on loopback answers to IP addresses,
// localhost and the host the user named, and refuses any other Host (a
// name rebound to 127.0.0.1 by a web page that wants to read the preview);
// on every interface it answers to any name.
func TestHostCheck(t *testing.T) {
	_, s := serveSite(t, testFiles, "/repo/")
	s.origin, s.opts.Host = "http://127.0.0.1:1313", "box.example"
	for host, want := range map[string]int{
		"127.0.0.1:1313": 200, "localhost:1313": 200, "LOCALHOST": 200, "app.localhost:1313": 200,
		"[::1]:1313": 200, "box.example:1313": 200, "attacker.example:1313": 421, "127.0.0.1.attacker.example": 421,
	} {
		req := httptest.NewRequest("GET", "/repo/", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, rec.Code, want)
		}
	}
	s.allIfaces = true
	req := httptest.NewRequest("GET", "/repo/", nil)
	req.Host = "mybox.lan:1313"
	rec := httptest.NewRecorder()
	if s.Handler().ServeHTTP(rec, req); rec.Code != 200 {
		t.Errorf("on every interface, Host mybox.lan: status %d", rec.Code)
	}
}

// TestBaseMoved: with baseURL's path edited while the site is previewed,
// an open page's address under the former base path (its reload) is sent
// on to the same page under the new one, the event stream's too; an
// address under neither is still not found.
func TestBaseMoved(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first text</p>"})
	site.base = "/digest/"
	url, _ := start(t, site.options())
	if code, body := get(t, url+"/digest/a/"); code != http.StatusOK || !strings.Contains(body, "first text") {
		t.Fatalf("GET /digest/a/ = %d %q", code, body)
	}
	events := subscribe(t, url+"/digest/"+eventsPath, nil)
	site.mu.Lock()
	site.base = "/papers-digest/"
	site.mu.Unlock()
	site.write(t, "site.yaml", "title: Papers digest")
	select {
	case ev := <-events:
		if ev.name != "reload" {
			t.Fatalf("event %q after the base moved, want reload", ev.name)
		}
	case <-time.After(wait):
		t.Fatal("no reload after the base moved")
	}
	if code, body := get(t, url+"/digest/a/?x=1"); code != http.StatusOK || !strings.Contains(body, "first text") {
		t.Errorf("GET /digest/a/ after the move = %d %q, want the page under /papers-digest/", code, body)
	}
	wantMoved(t, url, map[string]string{"/digest/a/?x=1": "/papers-digest/a/?x=1", "/digest": "/papers-digest/", "/digest/" + eventsPath: "/papers-digest/" + eventsPath})
	if code, _ := get(t, url+"/elsewhere/a/"); code != http.StatusNotFound {
		t.Errorf("GET /elsewhere/a/ = %d, want 404", code)
	}
}

// wantMoved checks that each path, from the server at url, is sent on to
// its address (307), not followed.
func wantMoved(t *testing.T, url string, moved map[string]string) {
	t.Helper()
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for path, want := range moved {
		resp, err := noRedirect.Get(url + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusTemporaryRedirect || resp.Header.Get("Location") != want {
			t.Errorf("GET %s = %d to %q, want 307 to %s", path, resp.StatusCode, resp.Header.Get("Location"), want)
		}
	}
}

// TestBaseShortened: with baseURL's path shortened to one the former
// begins with (/lab/digest/ to /lab/, as a site moves up a folder), an
// open page's address under the former one, which is under the new one
// too, is sent on to the page under the new one; an address under the new
// one that no page has is still not found, and a base path lengthened
// again (/ to /digest/) sends no address round in circles.
func TestBaseShortened(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first text</p>"})
	site.base = "/lab/digest/"
	url, _ := start(t, site.options())
	events := subscribe(t, url+"/lab/digest/"+eventsPath, nil)
	move := func(base, title string) {
		t.Helper()
		site.mu.Lock()
		site.base = base
		site.mu.Unlock()
		site.write(t, "site.yaml", "title: "+title)
		select {
		case <-events:
		case <-time.After(wait):
			t.Fatalf("no event after the base moved to %s", base)
		}
	}
	move("/lab/", "Lab digest")
	wantMoved(t, url, map[string]string{"/lab/digest/a/?x=1": "/lab/a/?x=1", "/lab/digest/" + eventsPath: "/lab/" + eventsPath})
	if code, body := get(t, url+"/lab/a/"); code != http.StatusOK || !strings.Contains(body, "first text") {
		t.Errorf("GET /lab/a/ = %d %q", code, body)
	}
	if code, _ := get(t, url+"/lab/nothing/"); code != http.StatusNotFound {
		t.Errorf("GET /lab/nothing/ = %d, want 404", code)
	}
	events = subscribe(t, url+"/lab/"+eventsPath, nil)
	move("/", "Root digest")
	events = subscribe(t, url+"/"+eventsPath, nil)
	move("/lab/", "Lab digest again") // "/" is now a former base path, shorter than /lab/
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := noRedirect.Get(url + "/lab/nothing/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("GET /lab/nothing/ under /lab/ after / = %d to %q, want 404", resp.StatusCode, resp.Header.Get("Location"))
	}
}
