package generator

import (
	"fmt"
	"io/fs"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

var (
	cssCommentRE = regexp.MustCompile(`(?s)/\*.*?\*/`)
	// cssSetRE matches a custom property's declaration, --accent: …, and
	// cssReadRE a var() that reads one.
	cssSetRE  = regexp.MustCompile(`(?:^|[{;\s])(--[A-Za-z0-9_-]+)\s*:`)
	cssReadRE = regexp.MustCompile(`var\(\s*(--[A-Za-z0-9_-]+)`)
)

// customProperties reports the custom properties of the theme's
// custom.css misspelt, at their lines: one it sets that no stylesheet of
// the site reads, whose name is near one the built-in stylesheet reads
// (--accnt: #8a1c1c, which changes nothing where --accent was meant),
// and one it reads with var() that no stylesheet sets, near one that is
// set (var(--acent), which gives the declaration its default). A
// property of the curator's own, near none of the built-in ones, is let
// be. It reads the site's stylesheets once a check, not once a page.
func customProperties(theme themefs.Stack) []Problem {
	const name = "static/custom.css"
	src := theme.Origin(name)
	data, err := theme.ReadFile(name)
	if src == "" || err != nil {
		return nil
	}
	sets, reads := map[string]bool{}, map[string]bool{}
	stylesheets := func(fsys fs.FS) {
		fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".css") {
				return nil
			}
			if css, err := fs.ReadFile(fsys, p); err == nil {
				css = blankComments(css)
				for _, m := range cssSetRE.FindAllSubmatch(css, -1) {
					sets[string(m[1])] = true
				}
				for _, m := range cssReadRE.FindAllSubmatch(css, -1) {
					reads[string(m[1])] = true
				}
			}
			return nil
		})
	}
	stylesheets(themes.Default())
	known := slices.Sorted(maps.Keys(reads)) // the built-in stylesheets' variables
	stylesheets(theme)
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
				line := 1 + strings.Count(string(css[:m[2]]), "\n")
				out = append(out, Problem{Kind: "style", Path: src, Line: line, Msg: fmt.Sprintf(msg, p, s)})
			}
		}
	}
	misspelt(cssSetRE, reads, known, "%s is set here, but no stylesheet reads it, so it changes nothing; did you mean %s? (the built-in stylesheet's variables are in \"Restyling with custom.css\" in the README)")
	misspelt(cssReadRE, sets, set, "var(%s) reads a custom property that no stylesheet sets, so the declaration falls back to its default; did you mean var(%s)?")
	return out
}

// blankComments returns css with each comment's characters but its line
// breaks made spaces, so that what a comment holds is not read as CSS
// and offsets keep their lines.
func blankComments(css []byte) []byte {
	return cssCommentRE.ReplaceAllFunc(css, func(c []byte) []byte {
		out := make([]byte, len(c))
		for i, b := range c {
			out[i] = ' '
			if b == '\n' {
				out[i] = '\n'
			}
		}
		return out
	})
}
