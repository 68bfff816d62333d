package tex

import (
	"strings"
	"unicode/utf8"
)

// MaxInput is the longest math source, in bytes, that MathML converts;
// longer sources fall back to code.
const MaxInput = 8 << 10

// MaxDepth is the deepest nesting of groups, arguments and environments
// that MathML converts; deeper sources fall back to code.
const MaxDepth = 48

// MathML converts the TeX math source src (without its $ delimiters) to a
// MathML Core <math> element, display="block" when display is true and
// display="inline" otherwise, its source in alttext. Sources it cannot
// convert come back as <code class="math-fallback">$src$</code>
// ($$src$$ when display is true), escaped for HTML.
func MathML(src string, display bool) string {
	root, err := parse(src)
	if err != nil {
		return fallback(src, display)
	}
	var b strings.Builder
	b.Grow(len(src) * 12)
	mode := "inline"
	if display {
		mode = "block"
	}
	b.WriteString(`<math display="`)
	b.WriteString(mode)
	b.WriteString(`" alttext="`)
	escape(&b, src)
	// The source is kept in alttext only, not in an application/x-tex
	// <annotation> as well: a browser without MathML (lynx, w3m, a reader
	// app) shows every text node of the element, and would print the
	// formula twice, once as its symbols and once as TeX, run together.
	b.WriteString(`">`)
	w := writer{b: &b, display: display}
	w.node(root)
	b.WriteString(`</math>`)
	return b.String()
}

// fallback returns src with its delimiters as escaped inline code.
func fallback(src string, display bool) string {
	delim := "$"
	if display {
		delim = "$$"
	}
	var b strings.Builder
	b.WriteString(`<code class="math-fallback">`)
	b.WriteString(delim)
	escape(&b, src)
	b.WriteString(delim)
	b.WriteString(`</code>`)
	return b.String()
}

// escape writes s to b escaped for HTML text and double-quoted attribute
// values. Invalid UTF-8 and control characters other than tab, newline and
// carriage return become U+FFFD, so the result is always valid UTF-8 that an
// HTML checker accepts.
func escape(b *strings.Builder, s string) {
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '"':
			b.WriteString("&quot;")
		case r == utf8.RuneError && size == 1, forbidden(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+size])
		}
	}
}

// forbidden reports whether r is a control character or noncharacter that
// HTML forbids in text.
func forbidden(r rune) bool {
	switch {
	case r == '\t', r == '\n', r == '\r':
		return false
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r >= 0xfdd0 && r <= 0xfdef, r&0xfffe == 0xfffe:
		return true
	}
	return false
}
