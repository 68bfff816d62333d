package markdown

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

// TestUnclosed: a fence, a formula or a footnote left open, and a
// heading without its space, is a warning at its line; the same closed, in code, escaped or a price is none.
func TestUnclosed(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		name, src string
		want      []int // the lines warned of
	}{
		{"fence never closed", "Abstract.\n\n```python\nprint(1)\n\n## Notes\n\nMore.\n", []int{3}},
		{"tilde fence never closed", "Abstract.\n\n~~~~\nx\n", []int{3}},
		{"fence closed", "Abstract.\n\n```python\nprint(1)\n```\n\n## Notes\n", nil},
		{"fence closed at the end", "Abstract.\n\n```\nx\n```", nil},
		{"fence in a list item", "- item\n\n  ```\n  x\n\nAfter.\n", nil},
		{"inline math never closed", "Cost $a_1 * b_2 here.\n", []int{1}},
		{"command never closed", "Abstract.\n\nBounds on $\\beta and more.\n", []int{3}},
		{"closed with a space before it", "Cost $x^2 $ here.\n", []int{1}},
		{"math closed", "Cost $a_1 * b_2$ and $\\sim$100B.\n", nil},
		{"prices", "From $5 to $10, $20-$30, US$1_000 is none.\n", nil},
		{"escaped", "A \\$x_1 sign.\n", nil},
		{"in code", "Run `echo $HOME_DIR` and\n\n```sh\necho $x_1\n```\n", nil},
		{"display math never closed", "Abstract.\n\n$$\na = b\n\nMore text.\n", []int{3}},
		{"display math a blank line parts", "Abstract.\n\n$$\na = b\n\nc = d\n$$\n\n> $$ x\n>\n> y $$\n", []int{5, 10}},
		{"display math parted, then a heading", "$$\na = b\n\n## Notes\n\n$$\n", []int{1, 6}},
		{"display math closed", "Abstract.\n\n$$\na = b\n$$\n\nInline $$x_1$$ too.\n", nil},
		{"display math in code", "Say `$$` to open.\n", nil},
		{"\\( never closed", "Abstract.\n\nWith \\(a_1 * b_2 here.\n\nAnd \\(x\\) closed.\n", []int{3}},
		{"\\( closed on the next line", "With \\(a_1 *\nb_2\\) here.\n", nil},
		{"\\( after a backslash", "A backslash \\\\\\(x_1 as text.\n", nil},
		{"\\[ never closed", "Abstract.\n\n\\[\na = b\n\nMore.\n\n> \\[ x_1 = y\n", []int{3, 8}},
		{"\\[ closed in another paragraph", "\\[\na = b\n\n\\]\n", []int{1}},
		{"escaped brackets", "As in \\[1\\], \\[ a bracket.\n\n\\[1\\] shows it.\n\n\\[Project page\n\n\\[2, 3\n", nil},
		{"\\( and \\[ in code", "Write `\\(x_1` or\n\n```\n\\[\n```\n", nil},
		{"footnote without its note", "A claim[^1] and another[^src].\n\n[^src]: A source.\n", []int{1}},
		{"footnote labels ignore case", "A claim[^Note].\n\n[^note]: x\n", nil},
		{"footnote in code", "Write `[^1]` for a note.\n", nil},
		{"footnote's note written twice", "A claim[^a] and[^b].\n\n[^a]: One.\n[^b]: Two.\n[^A]: Again.\n\n```\n[^b]: in code\n```\n", []int{5}},
		{"a note cited nowhere", "A claim[^a].\n\n[^a]: One.\n\n[^hw]: Two.\n[^HW]: Again.\n\n> [^q]: Quoted.\n\n`[^c]` in code.\n\n[^c]: Three.\n", []int{5, 8, 12, 6}}, // 6: a second note of the label
		{"notes cited", "A claim[^A], in a note too.\n\n[^a]: One[^b].\n\n[^b]: Two, see[^c]: this.\n\n[^c]: Three.\n\n```\n[^d]: in code\n```\n", nil},
		{"heading without a space", "Abstract.\n\n#Notes\n\nMore.\n\n> ###Quoted\n", []int{3, 7}},
		{"a space in an address", "See [the slides](my slides.pdf) and\n\n![the plot](figures/loss curve.png).\n", []int{1, 3}},
		{"no address in the parentheses", "As shown [1](see below) and [a](b c).\n", nil},
		{"addresses that link", "See [the slides](<my slides.pdf>), [x](a.pdf \"Slides\"), [y](b.pdf 'B') and `[z](c d)`.\n\n    [w](e f)\n", nil},
		{"a space before the (", "See [the code] (https://github.com/a/b) and\n\n![the plot] (figures/loss.png).\n", []int{1, 3}},
		{"no address after the space", "As [Smith et al.] (2020) and [1] (see below) show.\n\n[1] (https://arxiv.org/abs/2405.15738)\n", nil},
		{"an address never closed", "See [the code](https://github.com/a/b and\n\n![the plot](https://x.org/a.png\n\nMore [here](https://x.org/c(d).\n", []int{1, 3, 5}},
		{"addresses closed", "See [the code](https://github.com/a/b), [w](https://en.wikipedia.org/wiki/A_(b)),\n[x](https://x.org/a\n) and [y](https://y.org \"Y\"), [z](https://z.org\n'Z'),\n`[c](https://c.org` too.\n", nil},
		{"a reference defined nowhere", "See [the code][gh], [the paper][] and\n\n[the data][Data  Set].\n\n[GH]: https://github.com/a/b\n", []int{1, 3}},
		{"references defined, or no link meant", "See [the code][gh] and [the paper][].\n\nTokens [CLS][SEP], x[i][j], a note [^1][^2].\n\n[gh]: https://x.org\n[The  Paper]: https://y.org\n\n[^1]: a\n[^2]: b\n", nil},
		{"headings and hashtags", "Abstract.\n\n## Notes\n\n#1 paper, C#, issue #4.\n\n```sh\n#comment\n```\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := r.source([]byte(tt.src))
			var got []int
			for _, h := range slices.Concat(s.unclosedFence(), s.unclosedMath(), s.undefinedFootnotes(), s.uncitedFootnotes(), s.twiceDefinedFootnotes(), s.unspacedHeadings(), s.spacedLinks(), s.unlinked()) {
				got = append(got, h.Line)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines warned of in %q = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

// TestBlankInDisplayMath: a blank line inside $$ … $$ is one warning, at
// the blank line, saying to delete it, not two that tell each $$ it
// opens display math.
func TestBlankInDisplayMath(t *testing.T) {
	got := New(Options{}).source([]byte("Abstract.\n\n$$\na = b\n\n\nc = d\n$$\n")).unclosedMath()
	want := []Hidden{{5, "this blank line is inside display math, between a $$ above and the $$ that closes it below, so the page shows the TeX and both $$ as written: a blank line ends display math in Markdown and is an error in TeX; delete the blank line, or end the formula before it with $$ and open another after it"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unclosedMath = %+v, want %+v", got, want)
	}
}

// TestNoLinkMessages: the warnings of a link written so that it is none
// quote what was written and give what to write.
func TestNoLinkMessages(t *testing.T) {
	r := New(Options{})
	got := r.source([]byte("Intro.\n\nSee [the slides](my slides.pdf).\n")).spacedLinks()
	want := []Hidden{{3, `"[the slides](my slides.pdf)" is no link, as a link's address has no spaces, so the page shows it as written; write [the slides](<my slides.pdf>), or my%20slides.pdf for the address`}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spacedLinks = %+v, want %+v", got, want)
	}
	got = r.source([]byte("See [the code] (https://github.com/a/b).\n\nAnd [the data][ds].\n\nThe [project page](https://x.org/p.\n")).unlinked()
	want = []Hidden{
		{1, `"[the code] (https://github.com/a/b)" is no link, as a link has no space between its ] and its (, so the page shows it as written; write [the code](https://github.com/a/b)`},
		{3, `"[the data][ds]" is no link, as no line defines [ds], so the page shows it as written; add a line "[ds]: https://…" after the paragraph, or write [the data](https://…)`},
		{5, `"[project page](https://x.org/p." is no link, as no ) closes its address, so the page shows it as written; write [project page](https://x.org/p).`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unlinked = %+v, want %+v", got, want)
	}
}

// TestUnclosedLinksAsParsed: a link to an address written in every way of
// up to four pieces after it (parentheses, spaces, a line break, a title,
// words) is warned of as never closed only when goldmark makes no link of
// it, and is when no ) follows in its paragraph.
func TestUnclosedLinksAsParsed(t *testing.T) {
	r := New(Options{})
	pieces := []string{"(", ")", " ", "\n", `"t"`, ".", "b", "\n\n"}
	var walk func(tail string, n int)
	walk = func(tail string, n int) {
		src := "See [a](https://x.org/" + tail
		s := r.source([]byte(src))
		linked := false
		ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if l, ok := n.(*ast.Link); ok && entering && strings.HasPrefix(string(l.Destination), "https://x.org/") {
				linked = true
			}
			return ast.WalkContinue, nil
		})
		para, _, _ := strings.Cut(tail, "\n\n")
		warned := false
		for _, h := range s.unlinked() {
			warned = warned || strings.Contains(h.Msg, "no ) closes")
		}
		if warned && linked || !linked && !warned && !strings.Contains(para, ")") {
			t.Errorf("%q: linked %v, warned of as never closed %v", src, linked, warned)
		}
		if n == 0 {
			return
		}
		for _, p := range pieces {
			walk(tail+p, n-1)
		}
	}
	walk("", 4)
}
