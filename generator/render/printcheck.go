package render

import (
	"fmt"
	"reflect"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
)

// printError is the error of an action that prints a value of a type
// that shows Go's memory addresses or a struct's fields in braces
// (tmplcheck.Unprintable: {{.Paper.AuthorRefs}}, {{.Paper.Home}}), which
// change from build to build: at its line, with the field to print, in a
// range for a list.
func (t *templates) printError(m tmplcheck.Missing) error {
	loc, _ := m.Tree.ErrorContext(m.Node)
	file, line := splitLocation(loc)
	expr := m.Node.(*parse.ActionNode).Pipe.String()
	if tmplcheck.Date(m.Type) {
		msg, hint := dateError(expr)
		return t.atHint(file, line, msg, hint)
	}
	what := dotWords(m.Type)
	list := m.Type.Kind() == reflect.Slice || m.Type.Kind() == reflect.Array || m.Type.Kind() == reflect.Map
	elem := m.Type
	if list {
		elem = m.Type.Elem()
	}
	field := shownField(elem)
	msg := fmt.Sprintf("{{%s}} prints %s as Go writes it, with memory addresses that change from build to build", expr, what)
	var hint string
	switch {
	case list && field != "":
		hint = fmt.Sprintf("range over it and print a field of each ({{range %s}}{{.%s}}{{end}})", pipeArg(expr), field)
	case list:
		hint = fmt.Sprintf("range over it and print a field of each ({{range %s}}…{{end}})", pipeArg(expr))
	case field != "" && plainArgRE.MatchString(expr):
		hint = fmt.Sprintf("print one of its fields ({{%s.%s}})", expr, field)
	default:
		hint = "print one of its fields"
	}
	return t.atHint(file, line, msg, hint)
}

// dateError is printError's message and hint for expr, an action's
// value of type time.Time (tmplcheck.Date), which Go prints in its own
// form: the date functions to write, which write the site's language.
func dateError(expr string) (msg, hint string) {
	arg := pipeArg(expr)
	msg = fmt.Sprintf("{{%s}} prints a date (time.Time) as Go writes it (2024-06-04 00:00:00 +0000 UTC)", expr)
	return msg, fmt.Sprintf("write it with a date function, in the site's language: {{longDate %s}}, {{shortDate %s}}, {{formatDate \"2 January 2006\" %s}}, or {{isoDate %s}} for a machine's date", arg, arg, arg, arg)
}

// pipeArg is expr as a range's value: in parentheses when it is a
// pipeline of several commands.
func pipeArg(expr string) string {
	if plainArgRE.MatchString(expr) {
		return expr
	}
	return "(" + expr + ")"
}

// shownField returns the field of the struct t (or that t points to)
// that names a value of it to a reader, or "".
func shownField(t reflect.Type) string {
	s := diag.StructOf(t)
	if s == nil {
		return ""
	}
	for _, name := range []string{"Name", "Title", "ID", "Date", "Slug", "Text", "URL", "Path"} {
		if _, ok := s.FieldByName(name); ok {
			return name
		}
	}
	return ""
}
