package render

import (
	"html/template"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// inlineMath is the template function of tex.TextHTML: plain text as HTML,
// its $…$ math as MathML.
func inlineMath(s string) template.HTML { return template.HTML(tex.TextHTML(s)) }
