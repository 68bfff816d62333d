// Package tmplcheck finds, without running a template, the fields and
// methods it asks of values whose types lack them: the mistakes
// text/template reports only when it runs the action that holds one, on
// data that reaches it.
//
// It follows the types of a parsed text/template (or html/template) tree
// from the type of its dot: through field chains, variables, {{with}},
// {{range}}, function results, {{template}} calls and calls that the
// caller says run a template (a partial's helper), and the map a dict
// function makes, from each key written out to its value. Every branch is
// followed, whatever the data would choose. A value whose type is not
// known for sure (an interface such as any, a number literal, a variable
// assigned more than once with =, a function's any result) is let be, so
// that what it finds is what text/template would refuse on any data that
// reaches it.
package tmplcheck

import (
	"fmt"
	"go/token"
	"reflect"
	"slices"
	"text/template/parse"
	"time"

	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
)

// Missing is a field or method a template asks of a value whose type
// lacks it, or, when Range is set, a {{range}} over a value of a type
// that range cannot go over (a string, a struct, a bool).
type Missing struct {
	Tree     *parse.Tree // the tree of the template that has the node
	Node     parse.Node  // the field, variable or chain node that asks it, or the range's value
	Template string      // the name of the template that has the node
	Field    string      // the name asked for; a range's: the last field of its value, or ""
	Type     reflect.Type
	// Range says the node is the value of a {{range}}, of type Type;
	// Parent is the type of the value that has its last field Field,
	// when the value is a field chain (.Site.Menus), else nil.
	Range  bool
	Parent reflect.Type
	// Args says the node is given arguments it cannot take: the call
	// of the function Field with Got of them where it takes Want ("1",
	// "at least 2"), or, with Want "", the field Field of a value of
	// type Type, which takes none. Call is then the name of the template
	// whose {{template}} action has the node, or "".
	Args bool
	Want string
	Got  int
	Call string
	// ArgType says the node, an argument of a call of the function Field,
	// is of type Type where the function takes a Want.
	ArgType bool
	// Format says the node, a value of a call of printf (Field), is of
	// type Type, which its verb Want ("%d") does not format, or, with
	// Type nil, that the node is the call's format, which has Want
	// verbs and is given Got values: text/template runs either, and
	// the output shows fmt's %!d(string=…), %!d(MISSING) or
	// %!(EXTRA …).
	Format bool
	// OfDot says the template asks it of its dot itself (.Day.Papers
	// asks Day of the dot, {{range .}} ranges over it): Type is then the
	// type of the dot the template was run with, and the Checker's
	// Calls of the template say who gives it.
	OfDot bool
	// Print says the node, an action's value, is of type Type, which
	// text/template prints as Go's memory addresses or a struct's
	// fields in braces ({{.Paper.AuthorRefs}}), or as Go writes a date
	// ({{.Day.Date}}): see Unprintable.
	Print bool
}

// Call is a place that runs a template: a {{template}} node, or the
// argument that is the dot of a call of a function that runs one (Func,
// its name), with the type of the dot it gives (nil when not known).
// Top is the type of $ there, the dot of the template that has the call
// (nil when not known), and Moved says the call is inside a {{with}} or
// {{range}}, whose dot is not $: what a fix of the call may write. Here
// is the type of the dot where the call is (a range's element), nil when
// not known: what the call may give in place of its value.
type Call struct {
	Tree  *parse.Tree
	Node  parse.Node
	Func  string
	Dot   reflect.Type
	Top   reflect.Type
	Moved bool
	Here  reflect.Type
}

// Error says what text/template says when it runs the node: template:
// file:line:col: executing "name" at <.Paper.Titel>: can't evaluate field
// Titel in type *model.Paper; for a range, range can't iterate over
// .Paper.Title.
func (m Missing) Error() string {
	loc, ctx := m.Tree.ErrorContext(m.Node)
	switch {
	case m.Format && m.Type == nil:
		return fmt.Sprintf("template: %s: executing %q at <%s>: %s's format has %s verbs and is given %d values", loc, m.Template, ctx, m.Field, m.Want, m.Got)
	case m.Format:
		return fmt.Sprintf("template: %s: executing %q at <%s>: %s's %s does not format a value of type %s", loc, m.Template, ctx, m.Field, m.Want, m.Type)
	case m.ArgType:
		return fmt.Sprintf("template: %s: executing %q at <%s>: wrong type for value; expected %s; got %s", loc, m.Template, ctx, m.Want, m.Type)
	case m.Args && m.Want != "":
		return fmt.Sprintf("template: %s: executing %q at <%s>: wrong number of args for %s: want %s got %d", loc, m.Template, ctx, m.Field, m.Want, m.Got)
	case m.Args:
		return fmt.Sprintf("template: %s: executing %q at <%s>: %s has arguments but cannot be invoked as function", loc, m.Template, ctx, m.Field)
	}
	if m.Range {
		return fmt.Sprintf("template: %s: executing %q at <%s>: range can't iterate over %s", loc, m.Template, ctx, ctx)
	}
	if m.Print {
		return fmt.Sprintf("template: %s: executing %q at <%s>: prints a value of type %s", loc, m.Template, ctx, m.Type)
	}
	return fmt.Sprintf("template: %s: executing %q at <%s>: can't evaluate field %s in type %s", loc, m.Template, ctx, m.Field, m.Type)
}

// Checker checks templates of one set.
type Checker struct {
	// Lookup returns the tree of the template name, or nil.
	Lookup func(name string) *parse.Tree
	// Funcs are the functions the templates may call, by name, for the
	// types of their results.
	Funcs map[string]any
	// Runs says, for a call of a function that runs a template (its
	// arguments in args), which template and the node of its dot, and
	// whether it runs on each element of that node's list in place of
	// the node itself; "" for none.
	Runs func(fn string, args []parse.Node) (name string, dot parse.Node, each bool)
	// Dict is the name of a function that makes a map of its arguments,
	// names and values in pairs ("dict"), or "": a call that writes its
	// names out is followed from each name to its value's type, as a
	// struct's fields are, and a name it lacks is let be (a map has no
	// value for it, which is no error).
	Dict string
	// Hidden says the field name of the struct type t (a pointer's
	// element), which t has, is no template's to read: a source's
	// Markdown, which the build renders into another field and drops.
	// It is reported as one t lacks; nil hides none.
	Hidden func(t reflect.Type, name string) bool
	// Prints says to report an action that prints a value of a type
	// Unprintable says no reader should see, unless what it prints
	// is itself wrong.
	Prints bool
	// Keeps names the functions that return, as any, a part of the list
	// they are given in the argument at that index, the piped value
	// included (-1: the last, as first takes it): their result has its
	// type, so a list of pointers they pass on is still one to print or
	// range over.
	Keeps map[string]int

	dicts   map[reflect.Type]bool // the types made for calls of Dict
	calls   map[string][]Call     // by the name of the template they run
	seen    map[visit]bool
	missing []Missing
	at      map[string]bool
}

type visit struct {
	name string
	dot  reflect.Type
}

// Check checks the template name run with a dot of type dot (nil when it
// is not known), and every template it runs, and returns what they ask
// of a type that lacks it, each once, in the order met. A Checker
// remembers what it checked, so checking another template of the same
// set checks the templates they share once.
func (c *Checker) Check(name string, dot reflect.Type) []Missing {
	if c.seen == nil {
		c.seen, c.at, c.dicts, c.calls = map[visit]bool{}, map[string]bool{}, map[reflect.Type]bool{}, map[string][]Call{}
	}
	start := len(c.missing)
	c.run(name, dot)
	return c.missing[start:]
}

// Calls returns the places the templates checked so far run the
// template name from, in the order met, each once.
func (c *Checker) Calls(name string) []Call { return c.calls[name] }

// called records that tree runs the template name at node n (by a call
// of fn, or "" for {{template}}) with a dot of type dot, in the scope sc
// where the dot is of type here.
func (c *Checker) called(name string, tree *parse.Tree, n parse.Node, fn string, dot, here reflect.Type, sc *scope) {
	top, _ := sc.lookup("$")
	call := Call{Tree: tree, Node: n, Func: fn, Dot: dot, Top: top, Moved: sc.moved, Here: here}
	if !slices.Contains(c.calls[name], call) {
		c.calls[name] = append(c.calls[name], call)
	}
}

// Ran reports whether a template checked so far ran the template name.
func (c *Checker) Ran(name string) bool {
	for v := range c.seen {
		if v.name == name {
			return true
		}
	}
	return false
}

// run checks the template name with its dot of type dot.
func (c *Checker) run(name string, dot reflect.Type) {
	v := visit{name, dot}
	if c.seen[v] {
		return
	}
	c.seen[v] = true
	tree := c.Lookup(name)
	if tree == nil || tree.Root == nil {
		return
	}
	s := &state{c: c, tree: tree, name: name, assigned: assigned(tree.Root)}
	sc := &scope{vars: map[string]reflect.Type{"$": dot}}
	s.list(tree.Root, dot, sc)
}

// scope is the variables of a block, over those of the blocks around it.
// moved says its dot is not the template's own (within a with or range).
type scope struct {
	vars  map[string]reflect.Type
	up    *scope
	moved bool
}

func (sc *scope) lookup(name string) (reflect.Type, bool) {
	for ; sc != nil; sc = sc.up {
		if t, ok := sc.vars[name]; ok {
			return t, true
		}
	}
	return nil, false
}

func (sc *scope) inner() *scope {
	return &scope{vars: map[string]reflect.Type{}, up: sc, moved: sc.moved}
}

// within returns the scope of the body of a with or range, whose dot is
// its own.
func (sc *scope) within() *scope {
	in := sc.inner()
	in.moved = true
	return in
}

// state is the check of one template.
type state struct {
	c        *Checker
	tree     *parse.Tree
	name     string
	assigned map[string]bool // the variables some {{$x = …}} sets again
	in       string          // the template whose {{template}} action is being checked, or ""
}

func (s *state) list(l *parse.ListNode, dot reflect.Type, sc *scope) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		s.node(n, dot, sc)
	}
}

func (s *state) node(n parse.Node, dot reflect.Type, sc *scope) {
	switch n := n.(type) {
	case *parse.ActionNode:
		before := len(s.c.missing)
		t := s.pipe(n.Pipe, dot, sc)
		if s.c.Prints && len(n.Pipe.Decl) == 0 && len(s.c.missing) == before && t != nil && Unprintable(t) {
			s.add(Missing{Tree: s.tree, Node: n, Template: s.name, Type: t, Print: true})
		}
	case *parse.IfNode:
		inner := sc.inner()
		s.pipe(n.Pipe, dot, inner)
		s.list(n.List, dot, inner)
		s.list(n.ElseList, dot, sc.inner())
	case *parse.WithNode:
		inner := sc.inner()
		t := s.pipe(n.Pipe, dot, inner)
		s.list(n.List, t, inner.within())
		s.list(n.ElseList, dot, sc.inner())
	case *parse.RangeNode:
		inner := sc.inner()
		key, elem := s.rangeTypes(n.Pipe, dot, inner)
		switch len(n.Pipe.Decl) {
		case 1:
			s.declare(inner, n.Pipe.Decl[0], elem)
		case 2:
			s.declare(inner, n.Pipe.Decl[0], key)
			s.declare(inner, n.Pipe.Decl[1], elem)
		}
		s.list(n.List, elem, inner.within())
		s.list(n.ElseList, dot, sc.inner())
	case *parse.TemplateNode:
		var t reflect.Type
		if n.Pipe != nil {
			s.in = n.Name
			t = s.pipe(n.Pipe, dot, sc)
			s.in = ""
		}
		s.c.called(n.Name, s.tree, n, "", t, dot, sc)
		s.c.run(n.Name, t)
	}
}

// Unprintable reports whether a value of type t printed by an action
// shows what no reader should see: a struct (or a pointer to one) that
// is not a fmt.Stringer or an error, as {Title … 0xc000…}, or a list or
// map of them, or of pointers, as [0xc000… 0xc000…], addresses that
// change with every run; or a date, month or weekday (see Date), which
// Go writes in its own form and in English.
func Unprintable(t reflect.Type) bool {
	if Date(t) {
		return true
	}
	switch t.Kind() {
	case reflect.Slice, reflect.Array, reflect.Map:
		e := t.Elem()
		return e.Kind() == reflect.Pointer && !prints(e) || Unprintable(e)
	case reflect.Pointer:
		return !prints(t) && Unprintable(t.Elem())
	case reflect.Struct:
		return !prints(t) && !prints(reflect.PointerTo(t))
	}
	return false
}

// Date reports whether t is a time.Time, or a pointer to one: what Go
// prints in its own form (2024-06-04 00:00:00 +0000 UTC), never a date a
// page shows. A month or a weekday prints its English name (June,
// Tuesday), which an English site may well show.
func Date(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t == reflect.TypeFor[time.Time]()
}

// prints reports whether t prints itself: a fmt.Stringer or an error.
func prints(t reflect.Type) bool {
	return t.Implements(reflect.TypeFor[fmt.Stringer]()) || t.Implements(reflect.TypeFor[error]())
}

// rangeTypes checks the pipeline of a range and returns the types of its
// keys and elements. A value of a type range cannot go over is
// reported.
func (s *state) rangeTypes(p *parse.PipeNode, dot reflect.Type, sc *scope) (key, elem reflect.Type) {
	t := s.cmds(p, dot, sc)
	if t == nil {
		return nil, nil
	}
	if s.c.dicts[t] {
		return reflect.TypeFor[string](), nil // a dict's map
	}
	e := t
	for e.Kind() == reflect.Pointer {
		e = e.Elem() // as range takes it
	}
	switch e.Kind() {
	case reflect.Slice, reflect.Array:
		return reflect.TypeFor[int](), known(e.Elem())
	case reflect.Map:
		return known(e.Key()), known(e.Elem())
	case reflect.Chan:
		return known(e.Elem()), known(e.Elem())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return e, e
	case reflect.Interface:
		return nil, nil
	case reflect.Func:
		if e.CanSeq() || e.CanSeq2() {
			return nil, nil
		}
	}
	s.reportRange(p, t, dot, sc)
	return nil, nil
}

// reportRange reports the value of the range pipeline p, of type t,
// which range cannot go over.
func (s *state) reportRange(p *parse.PipeNode, t, dot reflect.Type, sc *scope) {
	last := p.Cmds[len(p.Cmds)-1]
	var n parse.Node = last
	m := Missing{Tree: s.tree, Template: s.name, Type: t, Range: true}
	if len(last.Args) == 1 {
		n = last.Args[0]
		_, dotNode := n.(*parse.DotNode)
		m.OfDot = dotNode && !sc.moved
		m.Parent, m.Field = s.last(n, dot, sc)
	}
	m.Node = n
	s.add(m)
}

// last returns, for the operand n, a field chain (.Site.Menus, $p.Title,
// (x).Y), the type of the value that has its last field and that
// field's name; nil and "" for another operand.
func (s *state) last(n parse.Node, dot reflect.Type, sc *scope) (reflect.Type, string) {
	var base reflect.Type
	var names []string
	switch a := n.(type) {
	case *parse.FieldNode:
		base, names = dot, a.Ident
	case *parse.VariableNode:
		base, _ = sc.lookup(a.Ident[0])
		names = a.Ident[1:]
	case *parse.ChainNode:
		base, names = s.arg(a.Node, dot, sc), a.Field
	}
	if len(names) == 0 {
		return nil, ""
	}
	return s.fields(n, base, names[:len(names)-1], false), names[len(names)-1]
}

// add adds m to what the Checker found, unless it has it.
func (s *state) add(m Missing) {
	if key := m.Error(); !s.c.at[key] {
		s.c.at[key] = true
		s.c.missing = append(s.c.missing, m)
	}
}

// pipe checks a pipeline, declares or assigns its variables, and
// returns the type of its value.
func (s *state) pipe(p *parse.PipeNode, dot reflect.Type, sc *scope) reflect.Type {
	if p == nil {
		return nil
	}
	t := s.cmds(p, dot, sc)
	for _, v := range p.Decl {
		if p.IsAssign {
			continue // its type is let be from its declaration on (assigned)
		}
		s.declare(sc, v, t)
	}
	return t
}

// declare gives the variable v its type t in sc, or no type when some
// {{$x = …}} sets it again.
func (s *state) declare(sc *scope, v *parse.VariableNode, t reflect.Type) {
	if s.assigned[v.Ident[0]] {
		t = nil
	}
	sc.vars[v.Ident[0]] = t
}

// cmds checks the commands of a pipeline and returns the type of the last.
func (s *state) cmds(p *parse.PipeNode, dot reflect.Type, sc *scope) reflect.Type {
	var t reflect.Type
	var in parse.Node
	for _, cmd := range p.Cmds {
		t = s.cmd(cmd, dot, sc, in, t)
		in = cmd
	}
	return t
}

// cmd checks a command, given one argument more by the pipeline when
// piped, the value of the command in, of type inType (nil when not
// piped), and returns the type of its value.
func (s *state) cmd(cmd *parse.CommandNode, dot reflect.Type, sc *scope, in parse.Node, inType reflect.Type) reflect.Type {
	piped := in != nil
	if len(cmd.Args) == 0 {
		return nil
	}
	var args []reflect.Type
	for _, a := range cmd.Args[1:] {
		args = append(args, s.arg(a, dot, sc))
	}
	n := len(cmd.Args) - 1
	if piped {
		n++
	}
	switch first := cmd.Args[0].(type) {
	case *parse.IdentifierNode:
		s.arity(first, n)
		s.argTypes(first, cmd.Args[1:], args)
		s.printfArgs(first, cmd.Args[1:], args, in, inType)
		t := s.call(first.Ident, cmd.Args[1:], args, dot, sc)
		if i, ok := s.c.Keeps[first.Ident]; ok && t == nil {
			if piped {
				args = append(args, inType)
			}
			if i < 0 {
				i += len(args)
			}
			if 0 <= i && i < len(args) {
				t = args[i]
			}
		}
		return t
	default:
		t := s.arg(first, dot, sc)
		if n > 0 {
			s.fieldArgs(first, dot, sc)
		}
		return t
	}
}

// funcType returns the type of the function name of the Checker's
// Funcs, or nil when it has none of that name.
func (s *state) funcType(name string) reflect.Type {
	f, ok := s.c.Funcs[name]
	if !ok || f == nil {
		return nil
	}
	if ft := reflect.TypeOf(f); ft.Kind() == reflect.Func {
		return ft
	}
	return nil
}

// arity reports a call of a function of the Checker's Funcs with n
// arguments where it takes another number.
func (s *state) arity(fn *parse.IdentifierNode, n int) {
	ft := s.funcType(fn.Ident)
	if ft == nil {
		return
	}
	want := ""
	switch {
	case ft.IsVariadic() && n < ft.NumIn()-1:
		want = fmt.Sprintf("at least %d", ft.NumIn()-1)
	case !ft.IsVariadic() && n != ft.NumIn():
		want = fmt.Sprint(ft.NumIn())
	default:
		return
	}
	s.add(Missing{Tree: s.tree, Node: fn, Template: s.name, Field: fn.Ident, Args: true, Want: want, Got: n, Call: s.in})
}

// argTypes reports each argument of a call of a function of the
// Checker's Funcs whose type (of types, nil when not known) the function
// cannot take, as text/template would when it runs ({{longDate
// .Paper.Title}}: a string where it takes a time.Time), so that a page
// kind the site has none of yet fails now, not on the day it has one.
// Only a value of a field, a chain or a variable is told: a constant
// text/template converts.
func (s *state) argTypes(fn *parse.IdentifierNode, args []parse.Node, types []reflect.Type) {
	ft := s.funcType(fn.Ident)
	if ft == nil {
		return
	}
	for i, t := range types {
		var want reflect.Type
		switch {
		case ft.IsVariadic() && i >= ft.NumIn()-1:
			want = ft.In(ft.NumIn() - 1).Elem()
		case i < ft.NumIn():
			want = ft.In(i)
		default:
			return
		}
		switch args[i].(type) {
		case *parse.FieldNode, *parse.ChainNode, *parse.VariableNode:
		default:
			continue
		}
		if t == nil || want.Kind() == reflect.Interface || t.AssignableTo(want) || t.Kind() == reflect.Pointer && t.Elem().AssignableTo(want) {
			continue
		}
		s.add(Missing{Tree: s.tree, Node: args[i], Template: s.name, Field: fn.Ident, ArgType: true, Type: t, Want: want.String(), Call: s.in})
	}
}

// fieldArgs reports the field chain n, given arguments, when it ends
// in a field, not a method, of a value whose type is known.
func (s *state) fieldArgs(n parse.Node, dot reflect.Type, sc *scope) {
	t, last := s.last(n, dot, sc)
	if t == nil {
		return
	}
	if _, ok := t.MethodByName(last); ok {
		return
	}
	if _, ok := reflect.PointerTo(t).MethodByName(last); ok && t.Kind() != reflect.Pointer {
		return
	}
	e := t
	for e.Kind() == reflect.Pointer {
		e = e.Elem()
	}
	if e.Kind() != reflect.Struct || s.c.dicts[t] {
		return // a map's key, an interface: a run knows
	}
	if _, ok := e.FieldByName(last); !ok {
		return
	}
	s.add(Missing{Tree: s.tree, Node: n, Template: s.name, Field: last, Type: t, Args: true, Call: s.in})
}

// arg checks an operand and returns its type.
func (s *state) arg(n parse.Node, dot reflect.Type, sc *scope) reflect.Type {
	switch n := n.(type) {
	case *parse.DotNode:
		return dot
	case *parse.FieldNode:
		return s.fields(n, dot, n.Ident, !sc.moved)
	case *parse.VariableNode:
		t, _ := sc.lookup(n.Ident[0])
		return s.fields(n, t, n.Ident[1:], n.Ident[0] == "$")
	case *parse.ChainNode:
		return s.fields(n, s.arg(n.Node, dot, sc), n.Field, false)
	case *parse.PipeNode:
		return s.pipe(n, dot, sc.inner())
	case *parse.IdentifierNode:
		return s.call(n.Ident, nil, nil, dot, sc)
	case *parse.StringNode:
		return reflect.TypeFor[string]()
	case *parse.BoolNode:
		return reflect.TypeFor[bool]()
	}
	return nil // numbers, nil: their type depends on their use
}

// fields follows the chain of field or method names from a value of type
// t, reporting the first that t lacks at node n, and returns the type of
// the last; ofDot says t is the template's own dot.
func (s *state) fields(n parse.Node, t reflect.Type, names []string, ofDot bool) reflect.Type {
	for i, name := range names {
		if t == nil {
			return nil
		}
		next, ok := member(t, name)
		if ok && s.c.Hidden != nil && s.c.Hidden(t, name) {
			ok = false
		}
		if !ok && s.c.dicts[t] {
			return nil // a key the map lacks
		}
		if !ok {
			s.report(n, name, t, ofDot && i == 0)
			return nil
		}
		t = next
	}
	return t
}

func (s *state) report(n parse.Node, name string, t reflect.Type, ofDot bool) {
	s.add(Missing{Tree: s.tree, Node: n, Template: s.name, Field: name, Type: t, OfDot: ofDot})
}

// member returns the type of the field or method name of a value of type
// t, as text/template finds it (a method of t or *t, a field of the
// struct t or *t points to, a key of a map), and whether it is there;
// nil for a type it cannot know.
func member(t reflect.Type, name string) (reflect.Type, bool) {
	if t.Kind() == reflect.Interface {
		return nil, true
	}
	if m, ok := t.MethodByName(name); ok {
		return result(m.Type), true
	}
	if t.Kind() != reflect.Pointer {
		if m, ok := reflect.PointerTo(t).MethodByName(name); ok {
			return result(m.Type), true
		}
	}
	e := t
	for e.Kind() == reflect.Pointer {
		e = e.Elem()
	}
	switch e.Kind() {
	case reflect.Struct:
		f, ok := e.FieldByName(name)
		if !ok {
			return nil, false
		}
		return known(f.Type), true
	case reflect.Map:
		if e.Key().Kind() == reflect.String {
			return known(e.Elem()), true
		}
		return nil, true
	case reflect.Interface:
		return nil, true
	}
	return nil, false
}

// known returns t, or nil for an interface type, whose values' types
// are known only when the template runs.
func known(t reflect.Type) reflect.Type {
	if t.Kind() == reflect.Interface {
		return nil
	}
	return t
}

// result returns the type of the first result of the function type f,
// nil when it has none or it is an interface.
func result(f reflect.Type) reflect.Type {
	if f.NumOut() == 0 {
		return nil
	}
	return known(f.Out(0))
}

// call checks a call of the function fn with args (of types types) and
// returns the type of its result.
func (s *state) call(fn string, args []parse.Node, types []reflect.Type, dot reflect.Type, sc *scope) reflect.Type {
	if s.c.Runs != nil {
		if name, d, each := s.c.Runs(fn, args); name != "" {
			var t reflect.Type
			if d != nil {
				t = s.arg(d, dot, sc)
				if each && t != nil {
					if k := t.Kind(); k == reflect.Slice || k == reflect.Array {
						t = t.Elem()
					} else {
						t = nil // what only a run knows
					}
				}
				s.c.called(name, s.tree, d, fn, t, dot, sc)
			}
			s.c.run(name, t)
		}
	}
	if fn == s.c.Dict && fn != "" {
		return s.c.dict(args, types)
	}
	switch fn {
	case "not", "eq", "ne", "lt", "le", "gt", "ge":
		return reflect.TypeFor[bool]()
	case "len":
		return reflect.TypeFor[int]()
	case "print", "printf", "println", "html", "js", "urlquery":
		return reflect.TypeFor[string]()
	case "slice":
		if len(types) > 0 {
			return types[0]
		}
		return nil
	case "index":
		return index(types)
	case "and", "or":
		for _, t := range types {
			if t == nil || t != types[0] {
				return nil
			}
		}
		if len(types) > 0 {
			return types[0]
		}
		return nil
	}
	if ft := s.funcType(fn); ft != nil {
		return result(ft)
	}
	return nil
}

// dict returns, for a call of Dict with args (of types types), a struct
// type with a field of each name and the type of its value (any when it
// is not known), standing for the map it makes; nil when a name is not
// written out, not a Go name that a field may have, or given twice.
func (c *Checker) dict(args []parse.Node, types []reflect.Type) reflect.Type {
	if len(args)%2 != 0 {
		return nil
	}
	var fields []reflect.StructField
	for i := 0; i < len(args); i += 2 {
		name, ok := args[i].(*parse.StringNode)
		if !ok || !token.IsIdentifier(name.Text) || !token.IsExported(name.Text) ||
			slices.ContainsFunc(fields, func(f reflect.StructField) bool { return f.Name == name.Text }) {
			return nil
		}
		t := types[i+1]
		if t == nil {
			t = reflect.TypeFor[any]()
		}
		fields = append(fields, reflect.StructField{Name: name.Text, Type: t})
	}
	t := reflect.StructOf(fields)
	c.dicts[t] = true
	return t
}

// index returns the type of index's result on a value and indices of
// types.
func index(types []reflect.Type) reflect.Type {
	if len(types) == 0 {
		return nil
	}
	t := types[0]
	for range types[1:] {
		if t == nil {
			return nil
		}
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch t.Kind() {
		case reflect.Slice, reflect.Array, reflect.Map:
			t = known(t.Elem())
		case reflect.String:
			t = reflect.TypeFor[uint8]()
		default:
			return nil
		}
	}
	return t
}

// assigned returns the names of the variables that some {{$x = …}} of
// the template sets again.
func assigned(root parse.Node) map[string]bool {
	out := map[string]bool{}
	tmplwalk.Walk(root, func(n parse.Node) {
		if p, ok := n.(*parse.PipeNode); ok && p.IsAssign {
			for _, v := range p.Decl {
				out[v.Ident[0]] = true
			}
		}
	})
	return out
}
