package render

import (
	"html/template"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// inlineMath is the template function of tex.TextHTMLNamed: plain text as
// HTML, its $…$ math as MathML, beside the words a screen reader says for
// it in the name of the heading or link that holds it.
func inlineMath(s string) template.HTML { return template.HTML(tex.TextHTMLNamed(s)) }
