package generator

import (
	"slices"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// printedPaperSite has a paper whose notes hold a results table of eight
// columns and link another paper of the digest and a page elsewhere.
const printedPaperSite = smallSite + `-- content/papers/2405.77777.md --
---
title: "A paper with a results table"
arxiv: "2405.77777"
authors: ["Ada Lovelace"]
date: 2024-05-31
---
Abstract.

## Notes

This builds on [the follow-up](2405.00001.md) and [our wiki](https://wiki.example.org/denoising).

| Model | Dataset | Accuracy | F1 | Precision | Recall | Latency | Params |
|---|---|---|---|---|---|---|---|
| BaselineModel | SQuAD-v2 | 0.912 | 0.88 | 0.90 | 0.86 | 123 | 7B |
`

// TestPrintedPaperPageInBrowser looks at a paper page as it prints on A4:
// its table's headings print whole words, where fixed, equal columns cut
// "Accuracy" after "Accurac"; a note's link to another paper of the digest
// prints that paper's whole address, as a link elsewhere does, where it
// printed its words alone; and the page names its own permanent address,
// which a printout is cited and found by, and which the screen does not
// show (nor a screen reader read: it is display: none there).
func TestPrintedPaperPageInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t)
	page := serveBuilt(t, mustBuild(t, printedPaperSite), "/repo/") + "papers/2405.77777/"
	do(t, ctx, chromedp.Navigate(page), chromedp.WaitReady("footer"))
	if shown := run(t, ctx, chromedp.Evaluate[bool](`document.querySelector(".print-address").checkVisibility()`)); shown {
		t.Errorf("on screen, the page's own address is shown; want it on paper only")
	}
	// As in a real printout, scroll.js measures the table at beforeprint: without it, a table too
	// wide for the page at the print size breaks its cells' words (TestPrintWideTableFitsInBrowser).
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.dispatchEvent(new Event("beforeprint")); 0`))
	emulatePrint(t, ctx)
	do(t, ctx, chromedp.EmulateViewport(680, 1000)) // A4 less the 1.5 cm margins, in CSS px
	// Each heading's lines: more than one for a single word is a word cut.
	cut := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".prose th")].filter(th => {
		const r = document.createRange(); r.selectNodeContents(th);
		return new Set([...r.getClientRects()].map(q => Math.round(q.top))).size > 1;
	}).map(th => th.textContent)`))
	if len(cut) > 0 {
		t.Errorf("printed, table headings broken across lines: %q, want each word whole", cut)
	}
	after := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(`+"`"+sel+"`"+`), "::after").content`))
	}
	for _, c := range []struct{ sel, want string }{
		{`.prose a[href="/repo/papers/2405.00001/"]`, `" <https://example.org/repo/papers/2405.00001/>"`},
		{`.prose a[href="https://wiki.example.org/denoising"]`, `" <https://wiki.example.org/denoising>"`},
	} {
		if got := after(c.sel); got != c.want {
			t.Errorf("printed, %s::after = %s, want %s", c.sel, got, c.want)
		}
	}
	got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".print-address")].filter(p => p.checkVisibility()).map(p => p.textContent)`))
	if want := []string{"https://example.org/repo/papers/2405.77777/"}; !slices.Equal(got, want) {
		t.Errorf("printed, the page's own address shows as %q, want %q", got, want)
	}
}

// printedWideTableSite has a paper whose notes hold a results table of
// fourteen columns of numbers, twice as wide as an A4 page at the print
// size of a table's text, and one of nine, which fits at a smaller size.
const printedWideTableSite = smallSite + `-- content/papers/2405.77778.md --
---
title: "A paper with wide results tables"
arxiv: "2405.77778"
authors: ["Ada Lovelace"]
date: 2024-05-31
---
Abstract.

## Notes

| Model | MMLU | GSM8K | MATH | HumanEval | MBPP | ARC-C | HellaSwag | WinoGrande | TruthfulQA | BBH | DROP | Avg. | Params |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| Ours-7B | 64.2±0.3 | 52.1±0.4 | 18.3±0.2 | 35.4±0.6 | 41.0±0.5 | 61.7±0.2 | 82.3±0.1 | 77.9±0.3 | 44.1±0.4 | 47.5±0.3 | 55.2±0.4 | 52.7±0.1 | 7.2B |

| Model | MMLU | GSM8K | MATH | HumanEval | MBPP | ARC-C | Avg. | Params |
|---|---|---|---|---|---|---|---|---|
| Ours-7B | 64.2±0.3 | 52.1±0.4 | 18.3±0.2 | 35.4±0.6 | 41.0±0.5 | 61.7±0.2 | 52.7±0.1 | 7.2B |
`

// TestPrintWideTableFitsInBrowser prints a paper page whose tables are
// wider than an A4 page's column: every column prints, where the print
// stylesheet cut the columns past the page's edge without a sign (of 14,
// "BBH" to "Params"). With scroll.js (beforeprint) the nine-column table
// is set smaller, its words whole; the fourteen-column one, too wide
// even at the smallest size kept readable, breaks words in its cells.
// Without scroll.js, the cells' words break to fit.
func TestPrintWideTableFitsInBrowser(t *testing.T) {
	t.Parallel()
	page := serveBuilt(t, mustBuild(t, printedWideTableSite), "/repo/") + "papers/2405.77778/"
	const printed = `[...document.querySelectorAll(".table-scroll")].map(d => {
		const t = d.firstElementChild, size = parseFloat(getComputedStyle(t).fontSize) / parseFloat(getComputedStyle(d).fontSize);
		const cut = [...t.querySelectorAll("th")].filter(th => {
			const r = document.createRange(); r.selectNodeContents(th);
			return new Set([...r.getClientRects()].map(q => Math.round(q.top))).size > 1;
		}).length;
		if (t.getBoundingClientRect().right > d.getBoundingClientRect().right + 1) return "cut: " + Math.round(t.getBoundingClientRect().width) + " px in " + d.clientWidth;
		return (size < 0.59 ? "too small " : "") + (cut ? "words broken" : "words whole");
	})`
	for _, tt := range []struct {
		name        string
		beforeprint bool
		want        []string
	}{
		{"with scroll.js", true, []string{"words broken", "words whole"}},
		{"without scroll.js", false, []string{"words broken", "words broken"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ctx := browsertest.Start(t)
			do(t, ctx, chromedp.Navigate(page), chromedp.WaitReady("footer"))
			if tt.beforeprint {
				do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.dispatchEvent(new Event("beforeprint")); 0`))
			}
			emulatePrint(t, ctx)
			do(t, ctx, chromedp.EmulateViewport(680, 1000)) // A4 less the 1.5 cm margins, in CSS px
			if got := run(t, ctx, chromedp.Evaluate[[]string](printed)); !slices.Equal(got, tt.want) {
				t.Errorf("printed on A4, the tables: %q, want %q", got, tt.want)
			}
		})
	}
}
