// Package browsertest starts headless Chromium for the project's browser
// tests, or skips the test where Chromium is not installed (the CI script
// installs Debian's chromium).
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Start launches headless Chromium for t and returns a browser context with
// a 90-second deadline, closed when the test ends. It skips the test in
// -short mode or where no Chromium is found.
func Start(t *testing.T, extra ...chromedp.ExecAllocatorOption) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("starts a browser")
	}
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	ctx, err := launch(t, browser, extra)
	for try := 2; err != nil && try <= launches; try++ {
		t.Logf("Chromium did not start (try %d of %d): %v", try-1, launches, err)
		ctx, err = launch(t, browser, extra)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// launches is how many times Start tries to launch Chromium. On a loaded
// machine a launch now and then fails before the browser listens ("chrome
// failed to start", once a session with five builds running beside the
// tests), which says nothing of the page under test.
const launches = 3

// launch starts Chromium with a profile of its own and returns its browser
// context, or the error that stopped it, everything it started then shut.
func launch(t *testing.T, browser string, extra []chromedp.ExecAllocatorOption) (context.Context, error) {
	profile, err := os.MkdirTemp("", "chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { removeProfile(t, profile) }) // registered before the browser's, so run after it quits
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(opts, extra...)...)
	ctx, cancel := chromedp.NewContext(alloc)
	if err := chromedp.Do(ctx); err != nil { // start the browser without a deadline
		cancel()
		cancelAlloc()
		return nil, err
	}
	t.Cleanup(cancelAlloc)
	t.Cleanup(cancel)
	return ctx, nil
}

// removeProfile removes Chromium's profile folder. Chromium's helper
// processes can still be writing into it for a moment after the browser
// has quit (t.TempDir's one RemoveAll then failed the test on a loaded
// machine: "unlinkat …/Default: directory not empty"), so it tries again
// for a while, and a folder left behind is only logged: it says nothing of
// the page under test.
func removeProfile(t *testing.T, dir string) {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := os.RemoveAll(dir)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Logf("Chromium's profile %s is left behind: %v", dir, err)
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}
