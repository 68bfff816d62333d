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

// TestBothSchemes: a colour the built-in stylesheet sets for each scheme,
// set in custom.css for both and for dark pages nowhere, is named at its
// line; one set for dark pages too, or only inside a scheme's media
// query, or a property of the curator's own, is let be.
func TestBothSchemes(t *testing.T) {
	tests := []struct {
		css  string
		want []int // the lines named
	}{
		{":root { --accent: #8a1c1c; --link: #8a1c1c; }\n", []int{1, 1}},
		{":root {\n  --link: #8a1c1c;\n  --lab-red: #8a1c1c;\n  --maxw: 60rem;\n}\n", []int{2}},
		{":root { --link: #8a1c1c; }\n@media screen and (prefers-color-scheme: dark) {\n  :root { --link: #ff9b9b; }\n}\n", nil},
		{"@media (prefers-color-scheme:light) { :root { --link: #8a1c1c; } }\n", nil},
		{"@media print { :root { --link: #8a1c1c } }\n@media (PREFERS-COLOR-SCHEME: DARK) { :root { --link: #fff } }\n", nil},
		{"@media (min-width: 40rem) { :root { --bg: #fafafa } }\n", []int{1}},
		{"a { color: var(--link) }\n", nil},
		{":root { --link: light-dark(#8a1c1c, #ff9a9a); --accent: #8a1c1c; }\n", []int{1}},
		{":root {\n  color-scheme: light;\n  --link: #8a1c1c;\n}\n", nil},
		{":root {\n  color-scheme: light dark;\n  --link: #8a1c1c;\n}\n", []int{3}},
		{":root { --bg: #fff; --fg: #111; --link: #8a1c1c; }\n", nil},
		{":root { --bg: #fff; --link: #8a1c1c; }\n", []int{1, 1}},
	}
	for _, tt := range tests {
		var got []int
		for _, p := range bothSchemes("custom.css", []byte(tt.css)) {
			got = append(got, p.Line)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("bothSchemes(%q) names lines %v, want %v", tt.css, got, tt.want)
		}
	}
}

// FuzzSchemeDeclarations: no stylesheet makes schemeDeclarations panic
// or loop, and each declaration it finds is at an offset of the
// stylesheet, with a scheme of the three.
func FuzzSchemeDeclarations(f *testing.F) {
	for _, s := range []string{":root { --accent: #8a1c1c; }\n", "@media (prefers-color-scheme: dark) { :root { --link: #fff } }", "@media { @media (prefers-color-scheme: light) { a { --x: 1 } } }", ":root { --a: {;} }", "}}{{ --a:", "@media (prefers-color-scheme: dark"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		for _, d := range schemeDeclarations([]byte(css)) {
			if d.at < 0 || d.at > len(css) || !slices.Contains([]string{"", "dark", "light"}, d.scheme) {
				t.Errorf("%q: declaration %+v", css, d)
			}
		}
	})
}
