package serve

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestReloadInBrowser drives reload.js in headless Chromium: a build error
// shows the overlay over the unchanged page (messages escaped, one per
// line, colours for light and dark mode), and the fix reloads the page and
// so clears it. It is skipped where Chromium is not installed.
func TestReloadInBrowser(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first text</p>"})
	site.base = "/repo/"
	opts := site.options()
	opts.Build = func(ctx context.Context, changed []string) (Site, error) {
		s, err := site.build(ctx, changed)
		if err != nil {
			err = errors.Join(err, errors.New("content/a.md:9: <img src=x onerror=window.pwned=1> & <b>bold</b>"))
		}
		return s, err
	}
	url, _ := start(t, opts)

	ctx := browsertest.Start(t)

	eval, waitFor := inTab(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/repo/a/")); err != nil {
		t.Fatal(err)
	}
	waitFor("the page", `document.body.textContent.includes('first text')`)
	eval(`window.sameLoad = 'yes'; 'ok'`)

	site.write(t, "content/a.md", "<p>ERROR text</p>")
	const overlay = `document.querySelector('#paperboy-overlay[role=alert]')`
	waitFor("the overlay", overlay+` !== null`)
	if got, want := eval(`[...document.querySelectorAll('#paperboy-overlay li')].map(li => li.textContent).join('\n')`),
		"content/a.md:1: ERROR is not allowed; remove it\ncontent/a.md:9: <img src=x onerror=window.pwned=1> & <b>bold</b>"; got != want {
		t.Errorf("overlay lines = %q, want %q", got, want)
	}
	if got := eval(`String(document.querySelectorAll('#paperboy-overlay img, #paperboy-overlay b').length) + String(window.pwned)`); got != "0undefined" {
		t.Errorf("overlay elements from messages, window.pwned = %s, want 0undefined", got)
	}
	if got := eval(`getComputedStyle(` + overlay + `).position + ' ' + window.sameLoad + ' ' + document.body.textContent.includes('first text')`); got != "fixed yes true" {
		t.Errorf("overlay position, page not reloaded, last good page = %q, want %q", got, "fixed yes true")
	}
	light := eval(`getComputedStyle(` + overlay + `).backgroundColor + ' / ' + getComputedStyle(` + overlay + `).color`)
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}},
		})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	dark := eval(`getComputedStyle(` + overlay + `).backgroundColor + ' / ' + getComputedStyle(` + overlay + `).color`)
	if light != "rgb(255, 244, 244) / rgb(90, 0, 16)" || dark != "rgb(42, 10, 14) / rgb(255, 218, 221)" {
		t.Errorf("overlay colours light %q, dark %q; want dark red on light red, light red on dark red", light, dark)
	}

	site.write(t, "content/a.md", "<p>fixed text</p>")
	waitFor("the reload", `window.sameLoad === undefined && document.body.textContent.includes('fixed text')`)
	if got := eval(`String(` + overlay + `)`); got != "null" {
		t.Errorf("overlay after the fix = %s, want none", got)
	}
}

// TestManyTabs: a curator keeps many pages of the preview open in one
// browser, which opens at most six connections to a host: every tab
// loads however many are open (one tab follows the event stream for all),
// each reloads on a build, each shows a build's error, a tab opened after
// the error too, and the tab that followed the stream can close and the
// others go on. It is skipped where Chromium is not installed.
func TestManyTabs(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first text</p>"})
	site.base = "/repo/"
	url, _ := start(t, site.options())
	first := browsertest.Start(t, browsertest.Timeout(3*time.Minute))
	const tabs = 8
	var ctxs []context.Context
	for i := range tabs + 1 {
		ctx := first
		if i > 0 { // a tab of the same browser context, as a curator's are
			var cancel context.CancelFunc
			ctx, cancel = chromedp.NewContext(first)
			t.Cleanup(cancel)
			if err := chromedp.Do(ctx); err != nil { // open the tab, with no deadline of a navigation's
				t.Fatal(err)
			}
		}
		ctxs = append(ctxs, ctx)
	}
	waitIn := func(ctx context.Context, what, cond string) {
		t.Helper()
		_, waitFor := inTab(t, ctx)
		waitFor(what, cond)
	}
	for i, ctx := range ctxs[:tabs] {
		nav, cancel := context.WithTimeout(ctx, 3*wait)
		err := chromedp.Do(nav, chromedp.Navigate(url+"/repo/a/"))
		cancel()
		if err != nil {
			t.Fatalf("tab %d of %d does not load: %v", i+1, tabs, err)
		}
		waitIn(ctx, fmt.Sprintf("tab %d's page", i+1), `document.body.textContent.includes('first text')`)
	}
	site.write(t, "content/a.md", "<p>second text</p>")
	for i, ctx := range ctxs[:tabs] {
		waitIn(ctx, fmt.Sprintf("tab %d's reload", i+1), `document.body.textContent.includes('second text')`)
	}
	site.write(t, "content/a.md", "<p>ERROR text</p>")
	const overlay = `document.querySelector('#paperboy-overlay li') !== null && document.querySelector('#paperboy-overlay li').textContent.includes('ERROR is not allowed')`
	for i, ctx := range ctxs[:tabs] {
		waitIn(ctx, fmt.Sprintf("tab %d's overlay", i+1), overlay)
	}
	late := ctxs[tabs]
	if err := chromedp.Do(late, chromedp.Navigate(url+"/repo/a/")); err != nil {
		t.Fatal(err)
	}
	waitIn(late, "the overlay of a tab opened after the error", overlay)
	// The first tab, which took the lock first, closes: another follows.
	if err := chromedp.Do(first, chromedp.Navigate("about:blank")); err != nil {
		t.Fatal(err)
	}
	site.write(t, "content/a.md", "<p>third text</p>")
	for i, ctx := range ctxs[1:] {
		waitIn(ctx, fmt.Sprintf("tab %d's reload after the first closed", i+2), `document.body.textContent.includes('third text') && document.querySelector('#paperboy-overlay') === null`)
	}
}

// TestFailedFirstBuildInBrowser: when the first build fails, every address
// is the server's page of its errors, with no overlay saying it shows a
// last good build, which there is none of; another failure reloads it
// with its errors, and the fix with the site.
func TestFailedFirstBuildInBrowser(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>ERROR one</p>"})
	site.base = "/repo/"
	url, _ := start(t, site.options())
	ctx := browsertest.Start(t)
	eval, waitFor := inTab(t, ctx)
	if err := chromedp.Do(ctx, chromedp.Navigate(url+"/repo/a/")); err != nil {
		t.Fatal(err)
	}
	waitFor("the errors", `document.querySelector('h1') !== null && document.querySelector('h1').textContent === 'The build failed'`)
	time.Sleep(300 * time.Millisecond) // for the stream's first event
	if got := eval(`String(document.querySelector('#paperboy-overlay'))`); got != "null" {
		t.Errorf("the page of a failed first build has an overlay: %s", got)
	}
	eval(`window.firstLoad = 'yes'; 'ok'`)
	site.write(t, "content/a.md", "<p>ERROR two</p>")
	waitFor("the page of the second failure", `window.firstLoad === undefined && document.body.textContent.includes('ERROR is not allowed') && document.querySelector('#paperboy-overlay') === null`)
	site.write(t, "content/a.md", "<p>fixed text</p>")
	waitFor("the site", `document.body.textContent.includes('fixed text')`)
}

// TestWarningsInBrowser: the build's warnings are listed, folded, at the
// foot of every page (text, not markup); dismissed, they stay away for
// that list, and come back when it changes; fixed, they go.
func TestWarningsInBrowser(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first text WARN</p>"})
	site.base = "/repo/"
	url, _ := start(t, site.options())
	ctx := browsertest.Start(t)
	eval, waitFor := inTab(t, ctx)
	const panel = `document.querySelector('#paperboy-overlay-warnings')`
	load := func() {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(url+"/repo/a/")); err != nil {
			t.Fatal(err)
		}
		waitFor("the page", `document.body.textContent.includes('text')`)
	}
	load()
	waitFor("the warnings", panel+` !== null`)
	if got, want := eval(panel+`.querySelector('summary').textContent + ' / ' + `+panel+`.querySelector('li').textContent + ' / ' + `+panel+`.getAttribute('role')`),
		"paperboy: 1 warning (the site builds, and is published as it is) / content/a.md: WARN is read, but not published / status"; got != want {
		t.Errorf("panel = %q, want %q", got, want)
	}
	eval(panel + `.querySelector('button').click(); 'ok'`)
	load()
	time.Sleep(300 * time.Millisecond)
	if got := eval(`String(` + panel + `)`); got != "null" {
		t.Errorf("dismissed warnings shown again: %s", got)
	}
	site.write(t, "content/b.md", "<p>second WARN</p>")
	waitFor("the reload", `document.body.textContent.includes('first text')`)
	load()
	waitFor("the new list of warnings", panel+` !== null && `+panel+`.querySelectorAll('li').length === 2`)
	site.write(t, "content/a.md", "<p>first text</p>")
	site.write(t, "content/b.md", "<p>second</p>")
	time.Sleep(300 * time.Millisecond)
	load()
	time.Sleep(300 * time.Millisecond)
	if got := eval(`String(` + panel + `)`); got != "null" {
		t.Errorf("warnings shown after they are fixed: %s", got)
	}
}

// inTab returns functions that evaluate a JavaScript expression in the
// tab ctx, and that wait for a condition to hold in it, across page
// loads (which end a chromedp.Poll), failing the test after 3×wait.
func inTab(t *testing.T, ctx context.Context) (eval func(expr string) string, waitFor func(what, cond string)) {
	eval = func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	waitFor = func(what, cond string) {
		t.Helper()
		var last error
		for deadline := time.Now().Add(3 * wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
			if err == nil && ok {
				return
			}
			last = err
		}
		t.Fatalf("waiting for %s (%s): last error %v", what, cond, last)
	}
	return eval, waitFor
}
