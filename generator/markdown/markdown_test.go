package markdown

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"golang.org/x/net/html"
)

func render(t *testing.T, r *Renderer, src string) Result {
	t.Helper()
	res, err := r.Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestMathSurvivesMarkdown(t *testing.T) {
	var got []string
	r := New(Options{Math: func(tex string, display bool) string {
		got = append(got, tex)
		if display {
			return "[D]"
		}
		return "[I]"
	}})
	res := render(t, r, "Loss $a_1 * b_2 * c_3$ and $\\mathcal{L}_{x_i}$ with *em*.\n\n$$\n\\sum_{i=1}^{n} x_i^*\n$$\n")
	want := []string{`a_1 * b_2 * c_3`, `\mathcal{L}_{x_i}`, `\sum_{i=1}^{n} x_i^*`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("math passed to Math = %q, want %q", got, want)
	}
	html := string(res.HTML)
	if !strings.Contains(html, "Loss [I] and [I] with <em>em</em>.") || !strings.Contains(html, `<div class="math-display" role="group" aria-label="Equation" tabindex="0">[D]</div>`) {
		t.Errorf("HTML = %s", html)
	}
	if !res.HasMath || res.HasCode {
		t.Errorf("HasMath %v HasCode %v", res.HasMath, res.HasCode)
	}
}

// TestMathInBlockQuote: math over lines of a block quote is its TeX
// without the quote's markers, which the extension's span of the source
// takes in: "> $$ > x > $$" was the formula "> x >".
func TestMathInBlockQuote(t *testing.T) {
	var got []string
	r := New(Options{Math: func(tex string, display bool) string {
		got = append(got, tex)
		return "[M]"
	}})
	render(t, r, "> $$\n> a >\n>  b\n> $$\n\n> > Inline $x +\n> > y$.\n\n- $$\n  c\n  $$\n")
	want := []string{"a >\n b", "x +\ny", "c"}
	if !slices.Equal(got, want) {
		t.Errorf("math passed to Math = %q, want %q", got, want)
	}
}

func TestHasMathInline(t *testing.T) {
	if !render(t, New(Options{}), "Only inline $x$ math.").HasMath {
		t.Error("HasMath = false for inline math")
	}
}

func TestMathWithoutFuncIsEscaped(t *testing.T) {
	res := render(t, New(Options{}), "x $a<b>&c$ y")
	if !strings.Contains(string(res.HTML), `<code class="math">$a&lt;b&gt;&amp;c$</code>`) {
		t.Errorf("HTML = %s", res.HTML)
	}
}

// TestDollarRule checks that a single $ opens math only by pandoc's rule,
// so prices stay text, and that math may wrap within its paragraph.
func TestDollarRule(t *testing.T) {
	tests := []struct{ in, want string }{
		{"from $5 to $10 a day", "<p>from $5 to $10 a day</p>\n"},
		{"costs $5 and $x^2$ here", `<p>costs $5 and <code class="math">$x^2$</code> here</p>` + "\n"},
		{"$ x$ and $x $", "<p>$ x$ and $x $</p>\n"},
		{"$x$5", "<p>$x$5</p>\n"},
		{"**$5** and $6", "<p><strong>$5</strong> and $6</p>\n"},
		{"a $b\nc$ d", "<p>a <code class=\"math\">$b\nc$</code> d</p>\n"},
		{"a $b\n\nc$ d", "<p>a $b</p>\n<p>c$ d</p>\n"},
		{`\$x$ and $y$`, `<p>$x$ and <code class="math">$y$</code></p>` + "\n"},
		{"`$5` and $x$", `<p><code>$5</code> and <code class="math">$x$</code></p>` + "\n"},
		{`prices $5 and $10, escaped \$x\$, done`, "<p>prices $5 and $10, escaped $x$, done</p>\n"}, // \$ closes nothing
		// An escaped dollar sign inside math is TeX's, and ends nothing.
		{`costs $\$2.50/\text{h}$ a GPU`, `<p>costs <code class="math">$\$2.50/\text{h}$</code> a GPU</p>` + "\n"},
		{"a $b \\$\nc$ d", "<p>a <code class=\"math\">$b \\$\nc$</code> d</p>\n"},
		// Code spans bind tighter: math neither closes in one nor across one.
		{"It costs $5 per run; set `$CUDA_HOME` first.", "<p>It costs $5 per run; set <code>$CUDA_HOME</code> first.</p>\n"},
		{"$x `y` z$ and `$a$`", "<p>$x <code>y</code> z$ and <code>$a$</code></p>\n"},
		{"$x `y\nz` w$", "<p>$x <code>y z</code> w$</p>\n"},
		{"$a`b$ with no second backtick", "<p><code class=\"math\">$a`b$</code> with no second backtick</p>\n"},
		{"$a\\`b$ and `c`", "<p><code class=\"math\">$a\\`b$</code> and <code>c</code></p>\n"},
	}
	r := New(Options{})
	for _, tt := range tests {
		if got := string(render(t, r, tt.in).HTML); got != tt.want {
			t.Errorf("Render(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGFMAndCode(t *testing.T) {
	src := "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ https://example.org\n\nNote[^1].\n\n[^1]: The note.\n\n```python\nprint(\"<x>\")\n```\n"
	res := render(t, New(Options{}), src)
	html := string(res.HTML)
	for _, want := range []string{"<table>", "<del>gone</del>", `<a href="https://example.org">https://example.org</a>`,
		`class="footnote-ref"`, `<pre class="chroma"><code>`, `<span class="nb">print</span>`, "&lt;x&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	if !res.HasCode {
		t.Error("HasCode = false")
	}
}

// TestHasCode: HasCode says the HTML has highlighted code, which the
// page then links syntax.css for: a fenced block in any language or none,
// not an indented block (a plain <pre><code>) or inline code.
func TestHasCode(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"```go\nx := 1\n```\n", true},
		{"~~~\nplain\n~~~\n", true},
		{"- item\n\n  ```\n  nested\n  ```\n", true},
		{"Text.\n\n    indented code\n", false},
		{"Inline `code` only.\n", false},
	} {
		res := render(t, New(Options{}), tc.src)
		if res.HasCode != tc.want {
			t.Errorf("HasCode of %q = %v, want %v", tc.src, res.HasCode, tc.want)
		}
		if chroma := strings.Contains(string(res.HTML), `<pre class="chroma">`); chroma != tc.want {
			t.Errorf("HTML of %q has chroma markup %v, want %v: %s", tc.src, chroma, tc.want, res.HTML)
		}
	}
}

func TestRawHTML(t *testing.T) {
	src := "<script>alert(1)</script>\n\nA <b>b</b> [x](javascript:alert(1))\n"
	safe := string(render(t, New(Options{}), src).HTML)
	if strings.Contains(safe, "<script") || strings.Contains(safe, "<b>") || strings.Contains(safe, "javascript:") {
		t.Errorf("raw HTML passed through: %s", safe)
	}
	unsafe := string(render(t, New(Options{UnsafeHTML: true}), src).HTML)
	if !strings.Contains(unsafe, "<b>b</b>") {
		t.Errorf("unsafeHTML dropped raw HTML: %s", unsafe)
	}
}

// TestRawHTMLOmitted: with unsafe HTML off, raw HTML (a <!--more--> line,
// an inline tag) leaves nothing behind, not goldmark's placeholder.
func TestRawHTMLOmitted(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{"We read it.\n\n<!--more-->\n\nNotes.\n", "<p>We read it.</p>\n<p>Notes.</p>\n"},
		{"A <b>bold</b> word.\n", "<p>A bold word.</p>\n"},
		{"<div>\nblock\n</div>\n", ""},
	}
	for _, tt := range tests {
		if got := string(render(t, New(Options{}), tt.src).HTML); got != tt.want {
			t.Errorf("HTML of %q = %q, want %q", tt.src, got, tt.want)
		}
	}
	if got := string(render(t, New(Options{UnsafeHTML: true}), "A <b>bold</b> word.\n").HTML); got != "<p>A <b>bold</b> word.</p>\n" {
		t.Errorf("unsafe HTML of an inline tag = %q", got)
	}
}

// TestDefinitionList: a term, then ": its definition" on the next line,
// as Hugo, kramdown, PHP Markdown Extra and pandoc write it, is a
// definition list, not one paragraph "Term : definition"; its terms and
// definitions are plain text too.
func TestDefinitionList(t *testing.T) {
	res := render(t, New(Options{}), "## Glossary\n\nLoRA\n: Low-rank *adaptation*.\n\nKV cache\n: The keys.\n: The values.\n")
	want := "<h2 id=\"glossary\">Glossary</h2>\n<dl>\n<dt>LoRA</dt>\n<dd>Low-rank <em>adaptation</em>.</dd>\n<dt>KV cache</dt>\n<dd>The keys.</dd>\n<dd>The values.</dd>\n</dl>\n"
	if got := string(res.HTML); got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
	if want := "Glossary\nLoRA\nLow-rank adaptation.\nKV cache\nThe keys.\nThe values."; res.Text != want {
		t.Errorf("Text = %q, want %q", res.Text, want)
	}
}

// TestCommentsNeverShown: with unsafe HTML on, an HTML comment (a note to
// self) is still left out of the page, on a line of its own, in a
// sentence or inside an HTML block, and the HTML around it kept.
func TestCommentsNeverShown(t *testing.T) {
	src := "Press <kbd>C</kbd>.\n\n<!-- ask Ada: made up? -->\n\nA <!-- inline --> word.\n\n<details>\n<!-- inside -->\n<b>x</b>\n</details>\n\n<!--more-->\n\n## Notes\n\nB<!--\nover lines\n-->.\n"
	got := string(render(t, New(Options{UnsafeHTML: true}), src).HTML)
	want := "<p>Press <kbd>C</kbd>.</p>\n\n<p>A  word.</p>\n<details>\n\n<b>x</b>\n</details>\n\n<h2 id=\"notes\">Notes</h2>\n<p>B.</p>\n"
	if got != want {
		t.Errorf("HTML = %q, want %q", got, want)
	}
}

func TestSummaryAndText(t *testing.T) {
	res := render(t, New(Options{}), "# Head\n\nFirst *para* with $x_1$\nwrapped.\n\nSecond.\n\n```\ncode\n```\n")
	if res.Summary != "First para with $x_1$ wrapped." {
		t.Errorf("Summary = %q", res.Summary)
	}
	if res.Text != "Head\nFirst para with $x_1$ wrapped.\nSecond." {
		t.Errorf("Text = %q", res.Text)
	}
}

// TestListSummary: a body with no paragraph, a list alone, is summed up
// by its items, joined as sentences; a paragraph anywhere is the summary
// still, and a loose list's first item is one.
func TestListSummary(t *testing.T) {
	tests := []struct{ in, want string }{
		{"- **Idea:** sparse attention cuts the quadratic cost.\n- **Result:** twice as fast.\n", "Idea: sparse attention cuts the quadratic cost. Result: twice as fast."},
		{"1. fast training\n2. small memory\n   - on one GPU\n", "fast training; small memory; on one GPU"},
		{"- Key points:\n- one\n\n## Notes\n\n- later\n", "Key points: one"},
		{"- a point\n\nThe paper shows x.\n", "The paper shows x."},
		{"- first\n\n- second\n", "first"},
	}
	for _, tt := range tests {
		if got := render(t, New(Options{}), tt.in).Summary; got != tt.want {
			t.Errorf("Summary of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlainText checks the plain text of a paper body rendered as the build
// renders it (through tex.Plain): links keep their text, autolinks and bare
// URLs their URL, and struck-through text its words.
func TestPlainText(t *testing.T) {
	tests := []struct{ in, summary, text string }{
		{"The ConvLLaVA model series are publicly available at https://github.com/alibaba/conv-llava.",
			"The ConvLLaVA model series are publicly available at https://github.com/alibaba/conv-llava.", ""},
		{"Code: <https://x.org/~a>, www.example.org and <me@example.org>.", "Code: https://x.org/~a, www.example.org and me@example.org.", ""},
		{`See \url{https://x.org/a_b} and \url{github.com/c} or \href{https://d.org}{our site}.`,
			"See https://x.org/a_b and github.com/c or our site.", ""},
		{"[the *code*](https://x.org) and ![a figure](f.png)", "the code and a figure", ""},
		{"We ~~claim~~ show a ~2x~ speedup, Fig.~3.", "We claim show a 2x speedup, Fig.\u00a03.", ""},
		{"Latency drops from ~~120 ms~~ to 80 ms.", "Latency drops from 120 ms to 80 ms.", ""},
		// A no-break space, a tie's or one typed, is kept; spaces around it go.
		{"At 10\u00a0000 tokens,\nsee Fig. \u00a03.", "At 10\u00a0000 tokens, see Fig.\u00a03.", ""},
		{"~~Withdrawn.~~\n\nSecond ~~x~~ paragraph.\n\n## Notes ~~old~~\n\nSee https://y.org/.",
			"Withdrawn.", "Withdrawn.\nSecond x paragraph.\nNotes old\nSee https://y.org/."},
		{"Intro.\n\n- one\n- *two*\n\n| a | b |\n|---|---|\n| 1 | `x` |", "Intro.", "Intro.\none\ntwo\na\nb\n1\nx"},
		// Comments are no text; <!--more--> alone on a line ends the summary, as in Hugo (<!-- more --> in Zola).
		{"One -- <!-- private -- note --> two.\n\nThree.", "One – two.", "One – two.\nThree."},
		{"First.\n\nSecond.\n<!--more-->\n\nThird.", "First. Second.", "First.\nSecond.\nThird."},
		{"First.\n\n  <!--more-->  \n\n## Notes\n\nFour.", "First.", "First.\nNotes\nFour."},
		{"First.\n\n<!-- more -->\n\nThird.", "First.", "First.\nThird."},
		{"First.\n\nSecond.\n\n<!-- more -->\n\nThird.", "First. Second.", "First.\nSecond.\nThird."}, // Zola's
		// A paragraph of images alone (a banner, a teaser figure, linked or
		// not) has no words: the summary is the first paragraph that has.
		{"![Our lab banner](b.png)\n\nToday we read.", "Today we read.", ""},
		{"[![Teaser](t.png)](https://x.org) ![Two](u.png)\n![Three](v.png)\n\nWe study.\n\nSee ![a figure](f.png).", "We study.", "We study.\nSee a figure."},
		{"![Banner](b.png) Today.", "Banner Today.", ""},
		// Escapes and entities read as the page shows them; code keeps its backslashes.
		{`called G\_{stack}, costs \$5, AT\&amp;T &amp; \</script\> \[link\](x) &#x41; \q, ` + "`a\\_b`",
			`called G_{stack}, costs \$5, AT&amp;T & </script> [link](x) A \q, a\_b`, ""},
		// A dollar sign that is no math's, in code or escaped, stays \$ (and
		// a backslash before one, or before \ or (, or a formula, is \\),
		// which tex.UnicodeText shows as written; a bare one opened no math.
		{"We template `Answer: $x$`, `\\$`, `\\(a\\)` and \\$x\\$, from $5 to $10, C:\\\\$x$ &#36;y&#36;.",
			`We template Answer: \$x\$, \\\$, \\(a\) and \$x\$, from $5 to $10, C:\\$x$ \$y\$.`, ""},
	}
	r := New(Options{Math: tex.MathML})
	for _, tt := range tests {
		if tt.text == "" {
			tt.text = tt.summary
		}
		res := render(t, r, tex.Plain(tt.in))
		if res.Summary != tt.summary {
			t.Errorf("Render(%q).Summary = %q, want %q", tt.in, res.Summary, tt.summary)
		}
		if res.Text != tt.text {
			t.Errorf("Render(%q).Text = %q, want %q", tt.in, res.Text, tt.text)
		}
	}
}

// TestStrikethroughAndTies checks that ~~struck~~ is strikethrough in
// prose, lists and tables of a paper body, while a TeX tie is a
// non-breaking space and tildes in code, math and URLs stay.
func TestStrikethroughAndTies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"This is ~~struck~~ text.", "<p>This is <del>struck</del> text.</p>\n"},
		{"a ~b~ c, ~3x and Fig.~3 by Smith~et~al.", "<p>a <del>b</del> c, ~3x and Fig.\u00a03 by Smith\u00a0et\u00a0al.</p>\n"},
		{"- ~~done~~ item", "<ul>\n<li><del>done</del> item</li>\n</ul>\n"},
		{"| a |\n|---|\n| ~~2~~ 3 |", "<div class=\"table-scroll\" role=\"group\" aria-label=\"Table\" tabindex=\"0\"><table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><del>2</del> 3</td>\n</tr>\n</tbody>\n</table></div>\n"},
		{"`a~~b~c` and $a~b$", "<p><code>a~~b~c</code> and <code class=\"math\">$a~b$</code></p>\n"},
		{"~~~\nx~y ~~z~~\n~~~", "<pre class=\"chroma\"><code><span class=\"line\"><span class=\"cl\">x~y ~~z~~\n</span></span></code></pre>"},
		{"https://x.org/~a~b and [me](/~me/)", "<p><a href=\"https://x.org/~a~b\">https://x.org/~a~b</a> and <a href=\"/~me/\">me</a></p>\n"},
	}
	r := New(Options{})
	for _, tt := range tests {
		if got := string(render(t, r, tex.Plain(tt.in)).HTML); got != tt.want {
			t.Errorf("Render(Plain(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzRender renders arbitrary Markdown with math through the real TeX
// converter: no panic, valid UTF-8 out for valid UTF-8 in, the same bytes
// twice, every element closed in order (raw HTML is dropped, so nothing
// the curator wrote can leave one open) and never a live script.
func FuzzRender(f *testing.F) {
	for _, s := range []string{"", "$", "$$", "$a$", "$$\nx\n$$", "*$a*b$*", "```\n$x$\n```", "[x]($y$)", "<script>$x$</script>", "$\\frac{<}{>}$", "| $a|b$ |\n|-|\n", "from $5 to $10", "$a\nb$ c", "$x$1 $ y$", "a\n\n[](/d/) $x$", "[r]\n\n[r]: /x/",
		"~~a~~ Fig.~3 <https://x.org/~a> www.x.org", "~~~~a~~~~", "| ~~2~~ |\n|-|\n", "![a](b%20c.png?x#y) [j](javascript:x) [s](\"><script>)",
		"n<m and m>k <details>\n<b>x</b>\n</details>\n\nH<sub>2</sub>O <img src=x> <my-x a=\"\n\">",
		"{{</* figure */>}} {{% /* x */ %}} {{/* y() */}} {%/* z() */%} {{< a >}} {% include b %} {: .c}"} {
		f.Add(s)
	}
	r := New(Options{Math: tex.MathML, BasePath: "/repo/"})
	// Every relative path resolves, as one beside the source would.
	resolve := func(p string) string { return "/papers/" + p }
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Count(src, "\n") + 1
		measure := func(p string, line int) (int, int) {
			if line < 1 || line > lines {
				t.Fatalf("image %q of %q measured on line %d of %d", p, src, line, lines)
			}
			return 640, 480
		}
		res, err := r.RenderWith([]byte(src), Files{Resolve: resolve, Measure: measure})
		if err != nil {
			t.Fatal(err)
		}
		if again, _ := r.RenderWith([]byte(src), Files{Resolve: resolve, Measure: measure}); !bytes.Equal(again.HTML, res.HTML) {
			t.Fatalf("%q rendered twice: %s\nthen %s", src, res.HTML, again.HTML)
		}
		if problem := unbalanced(res.HTML); problem != "" {
			t.Fatalf("%q renders %s: %s", src, res.HTML, problem)
		}
		if utf8.ValidString(src) && !utf8.Valid(res.HTML) {
			t.Fatalf("invalid UTF-8 out of %q", src)
		}
		if strings.Contains(strings.ToLower(string(res.HTML)), "<script") {
			t.Fatalf("live script from %q: %s", src, res.HTML)
		}
		for _, l := range r.Links([]byte(src)) {
			if l.Line < 1 || l.Line > lines {
				t.Fatalf("link %q of %q on line %d of %d", l.Dest, src, l.Line, lines)
			}
		}
		found := r.Check(src, "")
		for _, h := range slices.Concat(found.Errors, found.Warnings) {
			if h.Line < 1 || h.Line > lines {
				t.Fatalf("finding of %q on line %d of %d: %s", src, h.Line, lines, h.Msg)
			}
		}
		for _, s := range found.Shortcodes {
			if s.Line < 1 || s.Line > lines {
				t.Fatalf("shortcode %q of %q on line %d of %d", s.Text, src, s.Line, lines)
			}
		}
	})
}

func TestLinks(t *testing.T) {
	src := "Intro with [a link](/a/) and\n" + // 1
		"![an image](img.png \"title\").\n" + // 2
		"\n" + // 3
		"- **[bold](/b/)** item\n" + // 4
		"- [ref][r] and <https://example.org/c>\n" + // 5
		"\n" + // 6
		"Empty [](/d/) text; `[code](/not-a-link/)`; $[math](/not/)$\n" + // 7
		"\n" + // 8
		"[r]: /ref/\n" + // 9
		"[js](javascript:alert(1)) ![png](data:image/png;base64,AA==)\n" + // 10
		"Write to lab@example.org or <ada@example.org>.\n" // 11
	got := New(Options{}).Links([]byte(src))
	want := []Link{{"/a/", "/a/", 1, false}, {"img.png", "img.png", 2, false}, {"/b/", "/b/", 4, false}, {"/ref/", "/ref/", 5, false}, {"https://example.org/c", "https://example.org/c", 5, false}, {"/d/", "/d/", 7, false}, {"javascript:alert(1)", "javascript:alert(1)", 10, true}, {"data:image/png;base64,AA==", "data:image/png;base64,AA==", 10, false}, {"mailto:lab@example.org", "mailto:lab@example.org", 11, false}, {"mailto:ada@example.org", "mailto:ada@example.org", 11, false}}
	if !slices.Equal(got, want) {
		t.Errorf("Links =\n%v\nwant\n%v", got, want)
	}
	// Under a base path, a link from the site's root has it on the page,
	// and not as written.
	if got := New(Options{BasePath: "/repo/"}).Links([]byte("[a](/a/) [b](b.png)")); !slices.Equal(got, []Link{{"/repo/a/", "/a/", 1, false}, {"b.png", "b.png", 1, false}}) {
		t.Errorf("Links under /repo/ = %v", got)
	}
	// With raw HTML kept, the renderer keeps every address.
	if got := New(Options{UnsafeHTML: true}).Links([]byte("[js](javascript:alert(1))")); len(got) != 1 || got[0].Dropped {
		t.Errorf("Links with UnsafeHTML = %v, want the link kept", got)
	}
	// And then the addresses of its tags are links too, at their tags'
	// lines, so that a broken one is reported there.
	raw := "<figure>\n<img src=\"a.png\"\n srcset=\"a.png 1x, a@2x.png 2x\">\n<video poster=\"/p.png\"></video>\n</figure>\n\nSee <a href=\"b.pdf\">b</a>.\n"
	want = []Link{{"a.png", "a.png", 2, false}, {"a.png", "a.png", 2, false}, {"a@2x.png", "a@2x.png", 2, false}, {"/repo/p.png", "/p.png", 4, false}, {"b.pdf", "b.pdf", 7, false}}
	if got := New(Options{UnsafeHTML: true, BasePath: "/repo/"}).Links([]byte(raw)); !slices.Equal(got, want) {
		t.Errorf("Links of raw HTML =\n%v\nwant\n%v", got, want)
	}
	if got := New(Options{}).Links([]byte(raw)); len(got) != 0 {
		t.Errorf("Links of raw HTML the page drops = %v, want none", got)
	}
	// A tag shown as code is no link.
	code := "<a href=\"slides.pdf\">Slides</a>\n\n`<a href=\"code.pdf\">`\n"
	if got, want := New(Options{UnsafeHTML: true}).Links([]byte(code)), []Link{{"slides.pdf", "slides.pdf", 1, false}}; !slices.Equal(got, want) {
		t.Errorf("Links of raw HTML beside code = %v, want %v", got, want)
	}
}

// TestLeadingImageLoadsEagerly: an image that begins the text (a day's
// banner, a page's photo: in the first screen, often its largest element)
// loads with the page, as lazy loading would wait for the stylesheet and
// the layout; every other image still loads as the reader scrolls to it,
// and so does a leading one of one colour scheme only.
func TestLeadingImageLoadsEagerly(t *testing.T) {
	const lazy = ` loading="lazy" decoding="async"`
	tests := []struct{ src, want string }{
		{"![Banner](/b.png)\n\nText.", `<p><img src="/b.png" alt="Banner"></p>` + "\n<p>Text.</p>\n"},
		{"[![Banner](/b.png)](/x/) and ![two](/c.png)", `<p><a href="/x/"><img src="/b.png" alt="Banner"></a> and <img src="/c.png" alt="two"` + lazy + `></p>` + "\n"},
		{"Text ![a](/a.png)", `<p>Text <img src="/a.png" alt="a"` + lazy + `></p>` + "\n"},
		{"# Title\n\n![a](/a.png)", "<h1 id=\"title\">Title</h1>\n" + `<p><img src="/a.png" alt="a"` + lazy + `></p>` + "\n"},
		{"- ![a](/a.png)", "<ul>\n" + `<li><img src="/a.png" alt="a"` + lazy + `></li>` + "\n</ul>\n"},
		// One colour scheme's, which the other's readers never see: a lazy
		// image the stylesheet hides is not fetched.
		{"![a](/d.png#gh-dark-mode-only)\n![a](/l.png#gh-light-mode-only)",
			`<p><img src="/d.png#gh-dark-mode-only" alt="a"` + lazy + ">\n" + `<img src="/l.png#gh-light-mode-only" alt="a"` + lazy + `></p>` + "\n"},
		{"[![a](/l.png#gh-light-mode-only)](/x/)", `<p><a href="/x/"><img src="/l.png#gh-light-mode-only" alt="a"` + lazy + `></a></p>` + "\n"},
	}
	r := New(Options{})
	for _, tt := range tests {
		if got := string(render(t, r, tt.src).HTML); got != tt.want {
			t.Errorf("Render(%q) = %s, want %s", tt.src, got, tt.want)
		}
	}
}

// TestBasePath: a link or image path from the site's root gets the base
// path in front; other destinations, and paths already below it, stay.
func TestBasePath(t *testing.T) {
	src := "[d](/days/x/) ![i](/i.png) [h](/) [e](//x.org/) [r](/repo/a) [s](/repo) [f](#x) [g](rel/) <https://a.b/c> [m](mailto:a@b.c)"
	want := `<p><a href="/repo/days/x/">d</a> <img src="/repo/i.png" alt="i" loading="lazy" decoding="async"> <a href="/repo/">h</a> <a href="//x.org/">e</a> <a href="/repo/a">r</a> <a href="/repo">s</a> <a href="#x">f</a> <a href="rel/">g</a> <a href="https://a.b/c">https://a.b/c</a> <a href="mailto:a@b.c">m</a></p>` + "\n"
	r := New(Options{BasePath: "/repo/"})
	if got := string(render(t, r, src).HTML); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var links []string
	for _, l := range r.Links([]byte(src)) {
		links = append(links, l.Dest)
	}
	if got := strings.Join(links[:2], " "); got != "/repo/days/x/ /repo/i.png" {
		t.Errorf("Links gives %s, want the paths the page has", got)
	}
	if got := string(render(t, New(Options{BasePath: "/"}), "[d](/days/x/)").HTML); got != `<p><a href="/days/x/">d</a></p>`+"\n" {
		t.Errorf("base / changed a link: %s", got)
	}
}

// TestRenderWith: RenderWith's Resolve is asked for each link and image
// path that has no scheme or host, decoded and without its query or
// fragment, relative ones as written and those from the root without the
// base path; a relative one it resolves takes the site path, escaped, with
// the base path in front and its query and fragment kept.
func TestRenderWith(t *testing.T) {
	src := "![c](fig/chart.png \"t\") [d](data%20set.csv?x=1#top) [gone](gone.pdf) [root](/repo/team.jpg) [r2](/days/x/) " +
		"[h](https://x.org/a.png) [m](mailto:a@b.c) [n](//x.org/b.png) [f](#frag) [q](?q) [bad](%zz.png) [w](C:/x.png) [up](../up.png)"
	var asked []string
	resolve := func(p string) string {
		asked = append(asked, p)
		switch p {
		case "fig/chart.png", "data set.csv", "../up.png":
			return "/papers/" + strings.TrimPrefix(p, "../")
		}
		return ""
	}
	res, err := New(Options{BasePath: "/repo/"}).RenderWith([]byte(src), Files{Resolve: resolve})
	if err != nil {
		t.Fatal(err)
	}
	// The image begins the text: it loads with the page (TestLeadingImageLoadsEagerly).
	want := `<p><img src="/repo/papers/fig/chart.png" alt="c" title="t"> <a href="/repo/papers/data%20set.csv?x=1#top">d</a> <a href="gone.pdf">gone</a> ` +
		`<a href="/repo/team.jpg">root</a> <a href="/repo/days/x/">r2</a> <a href="https://x.org/a.png">h</a> <a href="mailto:a@b.c">m</a> ` +
		`<a href="//x.org/b.png">n</a> <a href="#frag">f</a> <a href="?q">q</a> <a href="%25zz.png">bad</a> <a href="C:/x.png">w</a> <a href="/repo/papers/up.png">up</a></p>` + "\n"
	if got := string(res.HTML); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if want := []string{"fig/chart.png", "data set.csv", "gone.pdf", "/team.jpg", "/days/x/", "../up.png"}; !slices.Equal(asked, want) {
		t.Errorf("Resolve asked for %q, want %q", asked, want)
	}
	// A base path named like the site path's first folder is still put
	// in front of it: the file is below base, whatever their names.
	res, err = New(Options{BasePath: "/papers/"}).RenderWith([]byte("[c](fig/chart.png) [r](/papers/team.jpg)"), Files{Resolve: resolve})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(res.HTML), `<p><a href="/papers/papers/fig/chart.png">c</a> <a href="/papers/team.jpg">r</a></p>`+"\n"; got != want {
		t.Errorf("under base /papers/: got %s, want %s", got, want)
	}
}

// TestMeasure: an image whose path Resolve was asked about, a relative
// one it resolved or one from the root, has the width and height Measure
// gives it, which is asked with the image's site path and line; an image
// elsewhere, one Resolve does not know and one Measure does not, have
// none, and a link is never measured.
func TestMeasure(t *testing.T) {
	src := "An ![a](fig/a.png) and\n" + // 1
		"[a link](fig/a.png), ![b](/repo/b.svg?v=2 \"B\") ![c](https://x.org/c.png)\n" + // 2
		"\n" + // 3
		"- ![](gone.png) ![d](fig/d.png)\n" // 4
	resolve := func(p string) string {
		if strings.HasPrefix(p, "fig/") {
			return "/papers/" + p
		}
		return ""
	}
	var asked []string
	measure := func(p string, line int) (int, int) {
		asked = append(asked, fmt.Sprintf("%s:%d", p, line))
		if p == "/papers/fig/d.png" {
			return 0, 0
		}
		return 1200, 630
	}
	res, err := New(Options{BasePath: "/repo/"}).RenderWith([]byte(src), Files{Resolve: resolve, Measure: measure})
	if err != nil {
		t.Fatal(err)
	}
	want := `<p>An <img src="/repo/papers/fig/a.png" alt="a" width="1200" height="630" loading="lazy" decoding="async"> and` + "\n" +
		`<a href="/repo/papers/fig/a.png">a link</a>, <img src="/repo/b.svg?v=2" alt="b" title="B" width="1200" height="630" loading="lazy" decoding="async"> ` +
		`<img src="https://x.org/c.png" alt="c" loading="lazy" decoding="async"></p>` + "\n" +
		`<ul>` + "\n" + `<li><img src="gone.png" alt="" loading="lazy" decoding="async"> <img src="/repo/papers/fig/d.png" alt="d" loading="lazy" decoding="async"></li>` + "\n" + `</ul>` + "\n"
	if got := string(res.HTML); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if want := []string{"/papers/fig/a.png:1", "/b.svg:2", "/papers/fig/d.png:4"}; !slices.Equal(asked, want) {
		t.Errorf("Measure asked for %q, want %q", asked, want)
	}
	if got := string(render(t, New(Options{}), "![a](/a.png)").HTML); strings.Contains(got, "width") {
		t.Errorf("without Files an image is sized: %s", got)
	}
}

// TestRawHTMLLinks: with raw HTML kept, the src and href of its tags are
// resolved and put under the base path as Markdown's are, in the abstract
// and the notes alike; a tag left as it was keeps its bytes.
func TestRawHTMLLinks(t *testing.T) {
	src := "<IMG SRC=\"fig/chart.png\" alt='x'> <span class='k'>k</span> <a href=\"/days/x/\">d</a> ![m](fig/chart.png)\n\n" +
		"## Notes\n\n<figure><img src=\"fig/chart.png?v=1&amp;w=2\" alt=\"y\"></figure>\n\n" +
		"<img srcset=\"fig/chart.png 1x,  fig/chart.png?2x 2x, https://example.org/c.png 3x\" alt=\"z\"><video poster=\"fig/chart.png\"></video>\n"
	resolve := func(p string) string {
		if p == "fig/chart.png" {
			return "/papers/fig/chart.png"
		}
		return ""
	}
	res, err := New(Options{UnsafeHTML: true, BasePath: "/repo/"}).RenderWith([]byte(src), Files{Resolve: resolve})
	if err != nil {
		t.Fatal(err)
	}
	abstract := `<p><img src="/repo/papers/fig/chart.png" alt="x"> <span class='k'>k</span> <a href="/repo/days/x/">d</a> <img src="/repo/papers/fig/chart.png" alt="m" loading="lazy" decoding="async"></p>` + "\n"
	notes := `<h2 id="notes">Notes</h2>` + "\n" + `<figure><img src="/repo/papers/fig/chart.png?v=1&amp;w=2" alt="y"></figure>` + "\n" +
		`<p><img srcset="/repo/papers/fig/chart.png 1x, /repo/papers/fig/chart.png?2x 2x, https://example.org/c.png 3x" alt="z"><video poster="/repo/papers/fig/chart.png"></video></p>` + "\n"
	if got := string(res.HTML[:res.NotesAt]); got != abstract {
		t.Errorf("abstract:\ngot  %s\nwant %s", got, abstract)
	}
	if got := string(res.HTML[res.NotesAt:]); got != notes {
		t.Errorf("notes:\ngot  %s\nwant %s", got, notes)
	}
}

// TestMapSrcset: each address of a srcset is mapped, its width or
// density kept; a data: address keeps its comma, and one that ends in
// commas has no descriptor.
func TestMapSrcset(t *testing.T) {
	up := func(u string) string { return "/x/" + u }
	for _, tt := range []struct{ in, want string }{
		{"a.png", "/x/a.png"},
		{"a.png 1x, b.png 2x", "/x/a.png 1x, /x/b.png 2x"},
		{" a.png  480w ,\n b.png 800w, ", "/x/a.png 480w, /x/b.png 800w"},
		{"data:image/png;base64,AA== 1x, b.png 2x", "/x/data:image/png;base64,AA== 1x, /x/b.png 2x"},
		{"a.png, b.png", "/x/a.png, /x/b.png"},
		{"", ""},
	} {
		if got := mapSrcset(tt.in, up); got != tt.want {
			t.Errorf("mapSrcset(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if in := "a.png  1x,b.png 2x"; mapSrcset(in, func(u string) string { return u }) != in {
		t.Errorf("mapSrcset(%q) changed what it did not map", in)
	}
}

// TestScrollableBlocksAndFootnotes: display math and tables, which may
// scroll sideways, take keyboard focus and say what they are; a table
// keeps its table semantics inside its scrolling block; footnote links
// have names a screen reader can say.
func TestScrollableBlocksAndFootnotes(t *testing.T) {
	html := string(render(t, New(Options{}), "Text[^1].\n\n| a |\n|---|\n| 1 |\n\n$$x$$\n\n[^1]: A note.\n").HTML)
	for _, want := range []string{
		`<div class="table-scroll" role="group" aria-label="Table" tabindex="0"><table>` + "\n<thead>",
		"</table></div>\n",
		`<div class="math-display" role="group" aria-label="Equation" tabindex="0">`,
		`title="Footnote 1" role="doc-noteref">1</a>`,
		`title="Back to reference 1" role="doc-backlink"><span aria-hidden="true">&#x21a9;&#xfe0e;</span></a>`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in\n%s", want, html)
		}
	}
}

func TestNotesAt(t *testing.T) {
	r := New(Options{})
	for _, tc := range []struct {
		src, abstract, notes string
	}{
		{"An abstract.\n", "<p>An abstract.</p>\n", ""},
		{"An abstract.\n\n## Notes\n\nMine.\n", "<p>An abstract.</p>\n", "<h2 id=\"notes\">Notes</h2>\n<p>Mine.</p>\n"},
		{"Setext.\n\nMy take\n-------\n", "<p>Setext.</p>\n", "<h2 id=\"my-take\">My take</h2>\n"},
		{"# Only notes\n", "", "<h1 id=\"only-notes\">Only notes</h1>\n"},
		// A heading inside a quote or list is part of the abstract.
		{"> ## Quoted\n\n- # Listed\n", "<blockquote>\n<h2 id=\"quoted\">Quoted</h2>\n</blockquote>\n<ul>\n<li>\n<h1 id=\"listed\">Listed</h1>\n</li>\n</ul>\n", ""},
		// Footnotes go at the end, with the notes when there are some.
		{"Claim[^1].\n\n## Notes\n\n[^1]: Source.\n", "<p>Claim<sup id=\"fnref:1\">", "<h2 id=\"notes\">Notes</h2>\n<div class=\"footnotes\""},
	} {
		res := render(t, r, tc.src)
		html := string(res.HTML)
		abstract, notes := html[:res.NotesAt], html[res.NotesAt:]
		if !strings.HasPrefix(abstract, tc.abstract) || len(tc.abstract) == 0 && abstract != "" ||
			!strings.HasPrefix(notes, tc.notes) || len(tc.notes) == 0 && notes != "" {
			t.Errorf("%q:\nabstract %q\nnotes    %q\nwant %q and %q", tc.src, abstract, notes, tc.abstract, tc.notes)
		}
	}
}

func TestAbstractText(t *testing.T) {
	r := New(Options{})
	res := render(t, r, "We prove a bound and the display\n$$\n\\sum_i x_i\n$$\nholds.\n\nSecond paragraph.\n\n## Notes\n\nMine.\n")
	if want := "We prove a bound and the display\n$$ \\sum_i x_i $$\nholds.\nSecond paragraph."; res.AbstractText != want {
		t.Errorf("AbstractText = %q, want %q", res.AbstractText, want)
	}
	if want := res.AbstractText + "\nNotes\nMine."; res.Text != want {
		t.Errorf("Text = %q, want %q", res.Text, want)
	}
	// The display formula written inside the paragraph split it; the
	// summary is the whole paragraph, formula and all, not its first words.
	if want := "We prove a bound and the display $$ \\sum_i x_i $$ holds."; res.Summary != want {
		t.Errorf("Summary = %q, want %q", res.Summary, want)
	}
	for src, want := range map[string]string{
		"We get $$x^2$$ inline and $y$ too.\n\nNext.": "We get $$x^2$$ inline and $y$ too.",
		"First.\n\n$$x$$\n\nSecond.":                  "First.", // a formula of its own
		"Ends with $$x$$":                             "Ends with $$x$$",
	} {
		if got := render(t, r, src).Summary; got != want {
			t.Errorf("Summary of %q = %q, want %q", src, got, want)
		}
	}
	if res = render(t, r, "## Notes only\n\nMine.\n"); res.AbstractText != "" || res.Summary != "Mine." {
		t.Errorf("notes only: AbstractText %q, Summary %q", res.AbstractText, res.Summary)
	}
	// An abstract of one paragraph longer than a summary: both are the
	// same cut, held once (every paper keeps them for the whole build).
	long := strings.Repeat("A long sentence of the abstract. ", 100)
	if res = render(t, r, long); res.Summary != res.AbstractText || !strings.HasSuffix(res.Summary, "…") {
		t.Errorf("long abstract: Summary %q, AbstractText %q", res.Summary, res.AbstractText)
	} else if unsafe.StringData(res.Summary) != unsafe.StringData(res.AbstractText) {
		t.Error("long abstract: Summary and AbstractText are two copies of the same text")
	}
}

// TestParenMath: \(…\) is inline math, as arXiv abstracts write it; \[ stays
// Markdown's escaped bracket.
func TestParenMath(t *testing.T) {
	r := New(Options{Math: func(tex string, display bool) string { return "<m>" + tex + "</m>" }})
	res := render(t, r, `With \(a+b\) and \[CLS\] tokens.`)
	if want := "<p>With <m>a+b</m> and [CLS] tokens.</p>\n"; string(res.HTML) != want || !res.HasMath {
		t.Errorf("HTML %q (HasMath %v), want %q", res.HTML, res.HasMath, want)
	}
}

// TestHeadingIDsAvoidPageIDs: a heading whose slug is an id the theme's
// pages give their own elements (a page's title) takes the next free one.
func TestHeadingIDsAvoidPageIDs(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Page title\n\n## Abstract\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(res.HTML); !strings.Contains(got, `<h2 id="page-title-1">`) || !strings.Contains(got, `<h2 id="abstract-1">`) {
		t.Errorf("HTML = %s", got)
	}
}

// TestHeadingAttributes: a heading's {#id} and {.class}, as Hugo reads
// them, are its attributes, not text; an auto id after it avoids the id.
func TestHeadingAttributes(t *testing.T) {
	r := New(Options{})
	res, err := r.Render([]byte("## Setup {#install}\n\n## Install\n\n## Wide {.wide}\n\n## The set {x}\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="install">Setup</h2>`, `<h2 id="install-1">Install</h2>`, `<h2 class="wide" id="wide">Wide</h2>`, `<h2 id="the-set-x">The set {x}</h2>`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("HTML lacks %s:\n%s", want, res.HTML)
		}
	}
}

// TestTakenIDs: a heading id written out that the page's own elements or
// an earlier heading have is reported at its line; others are not.
func TestTakenIDs(t *testing.T) {
	r := New(Options{})
	src := "## Setup\n\nText.\n\n## Again {#setup}\n\n## Fine {#fine}\n\n## Mine {#related}\n\n`## Code {#setup}`\n"
	got := r.source([]byte(src)).takenIDs()
	want := []Hidden{
		{5, `the heading's id "setup" is also that of the heading "Setup" above it; give one of them another {#…}`},
		{9, `the heading's id "related" is one the page gives its own element; choose another {#…}`},
	}
	if !slices.Equal(got, want) {
		t.Errorf("TakenIDs = %+v, want %+v", got, want)
	}
	// One written out empty, a placeholder never filled in.
	empty := `the heading's id is written out empty, which HTML does not allow and no link can name; write it after the # ({#%s}), or remove the braces for one made from its words`
	for _, tt := range []struct{ src, id string }{
		{"Text.\n\n## Setup {#}\n", "setup"},
		{"Text.\n\n## [Setup](x.md) {id=\"\"}\n", "setup"},
		{"Text.\n\n## $$ {#}\n", "section"},
	} {
		want := []Hidden{{3, fmt.Sprintf(empty, tt.id)}}
		if got := r.source([]byte(tt.src)).takenIDs(); !slices.Equal(got, want) {
			t.Errorf("TakenIDs(%q) = %+v, want %+v", tt.src, got, want)
		}
	}
	if got := r.source([]byte("## Setup\n\n## Setup\n")).takenIDs(); got != nil {
		t.Errorf("TakenIDs of auto ids = %+v, want none", got)
	}
}

// TestMathKeepsPunctuation: in Markdown too, the punctuation right after
// an inline formula is held to it, and written once.
func TestMathKeepsPunctuation(t *testing.T) {
	res, err := New(Options{Math: func(tex string, display bool) string { return "<m>" + tex + "</m>" }}).Render([]byte("Length $n$. Then $m$ and $k$, done: $5\\,\\mu$m, $k$-means and $n$th).\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := `<p>Length <span class="nowrap"><m>n</m>.</span> Then <m>m</m> and <span class="nowrap"><m>k</m>,</span> done: ` +
		`<span class="nowrap"><m>5\,\mu</m>m,</span> <span class="nowrap"><m>k</m>-means</span> and <span class="nowrap"><m>n</m>th).</span></p>` + "\n"
	if string(res.HTML) != want {
		t.Errorf("HTML = %s, want %s", res.HTML, want)
	}
	// The brackets right before a formula keep to it too, where a line
	// could end with "(" and the next start with ∼5%): not an escaped
	// one, nor one a line before.
	res, err = New(Options{Math: func(tex string, display bool) string { return "<m>" + tex + "</m>" }}).Render([]byte("a ($\\sim 5\\%$) gain, [$k$ and \\[$x$ or (\n$y$\n"))
	if err != nil {
		t.Fatal(err)
	}
	want = `<p>a <span class="nowrap">(<m>\sim 5\%</m>)</span> gain, <span class="nowrap">[<m>k</m></span> and [<m>x</m> or (` + "\n<m>y</m></p>\n"
	if string(res.HTML) != want {
		t.Errorf("HTML = %s, want %s", res.HTML, want)
	}
	// The plain text (summaries, feeds, search) keeps them where they are.
	if want := `a ($\sim 5\%$) gain, [$k$ and [$x$ or ( $y$`; res.Summary != want {
		t.Errorf("Summary = %q, want %q", res.Summary, want)
	}
}

// TestImages: Images gives each image as written and as the page has it,
// with its alt text as plain text, at its line; a Markdown image that is
// all its link shows names the link; an <img> tag of raw HTML, kept only
// with UnsafeHTML, says whether it has an alt at all.
func TestImages(t *testing.T) {
	src := "An ![](fig.png) and ![ ](/team.jpg \"Us\").\n" + // 1
		"[![*Build* status](badge.svg)](https://ci.example.org/) [![](b2.svg) CI](https://ci.example.org/)\n" + // 2
		"Inline <img src=\"raw.png\"> and\n" + // 3
		"<img alt=\"\" src='deco.png'>.\n" + // 4
		"\n" + // 5
		"<figure>\n" + // 6
		"<img\n" + // 7
		"  src=\"block.png\" alt=\" A chart \">\n" + // 8
		"</figure>\n" // 9
	resolve := func(p string) string {
		if p == "fig.png" {
			return "/papers/fig.png"
		}
		return ""
	}
	md := []Image{
		{Dest: "fig.png", Src: "/repo/papers/fig.png", Line: 1},
		{Dest: "/team.jpg", Src: "/repo/team.jpg", Line: 1},
		{Dest: "badge.svg", Src: "badge.svg", Alt: "Build status", Link: true, Line: 2},
		{Dest: "b2.svg", Src: "b2.svg", Line: 2},
	}
	raw := []Image{
		{Dest: "raw.png", Src: "raw.png", HTML: true, NoAlt: true, Line: 3},
		{Dest: "deco.png", Src: "deco.png", HTML: true, Line: 4},
		{Dest: "block.png", Src: "block.png", Alt: "A chart", HTML: true, Line: 7},
	}
	for _, tt := range []struct {
		unsafe bool
		want   []Image
	}{
		{false, md},
		{true, slices.Concat(md[:4], raw)},
	} {
		got := New(Options{BasePath: "/repo/", UnsafeHTML: tt.unsafe}).Images([]byte(src), resolve)
		if !slices.Equal(got, tt.want) {
			t.Errorf("Images, UnsafeHTML %v =\n%+v\nwant\n%+v", tt.unsafe, got, tt.want)
		}
	}
}

// TestOmittedHTML: with unsafe HTML off, each line whose raw HTML the page
// leaves out is named, with the Markdown to write where there is one; a
// "tag" that is no element's is text the page loses, unsafe HTML or not;
// comments, code and escaped < are not raw HTML.
func TestOmittedHTML(t *testing.T) {
	src := "For all n<m and m>k it holds.\n\n" + // 1
		"<details>\n<summary>More</summary>\nHidden.\n</details>\n\n" + // 3
		"See <img src=\"f.png\" alt=\"F\"> and <b>bold</b>, H<sub>2</sub>O.\n\n" + // 8
		"<!-- a note -->\n\n`<b>` and \\<b> and a < b.\n\n" + // 10, 12
		"```\n<div>\n```\n\nA <my-widget> too.\n\n" + // 14, 18
		"If a<b or b>c and i<j and j>k, <details open> <input type=checkbox checked disabled> <a download>.\n" // 20
	var got []string
	for _, h := range New(Options{}).source([]byte(src)).omittedHTML() {
		got = append(got, fmt.Sprintf("%d: %s", h.Line, h.Msg))
	}
	want := []string{
		`1: <m and m> reads as an HTML tag, so the page leaves it out; if it is text (n<m), write \< for its <, or put math between dollar signs ($n<m$)`,
		"3: this HTML block (<details> and <summary>, 4 lines) is left out of the page, all its lines, as site.yaml's unsafeHTML is off; set unsafeHTML: true in site.yaml to keep raw HTML",
		"8: <img>, <b> and <sub> are raw HTML, which the page leaves out (the text between stays, without its markup) as site.yaml's unsafeHTML is off; write ![what it shows](fig.png) for an image and **…** for bold, or set unsafeHTML: true in site.yaml to keep raw HTML",
		"18: <my-widget> is raw HTML, which the page leaves out (the text between stays, without its markup) as site.yaml's unsafeHTML is off; set unsafeHTML: true in site.yaml to keep raw HTML",
		`20: <b or b> and <j and j> read as HTML tags, so the page leaves them out; if they are text (n<m), write \< for each <, or put math between dollar signs ($n<m$)`,
		"20: <details>, <input> and <a> are raw HTML, which the page leaves out (the text between stays, without its markup) as site.yaml's unsafeHTML is off; write [text](https://…) for a link, or set unsafeHTML: true in site.yaml to keep raw HTML",
	}
	if !slices.Equal(got, want) {
		t.Errorf("OmittedHTML =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if h := New(Options{UnsafeHTML: true}).source([]byte(src)).omittedHTML(); len(h) != 2 || h[0].Msg != want[0][3:] || h[1].Msg != want[4][4:] {
		t.Errorf("with unsafe HTML on: %v, want only the tags that are text", h)
	}
	if h := New(Options{}).source([]byte("a < b and $x<y$ and 3<4.\n")).omittedHTML(); h != nil {
		t.Errorf("no tag: %v", h)
	}
}

// TestOmittedHTMLBetween: with unsafe HTML off, an HTML block that leaves
// an element open for a later one to close (<details>, a blank line,
// Markdown, a blank line, </details>) is told that the Markdown between
// them shows, unfolded for a <details>; the block that only closes it
// hides nothing and has no warning of its own; a stray end tag has.
func TestOmittedHTMLBetween(t *testing.T) {
	src := "<details>\n<summary>Proof</summary>\n\nThe proof, $x$.\n\n</details>\n\n" + // 1, 6
		"<div class=\"wide\">\n\nA figure.\n\n</div>\n\n" + // 8, 12
		"</section>\n" // 14
	var got []string
	for _, h := range New(Options{}).source([]byte(src)).omittedHTML() {
		got = append(got, fmt.Sprintf("%d: %s", h.Line, h.Msg))
	}
	want := []string{
		"1: this HTML block (<details> and <summary>, 2 lines) is left out of the page, as site.yaml's unsafeHTML is off, but the Markdown after the blank line that ends it, up to </details>, is not: it shows, unfolded, for every reader; set unsafeHTML: true in site.yaml to keep it folded",
		"8: this HTML block (<div>, one line) is left out of the page, as site.yaml's unsafeHTML is off, but the Markdown after the blank line that ends it, up to </div>, is not: it shows, without the <div> around it; set unsafeHTML: true in site.yaml to keep raw HTML",
		"14: this HTML block (</section>, one line) is left out of the page, all its lines, as site.yaml's unsafeHTML is off; set unsafeHTML: true in site.yaml to keep raw HTML",
	}
	if !slices.Equal(got, want) {
		t.Errorf("OmittedHTML =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// unbalanced returns what is wrong with the first element of h closed
// out of order or never closed, or "" when each is closed in order: a
// browser would otherwise nest what follows inside it.
func unbalanced(h []byte) string {
	z := html.NewTokenizer(bytes.NewReader(h))
	var open []string
	for {
		switch z.Next() {
		case html.ErrorToken:
			if len(open) > 0 {
				return fmt.Sprintf("<%s> is never closed", open[len(open)-1])
			}
			return ""
		case html.StartTagToken:
			if name, _ := z.TagName(); !voids[string(name)] {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if len(open) == 0 {
				return fmt.Sprintf("</%s> closes no open element", name)
			}
			if top := open[len(open)-1]; top != string(name) {
				return fmt.Sprintf("</%s> comes while <%s> is open", name, top)
			}
			open = open[:len(open)-1]
		}
	}
}

// TestCodeLineIndent: each line of a code block, fenced or indented, is a
// <span class="cl">, and an indented one says in --indent the column its text
// starts at, a tab going on to the next multiple of 8 (style.css hangs
// the line's continuation there); a blank line or one at the margin says
// nothing.
func TestCodeLineIndent(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{"```python\ndef f():\n    return 1\n\n  \tx\n```\n", []string{"", "4", "", "8"}},
		{"```\n\t\ty\n \t z\n```\n", []string{"16", "9"}},
		{"Text.\n\n    a\n      b\n\n    c\n", []string{"", "2", "", ""}},
	} {
		html := string(render(t, New(Options{}), tc.src).HTML)
		var got []string
		for _, open := range strings.Split(html, `<span class="cl"`)[1:] {
			attr, _, _ := strings.Cut(open, ">")
			got = append(got, strings.TrimSuffix(strings.TrimPrefix(attr, ` style="--indent:`), `"`))
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("indents of the lines of %q = %q, want %q\n%s", tc.src, got, tc.want, html)
		}
	}
}

// TestInert: text, math, code spans, emphasis and autolinks (bare URLs
// and email addresses, which show what they link to) are inert; raw HTML,
// a link or an image, whose text can hide where it goes or what it loads,
// is not.
func TestInert(t *testing.T) {
	r := New(Options{})
	for src, want := range map[string]bool{
		"plain words, *emphasis* and `code`":      true,
		"math $a_1 < b$ and $$x^2$$":              true,
		"see https://github.com/a/b for the code": true,
		"write to a.b@c.org for the data":         true,
		"<https://x.org/> and <a@b.org>":          true,
		"a [link](https://x.org/)":                false,
		"an image ![i](https://t.example/p.gif)":  false,
		"raw <b>HTML</b>":                         false,
		"<div>\nblock\n</div>":                    false,
	} {
		if got := r.Inert([]byte(src)); got != want {
			t.Errorf("Inert(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestStrikes: ~~x~~ and ~x~ strike text through; a tilde that pairs
// with none ("~2x", "~30%", "a~~ b"), an escaped one and a run of three
// do not.
func TestStrikes(t *testing.T) {
	r := New(Options{})
	for src, want := range map[string]bool{
		"from ~~120 ms~~ to 80 ms":           true,
		"a ~x~ b":                            true,
		"~2x to 3x~ faster":                  true,
		"a ~2x speedup and ~30% less memory": false,
		"a~~ b and (~100B)":                  false,
		`\~\~120 ms\~\~ and \~~~ code ~~~`:   false,
		"`~~code~~` and $~~x~~$":             false,
	} {
		if got := r.Strikes([]byte(src)); got != want {
			t.Errorf("Strikes(%q) = %v, want %v", src, got, want)
		}
	}
}

// TestMathInAlt: an image's description keeps its math, as Unicode text
// in the alt attribute, where the formulas were dropped from it.
func TestMathInAlt(t *testing.T) {
	res, err := New(Options{}).Render([]byte(`![Loss against $\lambda$ for $d_k=64$ & \(x^2\)](p.png)` + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `alt="Loss against λ for dₖ = 64 &amp; x²"`; !strings.Contains(string(res.HTML), want) {
		t.Errorf("no %s in\n%s", want, res.HTML)
	}
}

// TestMathInNames: a heading, a link or a column header that holds math
// is named by its text with the math in Unicode, which screen readers
// announce in their lists of headings and links and for each cell of a
// column: browsers take no MathML into a name, and named them
// "Bounds on -divergence", "the -entmax paper" and "". The MathML stays,
// and so do the heading's id and what holds no math.
func TestMathInNames(t *testing.T) {
	math := func(tex string, display bool) string { return "<math>" + tex + "</math>" }
	for _, tc := range []struct{ name, src, want string }{
		{"heading", "## Bounds on $\\beta$-divergence\n", `<h2 id="bounds-on-beta-divergence" aria-label="Bounds on β-divergence">Bounds on <span class="nowrap"><math>\beta</math>-divergence</span></h2>`},
		{"heading with its id", "## ($\\alpha$) & more {#alpha}\n", `<h2 id="alpha" aria-label="(α) &amp; more">`},
		{"link", "See [the $\\alpha$-entmax paper](https://example.org/ \"T\").\n", `<a href="https://example.org/" title="T" aria-label="the α-entmax paper">`},
		{"link with emphasis", "[$\\frac{a}{b}$ *bound*](b.md)\n", `<a href="b.md" aria-label="a/b bound">`},
		{"header cell", "| $\\lambda$ | Loss |\n|:-:|---|\n| $\\mu$ | 2 |\n", "<th style=\"text-align:center\" aria-label=\"λ\"><math>\\lambda</math></th>\n<th>Loss</th>"},
		{"data cell", "| $\\lambda$ | Loss |\n|---|---|\n| $\\mu$ | 2 |\n", "<td><math>\\mu</math></td>"},
		{"no math", "## Setup\n\n[the paper](p.md)\n", "<h2 id=\"setup\">Setup</h2>\n<p><a href=\"p.md\">the paper</a></p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := render(t, New(Options{Math: math}), tc.src)
			if !strings.Contains(string(res.HTML), tc.want) {
				t.Errorf("Render(%q) = %s, want it to hold %s", tc.src, res.HTML, tc.want)
			}
		})
	}
}

// TestInvisibleInAddress: a zero-width space or soft hyphen pasted into
// a link's address is dropped, where the link kept it as %E2%80%8B.
func TestInvisibleInAddress(t *testing.T) {
	res, err := New(Options{}).Render([]byte("[code](https://github.com/ab\u200bc/d\u00ade) and ![fig](fi\u200bg.png)\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`href="https://github.com/abc/de"`, `src="fig.png"`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("no %s in\n%s", want, res.HTML)
		}
	}
}

// TestSitePath: a path from the host's root loses the base path it starts
// with, and only a whole first folder of it; others are kept.
func TestSitePath(t *testing.T) {
	for _, tt := range []struct{ p, base, want string }{
		{"/repo/team.png", "/repo/", "/team.png"},
		{"/team.png", "/repo/", "/team.png"},
		{"/repository/team.png", "/repo/", "/repository/team.png"},
		{"/repo", "/repo/", "/repo"},
		{"/team.png", "/", "/team.png"},
		{"https://example.org/repo/x.png", "/repo/", "https://example.org/repo/x.png"},
	} {
		if got := SitePath(tt.p, tt.base); got != tt.want {
			t.Errorf("SitePath(%q, %q) = %q, want %q", tt.p, tt.base, got, tt.want)
		}
	}
}

// TestOriginGivesDataURL: under an Origin, a link to a page or file of the
// site (a source Resolve knows, a path from the site's root) has data-url,
// its whole address, which the print stylesheet spells out; a link
// elsewhere, a fragment and a path Resolve does not know have none, and
// neither has any link without an Origin.
func TestOriginGivesDataURL(t *testing.T) {
	resolve := func(p string) string {
		if p == "2405.15216.md" {
			return "/papers/2405.15216/"
		}
		return ""
	}
	for _, c := range []struct {
		origin, src, want string
	}{
		{"https://lab.example.org", "[p](2405.15216.md#method)", `<a href="/repo/papers/2405.15216/#method" data-url="https://lab.example.org/repo/papers/2405.15216/#method">p</a>`},
		{"https://lab.example.org", "[d](/days/2024-05-27/)", `<a href="/repo/days/2024-05-27/" data-url="https://lab.example.org/repo/days/2024-05-27/">d</a>`},
		{"https://lab.example.org", "[w](https://wiki.example.org/x)", `<a href="https://wiki.example.org/x">w</a>`},
		{"https://lab.example.org", "[f](#notes)", `<a href="#notes">f</a>`},
		{"https://lab.example.org", "[g](gone.md)", `<a href="gone.md">g</a>`},
		{"", "[p](2405.15216.md)", `<a href="/repo/papers/2405.15216/">p</a>`},
	} {
		res, err := New(Options{BasePath: "/repo/", Origin: c.origin}).RenderWith([]byte(c.src), Files{Resolve: resolve})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSuffix(strings.TrimPrefix(string(res.HTML), "<p>"), "</p>\n"); got != c.want {
			t.Errorf("RenderWith(%q) under %q = %s, want %s", c.src, c.origin, got, c.want)
		}
	}
}
