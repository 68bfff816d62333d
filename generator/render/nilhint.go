package render

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
)

// A field that is nil where the template reads through it ({{.Prev.Slug}}
// on the oldest day, {{.Paper.Title}} on a day's page) is told by its
// name, when it is nil, and how to read it only when it is there.

// nilRE matches text/template's complaint about a field read through a
// nil pointer: the chain the action wrote, the nil value's type and the
// field asked of it.
var nilRE = regexp.MustCompile(`at <([$\w.]+)>: nil pointer evaluating \*([\w.]+)\.(\w+)$`)

// pageOnly are the fields of the page set on one kind of page only, with
// the pages that have them.
var pageOnly = map[string]string{
	"Paper": "paper pages", "Day": "day pages", "Week": "week pages", "Month": "month pages",
	"Topic": "topic pages", "Author": "author pages", "Organization": "organization pages",
	"Page": "pages of the site's own (content/pages/)", "Pager": "the paginated lists (a topic's, an author's, an organization's pages)",
	"AuthorLetter": "a letter's page of the authors index",
}

// nilOnKind reports whether the page's field is nil on every page of
// kind: a field of pageOnly set on one kind of page (.Paper on paper
// pages), asked of another.
func nilOnKind(field, kind string) bool {
	switch field {
	case "Paper", "Day", "Week", "Month", "Topic", "Author", "Organization", "Page":
		return kind != "" && kind != strings.ToLower(field)
	}
	return false
}

// fileKind returns the kind of page the page template at the slash path
// file makes (day for templates/day.html), or "" for any other file,
// which a partial may run on any kind.
func fileKind(file string) string {
	kind, ok := strings.CutPrefix(file, "templates/")
	kind, html := strings.CutSuffix(kind, ".html")
	if !ok || !html || !slices.Contains(pageKinds, kind) {
		return ""
	}
	return kind
}

// nilHint says, for msg, text/template's complaint about a field read
// through a nil one, which field is nil, when it is, and to read it
// inside a {{with}} of it; "" for any other message.
func nilHint(msg string) string {
	m := nilRE.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	idents := strings.Split(m[1], ".")
	k := slices.Index(idents[1:], m[3]) + 1 // the field asked of the nil value
	if k < 1 || (k == 1 && idents[0] == "") {
		return "" // the dot itself is nil
	}
	nilExpr, field, typ := strings.Join(idents[:k], "."), idents[k-1], m[2]
	with := fmt.Sprintf("{{with %s}}…{{.%s}}…{{end}}", nilExpr, strings.Join(idents[k:], "."))
	if k == 1 {
		return fmt.Sprintf("%s is nil here; read it inside %s", nilExpr, with) // a variable
	}
	if kinds, ok := pageOnly[field]; ok && k == 2 && (idents[0] == "" || idents[0] == "$") && pageFieldType(field) == "*"+typ {
		var others []string
		for _, f := range []string{"Paper", "Day", "Topic"} {
			if f != field && len(others) < 2 {
				others = append(others, fmt.Sprintf(".%s on %s", f, pageOnly[f]))
			}
		}
		return fmt.Sprintf("it is nil on this page: .%s is set only on %s, %s and so on; use it inside {{with %s}}…{{end}}", field, kinds, strings.Join(others, ", "), nilExpr)
	}
	return fmt.Sprintf("%s is nil %s; wrap what reads it in %s", nilExpr, nilWhen(field, typ), with)
}

// pageFieldType returns the type of the page's field name, as Go writes
// it, or "".
func pageFieldType(name string) string {
	if f, ok := reflect.TypeFor[Page]().FieldByName(name); ok {
		return f.Type.String()
	}
	return ""
}

// nilWhen says when the field name, of type *typ, is nil: at the ends of
// the days, weeks and months for Prev and Next, and so on.
func nilWhen(name, typ string) string {
	what := strings.ToLower(strings.TrimPrefix(typ, "model."))
	switch {
	case name == "Prev" && what == "paper":
		return "for the top paper of its day, which has none ranked above it"
	case name == "Next" && what == "paper":
		return "for the last paper of its day, which has none ranked below it"
	case name == "Prev" && (what == "day" || what == "week" || what == "month"):
		return fmt.Sprintf("on the oldest %s, which has none before it (as the newest has no .Next)", what)
	case name == "Next" && (what == "day" || what == "week" || what == "month"):
		return fmt.Sprintf("on the newest %s, which has none after it (as the oldest has no .Prev)", what)
	case name == "OrganizationRef":
		return "for a paper that names no organization"
	case name == "ShareImage":
		return "on a page with no picture to share"
	}
	return "here"
}
