package render

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/model"
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

// executingRE matches the name of the template text/template was running
// when it failed.
var executingRE = regexp.MustCompile(`executing "([^"]+)"`)

// nilArgError explains err, a nil pointer met in a built-in template while
// a page of kind ran, when the site's page template of that kind gives
// the failing template a field of the page that is nil on such pages
// ({{template "paper-item" $.Paper}} in day.html): at that call, naming
// the field, where the error in the built-in file names neither; nil
// otherwise.
func (t *templates) nilArgError(err error, kind string) error {
	_, inner := innermost(err)
	msg := inner.Error()
	m := executingRE.FindStringSubmatch(msg)
	file := "templates/" + kind + ".html"
	if m == nil || !strings.Contains(msg, "nil pointer") || !t.theme.inSite(file) {
		return nil
	}
	name := m[1]
	for _, tree := range t.trees[file] {
		if tn, field, ranged := nilArgCall(tree.Root, name, kind, false, false); tn != nil {
			loc, ctx := tree.ErrorContext(tn)
			_, line := splitLocation(loc)
			hint := fmt.Sprintf("give it what it shows from what the page has, as the built-in %s.html does", kind)
			if list := kindList(kind, reflect.TypeFor[*model.Paper]()); list != "" && field == "Paper" {
				hint = fmt.Sprintf("give it each paper of %s in a range ({{range %s}}{{template %q .}}{{end}})", list, list, name)
			}
			if ranged {
				hint = fmt.Sprintf("inside a range over papers, the dot is the paper: write {{template %q .}}", name)
			}
			return t.atHint(file, line, fmt.Sprintf("%s gives %q the page's .%s, which is nil on %s pages (set only on %s), and %q fails on nil", ctx, name, field, kind, pageOnly[field], name), hint)
		}
	}
	return nil
}

// nilArgCall returns the first {{template name …}} of list that gives
// the template a field of the page nil on pages of kind ($.Paper, or
// .Paper outside any with or range, where the dot is the page), and the
// field, and whether it is inside a range; nil for none. moved says list
// is inside a with or range, ranged inside a range.
func nilArgCall(list *parse.ListNode, name, kind string, moved, ranged bool) (tn *parse.TemplateNode, field string, inRange bool) {
	if list == nil {
		return nil, "", false
	}
	for _, n := range list.Nodes {
		var lists []*parse.ListNode
		switch n := n.(type) {
		case *parse.TemplateNode:
			if n.Name != name || n.Pipe == nil {
				continue
			}
			if f := pageFieldArg(n.Pipe, moved); f != "" && nilOnKind(f, kind) {
				return n, f, ranged
			}
		case *parse.IfNode:
			lists = []*parse.ListNode{n.List, n.ElseList}
		case *parse.WithNode:
			if tn, f, r := nilArgCall(n.List, name, kind, true, ranged); tn != nil {
				return tn, f, r
			}
			lists = []*parse.ListNode{n.ElseList}
		case *parse.RangeNode:
			if tn, f, r := nilArgCall(n.List, name, kind, true, true); tn != nil {
				return tn, f, r
			}
			lists = []*parse.ListNode{n.ElseList}
		case *parse.ListNode:
			lists = []*parse.ListNode{n}
		}
		for _, l := range lists {
			if tn, f, r := nilArgCall(l, name, kind, moved, ranged); tn != nil {
				return tn, f, r
			}
		}
	}
	return nil, "", false
}

// pageFieldArg returns F for a pipeline that is $.F alone, or .F when
// not moved (the dot is the page); "" for any other.
func pageFieldArg(p *parse.PipeNode, moved bool) string {
	if len(p.Decl) > 0 || len(p.Cmds) != 1 || len(p.Cmds[0].Args) != 1 {
		return ""
	}
	switch a := p.Cmds[0].Args[0].(type) {
	case *parse.VariableNode:
		if len(a.Ident) == 2 && a.Ident[0] == "$" {
			return a.Ident[1]
		}
	case *parse.FieldNode:
		if len(a.Ident) == 1 && !moved {
			return a.Ident[0]
		}
	}
	return ""
}
