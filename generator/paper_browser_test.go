package generator

import (
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestDOIStaysWithItsLabelInBrowser: below a paper's BibTeX, "DOI" and the
// DOI it names stay on one line at any width, where on a phone the line
// broke between them and the label ended one line, its number starting
// the next.
func TestDOIStaysWithItsLabelInBrowser(t *testing.T) {
	ctx := browsertest.Start(t, chromedp.WindowSize(390, 844))
	out := mustBuild(t, smallSite+`-- content/papers/2405.00010.md --
---
title: "A paper with a DOI"
arxiv: "2405.00010"
authors: ["Ada Lovelace"]
date: 2024-05-31
doi: "10.1109/CVPR.2016.90"
---
Abstract.
`)
	do(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00010/"), chromedp.WaitReady("footer"))
	// The widths (px) of the line of links at which the label's line is
	// not its number's, narrowing the line a pixel at a time.
	got := run(t, ctx, chromedp.Evaluate[[]int](`(() => {
		const p = document.querySelector(".cite-actions"), link = p.querySelector("a[href*='doi.org']");
		const label = [...p.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.data.includes("DOI"));
		const r = document.createRange(); r.setStart(label, label.data.indexOf("DOI")); r.setEnd(label, label.data.indexOf("DOI") + 3);
		const split = [];
		for (let w = 480; w >= 160; w--) {
			p.style.width = w + "px";
			if (Math.abs(r.getBoundingClientRect().top - link.getClientRects()[0].top) > 2) split.push(w);
		}
		return split;
	})()`))
	if len(got) > 0 {
		t.Errorf("the DOI's label and number on two lines at %d widths of the line, %d px the widest, want them on one at every width", len(got), got[0])
	}
}
