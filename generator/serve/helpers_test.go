package serve

import (
	"bufio"
	"context"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// wait bounds every wait for the server in these tests.
const wait = 5 * time.Second

// fakeSite is a build function over a folder: content/<name>.md becomes
// <name>/index.html with the file's text in <body>, site.yaml's "title:"
// line becomes index.html's <h1>, and a file containing ERROR fails the
// build with "path:line: message".
type fakeSite struct {
	root string
	base string

	mu    sync.Mutex
	calls [][]string // changed paths of each build, nil for full builds
}

func newFakeSite(t *testing.T, files map[string]string) *fakeSite {
	t.Helper()
	f := &fakeSite{root: t.TempDir()}
	for name, text := range files {
		f.write(t, name, text)
	}
	return f
}

func (f *fakeSite) path(name string) string { return filepath.Join(f.root, filepath.FromSlash(name)) }

func (f *fakeSite) write(t *testing.T, name, text string) {
	t.Helper()
	p := f.path(name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// renameSave saves text to name the way many editors do: write a temporary
// file next to it, then rename it over the original.
func (f *fakeSite) renameSave(t *testing.T, name, text string) {
	t.Helper()
	tmp := f.path(name) + ".paperboy-tmp"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, f.path(name)); err != nil {
		t.Fatal(err)
	}
}

func (f *fakeSite) options() Options {
	return Options{
		Watch:    []string{f.path("content"), f.path("site.yaml")},
		Build:    f.build,
		Debounce: 20 * time.Millisecond,
	}
}

func (f *fakeSite) builds() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

func (f *fakeSite) build(ctx context.Context, changed []string) (Site, error) {
	f.mu.Lock()
	f.calls = append(f.calls, slices.Clone(changed))
	base := f.base
	f.mu.Unlock()

	var errs diag.List
	var warnings []string
	title := "Untitled"
	if data, err := os.ReadFile(f.path("site.yaml")); err == nil {
		title = strings.TrimSpace(strings.TrimPrefix(string(data), "title:"))
	}
	files := []model.File{
		{Path: "index.html", Data: []byte("<!doctype html><html><body><h1>" + title + "</h1></body></html>")},
		{Path: "404.html", Data: []byte("<!doctype html><html><body><p>no such page here</p></body></html>")},
		{Path: "style.css", Data: []byte("body{color:black}")},
	}
	content := f.path("content")
	err := filepath.WalkDir(content, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".md") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(content, p)
		rel = filepath.ToSlash(strings.TrimSuffix(rel, ".md"))
		for i, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, "ERROR") {
				errs.Add("content/"+rel+".md", i+1, "ERROR is not allowed; remove it")
			}
			if strings.Contains(line, "WARN") {
				warnings = append(warnings, "content/"+rel+".md: WARN is read, but not published")
			}
		}
		files = append(files, model.File{
			Path: rel + "/index.html",
			Data: []byte("<!doctype html><html><head><title>" + rel + "</title></head><body>" + string(data) + "</body></html>"),
		})
		return nil
	})
	if err != nil {
		return Site{}, err
	}
	return Site{Files: files, BasePath: base, Warnings: warnings}, errs.Err()
}

// start runs a Server for opts on a free loopback port until the test ends
// and returns its URL.
func start(t *testing.T, opts Options) (string, *Server) {
	t.Helper()
	return startWith(t, opts, nil)
}

// startWith is start, calling setup (if not nil) on the Server before it
// runs: to set a test's hooks.
func startWith(t *testing.T, opts Options, setup func(*Server)) (string, *Server) {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	if setup != nil {
		setup(s)
	}
	ln, err := Listen("127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run = %v, want nil", err)
			}
		case <-time.After(wait):
			t.Error("Run did not return after its context was cancelled")
		}
	})
	return "http://" + ln.Addr().String(), s
}

// get fetches url and returns the status and body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// event is one Server-Sent Event.
type event struct{ id, name, data string }

// subscribe opens the event stream at url until the test ends. When it
// returns, the server has taken note of the build the stream starts from.
func subscribe(t *testing.T, url string, header http.Header) <-chan event {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("GET %s = %s %q, want 200 text/event-stream", url, resp.Status, resp.Header.Get("Content-Type"))
	}
	ch := make(chan event, 16)
	done := make(chan struct{})
	t.Cleanup(func() {
		cancel()
		resp.Body.Close()
		<-done
	})
	go func() {
		defer close(done)
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		var ev event
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.name != "" {
					ch <- ev
				}
				ev = event{}
			case strings.HasPrefix(line, "id: "):
				ev.id = line[len("id: "):]
			case strings.HasPrefix(line, "event: "):
				ev.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[len("data: "):]
			}
		}
	}()
	return ch
}

// next returns the next event, failing the test if none comes in time.
func next(t *testing.T, ch <-chan event) event {
	t.Helper()
	select {
	case ev, ok := <-ch:
		if !ok {
			t.Fatal("event stream ended")
		}
		return ev
	case <-time.After(wait):
		t.Fatal("no event within", wait)
	}
	panic("unreachable")
}

// buildOf returns the build id in a served page's live-reload script.
func buildOf(t *testing.T, page string) string {
	t.Helper()
	m := regexp.MustCompile(`data-paperboy-build="([^"]*)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("page has no live-reload script:\n%s", page)
	}
	return m[1]
}

func wantContains(t *testing.T, what, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Errorf("%s = %q, want it to contain %q", what, got, want)
	}
}

func wantStatus(t *testing.T, url string, want int) string {
	t.Helper()
	got, body := get(t, url)
	if got != want {
		t.Errorf("GET %s = %d, want %d", url, got, want)
	}
	return body
}

// reloaded waits for reload events until GET url answers status with a body
// containing want: the change that should cause it may take more than one
// burst on a busy machine. An error event fails the test.
func reloaded(t *testing.T, events <-chan event, url string, status int, want string) {
	t.Helper()
	var code int
	var body string
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); {
		if ev := next(t, events); ev.name != "reload" {
			t.Fatalf("event %+v while waiting for GET %s to show %q, want reload", ev, url, want)
		}
		if code, body = get(t, url); code == status && strings.Contains(body, want) {
			return
		}
	}
	t.Fatalf("GET %s = %d %q after reloads, want %d with %q", url, code, body, status, want)
}

// nextNamed skips reload events until one named name.
func nextNamed(t *testing.T, events <-chan event, name string) event {
	t.Helper()
	for {
		ev := next(t, events)
		if ev.name == name {
			return ev
		}
		if ev.name != "reload" {
			t.Fatalf("event %+v, want %s", ev, name)
		}
	}
}

// changedSince returns every path passed to the builds after the first n.
func (f *fakeSite) changedSince(n int) []string {
	var all []string
	for _, c := range f.builds()[n:] {
		all = append(all, c...)
	}
	return all
}
