package generator

import (
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestMathAlignsInBrowser: the columns of an aligned, a cases and an
// array line up as LaTeX sets them, in Chromium, whose MathML Core has
// no columnalign and centred every cell: an aligned's = signs one under
// the other, a cases' values and an {r} column's ends.
func TestMathAlignsInBrowser(t *testing.T) {
	ctx := browsertest.Start(t, chromedp.WindowSize(1000, 800))
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+
		"$$\n\\begin{aligned} \\log p(x) &\\geq \\mathbb{E}[\\log p(x|z)] - D \\\\ L &= \\text{ELBO} \\end{aligned}\n$$\n\n"+
		"$$\n\\begin{cases} 1 & x > 0 \\\\ -100 & \\text{otherwise} \\end{cases}\n$$\n\n"+
		"$$\n\\begin{array}{r} 1 \\\\ 1000 \\end{array}\n$$\n")
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/")+"papers/2401.00001/"), chromedp.WaitReady("mtable"))
	// The left or right edge of the first child of each cell of column
	// col, one per row, of the table'th table of the page.
	edges := func(table, col int, side string) []float64 {
		return run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("mtable")[`+strconv.Itoa(table)+`].querySelectorAll(":scope > mtr > mtd:nth-child(`+strconv.Itoa(col)+`)")].map(td => td.firstElementChild.getBoundingClientRect().`+side+`)`))
	}
	for _, c := range []struct {
		name       string
		table, col int
		side       string
	}{
		{"the aligned's = and ≥", 0, 2, "left"},
		{"the aligned's left-hand sides", 0, 1, "right"},
		{"the cases' values", 1, 1, "left"},
		{"the array's {r} column", 2, 1, "right"},
	} {
		got := edges(c.table, c.col, c.side)
		if len(got) != 2 || got[0] != got[1] {
			t.Errorf("%s have their %s edges at %v, want them at one", c.name, c.side, got)
		}
	}
}
