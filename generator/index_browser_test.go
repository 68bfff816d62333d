package generator

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestIndexNamesWrapUnderThemselvesInBrowser: on a 320 px phone, an
// organization's name too long for one line (Hugging Face's full names:
// "Max Planck Institute for Intelligent Systems, …") goes on under itself,
// indented, so the index's entries still start at its edge only, where
// the wrapped words and the count "(1)" started a line of their own as
// if they were the next organization; the authors index is the same list.
func TestIndexNamesWrapUnderThemselvesInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 700))
	for _, page := range []string{"organizations/", "authors/"} {
		do(t, ctx, chromedp.Navigate(base+page))
		// The index's first name, made as long as a real one, and where
		// its first line and its last start.
		indent := run(t, ctx, chromedp.Evaluate[float64](`(() => {
			const a = document.querySelector(".author-index li a");
			a.textContent = "Max Planck Institute for Intelligent Systems, Perceiving Systems Department, Tübingen";
			const r = a.getClientRects();
			return r.length > 1 ? r[r.length - 1].left - r[0].left : -1;
		})()`))
		switch {
		case indent < 0:
			t.Errorf("%s: the long name fits one line at 320 px; the test needs it to wrap", page)
		case indent < 8:
			t.Errorf("%s: a wrapped name's next line starts %.0f px in from its first, want it indented (1.5em)", page, indent)
		}
	}
}
