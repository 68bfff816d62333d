package generator

import (
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/csstext"
)

// TestUnbalancedCSS: a comment, a { or a } a stylesheet leaves open is
// named at its line; braces in strings, url()s, comments and nested
// at-rules are let be.
func TestUnbalancedCSS(t *testing.T) {
	tests := []struct {
		css  string
		want []int // the lines named
	}{
		{"a { color: red; }\n@media (width > 1px) { p { margin: 0 } }\n", nil},
		{"a::after { content: \"}{\"; background: url(x{}.png) }\n/* { */\n", nil},
		{"a { color: red;\n\nb { color: blue; }\n", []int{1}},
		{"a { color: red; }\n}\nb { color: blue; }\n", []int{2}},
		{"a { color: red; }\n/* colours\nb { color: blue; }\n", []int{2}},
		{"}\na { color: red;\n/* x", []int{1, 2, 3}},
		{"a { color: red; }\r\r}\r\nb {\r/* x\r", []int{3, 4, 5}},
	}
	for _, tt := range tests {
		var got []int
		for _, p := range unbalanced("custom.css", []byte(tt.css)) {
			got = append(got, p.Line)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("unbalanced(%q) names lines %v, want %v", tt.css, got, tt.want)
		}
	}
}

// FuzzUnbalanced: no stylesheet makes unbalanced panic, each problem is
// at a line of the stylesheet, and blanking its comments, strings and
// url()s keeps every byte's offset and line.
func FuzzUnbalanced(f *testing.F) {
	for _, s := range []string{"a { color: red; }\n@media (width > 1px) { p { margin: 0 } }\n", "a::after { content: \"}{\"; background: url(x{}.png) }\n/* { */\n",
		"}\na { color: red;\n/* x", "/* a\n*/ b { c: 'd\n}", "/*/ { */ }", "a { b: url(\n{) }", "\"\\\n{\"}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		lines := diag.Lines([]byte(css))
		for _, p := range unbalanced("custom.css", []byte(css)) {
			if p.Line < 1 || p.Line > lines {
				t.Errorf("%q: problem at line %d of %d: %s", css, p.Line, lines, p)
			}
		}
		for what, b := range map[string][]byte{"comments": blankComments([]byte(css)), "strings and url()s": csstext.Blank(cssQuotedRE, []byte(css))} {
			if len(b) != len(css) {
				t.Fatalf("%q with its %s blanked = %q, %d bytes for %d", css, what, b, len(b), len(css))
			}
			for i := range b {
				if b[i] != css[i] && (b[i] != ' ' || css[i] == '\n' || css[i] == '\r') {
					t.Fatalf("%q with its %s blanked = %q, its line breaks moved", css, what, b)
				}
			}
		}
	})
}
