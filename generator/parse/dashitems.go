package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// itemDashes are the signs a phone keyboard, a word processor or a notes
// app types where a list item's - was meant, by name. YAML marks an item
// only with the hyphen-minus -, and reads a line starting with one of
// these as text: `topics:` over `– transformers` and `– agents` is the
// one topic "– transformers – agents", and such a line after a real item
// is "could not find expected ':'".
var itemDashes = map[rune]string{
	'\u2010': "a hyphen (U+2010)",
	'\u2011': "a non-breaking hyphen (U+2011)",
	'\u2012': "a figure dash (U+2012)",
	'\u2013': "an en dash (U+2013)",
	'\u2014': "an em dash (U+2014)",
	'\u2015': "a horizontal bar (U+2015)",
	'\u2043': "a hyphen bullet (U+2043)",
	'\u2212': "a minus sign (U+2212)",
	'\u2022': "a bullet (U+2022)",
	'\u2023': "a triangular bullet (U+2023)",
	'\u25e6': "a white bullet (U+25E6)",
	'\u00b7': "a middle dot (U+00B7)",
}

// itemDashSigns are itemDashes' keys, for a quick look at a whole file.
const itemDashSigns = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2022\u2023\u25e6\u00b7"

// dashItems returns an error for each list in src, YAML whose first line
// is file line first, whose items start with one of itemDashes, at its
// first such line; or nil. Only a line right below a `key:` with no value
// (at its indentation or more), or below such an item or a real one at
// its own indentation, is taken for an item: a bullet in the text of a
// block (`abstract: |`) is the text's.
func dashItems(path string, src []byte, first int) error {
	if !strings.ContainsAny(string(src), itemDashSigns) {
		return nil
	}
	var errs diag.List
	lines := strings.Split(string(src), "\n")
	open, exact := -1, false // the indentation an item may have on the next line (exactly, below an item); -1 none
	block := -1              // the indentation of the `key: |` whose block the lines are in; -1 none
	run, at := 0, 0          // the items in the current run of dashed ones, and its first line
	var sign rune
	flush := func() {
		if run > 0 {
			errs.Add(path, first+at, "%s", dashItemHint(sign, run))
		}
		run = 0
	}
	for i, l := range lines {
		if commentOrBlank(l) {
			continue
		}
		trimmed := strings.TrimLeft(l, " ")
		indent := len(l) - len(trimmed)
		if block >= 0 && indent > block {
			continue
		}
		block = -1
		r, size := utf8.DecodeRuneInString(trimmed)
		rest := trimmed[size:]
		dashed := itemDashes[r] != "" && (rest == "" || rest[0] == ' ' || strings.HasPrefix(rest, "\u00a0"))
		switch {
		case dashed && open >= 0 && (indent == open || !exact && indent > open):
			if run == 0 {
				at, sign = i, r
			}
			run++
			open, exact = indent, true
			continue
		case strings.HasPrefix(trimmed, "- ") || trimmed == "-":
			flush()
			open, exact = indent, true
			item := strings.TrimLeft(trimmed[1:], " ")
			if m := keyLine(item); opensBlock(item) || m != nil && opensBlock(m[3]) {
				block = indent
			}
			continue
		}
		flush()
		open = -1
		if m := keyLine(l); m != nil && strings.TrimSpace(m[3]) == "" {
			open, exact = len(m[1]), false
		} else if m != nil && opensBlock(m[3]) {
			block = len(m[1])
		}
	}
	flush()
	return errs.Err()
}

// opensBlock reports whether v, a value on a line of YAML, opens a
// block (| or >), whose lines below are its text.
func opensBlock(v string) bool {
	v = strings.TrimSpace(v)
	return v != "" && (v[0] == '|' || v[0] == '>')
}

// dashItemHint tells that n list items from this line on start with
// sign, not YAML's -.
func dashItemHint(sign rune, n int) string {
	these, their := "this list item starts", "its"
	switch {
	case n == 2:
		these, their = "this list item and the next start", "their"
	case n > 2:
		these, their = fmt.Sprintf("this list item and the %d below it start", n-1), "their"
	}
	return fmt.Sprintf("%s with %c, %s, not the hyphen-minus - that marks a list item in YAML (a phone keyboard or text pasted from a document may type one for the other); type - in %s place",
		these, sign, itemDashes[sign], their)
}
