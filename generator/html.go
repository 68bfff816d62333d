package generator

import "html/template"

// htmlOf marks Markdown output as safe HTML: the Markdown renderer escapes
// every source string and drops raw HTML unless the site opted in.
func htmlOf(b []byte) template.HTML { return template.HTML(b) }
