package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/css"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/themes"
)

// bothSchemes warns at each declaration of custom.css (src, its text
// css) that sets, outside any prefers-color-scheme media query, a colour
// the built-in stylesheet sets once for light pages and again for dark
// ones, when custom.css sets it nowhere for dark pages: the rule,
// loaded after the built-in one and as specific, replaces the dark
// scheme's colour too, and `--link: #8a1c1c` is 2:1 on the dark page.
// A browser shows no error; a reader in dark mode cannot read the links.
// A value of light-dark() is one per scheme; a light palette for both
// (color-scheme: light, or --bg and --fg set for both) is none of this.
func bothSchemes(src string, css []byte) []Problem {
	builtin, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		return nil
	}
	dark := map[string]string{} // the built-in dark scheme's colours, by name
	for _, d := range schemeDeclarations(builtin) {
		if _, had := dark[d.name]; d.scheme == "dark" && !had { // the dark scheme's, before the one for more contrast
			dark[d.name] = d.value
		}
	}
	decls := schemeDeclarations(css)
	ownDark, both := map[string]bool{}, map[string]bool{}
	for _, d := range decls {
		switch {
		case d.scheme == "dark":
			ownDark[d.name] = true
		case d.scheme == "":
			both[d.name] = true
		}
		if d.scheme == "" && d.name == "color-scheme" && !strings.Contains(strings.ToLower(d.value), "dark") {
			return nil // the page is light in both schemes, as the colours are
		}
	}
	if both["--bg"] && both["--fg"] && !ownDark["--bg"] && !ownDark["--fg"] {
		return nil // one palette for both schemes, the page's background with it
	}
	var out []Problem
	for _, d := range decls {
		was, ok := dark[d.name]
		if d.scheme != "" || !ok || ownDark[d.name] || strings.Contains(strings.ToLower(d.value), "light-dark(") {
			continue // light-dark(#8a1c1c, #ff9b9b) gives each scheme its own
		}
		out = append(out, Problem{Kind: "style", Path: src, Line: diag.LineAt(css, d.at), Msg: fmt.Sprintf(
			"%s: %s is set here for both colour schemes, so it replaces the dark scheme's %s too, and a colour chosen for a light page is most often unreadable on the dark one; "+
				"set it for dark pages as well, in `@media screen and (prefers-color-scheme: dark) { :root { %s: …; } }`, with 4.5:1 or more on the dark background (see \"Restyling with custom.css\" in the README)",
			d.name, d.value, was, d.name)})
	}
	return out
}

// schemeDeclaration is a custom property, or color-scheme, set in a
// stylesheet: its name,
// value, offset, and the colour scheme its media query asks for ("dark",
// "light"; "" for both).
type schemeDeclaration struct {
	name, value, scheme string
	at                  int
}

// schemeDeclarations returns the custom properties and color-scheme
// declarations the stylesheet css sets, in order, each with the colour scheme of the @media it is in.
func schemeDeclarations(src []byte) []schemeDeclaration {
	var scopes []string // of the @media blocks open, innermost last
	var out []schemeDeclaration
	walkCSS(src, func(gt css.GrammarType, data []byte, values []css.Token, at, _ int) {
		switch gt {
		case css.BeginAtRuleGrammar:
			scope := ""
			if len(scopes) > 0 {
				scope = scopes[len(scopes)-1]
			}
			var query strings.Builder
			for _, t := range values {
				query.Write(t.Data)
			}
			q := strings.ToLower(strings.Join(strings.Fields(query.String()), ""))
			switch {
			case strings.Contains(q, "prefers-color-scheme:dark"):
				scope = "dark"
			case strings.Contains(q, "prefers-color-scheme:light"):
				scope = "light"
			}
			scopes = append(scopes, scope)
		case css.EndAtRuleGrammar:
			if len(scopes) > 0 {
				scopes = scopes[:len(scopes)-1]
			}
		case css.CustomPropertyGrammar, css.DeclarationGrammar:
			name := string(data)
			if gt == css.DeclarationGrammar && !strings.EqualFold(name, "color-scheme") {
				return
			}
			d := schemeDeclaration{name: strings.ToLower(name), at: at}
			if gt == css.CustomPropertyGrammar {
				d.name = name // custom properties are case-sensitive
			}
			var value strings.Builder
			for _, t := range values {
				value.Write(t.Data)
				if gt == css.DeclarationGrammar {
					value.WriteByte(' ')
				}
			}
			d.value = strings.TrimSpace(value.String())
			if len(scopes) > 0 {
				d.scheme = scopes[len(scopes)-1]
			}
			out = append(out, d)
		}
	})
	return out
}

// walkCSS calls visit with each grammar item of the stylesheet src, in
// order, until its end or a parse error (what was read before stands):
// its type, data, values, and for a declaration the offsets in src where
// it starts (its property name) and ends, before the rule's closing
// brace when no semicolon ends it (-1 for other items).
func walkCSS(src []byte, visit func(gt css.GrammarType, data []byte, values []css.Token, at, end int)) {
	p := css.NewParser(parse.NewInputBytes(src), false)
	for {
		gt, _, data := p.Next()
		if gt == css.ErrorGrammar {
			if p.Err() != nil { // io.EOF at the end, or a parse error
				return
			}
			continue
		}
		at, end := -1, -1
		if gt == css.DeclarationGrammar || gt == css.CustomPropertyGrammar {
			end = min(p.Offset(), len(src))
			if end > 0 && src[end-1] == '}' { // a { outline: none }: the parser has read the rule's end
				end--
			}
			at = max(bytes.LastIndex(src[:end], data), 0)
		}
		visit(gt, data, p.Values(), at, end)
	}
}
