package i18n

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/htmlspec"
)

// optionalEnd are the elements whose end tag HTML lets a text leave out
// (<p>, <li>): the element around the message closes them. A message
// need close neither them nor a void element (<br>, <wbr>;
// htmlspec.Void).
var optionalEnd = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Option: true, atom.Optgroup: true,
	atom.Tr: true, atom.Td: true, atom.Th: true, atom.Rb: true, atom.Rt: true, atom.Rp: true, atom.Rtc: true,
}

// checkElements reports an element the text of message id (at origin
// and line) opens and does not close, or an end tag of one it did not
// open. Every page that shows the message would carry the mistake (a
// <b> left open makes the rest of its paragraph bold, and a </b> too
// many closes the template's own), and a check of the pages could only
// blame the template that shows it. The {{…}} of the text are left out:
// what they write is escaped.
func checkElements(origin string, line int, id, text string) error {
	z := html.NewTokenizer(strings.NewReader(withoutActions(text)))
	var open []string
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		if htmlspec.Void(a) || optionalEnd[a] {
			continue
		}
		switch tt {
		case html.StartTagToken:
			open = append(open, string(name))
		case html.EndTagToken:
			n := string(name)
			switch i := lastIndex(open, n); {
			case i < 0:
				return diag.Errorf(origin, line, "%s: </%s> closes no <%s> of this text, and would close one of the page around it; remove it, or add the <%s> it closes", id, n, n, n)
			case i < len(open)-1:
				inner := open[len(open)-1]
				return diag.Errorf(origin, line, "%s: </%s> comes while the <%s> inside it is still open; close <%s> first (<%s>…</%s></%s>)", id, n, inner, inner, inner, inner, n)
			}
			open = open[:lastIndex(open, n)]
		}
	}
	if len(open) == 0 {
		return nil
	}
	var closing strings.Builder
	for i := len(open) - 1; i >= 0; i-- {
		closing.WriteString("</" + open[i] + ">")
	}
	return diag.Errorf(origin, line, "%s: <%s> is never closed, so what the page has after the message sits inside it; close it where its text ends, e.g. %s", id, open[len(open)-1], strings.TrimSpace(text)+closing.String())
}

// lastIndex returns the index of the last name in open, or -1.
func lastIndex(open []string, name string) int {
	for i := len(open) - 1; i >= 0; i-- {
		if open[i] == name {
			return i
		}
	}
	return -1
}

// withoutActions returns text with each {{…}} written as x, so that a
// tag in an action's string ({{"<b>"}}, which the page escapes) is no
// tag, and one in an attribute (href="{{.URL}}") stays whole.
func withoutActions(text string) string {
	var b strings.Builder
	for {
		i := strings.Index(text, "{{")
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
		j := strings.Index(text[i:], "}}")
		if j < 0 {
			b.WriteString(text)
			return b.String()
		}
		b.WriteString(text[:i])
		b.WriteString("x")
		text = text[i+j+2:]
	}
}
