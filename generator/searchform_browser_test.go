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
// keeps what was typed and searches it, where it set the box to the URL's
// empty query and erased it.
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
	if want := "diffusion | ?q=diffusion | N results for “diffusion”."; got != want {
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
