package textutil

import (
	"html"
	"regexp"
	"strings"
)

// entityRE matches an HTML character reference, named (&amp;) or by
// number (&#8212;, &#x2014;), as a title or name copied from a web
// page's source or a CMS's export has them; its semicolon is asked for,
// so that AT&T and R&D are text.
var entityRE = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// Entities returns where s has a character reference HTML knows
// (entityRE, and not &bogus;), each as its start and end: its semicolon
// is the reference's, neither a list's separator nor text of its own.
func Entities(s string) [][]int {
	if !strings.Contains(s, "&") {
		return nil // most text
	}
	var out [][]int
	for _, m := range entityRE.FindAllStringIndex(s, -1) {
		if ref := s[m[0]:m[1]]; html.UnescapeString(ref) != ref {
			out = append(out, m)
		}
	}
	return out
}
