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
