package generator

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// A lineRule says where the lines of a page may not break, on a 320 px
// phone in each language of the built-in theme. TestLineBreaksInBrowser
// reads each page of a site once for all of them, and each rule's
// subtest reports what breaks it.
type lineRule struct {
	name  string   // its subtest
	pages []string // the pages it reads, or nil for every page of the site
	// Its checks: each an expression whose value is the page's breaks of
	// the rule (a string each), at 100% text or, after the others, at 200%.
	normal, large string
	// say writes a failure: the breaks of a page in a language.
	say func(lang, page string, normal, large []string) []string
}

// lineRules are the rules TestLineBreaksInBrowser checks.
var lineRules = []lineRule{{
	// In every language of the built-in theme, a number in a page's
	// subtitle stays on the line of the unit it counts ("2 days", "14
	// papers"), at 200% text on a 320 px phone and at any width of the
	// line, where a month page's subtitle broke between them ("14 papers
	// on 2" ending one line, "days" starting the next); and so does a page
	// number with the word "page".
	name:  "CountsStayWithUnits",
	pages: []string{"months/2024-05/", "archive/", "days/2024-05-31/", "topics/", "topics/agents/"},
	large: countsSplit,
	say: func(lang, page string, _, split []string) []string {
		if len(split) == 0 {
			return nil
		}
		return []string{fmt.Sprintf("%s %s: a number and its unit on two lines at %d widths, the first %s; want them on one", lang, page, len(split), split[0])}
	},
}, {
	// In every language of the built-in theme, a number in a date or a
	// title stays on the line of the word beside it at any width of its
	// line: a unit written before its number ("Week 22", "Semana 22",
	// "第22周"), a date's day and its month ("May 31", "31 de mayo", "31.
	// Mai", "5月31日"), where a week's title broke after "Week" and a date
	// between its day and its month. A comma, a weekday's end or a year's
	// start may break a date ("Friday, May 31," above, "2024" below), as a
	// typographer would on a narrow line; a number before a word outside a
	// date is a count, which CountsStayWithUnits tries. At 200% text,
	// where a heading's line holds a few words, no year is broken inside,
	// as "31 مايو 2024" was with its year joined ("202" above, "4" below).
	name:   "NumbersStayWithTheirWords",
	pages:  []string{"", "days/2024-05-31/", "weeks/2024-W22/", "months/2024-05/", "archive/", "papers/2405.00001/"},
	normal: numbersSplit,
	large:  yearsBroken,
	say: func(lang, page string, split, broken []string) []string {
		var out []string
		if len(split) > 0 {
			out = append(out, fmt.Sprintf("%s /%s: a number and the word beside it on two lines: %s; want them on one", lang, page, strings.Join(split, ", ")))
		}
		if len(broken) > 0 {
			out = append(out, fmt.Sprintf("%s /%s at 200%% text: a year broken across lines in %s", lang, page, strings.Join(broken, ", ")))
		}
		return out
	},
}, {
	// On a 320 px phone at 200% text, where a heading's line held about 7
	// letters of its large type, no word of a heading (an h1, h2 or h3) is
	// broken inside on any page of a site in each of the built-in theme's
	// languages ("destacados", "semaine 22", "récapitulatif",
	// "Schrödinger", "Unsubscribing" were), unless it is wider than the
	// line even in the body's size of type (a long German compound, which
	// a browser with a dictionary hyphenates instead). Chinese and
	// Japanese, written without spaces, may break anywhere.
	// TestLineBreaksInBrowser also checks that on a desktop the headings
	// keep their sizes and break no word with a hyphen.
	name:  "HeadingWordsStayWhole",
	large: headingWordsBroken,
	say: func(lang, page string, _, broken []string) []string {
		if len(broken) == 0 {
			return nil
		}
		return []string{fmt.Sprintf("%s /%s at 320 px, 200%% text: %s", lang, page, strings.Join(broken, "; "))}
	},
}, {
	// In every language of the built-in theme, a byline's comma (the
	// Arabic and Persian "،" too) stays on the line of the name before
	// it, and the name's last given name on the line of its family name,
	// at any width of the line that has room for them
	// (browsertest.SplitNames), where a line broke after a name's inline
	// block and the next started with its comma.
	name:   "NamesKeepTheirCommas",
	pages:  []string{"days/2024-05-31/", "papers/2405.00001/", "authors/ada-lovelace/"},
	normal: browsertest.SplitNames(".authors a[href*='/authors/']"),
	say: func(lang, page string, split, _ []string) []string {
		if len(split) == 0 {
			return nil
		}
		return []string{fmt.Sprintf("%s /%s at 320 px: %s", lang, page, strings.Join(split, "; "))}
	},
}}

// TestLineBreaksInBrowser checks lineRules on every page of a small site
// in each language of the built-in theme, a tab a language, each a
// parallel subtest that loads each page once and runs every rule's checks
// in one script; a subtest of each rule reports its failures.
func TestLineBreaksInBrowser(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "fr", "de", "es", "ja", "zh", "ar", "fa", "he"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			// Some thirty pages in one tab: longer than a tab's 90 s on a
			// loaded machine.
			ctx := browsertest.Start(t, browsertest.WindowSize(320, 844), browsertest.Timeout(5*time.Minute))
			site := strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\nlanguage: "+lang+"\n", 1)
			out := mustBuild(t, site)
			base := serveBuilt(t, out, "/repo/")
			// Every page but a redirect (days/, weeks/, months/ and papers/
			// go to archive/), which has no lines of its own: each of the
			// four loaded itself and then archive/, whose lines were read
			// again.
			var pages []string
			for _, p := range slices.Sorted(maps.Keys(out)) {
				if page, ok := strings.CutSuffix(p, "index.html"); ok && !strings.Contains(out[p], `<meta http-equiv="refresh"`) {
					pages = append(pages, page)
				}
			}
			failures := make([][]string, len(lineRules))
			for i, r := range lineRules {
				for _, page := range r.pages {
					if !slices.Contains(pages, page) {
						failures[i] = append(failures[i], "no page /"+page+" in the site")
					}
				}
			}
			do(t, ctx, chromedp.EmulateViewport(320, 844))
			for _, page := range pages {
				script, rules := pageChecks(page)
				do(t, ctx, chromedp.Navigate(base+page), chromedp.WaitReady("footer"))
				got := run(t, ctx, chromedp.Evaluate[[][]string](script))
				for j, i := range rules {
					failures[i] = append(failures[i], lineRules[i].say(lang, page, got[j], got[len(rules)+1+j])...)
				}
			}
			for i, r := range lineRules {
				t.Run(r.name, func(t *testing.T) {
					for _, f := range failures[i] {
						t.Error(f)
					}
				})
			}
		})
	}
	// A desktop keeps the headings' sizes, unhyphenated.
	ctx := browsertest.Start(t, browsertest.WindowSize(1280, 844))
	site := serveBuilt(t, mustBuild(t, smallSite), "/repo/")
	do(t, ctx, chromedp.EmulateViewport(1280, 844), chromedp.Navigate(site+"days/2024-05-31/"), chromedp.WaitReady("footer"))
	got := run(t, ctx, chromedp.Evaluate[[]string](`["h1", "h2", "h3", ".subscribe h2"].map(s => { const c = getComputedStyle(document.querySelector(s)); return s + " " + c.fontSize + " " + c.hyphens })`))
	if want := []string{"h1 28px manual", "h2 20.8px manual", "h3 17.6px manual", ".subscribe h2 18.4px manual"}; !slices.Equal(got, want) {
		t.Errorf("the headings of a day's page at 1280 px: %q, want %q", got, want)
	}
}

// pageChecks is one script that runs on page the checks of the rules
// that read it, their indexes in lineRules: its value is an array of the
// breaks of each rule at 100% text, [] for the text's change to 200%, and
// of each rule at 200%.
func pageChecks(page string) (script string, rules []int) {
	var normal, large []string
	for i, r := range lineRules {
		if r.pages == nil || slices.Contains(r.pages, page) {
			normal = append(normal, cmp.Or(r.normal, "[]"))
			large = append(large, cmp.Or(r.large, "[]"))
			rules = append(rules, i)
		}
	}
	checks := slices.Concat(normal, []string{`(document.documentElement.style.fontSize = "200%", [])`}, large)
	return "[" + strings.Join(checks, ",\n") + "]", rules
}

// countsSplit is each number and unit of a page's subtitles on two lines,
// with the width (px) of the subtitle at which they are, narrowing it a
// pixel at a time.
const countsSplit = `(() => {
	const split = [], oneLine = ` + oneLine + `;
	for (const p of document.querySelectorAll("main .muted")) {
		// A date (in <time>) is not a count; "page 1 of 2" counts
		// pages, not what follows its number.
		const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, n => n.parentElement.closest("time") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT), pairs = [];
		for (let n; (n = walk.nextNode());) {
			for (const m of n.data.matchAll(/\p{Nd}\s(?=\p{L})/gu)) {
				if (/^\p{Nd}\s\p{L}{1,4}\s\p{Nd}/u.test(n.data.slice(m.index))) continue; // "1 of 2", "1 sur 2"
				const num = document.createRange(), unit = document.createRange();
				num.setStart(n, m.index); num.setEnd(n, m.index + 1);
				unit.setStart(n, m.index + 2); unit.setEnd(n, m.index + 3);
				pairs.push([num, unit, n.data.slice(Math.max(0, m.index - 3), m.index + 8)]);
			}
		}
		// From 480 px down to its width on one line (oneLine) the
		// subtitle is laid out alike: what splits at 480 splits there.
		const fits = oneLine(p);
		const wide = [];
		for (let w = 480; w >= 100; w--) {
			if (w < 480 && w >= fits) {
				for (const text of wide) split.push(w + " px: " + text);
				continue;
			}
			p.style.width = w + "px";
			for (const [num, unit, text] of pairs) {
				if (Math.abs(num.getBoundingClientRect().top - unit.getBoundingClientRect().top) > 2) {
					split.push(w + " px: " + JSON.stringify(text));
					if (w === 480) wide.push(JSON.stringify(text));
				}
			}
		}
		p.style.width = "";
	}
	return split;
})()`

// oneLine is a script's function of an element: its width (px, rounded
// up) where its text is on as few lines as it can be, the lines it has at
// any width from there up, so that a narrowing from 480 px need lay it
// out anew only below it (an inline element's width does not change its
// lines: 0). countsSplit and numbersSplit ran 12.4 s on the pages of their
// rules in the nine languages (at load 13), laying out wide widths for
// nothing, and run 4.0 s with it.
const oneLine = `(el => {
	if (getComputedStyle(el).display === "inline") return 0;
	el.style.width = "max-content";
	const w = Math.ceil(el.getBoundingClientRect().width);
	el.style.width = "";
	return w;
})`

// numbersSplit is each number and the word beside it on two lines
// ("Week|22"), with the width (px) of their block at which they are,
// narrowing it a pixel at a time.
const numbersSplit = `(() => {
	const oneLine = ` + oneLine + `, lang = document.documentElement.lang, weekdays = new Set();
	for (let d = 0; d < 7; d++) weekdays.add(new Intl.DateTimeFormat(lang, {weekday: "long", timeZone: "UTC"}).format(Date.UTC(2024, 0, 1 + d)).toLowerCase());
	const cjk = "\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}", blocks = new Map();
	const add = (n, i, j) => {
		const a = document.createRange(), b = document.createRange();
		a.setStart(n, i); a.setEnd(n, i + 1);
		b.setStart(n, j); b.setEnd(n, j + 1);
		const block = n.parentElement.closest("p, h1, h2, li, nav, div");
		if (!blocks.has(block)) blocks.set(block, []);
		// The run of text around them up to a space that breaks: a
		// block narrower than it breaks inside, which they may.
		const run = document.createRange();
		run.setStart(n, n.data.lastIndexOf(" ", i) + 1); run.setEnd(n, n.data.indexOf(" ", j) < 0 ? n.data.length : n.data.indexOf(" ", j));
		blocks.get(block).push([a, b, n.data.slice(i - 8 > 0 ? i - 8 : 0, i + 1) + "|" + n.data.slice(j, j + 8), run.getBoundingClientRect().width]);
	};
	for (const el of document.querySelectorAll("main :is(time, h1, h2, .muted, .kicker, nav)")) {
		const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, n => n.parentElement.closest("bdi, .prose, .abstract") || n.parentElement.closest(":is(time, h1, h2, .muted, .kicker, nav)") !== el ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
		for (let n; (n = walk.nextNode());) {
			const inTime = !!n.parentElement.closest("time"), counts = !inTime && !!n.parentElement.closest(".muted");
			// A word, spaces, a number: "Week 22", "de 2024", "Mai 2024".
			for (const m of n.data.matchAll(/([\p{L}\p{M}]+)[\s\u2060]+(?=\p{Nd})/gu)) {
				if (counts || weekdays.has(m[1].toLowerCase())) continue; // "on 2 days" counts days; "vendredi 31" may break
				if (/^\p{Nd}{4}(?!\p{Nd})/u.test(n.data.slice(m.index + m[0].length))) continue; // a year may start a line: "31 mai" above, "2024" below
				add(n, m.index + m[1].length - 1, m.index + m[0].length);
			}
			// In a date, a number, spaces, a word: "31 mai", "31. Mai".
			if (inTime) for (const m of n.data.matchAll(/\p{Nd}\.?[\s\u2060]+(?=\p{L})/gu)) add(n, m.index, m.index + m[0].length);
			// Chinese and Japanese: a number and the character after it, its
			// unit ("22週", "5月"), without a space, and "第" and its number.
			for (const m of n.data.matchAll(new RegExp("第\\u2060?(?=\\p{Nd})|\\p{Nd}\\u2060?(?=[" + cjk + "])", "gu"))) add(n, m.index, m.index + m[0].length);
		}
	}
	const split = new Map();
	for (const [block, pairs] of blocks) {
		// From 480 px down to the block's width on one line (oneLine)
		// the block is laid out alike: past 480, only narrower ones.
		const fits = oneLine(block);
		for (let w = 480; w >= 100; w = w === 480 ? Math.min(479, fits - 1) : w - 1) {
			block.style.width = w + "px";
			for (const [a, b, text, runWidth] of pairs) {
				if (!split.has(text) && w >= runWidth + 2 && Math.abs(a.getBoundingClientRect().top - b.getBoundingClientRect().top) > 2) split.set(text, w + " px: " + JSON.stringify(text));
			}
		}
		block.style.width = "";
	}
	return [...split.values()];
})()`

// yearsBroken is each text of a heading, a date or a subtitle with a year
// broken across lines, as one was when a joined date was wider than a
// heading's line.
const yearsBroken = `(() => {
	const broken = [];
	for (const el of document.querySelectorAll("main :is(time, h1, h2, .muted, .kicker, nav)")) {
		const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) {
			for (const m of n.data.matchAll(/(?<!\p{Nd})\p{Nd}{4}(?!\p{Nd})/gu)) {
				const r = document.createRange();
				r.setStart(n, m.index); r.setEnd(n, m.index + 4);
				if (r.getClientRects().length > 1) broken.push(JSON.stringify(n.data));
			}
		}
	}
	return broken;
})()`

// headingWordsBroken is each word of a heading broken across lines that
// would fit on one in the body's size of type.
const headingWordsBroken = `(() => {
	const bad = [], body = getComputedStyle(document.body);
	for (const h of document.querySelectorAll("h1, h2, h3")) {
		const width = h.clientWidth - parseFloat(getComputedStyle(h).paddingInlineStart) - parseFloat(getComputedStyle(h).paddingInlineEnd);
		const walk = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) {
			// A word, up to a space, a hyphen or a break opportunity (the
			// zero-width space after "KW 22/").
			for (const m of n.data.matchAll(/[^\s\u200b\-‐]+/gu)) {
				if (/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u.test(m[0])) continue;
				const r = document.createRange();
				r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
				if (new Set([...r.getClientRects()].map(x => Math.round(x.top))).size < 2) continue;
				// Its width in the body's size of type, in the heading's face.
				const probe = document.createElement("span");
				probe.style.cssText = "white-space:nowrap;font-size:" + body.fontSize;
				probe.textContent = m[0];
				h.append(probe);
				const least = probe.getBoundingClientRect().width;
				probe.remove();
				if (least <= width) bad.push(h.tagName + " " + JSON.stringify(m[0]) + " broken inside at " + getComputedStyle(h).fontSize + " (" + Math.round(least) + " of " + Math.round(width) + " px in the body's size)");
			}
		}
	}
	return bad;
})()`
