package generator

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/cssprops"
	"github.com/paperboy-digest/paperboy/generator/internal/csstext"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

var (
	// cssSetRE matches a custom property's declaration, --accent: …, and
	// cssReadRE a var() that reads one.
	cssSetRE  = regexp.MustCompile(`(?:^|[{;\s])(--[A-Za-z0-9_-]+)\s*:`)
	cssReadRE = regexp.MustCompile(`var\(\s*(--[A-Za-z0-9_-]+)`)
	// htmlSetRE is cssSetRE in a template, where a style="" attribute's
	// first declaration follows its quote.
	htmlSetRE = regexp.MustCompile(`(?:^|[{;\s"'])(--[A-Za-z0-9_-]+)\s*:`)
	// scriptSetRE and scriptReadRE match a script's
	// style.setProperty("--accent", …) and getPropertyValue("--accent").
	scriptSetRE  = regexp.MustCompile(`setProperty\(\s*["'](--[A-Za-z0-9_-]+)`)
	scriptReadRE = regexp.MustCompile(`getPropertyValue\(\s*["'](--[A-Za-z0-9_-]+)`)
)

// propertyUses says where a theme's files set and read custom
// properties, and how: its stylesheets; its templates, in a <style>
// element or a style="" attribute (a head-extra partial's .site-header {
// background: var(--bg-alt) }); and its scripts, in a "var(--x)" string
// or through the element's style.
var propertyUses = []struct {
	dir, ext    string
	sets, reads []*regexp.Regexp
}{
	{"static", ".css", []*regexp.Regexp{cssSetRE}, []*regexp.Regexp{cssReadRE}},
	{"templates", ".html", []*regexp.Regexp{htmlSetRE}, []*regexp.Regexp{cssReadRE}},
	{"static", ".js", []*regexp.Regexp{scriptSetRE}, []*regexp.Regexp{cssReadRE, scriptReadRE}},
}

// eachPropertyUse calls set and read with each custom property that
// fsys (a theme, or a stack of them) sets and reads (propertyUses),
// what a /* comment */ holds (a template's {{/* */}} too) left out.
func eachPropertyUse(fsys fs.FS, set, read func(name string)) {
	for _, u := range propertyUses {
		fs.WalkDir(fsys, u.dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, u.ext) {
				return nil
			}
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return nil
			}
			data = blankComments(data)
			for _, re := range u.sets {
				for _, m := range re.FindAllSubmatch(data, -1) {
					set(string(m[1]))
				}
			}
			for _, re := range u.reads {
				for _, m := range re.FindAllSubmatch(data, -1) {
					read(string(m[1]))
				}
			}
			return nil
		})
	}
}

// customProperties reports the custom properties of the theme's
// custom.css misspelt, at their lines: one it sets that nothing of the
// site reads (no stylesheet, template or script: eachPropertyUse), whose
// name is near one the built-in theme reads (--accnt: #8a1c1c, which
// changes nothing where --accent was meant), and one it reads with var()
// that nothing sets, near one that is set (var(--acent), which gives the
// declaration its default). A
// property of the curator's own, near none of the built-in ones, is let
// be. It names too the ordinary properties no browser knows
// (unknownProperties).
// It reads the theme's files once a check, not once a page.
func customProperties(theme themefs.Stack) []Problem {
	const name = "static/custom.css"
	src := theme.Origin(name)
	data, err := theme.ReadFile(name)
	if src == "" || err != nil {
		return nil
	}
	if p := utf16Stylesheet(src, data); p != nil {
		return p
	}
	sets, reads := map[string]bool{}, map[string]bool{}
	uses := func(fsys fs.FS) {
		eachPropertyUse(fsys, func(p string) { sets[p] = true }, func(p string) { reads[p] = true })
	}
	uses(themes.Default())
	known := slices.Sorted(maps.Keys(reads)) // the built-in theme's variables
	uses(theme)
	set := slices.Sorted(maps.Keys(sets))

	css := blankComments(data)
	// misspelt reports each name re finds in css that is not in have,
	// near one of near, with what msg says of the two.
	var out []Problem
	misspelt := func(re *regexp.Regexp, have map[string]bool, near []string, msg string) {
		for _, m := range re.FindAllSubmatchIndex(css, -1) {
			p := string(css[m[2]:m[3]])
			if have[p] {
				continue
			}
			if s := diag.Suggest(p, near); s != "" {
				line := diag.LineAt(css, m[2])
				out = append(out, Problem{Kind: "style", Path: src, Line: line, Msg: fmt.Sprintf(msg, p, s)})
			}
		}
	}
	misspelt(cssSetRE, reads, known, "%s is set here, but no stylesheet, template or script reads it, so it changes nothing; did you mean %s? (the built-in stylesheet's variables are in \"Restyling with custom.css\" in the README)")
	misspelt(cssReadRE, sets, set, "var(%s) reads a custom property that no stylesheet, template or script sets, so the declaration falls back to its default; did you mean var(%s)?")
	return slices.Concat(out, unknownProperties(src, css), bothSchemes(src, css), focusRings(src, css), unbalanced(src, data))
}

// utf16Stylesheet reports the stylesheet data, at src, at its line 1
// when it is UTF-16 (Notepad's "Unicode"), as diag.StripBOM tells: a
// browser reads it by its byte-order mark, but check reads a stylesheet
// as UTF-8, as every other file, where each UTF-16 line break counted
// twice (a { named lines below its own) and no property was found. Its
// other checks are left out; nil when data is not UTF-16.
func utf16Stylesheet(src string, data []byte) []Problem {
	var e *diag.Error
	if _, err := diag.StripBOM(src, data); !errors.As(err, &e) {
		return nil
	}
	return []Problem{{Kind: "style", Path: src, Line: e.Line,
		Msg: e.Msg + " (browsers read it, but check reads a stylesheet's rules and properties only in UTF-8)"}}
}

// cssCommentOpenRE matches the start of a comment that no */ closes (a
// closed one is blanked before it is looked for).
var cssCommentOpenRE = regexp.MustCompile(`/\*`)

// unbalanced reports what keeps the stylesheet css, at src, from
// parsing as its author meant, at its line: a comment that never closes
// (the browser skips the rest of the file), a { that no } closes (every
// rule after it is read as nested in its block) and a } that closes no
// block (the browser drops the rule that follows it). Strings and url()s
// are let be, as their braces are no block's.
func unbalanced(src string, css []byte) []Problem {
	css = blankComments(css)
	if m := cssCommentOpenRE.FindIndex(css); m != nil {
		css = css[:m[0]] // the browser reads nothing after it
		return append(unbalanced(src, css), Problem{Kind: "style", Path: src, Line: diag.LineAt(css, m[0]),
			Msg: "this /* comment is never closed, so browsers skip every rule after it, to the end of the file; close it with */"})
	}
	css = csstext.Blank(cssQuotedRE, css)
	var out []Problem
	var open []int // offsets of the { not closed yet
	for i, c := range css {
		switch c {
		case '{':
			open = append(open, i)
		case '}':
			if len(open) == 0 {
				out = append(out, Problem{Kind: "style", Path: src, Line: diag.LineAt(css, i),
					Msg: "this } closes no block (the { before it is closed already), so browsers drop the rule after it; delete it"})
				continue
			}
			open = open[:len(open)-1]
		}
	}
	if len(open) > 0 {
		out = append(out, Problem{Kind: "style", Path: src, Line: diag.LineAt(css, open[0]),
			Msg: "this { is never closed, so browsers read every rule after it as part of its block, and drop them or apply them wrongly; close it with } where its block ends"})
	}
	return out
}

var (
	// cssDeclRE matches a name where a declaration's property may
	// begin, after the start, a { or a ;, and the colon after it.
	cssDeclRE = regexp.MustCompile(`(?:^|[{;])\s*([A-Za-z][A-Za-z0-9-]*)\s*:`)
	// cssQuotedRE matches a string or a url(), whose ; and : are not a
	// declaration's.
	cssQuotedRE = regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|(?i:url)\([^)]*\)`)
)

// unknownProperties reports each declaration of css, the stylesheet at
// src with its comments blanked, whose property no browser knows
// (cssprops: colr: red, backgroud-color, font-wieght), at its line,
// with the property meant when one is near: a browser drops such a
// declaration without a word. Custom properties and vendors' (-webkit-…)
// are let be, and so is a selector with a pseudo-class in a nested rule
// (a:hover {), which a { follows before any ; or }.
func unknownProperties(src string, css []byte) []Problem {
	css = csstext.Blank(cssQuotedRE, css)
	var out []Problem
	for _, m := range cssDeclRE.FindAllSubmatchIndex(css, -1) {
		name := string(css[m[2]:m[3]])
		if cssprops.Known(name) {
			continue
		}
		if end := bytes.IndexAny(css[m[1]:], ";{}"); end >= 0 && css[m[1]+end] == '{' {
			continue // a selector: a:hover {
		}
		line := diag.LineAt(css, m[2])
		msg := fmt.Sprintf("%s is not a CSS property, so browsers drop this declaration; ", name)
		if s := diag.Suggest(name, cssprops.Names()); s != "" {
			msg += fmt.Sprintf("did you mean %s?", s)
		} else {
			msg += "correct its name, or give a browser's own property its prefix (-webkit-…)"
		}
		out = append(out, Problem{Kind: "style", Path: src, Line: line, Msg: msg})
	}
	return out
}

// blankComments returns css with its comments blanked
// (csstext.BlankComments).
func blankComments(css []byte) []byte { return csstext.BlankComments(css) }

// maxUnknownProperties is how many unknown properties check names in one
// stylesheet that replaces a built-in one: past them, it says how many
// more there are, once.
const maxUnknownProperties = 10

// eachStylesheet calls fn with each stylesheet below static/ of fsys (a
// theme, or a stack of them), its comments blanked.
func eachStylesheet(fsys fs.FS, fn func(css []byte)) {
	fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".css") {
			return nil
		}
		if css, err := fs.ReadFile(fsys, p); err == nil {
			fn(blankComments(css))
		}
		return nil
	})
}

// replacedStylesheets reports the properties no browser knows
// (unknownProperties) in each stylesheet of the theme that replaces a
// built-in one (static/style.css): the curator's copy of the built-in
// stylesheet, where a misspelt property drops a declaration of a page's
// look as silently as in custom.css. A stylesheet under a name of its
// own (static/css/katex.min.css), which is most often another's, is let
// be; one that replaces a built-in file but is another's (a framework
// dropped in as style.css) names the first maxUnknownProperties and how
// many more, rather than flood check.
func replacedStylesheets(theme themefs.Stack) []Problem {
	var out []Problem
	fs.WalkDir(themes.Default(), "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".css") {
			return nil
		}
		src := theme.Origin(p)
		data, err := theme.ReadFile(p)
		if src == "" || err != nil {
			return nil
		}
		if p := utf16Stylesheet(src, data); p != nil {
			out = append(out, p...)
			return nil
		}
		found := unknownProperties(src, blankComments(data))
		if n := len(found) - maxUnknownProperties; n > 0 {
			found = append(found[:maxUnknownProperties], Problem{Kind: "style", Path: src, Line: found[maxUnknownProperties].Line,
				Msg: fmt.Sprintf("and %d more declarations from here on whose property no browser knows: if this stylesheet is not a copy of the built-in %s but another's, give it a name of its own (static/css/NAME.css) and link it from the base template's head", n, p)})
		}
		out = slices.Concat(out, found, unbalanced(src, data))
		return nil
	})
	return out
}
