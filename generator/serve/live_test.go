package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestEditReloads(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "hello"})
	url, _ := start(t, site.options())
	wantContains(t, "GET /a/", wantStatus(t, url+"/a/", 200), "<body>hello")
	events := subscribe(t, url+"/__paperboy/events", nil)
	n := len(site.builds())

	site.write(t, "content/a.md", "hello again")
	reloaded(t, events, url+"/a/", 200, "<body>hello again")

	if first := site.builds()[0]; first != nil {
		t.Errorf("first build's changed = %q, want nil (a full build)", first)
	}
	if got := site.changedSince(n); !slices.Contains(got, site.path("content/a.md")) {
		t.Errorf("changed paths of the rebuild = %q, want them to contain %q", got, site.path("content/a.md"))
	}
}

func TestErrorKeepsLastGoodSite(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "good"})
	url, _ := start(t, site.options())
	page := wantStatus(t, url+"/a/", 200)
	events := subscribe(t, url+"/__paperboy/events?since="+buildOf(t, page), nil)

	site.write(t, "content/a.md", "good\nbad ERROR here\nERROR <b>")
	ev := nextNamed(t, events, "error")
	var msgs []string
	if err := json.Unmarshal([]byte(ev.data), &msgs); err != nil {
		t.Fatalf("error event data %q: %v, want a JSON list", ev.data, err)
	}
	want := []string{
		"content/a.md:2: ERROR is not allowed; remove it",
		"content/a.md:3: ERROR is not allowed; remove it",
	}
	if !slices.Equal(msgs, want) {
		t.Errorf("error messages = %q, want %q", msgs, want)
	}
	page = wantStatus(t, url+"/a/", 200)
	wantContains(t, "GET /a/ during the error", page, "<body>good<script")

	// A client that reconnects, or a page loaded now, is told at once.
	again := subscribe(t, url+"/__paperboy/events", http.Header{"Last-Event-Id": {ev.id}})
	if ev2 := next(t, again); ev2 != ev {
		t.Errorf("event on reconnecting = %+v, want %+v", ev2, ev)
	}
	fresh := subscribe(t, url+"/__paperboy/events?since="+buildOf(t, page), nil)
	if ev2 := next(t, fresh); ev2 != ev {
		t.Errorf("event for a page loaded during the error = %+v, want %+v", ev2, ev)
	}

	site.write(t, "content/a.md", "fixed")
	reloaded(t, events, url+"/a/", 200, "<body>fixed")
	for _, ch := range []<-chan event{again, fresh} {
		if ev := next(t, ch); ev.name != "reload" {
			t.Errorf("event after the fix = %+v, want reload", ev)
		}
	}
}

func TestReconnectAfterMissedBuildReloads(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "one"})
	url, _ := start(t, site.options())
	old := buildOf(t, wantStatus(t, url+"/a/", 200))
	events := subscribe(t, url+"/__paperboy/events", nil)
	site.write(t, "content/a.md", "two")
	reloaded(t, events, url+"/a/", 200, "<body>two")

	// The page of the old build reconnects after the rebuild it missed.
	late := subscribe(t, url+"/__paperboy/events?since="+old, nil)
	if ev := next(t, late); ev.name != "reload" {
		t.Errorf("event for a page of an older build = %+v, want reload", ev)
	}
}

func TestNewFolderAndDeletedFile(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	url, _ := start(t, site.options())
	events := subscribe(t, url+"/__paperboy/events", nil)

	site.write(t, "content/new/sub/b.md", "in a new folder")
	reloaded(t, events, url+"/new/sub/b/", 200, "in a new folder")

	// The new folder is watched too.
	site.write(t, "content/new/sub/b.md", "edited in the new folder")
	reloaded(t, events, url+"/new/sub/b/", 200, "edited in the new folder")

	if err := os.Remove(site.path("content/a.md")); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/a/", 404, "no such page here")

	// A folder moved in from elsewhere brings its files and is watched.
	site.write(t, "outside/c.md", "moved in")
	if err := os.Rename(site.path("outside"), site.path("content/moved")); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/moved/c/", 200, "moved in")
	site.write(t, "content/moved/c.md", "moved and edited")
	reloaded(t, events, url+"/moved/c/", 200, "moved and edited")

	// A folder moved away takes its pages along.
	if err := os.Rename(site.path("content/moved"), site.path("gone")); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/moved/c/", 404, "no such page here")
}

func TestRenameSave(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	url, _ := start(t, site.options())
	events := subscribe(t, url+"/__paperboy/events", nil)

	// Twice each: the watch must survive the file being replaced.
	for _, text := range []string{"first", "second"} {
		site.renameSave(t, "content/a.md", text)
		reloaded(t, events, url+"/a/", 200, "<body>"+text)

		n := len(site.builds())
		site.renameSave(t, "site.yaml", "title: Title "+text)
		reloaded(t, events, url+"/", 200, "<h1>Title "+text)
		if got := site.changedSince(n); !slices.Contains(got, site.path("site.yaml")) {
			t.Errorf("changed paths = %q, want them to contain site.yaml", got)
		}
	}
}

func TestEditorTempFilesIgnored(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	url, _ := start(t, site.options())
	events := subscribe(t, url+"/__paperboy/events", nil)
	n := len(site.builds())

	temps := []string{"content/.a.md.swp", "content/a.md~", "content/.#a.md", "content/4913", "content/#a.md#"}
	for _, name := range temps {
		site.write(t, name, "junk")
	}
	site.write(t, "content/a.md", "real")
	reloaded(t, events, url+"/a/", 200, "<body>real")
	changed := site.changedSince(n)
	for _, name := range temps {
		if slices.Contains(changed, site.path(name)) {
			t.Errorf("changed paths = %q, want no editor temp file (%s)", changed, name)
		}
	}
}

func TestBurstIsOneBuild(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	opts := site.options()
	opts.Debounce = 200 * time.Millisecond
	url, _ := start(t, opts)
	events := subscribe(t, url+"/__paperboy/events", nil)
	n := len(site.builds())

	names := []string{"content/a.md", "content/b.md", "content/c.md", "content/d/e.md"}
	for _, name := range names {
		site.write(t, name, "burst")
	}
	next(t, events)
	select {
	case ev := <-events:
		t.Errorf("second event %+v after one burst, want one build", ev)
	case <-time.After(3 * opts.Debounce):
	}
	calls := site.builds()[n:]
	if len(calls) != 1 {
		t.Fatalf("builds after a burst = %q, want one", calls)
	}
	for _, name := range names {
		if !slices.Contains(calls[0], site.path(name)) {
			t.Errorf("changed paths = %q, want them to contain %s", calls[0], name)
		}
	}
	if !slices.IsSorted(calls[0]) {
		t.Errorf("changed paths = %q, want them sorted", calls[0])
	}
}

func TestFirstBuildFails(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "ERROR <script>"})
	url, _ := start(t, site.options())

	for _, path := range []string{"/", "/a/", "/nothing/here", "/style.css"} {
		body := wantStatus(t, url+path, 500)
		wantContains(t, "GET "+path, body, "content/a.md:1: ERROR is not allowed; remove it")
		wantContains(t, "GET "+path, body, `role="alert"`)
		wantContains(t, "GET "+path, body, `src="/__paperboy/reload.js"`)
		if strings.Contains(body, "<script>") {
			t.Errorf("GET %s has an unescaped <script> from the sources:\n%s", path, body)
		}
	}
	page := wantStatus(t, url+"/a/", 500)
	events := subscribe(t, url+"/__paperboy/events?since="+buildOf(t, page), nil)
	if ev := next(t, events); ev.name != "error" {
		t.Errorf("event while the first build failed = %+v, want error", ev)
	}
	site.write(t, "content/a.md", "now fine")
	reloaded(t, events, url+"/a/", 200, "now fine")
}

func TestChangedPathsKeepTheWatchForm(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	t.Chdir(site.root)
	opts := site.options()
	opts.Watch = []string{"content/", "./site.yaml"}
	url, _ := start(t, opts)
	events := subscribe(t, url+"/__paperboy/events", nil)

	for _, tt := range []struct{ save, page, show, want string }{
		{"content/a.md", "/a/", "<body>title: x", filepath.Join("content", "a.md")},
		{"site.yaml", "/", "<h1>x", "site.yaml"},
	} {
		n := len(site.builds())
		site.renameSave(t, tt.save, "title: x")
		reloaded(t, events, url+tt.page, 200, tt.show)
		got := site.changedSince(n)
		if !slices.Contains(got, tt.want) {
			t.Errorf("changed paths after saving %s = %q, want them to contain %q", tt.save, got, tt.want)
		}
		for _, p := range got {
			if filepath.IsAbs(p) || !strings.HasPrefix(p, strings.TrimSuffix(tt.want, "a.md")) {
				t.Errorf("changed paths after saving %s = %q, want each in the form of its Watch entry", tt.save, got)
			}
		}
	}
}

// logLines collects a Server's log lines.
type logLines struct {
	mu    sync.Mutex
	lines []string
}

func (l *logLines) logf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

func (l *logLines) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Join(l.lines, "\n") + "\n"
}

// waitLog waits until the log holds want.
func (l *logLines) waitLog(t *testing.T, want string) {
	t.Helper()
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if strings.Contains(l.String(), want) {
			return
		}
	}
	t.Fatalf("log:\n%s\nwant it to hold %q", l.String(), want)
}

// TestFirstBuildFailsLog: a failed first build says that every page shows
// the errors (there is no last good build), and prints the address to open;
// the site's own address, base path included, follows once it builds.
func TestFirstBuildFailsLog(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "ERROR"})
	site.base = "/repo/"
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	url, _ := start(t, opts)
	log.waitLog(t, "build failed in ")
	log.waitLog(t, "with 1 error(s); there is no site to serve yet, so every page shows them until the sources build:\n  content/a.md:1: ERROR is not allowed; remove it")
	log.waitLog(t, "serving the build errors at "+url+"/ (press Ctrl+C to stop); the site's address follows once it builds")
	if strings.Contains(log.String(), "last good build") {
		t.Errorf("log:\n%s\nwant no word of a last good build: there is none", log.String())
	}
	events := subscribe(t, url+"/__paperboy/events", nil)
	nextNamed(t, events, "error") // the state the stream starts in
	site.write(t, "content/a.md", "fixed")
	reloaded(t, events, url+"/repo/a/", 200, "fixed")
	log.waitLog(t, "\nserving the site at "+url+"/repo/\n")

	site.write(t, "content/a.md", "ERROR again")
	nextNamed(t, events, "error")
	log.waitLog(t, "with 1 error(s); serving the last good build, with the errors over every open page:")
}

// TestAnnouncedAddressEscaped: a base path with a space (baseURL
// https://lab.example.org/Paper%20Digest/) is printed escaped, as a
// terminal links an address only up to a space, and the printed address
// opens the site.
func TestAnnouncedAddressEscaped(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	site.base = "/Paper Digest/"
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	url, _ := start(t, opts)
	log.waitLog(t, "\nserving the site at "+url+"/Paper%20Digest/ (press Ctrl+C to stop)\n")
	if code, body := get(t, url+"/Paper%20Digest/"); code != 200 || !strings.Contains(body, "<h1>Digest</h1>") {
		t.Errorf("GET the printed address = %d, %q; want the home page", code, body)
	}
}

// TestRenameSaveNamesTheSavedFile: a save through a temporary file renamed
// over the original (sed -i, many editors) is a change of the original
// only; a file that comes and goes within a burst changes nothing.
func TestRenameSaveNamesTheSavedFile(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	opts.Debounce = 200 * time.Millisecond // one burst, even on a busy machine
	url, _ := start(t, opts)
	events := subscribe(t, url+"/__paperboy/events", nil)
	n := len(site.builds())

	tmp := site.path("content/sedKZSsLU")
	if err := os.WriteFile(tmp, []byte("saved by sed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, site.path("content/a.md")); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/a/", 200, "saved by sed")
	if got, want := site.changedSince(n), []string{site.path("content/a.md")}; !slices.Equal(got, want) {
		t.Errorf("changed paths = %q, want %q", got, want)
	}
	log.waitLog(t, "("+site.path("content/a.md")+" changed)")

	n = len(site.builds())
	site.write(t, "content/sedTmp", "junk")
	if err := os.Remove(site.path("content/sedTmp")); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-events:
		t.Errorf("event %+v after a file came and went, want none", ev)
	case <-time.After(3 * opts.Debounce):
	}
	if got := site.builds()[n:]; len(got) != 0 {
		t.Errorf("builds after a file came and went = %q, want none", got)
	}
}

// TestSaveThroughTemporaryNames: macOS's safe save (the new version written
// into a folder "(A Document Being Saved By …)" beside the file, then
// renamed over it) and Word's (the original renamed to ~WRL0001.tmp, the
// new one written, the old one removed) change the saved file only: no
// build sees the temporary names, and the log names the saved file.
func TestSaveThroughTemporaryNames(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	url, _ := start(t, opts)
	events := subscribe(t, url+"/__paperboy/events", nil)
	want := []string{site.path("content/a.md")}

	n := len(site.builds())
	folder := "content/(A Document Being Saved By TextEdit)"
	site.write(t, folder+"/a.md", "saved by TextEdit")
	time.Sleep(50 * time.Millisecond) // as TextEdit does: builds may run meanwhile
	if err := os.Rename(site.path(folder+"/a.md"), site.path("content/a.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(site.path(folder)); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/a/", 200, "saved by TextEdit")
	if got := site.changedSince(n); !slices.Equal(got, want) {
		t.Errorf("TextEdit save: changed paths = %q, want %q", got, want)
	}
	log.waitLog(t, "("+site.path("content/a.md")+" changed)")

	n = len(site.builds())
	if err := os.Rename(site.path("content/a.md"), site.path("content/~WRL0001.tmp")); err != nil {
		t.Fatal(err)
	}
	site.write(t, "content/a.md", "saved by Word")
	if err := os.Remove(site.path("content/~WRL0001.tmp")); err != nil {
		t.Fatal(err)
	}
	reloaded(t, events, url+"/a/", 200, "saved by Word")
	for _, p := range site.changedSince(n) {
		if p != want[0] {
			t.Errorf("Word save: changed paths = %q, want only %q", site.changedSince(n), want)
			break
		}
	}
}

// TestFolderCreatedLater: a watched folder that does not exist when serve
// starts (a site's themes/ before its first theme) is watched once it is
// created, with everything below it.
func TestFolderCreatedLater(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	opts := site.options()
	opts.Watch = append(opts.Watch, site.path("themes"))
	start(t, opts)
	deadline := time.Now().Add(10 * time.Second)
	for len(site.builds()) == 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond) // the watcher starts before the first build
	}
	site.write(t, "themes/mine/i18n/fr.yaml", "abstract: Résumé")
	saw := func(name string) bool {
		for _, b := range site.builds() {
			if slices.Contains(b, site.path(name)) {
				return true
			}
		}
		return false
	}
	for !saw("themes/mine/i18n/fr.yaml") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !saw("themes/mine/i18n/fr.yaml") {
		t.Fatalf("no build saw the new themes/ folder's file; builds: %q", site.builds())
	}
	// And later edits in it.
	site.write(t, "themes/mine/static/custom.css", "body{}")
	for !saw("themes/mine/static/custom.css") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !saw("themes/mine/static/custom.css") {
		t.Fatalf("no build saw a later edit under themes/; builds: %q", site.builds())
	}
}

// TestBuildWarningsLogged: the build's warnings are logged when they
// change, not again on every rebuild that has the same ones.
func TestBuildWarningsLogged(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "WARN"})
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	url, _ := start(t, opts)
	const warned = "warning: content/a.md: WARN is read, but not published"
	log.waitLog(t, warned)
	events := subscribe(t, url+"/__paperboy/events", nil)
	site.write(t, "content/a.md", "WARN, edited")
	reloaded(t, events, url+"/a/", 200, "WARN, edited")
	site.write(t, "content/b.md", "b")
	reloaded(t, events, url+"/b/", 200, "b")
	if n := strings.Count(log.String(), warned); n != 1 {
		t.Errorf("the warning was logged %d times, want once:\n%s", n, log.String())
	}
}

// TestUpdateWarningsLogged: a site from Options.Updates (the full build
// that completes a quick one) logs its warnings when they differ from the
// ones logged last, and says so when it has none left, so the log shows
// what a full build of the sources says.
func TestUpdateWarningsLogged(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "WARN"})
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	updates := make(chan Site)
	opts.Updates = updates
	start(t, opts)
	log.waitLog(t, "warning: content/a.md: WARN is read, but not published")
	built, err := site.build(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fixed := built
	fixed.Warnings = nil
	updates <- fixed
	log.waitLog(t, "no warnings now")
	found := built
	found.Warnings = []string{"content/b.md:3: a new one"}
	updates <- found
	log.waitLog(t, "warning: content/b.md:3: a new one")
}

// TestUpdateError: a failed update (the full build that completes a
// quick one) is told as a failed build is, in the log and over the open
// pages, at its path:line, with the last good site served; the next
// build that succeeds takes the errors away. It used to be dropped in
// silence, leaving a stale search index with no word of why.
func TestUpdateError(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "good"})
	var log logLines
	opts := site.options()
	opts.Logf = log.logf
	updates := make(chan Site)
	opts.Updates = updates
	url, _ := start(t, opts)
	page := wantStatus(t, url+"/a/", 200)
	events := subscribe(t, url+"/__paperboy/events?since="+buildOf(t, page), nil)

	updates <- Site{Err: errors.New("content/days/2024-06-04.md:3: papers: no paper 2406.99999; write an id of content/papers/")}
	ev := nextNamed(t, events, "error")
	var msgs []string
	if err := json.Unmarshal([]byte(ev.data), &msgs); err != nil {
		t.Fatalf("error event data %q: %v, want a JSON list", ev.data, err)
	}
	if want := []string{"content/days/2024-06-04.md:3: papers: no paper 2406.99999; write an id of content/papers/"}; !slices.Equal(msgs, want) {
		t.Errorf("error messages = %q, want %q", msgs, want)
	}
	log.waitLog(t, "the full build that completes the last rebuild (search index, related papers) failed with 1 error(s); "+
		"serving the last good build, with the errors over every open page:\n  content/days/2024-06-04.md:3: papers: no paper")
	wantContains(t, "GET /a/ during the error", wantStatus(t, url+"/a/", 200), "<body>good<script")

	site.write(t, "content/a.md", "fixed")
	reloaded(t, events, url+"/a/", 200, "<body>fixed")
}

// TestDeleteAndCreateIsOneBuild saves a file as some tools do, deleting
// it and writing it anew, with the debounce elapsing in between (the test
// waits for the watch loop to put the build off): the site is built once,
// with the new file, not once without it and once again.
func TestDeleteAndCreateIsOneBuild(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "a"})
	settling := make(chan struct{}, 1)
	url, _ := startWith(t, site.options(), func(s *Server) {
		s.settling = func() {
			select {
			case settling <- struct{}{}:
			default:
			}
		}
	})
	events := subscribe(t, url+"/__paperboy/events", nil)
	n := len(site.builds())

	if err := os.Remove(site.path("content/a.md")); err != nil {
		t.Fatal(err)
	}
	select {
	case ev := <-events:
		t.Fatalf("event %+v with the file deleted, want the build put off until it is back", ev)
	case <-settling:
	case <-time.After(wait):
		t.Fatal("the build was not put off while the file was gone")
	}
	site.write(t, "content/a.md", "final")
	reloaded(t, events, url+"/a/", 200, "<body>final")
	if calls, want := site.builds()[n:], [][]string{{site.path("content/a.md")}}; !slices.EqualFunc(calls, want, slices.Equal) {
		t.Errorf("builds = %q, want %q", calls, want)
	}
}
