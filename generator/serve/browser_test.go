package serve

import (
	"context"
	"errors"
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

	eval := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	// waitFor polls cond, also across page loads, which end a
	// chromedp.Poll.
	waitFor := func(what, cond string) {
		t.Helper()
		var last error
		for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
			if err == nil && ok {
				return
			}
			last = err
		}
		t.Fatalf("waiting for %s (%s): last error %v", what, cond, last)
	}
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
