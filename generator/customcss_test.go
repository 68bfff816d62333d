package generator

import (
	"slices"
	"testing"
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
