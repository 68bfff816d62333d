package generator

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// doiSite has a paper with a DOI, whose page's line of links below its
// BibTeX is the fullest.
const doiSite = smallSite + `-- content/papers/2405.00010.md --
---
title: "A paper with a DOI"
arxiv: "2405.00010"
authors: ["Ada Lovelace"]
date: 2024-05-31
doi: "10.1109/CVPR.2016.90"
---
Abstract.
`

// TestDOIStaysWithItsLabelInBrowser: below a paper's BibTeX, "DOI" and the
// DOI it names stay on one line at any width, where on a phone the line
// broke between them and the label ended one line, its number starting
// the next.
func TestDOIStaysWithItsLabelInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	out := mustBuild(t, doiSite)
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

// TestDownloadLinksStayWholeInBrowser: below a paper's BibTeX, "Download
// BibTeX (.bib)" and "Download RIS (.ris)" each stay on one line at every
// width of the line that holds them, where on a phone a link broke
// between its words ("Download BibTeX" ending one line, "(.bib)" starting
// the next); a link wider than the line (at 200% text) wraps inside it
// and nothing overflows.
func TestDownloadLinksStayWholeInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	out := mustBuild(t, doiSite)
	for _, zoom := range []string{"100%", "200%"} {
		do(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00010/"), chromedp.WaitReady("footer"),
			chromedp.Evaluate[chromedp.Void](`document.documentElement.style.fontSize = "`+zoom+`"; 0`))
		// Each width (px) of the line of links at which a link that fits
		// on it is on two lines, or one overflows it, with the link.
		got := run(t, ctx, chromedp.Evaluate[[]string](`(() => {
			const p = document.querySelector(".cite-actions"), out = [];
			const links = [...p.querySelectorAll(".bib-download a")];
			const whole = links.map(a => {
				a.style.whiteSpace = "nowrap";
				const r = document.createRange(); r.selectNodeContents(a);
				const w = r.getBoundingClientRect().width;
				a.style.whiteSpace = "";
				return w;
			});
			for (let w = 480; w >= 160; w--) {
				p.style.width = w + "px";
				const line = p.getBoundingClientRect();
				links.forEach((a, i) => {
					const r = document.createRange(); r.selectNodeContents(a);
					const tops = new Set([...r.getClientRects()].map(c => Math.round(c.top)));
					if (tops.size > 1 && whole[i] <= line.width) out.push(w + " px: " + a.textContent + " on " + tops.size + " lines");
					if (r.getBoundingClientRect().right > line.right + 0.5) out.push(w + " px: " + a.textContent + " overflows");
				});
			}
			return out;
		})()`))
		if len(got) > 0 {
			t.Errorf("at %s text, %d times a download link breaks or overflows, the first at %s", zoom, len(got), got[0])
		}
	}
}

// TestSearchFiltersEvenlySpacedInBrowser: where the search page's three
// filters (topic, from, to) stand on one row, each label is as far from
// its field as the others, and each pair as far from the one before it:
// a short label ("To") sat right-aligned in a track as wide as the
// longest would need, twice as far from the field before it as "From"
// was, and as near its own field as that one.
func TestSearchFiltersEvenlySpacedInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-to"))
	for _, width := range []int64{1280, 900, 760} {
		do(t, ctx, chromedp.EmulateViewport(width, 900))
		// The gaps along the row, in px: from each label's text to its
		// field, and from each field to the next label's text.
		got := run(t, ctx, chromedp.Evaluate[[]float64](`(() => {
			const text = l => { const r = document.createRange(); r.selectNodeContents(l); return r.getBoundingClientRect(); };
			const gaps = [];
			let before = null;
			for (const l of document.querySelectorAll(".search-filters label")) {
				const field = document.getElementById(l.htmlFor).getBoundingClientRect(), label = text(l);
				if (before) gaps.push(Math.round(label.left - before.right));
				gaps.push(Math.round(field.left - label.right));
				before = field;
			}
			return gaps;
		})()`))
		if len(got) != 5 {
			t.Fatalf("at %d px: gaps %v, want 5 along one row", width, got)
		}
		within, between := []float64{got[0], got[2], got[4]}, []float64{got[1], got[3]}
		if slices.Max(within)-slices.Min(within) > 1 || between[0] != between[1] || slices.Min(between) <= slices.Max(within) {
			t.Errorf("at %d px: label to field %v px, field to next label %v px; want the first alike, the second alike and wider", width, within, between)
		}
	}
}

// TestPrintedIDStaysWithTitleInBrowser: printed, a listed paper's arXiv id
// (its link's ::after) stays on the line of its title's last word, on a
// day's list and on an author's rows, at any width of the list: as an
// inline block it went down alone and began a line with its separator
// (" · arXiv:2205.14135").
func TestPrintedIDStaysWithTitleInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	emulatePrint(t, ctx) // for every page the tab loads next
	for _, page := range []struct{ path, list string }{{"days/2024-06-03/", ".paper-list"}, {"authors/tri-dao/", ".paper-rows"}} {
		do(t, ctx, chromedp.Navigate(base+page.path), chromedp.WaitVisible(page.list))
		// The widths (px) of the list at which a title's last line holds its
		// id alone: the link's last box is below the last letter of its text.
		got := run(t, ctx, chromedp.Evaluate[[]int](`(() => {
			const list = document.querySelector(`+"`"+page.list+"`"+`), links = [...list.querySelectorAll("a[data-cite]")];
			const alone = [];
			for (let w = 700; w >= 300; w -= 2) {
				list.style.width = w + "px";
				for (const a of links) {
					const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT);
					let last = null;
					for (let n; (n = walk.nextNode());) if (n.data.trim()) last = n;
					const r = document.createRange(); r.setStart(last, last.data.trimEnd().length - 1); r.setEnd(last, last.data.trimEnd().length);
					if (a.getClientRects().length && [...a.getClientRects()].at(-1).top > r.getBoundingClientRect().bottom - 2) { alone.push(w); break; }
				}
			}
			return alone;
		})()`))
		if len(got) > 0 {
			t.Errorf("printed %s: a title's id on a line of its own at %d widths of the list, %d px the widest, want it after the title's last word at every width", page.path, len(got), got[0])
		}
	}
}

// TestPagerNumbersWrapTogetherInBrowser: the page numbers of a long list
// stay on one row on a phone, down to 320 px and with three digits, with
// Newer before them and Older after, where the pager, one flex row of
// them all, went on to a second row partway through the numbers ("… 7 …"
// above, "12" alone below), and at 320 px the list did ("12" alone below
// "1 … 6 7 8 9 10 …"); on a wide screen all of it is one row.
func TestPagerNumbersWrapTogetherInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	for _, tt := range []struct {
		pages, page int
		width       int64
	}{{12, 8, 390}, {12, 8, 360}, {12, 8, 320}, {120, 100, 320}, {12, 8, 1280}} {
		width := tt.width
		url := serveBuilt(t, mustBuild(t, pagesSite(tt.pages)), "/repo/") + fmt.Sprintf("authors/ada-lovelace/page/%d/", tt.page)
		do(t, ctx, chromedp.EmulateViewport(width, 844), chromedp.Navigate(url), chromedp.WaitReady(".pager"))
		// The rows (middles, px) of Newer, of each item of the numbers' list, and of Older.
		got := run(t, ctx, chromedp.Evaluate[[]int](`[document.querySelector(".pager [rel=prev]"), ...document.querySelectorAll(".pager li"), document.querySelector(".pager [rel=next]")].map(e => { const r = e.getBoundingClientRect(); return Math.round((r.top + r.bottom) / 2); })`))
		numbers := got[1 : len(got)-1]
		if len(numbers) < 7 || slices.Min(numbers) != slices.Max(numbers) {
			t.Errorf("at %d px, page %d of %d: the pager's numbers on rows %v, want them on one", width, tt.page, tt.pages, numbers)
		}
		if newer, older := got[0], got[len(got)-1]; newer > numbers[0] || older < numbers[0] || width == 1280 && (newer != numbers[0] || older != numbers[0]) {
			t.Errorf("at %d px: Newer on row %d, the numbers on %d, Older on %d; want Newer first and Older last (one row at 1280 px)", width, newer, numbers[0], older)
		}
	}
}

// TestPagerArrowsSpacedInBrowser: Newer and Older stand a space from
// their arrows, where the arrow, a flex item of the link's, took the
// space after it away ("←Newer", "Older→").
func TestPagerArrowsSpacedInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	url := serveBuilt(t, mustBuild(t, pagesSite(12)), "/repo/") + "authors/ada-lovelace/page/8/"
	do(t, ctx, chromedp.Navigate(url), chromedp.WaitReady(".pager"))
	// The space (in em) between each link's arrow and its word.
	got := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll(".pager [rel]")].map(a => {
		const arrow = a.querySelector("[aria-hidden]").getBoundingClientRect(), word = [...a.childNodes].find(n => n.nodeType === Node.TEXT_NODE && n.data.trim());
		const r = document.createRange(); r.setStart(word, word.data.indexOf(word.data.trim())); r.setEnd(word, word.data.indexOf(word.data.trim()) + word.data.trim().length);
		const w = r.getBoundingClientRect(), gap = arrow.left > w.left ? arrow.left - w.right : w.left - arrow.right;
		return +(gap / parseFloat(getComputedStyle(a).fontSize)).toFixed(2);
	})`))
	if len(got) != 2 {
		t.Fatalf("spaces %v, want Newer's and Older's", got)
	}
	for i, gap := range got {
		if gap < 0.2 || gap > 0.5 {
			t.Errorf("%s stands %vem from its arrow, want a space (0.2–0.5em)", []string{"Newer", "Older"}[i], gap)
		}
	}
}

// pagesSite has an author of n papers, one a page, each of its own day.
func pagesSite(n int) string {
	var b strings.Builder
	b.WriteString("-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\nauthorPageSize: 1\n")
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "-- content/papers/p%d.md --\n---\ntitle: Paper %d\nid: p%d\nauthors: [Ada Lovelace]\ndate: %s\n---\nAbstract.\n", i, i, i, time.Date(2024, 1, i, 0, 0, 0, 0, time.UTC).Format("2006-01-02"))
	}
	return b.String()
}

// TestDayLinksKeepCompanyInBrowser: a month's list of days never leaves
// its last link alone on a row, at any width of the list from a phone's
// to a desktop's: a flex row of 31 links left "Jan 1" alone below the
// rows of them at 69 widths of 801, up to 919 px wide.
func TestDayLinksKeepCompanyInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	var b strings.Builder
	b.WriteString("-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n")
	for i := 1; i <= 31; i++ {
		fmt.Fprintf(&b, "-- content/papers/p%d.md --\n---\ntitle: Paper %d\nid: p%d\nauthors: [Ada Lovelace]\ndate: 2022-01-%02d\n---\nAbstract.\n", i, i, i, i)
	}
	do(t, ctx, chromedp.Navigate(serveBuilt(t, mustBuild(t, b.String()), "/repo/")+"months/2022-01/"), chromedp.WaitReady(".day-links"))
	// The widths (px) of the list at which its last row holds one link.
	got := run(t, ctx, chromedp.Evaluate[[]int](`(() => {
		const ul = document.querySelector(".day-links ul"), links = [...ul.querySelectorAll("a")];
		const alone = [];
		for (let w = 1000; w >= 200; w--) {
			ul.style.width = w + "px";
			const rows = links.map(a => Math.round(a.getBoundingClientRect().top));
			if (rows.filter(r => r === rows.at(-1)).length === 1) alone.push(w);
		}
		return alone;
	})()`))
	if len(got) > 0 {
		t.Errorf("the month's last day link alone on its row at %d widths of the list, %d px the widest; want it with another at every width", len(got), got[0])
	}
}

// TestFeedAddressesBreakAtSlashesInBrowser: on a phone, a feed's address
// on the feeds and subscribe pages breaks only after a / . ? & or =, where
// it broke after the hyphen of the site's name ("…paperboy-" above,
// "digest.github.io/…" below).
func TestFeedAddressesBreakAtSlashesInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, page := range []string{"feeds/", "subscribe/"} {
		for _, width := range []int64{320, 390} {
			do(t, ctx, chromedp.EmulateViewport(width, 844), chromedp.Navigate(base+page), chromedp.WaitReady("footer"))
			// Each line break of an address written out, as the text before
			// it and the character it ends on ("https://paperboy-").
			got := run(t, ctx, chromedp.Evaluate[[]string](`(() => {
				const breaks = [];
				for (const code of document.querySelectorAll("main a code")) {
					const text = code.textContent;
					const walk = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
					let top = null, before = "";
					for (let n; (n = walk.nextNode());) {
						for (let i = 0; i < n.data.length; i++) {
							const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
							const y = Math.round(r.getBoundingClientRect().top);
							if (top !== null && y > top && !"/.?&=".includes(before.at(-1))) breaks.push(before);
							top = y; before += n.data[i];
						}
					}
					if (before !== text) breaks.push("(text read as " + before + ")");
				}
				return breaks;
			})()`))
			for _, b := range got {
				t.Errorf("%s at %d px: an address breaks after %q, want it to break only after / . ? & =", page, width, b)
			}
		}
	}
}

// TestWrappedAddressLinesAlignInBrowser: a feed's address that wraps on a
// phone starts each of its lines at the same place, inside its grey box,
// where the box's padding stood before its first line alone: the lines
// after it began 0.3em left of it, flush with the box's edge.
func TestWrappedAddressLinesAlignInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 844), chromedp.Navigate(base+"feeds/"), chromedp.WaitReady("footer"))
	// For each address that wraps, the left (px) of the first letter of
	// each of its lines.
	got := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll(".feed-urls code")].map(code => {
		const starts = [];
		let top = null;
		const walk = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) {
			for (let i = 0; i < n.data.length; i++) {
				const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
				const b = r.getBoundingClientRect();
				if (top === null || Math.round(b.top) > top) starts.push(+b.left.toFixed(1));
				top = Math.round(b.top);
			}
		}
		return starts;
	}).filter(s => s.length > 1)`))
	if len(got) == 0 {
		t.Fatal("no address wraps at 320 px")
	}
	for _, starts := range got {
		if slices.Max(starts)-slices.Min(starts) > 1 {
			t.Errorf("a wrapped address's lines start at %v px, want them alike", starts)
		}
	}
}

// TestTopicCountStaysWholeInBrowser: on the topics index, a topic's count
// ("3 papers") stays on one line at any width of the list, where on a
// 320 px phone "Efficient training & inference 3" ended a line and
// "papers" began the next.
func TestTopicCountStaysWholeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 844), chromedp.Navigate(base+"topics/"), chromedp.WaitReady(".topic-index"))
	// The widths (px) of the list at which a count is on two lines.
	got := run(t, ctx, chromedp.Evaluate[[]int](`(() => {
		const ul = document.querySelector(".topic-index"), counts = [...ul.querySelectorAll("li > .muted")];
		const split = [];
		for (let w = 700; w >= 200; w--) {
			ul.style.width = w + "px";
			if (counts.some(c => c.getClientRects().length > 1)) split.push(w);
		}
		return split;
	})()`))
	if len(got) > 0 {
		t.Errorf("a topic's count on two lines at %d widths of the list, %d px the widest; want it on one at every width", len(got), got[0])
	}
}

// TestAddressHostsStayWholeInBrowser: an address written out (a feed's
// on the feeds and subscribe pages, an unsubscribe address) breaks on a
// phone before its host or after it, never inside it ("github." above,
// "io/…" below), where the host fits on a line alone; and nothing
// overflows the page, a host too long for a line included.
func TestAddressHostsStayWholeInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	for _, baseURL := range []string{
		"https://paperboy-digest.github.io/paperboy/",
		"https://ml.cs.example-university.edu/reading-group/",
		"https://reading-group.informatik.example-university.de/",
		"https://machine-learning-reading-group-of-the-department.example.edu/",
	} {
		site := "-- content/site.yaml --\ntitle: T\nbaseURL: " + baseURL + "\nnewsletter:\n  unsubscribe: [\"" + baseURL + "unsubscribe/?list=papers\", \"mailto:unsubscribe@lists.example-university.edu?subject=unsubscribe\"]\n" +
			"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n"
		u, err := url.Parse(baseURL)
		if err != nil {
			t.Fatal(err)
		}
		home := serveBuilt(t, mustBuild(t, site), u.Path)
		for _, page := range []string{"feeds/", "subscribe/"} {
			for _, width := range []int64{320, 390} {
				do(t, ctx, chromedp.EmulateViewport(width, 844), chromedp.Navigate(home+page), chromedp.WaitReady("footer"))
				// Each address whose host, fitting on a line, is broken: the
				// text before the break.
				got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("main a code, main li > a[href^='mailto:'], main li > a[href*='unsubscribe/']")].flatMap(el => {
					const text = el.textContent, start = text.includes("//") ? text.indexOf("//") + 2 : text.indexOf("@") + 1;
					let end = text.slice(start).search(/[\/?#]/);
					end = end < 0 ? text.length : start + end;
					const chars = [];
					const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
					for (let n; (n = walk.nextNode());) {
						for (let i = 0; i < n.data.length; i++) {
							const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
							chars.push(r.getBoundingClientRect());
						}
					}
					const line = el.closest("dd, p, li").clientWidth;
					const width = chars.slice(start, end).reduce((w, r) => w + r.width, 0);
					for (let i = start + 1; i < end; i++) {
						if (Math.round(chars[i].top) > Math.round(chars[i - 1].top) && width <= line) return [text.slice(0, i)];
					}
					return [];
				})`))
				for _, b := range got {
					t.Errorf("%s%s at %d px: an address breaks inside its host, after %q", baseURL, page, width, b)
				}
				if over := run(t, ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth - document.documentElement.clientWidth`)); over > 0 {
					t.Errorf("%s%s at %d px: the page overflows by %d px", baseURL, page, width, over)
				}
			}
		}
	}
}

// TestTableHeadersAlignWithColumnsInBrowser: in a table of a paper's
// notes, each column's heading stands where its cells do, at the start of
// a column the Markdown does not align (|---|), as at the end of one it
// aligns right (|--:|), in a left-to-right page and a right-to-left one,
// where a heading was centred over cells at the start ("Model" over
// "Transformer (base)").
func TestTableHeadersAlignWithColumnsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	paper := `-- content/papers/2405.00010.md --
---
title: "A paper with a table"
arxiv: "2405.00010"
authors: ["Ada Lovelace"]
date: 2024-05-31
---
Abstract.

| Model | Left | Centre | BLEU |
|-------|:-----|:------:|-----:|
| Transformer (base) | a much longer cell | a much longer cell | 27.3 (±0.1) |
`
	for _, site := range []string{smallSite, strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\nlanguage: he\n", 1)} {
		do(t, ctx, chromedp.Navigate(serveBuilt(t, mustBuild(t, site+paper), "/repo/")+"papers/2405.00010/"), chromedp.WaitReady("footer"))
		// Where each heading's and cell's text stands in its box: start,
		// centre or end, in the page's direction.
		got := run(t, ctx, chromedp.Evaluate[[][]string](`[...document.querySelectorAll(".prose tr")].map(tr => [...tr.cells].map(c => {
			const r = document.createRange(); r.selectNodeContents(c);
			const text = r.getClientRects()[0], s = getComputedStyle(c);
			const left = text.left - c.getBoundingClientRect().left - parseFloat(s.paddingLeft) - parseFloat(s.borderLeftWidth);
			const right = c.getBoundingClientRect().right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth) - text.right;
			const rtl = s.direction === "rtl";
			if (Math.abs(left - right) < 1) return "centre";
			return (left < right) !== rtl ? "start" : "end";
		}))`))
		if len(got) != 2 {
			t.Fatalf("rows %v, want a heading row and a row of cells", got)
		}
		for i := range got[1] {
			if got[0][i] != got[1][i] {
				t.Errorf("%s: column %d's heading stands at its %s, its cells at their %s", run(t, ctx, chromedp.Evaluate[string](`document.documentElement.lang`)), i+1, got[0][i], got[1][i])
			}
		}
	}
}

// codeInListsSite has a paper whose notes hold a code block at the top
// level, in a list item, in a list item of a list item and in a block
// quote.
const codeInListsSite = smallSite + "-- content/papers/2405.00011.md --\n---\ntitle: \"Code in lists\"\narxiv: \"2405.00011\"\ndate: 2024-05-31\n---\nAbstract.\n\n" +
	"```python\nx = torch.randn(r, base.in_features) * 0.01\n```\n\n" +
	"- A layer:\n\n  ```python\n  x = torch.randn(r, base.in_features) * 0.01\n  ```\n\n" +
	"  1. Its step:\n\n     ```python\n     x = torch.randn(r, base.in_features) * 0.01\n     ```\n\n" +
	"> A quote:\n>\n> ```python\n> x = torch.randn(r, base.in_features) * 0.01\n> ```\n"

// TestCodeInListsHasRoomInBrowser: on a 320 px phone at 200% text, a
// code block has 15 characters a line or more, and one in a list item,
// a list item's list or a block quote nearly as many (3 fewer at most),
// where the block's padding, the list's indentation and the quote's
// margins left the sample's LoRA layer 7 to 10 characters a line.
func TestCodeInListsHasRoomInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(320, 844))
	out := mustBuild(t, codeInListsSite)
	do(t, ctx, chromedp.EmulateViewport(320, 844), chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00011/"), chromedp.WaitReady("footer"),
		chromedp.Evaluate[chromedp.Void](`document.documentElement.style.fontSize = "200%"; 0`))
	// Each code block's characters a line: the width of its text over
	// that of a character of its font.
	got := run(t, ctx, chromedp.Evaluate[map[string]float64](`(() => {
		const out = {};
		for (const pre of document.querySelectorAll("main .prose pre")) {
			const where = pre.closest("li li") ? "list in a list" : pre.closest("li") ? "list" : pre.closest("blockquote") ? "quote" : "top";
			const s = getComputedStyle(pre), probe = document.createElement("span");
			probe.textContent = "0".repeat(100);
			probe.style.cssText = "position: absolute; white-space: pre";
			pre.appendChild(probe);
			const ch = probe.getBoundingClientRect().width / 100;
			probe.remove();
			out[where] = (pre.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)) / ch;
		}
		return out;
	})()`))
	t.Logf("characters a line: %v", got)
	top := got["top"]
	if top < 15 {
		t.Errorf("a code block outside lists has %.1f characters a line, want 15 or more (got %v)", top, got)
	}
	for _, where := range []string{"list", "list in a list", "quote"} {
		if cols, ok := got[where]; !ok || cols < top-3 {
			t.Errorf("code in a %s: %.1f characters a line, want %.1f or more, 3 fewer than outside lists' %.1f", where, cols, top-3, top)
		}
	}
}

// TestAuthorNamesStayWholeInBrowser: on a 320 px phone at 100% and 200%
// text, and on a desktop, an author's last given name stays on the line
// of the family name in a paper's byline, a day's paper cards and an
// author's co-authors, at any width of the line that has room for the two
// ("Carroll L." above, "Wainwright" below no more); where it has not, they
// wrap between them, not inside a word, and nothing sticks out of the
// page.
func TestAuthorNamesStayWholeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t, browsertest.Timeout(5*time.Minute)) // 15 pages in one tab
	for _, c := range []struct {
		width int64
		text  string
	}{{320, "100%"}, {320, "200%"}, {1280, "100%"}} {
		for _, page := range []string{"papers/2203.02155/", "papers/2305.18290/", "papers/1706.03762/", "days/2024-06-04/", "authors/christopher-d-manning/"} {
			do(t, ctx, chromedp.EmulateViewport(c.width, 640), chromedp.Navigate(base+page), chromedp.WaitReady("footer"),
				chromedp.Evaluate[chromedp.Void](`document.documentElement.style.fontSize = "`+c.text+`"; 0`))
			got := run(t, ctx, chromedp.Evaluate[[]string](browsertest.SplitNames(".authors a[href*='/authors/']")))
			if len(got) > 0 {
				t.Errorf("/%s at %d px, %s text: %s", page, c.width, c.text, strings.Join(got, "; "))
			}
		}
	}
}

// TestFeedFormatStaysWholeInBrowser: on the feeds page, a topic's "JSON
// Feed" link keeps its two words on one line at any width of the list
// from 480 px down, where on a 320 px phone "JSON" ended a line and
// "Feed" began the next.
func TestFeedFormatStaysWholeInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.EmulateViewport(320, 640), chromedp.Navigate(base+"feeds/"), chromedp.WaitReady("footer"))
	got := run(t, ctx, chromedp.Evaluate[[]string](`(() => {
		const split = [], list = document.querySelector(".topic-feeds");
		const links = [...list.querySelectorAll("a[href$='feed.json']")];
		for (let w = 480; w >= 200; w--) {
			list.style.width = w + "px";
			for (const a of links) {
				const r = document.createRange();
				r.selectNodeContents(a.firstChild);
				if (r.getClientRects().length > 1 && !split.some(s => s.startsWith(w + " px"))) split.push(w + " px: " + a.getAttribute("href"));
			}
		}
		return split;
	})()`))
	if len(got) > 0 {
		t.Errorf("a topic's JSON Feed link on two lines at %d widths of the list, the first %s; want it on one", len(got), got[0])
	}
}

// TestHeadingsGrowWithTextInBrowser: when a reader doubles the browser's
// default font size (Chromium's Settings → Font size, WCAG 1.4.4's 200%),
// every heading of a day's page doubles as its text does, on phones and on
// a desktop, where below 40rem the headings' middle term of 11vw or 10vw
// held them back: on a 320 px phone an h1 went from 23.2 px to 35.2 px,
// 152%, and from 150% text on it did not grow at all. At 200% an h1's and
// an h2's line still holds the widest word of 13 letters of the theme's
// headings ("Unsubscribing", the subscribe page's), and the subscribe box's
// h2 the French "récapitulatif", at each width where a heading's size
// steps (and one pixel below it). Below 342 px that word's room holds an
// h1 back to 188% (at 320 px) of its 19.2 px, which keeps it clearly
// above a paper's title (TestHeadingsOutrankPaperTitlesInBrowser); an h1
// that doubled there would be 18 px. On a phone the column's side padding
// does not grow with the text (it grew from 12.8 to 16 px at 320 px, the
// room a heading's word needs).
func TestHeadingsGrowWithTextInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(320, 844))
	base := serveBuilt(t, mustBuild(t, smallSite), "/repo/")
	headings := []string{"h1", "h2:not(.subscribe h2)", "h3", ".subscribe h2"}
	const sizes = `["h1", "h2:not(.subscribe h2)", "h3", ".subscribe h2"].map(s => [s, parseFloat(getComputedStyle(document.querySelector(s)).fontSize)])
		.concat([["body", parseFloat(getComputedStyle(document.body).fontSize)], ["padding", parseFloat(getComputedStyle(document.querySelector("main")).paddingInlineStart)]])`
	// The headings (a visible h2: the day's is for screen readers) given
	// a word each that wraps onto more than one line.
	const broken = `[["h1", "Unsubscribing"], ["h2:not(.subscribe h2)", "Unsubscribing"], [".subscribe h2", "récapitulatif"]].filter(([s, word]) => {
		const h = document.querySelector(s), r = document.createRange();
		h.classList.remove("visually-hidden"); h.textContent = word; r.selectNodeContents(h);
		return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size > 1;
	}).map(([s, word]) => s + " " + word)`
	for _, width := range []int64{320, 341, 342, 359, 360, 389, 390, 421, 422, 639, 640, 1280} {
		var at [2]map[string]float64
		for i, px := range []int64{16, 32} {
			do(t, ctx, chromedp.EmulateViewport(width, 844), defaultFontSize(px), chromedp.Navigate(base+"days/2024-05-31/"), chromedp.WaitReady("footer"))
			at[i] = map[string]float64{}
			for _, kv := range run(t, ctx, chromedp.Evaluate[[][]any](sizes)) {
				at[i][kv[0].(string)] = kv[1].(float64)
			}
			if px == 32 {
				if got := run(t, ctx, chromedp.Evaluate[[]string](broken)); len(got) > 0 {
					t.Errorf("%d px at 32 px text: broken across lines: %s", width, strings.Join(got, ", "))
				}
			}
		}
		for _, h := range headings {
			want := 2.0
			if h == "h1" && width < 342 {
				want = 1.85
			}
			if small, large := at[0][h], at[1][h]; large < want*small-0.05 {
				t.Errorf("%d px: %s is %.1f px at 16 px text and %.1f px at 32 px, %.0f%%; want %.0f%%", width, h, small, large, 100*large/small, 100*want)
			}
			if at[0][h] < at[0]["body"] || at[1][h] < at[1]["body"] {
				t.Errorf("%d px: %s is %.1f px and %.1f px, smaller than the body's %.1f and %.1f px", width, h, at[0][h], at[1][h], at[0]["body"], at[1]["body"])
			}
		}
		if small, large := at[0]["padding"], at[1]["padding"]; width < 400 && large > small {
			t.Errorf("%d px: the column's side padding grows from %.1f px at 16 px text to %.1f px at 32 px; want it to keep the line's room", width, small, large)
		}
	}
}

// TestHeaderSearchOnTheRowInBrowser: the header's row is the content's
// column, the site's title starting where the content does and the search
// ending where it ends, where on a desktop of 1024 px and more the header
// was 64rem wide and its title started 128 px left of the content (at
// 1024 px, 128 px too). On a desktop 1024 to 1920 px wide the search field
// is on the row of the navigation, where at 1280 px it went under them, on
// a row of its own, the field 13rem at least and the gaps wider than the
// row had room for. Where there is no room for it beside the navigation (a
// 700 px window, a desktop at 200% text on a screen tall enough to show
// the header's links rather than a Menu button) it goes under them and
// takes that row's width.
func TestHeaderSearchOnTheRowInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	// The field's and the last link's vertical middles; the form's left and right edges and the row's content's;
	// the title's left edge and main's content's left and right edges.
	const places = `(() => {
		const mid = r => (r.top + r.bottom) / 2, row = document.querySelector(".header-row"), s = getComputedStyle(row);
		const q = document.getElementById("header-q").getBoundingClientRect(), link = [...document.querySelectorAll(".site-header nav a")].pop().getBoundingClientRect();
		const form = document.querySelector(".header-search").getBoundingClientRect(), r = row.getBoundingClientRect();
		const main = document.querySelector("main"), m = main.getBoundingClientRect(), ms = getComputedStyle(main);
		return [mid(q), mid(link), link.bottom, form.top, form.left, form.right, r.left + parseFloat(s.paddingLeft), r.right - parseFloat(s.paddingRight),
			document.querySelector(".site-title").getBoundingClientRect().left, m.left + parseFloat(ms.paddingLeft), m.right - parseFloat(ms.paddingRight)].map(Math.round);
	})()`
	for _, c := range []struct {
		width, height, text int64
		beside              bool
	}{{1024, 844, 16, true}, {1280, 844, 16, true}, {1440, 844, 16, true}, {1920, 844, 16, true}, {800, 844, 16, true}, {700, 844, 16, false}, {1280, 1400, 32, false}} {
		do(t, ctx, chromedp.EmulateViewport(c.width, c.height), defaultFontSize(c.text))
		for _, p := range []string{""} {
			do(t, ctx, chromedp.Navigate(base+p), chromedp.WaitReady("footer"))
			got := run(t, ctx, chromedp.Evaluate[[]float64](places))
			field, link, linkBottom, formTop, left, right, rowLeft, rowRight, title, mainLeft, mainRight := got[0], got[1], got[2], got[3], got[4], got[5], got[6], got[7], got[8], got[9], got[10]
			switch {
			case c.beside && (field < link-6 || field > link+6):
				t.Errorf("/%s at %d px, %d px text: the search field's middle is at %.0f px, the navigation's last link's at %.0f px; want them on one row", p, c.width, c.text, field, link)
			case !c.beside && (formTop < linkBottom || left > rowLeft+1 || right < rowRight-1):
				t.Errorf("/%s at %d px, %d px text: the search form is at %.0f..%.0f px from %.0f px down, the row's content %.0f..%.0f px under links ending at %.0f px; want it under them, as wide as the row", p, c.width, c.text, left, right, formTop, rowLeft, rowRight, linkBottom)
			}
			if title != mainLeft || right != mainRight {
				t.Errorf("/%s at %d px, %d px text: the header's title starts at %.0f px and its search ends at %.0f px, the content runs from %.0f to %.0f px; want them to line up", p, c.width, c.text, title, right, mainLeft, mainRight)
			}
		}
	}
}

// TestSearchPageHeaderInBrowser: the search page, which has no search
// field in its header (its own form is the search), has the header of the
// other pages, as high and its links in the same places, where the search
// sits on the navigation's row (768 to 1280 px; the header was 91 px high
// against 102.5 and its links 6 px higher); where the search has a row of
// its own (a phone) the search page's header is that row lower, and ends
// its padding below its last link, no empty band in the field's place.
func TestSearchPageHeaderInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	defer do(t, ctx, defaultFontSize(16))
	// The header's height, the space under its last link's line less the row's padding and the header's border, and its links' places.
	const header = `(() => {
		const h = document.querySelector(".site-header").getBoundingClientRect(), links = [...document.querySelectorAll(".site-header nav a")];
		const below = h.bottom - links.at(-1).parentElement.getBoundingClientRect().bottom - parseFloat(getComputedStyle(document.querySelector(".header-row")).paddingBottom) - 1;
		return [h.height.toFixed(1), below.toFixed(1), JSON.stringify(links.map(a => { const r = a.getBoundingClientRect(); return [a.textContent, Math.round(r.left), Math.round(r.top)] }))];
	})()`
	for _, c := range []struct {
		width, text int64
		beside      bool
	}{{768, 16, true}, {1024, 16, true}, {1280, 16, true}, {1280, 20, true}, {320, 16, false}, {390, 16, false}} {
		do(t, ctx, chromedp.EmulateViewport(c.width, 844), defaultFontSize(c.text), chromedp.Navigate(base), chromedp.WaitReady("footer"))
		home := run(t, ctx, chromedp.Evaluate[[]string](header))
		do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitReady("footer"))
		search := run(t, ctx, chromedp.Evaluate[[]string](header))
		switch {
		case c.beside && (search[0] != home[0] || search[2] != home[2]):
			t.Errorf("at %d px, %d px text: the search page's header is %s px high, its links at\n%s\nwant, as on the home page, %s px and\n%s", c.width, c.text, search[0], search[2], home[0], home[2])
		case !c.beside && search[1] != "0.0":
			t.Errorf("at %d px, %d px text: the search page's header ends %s px below its last link and the row's padding, want 0 (no empty band)", c.width, c.text, search[1])
		}
	}
}

// TestHeadingsOutrankPaperTitlesInBrowser: on a phone at 100% text a
// day's title (h1) is 1.2 times its papers' titles (h3) at least, and a
// section's heading (h2) larger than those, where the h1, made small
// enough to double at 200% text and still hold "Unsubscribing" on its
// line, was 17.6 px over titles of 16.8 px at 320 px (105%), 20.8 over
// 17.6 at 390 (118%), and an h2 no larger than a title below 360 px. At
// 200% text the h1 is 185% of its size or more (TestHeadingsGrowWithText
// asks for 200% from 342 px on).
func TestHeadingsOutrankPaperTitlesInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(320, 844))
	base := serveBuilt(t, mustBuild(t, smallSite), "/repo/")
	const sizes = `["h1", "h2:not(.subscribe h2)", "h3.paper-title"].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize))`
	for _, width := range []int64{320, 340, 360, 375, 390, 412, 430, 600} {
		var at [2][]float64
		for i, px := range []int64{16, 32} {
			do(t, ctx, chromedp.EmulateViewport(width, 844), defaultFontSize(px), chromedp.Navigate(base+"days/2024-05-31/"), chromedp.WaitReady("footer"))
			at[i] = run(t, ctx, chromedp.Evaluate[[]float64](sizes))
		}
		h1, h2, h3 := at[0][0], at[0][1], at[0][2]
		if h1 < 1.2*h3-0.05 || h2 <= h3 {
			t.Errorf("%d px at 16 px text: h1 %.1f px, h2 %.1f px over a paper's title (h3) of %.1f px, %.0f%% and %.0f%%; want 120%% at least and more than 100%%", width, h1, h2, h3, 100*h1/h3, 100*h2/h3)
		}
		if large := at[1][0]; large < 1.85*h1-0.05 {
			t.Errorf("%d px: the h1 is %.1f px at 16 px text and %.1f px at 32 px, %.0f%%; want 185%% at least", width, h1, large, 100*large/h1)
		}
	}
}

// TestContentStartsNearTheHeaderInBrowser: a page's first line of content
// starts as near the header on the home page as on the others (its
// description started 46 px below the header, a day's title 27 px), and
// on a phone the space between them does not double when the reader
// doubles the text (54 px at 320 px and 200%, 92 px on the home page,
// under a header that took a quarter of the screen already).
func TestContentStartsNearTheHeaderInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(320, 844))
	base := serveBuilt(t, mustBuild(t, smallSite), "/repo/")
	// From the header's bottom to the top of main's first line of text in sight.
	const gap = `(() => {
		const walk = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) {
			if (!n.data.trim() || n.parentElement.closest(".visually-hidden")) continue;
			const r = document.createRange(); r.selectNodeContents(n);
			return r.getClientRects()[0].top - document.querySelector(".site-header").getBoundingClientRect().bottom;
		}
	})()`
	pages := []string{"", "days/2024-05-31/", "papers/2405.00001/", "topics/"}
	for _, width := range []int64{320, 390} {
		var at [2][]float64
		for i, px := range []int64{16, 32} {
			for _, p := range pages {
				do(t, ctx, chromedp.EmulateViewport(width, 844), defaultFontSize(px), chromedp.Navigate(base+p), chromedp.WaitReady("footer"))
				at[i] = append(at[i], run(t, ctx, chromedp.Evaluate[float64](gap)))
			}
			if home, day := at[i][0], at[i][1]; home > day+2 {
				t.Errorf("%d px at %d px text: the home page's first line is %.0f px below the header, a day's %.0f px; want it as near", width, px, home, day)
			}
		}
		for j, p := range pages {
			if small, large := at[0][j], at[1][j]; large > 1.5*small {
				t.Errorf("/%s at %d px: the first line is %.0f px below the header at 16 px text and %.0f px at 32 px; want at most half as much again", p, width, small, large)
			}
		}
	}
}

// TestIconGrowsWithTextInBrowser: the GitHub mark before a paper's Code
// link grows with the reader's text as the link's word does, twice as
// large at 200% text, where it stayed 16 px (its width and height), half
// the height of "Code" beside it.
func TestIconGrowsWithTextInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	defer do(t, ctx, defaultFontSize(16))
	const sizes = `[document.querySelector(".paper-links .icon").getBoundingClientRect().height, parseFloat(getComputedStyle(document.querySelector(".paper-links .icon").parentElement).fontSize)]`
	for _, width := range []int64{390, 1280} {
		var at [2][]float64
		for i, px := range []int64{16, 32} {
			do(t, ctx, chromedp.EmulateViewport(width, 1400), defaultFontSize(px), chromedp.Navigate(base+"papers/1706.03762/"), chromedp.WaitReady("footer"))
			at[i] = run(t, ctx, chromedp.Evaluate[[]float64](sizes))
		}
		if icon, text := at[1][0]/at[0][0], at[1][1]/at[0][1]; icon < 0.95*text {
			t.Errorf("%d px: at 200%% text the icon is %.0f px high (%.0f%% of %.0f px) and its link's text %.0f px (%.0f%%); want it to grow as the text does", width, at[1][0], 100*icon, at[0][0], at[1][1], 100*text)
		}
	}
}

// TestTopicFeedsStayTogetherInBrowser: on the feeds page, a topic's three
// feeds (RSS · Atom · JSON Feed) are on one line, after its name or under
// it, on a phone and a desktop, where on a 390 px phone 9 of the 11
// topics' lines ended "RSS · Atom ·" and the next began "JSON Feed".
func TestTopicFeedsStayTogetherInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, width := range []int64{320, 390, 1280} {
		do(t, ctx, chromedp.EmulateViewport(width, 844), chromedp.Navigate(base+"feeds/"), chromedp.WaitReady("footer"))
		split := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".topic-feeds li")].filter(li =>
			new Set([...li.querySelectorAll("a[href$='.xml'], a[href$='.json']")].map(a => Math.round(a.getClientRects()[0].top))).size > 1).map(li => li.firstElementChild.textContent)`))
		if len(split) > 0 {
			t.Errorf("%d px: the feeds of %d topics are on two lines (%s); want each topic's on one", width, len(split), strings.Join(split, ", "))
		}
	}
}
