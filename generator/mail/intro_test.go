package mail

import (
	"html/template"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestAbsolutize(t *testing.T) {
	const base = "https://example.org/repo/days/2024-03-14/"
	tests := []struct {
		in, want string
	}{
		{`<p><a href="/repo/papers/x/">x</a></p>`, `<p><a href="https://example.org/repo/papers/x/">x</a></p>`},
		{`<a href="../2024-03-15/">next</a>`, `<a href="https://example.org/repo/days/2024-03-15/">next</a>`},
		{`<a href="#fn1">1</a>`, `<a href="https://example.org/repo/days/2024-03-14/#fn1">1</a>`},
		{`<img src="fig.png" alt="F" srcset="a.png 2x">`, `<img src="https://example.org/repo/days/2024-03-14/fig.png" alt="F" style="max-width:100%;height:auto"/>`},
		{`<p><img src="/repo/days/board.png" alt="Board" loading="lazy" decoding="async" style="width:1600px"></p>`,
			`<p><img src="https://example.org/repo/days/board.png" alt="Board" style="max-width:100%;height:auto"/></p>`},
		// Outlook for Windows ignores max-width: an image's width attribute
		// is at most the paper column's, its height scaled with it.
		{`<img src="chart.png" alt="C" width="1200" height="600">`, `<img src="https://example.org/repo/days/2024-03-14/chart.png" alt="C" width="512" height="256" style="max-width:100%;height:auto"/>`},
		{`<img src="a.png" alt="" width="2048" height="auto">`, `<img src="https://example.org/repo/days/2024-03-14/a.png" alt="" width="512" style="max-width:100%;height:auto"/>`},
		{`<img src="a.png" alt="" width="300" height="100">`, `<img src="https://example.org/repo/days/2024-03-14/a.png" alt="" width="300" height="100" style="max-width:100%;height:auto"/>`},
		{`<img src="a.png" alt="" width="100%">`, `<img src="https://example.org/repo/days/2024-03-14/a.png" alt="" width="100%" style="max-width:100%;height:auto"/>`},
		{`<a href="javascript:alert(1)" onclick="x()">bad</a>`, `<a>bad</a>`},
		{`<a href="mailto:a@example.org">mail</a>`, `<a href="mailto:a@example.org">mail</a>`},
		{`<p style="position:fixed">a</p><script>alert(1)</script><style>*{}</style><!-- c --><iframe src="x"></iframe>`, `<p>a</p>`},
		// A column's alignment (|--:|) is the one style kept, inline.
		{`<table><tr><th style="text-align:right;color:red">n</th><td style="text-align:center">1</td><td style="position:fixed">2</td></tr></table>`,
			`<table><tbody><tr><th style="text-align:right">n</th><td style="text-align:center">1</td><td>2</td></tr></tbody></table>`},
		{`<p>1 &lt; 2 &amp; <em>ok</em></p>`, `<p>1 &lt; 2 &amp; <em>ok</em></p>`},
		{`<pre><code>` + strings.Repeat("x", 200) + `</code></pre>`, `<pre style="white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%"><code>` + strings.Repeat("x", 200) + `</code></pre>`}, // a long line wraps on a phone
		// Mail clients render no MathML: Unicode, else the TeX source.
		{`<p>Energy <math alttext="E = mc^2"><mi>E</mi></math>, <math alttext="\begin{matrix}a\end{matrix}"><mi>a</mi></math>.</p>`, `<p>Energy E = mc², <code>$\begin{matrix}a\end{matrix}$</code>.</p>`},
		{`<p><math alttext="x^2" display="block"><mi>x</mi></math></p>`, `<p><code style="display:block;white-space:pre-wrap;margin:0.5em 0">$$x^2$$</code></p>`},
		{``, ``},
	}
	for _, tt := range tests {
		got, err := absolutize(template.HTML(tt.in), base)
		if err != nil || string(got) != tt.want {
			t.Errorf("absolutize(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestTextOf(t *testing.T) {
	const Q = quoteMark
	tests := []struct {
		in, want string
	}{
		{`<p>Read <strong>this</strong>, <a href="https://x.org/a">a link</a>.</p>`, "Read this, a link <https://x.org/a>."},
		{`<p><a href="https://x.org/">https://x.org/</a></p>`, "https://x.org/"},
		{`<p>one</p><p>two</p>`, "one\n\ntwo"},
		{`<p>Lists:</p><ul><li>a</li><li>b <em>c</em></li></ul><ol><li><p>first</p></li><li>second</li></ol>`, "Lists:\n\n- a\n- b c\n\n1. first\n2. second"},
		{`<p>Energy <math alttext="E = mc^2"><mi>E</mi></math>.</p>`, "Energy E = mc²."},
		{`<p>Bounds on <math alttext="\beta"><mi>β</mi></math>-mixing, <math alttext="\begin{matrix}a\end{matrix}"><mi>a</mi></math>.</p>`, "Bounds on β-mixing, $\\begin{matrix}a\\end{matrix}$."},
		{`<pre><code>a  b
  c</code></pre><p>after</p>`, "a  b\n  c\n\nafter"},
		{`<p>` + "word " + "word word word word word word word word word word word word word word" + `</p>`,
			"word word word word word word word word word word word word word word  \nword"},
		// A hard break is a line break, under a list item's text too.
		{`<p>x<br>
y</p><ul><li>a<br>b</li></ul>`, "x\ny\n\n- a\n  b"},
		// A nested list is indented under its item's text; an ordered
		// list keeps its numbers, from its start.
		{`<ul><li>Warm-up<ul><li>Recap</li><li>Open questions</li></ul></li><li>Main</li></ul>`, "- Warm-up\n  - Recap\n  - Open questions\n- Main"},
		{`<ol start="9"><li><p>Ninth</p><ol><li>sub</li></ol></li><li><p>Tenth</p><p>more</p></li></ol>`, "9. Ninth\n   1. sub\n10. Tenth\n\n    more"},
		// A table is a row a line, its columns lined up as aligned (a
		// wide character two columns), a rule under its header; too
		// wide, a row is its cells separated by " | ".
		{`<table><thead><tr><th>Paper</th><th style="text-align:right">Score</th></tr></thead><tbody><tr><td><a href="https://x.org/p">Sparse</a></td><td style="text-align:right">0.5</td></tr><tr><td>論文</td><td align="right">10</td></tr></tbody></table><p>after</p>`,
			"Paper                    | Score\n-------------------------+------\nSparse <https://x.org/p> |   0.5\n論文                     |    10\n\nafter"},
		{`<table><tr><td>` + strings.Repeat("long ", 10) + `</td><td>` + strings.Repeat("cell ", 6) + `</td></tr><tr><td>a</td><td>b</td></tr></table>`,
			"long long long long long long long long long long | cell cell cell cell  \ncell cell\na | b"},
		// A block quote is a format=flowed quote, its blank lines quoted
		// but the one between two quotes; in a list item, "> " after
		// the item's indent.
		{`<blockquote><p>Attention ` + strings.Repeat("is all ", 10) + `you need.</p><blockquote><p>Nested.</p></blockquote></blockquote><blockquote><p>Two</p></blockquote>`,
			Q + " Attention is all is all is all is all is all is all is all is all is  \n" + Q + " all is all you need.\n" + Q + "\n" + Q + Q + " Nested.\n\n" + Q + " Two"},
		{`<ul><li><p>Item</p><blockquote><p>quoted</p></blockquote></li></ul>`, "- Item\n\n  > quoted"},
		// Footnotes as goldmark writes them: "[1]" in the text, "[1] note"
		// below, without the back-link to the web page.
		{`<p>Today<sup id="fnref:1"><a class="footnote-ref" href="https://x.org/d/#fn:1" role="doc-noteref">1</a></sup>.</p>
<div class="footnotes" role="doc-endnotes">
<hr/>
<ol>
<li id="fn:1">
<p>A note.&#160;<a class="footnote-backref" href="https://x.org/d/#fnref:1" role="doc-backlink"><span aria-hidden="true">↩︎</span></a></p>
</li>
<li id="fn:2">
<p>Two <a href="https://y.org/">y</a>.&#160;<a class="footnote-backref" href="https://x.org/d/#fnref:2" role="doc-backlink">↩︎</a></p>
</li>
</ol>
</div>`, "Today[1].\n\n[1] A note.\n[2] Two y <https://y.org/>."},
		// An image is its alt text and its address, as a paper's Figure: line.
		{`<p><img src="https://x.org/c.png" alt="Chart"> <img src="https://x.org/d.png" alt=""></p>`, "[Chart] <https://x.org/c.png> <https://x.org/d.png>"},
		// Struck text keeps its words, as in an abstract's plain text:
		// plain text cannot strike them, and without them a sentence says
		// what it did not.
		{`<p>Drops from <del>120 ms</del> to 80 ms.</p><p><s>All struck.</s></p>`, "Drops from 120 ms to 80 ms.\n\nAll struck."},
		{``, ``},
	}
	for _, tt := range tests {
		got, err := textOf(template.HTML(tt.in), 72)
		if got = flow(got); err != nil || got != tt.want {
			t.Errorf("textOf(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

// FuzzIntro prepares any intro HTML for email: the result has no script
// or event handler, every link is absolute, and its text rendering works.
func FuzzIntro(f *testing.F) {
	for _, s := range []string{`<p><a href="/x/">x</a></p>`, `<a href="javascript:1" onclick=x>y</a>`, `<script>alert(1)</script>`,
		`<ul><li><p>a</p><p>b</p></li></ul>`, `<math alttext="x<y">x</math>`, `<a href="%zz">bad</a>`, `<svg><script>1</script></svg>`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out, err := absolutize(template.HTML(in), "https://example.org/repo/days/2024-03-14/")
		if err != nil {
			return
		}
		links := htmlLinks(t, string(out))
		for _, l := range links {
			if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "http://") && !strings.HasPrefix(l, "mailto:") {
				t.Errorf("absolutize(%q) kept the link %q", in, l)
			}
		}
		nodes, err := parseFragment(out)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && (dropped(n.DataAtom) || !validTag(n.Data)) {
				t.Errorf("absolutize(%q) = %q, with a <%s> element", in, out, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("absolutize(%q) = %q, with an event handler", in, out)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		for _, n := range nodes {
			walk(n)
		}
		if _, err := textOf(out, 72); err != nil {
			t.Errorf("textOf(%q): %v", out, err)
		}
	})
}
