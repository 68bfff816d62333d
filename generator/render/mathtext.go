package render

import (
	"html"
	"html/template"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// inlineMath is the template function for a title, a link's text or a
// heading: plain text as HTML, each $…$ formula written as the Unicode
// text tex.UnicodeText makes of it (𝓞(n²); TeX where it has none), the
// one form every reader reads once. Browsers leave MathML out of the
// accessible name of the heading or link that holds it ("FlashAttention:
// Exact Attention with Scaling", where the title says "with 𝓞(n²)
// Scaling"), and MathML hidden from screen readers beside a visually
// hidden reading shows twice where there is no stylesheet (lynx, w3m, a
// reader app: "β1,…,βT β₁, …, β_T").
func inlineMath(s string) template.HTML { return template.HTML(html.EscapeString(tex.UnicodeText(s))) }

// inlineMathML is the template function for a paragraph of text, a TL;DR
// or a summary: plain text as HTML, its math as MathML (tex.TextHTML),
// drawn as math and read once, as an abstract's is, by a screen reader
// and by a browser that shows MathML as its text.
func inlineMathML(s string) template.HTML { return template.HTML(tex.TextHTML(s)) }
