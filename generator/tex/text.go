package tex

import (
	"html"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// TextHTML is plain text as HTML, with its $…$ math (textutil.InlineMath)
// rendered as MathML, like an abstract's: for titles, summaries and
// TL;DRs, whose plain text keeps math as its TeX source.
func TextHTML(s string) string {
	if !strings.Contains(s, "$") {
		return html.EscapeString(s)
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for i, end := range textutil.InlineMath(s) {
		b.WriteString(html.EscapeString(s[start:i]))
		b.WriteString(MathML(s[i+1:end-1], false))
		start = end
	}
	b.WriteString(html.EscapeString(s[start:]))
	return b.String()
}
