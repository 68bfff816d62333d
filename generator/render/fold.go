package render

import (
	"html/template"
	"reflect"
	"strings"
	"text/template/parse"
)

// folder takes out of a page's templates, once html/template has escaped
// them, the calls through reflection that cannot change what a page
// writes, each of which cost a microsecond or two on every page, so that a
// theme's templates need not change to gain from it:
//
//   - An action that writes the same text on every page is that text: a
//     message without arguments ({{T "abstract"}}, or with only quoted
//     ones), a link to a fixed address ({{url "copy.js"}}) and the
//     language's direction, digits and arrows. The text is exactly what
//     the action wrote: the function's value, passed through the very
//     escapers html/template gave the action, run by a probe (a one-action
//     template whose escapers are the same ones, in the same order). An
//     action whose escapers no probe has, or whose function fails, stays.
//   - The escaper of HTML text after a function whose value is
//     template.HTML ({{cached "site-header" . .Kind}}, {{card .}},
//     {{inlineMath .Title}}) goes: it writes such a value as it is.
type folder struct {
	funcs  map[string]reflect.Value // the functions whose value depends only on their arguments
	html   map[string]bool          // the functions whose value is template.HTML
	probes map[string]probe         // by escaper chain (escaperChain)
}

// htmlEscaper is the escaper html/template gives an action in HTML text,
// which writes a template.HTML as it is.
const htmlEscaper = "_html_template_htmlescaper"

// constantFuncs are the template functions whose value depends only on
// their arguments and on what a Renderer never changes: the site's
// language, its messages and its base URL. (static is not one: the
// preview server's theme files may change under a Renderer.)
var constantFuncs = []string{"T", "url", "absURL", "dir", "digits", "startArrow", "endArrow", "ogLocale"}

// probeContexts are the places a folded action may stand, each an action
// {{.}} in its context: HTML text, a quoted attribute's value, a URL in an
// attribute and in its query, the text of a <title>, and an unquoted
// attribute's value.
var probeContexts = []string{
	"{{.}}",
	`<a title="{{.}}">`,
	`<a href="{{.}}">`,
	`<a href="/?q={{.}}">`,
	"<title>{{.}}</title>",
	"<a title={{.}}>",
}

// probe is a template of one action, {{.}}, in one of probeContexts: it
// writes before, the value through its escapers, then after.
type probe struct {
	t             *template.Template
	before, after string
}

// newFolder returns the folder of templates that call funcs.
func newFolder(funcs template.FuncMap) *folder {
	c := &folder{funcs: map[string]reflect.Value{}, html: map[string]bool{}, probes: map[string]probe{}}
	for _, name := range constantFuncs {
		if f, ok := funcs[name]; ok {
			c.funcs[name] = reflect.ValueOf(f)
		}
	}
	htmlType := reflect.TypeFor[template.HTML]()
	for name, f := range funcs {
		if t := reflect.TypeOf(f); t.Kind() == reflect.Func && t.NumOut() > 0 && t.Out(0) == htmlType {
			c.html[name] = true
		}
	}
	for _, text := range probeContexts {
		t, err := template.New("probe").Parse(text)
		if err != nil {
			continue
		}
		if err := t.Execute(&strings.Builder{}, ""); err != nil {
			continue // escapes it
		}
		var chain string
		for _, n := range t.Tree.Root.Nodes {
			if a, ok := n.(*parse.ActionNode); ok {
				chain, _ = escaperChain(a.Pipe.Cmds[1:])
			}
		}
		i := strings.Index(text, "{{.}}")
		if _, seen := c.probes[chain]; chain != "" && !seen {
			c.probes[chain] = probe{t: t, before: text[:i], after: text[i+len("{{.}}"):]}
		}
	}
	return c
}

// escaperChain returns the names of cmds, each one of html/template's
// escapers without arguments, joined by "|"; ok is false when one is
// something else.
func escaperChain(cmds []*parse.CommandNode) (chain string, ok bool) {
	names := make([]string, len(cmds))
	for i, cmd := range cmds {
		id, isID := cmd.Args[0].(*parse.IdentifierNode)
		if len(cmd.Args) != 1 || !isID || !strings.HasPrefix(id.Ident, "_html_template_") {
			return "", false
		}
		names[i] = id.Ident
	}
	return strings.Join(names, "|"), len(names) > 0
}

// fold replaces each constant action of the templates of set, which
// html/template has escaped (it has run), by the text it writes, and takes
// the escaper out of the actions that need none. set must be one no other
// goroutine runs meanwhile.
func (c *folder) fold(set *template.Template) {
	for _, t := range set.Templates() {
		if t.Tree != nil {
			c.foldList(t.Tree.Root)
		}
	}
}

// foldList folds the actions of list and of the lists inside it, and joins
// the texts that end up side by side.
func (c *folder) foldList(list *parse.ListNode) {
	if list == nil {
		return
	}
	nodes := list.Nodes[:0:0]
	for _, n := range list.Nodes {
		switch n := n.(type) {
		case *parse.ActionNode:
			if s, ok := c.text(n); ok {
				nodes = appendText(nodes, &parse.TextNode{NodeType: parse.NodeText, Pos: n.Pos, Text: []byte(s)})
				continue
			}
			c.unescape(n.Pipe)
		case *parse.TextNode:
			nodes = appendText(nodes, n)
			continue
		case *parse.IfNode:
			c.foldList(n.List)
			c.foldList(n.ElseList)
		case *parse.RangeNode:
			c.foldList(n.List)
			c.foldList(n.ElseList)
		case *parse.WithNode:
			c.foldList(n.List)
			c.foldList(n.ElseList)
		case *parse.ListNode:
			c.foldList(n)
		}
		nodes = append(nodes, n)
	}
	list.Nodes = nodes
}

// appendText appends t to nodes, joined to the text that ends them if
// there is one (in a new node: the old one may be another template's).
func appendText(nodes []parse.Node, t *parse.TextNode) []parse.Node {
	if k := len(nodes) - 1; k >= 0 {
		if last, ok := nodes[k].(*parse.TextNode); ok {
			text := make([]byte, 0, len(last.Text)+len(t.Text))
			nodes[k] = &parse.TextNode{NodeType: parse.NodeText, Pos: last.Pos, Text: append(append(text, last.Text...), t.Text...)}
			return nodes
		}
	}
	return append(nodes, t)
}

// text returns what action a writes on every page, when it is a call of a
// function of c.funcs with quoted arguments (or none), followed by
// escapers a probe has.
func (c *folder) text(a *parse.ActionNode) (string, bool) {
	p := a.Pipe
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) < 2 {
		return "", false
	}
	call := p.Cmds[0].Args
	id, ok := call[0].(*parse.IdentifierNode)
	if !ok {
		return "", false
	}
	f, ok := c.funcs[id.Ident]
	if !ok {
		return "", false
	}
	chain, ok := escaperChain(p.Cmds[1:])
	if !ok {
		return "", false
	}
	pr, ok := c.probes[chain]
	if !ok {
		return "", false
	}
	v, ok := callConstant(f, call[1:])
	if !ok {
		return "", false
	}
	var b strings.Builder
	if err := pr.t.Execute(&b, v); err != nil {
		return "", false
	}
	s := b.String()
	if !strings.HasPrefix(s, pr.before) || !strings.HasSuffix(s, pr.after) {
		return "", false
	}
	return s[len(pr.before) : len(s)-len(pr.after)], true
}

// unescape drops the escaper of HTML text that ends pipeline p after a
// call of a function whose value is template.HTML, which it would write
// as it is.
func (c *folder) unescape(p *parse.PipeNode) {
	if p == nil || len(p.Decl) > 0 || len(p.Cmds) < 2 {
		return
	}
	n := len(p.Cmds)
	if chain, ok := escaperChain(p.Cmds[n-1:]); !ok || chain != htmlEscaper {
		return
	}
	if id, ok := p.Cmds[n-2].Args[0].(*parse.IdentifierNode); ok && c.html[id.Ident] {
		p.Cmds = p.Cmds[: n-1 : n-1]
	}
}

// callConstant calls f with args, each a quoted string, and returns its
// value; ok is false when an argument is something else, the call does
// not fit f, or f returns an error.
func callConstant(f reflect.Value, args []parse.Node) (v any, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = nil, false // the page's run will tell what is wrong
		}
	}()
	t := f.Type()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		s, isString := a.(*parse.StringNode)
		if !isString {
			return nil, false
		}
		in[i] = reflect.ValueOf(s.Text)
	}
	for i := range in {
		var want reflect.Type
		switch {
		case t.IsVariadic() && i >= t.NumIn()-1:
			want = t.In(t.NumIn() - 1).Elem()
		case i < t.NumIn():
			want = t.In(i)
		default:
			return nil, false
		}
		if !in[i].Type().AssignableTo(want) {
			return nil, false
		}
	}
	if len(in) < t.NumIn()-1 || !t.IsVariadic() && len(in) != t.NumIn() {
		return nil, false
	}
	out := f.Call(in)
	switch {
	case len(out) == 2 && !out[1].IsNil():
		return nil, false
	case len(out) == 0 || len(out) > 2:
		return nil, false
	}
	return out[0].Interface(), true
}
