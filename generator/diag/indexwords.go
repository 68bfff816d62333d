package diag

import (
	"fmt"
	"regexp"
	"strings"
)

// indexOutRE matches text/template's complaint about index past the end
// of a list, with the list and the index as the template writes them.
var indexOutRE = regexp.MustCompile(`^executing "[^"]*" at <index (\S+) ([^>]+)>: error calling index: (?:reflect: slice index out of range|index out of range: -?\d+)$`)

// IndexWords rewrites msg, text/template's complaint about {{index
// .Site.Papers 0}} on a list without that element (a site with no papers
// yet, an email's digest of fewer papers), to say that the list is
// shorter there, and returns how to take the element only when there is
// one; msg and "" for any other message. Page and email templates alike
// are told so.
func IndexWords(msg string) (string, string) {
	m := indexOutRE.FindStringSubmatch(msg)
	if m == nil {
		return msg, ""
	}
	list, i := m[1], m[2]
	msg = fmt.Sprintf("{{index %s %s}}: %s has no element %s here", list, i, list, i)
	site := "" // a list of the whole site's is empty until it has papers
	if strings.Contains(list, "Site.") {
		site = " (as on a site without papers yet)"
	}
	if i == "0" {
		return msg + ", being empty" + site,
			fmt.Sprintf("take its first only when there is one: {{with %s}}{{with index . 0}}…{{end}}{{end}}, or {{range first 1 %s}}…{{end}}", list, list)
	}
	return msg + ", having fewer" + site,
		fmt.Sprintf("take it only when there is one: {{if gt (len %s) %s}}…{{end}}", list, i)
}
