package generator

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestEarlyTypingKeptInBrowser: on a slow network a reader types into the
// search page's box before search.js has come; the script, when it runs,
// keeps what was typed and searches it as typed (its URL says so), where
// it set the box to the URL's empty query and erased it.
func TestEarlyTypingKeptInBrowser(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	ctx, base := sampleInBrowserVia(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/search.js") {
				select {
				case <-release:
				case <-time.After(20 * time.Second):
				}
			}
			h.ServeHTTP(w, r)
		})
	})
	// Navigate without waiting for the load, which waits for the script.
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, cdppage.Navigate, cdppage.NavigateParams{URL: base + "search/"})
		return err
	}), chromedp.WaitVisible("#search-q"), chromedp.SendKeys("#search-q", "diffusion"))
	close(release)
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("#search-results li a") !== null`, chromedp.WithPollingTimeout(10*time.Second)))
	got := run(t, ctx, chromedp.Evaluate[string](`document.getElementById("search-q").value + " | " + location.search + " | " +
		document.getElementById("search-status").textContent.replace(/^\d+\s/, "N ")`))
	if want := "diffusion | ?q=diffusion&prefix=1 | N results for “diffusion”."; got != want {
		t.Errorf("typed before search.js came: box, URL and status %q, want %q", got, want)
	}
}

// TestDateFilterSettlesInBrowser types a date into the search page's From
// field digit by digit: the status line is announced for the date typed,
// not for each year on the way to it (0002, 0020, 0202), which searched
// and said "28 results for “model” from May 30, 2.".
func TestDateFilterSettlesInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"search/?q=model"), chromedp.WaitVisible("#search-results li a"),
		chromedp.Evaluate[chromedp.Void](`window.said = [];
			new MutationObserver(() => { const t = document.getElementById("search-status").textContent.trim(); if (t) said.push(t); })
				.observe(document.getElementById("search-status"), {childList: true, characterData: true, subtree: true}); 0`),
		chromedp.Focus("#search-from"))
	for _, k := range "05302024" {
		do(t, ctx, chromedp.KeyEvent(string(k)), chromedp.Sleep(250*time.Millisecond))
	}
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`said.some(t => t.includes("2024"))`, chromedp.WithPollingTimeout(5*time.Second)))
	said := run(t, ctx, chromedp.Evaluate[[]string](`said`))
	if len(said) != 1 || !strings.Contains(said[0], "from May 30, 2024.") {
		t.Errorf("typing a date announced %q, want one status, for May 30, 2024", said)
	}
}

// TestSearchHistoryInBrowser: each search a reader sees settle or submits
// is a step Back returns to, a filter changed too, where the URL typing
// replaced made Enter's push a no-op and Back left the search page.
func TestSearchHistoryInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	const look = `location.search + " | " + document.getElementById("search-q").value + " | " +
		document.getElementById("search-topic").value + " | " + document.getElementById("search-status").textContent.replace(/^\d+\s/, "N ")`
	wait := func(what, cond string) {
		t.Helper()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			t.Fatalf("waiting for %s: %v; page %q", what, err, run(t, ctx, chromedp.Evaluate[string](look)))
		}
	}
	// settled: the status line is said (once typing pauses), the results seen.
	settled := func(text string) string {
		return `document.getElementById("search-status").textContent.includes("` + text + `")`
	}
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"), chromedp.SendKeys("#search-q", "diffusion"))
	wait("diffusion typed", settled("for “diffusion”"))
	do(t, ctx, chromedp.KeyEvent("\r"))
	wait("diffusion submitted", `location.search === "?q=diffusion"`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.getElementById("search-q").value = ""`), chromedp.SendKeys("#search-q", "attention"))
	wait("attention typed", settled("for “attention”"))
	do(t, ctx, chromedp.KeyEvent("\r"))
	wait("attention submitted", `location.search === "?q=attention"`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById("search-topic");
		s.value = "transformers"; s.dispatchEvent(new Event("change")); })()`))
	wait("topic chosen", `location.search === "?q=attention&topic=transformers" && `+settled("in Transformers"))

	for _, want := range []string{
		"?q=attention | attention |  | N results for “attention”.",
		"?q=diffusion | diffusion |  | N results for “diffusion”.",
	} {
		do(t, ctx, chromedp.NavigateBack())
		wait("Back to "+want, look+` === "`+want+`"`)
	}
}

// TestTypedSearchURLInBrowser: the URL of a search being typed, shared or
// reloaded, shows the results the reader saw, its last word a prefix
// ("reason" finds "reasoning"), where it searched the word as submitted.
func TestTypedSearchURLInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	const look = `location.search + " | " + document.getElementById("search-status").textContent`
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"), chromedp.SendKeys("#search-q", "reason"))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("search-status").textContent !== ""`, chromedp.WithPollingTimeout(10*time.Second)))
	typed := run(t, ctx, chromedp.Evaluate[string](look))
	do(t, ctx, chromedp.Navigate(base+"search/"+run(t, ctx, chromedp.Evaluate[string](`location.search`))), chromedp.WaitVisible("#search-results li a"))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("search-status").textContent !== ""`, chromedp.WithPollingTimeout(10*time.Second)))
	if opened := run(t, ctx, chromedp.Evaluate[string](look)); opened != typed || !strings.HasPrefix(typed, "?q=reason&prefix=1 | 2\u00a0results") {
		t.Errorf("typed, the page and its URL were %q; opened, %q; want both ?q=reason&prefix=1 and the 2 results of reason…", typed, opened)
	}
	// Submitted, the word is taken as typed, and its URL says so.
	do(t, ctx, chromedp.Focus("#search-q"), chromedp.KeyEvent("\r"))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`location.search === "?q=reason" && document.getElementById("search-status").textContent !== ""`, chromedp.WithPollingTimeout(10*time.Second)))
	if got := run(t, ctx, chromedp.Evaluate[string](look)); got != "?q=reason | 1\u00a0result for “reason”." {
		t.Errorf("submitted: %q, want ?q=reason and its 1 result", got)
	}
}

// TestIgnoredFiltersInBrowser: a shared link's filters the page cannot
// use (a topic the site has not, a date that is none) are said to be
// ignored, where the page showed every match as an unfiltered search.
func TestIgnoredFiltersInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, tt := range []struct{ query, want string }{
		{"q=attention&topic=renamed-topic&from=2024-13-01", "The link’s filters \u2068topic=renamed-topic\u2069, \u2068from=2024-13-01\u2069 cannot be used here and are ignored."},
		{"to=2024-02-30", "The link’s filter \u2068to=2024-02-30\u2069 cannot be used here and is ignored."},
		{"q=attention&topic=transformers&from=2017-01-01", ""},
	} {
		do(t, ctx, chromedp.Navigate(base+"search/?"+tt.query), chromedp.WaitVisible("#search-q"))
		_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("search-status").textContent !== ""`, chromedp.WithPollingTimeout(10*time.Second)))
		got := run(t, ctx, chromedp.Evaluate[string](`(document.querySelector("#search-status .search-ignored") || {}).textContent || ""`))
		if got != tt.want {
			t.Errorf("?%s: note %q, want %q", tt.query, got, tt.want)
		}
	}
}
