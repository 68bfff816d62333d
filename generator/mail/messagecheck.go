package mail

import (
	texttemplate "text/template"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// messageCalls returns the calls of T, with their ids written out, in
// the email templates names of t (TextTemplate, HTMLTemplate: every
// template their files define) and in site.yaml's newsletter fields
// (lines: name to text, "subject"; at: name to line), for
// i18n.Catalog.CheckCalls: each call's error is the one its run would
// have, and adds the name of its template to failed, so that it is not
// run as well; so does a call whose message's text is at fault, told at
// the text.
func (t *templates) messageCalls(th Theme, names []string, cfg *model.Config, lines map[string]string, at map[string]int, fm map[string]any, failed map[string]bool) []i18n.Call {
	var calls []i18n.Call
	for _, name := range names {
		var trees []*parse.Tree
		if name == TextTemplate {
			for _, tt := range t.text.Templates() {
				trees = append(trees, tt.Tree)
			}
		} else {
			for _, tt := range t.html.Templates() {
				trees = append(trees, tt.Tree)
			}
		}
		for _, tree := range trees {
			if tree == nil {
				continue
			}
			for _, call := range i18n.TreeCalls(tree, func(err error) error {
				failed[name] = true
				return th.templateError(name, err, t.funcs)
			}) {
				call.Skip = func() { failed[name] = true }
				calls = append(calls, call)
			}
		}
	}
	for _, field := range []string{"subject", "preheader"} {
		if lines[field] == "" {
			continue
		}
		tt, err := texttemplate.New(field).Funcs(fm).Parse(lines[field])
		if err != nil || tt.Tree == nil {
			continue // oneLine reports it
		}
		for _, call := range i18n.TreeCalls(tt.Tree, func(err error) error {
			failed[field] = true
			return fieldError(cfg, field, at[field], fm, err)
		}) {
			call.Skip = func() { failed[field] = true }
			calls = append(calls, call)
		}
	}
	return calls
}
