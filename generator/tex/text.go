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
		if k := Attached(s[sp.end:]); k > 0 {
			ml = NoWrap(ml, s[sp.end:sp.end+k])
			sp.end += k
		}
		b.WriteString(ml)
		start = sp.end
	}
	b.WriteString(html.EscapeString(s[start:]))
	return b.String()
}

// NoWrap holds the HTML ml of an inline formula together with the text
// right after it that keeps to it (Attached), for Markdown and for titles
// and summaries alike: a browser breaks a line after a <math> as after a
// word, and a "." started the next line alone, as the m of $5\,\mu$m did.
func NoWrap(ml string, after string) string {
	return `<span class="nowrap">` + ml + html.EscapeString(after) + `</span>`
}

// Attached returns the length of the text at the start of s that keeps
// to a formula right before it: up to the next white space, the rest of
// a word the formula begins ($k$NN, $\mu$m, $k$-means, $n$th: ASCII
// letters, digits and hyphens) and the punctuation that closes what comes
// before it (. , ; : ! ? ) ] and the closing quotes ' ").
func Attached[T string | []byte](s T) int {
	i := 0
	for i < len(s) && (isLetter(s[i]) || isDigit(s[i]) || strings.IndexByte("-.,;:!?)]'\"", s[i]) >= 0) {
		i++
	}
	return i
}
