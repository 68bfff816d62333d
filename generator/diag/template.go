package diag

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
)

// templateBuiltins are the functions text/template and html/template
// define themselves.
var templateBuiltins = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

var (
	noFuncRE  = regexp.MustCompile(`function "([^"]+)" not defined`)
	noFieldRE = regexp.MustCompile(`can't evaluate field (\w+) in type \*?([\w.]+)`)
)

// TemplateHint returns the nearest real name for what a text/template or
// html/template error message says does not exist: "did you mean
// .Papers?" for a field or method missing from a type templates see (the
// one of types that msg names, such as "*model.Day"), or `did you mean
// "truncate"?` for a function neither funcs nor the template package
// defines. It returns "" when msg is about something else or nothing is
// close enough to be a likely typo.
func TemplateHint(msg string, funcs []string, types ...reflect.Type) string {
	if m := noFieldRE.FindStringSubmatch(msg); m != nil {
		for _, t := range types {
			if t.String() != m[2] {
				continue
			}
			if s := Suggest(m[1], members(t)); s != "" {
				return fmt.Sprintf("did you mean .%s?", s)
			}
		}
	}
	if m := noFuncRE.FindStringSubmatch(msg); m != nil {
		if s := Suggest(m[1], append(slices.Clone(templateBuiltins), funcs...)); s != "" {
			return fmt.Sprintf("did you mean %q?", s)
		}
	}
	return ""
}

// members returns the exported fields and methods of the struct type t
// and of *t.
func members(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		if f.IsExported() {
			out = append(out, f.Name)
		}
	}
	for m := range reflect.PointerTo(t).Methods() {
		out = append(out, m.Name)
	}
	return out
}
