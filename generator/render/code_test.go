package render

import (
	"cmp"
	"io/fs"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// TestCodeContrast measures every token colour of syntax.css, as the build
// writes it, against the background of a code block as the theme paints it
// (pre.chroma's background-color in style.css, a custom property resolved
// in each scheme), or the token's own background: 4.5:1 at least (WCAG
// 1.4.3) in the light and the dark scheme, and 7:1 for a reader who asked
// for more contrast (1.4.6, which the theme keeps for all its text).
func TestCodeContrast(t *testing.T) {
	data, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	style := string(data)
	m := regexp.MustCompile(`pre\.chroma \{[^}]*background-color: var\((--[a-z-]+)\)`).FindStringSubmatch(style)
	if m == nil {
		t.Fatal("style.css paints pre.chroma's background no var(--…): update the test")
	}
	surface := m[1]
	light, dark := codeTokenColours(t, string(syntaxCSS()))
	for _, scheme := range []struct {
		name   string
		blocks []string // the @media blocks whose :root sets the scheme's colours, in cascade order
		tokens map[string]tokenColour
		want   float64
	}{
		{"light", nil, light, 4.5},
		{"dark", []string{"@media screen and (prefers-color-scheme: dark) {"}, dark, 4.5},
		{"light, more contrast", []string{"@media (prefers-contrast: more) {"}, light, 7},
		{"dark, more contrast", []string{"@media screen and (prefers-color-scheme: dark) {", "@media (prefers-contrast: more) {",
			"@media screen and (prefers-color-scheme: dark) and (prefers-contrast: more) {"}, dark, 7},
	} {
		vars := rootVars(t, style, "")
		for _, b := range scheme.blocks {
			for k, v := range rootVars(t, style, b) {
				vars[k] = v
			}
		}
		fg, bg := hexColour(t, vars["--fg"]), hexColour(t, vars[surface])
		if k := contrast(fg, bg); k < scheme.want {
			t.Errorf("%s: code text --fg %s on %s %s is %.2f:1, want %.1f:1", scheme.name, vars["--fg"], surface, vars[surface], k, scheme.want)
		}
		for _, tok := range slices.Sorted(maps.Keys(scheme.tokens)) {
			c := scheme.tokens[tok]
			back := bg
			if c.background != "" {
				back = hexColour(t, c.background)
			}
			if k := contrast(hexColour(t, c.colour), back); k < scheme.want {
				t.Errorf("%s: %s %s on %s is %.2f:1, want %.1f:1", scheme.name, tok, c.colour, cmp.Or(c.background, surface+" "+vars[surface]), k, scheme.want)
			}
		}
	}
}

// tokenColour is a token's colour and background in syntax.css ("" where
// it sets none).
type tokenColour struct{ colour, background string }

// codeTokenColours reads the colours of syntax.css's token rules,
// "/* Keyword */ .chroma .k { color: #5317ac }", those before its dark
// scheme's @media and those inside it, each by its token's name. The rules
// of the block (Background, PreWrapper, which style.css repaints) and of
// line numbers and highlighted lines (which the build does not write), and
// whitespace's, are left out.
func codeTokenColours(t *testing.T, css string) (light, dark map[string]tokenColour) {
	t.Helper()
	before, after, ok := strings.Cut(css, "@media screen and (prefers-color-scheme: dark) {")
	if !ok {
		t.Fatal("syntax.css has no dark scheme")
	}
	rule := regexp.MustCompile(`/\* (\w+) \*/ \.chroma \.\w+ \{([^}]*)\}`)
	prop := func(decls, name string) string {
		m := regexp.MustCompile(`(?:^|[;\s])` + name + `:\s*(#[0-9a-fA-F]{6})`).FindStringSubmatch(decls)
		if m == nil {
			return ""
		}
		return m[1]
	}
	read := func(part string) map[string]tokenColour {
		out := map[string]tokenColour{}
		for _, m := range rule.FindAllStringSubmatch(part, -1) {
			if strings.HasPrefix(m[1], "Line") || m[1] == "TextWhitespace" { // whitespace shows no colour
				continue
			}
			if c := (tokenColour{prop(m[2], "color"), prop(m[2], "background-color")}); c.colour != "" {
				out[m[1]] = c
			}
		}
		if len(out) < 10 {
			t.Fatalf("syntax.css: %d token colours read, want chroma's dozens: update the test", len(out))
		}
		return out
	}
	return read(before), read(after)
}

// rootVars returns the custom properties a :root rule of style.css sets:
// the first one at the top level when block is "", else the first one
// after block (an @media line).
func rootVars(t *testing.T, css, block string) map[string]string {
	t.Helper()
	i := strings.Index(css, block+"\n  :root {")
	if block == "" {
		i = strings.Index(css, "\n:root {")
	}
	if i < 0 {
		t.Fatalf("style.css has no :root rule after %q", block)
	}
	body, _, _ := strings.Cut(css[i:], "}")
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`(--[a-z-]+):\s*([^;]+);`).FindAllStringSubmatch(body, -1) {
		out[m[1]] = strings.TrimSpace(m[2])
	}
	return out
}

// hexColour is the sRGB colour of "#rrggbb".
func hexColour(t *testing.T, s string) [3]float64 {
	t.Helper()
	var c [3]float64
	if len(s) != 7 || s[0] != '#' {
		t.Fatalf("colour %q, want #rrggbb", s)
	}
	for i := range c {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			t.Fatal(err)
		}
		c[i] = float64(v) / 255
	}
	return c
}

// contrast is WCAG 2's contrast ratio of two sRGB colours.
func contrast(a, b [3]float64) float64 {
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for i, v := range c {
			if v <= 0.04045 {
				l[i] = v / 12.92
			} else {
				l[i] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	x, y := lum(a), lum(b)
	return (max(x, y) + 0.05) / (min(x, y) + 0.05)
}

// TestContrast checks contrast against ratios WCAG's examples and
// checkers give.
func TestContrast(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"#000000", "#ffffff", 21}, {"#ffffff", "#ffffff", 1}, {"#777777", "#ffffff", 4.48}, {"#ffffff", "#767676", 4.54}, {"#595959", "#ffffff", 7.00},
	} {
		if got := contrast(hexColour(t, c.a), hexColour(t, c.b)); math.Abs(got-c.want) > 0.01 {
			t.Errorf("contrast(%s, %s) = %.2f, want %.2f", c.a, c.b, got, c.want)
		}
	}
}
