package generator

import (
	"bytes"
	"context"
	"fmt"
	"image/color"
	"image/png"
	"math"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// largeText doubles the root font size, as a browser's text-only zoom does
// (WCAG 1.4.4's 200%); the theme sizes everything in rem, so all of it grows.
const largeText = `document.documentElement.style.fontSize = "200%"; 0`

// overflowing lists what sticks out past the viewport's sides, where only
// code, formulas and tables may scroll (WCAG 1.4.10), and what cuts off its
// own content (overflow not visible, the content larger than its box):
// nothing when the page reflows.
const overflowing = `(() => {
	const w = document.documentElement.clientWidth, out = [];
	if (document.documentElement.scrollWidth > w) out.push("the page is " + document.documentElement.scrollWidth + " px wide");
	for (const el of document.querySelectorAll("body *")) {
		if (el.closest("pre, math, .math-display, .table-scroll, .visually-hidden, .skip-link, svg")) continue;
		const r = el.getBoundingClientRect(), s = getComputedStyle(el), what = el.tagName.toLowerCase() + "." + el.className;
		if (r.width && (r.right > w + 0.5 || r.left < -0.5)) out.push(what + " " + Math.round(r.left) + ".." + Math.round(r.right) + " px: " + el.textContent.trim().slice(0, 40));
		if ((s.overflowX !== "visible" || s.overflowY !== "visible") && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
			out.push(what + " shows " + el.clientWidth + "×" + el.clientHeight + " px of " + el.scrollWidth + "×" + el.scrollHeight + ": " + el.textContent.trim().slice(0, 40));
	}
	return out.slice(0, 5).join("\n");
})()`

// TestLargeTextReflowsInBrowser reads the sample site at 200% text on a
// 320 px wide screen: nothing but code, math and tables is wider than the
// screen (a paper's next-paper link ran 20 px off it), and the skip link is
// out of sight until it has focus (its second line and border showed over
// the site's title), then in sight with its focus ring (which ran off the
// screen's edge, the link as wide as the screen let it be), and it moves
// focus to the main content.
func TestLargeTextReflowsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 700))
	for _, page := range []string{"", "days/2024-06-04/", "papers/1706.03762/", "papers/2006.11239/", "papers/openai-2024-hello-gpt-4o/", "topics/agents/",
		"authors/", "organizations/", "organizations/facebook/", "archive/", "weeks/2024-W23/", "search/?q=diffusion", "search/?q=atention", "subscribe/", "feeds/", "404.html"} {
		do(t, ctx, chromedp.Navigate(base+page), chromedp.Evaluate[chromedp.Void](largeText))
		if out := run(t, ctx, chromedp.Evaluate[string](overflowing)); out != "" {
			t.Errorf("%s at 200%% text, 320 px wide, sticks out or cuts off:\n%s", page, out)
		}
		if bottom := run(t, ctx, chromedp.Evaluate[float64](`document.querySelector(".skip-link").getBoundingClientRect().bottom`)); bottom > 0 {
			t.Errorf("%s at 200%% text: the unfocused skip link shows its top %.0f px", page, bottom)
		}
	}
	do(t, ctx, chromedp.KeyEvent("\t"))
	// The link and its focus ring, which stands outside its border.
	if got := run(t, ctx, chromedp.Evaluate[string](`(() => { const a = document.activeElement, r = a.getBoundingClientRect(), s = getComputedStyle(a);
		const ring = parseFloat(s.outlineWidth) + parseFloat(s.outlineOffset);
		return a.className + (r.top - ring >= 0 && r.bottom + ring <= innerHeight && r.left - ring >= 0 && r.right + ring <= document.documentElement.clientWidth ? " in sight" : " out of sight: " + Math.round(r.left - ring) + ".." + Math.round(r.right + ring) + " px") })()`)); got != "skip-link in sight" {
		t.Errorf("after the first Tab: %q, want the skip link and its focus ring, in sight", got)
	}
	do(t, ctx, chromedp.KeyEvent("\r"))
	if got := run(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)); got != "main" {
		t.Errorf("the skip link moved focus to %q, want main", got)
	}
}

// TestSkipLinkOutOfSightInBrowser: the unfocused skip link leaves no
// trace at the top of the page, where a link moved up by its own height
// (translateY(-100%)) left a row of its border's orange on every page of a
// phone, its height not a whole number of pixels.
func TestSkipLinkOutOfSightInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, width := range []int64{390, 1280} {
		do(t, ctx, chromedp.EmulateViewport(width, 200), chromedp.Navigate(base+"papers/1706.03762/"))
		shot, err := png.Decode(bytes.NewReader(run(t, ctx, chromedp.CaptureScreenshot())))
		if err != nil {
			t.Fatal(err)
		}
		edge := shot.At(0, 0)
		for x := range shot.Bounds().Dx() {
			if c := shot.At(x, 0); c != edge {
				r, g, b, _ := c.RGBA()
				t.Errorf("%d px wide: the top row of the page is not its background at x = %d (rgb %d, %d, %d): the skip link shows", width, x, r>>8, g>>8, b>>8)
				break
			}
		}
	}
}

// TestDateFieldFocusRingInBrowser tabs onto the search page's date field's
// calendar button, which takes focus on its own, in the dark scheme: the
// field shows the theme's focus ring, not the browser's thin white one.
func TestDateFieldFocusRingInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("prefers-color-scheme", "dark"), chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-from"), chromedp.Focus("#search-topic"))
	// Tab through the field's parts (month, day, year in an English browser) to its button, the
	// part after which focus leaves the field.
	const onButton = `document.activeElement.id === "search-from" && !document.activeElement.matches(":focus")`
	var steps []string
	for i := 0; i < 8 && !run(t, ctx, chromedp.Evaluate[bool](onButton)); i++ {
		do(t, ctx, chromedp.KeyEvent("\t"))
		steps = append(steps, run(t, ctx, chromedp.Evaluate[string](`document.activeElement.id`)))
	}
	if !run(t, ctx, chromedp.Evaluate[bool](onButton)) {
		t.Fatalf("tabbing from the topic filter went to %s, never to the From field's calendar button", strings.Join(steps, ", "))
	}
	ring := run(t, ctx, chromedp.Evaluate[string](`(s => s.outlineStyle + " " + s.outlineWidth + " " + s.outlineColor)(getComputedStyle(document.activeElement))`))
	if want := "solid 3px rgb(255, 169, 77)"; ring != want {
		t.Errorf("the From field's outline with its calendar button focused: %q, want the dark scheme's focus ring %q", ring, want)
	}
}

// emulateMedia makes the page match the media features given as name,
// value pairs, as a reader's settings would (prefers-color-scheme, dark,
// forced-colors, active), and no others.
func emulateMedia(namesValues ...string) chromedp.Action[chromedp.Void] {
	var features []*emulation.MediaFeature
	for i := 0; i+1 < len(namesValues); i += 2 {
		features = append(features, &emulation.MediaFeature{Name: namesValues[i], Value: namesValues[i+1]})
	}
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: features})
		return err
	})
}

// TestSearchBusyBarInForcedColorsInBrowser: while a search loads, the bar
// under its status line shows in forced colours (Windows High Contrast),
// which paint an author's background the page's own, so the bar was gone.
func TestSearchBusyBarInForcedColorsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("forced-colors", "active"), chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search-results").setAttribute("aria-busy", "true"); 0`))
	bar := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("search-status"), "::after").backgroundColor`))
	page := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
	if strings.HasPrefix(bar, "rgba(") || bar == page {
		t.Errorf("the busy bar's colour in forced colours is %s on the page's %s, want one that shows", bar, page)
	}
}

// defaultFontSize sets the browser's default font size, the setting a
// reader with low vision raises (Chromium's Settings → Appearance → Font
// size, Firefox's Fonts → Size): rem and em grow with it, media queries'
// em too, which a page's own html { font-size: 200% } (largeText) leaves
// at 16 px.
func defaultFontSize(px int64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, cdppage.SetFontSizes, cdppage.SetFontSizesParams{FontSizes: &cdppage.FontSizes{Standard: px, Fixed: px * 13 / 16}})
		return err
	})
}

// headerControl names a link, field or button of the header as a reader
// tabbing through it meets it: "a /paperboy/archive/", "input q".
const headerControl = `(el => el.tagName.toLowerCase() + " " + (el.href ? new URL(el.href).pathname : el.name || el.textContent.trim()))`

// TestCompactHeaderInBrowser reads the sample site on 390 × 844 and
// 320 × 844 phones with text at 200%, set as a reader sets it (the
// browser's default font size) and as a page's html { font-size: 200% }:
// the header takes a fifth of the screen at most, where the site's title,
// six links and the search form filled 645 px of the 844 and every page's
// content started below the fold, and then, behind a "Menu ▾" button that
// went under the title's lines, 241 px at 320 px (29%) and 197 px at 390
// (23%); held sideways, 40% at most (it was 325 px of 390); on a 768 ×
// 1024 tablet and a 1280 × 1024 desktop, a fifth too (its three rows took
// 325 px, 32%, and 266 px, 26%). Its navigation
// and search are behind a Menu button then, at least 44 px a side and
// named "Menu" (in sight it is three bars), which the keyboard opens,
// every link and field reachable by Tab and the landmarks (navigation,
// search) named as before. At 100% text, on phones either way up, a
// tablet and a desktop, there is no Menu button and every link is in sight.
func TestCompactHeaderInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t, browsertest.Timeout(5*time.Minute)) // many pages and sizes in one tab
	const headerHeight = `document.querySelector(".site-header").getBoundingClientRect().height`
	const summaryShown = `(s => s !== null && getComputedStyle(s).display !== "none")(document.querySelector(".site-header summary"))`
	const linksInSight = `[...document.querySelectorAll(".site-header nav a")].every(a => a.checkVisibility() && a.getBoundingClientRect().width > 0)`
	for _, c := range []struct {
		text          string
		width, height int64
		share         float64 // of the screen's height, the header's at most
	}{
		{"default font size 32 px", 390, 844, 0.2},
		{"html font-size 200%", 390, 844, 0.2},
		{"default font size 32 px", 320, 844, 0.2},
		{"html font-size 200%", 320, 844, 0.2},
		// Sideways, one row of the title and the button is 35% of the 390 px (it was 83%). A page's
		// html font-size leaves the media query's em, which is the reader's, at 16 px.
		{"default font size 32 px", 844, 390, 0.4},
		// A tablet and a desktop, whose headers' three rows took 325 px (32%) and 266 px (26%).
		{"default font size 32 px", 768, 1024, 0.2},
		{"default font size 32 px", 1280, 1024, 0.2},
	} {
		text := c.text
		do(t, ctx, chromedp.EmulateViewport(c.width, c.height), defaultFontSize(16))
		if strings.HasPrefix(text, "default") {
			do(t, ctx, defaultFontSize(32))
		}
		for _, p := range []string{"", "archive/", "papers/1706.03762/", "search/"} {
			do(t, ctx, chromedp.Navigate(base+p), chromedp.WaitReady("footer"))
			if !strings.HasPrefix(text, "default") {
				do(t, ctx, chromedp.Evaluate[chromedp.Void](largeText))
			}
			if h := run(t, ctx, chromedp.Evaluate[float64](headerHeight)); h > c.share*float64(c.height) {
				t.Errorf("/%s, %d × %d at %s: the header is %.0f px high, want %.0f%% of the screen at most", p, c.width, c.height, text, h, 100*c.share)
			}
			if run(t, ctx, chromedp.Evaluate[bool](linksInSight)) || !run(t, ctx, chromedp.Evaluate[bool](summaryShown)) {
				t.Errorf("/%s, %d × %d at %s: the navigation's links are in sight and no Menu button, want them behind it", p, c.width, c.height, text)
				continue
			}
			if got := run(t, ctx, chromedp.Evaluate[string](`(r => Math.round(r.width) + " × " + Math.round(r.height))(document.querySelector(".site-menu > summary").getBoundingClientRect())`)); !fitsFinger(got) {
				t.Errorf("/%s, %d × %d at %s: the Menu button is %s px, want 44 px a side at least", p, c.width, c.height, text, got)
			}
			if name := axNames(t, ctx, "DisclosureTriangle"); !slices.Equal(name, []string{"Menu"}) {
				t.Errorf("/%s, %d × %d at %s: the header's disclosure buttons are named %q, want [Menu]", p, c.width, c.height, text, name)
			}
			// Open the menu by keyboard, then tab through it.
			do(t, ctx, chromedp.Focus(".site-menu > summary"), chromedp.KeyEvent("\r"))
			tabThroughHeader(t, ctx, fmt.Sprintf("/%s at %s: Enter on Menu, then Tab", p, text))
			all := landmarksInBrowser(t, ctx)
			for _, l := range []string{"navigation Main", "search Site search"} {
				if !slices.Contains(all, l) && (p != "search/" || l != "search Site search") { // the search page has no header search
					t.Errorf("/%s at %s with the menu open: landmarks %q, want %q among them", p, text, all, l)
				}
			}
		}
	}
	// Where the disclosure is open for good (its summary hidden), its
	// closed content is shown by the stylesheet alone: the keyboard and
	// the accessibility tree must reach it as they reach a shown element.
	do(t, ctx, defaultFontSize(16))
	for _, size := range [][2]int64{{320, 568}, {390, 844}, {844, 390}, {768, 1024}, {1280, 844}} {
		do(t, ctx, chromedp.EmulateViewport(size[0], size[1]), chromedp.Navigate(base), chromedp.WaitReady("footer"))
		if run(t, ctx, chromedp.Evaluate[bool](summaryShown)) || !run(t, ctx, chromedp.Evaluate[bool](linksInSight)) {
			t.Errorf("%d × %d at 100%% text: a Menu button, or links out of sight; want every link in the header's row", size[0], size[1])
			continue
		}
		do(t, ctx, chromedp.Focus(".site-title"))
		tabThroughHeader(t, ctx, fmt.Sprintf("%d × %d at 100%% text: from the site's title, Tab", size[0], size[1]))
		all := landmarksInBrowser(t, ctx)
		for _, l := range []string{"navigation Main", "search Site search"} {
			if !slices.Contains(all, l) {
				t.Errorf("%d × %d at 100%% text: landmarks %q, want %q among them", size[0], size[1], all, l)
			}
		}
	}
}

// fitsFinger says whether a size "w × h" in px is 44 px a side at least,
// a touch target WCAG 2.5.5 asks for.
func fitsFinger(size string) bool {
	var w, h int
	fmt.Sscanf(size, "%d × %d", &w, &h)
	return w >= 44 && h >= 44
}

// tabThroughHeader presses Tab until the focus leaves the site header and
// fails the test, saying what (doing), unless it met every link, field and
// button of the header's navigation and search, in order.
func tabThroughHeader(t *testing.T, ctx context.Context, doing string) {
	t.Helper()
	want := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll(".site-header nav a, .site-header input, .site-header button")].map(`+headerControl+`).join(", ")`))
	var got []string
	for range 20 {
		do(t, ctx, chromedp.KeyEvent("\t"))
		el := run(t, ctx, chromedp.Evaluate[string](`(el => el.closest(".site-header") ? `+headerControl+`(el) : "")(document.activeElement)`))
		if el == "" {
			break
		}
		got = append(got, el)
	}
	if g := strings.Join(got, ", "); g != want {
		t.Errorf("%s went to\n%s\nwant\n%s", doing, g, want)
	}
}

// TestHeaderLinksStayPutInBrowser goes from page to page of the header's
// navigation, on a phone and a desktop: each link is where it is on the
// home page, where none is the current one. The current page's link was
// bold, so wider, and moved the links after it (on /authors/ at 390 px,
// Organizations 7 px to the right) or onto the next row.
func TestHeaderLinksStayPutInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	const places = `JSON.stringify([...document.querySelectorAll(".site-header nav a")].map(a => {
		const r = a.getBoundingClientRect(); return [a.textContent, Math.round(r.left), Math.round(r.top), Math.round(r.width)] }))`
	for _, width := range []int64{390, 1280} {
		do(t, ctx, chromedp.EmulateViewport(width, 844), chromedp.Navigate(base), chromedp.WaitReady("footer"))
		want := run(t, ctx, chromedp.Evaluate[string](places))
		for _, p := range []string{"archive/", "topics/", "authors/", "organizations/", "feeds/", "about/"} {
			do(t, ctx, chromedp.Navigate(base+p), chromedp.WaitReady("footer"))
			if current := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(".site-header nav a[aria-current=page]").length`)); current != 1 {
				t.Errorf("/%s: %d header links are the current page, want 1", p, current)
			}
			if got := run(t, ctx, chromedp.Evaluate[string](places)); got != want {
				t.Errorf("/%s at %d px: the header's links (text, left, top, width) are\n%s\nwant, as on the home page,\n%s", p, width, got, want)
			}
		}
	}
}

// TestCodeBlockTextSizeInBrowser: the text of a code block, highlighted or
// not (a paper's BibTeX), is the size of code in a sentence, 0.9em of the
// text, where the block's <code> took 0.9em of its <pre>'s 0.9em: 13 px on
// a phone, under the 14.4 px of inline code.
func TestCodeBlockTextSizeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(base+"papers/2106.09685/"), chromedp.WaitReady("footer"))
	got := run(t, ctx, chromedp.Evaluate[string](`JSON.stringify([...document.querySelectorAll("pre > code")].map(c =>
		[c.parentElement.className || "pre", +(parseFloat(getComputedStyle(c).fontSize) / parseFloat(getComputedStyle(c.closest("section, main")).fontSize)).toFixed(2)]))`))
	if want := `[["chroma",0.9],["pre",0.9]]`; got != want {
		t.Errorf("code blocks' text size (block, size in em of the text around): %s, want %s", got, want)
	}
}

// TestMathDecorationsInForcedColorsInBrowser: \cancel, \bcancel and
// \xcancel keep their strokes and \boxed its four edges in forced colours
// (Windows High Contrast), which drop every gradient the stylesheet draws
// the strokes with, and paint a backplate of the page's colour behind text,
// a line high, over the strokes and a small box's top and bottom edges: a
// struck-out term read as one that stands, \boxed{e} as [e]. Each stroke
// shows (the term looks different without it), each box edge is a line of
// the text's colour, and what is inside takes that colour too.
func TestMathDecorationsInForcedColorsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(600, 400))
	const decorated = `document.querySelectorAll("math .tex-boxed, math [class$=cancel]")`
	for _, scheme := range []string{"light", "dark"} {
		do(t, ctx, emulateMedia("forced-colors", "active", "prefers-color-scheme", scheme))
		showFormulas(t, ctx, []string{`a + \cancel{b} + \bcancel{c} + \xcancel{d} + \cancel{\color{red} e}`, `a + \boxed{e} + \boxed{\frac{a}{b}} = \boxed{x^2_i}`})
		do(t, ctx, chromedp.ScrollIntoView("math"))
		keepShot(t, "math-decorations-forced-"+scheme+".png", func() []byte { return run(t, ctx, chromedp.CaptureScreenshot()) })
		text := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).color`))
		for i := range run(t, ctx, chromedp.Evaluate[int](decorated+`.length`)) {
			el := fmt.Sprintf(decorated+`[%d]`, i)
			what := run(t, ctx, chromedp.Evaluate[string](el+`.className`))
			with := run(t, ctx, chromedp.CaptureScreenshot())
			if what == "tex-boxed" {
				box := run(t, ctx, chromedp.Evaluate[[]float64](`(r => [r.left, r.top, r.right, r.bottom])(`+el+`.getBoundingClientRect())`))
				for _, edge := range boxEdgesMissing(t, with, box) {
					t.Errorf("forced colours, %s: box %d's %s edge does not show", scheme, i, edge)
				}
			} else {
				do(t, ctx, chromedp.Evaluate[chromedp.Void](el+`.style.backgroundImage = "none"; 0`))
				without := run(t, ctx, chromedp.CaptureScreenshot())
				do(t, ctx, chromedp.Evaluate[chromedp.Void](el+`.style.backgroundImage = ""; 0`))
				if bytes.Equal(with, without) {
					t.Errorf("forced colours, %s: %s %d shows no stroke", scheme, what, i)
				}
			}
			if colours := run(t, ctx, chromedp.Evaluate[string](`(e => [e, ...e.querySelectorAll("*")].map(c => getComputedStyle(c).color).filter(c => c !== "`+text+`").join(" "))(`+el+`)`)); colours != "" {
				t.Errorf("forced colours, %s: %s %d has colours %s, want the text's %s", scheme, what, i, colours, text)
			}
		}
	}
}

// boxEdgesMissing names the edges (top, bottom, left, right) of the box
// (left, top, right, bottom in CSS px, at a device pixel ratio of 1) along
// which the screenshot shows no line: no row or column within a pixel of
// the edge whose pixels, but for a pixel at each end, all differ from the
// page's colour, that of the screenshot's top left corner.
func boxEdgesMissing(t *testing.T, screenshot []byte, box []float64) []string {
	t.Helper()
	img, err := png.Decode(bytes.NewReader(screenshot))
	if err != nil {
		t.Fatal(err)
	}
	page := img.At(0, 0)
	left, top, right, bottom := int(box[0]), int(box[1]), int(box[2]), int(box[3])
	line := func(x0, y0, dx, dy, n int) bool {
		for i := 1; i < n-1; i++ {
			if img.At(x0+i*dx, y0+i*dy) == page {
				return false
			}
		}
		return true
	}
	near := func(at int, f func(int) bool) bool { return f(at-1) || f(at) || f(at+1) }
	var missing []string
	if !near(top, func(y int) bool { return line(left, y, 1, 0, right-left) }) {
		missing = append(missing, "top")
	}
	if !near(bottom-1, func(y int) bool { return line(left, y, 1, 0, right-left) }) {
		missing = append(missing, "bottom")
	}
	if !near(left, func(x int) bool { return line(x, top, 0, 1, bottom-top) }) {
		missing = append(missing, "left")
	}
	if !near(right-1, func(x int) bool { return line(x, top, 0, 1, bottom-top) }) {
		missing = append(missing, "right")
	}
	return missing
}

// TestInlineCodeInForcedColorsInBrowser: code in a sentence (a feed's
// address, a field's name) keeps a box in forced colours (Windows High
// Contrast), which drop the tint that sets it apart and paint the text's
// backplate in the page's colour: each line of each code is edged on its
// four sides by lines of another colour than the page's, in light and
// dark, where it read as the words around it.
func TestInlineCodeInForcedColorsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, page := range []string{"feeds/", "papers/anthropic-2024-scaling-monosemanticity/"} {
		for _, scheme := range []string{"light", "dark"} {
			do(t, ctx, emulateMedia("forced-colors", "active", "prefers-color-scheme", scheme), chromedp.EmulateViewport(390, 844),
				chromedp.Navigate(base+page), chromedp.WaitReady("footer"))
			n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll(":not(pre) > code").length`))
			if n == 0 {
				t.Fatalf("/%s has no inline code to look at", page)
			}
			for i := range n {
				el := fmt.Sprintf(`document.querySelectorAll(":not(pre) > code")[%d]`, i)
				do(t, ctx, chromedp.Evaluate[chromedp.Void](el+`.scrollIntoView({block: "center", behavior: "instant"}); 0`))
				shot := run(t, ctx, chromedp.CaptureScreenshot())
				// Each edge is looked for between the rounded corners.
				r := math.Ceil(run(t, ctx, chromedp.Evaluate[float64](`parseFloat(getComputedStyle(`+el+`).borderRadius) || 0`))) + 1
				for j, box := range run(t, ctx, chromedp.Evaluate[[][]float64](`[...`+el+`.getClientRects()].map(r => [r.left, r.top, r.right, r.bottom])`)) {
					var missing []string
					for _, edge := range boxEdgesMissing(t, shot, []float64{box[0] + r, box[1], box[2] - r, box[3]}) {
						if edge == "top" || edge == "bottom" {
							missing = append(missing, edge)
						}
					}
					for _, edge := range boxEdgesMissing(t, shot, []float64{box[0], box[1] + r, box[2], box[3] - r}) {
						if edge == "left" || edge == "right" {
							missing = append(missing, edge)
						}
					}
					if len(missing) > 0 {
						os.WriteFile(shotPath(t, "inline-code-forced-"+scheme+".png"), shot, 0o644)
						t.Errorf("/%s, forced colours, %s: line %d of code %d (%s) shows no %s edge", page, scheme, j, i,
							run(t, ctx, chromedp.Evaluate[string](el+`.textContent`)), strings.Join(missing, ", "))
					}
				}
			}
		}
	}
}

// TestMenuClosesOnEscapeInBrowser: on a 320 px phone at 200% text, Escape
// closes the header's open Menu and returns the focus to its button, as
// the WAI-ARIA disclosure pattern expects, from the button, a link of
// the menu or its search field; in a field with text in it, the first
// Escape clears the text as a search field's does, the second closes the
// menu. Escape did nothing: the menu stayed open over the page.
func TestMenuClosesOnEscapeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	const state = `(m => (m.open ? "open" : "closed") + ", focus on " + (document.activeElement === m.querySelector("summary") ? "Menu" : document.activeElement.tagName + " " + (document.activeElement.textContent || document.activeElement.name)))(document.querySelector(".site-menu"))`
	do(t, ctx, chromedp.EmulateViewport(320, 640), defaultFontSize(32))
	defer do(t, ctx, defaultFontSize(16))
	for _, c := range []struct {
		name  string
		focus string // what has the focus after opening the menu
		typed string // into the focused field
	}{
		{"on Menu", ".site-menu > summary", ""},
		{"on a link", ".site-header nav li + li a", ""},
		{"in the search field", "#header-q", ""},
		{"in the search field with text", "#header-q", "diffusion"},
	} {
		do(t, ctx, chromedp.Navigate(base+"archive/"), chromedp.WaitReady("footer"), chromedp.Focus(".site-menu > summary"), chromedp.KeyEvent("\r"), chromedp.Focus(c.focus))
		if c.typed != "" {
			do(t, ctx, chromedp.KeyEvent(c.typed))
		}
		before := run(t, ctx, chromedp.Evaluate[string](state))
		if !strings.HasPrefix(before, "open") {
			t.Fatalf("%s: after Enter on Menu, %s; want it open", c.name, before)
		}
		if c.typed != "" {
			do(t, ctx, chromedp.KeyEvent(kb.Escape))
			if got, value := run(t, ctx, chromedp.Evaluate[string](state)), run(t, ctx, chromedp.Evaluate[string](`document.activeElement.value`)); got != before || value != "" {
				t.Errorf("%s: the first Escape left the menu %s and %q in the field; want it open, the focus where it was (%s) and the field empty", c.name, got, value, before)
			}
		}
		do(t, ctx, chromedp.KeyEvent(kb.Escape))
		if got := run(t, ctx, chromedp.Evaluate[string](state)); got != "closed, focus on Menu" {
			t.Errorf("%s (%s), Escape: %s; want closed, focus on Menu", c.name, before, got)
		}
	}
	// Where the header has room there is no Menu button: Escape leaves the
	// links where they are and the focus on the link.
	do(t, ctx, defaultFontSize(16), chromedp.EmulateViewport(1280, 800), chromedp.Navigate(base+"archive/"), chromedp.WaitReady("footer"),
		chromedp.Focus(".site-header nav a"), chromedp.KeyEvent(kb.Escape))
	if !run(t, ctx, chromedp.Evaluate[bool](`document.activeElement.matches(".site-header nav a") && [...document.querySelectorAll(".site-header nav a")].every(a => a.checkVisibility())`)) {
		t.Errorf("1280 px, Escape on a header link: the links hidden or the focus moved")
	}
}

// TestMenuButtonShowsItsStateInBrowser: on a 320 px phone at 200% text,
// the header's Menu button looks otherwise open than closed (its three
// bars become an ×), in light, dark and forced colours, where it looked
// the same either way; it keeps its size, 44 px a side at least, and its
// name, Menu.
func TestMenuButtonShowsItsStateInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 640), defaultFontSize(32))
	defer do(t, ctx, defaultFontSize(16), emulateMedia())
	const box = `(r => [r.left, r.top, r.right, r.bottom])(document.querySelector(".site-menu > summary").getBoundingClientRect())`
	// look returns the button's pixels (at a device pixel ratio of 1) and
	// its size "w × h", the menu open or closed, the focus elsewhere.
	look := func(open bool) (pixels []color.Color, size string) {
		do(t, ctx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`document.querySelector(".site-menu").open = %t; document.activeElement.blur(); 0`, open)))
		r := run(t, ctx, chromedp.Evaluate[[]float64](box))
		img, err := png.Decode(bytes.NewReader(run(t, ctx, chromedp.CaptureScreenshot())))
		if err != nil {
			t.Fatal(err)
		}
		for y := int(r[1]); y < int(r[3]); y++ {
			for x := int(r[0]); x < int(r[2]); x++ {
				pixels = append(pixels, img.At(x, y))
			}
		}
		return pixels, fmt.Sprintf("%d × %d", int(math.Round(r[2]-r[0])), int(math.Round(r[3]-r[1])))
	}
	for _, media := range [][]string{{"prefers-color-scheme", "light"}, {"prefers-color-scheme", "dark"}, {"forced-colors", "active"}} {
		what := strings.Join(media, " ")
		do(t, ctx, emulateMedia(media...), chromedp.Navigate(base+"archive/"), chromedp.WaitReady("footer"))
		closed, closedSize := look(false)
		open, openSize := look(true)
		if slices.Equal(closed, open) {
			t.Errorf("%s: the Menu button looks the same open as closed", what)
		}
		if openSize != closedSize || !fitsFinger(openSize) {
			t.Errorf("%s: the Menu button is %s px closed and %s open, want the same, 44 px a side at least", what, closedSize, openSize)
		}
		if name := axNames(t, ctx, "DisclosureTriangle"); !slices.Equal(name, []string{"Menu"}) {
			t.Errorf("%s, open: the header's disclosure buttons are named %q, want [Menu]", what, name)
		}
	}
}

// tabStops presses Tab from the page's start to its end (the body, or
// the first stop again where the focus goes round) and returns what
// describe, a script's function of the focused element, says of each stop
// it says something of.
func tabStops(t *testing.T, ctx context.Context, describe string) []string {
	t.Helper()
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.activeElement.blur(), window.getSelection().removeAllRanges(), window.firstStop = null`))
	var got []string
	for range 60 {
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
		el := run(t, ctx, chromedp.Evaluate[string](`(el => el === document.body || el === window.firstStop ? "" :
			(window.firstStop ||= el, (`+describe+`)(el) || "-"))(document.activeElement)`))
		if el == "" {
			break
		}
		if el != "-" {
			got = append(got, el)
		}
	}
	return got
}

// TestScrollRegionsTabStopsInBrowser: a display formula or a table is a
// Tab stop (tabindex="0", with its role and name) only where it is wider
// than its column and scrolls, where every one was, the formulas and
// tables that fit too: at 1280 px none of a page's narrow formula, wide
// formula and table is one, on a 320 px phone the wide formula alone,
// which the arrow keys scroll, and back at 1280 px none again. Without
// JavaScript all three keep their Tab stops, the safe default.
func TestScrollRegionsTabStopsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1280, 844))
	terms := make([]string, 8)
	for i := range terms {
		terms[i] = fmt.Sprintf("a_{%d} b_{%d}", i+1, i+1)
	}
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+
		"$$\nE = mc^2\n$$\n\n$$\n"+strings.Join(terms, " + ")+"\n$$\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
	page := serveBuilt(t, out, "/") + "papers/2401.00001/"
	// The regions the Tab key stops at, from the page's start to its end, by their names and widths.
	stops := func() []string {
		return tabStops(t, ctx, `el => el.matches(".math-display, .table-scroll") ?
			el.getAttribute("role") + " " + el.getAttribute("aria-label") + " " + (el.scrollWidth > el.clientWidth ? "wide" : "narrow") : ""`)
	}
	// The page is loaded once, at 1280 px: the phone's width and the desktop's again come as a window resized.
	do(t, ctx, chromedp.Navigate(page), chromedp.WaitReady("footer"))
	for _, c := range []struct {
		width int64
		want  []string
	}{{1280, nil}, {320, []string{"group Equation wide"}}, {1280, nil}} {
		do(t, ctx, chromedp.EmulateViewport(c.width, 844))
		if got := stops(); !slices.Equal(got, c.want) {
			t.Errorf("at %d px the Tab key stops at the regions %q, want %q", c.width, got, c.want)
		}
		if c.width != 320 {
			continue
		}
		// The wide formula scrolls with the arrow keys once focused.
		do(t, ctx, chromedp.Focus(".math-display[tabindex]"), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight))
		// (Keyboard scrolling is animated: give it a moment.)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector(".math-display[tabindex]").scrollLeft > 0`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
			t.Errorf("at 320 px the wide formula is not scrolled after two presses of the right arrow (%v), want it scrolled", err)
		}
	}
	do(t, ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}), chromedp.Navigate(page), chromedp.WaitReady("footer"))
	if got, want := stops(), []string{"group Equation narrow", "group Equation narrow", "group Table narrow"}; !slices.Equal(got, want) {
		t.Errorf("without JavaScript at 1280 px the Tab key stops at the regions %q, want %q", got, want)
	}
}

// TestInlineFormulaTabStopInBrowser: an inline formula wider than its line
// on a 320 px phone scrolls within itself, the page no wider than the
// screen, and is a Tab stop (tabindex="0", which Safari and axe's
// scrollable-region-focusable ask for; Chromium stops at a scroller of its
// own) that the arrow keys scroll, on the paper's page and in its card on
// its day's page; one that fits its line is none, nor is the wide one at
// 1280 px. It had no tabindex at any width. While it scrolls it has a
// shadow inside each edge it goes on beyond, as a display formula has: at
// its end before it is scrolled, at both while between, at its start once
// scrolled to its end, and none at 1280 px. It had none at any width.
func TestInlineFormulaTabStopInBrowser(t *testing.T) {
	ctx := browsertest.Start(t, browsertest.WindowSize(1280, 844))
	terms := make([]string, 10)
	for i := range terms {
		terms[i] = fmt.Sprintf("a_{%d} b_{%d}", i+1, i+1)
	}
	wide := strings.Join(terms, " + ")
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+
		"A short $x_1$ and a long $"+wide+"$ in a sentence.\n")
	base := serveBuilt(t, out, "/")
	// The inline formulas the Tab key stops at, by their TeX and tabindex.
	const formula = `el => el.matches("math:not([display=block])") ? el.getAttribute("alttext") + " tabindex=" + el.getAttribute("tabindex") : ""`
	// The edges of the wide formula that have a shadow, by the inset shadows' offsets: an inset shadow
	// offset right lies inside the start edge, one offset left inside the end.
	const shadowEdges = `() => {
		const sh = getComputedStyle([...document.querySelectorAll("math")].at(-1)).boxShadow;
		return sh === "none" ? "" : sh.split(/,(?![^(]*\))/).map(s => parseFloat(s.replace(/rgba?\([^)]*\)/, "").trim()) > 0 ? "start" : "end").join(" ");
	}`
	shadows := func() string { return run(t, ctx, chromedp.Evaluate[string](`(`+shadowEdges+`)()`)) }
	// hasShadows waits up to 5 s for the wide formula's shadows to be at the edges want.
	hasShadows := func(want string) bool {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](`(`+shadowEdges+`)() === "`+want+`"`, chromedp.WithPollingTimeout(5*time.Second)))
		return err == nil
	}
	for _, p := range []string{"papers/2401.00001/", "days/2024-01-01/"} {
		do(t, ctx, chromedp.EmulateViewport(1280, 844), chromedp.Navigate(base+p), chromedp.WaitReady("footer"))
		for _, c := range []struct {
			width int64
			want  []string
		}{{1280, nil}, {320, []string{wide + " tabindex=0"}}, {1280, nil}} {
			do(t, ctx, chromedp.EmulateViewport(c.width, 844))
			if w := run(t, ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`)); w > int(c.width) {
				t.Errorf("/%s at %d px: the page is %d px wide, want the formula to scroll within itself", p, c.width, w)
			}
			if got := tabStops(t, ctx, formula); !slices.Equal(got, c.want) {
				t.Errorf("/%s at %d px: the Tab key stops at the inline formulas %q, want %q", p, c.width, got, c.want)
				continue
			}
			if c.width != 320 {
				continue
			}
			// (The shadows follow a resize on the page's next frames: wait for them.)
			if !hasShadows("end") {
				t.Errorf("/%s at 320 px: the wide formula before it is scrolled has shadows at %q, want at its end", p, shadows())
			}
			do(t, ctx, chromedp.Focus("math[tabindex]"), chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight))
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector("math[tabindex]").scrollLeft > 0`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
				t.Errorf("/%s at 320 px: the wide formula is not scrolled after two presses of the right arrow (%v), want it scrolled", p, err)
			}
			for _, s := range []struct{ to, want string }{{"el.scrollWidth / 3", "start end"}, {"el.scrollWidth", "start"}, {"0", "end"}} {
				do(t, ctx, chromedp.Evaluate[chromedp.Void](`(el => el.scrollTo({left: `+s.to+`, behavior: "instant"}))(document.querySelector("math[tabindex]"))`))
				if !hasShadows(s.want) {
					t.Errorf("/%s at 320 px: scrolled to %s, the wide formula has shadows at %q, want at %q", p, s.to, shadows(), s.want)
				}
			}
		}
		if !hasShadows("") {
			t.Errorf("/%s back at 1280 px: the formula has shadows at %q, want none", p, shadows())
		}
	}
}

// TestCodeStarsNamedInBrowser: a paper page's Code link says what its
// number counts ("Code 37,900 stars"), where a screen reader heard "Code,
// black star, 37,900" or "Code 37,900", the ★ its only word for it.
func TestCodeStarsNamedInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"papers/1810.04805/"), chromedp.WaitVisible(".paper-links"))
	var got []string
	for _, name := range axNames(t, ctx, "link") {
		if name = strings.TrimSpace(name); strings.HasPrefix(name, "Code") {
			got = append(got, name)
		}
	}
	if want := []string{"Code 37,900 stars"}; !slices.Equal(got, want) {
		t.Errorf("the Code link's name: %q, want %q", got, want)
	}
}

// TestTargetPaperInForcedColorsInBrowser: the paper a "Listed on" link
// leads to (/days/D/#paper-ID) stands out from the others in forced
// colours too, which drop the background and shadow that mark it
// elsewhere: a low-vision reader landed mid-list with no sign of it.
func TestTargetPaperInForcedColorsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("forced-colors", "active"), chromedp.Navigate(base+"days/2024-05-31/#paper-1706.03762"), chromedp.WaitVisible(".paper-list"))
	got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".paper-list > li")].map(li => {
		const s = getComputedStyle(li);
		return (li.matches(":target") ? "target " : "") + s.outlineStyle + " " + s.outlineWidth;
	})`))
	if want := []string{"none 3px", "target solid 2px", "none 3px"}; len(got) < 3 || !slices.Equal(got[:3], want) {
		t.Errorf("forced colours: the day's first papers' outlines %q, want the target's alone to show: %q", got, want)
	}
}
