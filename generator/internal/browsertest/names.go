package browsertest

import "strconv"

// SplitNames is a script for chromedp.Evaluate[[]string] that lists how
// the authors' names in the elements matching selector (each a name, in
// a paragraph that lists them) break across lines, as a page's bylines
// and an email's author lines must not: a word broken inside (where it
// has no hyphen to break after: "Allen-" above, "Zhu" below is a line's
// break), a name's last given name on another line than its family name
// where the paragraph has room for the two ("Carroll L." above,
// "Wainwright" below), also in the paragraph narrowed down to the two's
// width, 3 px at a time, and the page wider than the window. A paragraph
// is narrowed once for all its names, each looked at down to its own
// two's width (narrowed once a name, a byline of 20 took some 4,000
// layouts of the page).
func SplitNames(selector string) string {
	return `(() => {
		const bad = [], words = /\S+/g, names = [];
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth) bad.push("the page is " + document.documentElement.scrollWidth + " px wide");
		const top = r => r.getBoundingClientRect().top;
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
			// The two names' width, set as the paragraph sets them.
			const probe = document.createElement("span");
			probe.style.whiteSpace = "nowrap"; probe.textContent = given.toString() + " " + family.toString();
			p.append(probe);
			const pair = probe.getBoundingClientRect().width;
			probe.remove();
			if (pair <= p.clientWidth && Math.abs(top(given) - top(family)) > 2) said.push(JSON.stringify(name) + " on two lines");
			names.push({name, p, given, family, pair, said, split: false});
		}
		// Narrowed, the line keeps each name's two together while it has
		// room for them (the first width they part at is said).
		for (const p of new Set(names.map(n => n.p))) {
			const of = names.filter(n => n.p === p), room = n => !n.split && w >= n.pair + 2;
			let w = p.clientWidth - 1;
			for (; w >= 100 && of.some(room); w -= 3) {
				p.style.width = w + "px";
				for (const n of of.filter(room)) {
					if (Math.abs(top(n.given) - top(n.family)) > 2) {
						n.said.push(JSON.stringify(n.name) + " on two lines in a line of " + w + " px");
						n.split = true;
					}
				}
			}
			p.style.width = "";
		}
		for (const n of names) bad.push(...n.said);
		return bad;
	})()`
}
