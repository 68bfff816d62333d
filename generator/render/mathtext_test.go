package render

import (
	"html/template"
	"strings"
	"testing"
)

func TestInlineMath(t *testing.T) {
	tests := []struct {
		in   string
		want []string // substrings of the output, in order
	}{
		{"plain & <b>", []string{"plain &amp; &lt;b&gt;"}},
		{"from $5 to $10", []string{"from $5 to $10"}},
		// The formula is hidden from screen readers, which leave MathML out
		// of a heading's or link's name, and said by its Unicode reading.
		{"a $x^2$ b", []string{"a ", `<math aria-hidden="true" display="inline" alttext="x^2">`, `</math><span class="visually-hidden">x²</span> b`}},
		{`a $\overbrace{x+y}$`, []string{`<math aria-hidden="true"`, `<span class="visually-hidden">\overbrace{x+y}</span>`}}, // no Unicode reading: its TeX
		{"$</a><script>x$", []string{`alttext="&lt;/a&gt;&lt;script&gt;x"`, "<mo>&lt;</mo>"}},
		{`$\text{<img src=x>}$`, []string{"<mtext>&lt;img src=x&gt;</mtext>"}},
	}
	for _, tt := range tests {
		got := string(inlineMath(tt.in))
		rest := got
		for _, w := range tt.want {
			i := strings.Index(rest, w)
			if i < 0 {
				t.Errorf("inlineMath(%q) = %s, want %q in it (in order)", tt.in, got, w)
				break
			}
			rest = rest[i+len(w):]
		}
		if strings.Contains(got, "<script") || strings.Contains(got, "<img") || strings.Contains(got, "<b>") {
			t.Errorf("inlineMath(%q) = %s: live markup", tt.in, got)
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
