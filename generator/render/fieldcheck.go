package render

import (
	"html/template"
	"reflect"
	"slices"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// checkFields reports every field or method the site's templates ask of
// a value whose type lacks it ({{.Paper.Titel}}), as a run of the
// template on a page would, at its line: on every kind of page from its
// base with the page as dot, in every branch, with the partials each
// runs ({{template}}, cached, card) on the dot they are given (a dict's
// keys, written out, to their values' types); the card,
// paper-item, on a paper; and a partial no page runs on a dot it cannot
// know. So a mistake in topic.html fails the build of a site with no
// topic yet, not the build that makes the first one. The built-in
// theme alone is not checked (its tests run it on every kind of page).
// It follows each template once per type of dot and page kind, whatever
// the number of papers.
func (t *templates) checkFields(funcs template.FuncMap) error {
	if t.theme.site == nil {
		return nil
	}
	var found []tmplcheck.Missing
	report := func(ms []tmplcheck.Missing) { found = append(found, ms...) }
	checker := func(set *template.Template) *tmplcheck.Checker {
		return &tmplcheck.Checker{Funcs: funcs, Runs: runsPartial, Dict: "dict", Hidden: sourceOnly, Prints: true,
			Keeps: map[string]int{"first": -1, "sort": 0},
			Lookup: func(name string) *parse.Tree {
				if tt := set.Lookup(name); tt != nil {
					return tt.Tree
				}
				return nil
			}}
	}
	shared := checker(t.parts)
	report(shared.Check("paper-item", reflect.TypeFor[*model.Paper]()))
	ran := []*tmplcheck.Checker{shared}
	for _, kind := range pageKinds {
		if set := t.pages.kinds[kind]; set != nil {
			c := checker(set)
			report(c.Check("base", reflect.TypeFor[*Page]()))
			ran = append(ran, c)
		}
	}
	for _, tt := range defines(t.parts) {
		if t.theme.inSite(tt.Tree.ParseName) && !slices.ContainsFunc(ran, func(c *tmplcheck.Checker) bool { return c.Ran(tt.Name()) }) {
			report(shared.Check(tt.Name(), nil))
		}
	}
	calls := func(name string) []tmplcheck.Call {
		var out []tmplcheck.Call
		for _, c := range ran {
			out = append(out, c.Calls(name)...)
		}
		return out
	}
	rest, mismatches := dotMismatches(found, calls, t.theme.inSite)
	var errs diag.List
	seen := map[string]bool{}
	add := func(err error) {
		if key := err.Error(); !seen[key] {
			seen[key] = true
			errs.Append(err)
		}
	}
	for _, d := range mismatches {
		if !followsOn(d, mismatches, t.theme.inSite) {
			add(t.dotError(d))
		}
	}
	for _, err := range t.noDotErrors(calls) {
		add(err)
	}
	for _, err := range t.keylessErrors(calls) {
		add(err)
	}
	for _, m := range rest {
		switch {
		case m.ArgType && !t.theme.inSite(m.Tree.ParseName):
			// A built-in template's argument of the wrong type: its dot
			// was, which the checks of dots tell.
		case m.Print && !t.theme.inSite(m.Tree.ParseName):
			// A built-in template printing what it was given wrongly:
			// its dot was, which the checks of dots tell.
		case m.Print:
			add(t.printError(m))
		case m.Range, m.Args, m.Format:
			add(t.wordsError(m))
		default:
			add(t.templateError(m))
		}
	}
	return errs.Err()
}

// sourceOnly says the field name of t is one of the model's that hold a source's text as
// written, which the build renders into another field (diag's Hugo
// habits name it) and drops before the pages are made: a template that
// reads one shows raw Markdown (.Day.Intro) or nothing (.Paper.Body).
func sourceOnly(t reflect.Type, name string) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.PkgPath() != reflect.TypeFor[model.Paper]().PkgPath() {
		return false
	}
	switch t.Name() + "." + name {
	case "Paper.Body", "Paper.Text", "Page.Body", "Day.Intro":
		return true
	}
	return false
}

// runsPartial says which partial a call of the function fn with args
// runs, and the node of its dot: {{cached "name" data keys…}} runs name
// on data, {{card .}} the paper-item on the paper, and {{authorNames
// authors …}} author-link on each author.
func runsPartial(fn string, args []parse.Node) (string, parse.Node, bool) {
	switch {
	case fn == "cached" && len(args) >= 2:
		if s, ok := args[0].(*parse.StringNode); ok {
			return s.Text, args[1], false
		}
	case fn == "card" && len(args) == 1:
		return "paper-item", args[0], false
	case fn == "authorNames" && len(args) >= 1:
		return "author-link", args[0], true
	}
	return "", nil, false
}
