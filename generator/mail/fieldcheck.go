package mail

import (
	"errors"
	"reflect"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
)

// missingFields returns, as text/template would say them on running
// the template name, every field or method it asks of a value whose type
// lacks it, in every branch, on the dot of an email, *Data: whether or
// not the site has a day whose digest would run it. lookup returns the
// tree of a template of its set by name; fm are its functions.
func missingFields(lookup func(string) *parse.Tree, name string, fm map[string]any) []error {
	var out []error
	for _, m := range (&tmplcheck.Checker{Lookup: lookup, Funcs: fm}).Check(name, reflect.TypeFor[*Data]()) {
		out = append(out, m)
	}
	return out
}

// missingFields is the package's missingFields for the email template
// name (TextTemplate or HTMLTemplate), as errors of the theme th.
func (t *templates) missingFields(th Theme, name string, fm map[string]any) error {
	lookup := func(n string) *parse.Tree {
		if tt := t.text.Lookup(n); tt != nil {
			return tt.Tree
		}
		return nil
	}
	if name == HTMLTemplate {
		lookup = func(n string) *parse.Tree {
			if tt := t.html.Lookup(n); tt != nil {
				return tt.Tree
			}
			return nil
		}
	}
	var errs diag.List
	for _, err := range missingFields(lookup, name, fm) {
		errs.Append(th.templateError(name, err, t.funcs))
	}
	return errs.Err()
}

// words says err, an error of a template whose message is msg (its
// location taken off), in a curator's words, with what to write: a
// range or arguments tmplcheck found as tmplcheck.Missing.Words says
// them, an index past a list's end as diag.IndexWords does, anything
// else as diag.FieldWords does, with the nearest real name of funcs or
// of the email's data for a misspelt one.
func words(err error, msg string, funcs []string) (string, string) {
	var m tmplcheck.Missing
	if errors.As(err, &m) {
		if msg, hint, ok := m.Words(diag.EmailRangeTakes); ok {
			return msg, hint
		}
	}
	if out, hint := diag.IndexWords(msg); hint != "" {
		return out, hint
	}
	return diag.FieldWords(msg, diag.TemplateHint(msg, funcs, dataTypes...), dataTypes...)
}
