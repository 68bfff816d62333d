package diag

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// RangeTakes says what range goes over, with lists of the pages' data.
const RangeTakes = "range takes a list, a map or a count, such as .Site.Days, .Day.Papers or .Paper.AuthorRefs"

// EmailRangeTakes is RangeTakes for the email templates and the
// newsletter's subject and preheader, with lists of the email's data.
const EmailRangeTakes = "range takes a list, a map or a count, such as .Papers, .Feeds or .Top.AuthorRefs"

// RangeWords says, in a curator's words, what is wrong with a {{range}}
// over expr, a value of type t that range cannot go over ({{range
// .Site.Menus}}), and what to range over: a list the value holds
// (.Site.Menus.Main), or one beside it of a name near its own (parent is
// the type of the value that has expr's last field, field; nil and ""
// when expr is not a field chain), or what range takes, takes (RangeTakes
// or EmailRangeTakes, with lists of the template's own data).
func RangeWords(expr string, t, parent reflect.Type, field, takes string) (msg, hint string) {
	what := KindWords(t)
	switch {
	case what == "":
		what = Article(t.String())
	case strings.HasPrefix(what, "a ") && StructOf(t) != nil:
		what += " (" + t.String() + ")"
	}
	msg = fmt.Sprintf("{{range %s}}: %s is %s, which range cannot go over", expr, expr, what)
	if s := StructOf(t); s != nil {
		own := listMembers(s)
		if len(own) > 0 && len(own) <= 4 {
			return msg, "range over " + listed(expr, s, own)
		}
		if len(own) > 4 {
			return msg, "range over one of its lists, such as " + listed(expr, s, own[:4])
		}
	}
	if parent != nil && field != "" && strings.HasSuffix(expr, "."+field) {
		if s := StructOf(parent); s != nil {
			if near := Suggest(field, listMembers(s)); near != "" {
				return msg, "did you mean " + listed(strings.TrimSuffix(expr, "."+field), s, []string{near}) + "?"
			}
		}
	}
	return msg, takes
}

// listed writes the members names of the struct s, asked of expr, with
// what each holds, offered one or another.
func listed(expr string, s reflect.Type, names []string) string {
	var out []string
	for _, n := range names {
		out = append(out, fmt.Sprintf("%s.%s (%s)", expr, n, KindWords(MemberType(s, n))))
	}
	return textutil.Either(out)
}

// StructOf returns the struct type t is or points to, or nil.
func StructOf(t reflect.Type) reflect.Type {
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
	for _, name := range Members(s) {
		t := MemberType(s, name)
		switch {
		case t == nil, strings.HasSuffix(name, "Lines"): // the sources' line numbers (FeedAliasLines), the build's alone
		case (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) && StructOf(t.Elem()) != nil:
			things = append(things, name)
		case t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map:
			others = append(others, name)
		}
	}
	return append(things, others...)
}

// MemberType returns the type of the field name of the struct s, or of
// the result of its method name that takes no argument, or nil.
func MemberType(s reflect.Type, name string) reflect.Type {
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
