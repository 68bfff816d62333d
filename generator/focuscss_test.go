package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestFocusRings: a custom.css rule for focused elements that takes the
// outline away and gives focus no other mark is named at the
// declaration's line; one with another mark, one for mouse focus only,
// one for :focus beside a :focus-visible rule that draws a ring, and one
// for elements without focus are let be.
func TestFocusRings(t *testing.T) {
	tests := []struct {
		css  string
		want []int // the lines named
	}{
		{"a:focus, button:focus { outline: none; }\n", []int{1}},
		{":root { --accent: red }\n:focus-visible {\n  color: red;\n  outline: 0;\n}\n", []int{4}},
		{"@media screen { a:FOCUS { outline-style: none !important } }\n", []int{1}},
		{"a { &:focus { outline: 0px } }\n", []int{1}},
		{"a:focus { outline: 2px solid red; outline: none }\n", []int{1}},
		{"a:focus { outline: none; box-shadow: 0 0 0 3px var(--focus) }\n", nil},
		{"a:focus { outline: none; box-shadow: none }\n", []int{1}},
		{"a:focus { outline: none } a:focus { outline: 2px solid }\n", []int{1}},
		{"a:focus { outline: none; outline: 2px solid var(--focus) }\n", nil},
		{":focus:not(:focus-visible) { outline: none }\n", nil},
		{":focus { outline: none }\n:focus-visible { outline: 3px solid var(--focus) }\n", nil},
		{":focus { outline: none }\n:focus-visible { outline: none }\n", []int{1, 2}},
		{"a:not(:focus) { outline: none }\nform:focus-within { outline: 0 }\na:focus { span { outline: none } }\n", nil},
		{"a:focus { outline-offset: 2px; }\n", nil},
		{":focus-visible { outline-color: transparent; }\n", []int{1}},
		{"a:focus-visible {\n  outline: 3px solid transparent;\n}\n", []int{2}},
		{"a:focus { outline: 2px solid transparent; box-shadow: 0 0 0 3px var(--focus) }\n", nil}, // the ring for forced colours, the shadow on screen
		{"a:focus { outline-color: transparent; outline-color: var(--focus) }\n", nil},
		// A transparent outline in forced colours is drawn in the system's
		// colour; one a :focus-visible rule colours is the keyboard's ring.
		{"a:focus { outline: none; box-shadow: 0 0 0 3px #2563eb; }\n@media (forced-colors: active) { a:focus { outline: 2px solid transparent; } }\n", nil},
		{"@media (-ms-high-contrast: active) { a:focus { outline: 2px solid transparent } }\n", nil},
		{"@media (min-width: 40em) { a:focus { outline: 2px solid transparent } }\n", []int{1}},
		{".btn:focus { outline: 2px solid transparent; outline-offset: 2px; }\n.btn:focus-visible { outline-color: #2563eb; }\n", nil},
		// A colour's channels are no width; an alpha of zero is transparent.
		{"a:focus-visible { outline: 2px solid rgb(0, 0, 0) }\n", nil},
		{"a:focus-visible { outline: 2px solid rgba(0 0 0 / 0.5) }\n", nil},
		{"a:focus-visible { outline: 2px solid rgba(0, 0, 0, 0) }\n", []int{1}},
		{"a:focus-visible { outline: 2px solid hsl(0 0% 0% / 0%) }\n", []int{1}},
		{"a:focus-visible { outline-color: #0000 }\n", []int{1}},
		{"a:focus-visible { outline: 2px solid #00000000 }\n", []int{1}},
		{"a:focus-visible { outline: 2px solid #000 }\n", nil},
		{"a:focus-visible { outline: none; outline-color: #2563eb }\n", []int{1}},
		{"a:focus { outline: none; outline-color: var(--focus) }\n", []int{1}},
	}
	for _, tt := range tests {
		var got []int
		for _, p := range focusRings("custom.css", []byte(tt.css)) {
			got = append(got, p.Line)
			if !strings.Contains(p.Msg, "WCAG 2.4.7") {
				t.Errorf("focusRings(%q): %s", tt.css, p.Msg)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("focusRings(%q) names lines %v, want %v", tt.css, got, tt.want)
		}
	}
}

// FuzzFocusRules: no stylesheet makes focusRules panic or loop, and each
// outline it finds taken away is at an offset of the stylesheet, in a
// rule for focus.
func FuzzFocusRules(f *testing.F) {
	for _, s := range []string{"a:focus, button:focus { outline: none; }", ":focus-visible{outline:0}", ":focus:not(:focus-visible) { outline: none }",
		"a { &:focus { outline: 0px } }", "@media screen { :focus { outline: none } }", "a:focus { outline:", ":not(:focus { outline: none }", ")):focus{outline:none}}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		for _, r := range focusRules([]byte(css)) {
			if r.removed < -1 || r.removed > len(css) || !r.visible && !r.plain {
				t.Errorf("%q: rule %+v", css, r)
			}
		}
	})
}

// TestFocusRingQuote: the warning quotes the declaration as written,
// without the rule's closing brace when no semicolon ends it.
func TestFocusRingQuote(t *testing.T) {
	tests := []struct{ css, want string }{
		{"a:focus { outline: none }\n", "outline: none takes"},
		{"a:focus{outline:0}\n", "outline:0 takes"},
		{"a:focus { outline: none; }\n", "outline: none takes"},
		{"a { &:focus { outline: 0px } }\n", "outline: 0px takes"},
	}
	for _, tt := range tests {
		ps := focusRings("custom.css", []byte(tt.css))
		if len(ps) != 1 || !strings.HasPrefix(ps[0].Msg, tt.want) {
			t.Errorf("focusRings(%q) = %v, want one starting %q", tt.css, ps, tt.want)
		}
	}
}
