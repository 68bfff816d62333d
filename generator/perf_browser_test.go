package generator

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// layoutShifts lists the page's layout shifts not caused by the reader's
// own input (what Core Web Vitals' CLS sums), each as "score node".
const layoutShifts = `(since => new Promise(done => {
	const out = [];
	new PerformanceObserver(list => {
		for (const e of list.getEntries()) {
			if (e.hadRecentInput || e.startTime < since) continue;
			const nodes = e.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?");
			out.push(e.value.toFixed(4) + " " + nodes.join(","));
		}
	}).observe({type: "layout-shift", buffered: true});
	setTimeout(() => done(out.join("\n")), 100);
}))`

// layoutShiftsSince is layoutShifts from the page's time the JavaScript
// expression since gives on, and layoutShiftsAll from its start.
func layoutShiftsSince(since string) string { return layoutShifts + "(" + since + ")" }

var layoutShiftsAll = layoutShiftsSince("0")

// TestSharedSearchLinkHoldsStillInBrowser opens a shared search link
// (search/?q=…) on a phone: the results come after the script has fetched
// the index, and they used to push the footer, in sight below the empty
// list, down the screen (a layout shift of 0.25, "poor" in Core Web Vitals).
func TestSharedSearchLinkHoldsStillInBrowser(t *testing.T) {
	// The index comes a moment after the page, as on a phone's network,
	// so the results come after the page's first paint.
	ctx, base := sampleInBrowserVia(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, ".json") {
				time.Sleep(300 * time.Millisecond)
			}
			h.ServeHTTP(w, r)
		})
	})
	do(t, ctx, chromedp.EmulateViewport(412, 823, chromedp.EmulateMobile),
		chromedp.Navigate(base+"search/?q=diffusion"), chromedp.WaitVisible("#search-results li a"))
	if shifts := run(t, ctx, chromedp.Evaluate[string](layoutShiftsAll, chromedp.EvalAwaitPromise)); shifts != "" {
		t.Errorf("the page moved while a shared search link loaded its results:\n%s", shifts)
	}
}

// TestSearchBusyBarMovesNothingInBrowser: the bar that moves under the
// search's status line while a search loads (seconds on a phone's
// network) slides by transform, which the compositor draws, rather than by
// its offset, which made the browser lay the page out again on every frame
// (each frame a layout shift of the bar).
func TestSearchBusyBarMovesNothingInBrowser(t *testing.T) {
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"),
		chromedp.Evaluate[chromedp.Void](`window.busyAt = performance.now(); document.getElementById("search-results").setAttribute("aria-busy", "true"); 0`),
		chromedp.Sleep(600*time.Millisecond))
	moved := run(t, ctx, chromedp.Evaluate[string](`(() => {
		const a = getComputedStyle(document.getElementById("search-status"), "::after");
		return a.animationName + " " + a.transform;
	})()`))
	if strings.HasSuffix(moved, " none") {
		t.Errorf("busy bar: animation and transform %q, want the bar moved by its transform", moved)
	}
	// Only the shifts since: a loaded machine has shown one of the page's
	// own loading (0.0001, a button) before the bar started.
	if shifts := run(t, ctx, chromedp.Evaluate[string](layoutShiftsSince("window.busyAt"), chromedp.EvalAwaitPromise)); shifts != "" {
		t.Errorf("the busy bar's animation laid the page out again on its frames:\n%s", shifts)
	}
}

// TestSearchIndexPreloadedInBrowser: the search page asks for the index's
// meta.json as it is read (a preload in its head), not only once search.js
// has come and run, which on a phone's network held up the first results
// (and the "Type to search 33 papers" prompt) by a round trip or two; and
// the script takes that download rather than fetching the file again.
func TestSearchIndexPreloadedInBrowser(t *testing.T) {
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"))
	run(t, ctx, chromedp.Poll[bool](`document.getElementById("search-status").textContent !== ""`, chromedp.WithPollingTimeout(10*time.Second)))
	got := run(t, ctx, chromedp.Evaluate[string](`performance.getEntriesByType("resource")
		.filter(e => e.name.endsWith("/search/meta.json")).map(e => e.initiatorType).join(" ")`))
	if got != "link" {
		t.Errorf("meta.json was fetched by %q, want once, by the page's preload link", got)
	}
}
