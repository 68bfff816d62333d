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
	if !hasMath(s) {
		return html.EscapeString(s)
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for sp := range mathSpans(s) {
		before := s[start:sp.start]
		before, open := before[:len(before)-Opening(before)], before[len(before)-Opening(before):]
		b.WriteString(html.EscapeString(unescapeText(before)))
		ml := MathML(s[sp.lo:sp.hi], false)
		if k := Attached(s[sp.end:]); k > 0 || open != "" {
			ml = NoWrap(open, ml, s[sp.end:sp.end+k])
			sp.end += k
		}
		b.WriteString(ml)
		start = sp.end
	}
	b.WriteString(html.EscapeString(unescapeText(s[start:])))
	return b.String()
}

// unescapeText returns the text s, found outside math, as a reader sees
// it: \$ is a dollar sign and \\ a backslash; any other backslash stays.
// Plain text keeps its math as TeX between dollar signs, so a dollar sign
// that is no math's (in code, `Answer: $x$`, or escaped in prose, \$5) is
// written \$, and a backslash that would escape what follows or open
// math (\$, \\, \( or at the end, before a formula) is written \\, as the
// Markdown renderer's plain text does; a TL;DR or a title written by hand
// reads the same.
func unescapeText(s string) string {
	if strings.IndexByte(s, '\\') < 0 {
		return s
	}
	var b strings.Builder
	writeUnescaped(&b, s)
	return b.String()
}

// writeUnescaped writes s to b as unescapeText returns it.
func writeUnescaped(b *strings.Builder, s string) {
	for {
		i := strings.IndexByte(s, '\\')
		if i < 0 || i+1 == len(s) {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		if c := s[i+1]; c == '$' || c == '\\' {
			b.WriteByte(c)
		} else {
			b.WriteString(s[i : i+2])
		}
		s = s[i+2:]
	}
}

// NoWrap holds the HTML ml of an inline formula together with the text
// right before and after it that keeps to it (Opening, Attached), for
// Markdown and for titles and summaries alike: a browser breaks a line
// after a <math> as after a word, and a "." started the next line alone,
// as the m of $5\,\mu$m did, and before one, which left a ( at the end
// of a line whose next began with its formula.
func NoWrap(before, ml, after string) string {
	return `<span class="nowrap">` + html.EscapeString(before) + ml + html.EscapeString(after) + `</span>`
}

// Opening returns the length of the opening brackets at the end of s,
// right before a formula, that keep to it: "($\sim 5\%$)", "[$k$]".
func Opening[T string | []byte](s T) int {
	i := len(s)
	for i > 0 && (s[i-1] == '(' || s[i-1] == '[') {
		i--
	}
	return len(s) - i
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
