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
func TextHTML(s string) string {
	if !strings.ContainsAny(s, `$\`) {
		return html.EscapeString(s)
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for sp := range mathSpans(s) {
		b.WriteString(html.EscapeString(s[start:sp.start]))
		b.WriteString(MathML(s[sp.lo:sp.hi], false))
		start = sp.end
	}
	b.WriteString(html.EscapeString(s[start:]))
	return b.String()
}
