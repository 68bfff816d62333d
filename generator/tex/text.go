package tex

import (
	"html"
	"strings"
)

// TextHTML is plain text as HTML, with its math rendered as MathML, like
// an abstract's: for titles, summaries and TL;DRs, whose plain text keeps
// math as its TeX source. Math is what UnicodeText takes for it: $…$ as
// textutil.InlineMath finds it, \(…\) and $$…$$, which a summary carries
// when display math was written inside its paragraph; all of it is set
// inline, in the line of text.
func TextHTML(s string) string { return textHTML(s, false) }

// TextHTMLNamed is TextHTML for a title, a link's text or a heading: each
// formula's MathML is hidden from assistive technology and followed by its
// Unicode reading (or its TeX, where it has none) in a span of class
// visually-hidden, since browsers leave MathML out of the name of the
// heading or link that holds it ("FlashAttention: Exact Attention with
// Scaling", where the title says "with 𝓞(n²) Scaling").
func TextHTMLNamed(s string) string { return textHTML(s, true) }

// textHTML is TextHTML, and with named set TextHTMLNamed.
func textHTML(s string, named bool) string {
	if !strings.ContainsAny(s, `$\`) {
		return html.EscapeString(s)
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for sp := range mathSpans(s) {
		b.WriteString(html.EscapeString(s[start:sp.start]))
		src := s[sp.lo:sp.hi]
		ml := MathML(src, false)
		if rest, ok := strings.CutPrefix(ml, "<math"); ok && named {
			said, ok := Unicode(src)
			if !ok {
				said = src
			}
			ml = `<math aria-hidden="true"` + rest + `<span class="visually-hidden">` + html.EscapeString(said) + `</span>`
		}
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
