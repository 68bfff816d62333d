package markdown

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestLiquidAndKramdown: Jekyll's Liquid tags and outputs and kramdown's
// attribute lists are found at their lines, each with what to write
// instead, except in code and math and what {% raw %} and {% highlight %}
// hold; {{ … }} of no Jekyll object and without a filter is text.
func TestLiquidAndKramdown(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		src  string
		want string // each found, as line:text
	}{
		{"Jinja writes {{ name }} and {{ user.name }}.\n", "[]"},
		{"A.\n\n{% include figure.html path=\"assets/img/x.png\" %}\n", "[3:{% include figure.html %}]"},
		{"{% highlight python %}\nx = {{ site.title }}\n{% endhighlight %}\n", "[1:{% highlight python %}]"},
		{"{% raw %}\n{{ page.title }} {% if x %}\n{% endraw %}\n", "[1:{% raw %}]"},
		{"See [B]({{ site.baseurl }}{% post_url 2024-05-28-bert %}).\n", "[1:{{ site.baseurl }} 1:{% post_url %}]"},
		{"{{page.title}} and {{ '/a.png' | relative_url }}\n", "[1:{{ page.title }} 1:{{ '/a.png' | relative_url }}]"},
		{"{%- if page.x -%}y{% else %}z{% endif %}\n", "[1:{% if %}]"},
		{"* TOC\n{:toc}\n\n> Quote.\n{: .blockquote}\n\nText.{: .muted}\n", "[2:{:toc} 5:{: .blockquote} 7:{: .muted}]"},
		{"Write `{% include x.html %}` and `{: .c}`.\n\n```\n{{ site.url }} {:toc}\n```\n", "[]"},
		{"$\\{:x\\} \\{% y %\\}$ and\n\n$$\n{{ page.x }}\n$$\n", "[]"},
		{"{{% notice %}}x{{% /notice %}}\n", "[1:{{% notice %}}]"}, // Hugo's, not Liquid's
		{"<!-- {% include x.html %} -->\n", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range r.source([]byte(tt.src)).shortcodes() {
			got = append(got, fmt.Sprintf("%d:%s", s.Line, s.Text))
			if s.Hint == "" || s.Of == "" {
				t.Errorf("Shortcodes(%q): %s has no hint or owner", tt.src, s.Text)
			}
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("Shortcodes(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}

// TestLiquidHints: what each Liquid tag and output and each kramdown
// attribute list is told to become, from its own arguments.
func TestLiquidHints(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{`{% include figure.html path="assets/img/tf.png" caption="The Transformer" class="img-fluid" %}`, "write it as an image: ![The Transformer](tf.png)"},
		{`{% include figure.html path="assets/img/tf.png" %}`, "move the Jekyll site's assets/img/tf.png beside this .md"},
		{`{% include image.html url="https://x.org/a.png" description="A chart" %}`, "write it as an image: ![A chart](https://x.org/a.png)"},
		{`{% include video.html id="x" %}`, "Paperboy reads no _includes/: write in Markdown what video.html made"},
		{"{% highlight go %}\nx\n{% endhighlight %}", "write a fenced code block: ```go, the code, then ```"},
		{"[B]({% post_url 2024-05-28-bert %})", "[the paper](2024-05-28-bert.md), and the build links its page"},
		{"[M]({% link _posts/2024-08-19-mamba.md %})", "[the paper](2024-08-19-mamba.md)"},
		{"[CV]({% link assets/pdf/cv.pdf %})", "[the file](cv.pdf), with the Jekyll site's assets/pdf/cv.pdf moved beside it"},
		{"{% comment %}x{% endcomment %}", "write an HTML comment"},
		{"![x]({{ site.baseurl }}/assets/x.png)", "remove it: a link from the site's root"},
		{"{{ page.date }}", "write the page's date itself"},
		{"{{ site.data.venues.neurips }}", "site.yaml's extra:"},
		{"{:toc}", "remove this line and the list item above it (* TOC)"},
		{"![x](x.png)\n{: width=\"60%\"}", "an image is shown at its own size"},
		{"## Setup\n{: #setup}", "write a heading's id as {#setup} at the end of the heading's line"},
		{"{::comment}\nx\n{:/comment}", "write an HTML comment"},
		{"{::options parse_block_html=\"true\" /}", "no kramdown extensions"},
	}
	for _, tt := range tests {
		got := r.source([]byte(tt.src + "\n")).shortcodes()
		if len(got) != 1 || !strings.Contains(got[0].Hint, tt.want) {
			t.Errorf("Shortcodes(%q) = %+v, want one whose hint has %q", tt.src, got, tt.want)
		}
	}
}

// TestInlineDisplayMath: a $$…$$ that shares its line with text, which
// kramdown reads as inline math, is named once a line with the $…$ to
// write; display math on lines of its own, in a list item or a quote, is
// not.
func TestInlineDisplayMath(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"Text.\n\n$$\nx^2\n$$\n\n$$y$$\n\nText\n$$\nz\n$$\n", "[]"},
		{"- $$x$$\n\n> $$y$$\n\n1. $$z$$\n", "[]"},
		{"where $$d_k$$ is the key dimension\nand $$a$$, $$b$$ too\n", "[1:$$d_k$$ … $d_k$, 2:$$a$$ and $$b$$ share … $a$ and $b$,]"},
		{"$$x$$, where\n", "[1:$$x$$ … $x$,]"},
		{"Use `$$x$$` in kramdown.\n", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range r.source([]byte(tt.src)).inlineDisplayMath() {
			display, _, _ := strings.Cut(h.Msg, " share")
			_, inline, _ := strings.Cut(h.Msg, "single dollar signs, ")
			inline, _, _ = strings.Cut(inline, " or put")
			if strings.Contains(display, " and ") {
				display += " share"
			}
			got = append(got, fmt.Sprintf("%d:%s … %s", h.Line, display, inline))
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("InlineDisplayMath(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}

// TestInlineDisplayMathInContainers: kramdown's $$…$$ inside a heading, a
// table cell, a link's text or emphasis, where the extension leaves it
// inline and the page shows its TeX, gets the advice a paragraph's gets
// (write it between single dollar signs), not the lexer's "write \$".
func TestInlineDisplayMathInContainers(t *testing.T) {
	r := New(Options{MathProblem: func(tex string) string {
		if strings.Contains(tex, "$") {
			return "a $ in math is TeX's end of math; write \\$ for the sign itself"
		}
		return ""
	}})
	src := "## Bounds on $$\\beta$$\n\n| a | b |\n|---|---|\n| $$\\lambda$$ | 0.1 |\n\n[see $$x$$](https://example.org) and *on $$y$$*\n"
	want := []string{
		`1:$$\beta$$ shows as its TeX source, not as math: a heading, a table cell, a link's text or emphasis holds no display math (kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, $\beta$`,
		`5:$$\lambda$$ shows as its TeX source, not as math: a heading, a table cell, a link's text or emphasis holds no display math (kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, $\lambda$`,
		`7:$$x$$ shows as its TeX source, not as math: a heading, a table cell, a link's text or emphasis holds no display math (kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, $x$`,
		`7:$$y$$ shows as its TeX source, not as math: a heading, a table cell, a link's text or emphasis holds no display math (kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, $y$`,
	}
	var got []string
	for _, h := range r.source([]byte(src)).unconvertedMath() {
		got = append(got, fmt.Sprintf("%d:%s", h.Line, h.Msg))
	}
	if !slices.Equal(got, want) {
		t.Errorf("unconvertedMath(%q) =\n%s\nwant\n%s", src, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
