package generator

import (
	"bytes"
	"image/png"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestMathXHeightInBrowser: an x in a formula is as tall as an x of the
// text around it, where the math font's smaller x-height (Latin Modern
// Math's 0.43 of its size beside DejaVu Sans's 0.55 in Chromium on Linux)
// made every formula look a size too small. The x's are drawn 96 px tall
// in the abstract's paragraph, and their ink measured in a screenshot.
func TestMathXHeightInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1280, 900))
	out := mustBuild(t, smallSite)
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00001/"), chromedp.WaitReady("main math"), withoutThemeColor,
		chromedp.Evaluate[chromedp.Void](`(() => {
			const holder = document.querySelector("main math").parentElement;
			holder.style.fontSize = "96px";
			holder.insertAdjacentHTML("afterbegin", '<span id="body-x">x</span> <math id="math-x"><mi>x</mi></math> ' +
				'<span class="nowrap"><math id="nowrap-x"><mi>x</mi></math>.</span> ');
		})()`))
	text := inkHeight(t, run(t, ctx, chromedp.Screenshot("#body-x")))
	if text == 0 {
		t.Fatal("the text's x left no ink in the screenshot")
	}
	// A formula right in the paragraph, and one kept on a line with the
	// punctuation after it (the renderer's span.nowrap) in a paragraph
	// that holds the other.
	for _, id := range []string{"math-x", "nowrap-x"} {
		math := inkHeight(t, run(t, ctx, chromedp.Screenshot("#"+id)))
		if r := float64(math) / float64(text); r < 0.95 || r > 1.05 {
			t.Errorf("#%s: an x in a formula is %d px tall beside the text's %d px (%.2f of it), want the same height", id, math, text, r)
		}
	}
}

// inkHeight returns the number of rows of the PNG shot with a pixel far
// from the colour of its top left corner, the background.
func inkHeight(t *testing.T, shot []byte) int {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(shot))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	rows := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); far(r, br)+far(g, bg)+far(b, bb) > 3*0x8000 {
				rows++
				break
			}
		}
	}
	return rows
}

// far returns how far apart two colour channels are.
func far(a, b uint32) uint32 { return max(a, b) - min(a, b) }
