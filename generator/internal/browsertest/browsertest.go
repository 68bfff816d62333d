// Package browsertest starts headless Chromium for the project's browser
// tests, or skips the test where Chromium is not installed (the CI script
// installs Debian's chromium).
//
// A package whose TestMain runs its tests with Run shares its browsers
// between them: one Chromium for each window size, started by the first
// test that asks for it and shut when the tests are done, each test in a
// tab of its own with a browser context of its own (its own storage, cache
// and cookies).
// A launch took about 5 s on a loaded 2-CPU machine and a tab 0.3–1 s,
// and the generator package has some seventy browser tests. Without Run,
// each test starts a browser of its own and shuts it when it ends.
package browsertest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Option is a setting of the browser that Start gives a test.
type Option func(*settings)

// settings are what Start's options set.
type settings struct {
	window
	timeout time.Duration // the tab's deadline, from Start
}

// WindowSize sets the size of the browser's window in px, as Chromium's
// --window-size does (chromedp.WindowSize).
func WindowSize(width, height int) Option {
	return func(s *settings) { s.width, s.height = width, height }
}

// Timeout sets the tab's deadline, 90 seconds from Start where it is not
// given: a test that reads many pages in one tab gives itself longer.
func Timeout(d time.Duration) Option {
	return func(s *settings) { s.timeout = d }
}

// window is the size a browser's windows open at; the zero window is
// Chromium's default.
type window struct{ width, height int }

// shared holds the browsers that tests share while Run runs them.
var shared struct {
	sync.Mutex
	on       bool // Run runs the tests
	browsers map[window]*browser
}

// Run runs the package's tests, sharing a browser of each window size
// between them, shuts the browsers when they are done and returns m.Run's
// exit code. A package whose tests call Start runs them with it from its
// TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(browsertest.Run(m)) }
func Run(m *testing.M) int {
	shared.Lock()
	shared.on = true
	shared.browsers = map[window]*browser{}
	shared.Unlock()
	code := m.Run()
	shared.Lock()
	for _, b := range shared.browsers {
		b.stop(func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) })
	}
	shared.browsers = nil
	shared.on = false
	shared.Unlock()
	return code
}

// Start returns a browser context for t, a tab of headless Chromium with
// a 90-second deadline (or Timeout's), closed when the test ends. It skips the test in
// -short mode or where no Chromium is found.
func Start(t *testing.T, opts ...Option) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	s := settings{timeout: 90 * time.Second}
	for _, o := range opts {
		o(&s)
	}
	w := s.window
	shared.Lock()
	if !shared.on {
		shared.Unlock()
		b, err := launch(t.Logf, exe, w)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { b.stop(t.Logf) })
		return b.tab(t, s.timeout)
	}
	b := shared.browsers[w]
	if b != nil && b.ctx.Err() != nil { // it quit or crashed: start another
		b.stop(t.Logf)
		b = nil
	}
	if b == nil {
		var err error
		if b, err = launch(t.Logf, exe, w); err != nil {
			shared.Unlock()
			t.Fatal(err)
		}
		shared.browsers[w] = b
	}
	shared.Unlock()
	return b.tab(t, s.timeout)
}

// chromium returns the path of the Chromium found first on PATH, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// launches is how many times launch tries to start Chromium. On a loaded
// machine a launch now and then fails before the browser listens ("chrome
// failed to start", once a session with five builds running beside the
// tests), which says nothing of the page under test.
const launches = 3

// launch starts Chromium with windows of size w, trying again when a
// launch fails.
func launch(logf func(string, ...any), exe string, w window) (*browser, error) {
	b, err := launchOnce(exe, w)
	for try := 2; err != nil && try <= launches; try++ {
		logf("Chromium did not start (try %d of %d): %v", try-1, launches, err)
		b, err = launchOnce(exe, w)
	}
	return b, err
}

// browser is a running Chromium: its browser context and what shuts it.
type browser struct {
	ctx     context.Context
	cancel  func() // shuts the browser
	profile string
}

// disabledFeatures are Chromium's features a test's browser goes without:
// chromedp's (Translate, BlinkGenPropertyTrees), and those that start
// renderer processes a test never uses, each started and shut again: a
// spare renderer kept ready for the next navigation
// (SpareRendererForSitePerProcess), and a new renderer for a navigation
// to a page of the same site (BackForwardCache,
// ProactivelySwapBrowsingInstance, RenderDocument). With these on, and
// site isolation (which disable-site-isolation-trials turns off), five of
// the generator package's browser tests started some 190 renderers for
// about 330 navigations; without, 17, and the tests took 39–45 s in place
// of 61–71 s, the machine's two CPUs busy throughout either way.
// Chromium 156 also gives every window, as each tab in a browser context
// of its own is, pages for the address bar's suggestions, run in
// renderers of their own (WebUIOmniboxPopup, WebUIOmniboxAimPopup):
// headless, nobody types there.
const disabledFeatures = "Translate,BlinkGenPropertyTrees," +
	"SpareRendererForSitePerProcess,BackForwardCache,ProactivelySwapBrowsingInstance,RenderDocument," +
	"WebUIOmniboxPopup,WebUIOmniboxAimPopup"

// launchOnce starts Chromium with a profile of its own and returns it, or
// the error that stopped it, everything it started then shut.
func launchOnce(exe string, w window) (*browser, error) {
	profile, err := os.MkdirTemp("", "chromium-")
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-features", disabledFeatures), chromedp.Flag("disable-site-isolation-trials", true))
	if w != (window{}) {
		opts = append(opts, chromedp.WindowSize(w.width, w.height))
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(alloc)
	b := &browser{ctx: ctx, cancel: func() { cancel(); cancelAlloc() }, profile: profile}
	if err := chromedp.Do(ctx); err != nil { // start the browser without a deadline
		b.stop(func(string, ...any) {})
		return nil, err
	}
	return b, nil
}

// tab opens a tab for t in a browser context of its own and returns it
// with a deadline timeout away; it closes when the test ends.
func (b *browser) tab(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(b.ctx, chromedp.WithNewBrowserContext())
	if err := chromedp.Do(ctx); err != nil { // open the tab without a deadline
		cancel()
		t.Fatal(fmt.Errorf("opening a tab: %w", errors.Join(err, b.ctx.Err())))
	}
	t.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t.Cleanup(cancelTimeout)
	return ctx
}

// stop shuts the browser and removes its profile.
func (b *browser) stop(logf func(string, ...any)) {
	b.cancel()
	removeProfile(logf, b.profile)
}

// removeProfile removes Chromium's profile folder. Chromium's helper
// processes can still be writing into it for a moment after the browser
// has quit (t.TempDir's one RemoveAll then failed the test on a loaded
// machine: "unlinkat …/Default: directory not empty"), so it tries again
// for a while, and a folder left behind is only logged: it says nothing of
// the page under test.
func removeProfile(logf func(string, ...any), dir string) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := os.RemoveAll(dir)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			logf("Chromium's profile %s is left behind: %v", dir, err)
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
