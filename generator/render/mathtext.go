package render

import (
	"html"
	"html/template"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// inlineMath is plain text as HTML, with its $…$ math (textutil.InlineMath)
// rendered as MathML, like an abstract's: the template function for titles,
// summaries and TL;DRs, whose plain text keeps math as its TeX source.
func inlineMath(s string) template.HTML {
	if !strings.Contains(s, "$") {
		return template.HTML(html.EscapeString(s))
	}
	var b strings.Builder
	start := 0 // the text not yet written
	for i, end := range textutil.InlineMath(s) {
		b.WriteString(html.EscapeString(s[start:i]))
		b.WriteString(tex.MathML(s[i+1:end-1], false))
		start = end
	}
	b.WriteString(html.EscapeString(s[start:]))
	return template.HTML(b.String())
}
