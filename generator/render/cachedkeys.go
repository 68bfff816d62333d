package render

import (
	"fmt"
	"reflect"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
)

// A cached partial given the page and no keys ({{cached "crumb" .}}) is
// rendered once for every page, so one that reads a field of the page
// that differs from page to page (.Paper, .Title, .Kind) shows the first
// page's on all of them. The build compares only the next verifyRuns
// renderings, which may all be of pages that agree (the home page and
// the archive both have no .Paper); that the partial reads the field
// under no key is in its tree, and told before any page is made. With
// keys, what they settle (feed-links' .Feeds, by .Topic) only a run can
// tell, and the comparison does.

// pageRead is a field of the page that a template reads of its dot, or
// of $, at node of tree.
type pageRead struct {
	field string
	tree  *parse.Tree
	node  parse.Node
}

// sameOnEveryPage says the field of Page is the same for a cached
// partial on every page: the site and its settings, and what pageKeys
// adds to the keys itself (a page of the site's own, whether it shows
// code).
func sameOnEveryPage(field string) bool {
	switch field {
	case "Site", "Config", "Page", "HasCode":
		return true
	}
	return false
}

// keylessErrors reports each {{cached}} call that gives a partial the
// page and no keys, where the partial reads a field of the page that
// differs from page to page: at the call when it is the site's, else at
// the read. calls returns the calls of a template by every checker.
func (t *templates) keylessErrors(calls func(string) []tmplcheck.Call) []error {
	var out []error
	seen := map[string]bool{}
	for _, tt := range defines(t.parts) {
		name := tt.Name()
		for _, c := range calls(name) {
			cmd := commandOf(c)
			if c.Func != "cached" || c.Dot != reflect.TypeFor[*Page]() || cmd == nil || len(cmd.Args) != 3 {
				continue
			}
			loc, _ := c.Tree.ErrorContext(cmd)
			if seen[loc] {
				continue // the same base.html in another page kind's set
			}
			seen[loc] = true
			r, ok := t.readsOfPage(name)
			if !ok || !(t.theme.inSite(c.Tree.ParseName) || t.theme.inSite(r.tree.ParseName)) {
				continue
			}
			out = append(out, t.keylessError(c, cmd, r))
		}
	}
	return out
}

// keylessError is the error of the call c (the command cmd) of a cached
// partial with no keys that reads r.
func (t *templates) keylessError(c tmplcheck.Call, cmd *parse.CommandNode, r pageRead) error {
	name := cmd.Args[1].(*parse.StringNode).Text
	rloc, rctx := r.tree.ErrorContext(r.node)
	rfile, rline := splitLocation(rloc)
	loc, _ := c.Tree.ErrorContext(cmd)
	file, line := splitLocation(loc)
	if !t.theme.inSite(file) {
		file, line = rfile, rline
	}
	key := "." + r.field
	if c.Moved {
		key = "$." + r.field // inside a with or range, . is not the page
	}
	at := fmt.Sprintf("%s:%d", t.theme.origin(rfile), rline)
	if rctx != "."+r.field {
		at = "the page's ." + r.field + ", at " + at
	}
	msg := fmt.Sprintf("{{%s}} gives the cached partial %q no keys, so one rendering of it serves every page, but it reads %s (%s), which differs from page to page: every page would show the first page's",
		cmd, name, rctx, at)
	hint := fmt.Sprintf("give what it reads as a key ({{cached %q %s %s}}), or show it with {{template %q %s}}", name, cmd.Args[2], key, name, cmd.Args[2])
	return t.atHint(file, line, msg, hint)
}

// readsOfPage returns the first field of the page, not the same on every
// page, that the partial name of the shared partials reads when it is
// given the page: of its dot outside with and range, of $ anywhere, and
// so in the templates it gives the page to.
func (t *templates) readsOfPage(name string) (pageRead, bool) {
	var found []pageRead
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		tt := t.parts.Lookup(name)
		if seen[name] || tt == nil || tt.Tree == nil {
			return
		}
		seen[name] = true
		pageReads(tt.Tree, tt.Tree.Root, false, &found, visit)
	}
	visit(name)
	for _, r := range found {
		if _, ok := reflect.TypeFor[Page]().FieldByName(r.field); ok && !sameOnEveryPage(r.field) {
			return r, true
		}
	}
	return pageRead{}, false
}

// pageReads adds to found what the list l of tree reads of the page,
// which is its dot unless moved (inside a with or range), and calls
// runs for each template it gives the page to with {{template}}.
func pageReads(tree *parse.Tree, l *parse.ListNode, moved bool, found *[]pageRead, runs func(string)) {
	if l == nil {
		return
	}
	pipe := func(p *parse.PipeNode) {
		if p == nil {
			return
		}
		tmplwalk.Walk(p, func(n parse.Node) {
			switch n := n.(type) {
			case *parse.FieldNode:
				if !moved {
					*found = append(*found, pageRead{field: n.Ident[0], tree: tree, node: n})
				}
			case *parse.VariableNode:
				if n.Ident[0] == "$" && len(n.Ident) > 1 {
					*found = append(*found, pageRead{field: n.Ident[1], tree: tree, node: n})
				}
			}
		})
	}
	branch := func(b *parse.BranchNode, bodyMoved bool) {
		pipe(b.Pipe)
		pageReads(tree, b.List, bodyMoved, found, runs)
		pageReads(tree, b.ElseList, moved, found, runs)
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			pipe(n.Pipe)
		case *parse.IfNode:
			branch(&n.BranchNode, moved)
		case *parse.WithNode:
			branch(&n.BranchNode, true) // {{with}} and {{range}} move the dot in their body
		case *parse.RangeNode:
			branch(&n.BranchNode, true)
		case *parse.TemplateNode:
			pipe(n.Pipe)
			if givesPage(n.Pipe, moved) {
				runs(n.Name)
			}
		}
	}
}

// givesPage reports whether the pipeline p of a {{template}} is the page:
// $, or the dot where it is not moved.
func givesPage(p *parse.PipeNode, moved bool) bool {
	if p == nil || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return false
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.DotNode:
		return !moved
	case *parse.VariableNode:
		return a.Ident[0] == "$" && len(a.Ident) == 1
	}
	return false
}
