package render

import (
	"html/template"
	"strings"
	"testing"
)

// TestInlineMath: a title's formula is its Unicode text, which names the
// heading or link that holds it and reads once with or without a
// stylesheet; a paragraph's is MathML alone.
func TestInlineMath(t *testing.T) {
	tests := []struct {
		f    func(string) template.HTML
		in   string
		want []string // substrings of the output, in order
	}{
		{inlineMath, "plain & <b>", []string{"plain &amp; &lt;b&gt;"}},
		{inlineMath, "from $5 to $10", []string{"from $5 to $10"}},
		{inlineMath, "a $x^2$ b", []string{"a x² b"}},
		{inlineMath, `a $\overbrace{x+y}$`, []string{`a $\overbrace{x+y}$`}}, // no Unicode reading: its TeX
		{inlineMath, "$</a><script>x$", []string{"&lt; /a &gt; &lt; script &gt; x"}},
		{inlineMath, `$\text{<img src=x>}$`, []string{"&lt;img src=x&gt;"}},
		{inlineMathML, "plain & <b>", []string{"plain &amp; &lt;b&gt;"}},
		{inlineMathML, "a $x^2$ b", []string{"a ", `<math display="inline" alttext="x^2">`, `</math> b`}},
		{inlineMathML, "$</a><script>x$", []string{`alttext="&lt;/a&gt;&lt;script&gt;x"`, "<mo>&lt;</mo>"}},
		{inlineMathML, `$\text{<img src=x>}$`, []string{"<mtext>&lt;img src=x&gt;</mtext>"}},
	}
	for _, tt := range tests {
		got := string(tt.f(tt.in))
		rest := got
		for _, w := range tt.want {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("%q gives %s, want %q in it (in order)", tt.in, got, w)
				break
			}
			rest = rest[i+len(w):]
		}
		if strings.Contains(got, "<script") || strings.Contains(got, "<img") || strings.Contains(got, "<b>") {
			t.Errorf("%q gives %s: live markup", tt.in, got)
		}
		if strings.Contains(got, "visually-hidden") || strings.Contains(got, "aria-hidden") {
			t.Errorf("%q gives %s: a formula written twice, once hidden", tt.in, got)
		}
	}
}

// TestHideArrows: a message's arrows are hidden from screen readers, and
// nothing else of it changes.
func TestHideArrows(t *testing.T) {
	for in, want := range map[template.HTML]template.HTML{
		"← Newer":              `<span aria-hidden="true">←</span> Newer`,
		"Next · #3 →":          `Next · #3 <span aria-hidden="true">→</span>`,
		"Papers of <em>x</em>": "Papers of <em>x</em>",
	} {
		if got := hideArrows(in); got != want {
			t.Errorf("hideArrows(%q) = %q, want %q", in, got, want)
		}
	}
}
