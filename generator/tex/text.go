package tex

import (
	"html"
	"strings"
)

// TextHTML is plain text as HTML, with its math rendered as MathML, like
// an abstract's: for TL;DRs and summaries, whose plain text keeps math as
// its TeX source, and not for a title, whose formulas MathML would leave
// out of the name of the heading or link that holds it (UnicodeText is
// for those). Math is what UnicodeText takes for it: $…$ as
// textutil.InlineMath finds it, \(…\) and $$…$$, which a summary carries
// when display math was written inside its paragraph; all of it is set
// inline, in the line of text.
func TextHTML(s string) string {
	if !strings.ContainsAny(s, `$\`) {
		return html.EscapeString(s)
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for sp := range mathSpans(s) {
		b.WriteString(html.EscapeString(s[start:sp.start]))
		ml := MathML(s[sp.lo:sp.hi], false)
		if sp.end < len(s) && ClosingPunct(s[sp.end]) {
			ml = NoWrap(ml, s[sp.end])
			sp.end++
		}
		b.WriteString(ml)
		start = sp.end
	}
	b.WriteString(html.EscapeString(s[start:]))
	return b.String()
}

// NoWrap holds the HTML ml of an inline formula together with the
// punctuation right after it (ClosingPunct), for Markdown and for titles
// and summaries alike: a browser breaks a line after a <math> as after a
// word, and a "." started the next line alone.
func NoWrap(ml string, punct byte) string {
	return `<span class="nowrap">` + ml + html.EscapeString(string(punct)) + `</span>`
}

// ClosingPunct reports whether c is punctuation that closes what comes
// before it: . , ; : ! ? ) ] and the closing quotes ' ".
func ClosingPunct(c byte) bool { return strings.IndexByte(".,;:!?)]'\"", c) >= 0 }
