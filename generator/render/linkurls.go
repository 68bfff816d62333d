package render

import (
	"html/template"
	"regexp"
	"strings"
)

// webAddress is an http(s) address in running text: from its scheme to
// the next space, quote or angle bracket, which no address written in a
// sentence holds.
var webAddress = regexp.MustCompile(`(?i)\bhttps?://[^\s<>"]+`)

// linkURLs is the template function "linkURLs": plain text, such as an
// arXiv comment ("Code available at https://github.com/a/b."), as HTML
// with each http(s) address in it a link, as arxiv.org shows a comment,
// and everything else escaped. The punctuation that ends a sentence or a
// parenthesis after an address is not part of it (trimAddress).
func linkURLs(s string) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range webAddress.FindAllStringIndex(s, -1) {
		addr := trimAddress(s[m[0]:m[1]])
		if len(addr) <= len("https://") || strings.HasSuffix(addr, "://") {
			continue // a scheme alone
		}
		b.WriteString(template.HTMLEscapeString(s[at:m[0]]))
		b.WriteString(`<a href="` + template.HTMLEscapeString(addr) + `" rel="noopener">` + template.HTMLEscapeString(addr) + `</a>`)
		at = m[0] + len(addr)
	}
	b.WriteString(template.HTMLEscapeString(s[at:]))
	return template.HTML(b.String())
}

// trimAddress is addr without the punctuation that follows an address in
// a sentence: a final . , ; : ! ? or ', and a closing bracket that the
// address does not open ("(see https://x.org/a)" ends at a, where
// Wikipedia's https://en.wikipedia.org/wiki/Rust_(programming_language)
// keeps its own).
func trimAddress(addr string) string {
	for addr != "" {
		last := addr[len(addr)-1]
		switch {
		case strings.IndexByte(".,;:!?'*", last) >= 0:
		case last == ')' && strings.Count(addr, "(") < strings.Count(addr, ")"),
			last == ']' && strings.Count(addr, "[") < strings.Count(addr, "]"),
			last == '}' && strings.Count(addr, "{") < strings.Count(addr, "}"):
		default:
			return addr
		}
		addr = addr[:len(addr)-1]
	}
	return addr
}
