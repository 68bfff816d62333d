package browsertest

import (
	"context"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/systeminfo"
	"github.com/chromedp/chromedp"
)

// TestStartTriesAgain: a launch that fails before the browser listens is
// tried again. The chromium found first on PATH fails its first launch, as
// a launch on a loaded machine now and then does, and runs the real one
// after that.
func TestStartTriesAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	bin := t.TempDir()
	failed := filepath.Join(bin, "failed")
	script := "#!/bin/sh\nif [ ! -e '" + failed + "' ]; then : > '" + failed + "'; echo 'no launch this time' >&2; exit 1; fi\nexec '" + chromium + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "chromium"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ctx := Start(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,<title>up</title>")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.title`))
	if err != nil {
		t.Fatal(err)
	}
	if title != "up" {
		t.Errorf("title %q, want up", title)
	}
	if _, err := os.Stat(failed); err != nil {
		t.Errorf("the first launch was not the failing one: %v", err)
	}
}

// TestTabsShareNothing: two tabs of one browser, as tests that share it
// get, see nothing of each other: the first's local storage, default font
// size and emulated viewport are not the second's, on the same origin.
// And both, open at once, act as the focused window a reader types in, so
// that tests of focus and keys can share the browser and run in parallel:
// the page has focus, Tab moves focus from field to field, the focused
// field matches :focus-visible and typing goes into it.
func TestTabsShareNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	exe := chromium()
	if exe == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	b, err := launch(t.Logf, exe, window{640, 480})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.stop(t.Logf) })
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<!doctype html><title>tab</title><p>text</p>")
	}))
	t.Cleanup(srv.Close)
	const state = `[localStorage.getItem("left") || "", getComputedStyle(document.querySelector("p")).fontSize, String(innerWidth)]`
	var got [2][]string
	for i := range got {
		ctx := b.tab(t, time.Minute)
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL)); err != nil {
			t.Fatal(err)
		}
		if got[i], err = chromedp.Run(ctx, chromedp.Evaluate[[]string](state)); err != nil {
			t.Fatal(err)
		}
		err := chromedp.Do(ctx, chromedp.EmulateViewport(333, 444),
			chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
				_, err := chromedp.Call(ctx, page.SetFontSizes, page.SetFontSizesParams{FontSizes: &page.FontSizes{Standard: 32, Fixed: 26}})
				return err
			}),
			chromedp.Evaluate[chromedp.Void](`localStorage.setItem("left", "behind"); 0`))
		if err != nil {
			t.Fatal(err)
		}
	}
	if want := []string{"", "16px", "640"}; !slices.Equal(got[1], want) || !slices.Equal(got[0], want) {
		t.Errorf("the first tab found %q, the second %q; want both %q", got[0], got[1], want)
	}

	const form = `data:text/html,<!doctype html><title>tab</title><input id=a><input id=b>`
	const focus = `[String(document.hasFocus()), document.activeElement.id, String(document.activeElement.matches(":focus-visible")), document.activeElement.value].join(" ")`
	tabs := []context.Context{b.tab(t, time.Minute), b.tab(t, time.Minute)}
	for _, ctx := range tabs {
		if err := chromedp.Do(ctx, chromedp.Navigate(form), chromedp.Focus("#a")); err != nil {
			t.Fatal(err)
		}
	}
	for i, ctx := range tabs {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("\t"), chromedp.KeyEvent("x")); err != nil {
			t.Fatal(err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[string](focus))
		if err != nil {
			t.Fatal(err)
		}
		if want := "true b true x"; got != want {
			t.Errorf("tab %d of two open: has focus, focused field, :focus-visible, its value = %q, want %q", i+1, got, want)
		}
	}
}

// TestTimeout: a tab's deadline is as far away as Timeout says, where it
// is 90 seconds without it.
func TestTimeout(t *testing.T) {
	ctx := Start(t, Timeout(5*time.Minute))
	deadline, ok := ctx.Deadline()
	if left := time.Until(deadline); !ok || left <= 4*time.Minute || left > 5*time.Minute {
		t.Errorf("the tab's deadline is %v away (set: %v), want 5m", left.Round(time.Second), ok)
	}
}

// TestNavigationsKeepTheirRenderer: a tab that goes from page to page of
// one site, as browser tests do, runs in two renderer processes at most
// (the blank tab's and the site's). With Chromium's spare renderers and
// its swaps of renderer on a navigation (see disabledFeatures), the
// generator package's tests started one every two pages or so, and this
// test saw three; with Chromium 156's windows' omnibox popups, four.
func TestNavigationsKeepTheirRenderer(t *testing.T) {
	ctx := Start(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "<!doctype html><title>page</title><a href=/next>next</a>")
	}))
	t.Cleanup(srv.Close)
	seen := map[int64]bool{}
	for i := range 8 {
		if err := chromedp.Do(ctx, chromedp.Navigate(fmt.Sprintf("%s/%d", srv.URL, i)), chromedp.WaitReady("a")); err != nil {
			t.Fatal(err)
		}
		info, err := cdp.Call(ctx, chromedp.FromContext(ctx).Browser, systeminfo.GetProcessInfo, cdp.Empty{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range info.ProcessInfo {
			if p.Type == "renderer" {
				seen[p.ID] = true
			}
		}
	}
	if len(seen) > 2 {
		// What else the browser runs names the feature to turn off: the
		// omnibox popups of Chromium 156 were "browser_ui
		// chrome://omnibox-popup.top-chrome/".
		var targets []string
		if infos, err := chromedp.Targets(ctx); err == nil {
			for _, ti := range infos {
				targets = append(targets, ti.Type+" "+ti.URL)
			}
		}
		t.Errorf("8 pages of one site in a tab ran in renderer processes %v, want 2 at most (the blank tab's and the site's); the browser's targets: %q", slices.Sorted(maps.Keys(seen)), targets)
	}
}

// TestSplitNames: SplitNames measures a name's room as the paragraph sets
// it, its elements' styles too, not as its bare text: a name that its
// element sets wider than its text (letter-spacing here, a comma kerned
// apart from a <bdi>'s last letter in Liberation Sans) wraps in its
// inline block only where the line has no room for it, which is no split;
// the same name out of an inline block, whose words part where the line
// has room for them, is.
func TestSplitNames(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	ctx := Start(t)
	for _, tt := range []struct {
		name, html, want string
	}{
		{"inline block", `By <span style="display:inline-block"><bdi style="letter-spacing:6px">Luke Zettlemoyer</bdi>,</span> and others.`, ""},
		{"inline", `By <span><bdi style="letter-spacing:6px">Luke Zettlemoyer</bdi>,</span> and others.`, `"Luke Zettlemoyer" on two lines in a line of `},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := filepath.Join(t.TempDir(), "names.html")
			html := `<!doctype html><meta charset="utf-8"><body style="margin:0;font:16px sans-serif"><p style="width:400px">` + tt.html + `</p>`
			if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := chromedp.Do(ctx, chromedp.Navigate("file://"+page)); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](SplitNames("p bdi")))
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want)) {
				t.Errorf("SplitNames(%q) = %q, want %q", tt.html, got, tt.want)
			}
		})
	}
}
