// Package serve is the preview server behind `paperboy serve`.
//
// A Server builds the site once, serves the result from memory and rebuilds
// whenever a watched file changes. Its input is a build function and the
// folders and files to watch; its output is HTTP.
//
// Invariants:
//
//   - Requests never touch the disk: every response comes from the last
//     successful build, held in memory and swapped atomically, so a request
//     sees one whole build or the next, never a mix.
//   - Responses carry exactly the build's bytes, except that HTML responses
//     get one script tag right before </body> that opens the live-reload
//     stream at <base>/__paperboy/events. The build output itself is never
//     changed.
//   - Only the site's own paths under its base path can be reached; paths with
//     dot segments, empty segments, encoded slashes, backslashes or NUL are
//     refused.
//   - A failed rebuild keeps the last good site on screen and shows the
//     errors in an overlay; the next successful build reloads the page.
package serve

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Options configures a Server.
type Options struct {
	// Watch lists the folders (watched recursively, new subfolders included)
	// and single files (such as site.yaml) whose changes trigger a rebuild.
	// Paths handed to Build are in the same form: Watch entry joined with the
	// path below it.
	Watch []string

	// Build builds the site. Changed lists the watched paths created,
	// written, removed or renamed since the previous build, sorted; it is nil
	// for a full build (the first one, or after the watcher lost events). A
	// path may name a folder that was created, removed or renamed. A path
	// created and gone again before the build (an editor's temporary file,
	// renamed over the file it saves) is left out, and changes of only such
	// paths start no build. Build must
	// not modify the returned files' bytes afterwards, and should return
	// soon after ctx is cancelled. Its error's text is shown to the curator
	// one line per message ("path:line: message"), as diag.List formats it;
	// the site it returns with an error is ignored.
	Build func(ctx context.Context, changed []string) (Site, error)

	// Debounce is how long the watcher waits after the last change of a burst
	// before rebuilding; default 15ms.
	Debounce time.Duration

	// Updates, if set, delivers sites built outside the watch loop: a build
	// that completes what a fast incremental Build left for later (the
	// search index, related papers). An update whose pages are the same as
	// the served ones is swapped in without reloading the open pages; one
	// with Err set is a failed build, shown as a failed Build's error is.
	Updates <-chan Site

	// Logf, if set, receives one line per rebuild and per watcher problem,
	// and the address to open whenever it is new.
	Logf func(format string, args ...any)

	// Host is how the printed address names the server: the host the user
	// asked to listen on ("localhost", "192.168.1.5"). Empty, or an address
	// that listens on every interface (0.0.0.0, ::), prints the loopback
	// address and says that the server listens on all interfaces.
	Host string
}

// Site is the output of one build.
type Site struct {
	// Files are the built files, by slash path relative to the site root:
	// "index.html", "papers/x/index.html", "feed.xml", "404.html".
	Files []model.File

	// BasePath is the path the site lives under, "/" or "/repo/" (from the
	// baseURL); "" means "/".
	BasePath string

	// Warnings are what the build says of the sources without failing
	// (Hugo's static/ at the site's root): logged when they change.
	Warnings []string

	// Unchanged, when set, says why the build found nothing to rebuild
	// ("themes/other/email/digest.txt is in themes/other/, a theme
	// site.yaml does not use"): Files are the served ones, so open pages
	// are not reloaded, unless a failed build's errors are on them.
	Unchanged string

	// Err, in an update (Options.Updates), says the build failed: its
	// text is shown as a failed Build's error is, over the served site,
	// which stays, and the update's Files are ignored. (Build returns its
	// error apart.)
	Err error
}

// defaultDebounce is the wait after a burst of changes when Options.Debounce
// is zero.
const defaultDebounce = 15 * time.Millisecond

// defaultHeartbeat is the interval of the comment lines that keep idle event
// streams open through proxies and let the server notice closed clients.
const defaultHeartbeat = 15 * time.Second

// Server serves builds from memory and rebuilds on changes. Create it with
// New; its methods are safe for concurrent use.
type Server struct {
	opts      Options
	heartbeat time.Duration
	epoch     string // distinguishes this process's build ids from another's
	pages     *template.Template

	state atomic.Pointer[state]

	mu      sync.Mutex    // serializes publish
	changed chan struct{} // closed and replaced on every publish

	running atomic.Bool

	// settling, if set, is called each time the watch loop puts a
	// rebuild off because a save is in progress (a test's hook).
	settling func()

	// Used only by Run's goroutine.
	origin    string // "http://127.0.0.1:1313", the printed address without the path
	allIfaces bool   // the listener accepts connections on every interface
	announced string // the base path last printed; "" before any address was
	warned    string // the build warnings last logged, one per line
}

// New returns a Server for opts. It builds nothing yet: Run does.
func New(opts Options) (*Server, error) {
	if opts.Build == nil {
		return nil, errors.New("serve: Options.Build is nil; pass the site's build function")
	}
	if opts.Debounce <= 0 {
		opts.Debounce = defaultDebounce
	}
	if opts.Logf == nil {
		opts.Logf = func(string, ...any) {}
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{
		opts:      opts,
		heartbeat: defaultHeartbeat,
		epoch:     fmt.Sprintf("%x", time.Now().UnixNano()),
		pages:     pages,
		changed:   make(chan struct{}),
	}
	s.state.Store(&state{id: s.epoch + ".0", base: "/"})
	return s, nil
}

// Run watches Options.Watch, builds the site and serves it on ln until ctx
// is cancelled. It then shuts the HTTP server down, ends the event streams,
// closes the watcher and ln, and returns nil; it returns an error when the
// watcher cannot start or ln fails. Run may be called once per Server.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	if !s.running.CompareAndSwap(false, true) {
		ln.Close()
		return errors.New("serve: Run called twice; create a new Server")
	}
	w, err := newWatcher(s.opts.Watch, s.opts.Logf)
	if err != nil {
		ln.Close()
		return err
	}
	defer w.close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Build before serving: early requests wait in the listen backlog and
	// get the built site rather than a placeholder.
	s.origin, s.allIfaces = origin(s.opts.Host, ln.Addr())
	s.rebuild(ctx, nil)

	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 10 * time.Second,
		// Event streams end when ctx does, so Shutdown never waits for them.
		BaseContext: func(net.Listener) context.Context { return ctx },
	}
	served := make(chan error, 1)
	go func() {
		err := srv.Serve(ln)
		cancel()
		served <- err
	}()

	s.watchLoop(ctx, w)

	shutCtx, shutCancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer shutCancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		srv.Close()
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// rebuild builds the site for changed and publishes the outcome. A failure
// that read a file written just now is not published: held publishes it,
// which the caller does unless another change comes first.
func (s *Server) rebuild(ctx context.Context, changed []string) (held func()) {
	start := time.Now()
	site, err := s.opts.Build(ctx, changed)
	if ctx.Err() != nil {
		return nil // shutting down; the result no longer matters
	}
	took := elapsed(time.Since(start))
	if err != nil {
		msgs := messages(err)
		fail := func() { s.fail(msgs, fmt.Sprintf("build failed in %v", took)) }
		if writtenJustNow(changed, start, saveGrace*s.opts.Debounce) {
			// A save in two parts (a pause mid-write) reads as a mistake
			// until its second part: the error waits for it.
			return fail
		}
		fail()
		return nil
	}
	if site.Unchanged != "" {
		s.opts.Logf("%s; nothing to rebuild (%v)", site.Unchanged, took)
		if st := s.state.Load(); st.site != nil && st.errs == nil {
			return nil // the served site is the build's
		}
	}
	snap := s.snapshot(site)
	s.publish(snap, nil)
	if site.Unchanged == "" {
		s.opts.Logf("built %d files in %v (%s)", len(snap.files), took, describeChanged(changed))
	}
	s.announce()
	return nil
}

// saveGrace is how many debounce intervals (150ms by default) a failed
// build waits before it shows its errors when a file it read was written
// that recently: an editor that saves in two parts with a pause between
// (truncate, write a part, then the rest) would otherwise flash an error
// over every open page for a correct save.
const saveGrace = 10

// writtenJustNow reports whether a file of changed was modified within
// grace before the build that read it started.
func writtenJustNow(changed []string, start time.Time, grace time.Duration) bool {
	for _, p := range changed {
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && start.Sub(fi.ModTime()) < grace {
			return true
		}
	}
	return false
}

// fail publishes a failed build's messages msgs and logs them after
// failed, which says what failed ("build failed in 1.2s").
func (s *Server) fail(msgs []string, failed string) {
	s.publish(nil, msgs)
	if s.state.Load().site == nil {
		s.opts.Logf("%s with %d error(s); there is no site to serve yet, so every page shows them until the sources build:\n%s", failed, len(msgs), joinLines(msgs))
	} else {
		s.opts.Logf("%s with %d error(s); serving the last good build, with the errors over every open page:\n%s", failed, len(msgs), joinLines(msgs))
	}
	s.announce()
}

// elapsed is d as the log shows it: to the millisecond, or to the
// microsecond under one, so a build that fails at once reads "failed in
// 412µs", not "failed in 0s".
func elapsed(d time.Duration) time.Duration {
	if d < time.Millisecond {
		return d.Round(time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// announce prints the address to open when it is new: after the first
// build, once the site first builds (a failed first build has no base path
// yet), and when a build moves the site to another base path. It does
// nothing outside Run.
func (s *Server) announce() {
	if s.origin == "" {
		return
	}
	stop := ""
	if s.announced == "" {
		stop = "press Ctrl+C to stop"
		if s.allIfaces {
			stop = "listening on all interfaces; " + stop
		}
		stop = " (" + stop + ")"
	}
	st := s.state.Load()
	switch {
	case st.site == nil && s.announced == "":
		s.opts.Logf("serving the build errors at %s/%s; the site's address follows once it builds", s.origin, stop)
		s.announced = "errors" // not a base path: the site's address follows
	case st.site == nil, st.site.base == s.announced:
	default:
		s.announced = st.site.base
		s.opts.Logf("serving the site at %s%s%s", s.origin, escapedPath(st.site.base), stop)
	}
}

// update swaps in a site from Options.Updates. Open pages reload only if an
// HTML page changed. A failed update (Err) is told as a failed Build is:
// the full build that was to complete the served site found mistakes
// the quick one did not read, and the served search index and related
// papers are stale until they are fixed.
func (s *Server) update(site Site) {
	if site.Err != nil {
		s.fail(messages(site.Err), "the full build that completes the last rebuild (search index, related papers) failed")
		return
	}
	snap := s.snapshot(site)
	s.mu.Lock()
	old := s.state.Load()
	if old.site != nil && old.errs == nil && samePages(old.site, snap) {
		quiet := *old
		quiet.site = snap
		s.state.Store(&quiet)
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	s.publish(snap, nil)
	s.announce()
}

// snapshot indexes site for serving, logging what newSnapshot drops and
// the build's warnings when they are not the ones last logged: an update
// that completes a quick rebuild may have fixed some, or found others, and
// the log should show what a full build of the sources says. A site that
// no longer has the warnings logged before says so.
func (s *Server) snapshot(site Site) *snapshot {
	snap, warnings := newSnapshot(site)
	for _, w := range warnings {
		s.opts.Logf("%s", w)
	}
	if w := strings.Join(site.Warnings, "\n"); w != s.warned {
		if len(site.Warnings) == 0 {
			s.opts.Logf("no warnings now: the ones above are fixed")
		}
		s.warned = w
		for _, m := range site.Warnings {
			s.opts.Logf("warning: %s", m)
		}
	}
	return snap
}

// samePages reports whether a and b serve the same HTML pages.
func samePages(a, b *snapshot) bool {
	if a.base != b.base {
		return false
	}
	for p, f := range b.files {
		if !f.html {
			continue
		}
		g, ok := a.files[p]
		if !ok || !bytes.Equal(g.data, f.data) {
			return false
		}
	}
	for p, f := range a.files {
		if _, ok := b.files[p]; f.html && !ok {
			return false
		}
	}
	return true
}

// publish stores the outcome of a build and wakes every event stream. A nil
// snap with errs keeps the last good site.
func (s *Server) publish(snap *snapshot, errs []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.state.Load()
	next := &state{gen: old.gen + 1, site: snap, base: old.base, errs: errs, former: old.former}
	if snap == nil {
		next.site = old.site
	} else {
		next.base = snap.base
	}
	if old.site != nil && next.base != old.base {
		next.former = formerBases(old.former, old.base, next.base)
	}
	next.id = fmt.Sprintf("%s.%d", s.epoch, next.gen)
	s.state.Store(next)
	close(s.changed)
	s.changed = make(chan struct{})
}

// formerBases returns the former base paths former with old added and
// base, the one the site has now, left out, longest first: the most
// specific of two that a path starts with sends it on.
func formerBases(former []string, old, base string) []string {
	out := slices.DeleteFunc(slices.Concat(former, []string{old}), func(b string) bool { return b == base })
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	return slices.Compact(out)
}

// current returns the published state and a channel closed on the next
// publish.
func (s *Server) current() (*state, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.state.Load(), s.changed
}

// describeChanged summarizes a build's changed paths for the log.
func describeChanged(changed []string) string {
	switch len(changed) {
	case 0:
		return "full build"
	case 1:
		return changed[0] + " changed"
	default:
		return fmt.Sprintf("%s and %d more changed", changed[0], len(changed)-1)
	}
}
