package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// wrappedCode is the source of the code blocks of wrappedCodeSite's paper, each
// with lines too long for a phone: Python indented by spaces, Go by tabs
// (a tab is 8 columns), and an indented (plain) block.
var wrappedCode = []string{
	"class LoRALinear(nn.Module):\n" +
		"    def forward(self, x):\n" +
		"        return self.base(x) + (x @ self.A.T @ self.B.T) * self.scale + self.bias_term_that_is_long\n",
	"func main() {\n" +
		"\tfor i := range 10 {\n" +
		"\t\tfmt.Println(\"a line long enough to wrap on a phone, twice indented by tabs\", i, i*i, i*i*i)\n" +
		"\t}\n}\n",
	"for step in range(steps):\n" +
		"    loss = model(batch).loss + regularizer(model.parameters(), weight=0.01, kind=\"l2\")\n",
}

// wrappedCodeSite is smallSite with a paper whose body shows wrappedCode.
func wrappedCodeSite() string {
	var body strings.Builder
	body.WriteString("```python\n" + wrappedCode[0] + "```\n\n```go\n" + wrappedCode[1] + "```\n\nPlain:\n\n")
	for line := range strings.Lines(wrappedCode[2]) {
		body.WriteString("    " + line)
	}
	return smallSite + `-- content/papers/2405.00009.md --
---
title: "Code"
arxiv: "2405.00009"
authors: ["Ada Lovelace"]
date: 2024-05-31
---
` + body.String()
}

// TestCodeContinuationHangsInBrowser: on a phone, a code line too long
// for the screen goes on 2ch right of where its own text starts, in a
// highlighted block or a plain one, tabs counted 8 columns: the fixed
// 2ch from the block's edge put an indented line's continuation left of
// its text, under the lines of the blocks around it, and Python's
// structure was lost.
func TestCodeContinuationHangsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	out := mustBuild(t, wrappedCodeSite())
	do(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00009/"), chromedp.WaitReady("footer"))
	// For each wrapped line: its text, and where its second row starts
	// less where its text does, in ch (one character's width).
	got := run(t, ctx, chromedp.Evaluate[string](`(() => {
		const at = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
		return JSON.stringify([...document.querySelectorAll("pre .cl")].flatMap(cl => {
			const chars = [];
			const walk = document.createTreeWalker(cl, NodeFilter.SHOW_TEXT);
			for (let n; (n = walk.nextNode());) for (let i = 0; i < n.length; i++) if (n.data[i] !== "\n") chars.push([n.data[i], at(n, i)]);
			const first = chars.find(([c]) => c !== " " && c !== "\t");
			const next = chars.find(([, r]) => r.top > chars[0][1].top + 2);
			if (!first || !next) return [];
			return [[cl.textContent.trim().slice(0, 12), +((next[1].left - first[1].left) / first[1].width).toFixed(1)]];
		}));
	})()`))
	var lines [][2]any
	if err := json.Unmarshal([]byte(got), &lines); err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 {
		t.Fatalf("wrapped lines at 390 px: %s, want the three long ones", got)
	}
	for _, l := range lines {
		if d := l[1].(float64); d < 1.5 || d > 2.5 {
			t.Errorf("wrapped line %q goes on %vch right of its text's start, want 2ch (all: %s)", l[0], d, got)
		}
	}
}

// TestCodeSelectionIsSourceInBrowser: selecting a code block by hand, or
// copying its text as copy.js does (textContent), gives its source as
// written: the lines' indentation markup adds no spaces, characters or
// blank lines. (A selection leaves out the block's last newline, as
// Chromium's selections of any <pre> do.)
func TestCodeSelectionIsSourceInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	out := mustBuild(t, wrappedCodeSite())
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00009/"), chromedp.WaitReady("footer"))
	got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".prose pre, #abstract pre")].flatMap(pre => {
		getSelection().selectAllChildren(pre.querySelector("code"));
		return [getSelection().toString(), pre.querySelector("code").textContent];
	})`))
	var want []string
	for _, code := range wrappedCode {
		want = append(want, strings.TrimSuffix(code, "\n"), code)
	}
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
		t.Errorf("selected text and textContent of the code blocks:\n%q\nwant the sources:\n%q", got, want)
	}
}

// TestBibTeXContinuationHangsInBrowser: on a phone, a BibTeX field too
// long for the screen (a paper's title) goes on 2ch right of where the
// field's text starts, as a code line does, where it went back to the
// block's edge, left of the field's own indentation, and the entry's
// fields ran together.
func TestBibTeXContinuationHangsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(390, 844))
	out := mustBuild(t, smallSite+`-- content/papers/2405.00010.md --
---
title: "A title long enough to wrap twice in the BibTeX entry on a phone held upright, as many titles are"
arxiv: "2405.00010"
authors: ["Ada Lovelace", "Charles Babbage", "Mary Somerville", "Augustus De Morgan", "Caroline Herschel"]
date: 2024-05-31
---
Abstract.
`)
	do(t, ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00010/"), chromedp.WaitReady("footer"))
	// For each wrapped line of the entry: its start, and where its second
	// row starts less where its text does, in ch.
	got := run(t, ctx, chromedp.Evaluate[string](`(() => {
		const at = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect(); };
		const lines = [[]];
		const walk = document.createTreeWalker(document.getElementById("bibtex-entry"), NodeFilter.SHOW_TEXT);
		for (let n; (n = walk.nextNode());) for (let i = 0; i < n.length; i++) n.data[i] === "\n" ? lines.push([]) : lines.at(-1).push([n.data[i], at(n, i)]);
		return JSON.stringify(lines.flatMap(chars => {
			const first = chars.find(([c]) => c !== " ");
			const next = first && chars.find(([, r]) => r.top > first[1].top + 2);
			if (!next) return [];
			return [[chars.map(([c]) => c).join("").trim().slice(0, 12), +((next[1].left - first[1].left) / first[1].width).toFixed(1)]];
		}));
	})()`))
	var lines [][2]any
	if err := json.Unmarshal([]byte(got), &lines); err != nil {
		t.Fatal(err)
	}
	if len(lines) < 2 {
		t.Fatalf("wrapped lines of the BibTeX entry at 390 px: %s, want the title's and the authors'", got)
	}
	for _, l := range lines {
		if d := l[1].(float64); d < 1.5 || d > 2.5 {
			t.Errorf("BibTeX line %q goes on %vch right of its text's start, want 2ch (all: %s)", l[0], d, got)
		}
	}
}
