package browsertest

import "strconv"

// SplitNames is a script for chromedp.Evaluate[[]string] that lists how
// the authors' names in the elements matching selector (each a name, in
// a paragraph that lists them) break across lines, as a page's bylines
// and an email's author lines must not: a word broken inside (where it
// has no hyphen to break after: "Allen-" above, "Zhu" below is a line's
// break), a name's last given name on another line than its family name
// where the paragraph has room for the two and the punctuation after them
// ("Carroll L." above, "Wainwright" below), the comma after a name on
// another line than the name where the line has room for the family name
// and the comma ("Maarten Bosma" above, ", Brian Ichter" below, as a line
// broke after a name's inline block; see sayParted), also in the
// paragraph narrowed 3 px at a time, and the page wider than the window.
// A paragraph is narrowed once for all its names, each looked at down to
// its own least width (narrowed once a name, a byline of 20 took some
// 4,000 layouts of the page).
func SplitNames(selector string) string {
	return `(() => {
		const bad = [], words = /\S+/g, names = [];
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth) bad.push("the page is " + document.documentElement.scrollWidth + " px wide");
		const top = r => r.getBoundingClientRect().top, last = r => [...r.getClientRects()].at(-1).top;
		// sayParted says where, in a line of w px, the name n's last
		// given name and family name are on two lines (in a line with
		// room for the two and the punctuation after them: n.pair), or
		// its family name's end and that punctuation (in a line with room
		// for the family name and it: n.glued), and marks it split: looked
		// at no narrower. A name of three words or more is looked at for
		// its punctuation only in a line with room for the whole name and
		// it: in a narrower one the name wraps in its block (.authors
		// .author), where the box of its last two words ends inside its
		// link and the comma follows the link, so that a line within a
		// comma's width of the name's may still break before the comma.
		const sayParted = (n, where, w) => {
			if (w >= n.pair && Math.abs(top(n.given) - top(n.family)) > 2) {
				n.said.push(JSON.stringify(n.name) + " on two lines" + where);
				n.split = true;
			}
			if (w >= n.glued && Math.abs(last(n.family) - top(n.punct)) > 2) {
				n.said.push(JSON.stringify(n.name) + " on one line and the " + JSON.stringify(n.punct.toString()) + " after it on the next" + where);
				n.split = true;
			}
		};
		for (const a of document.querySelectorAll(` + strconv.Quote(selector) + `)) {
			const name = a.textContent, p = a.closest("p");
			// The range of each word of the name, in its text nodes.
			const ranges = [];
			for (const walk = document.createTreeWalker(a, NodeFilter.SHOW_TEXT), n = [null]; (n[0] = walk.nextNode());) {
				for (const m of n[0].data.matchAll(words)) {
					const r = document.createRange();
					r.setStart(n[0], m.index); r.setEnd(n[0], m.index + m[0].length);
					ranges.push(r);
				}
			}
			if (ranges.length < 2) continue;
			const given = ranges[ranges.length - 2], family = ranges[ranges.length - 1], said = [];
			// A word broken across lines has more than one box.
			for (const r of ranges) if (r.getClientRects().length > 1 && !r.toString().includes("-")) said.push(JSON.stringify(name) + " broken inside " + JSON.stringify(r.toString()));
			// The punctuation right after the name: the comma before the
			// next, a line's start it must not be.
			let punct = null;
			const next = a.nextSibling, mark = next && next.nodeType === Node.TEXT_NODE && next.data.match(/^\p{P}+/u);
			if (mark) { punct = document.createRange(); punct.setStart(next, 0); punct.setEnd(next, mark[0].length); }
			// The widths of the two names with it, of the family name with
			// it and of the whole name with it, set as the paragraph sets
			// them: a copy of the page from the first word to the last, its
			// elements too, on one line. Their text alone was narrower
			// where an element parts the letters that the font kerns: a
			// comma after the <bdi> that isolates a name sits a kerning
			// pair's width further from its "r" (0.8 px of Liberation
			// Sans's "Zettlemoyer," at 14 px) than in the text, so that
			// a line of 112 px held the text's 111.3 px but not the
			// name's 112.1 px, and its inline block rightly wrapped.
			const probe = document.createElement("span"), width = (from, to) => {
				const r = document.createRange();
				r.setStart(from.startContainer, from.startOffset); r.setEnd(to.endContainer, to.endOffset);
				probe.replaceChildren(r.cloneContents());
				return probe.getBoundingClientRect().width;
			};
			probe.style.whiteSpace = "nowrap";
			p.append(probe);
			const end = punct || family, pair = width(given, end);
			// A name of two words that a no-break space joins (Outlook's)
			// cannot wrap between them: narrower than the two, it breaks
			// where it can.
			const glued = !mark ? Infinity : ranges.length > 2 ? width(ranges[0], end) : name.includes("\u00a0") ? pair : width(family, end);
			probe.remove();
			const n = {name, p, given, family, punct, pair, glued, said, split: false};
			sayParted(n, "", p.clientWidth);
			names.push(n);
		}
		// Narrowed, the line keeps each name's two together while it has
		// room for them, and its comma on its line (the first width they
		// part at is said).
		for (const p of new Set(names.map(n => n.p))) {
			const of = names.filter(n => n.p === p), room = n => !n.split && w >= Math.min(n.pair, n.glued) + 2;
			let w = p.clientWidth - 1;
			for (; w >= 100 && of.some(room); w -= 3) {
				p.style.width = w + "px";
				for (const n of of.filter(room)) sayParted(n, " in a line of " + w + " px", w);
			}
			p.style.width = "";
		}
		for (const n of names) bad.push(...n.said);
		return bad;
	})()`
}
