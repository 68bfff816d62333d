package generator

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/themes"
)

// lowContrast lists the text on the page under 7:1 against the colour
// behind it (WCAG 1.4.6), and the borders of the page's parts under 3:1
// against theirs: nothing when a reader who asked for more contrast gets it.
// The colour behind an element is that of the nearest one with an opaque
// background; the theme draws no text on a gradient or an image.
const lowContrast = `(() => {
	const rgb = c => { const m = c.match(/[\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1} };
	const lum = c => { const f = v => (v /= 255) <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b) };
	const ratio = (a, b) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05) };
	const behind = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.a > 0.5) return c } return rgb("rgb(255, 255, 255)") };
	const out = [];
	for (const el of document.querySelectorAll("body *")) {
		if (el.closest(".visually-hidden, svg, math") || !el.getBoundingClientRect().width) continue;
		if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
		const c = getComputedStyle(el).color, k = ratio(rgb(c), behind(el));
		if (k < 7) out.push(k.toFixed(1) + ":1 text " + el.tagName.toLowerCase() + "." + el.className + " " + c + ": " + el.textContent.trim().slice(0, 30));
	}
	for (const el of document.querySelectorAll(".site-header, .paper-list > li, .topic, .paper-links a, pre, .prose td, input, .search-result, .pager a, .subscribe")) {
		const c = getComputedStyle(el).borderBottomColor, k = ratio(rgb(c), behind(el.parentElement));
		if (k < 3) out.push(k.toFixed(1) + ":1 border " + el.tagName.toLowerCase() + "." + el.className + " " + c);
	}
	return [...new Set(out)].slice(0, 8).join("\n");
})()`

// TestMoreContrastInBrowser reads the sample site as a reader who asked
// for more contrast (prefers-contrast: more), in both colour schemes: all
// its text is 7:1 or more on what is behind it (muted text was 6.4:1 and
// links 6.9:1 on white, a highlighted word in a title 6.1:1) and the lines
// between its parts are 3:1 or more (1.4:1 light, 1.6:1 dark).
func TestMoreContrastInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, scheme := range []string{"light", "dark"} {
		do(t, ctx, emulateMedia("prefers-contrast", "more", "prefers-color-scheme", scheme))
		for _, page := range []string{"", "papers/1706.03762/", "papers/2006.11239/", "search/?q=diffusion", "subscribe/"} {
			do(t, ctx, chromedp.Navigate(base+page))
			if strings.HasPrefix(page, "search/") {
				do(t, ctx, chromedp.WaitVisible("#search-results mark"))
				// Results being replaced stay at full contrast; the busy bar says they are.
				busy := run(t, ctx, chromedp.Evaluate[string](`(l => { l.setAttribute("aria-busy", "true"); const o = getComputedStyle(l).opacity; l.removeAttribute("aria-busy"); return o })(document.getElementById("search-results"))`))
				if busy != "1" {
					t.Errorf("search results while busy, %s scheme with more contrast: opacity %s, want 1", scheme, busy)
				}
			}
			if out := run(t, ctx, chromedp.Evaluate[string](lowContrast)); out != "" {
				t.Errorf("%s in the %s scheme with more contrast:\n%s", "/"+page, scheme, out)
			}
		}
	}
}

// TestForcedColorsKeepGradientsInBrowser reads a paper with a formula, a
// table and a wrapped line of code in forced colours (Windows High
// Contrast), which drop an author's gradients: the scroll shadows at the
// sides of the formula and the table, and the bar beside the code line's
// continuation, are drawn in system colours instead of vanishing.
func TestForcedColorsKeepGradientsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("forced-colors", "active"))
	for page, selectors := range map[string][]string{
		"papers/2006.11239/": {".math-display", "pre.chroma .cl"},
		"papers/1706.03762/": {".table-scroll"},
	} {
		do(t, ctx, chromedp.Navigate(base+page))
		for _, sel := range selectors {
			got := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("`+sel+`")).backgroundImage`))
			if got == "none" || strings.HasPrefix(got, "none,") {
				t.Errorf("/%s in forced colours: %s has background-image %q, want its gradients", page, sel, got)
			}
		}
	}
}

// TestReducedMotionInBrowser reads the search page, while a search loads,
// as a reader who asked for less motion (prefers-reduced-motion: reduce):
// nothing on it animates or moves by a transition (the busy bar stands
// still), and the page jumps to a link's target instead of scrolling to it.
func TestReducedMotionInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("prefers-reduced-motion", "reduce"), chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"),
		chromedp.Evaluate[chromedp.Void](`document.getElementById("search-results").setAttribute("aria-busy", "true"); 0`))
	moving := run(t, ctx, chromedp.Evaluate[string](`(() => {
		const out = document.getAnimations().map(a => "animation " + (a.animationName || a.transitionProperty) + " on " + a.effect.target.tagName.toLowerCase() + (a.effect.pseudoElement || ""));
		for (const el of document.querySelectorAll("*")) {
			for (const pseudo of [null, "::before", "::after"]) {
				const s = getComputedStyle(el, pseudo);
				if (s.transitionDuration.split(",").some(d => parseFloat(d) > 0)) out.push("transition of " + s.transitionProperty + " on " + el.tagName.toLowerCase() + (pseudo || ""));
			}
		}
		if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") out.push("smooth scrolling");
		return out.join("\n");
	})()`))
	if moving != "" {
		t.Errorf("the search page, busy, with reduced motion, still moves:\n%s", moving)
	}
}

// textSpacing is the user stylesheet of WCAG 1.4.12 (Text Spacing): lines
// 1.5 apart, paragraphs 2em apart, letters 0.12em and words 0.16em apart.
const textSpacing = `(() => {
	const s = document.createElement("style");
	s.textContent = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }";
	document.head.append(s);
})()`

// TestTextSpacingInBrowser reads the sample site on a 320 px wide screen
// with the wider spacing of WCAG 1.4.12 that a reader's stylesheet may set:
// nothing but code, formulas and tables is wider than the screen, and
// nothing is cut off. Each page must be there: a missing one, which the
// test server answers in plain text, has nothing to overflow.
func TestTextSpacingInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 700))
	for _, page := range []string{"", "days/2024-06-04/", "papers/1706.03762/", "papers/2006.11239/", "topics/agents/",
		"authors/", "organizations/", "organizations/facebook/", "archive/", "search/?q=diffusion", "subscribe/", "404.html"} {
		do(t, ctx, chromedp.Navigate(base+page))
		if !run(t, ctx, chromedp.Evaluate[bool](`document.querySelector("main") != null`)) {
			t.Errorf("/%s is not a page of the site: the server has no such file", page)
			continue
		}
		if strings.HasPrefix(page, "search/") {
			do(t, ctx, chromedp.WaitVisible("#search-results mark"))
		}
		do(t, ctx, chromedp.Evaluate[chromedp.Void](textSpacing))
		if out := run(t, ctx, chromedp.Evaluate[string](overflowing)); out != "" {
			t.Errorf("/%s with WCAG's text spacing, 320 px wide, sticks out or cuts off:\n%s", page, out)
		}
	}
}

// headerSearchReadable puts each language's header search words (a JSON
// list of [lang, dir, placeholder, button]) into the header's search form
// in turn and lists those whose purpose a reader cannot read whole: the
// placeholder wider than the field's text box (cut, "Search pape"), unless
// the field's label is in sight instead and the cut placeholder is not.
// The placeholder is measured in a span of its own font and spacing, since
// a field's scrollWidth does not count its placeholder.
const headerSearchReadable = `(words => {
	const form = document.querySelector(".header-search"), input = form.querySelector("input"), label = form.querySelector("label"), button = form.querySelector("button");
	const out = [];
	for (const [lang, dir, placeholder, submit] of words) {
		form.lang = lang; form.dir = dir; input.placeholder = label.textContent = placeholder; button.textContent = submit;
		const s = getComputedStyle(input, "::placeholder"), span = document.createElement("span");
		for (const p of ["font", "letterSpacing", "wordSpacing"]) span.style[p] = s[p];
		span.style.whiteSpace = "pre"; span.style.position = "absolute"; span.textContent = placeholder;
		form.append(span);
		const need = span.getBoundingClientRect().width, is = getComputedStyle(input);
		span.remove();
		const room = input.clientWidth - parseFloat(is.paddingLeft) - parseFloat(is.paddingRight);
		const r = label.getBoundingClientRect(), labelShown = r.width > placeholder.length && r.left >= 0 && r.right <= document.documentElement.clientWidth + 0.5;
		const hidden = s.color === "rgba(0, 0, 0, 0)" || s.visibility === "hidden";
		if (need > room + 0.5 && !(labelShown && hidden))
			out.push(lang + ": placeholder " + JSON.stringify(placeholder) + " needs " + Math.round(need) + " px in a " + Math.round(room) + " px field" + (labelShown ? ", label in sight" : ", label hidden"));
	}
	return out.join("\n");
})`

// headerSearchWords is every built-in language's header search words, as
// headerSearchReadable takes them.
func headerSearchWords(t *testing.T) string {
	t.Helper()
	entries, err := fs.ReadDir(themes.Default(), i18n.Dir)
	if err != nil {
		t.Fatal(err)
	}
	var words [][4]string
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), ".yaml")
		c, err := i18n.Builtin(lang)
		if err != nil {
			t.Fatal(err)
		}
		placeholder, err1 := c.Text("searchPapers")
		button, err2 := c.Text("searchButton")
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		words = append(words, [4]string{lang, i18n.Direction(lang), placeholder, button})
	}
	if len(words) < 9 {
		t.Fatalf("%d built-in languages, want the nine at least", len(words))
	}
	b, err := json.Marshal(words)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestHeaderSearchPlaceholderInBrowser reads the header's search field in
// every built-in language, at 100% and 200% text, with and without WCAG
// 1.4.12's text spacing, from a phone to a desktop: its placeholder is
// whole, or the field's label stands over it in its stead. At 320 px, 200%
// text and the wider spacing "Search papers" was cut to "Search pape".
func TestHeaderSearchPlaceholderInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	words := headerSearchWords(t)
	for _, width := range []int64{320, 440, 560, 768, 1280} {
		for _, large := range []bool{false, true} {
			for _, spacing := range []bool{false, true} {
				do(t, ctx, chromedp.EmulateViewport(width, 800), chromedp.Navigate(base+"archive/"))
				if large {
					do(t, ctx, chromedp.Evaluate[chromedp.Void](largeText))
				}
				if spacing {
					do(t, ctx, chromedp.Evaluate[chromedp.Void](textSpacing))
				}
				if out := run(t, ctx, chromedp.Evaluate[string](headerSearchReadable+"("+words+")")); out != "" {
					t.Errorf("the header's search at %d px, large text %v, text spacing %v:\n%s", width, large, spacing, out)
				}
			}
		}
	}
}
