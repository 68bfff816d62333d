package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/textutil"
	"github.com/paperboy-digest/paperboy/themes"
)

// The header's Menu disclosure: its class, which the header partial
// puts around the navigation and search, the files of the partial and
// of the stylesheet whose rules lay it out, and the container its rules
// ask of the header.
const (
	menuClass   = "site-menu"
	headerFile  = "templates/partials/site-header.html"
	styleFile   = "static/style.css"
	mastheadSel = "masthead"
)

// headerMenuStyle notes a style.css of the site's theme that has no rule
// for the header's Menu disclosure (.site-menu) where the header the
// pages use has one: a copy of a built-in style.css older than the
// disclosure, beside the built-in header. Without the rules the
// navigation and the search are behind an unstyled Menu button at every
// width. It names the built-in rules to copy, by their lines, and the
// masthead container they ask of the header when that is missing too.
// Any stylesheet of the site's theme that styles .site-menu will do.
func headerMenuStyle(theme themefs.Stack) []Problem {
	src := theme.Origin(styleFile)
	if src == "" {
		return nil
	}
	if data, err := theme.ReadFile(styleFile); err == nil && utf16Stylesheet(src, data) != nil {
		return nil // its rules are not read: save it as UTF-8 first
	}
	header, err := fs.ReadFile(themes.Default(), headerFile)
	if theme.Has(headerFile) {
		header, err = theme.ReadFile(headerFile)
	}
	if err != nil || !bytes.Contains(header, []byte(`class="`+menuClass+`"`)) {
		return nil
	}
	var own []byte // every stylesheet of the site's theme, comments blanked
	eachStylesheet(theme, func(css []byte) { own = append(own, css...) })
	if bytes.Contains(own, []byte("."+menuClass)) {
		return nil
	}
	builtin, err := fs.ReadFile(themes.Default(), styleFile)
	if err != nil {
		return nil
	}
	spans := ruleSpans(blankComments(builtin), "."+menuClass)
	if spans == "" {
		return nil
	}
	whose := "the built-in header's"
	if theme.Has(headerFile) {
		whose = "your header's (" + theme.Origin(headerFile) + ")"
	}
	container := ""
	if !bytes.Contains(own, []byte(mastheadSel)) {
		if at := ruleSpans(blankComments(builtin), "container: "+mastheadSel); at != "" {
			container = fmt.Sprintf(", and the container: %s / inline-size of .site-header (its %s), which they ask of the header", mastheadSel, at)
		}
	}
	return []Problem{{Kind: "note", Path: src, Msg: fmt.Sprintf(
		"styles nothing of .%s, %s Menu disclosure around the navigation and the search, so they are behind an unstyled Menu button at every width, where the built-in style.css lays them out in the header's row and keeps the button for a narrow header; "+
			"copy the built-in style.css's rules for .%s (its %s; paperboy new theme scratch %s writes it into themes/scratch/, which you delete afterwards)%s, or delete your style.css to use the built-in one",
		menuClass, whose, menuClass, spans, styleFile, container)}}
}

// ruleSpans says where css has its rules that name sel, by line from 1:
// the top-level blocks that have it, each whole, those less than
// gapLines apart as one span with the lines between (which set what
// they read: --short), as "lines 139–162"; and a line that has it in a
// block mostly of other rules (@media print), as "line 471 (in @media
// print)". It returns "" when no line has sel.
func ruleSpans(css []byte, sel string) string {
	const gapLines = 10
	type block struct{ first, last, has int }
	var blocks []block
	lines := strings.Split(string(css), "\n")
	depth := 0
	for i, line := range lines {
		if depth == 0 && strings.TrimSpace(line) != "" {
			blocks = append(blocks, block{first: i + 1})
		}
		if strings.Contains(line, sel) && len(blocks) > 0 {
			blocks[len(blocks)-1].has++
		}
		depth += strings.Count(line, "{") - strings.Count(line, "}")
		if depth <= 0 && len(blocks) > 0 {
			depth, blocks[len(blocks)-1].last = 0, i+1
		}
	}
	var spans []string
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		switch {
		case b.has == 0:
			continue
		case b.has*4 < b.last-b.first+1: // a line or two of a big block
			for n := b.first; n <= b.last; n++ {
				if strings.Contains(lines[n-1], sel) {
					spans = append(spans, fmt.Sprintf("line %d (in %s)", n, strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lines[b.first-1]), "{"))))
				}
			}
			continue
		}
		last := b.last
		for j := i + 1; j < len(blocks) && blocks[j].first-last <= gapLines; j++ {
			if blocks[j].has > 0 && blocks[j].has*4 >= blocks[j].last-blocks[j].first+1 {
				last, i = blocks[j].last, j
			}
		}
		if b.first == last {
			spans = append(spans, fmt.Sprintf("line %d", last))
		} else {
			spans = append(spans, fmt.Sprintf("lines %d–%d", b.first, last))
		}
	}
	return textutil.List(spans)
}
