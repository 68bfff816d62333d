package render

import (
	"fmt"
	"html/template"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// A template that runs itself on every run ({{define "badge"}}…{{template
// "badge" .}}…{{end}}, or two that run each other) never ends: each page
// that shows it runs it 100,000 levels deep, which takes seconds to a
// minute, before text/template gives up, and then the next page does the
// same. Whether a call is under an {{if}}, {{with}} or {{range}} is in
// the parsed trees, so such a template is told before any page is made.

// sureCall is a call of a template that a template makes on every run:
// not in the body of an {{if}}, {{with}} or {{range}}, nor behind the
// first value of and or or.
type sureCall struct {
	name string      // the template it runs
	tree *parse.Tree // the tree of the template that calls
	node parse.Node  // the {{template}} node, or the call of cached or card
}

// sureCalls returns the calls of templates that the list l of tree
// makes on every run, in order.
func sureCalls(tree *parse.Tree, l *parse.ListNode) []sureCall {
	if l == nil {
		return nil
	}
	var out []sureCall
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			out = append(out, pipeCalls(tree, n.Pipe)...)
		case *parse.TemplateNode:
			out = append(out, pipeCalls(tree, n.Pipe)...)
			out = append(out, sureCall{name: n.Name, tree: tree, node: n})
		case *parse.IfNode:
			out = append(out, pipeCalls(tree, n.Pipe)...)
		case *parse.WithNode:
			out = append(out, pipeCalls(tree, n.Pipe)...)
		case *parse.RangeNode:
			out = append(out, pipeCalls(tree, n.Pipe)...)
		}
	}
	return out
}

// pipeCalls returns the calls of templates (cached, card) that the
// pipeline p makes whenever it is evaluated: and and or evaluate only
// their first value for sure, and authorNames runs its partial once per
// author, of which there may be none.
func pipeCalls(tree *parse.Tree, p *parse.PipeNode) []sureCall {
	if p == nil {
		return nil
	}
	var out []sureCall
	for _, cmd := range p.Cmds {
		args := cmd.Args
		if len(args) == 0 {
			continue
		}
		if id, ok := args[0].(*parse.IdentifierNode); ok {
			if name, _, each := runsPartial(id.Ident, args[1:]); name != "" && !each {
				out = append(out, sureCall{name: name, tree: tree, node: cmd})
			}
			if (id.Ident == "and" || id.Ident == "or") && len(args) > 2 {
				args = args[:2]
			}
		}
		for _, a := range args {
			if sub, ok := a.(*parse.PipeNode); ok {
				out = append(out, pipeCalls(tree, sub)...)
			}
		}
	}
	return out
}

// checkRecursion reports each template of the site's theme that runs
// itself on every run, directly or through others, in the shared
// partials and in each kind of page's own set: at the call that closes
// the loop, in the first template of the loop that the site's theme
// defines.
func (t *templates) checkRecursion() error {
	if t.theme.site == nil {
		return nil // the built-in theme's tests run it
	}
	sets := []*template.Template{t.parts}
	for _, kind := range pageKinds {
		if set := t.pages.kinds[kind]; set != nil {
			sets = append(sets, set)
		}
	}
	var errs diag.List
	seen := map[string]bool{}
	for _, set := range sets {
		for _, tt := range defines(set) {
			loop := loopFrom(set, tt.Name())
			if loop == nil || !slices.ContainsFunc(loop, func(c sureCall) bool { return t.theme.inSite(c.tree.ParseName) }) {
				continue
			}
			if key := loopKey(loop); !seen[key] {
				seen[key] = true
				errs.Append(t.loopError(loop))
			}
		}
	}
	return errs.Err()
}

// loopKey names the templates of loop, whichever it begins with: one
// loop, found from each of them.
func loopKey(loop []sureCall) string {
	var names []string
	for _, c := range loop {
		names = append(names, c.name)
	}
	slices.Sort(names)
	return strings.Join(names, "\x00")
}

// loopFrom returns the shortest chain of calls that every run of the
// template name of set makes and that runs name again, beginning with a
// call name makes; nil when there is none.
func loopFrom(set *template.Template, name string) []sureCall {
	callsOf := func(n string) []sureCall {
		tt := set.Lookup(n)
		if tt == nil || tt.Tree == nil {
			return nil
		}
		return sureCalls(tt.Tree, tt.Tree.Root)
	}
	// A breadth-first search from name, keeping the call that reached
	// each template first.
	via := map[string]sureCall{}
	queue := []string{name}
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		for _, c := range callsOf(from) {
			if c.name == name {
				loop := []sureCall{c}
				for at := from; at != name; at = via[at].tree.Name {
					loop = append([]sureCall{via[at]}, loop...)
				}
				return loop
			}
			if _, ok := via[c.name]; !ok {
				via[c.name] = c
				queue = append(queue, c.name)
			}
		}
	}
	return nil
}

// loopError is the error of the loop of calls, reported at the first of
// its calls in a file of the site's theme.
func (t *templates) loopError(loop []sureCall) error {
	i := slices.IndexFunc(loop, func(c sureCall) bool { return t.theme.inSite(c.tree.ParseName) })
	loop = append(loop[i:], loop[:i]...)
	first := loop[0]
	loc, ctx := first.tree.ErrorContext(first.node)
	file, line := splitLocation(loc)
	if _, ok := first.node.(*parse.CommandNode); ok {
		ctx = "{{" + ctx + "}}"
	}
	var msg string
	if len(loop) == 1 {
		msg = fmt.Sprintf("%q runs itself (%s) on every run, with no {{if}}, {{with}} or {{range}} around the call to end it, so every page that shows it would run it 100,000 levels deep and fail", first.tree.Name, ctx)
	} else {
		var through []string
		for _, c := range loop[1:] {
			cl, _ := c.tree.ErrorContext(c.node)
			cf, cn := splitLocation(cl)
			through = append(through, fmt.Sprintf("which runs %q (%s:%d)", c.name, t.theme.origin(cf), cn))
		}
		msg = fmt.Sprintf("%q runs %q (%s), %s, on every run, with no {{if}}, {{with}} or {{range}} around the calls to end it, so every page that shows it would run them 100,000 levels deep and fail", first.tree.Name, first.name, ctx, strings.Join(through, ", "))
	}
	return t.atHint(file, line, msg, "call the template you meant (a name near its own?), or put the call under an {{if}} or {{with}} whose condition ends it")
}
