package render

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// rangeTakes says what range goes over, with lists every page has.
const rangeTakes = "range takes a list, a map or a count, such as .Site.Days, .Day.Papers or .Paper.AuthorRefs"

// rangeError is the error of a {{range}} over a value that range cannot
// go over ({{range .Site.Menus}}), which tmplcheck found: what the value
// is, and what to range over: a list the value holds (.Site.Menus.Main),
// or one beside it of a name near its own, or what range takes.
func (t *templates) rangeError(m tmplcheck.Missing) error {
	loc, expr := m.Tree.ErrorContext(m.Node)
	file, line := splitLocation(loc)
	what := diag.KindWords(m.Type)
	switch {
	case m.Type == reflect.TypeFor[*Page]():
		what = "the page"
	case what == "":
		what = diag.Article(m.Type.String())
	case strings.HasPrefix(what, "a ") && structOf(m.Type) != nil:
		what += " (" + m.Type.String() + ")"
	}
	msg := fmt.Sprintf("{{range %s}}: %s is %s, which range cannot go over", expr, expr, what)
	return t.atHint(file, line, msg, rangeHint(m, expr))
}

// rangeHint says what to range over in place of expr, the value of m.
func rangeHint(m tmplcheck.Missing, expr string) string {
	if s := structOf(m.Type); s != nil {
		own := listMembers(s)
		if len(own) > 0 && len(own) <= 4 {
			return "range over " + listed(expr, s, own)
		}
		if len(own) > 4 {
			return "range over one of its lists, such as " + listed(expr, s, own[:4])
		}
	}
	if m.Parent != nil && m.Field != "" && strings.HasSuffix(expr, "."+m.Field) {
		if s := structOf(m.Parent); s != nil {
			if near := diag.Suggest(m.Field, listMembers(s)); near != "" {
				return "did you mean " + listed(strings.TrimSuffix(expr, "."+m.Field), s, []string{near}) + "?"
			}
		}
	}
	return rangeTakes
}

// listed writes the members names of the struct s, asked of expr, with
// what each holds, offered one or another.
func listed(expr string, s reflect.Type, names []string) string {
	var out []string
	for _, n := range names {
		out = append(out, fmt.Sprintf("%s.%s (%s)", expr, n, diag.KindWords(memberType(s, n))))
	}
	return textutil.Either(out)
}

// structOf returns the struct type t is or points to, or nil.
func structOf(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t.Name() == "" {
		return nil
	}
	return t
}

// listMembers returns the fields and methods of the struct s (and *s) that
// hold a list or a map, methods that take no argument: lists of things
// (of a struct: papers, authors) first, else in the order diag.Members
// gives.
func listMembers(s reflect.Type) []string {
	var things, others []string
	for _, name := range diag.Members(s) {
		t := memberType(s, name)
		switch {
		case t == nil:
		case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && structOf(t.Elem()) != nil:
			things = append(things, name)
		case t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map:
			others = append(others, name)
		}
	}
	return append(things, others...)
}

// memberType returns the type of the field name of the struct s, or of
// the result of its method name that takes no argument, or nil.
func memberType(s reflect.Type, name string) reflect.Type {
	if m, ok := reflect.PointerTo(s).MethodByName(name); ok {
		if m.Type.NumIn() == 1 && m.Type.NumOut() > 0 {
			return m.Type.Out(0)
		}
		return nil
	}
	if f, ok := s.FieldByName(name); ok {
		return f.Type
	}
	return nil
}
