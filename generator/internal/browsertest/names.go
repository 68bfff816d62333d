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
// width, 3 px at a time, and the page wider than the window.
func SplitNames(selector string) string {
	return `(() => {
		const bad = [], words = /\S+/g;
		if (document.documentElement.scrollWidth > document.documentElement.clientWidth) bad.push("the page is " + document.documentElement.scrollWidth + " px wide");
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
			const given = ranges[ranges.length - 2], family = ranges[ranges.length - 1];
			// A word broken across lines has more than one box.
			for (const r of ranges) if (r.getClientRects().length > 1 && !r.toString().includes("-")) bad.push(JSON.stringify(name) + " broken inside " + JSON.stringify(r.toString()));
			// The two names' width, set as the paragraph sets them.
			const probe = document.createElement("span");
			probe.style.whiteSpace = "nowrap"; probe.textContent = given.toString() + " " + family.toString();
			p.append(probe);
			const pair = probe.getBoundingClientRect().width;
			probe.remove();
			const top = r => r.getBoundingClientRect().top;
			if (pair <= p.clientWidth && Math.abs(top(given) - top(family)) > 2) bad.push(JSON.stringify(name) + " on two lines");
			// Narrowed, the line keeps them together while it has room for them.
			for (let w = p.clientWidth - 1; w >= pair + 2 && w >= 100; w -= 3) {
				p.style.width = w + "px";
				if (Math.abs(top(given) - top(family)) > 2) {
					bad.push(JSON.stringify(name) + " on two lines in a line of " + w + " px");
					break;
				}
			}
			p.style.width = "";
		}
		return bad;
	})()`
}
