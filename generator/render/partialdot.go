package render

import (
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// A partial written for one dot and run on another (a paper-list.html
// that reads .Day.Papers of the page, run by day.html on the day's list
// of papers; or one that ranges over its dot, run on the page) is told
// by what each call gives it, at the call's file and line, and what the
// partial reads of it, in one error for the partial and that dot.

// dotMismatch is what a partial asks of the dot its calls give it that
// such a dot lacks.
type dotMismatch struct {
	first tmplcheck.Missing // the first thing asked, where the error is
	reads []string          // what the partial asks of its dot, each once
	calls []tmplcheck.Call  // the calls that give it that dot
	takes reflect.Type      // for a built-in partial, the dot the built-in theme's calls give it; nil when unknown
}

// pageFieldOf returns the field of the page of type typ (Paper for
// *model.Paper, Pager for *Pager), or "".
func pageFieldOf(typ reflect.Type) string {
	page := reflect.TypeFor[Page]()
	for i := range page.NumField() {
		if f := page.Field(i); f.IsExported() && f.Type == typ {
			return f.Name
		}
	}
	return ""
}

// dotMismatches takes from found, in order, what partials ask of the dot
// their calls give them (tmplcheck.Missing.OfDot) that the dot lacks,
// and returns the rest and those, one for each partial and type of dot.
// calls returns the calls of a template by every checker. A field the
// page lacks is not such in a partial of the site's (inSite): pageHint
// says where it is. Nor is a name near one the dot has, a typo there.
func dotMismatches(found []tmplcheck.Missing, calls func(string) []tmplcheck.Call, inSite func(file string) bool) (rest []tmplcheck.Missing, out []*dotMismatch) {
	page := reflect.TypeFor[*Page]()
	for _, m := range found {
		builtin := !inSite(m.Tree.ParseName) // tested on its own dots: what it lacks is the caller's to give
		var cs []tmplcheck.Call
		var takes reflect.Type // what the built-in theme's calls of a built-in partial give it
		for _, c := range calls(m.Template) {
			switch {
			case c.Dot == m.Type:
				cs = append(cs, c)
			case takes == nil && builtin && !inSite(c.Tree.ParseName) && c.Dot != nil:
				takes = c.Dot
			}
		}
		if !m.OfDot || len(cs) == 0 || (!m.Range && !builtin && (m.Type == page || typo(m))) {
			rest = append(rest, m)
			continue
		}
		i := slices.IndexFunc(out, func(d *dotMismatch) bool { return d.first.Template == m.Template && d.first.Type == m.Type })
		if i < 0 {
			out = append(out, &dotMismatch{first: m, calls: cs, takes: takes})
			i = len(out) - 1
		}
		if _, read := m.Tree.ErrorContext(m.Node); !slices.Contains(out[i].reads, read) {
			out[i].reads = append(out[i].reads, read)
		}
	}
	return rest, out
}

// followsOn reports whether the mismatch d only follows from another of
// all: every call that gives its partial the wrong dot is in a built-in
// partial that was itself given that dot, wrongly (the card given the
// page gives it on to byline): the error of the outer call is the one to
// fix.
func followsOn(d *dotMismatch, all []*dotMismatch, inSite func(file string) bool) bool {
	for _, c := range d.calls {
		if inSite(c.Tree.ParseName) || !slices.ContainsFunc(all, func(o *dotMismatch) bool {
			return o != d && o.first.Template == c.Tree.Name && o.first.Type == c.Dot
		}) {
			return false
		}
	}
	return true
}

// typo reports whether the field m asks is near a name its type has.
func typo(m tmplcheck.Missing) bool {
	s := diag.StructOf(m.Type)
	return s != nil && diag.Suggest(m.Field, diag.Members(s)) != ""
}

// dotError is the error of d: at the partial's line when it is the
// site's, else at the first call of the site's that gives the dot.
func (t *templates) dotError(d *dotMismatch) error {
	name := d.first.Template
	what := dotWords(d.first.Type)
	var given, seen []string
	for _, c := range d.calls {
		loc, ctx := c.Tree.ErrorContext(c.Node)
		file, line := splitLocation(loc)
		at := fmt.Sprintf("%s:%d", t.theme.origin(file), line)
		if slices.Contains(seen, at) {
			continue // the same file in another page kind's set
		}
		seen = append(seen, at)
		if len(given) == 0 {
			at += " (" + callText(c, ctx) + ")"
		}
		given = append(given, at)
	}
	give := "give"
	if len(given) == 1 {
		give = "gives"
	}
	loc, _ := d.first.Tree.ErrorContext(d.first.Node)
	file, line := splitLocation(loc)
	var msg string
	if d.first.Range {
		msg = fmt.Sprintf("{{range .}} in %q (%s:%d) goes over its dot, but %s %s it %s, which range cannot go over", name, t.theme.origin(file), line, textutil.List(given), give, what)
	} else {
		msg = fmt.Sprintf("%q reads %s of its dot, but %s %s it %s, which has no field or method %s", name, textutil.List(d.reads), textutil.List(given), give, what, d.first.Field)
	}
	if !t.theme.inSite(file) {
		for _, c := range d.calls {
			loc, _ := c.Tree.ErrorContext(c.Node)
			if f, l := splitLocation(loc); t.theme.inSite(f) {
				file, line = f, l
				break
			}
		}
	}
	return t.atHint(file, line, msg, t.dotHint(d, file))
}

// dotHint says what to write for d, whose error is in file.
func (t *templates) dotHint(d *dotMismatch, file string) string {
	name, m := d.first.Template, d.first
	if m.Range {
		if arg := t.builtinArg(file, name); arg != "" {
			return fmt.Sprintf("give it a list, as the built-in %s does ({{template %q %s}})", file[strings.LastIndexByte(file, '/')+1:], name, arg)
		}
		if fixed := t.givesInstead(d); fixed != "" {
			return fmt.Sprintf("give it %s, as the built-in theme does: write %s", dotWords(d.takes), fixed)
		}
		return fmt.Sprintf("give it a list in the call ({{template %q .Day.Papers}}), or range over a list of its dot", name)
	}
	dot := m.Type
	if !t.theme.inSite(m.Tree.ParseName) {
		// A built-in partial: what the built-in theme gives it.
		if d.calls[0].Func == "card" {
			return "card shows a paper: give it one ({{card .Paper}} on a paper's page, {{range .Papers}}{{card .}}{{end}} on a list's)"
		}
		if d.takes != nil {
			return t.takesHint(d)
		}
	}
	if f, ok := m.Node.(*parse.FieldNode); ok && len(f.Ident) > 1 && diag.MemberType(reflect.TypeFor[Page](), f.Ident[0]) == dot {
		return fmt.Sprintf("it is given the page's .%s itself: write .%s", f.Ident[0], strings.Join(f.Ident[1:], "."))
	}
	if m.Field == "Config" {
		// The card's dot is its paper, and the site's settings are
		// everywhere config's.
		write := "(config)"
		if f, ok := m.Node.(*parse.FieldNode); ok && len(f.Ident) > 1 && f.Ident[0] == "Config" {
			write += "." + strings.Join(f.Ident[1:], ".")
		}
		return fmt.Sprintf("the site's settings are there for any dot as config's: write {{%s}}", write)
	}
	_, page := reflect.TypeFor[*Page]().Elem().FieldByName(m.Field)
	if _, ok := reflect.PointerTo(reflect.TypeFor[Page]()).MethodByName(m.Field); ok {
		page = true
	}
	if dot.Kind() == reflect.Slice {
		if e := diag.StructOf(dot.Elem()); e != nil && slices.Contains(diag.Members(e), m.Field) {
			return fmt.Sprintf("it is given a list: range over it ({{range .}}{{.%s}}{{end}})", m.Field)
		}
		if page {
			return fmt.Sprintf("it is given the list itself: range over it ({{range .}}…{{end}}) in place of %s, or give it the page in the calls ({{template %q .}})", d.reads[0], name)
		}
	}
	if page {
		arg := "."
		if d.calls[0].Moved {
			arg = "$" // . is not the page there
		}
		return fmt.Sprintf("give it the page in the calls ({{template %q %s}}), or read only what %s has", name, arg, strings.TrimSuffix(dotWords(dot), " ("+dot.String()+")"))
	}
	return fmt.Sprintf("give it what it reads in the calls, or read what %s has", dotWords(dot))
}

// takesHint says what to give the built-in partial of d, which the
// built-in theme gives d.takes: for a slug or a name of a paper's .Topics
// or .Authors, to range over its .TopicRefs or .AuthorRefs; else the
// field of the call's dot, or of the page, of that type, written as the
// call is ({{cached "topic-link" $.Topic}} inside a {{with}}).
func (t *templates) takesHint(d *dotMismatch) string {
	name, c := d.first.Template, d.calls[0]
	takes := fmt.Sprintf("it takes %s, as the built-in theme gives it", dotWords(d.takes))
	if h := t.refsInstead(c, d.takes); h != "" {
		return takes + "; " + h
	}
	if fixed := t.givesInstead(d); fixed != "" {
		return takes + ": write " + fixed
	}
	if c.Moved && c.Here == d.takes {
		// Inside a range or with over what it takes: the dot is it.
		if fixed := t.callWith(c, name, "."); fixed != "" {
			return fmt.Sprintf("%s; the dot here is one: write %s", takes, fixed)
		}
	}
	f := pageFieldOf(d.takes)
	if f == "" {
		return takes
	}
	if kind := fileKind(c.Tree.ParseName); nilOnKind(f, kind) {
		msg := fmt.Sprintf("%s, which the page has as .%s on %s only, nil on %s pages", takes, f, pageOnly[f], kind)
		if list := kindList(kind, d.takes); list != "" {
			if fixed := t.callWith(c, name, "."); fixed != "" {
				return fmt.Sprintf("%s: give it each of %s in a range ({{range %s}}%s{{end}})", msg, list, list, fixed)
			}
		}
		return msg + ": give it each of a list of the page's in a range"
	}
	expr := "." + f
	switch {
	case c.Top != reflect.TypeFor[*Page]():
		return fmt.Sprintf("%s, the page's .%s: give it from a template whose $ is the page", takes, f)
	case c.Moved:
		expr = "$." + f // inside a with or range, . is not the page
	}
	if fixed := t.callWith(c, name, expr); fixed != "" {
		return fmt.Sprintf("%s, which the page has as %s: write %s", takes, expr, fixed)
	}
	return fmt.Sprintf("%s, which the page has as %s", takes, expr)
}

// kindList returns the list of elements of type elem that the page of
// kind has in its own field (.Day.Papers for a paper on a day's page), or
// "" when it has none or several.
func kindList(kind string, elem reflect.Type) string {
	own, ok := reflect.TypeFor[Page]().FieldByName(strings.ToUpper(kind[:1]) + kind[1:])
	if !ok || diag.StructOf(own.Type) == nil {
		return ""
	}
	var found []string
	for _, f := range reflect.VisibleFields(diag.StructOf(own.Type)) {
		if f.IsExported() && f.Type == reflect.SliceOf(elem) {
			found = append(found, "."+own.Name+"."+f.Name)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// refsInstead says, for the call c inside a range over a paper's .Topics
// or .Authors (slugs or names) that gives the partial one where it takes
// want (a topic, an author), to range over .TopicRefs or .AuthorRefs in
// their place; "" for any other call.
func (t *templates) refsInstead(c tmplcheck.Call, want reflect.Type) string {
	if c.Dot == nil || c.Dot.Kind() != reflect.String {
		return ""
	}
	loc, _ := c.Tree.ErrorContext(c.Node)
	r := t.rangeAround(loc)
	if r == nil {
		return ""
	}
	pipe := r.Pipe.String()
	field := strings.TrimPrefix(funcName(lastArg(r.Pipe)), ".")
	ref, ok := refs[field]
	if f, found := reflect.TypeFor[model.Paper]().FieldByName(ref.refs); !ok || !found || f.Type.Elem() != want || !strings.HasSuffix(pipe, "."+field) {
		return ""
	}
	return fmt.Sprintf(".%s are %s (strings), not %s: range over .%s, the %s, in their place: write {{range %s}}", field, ref.what, ref.things, ref.refs, ref.things, strings.TrimSuffix(pipe, field)+ref.refs)
}

// givesInstead returns the call of d's partial rewritten to give it the
// one field of the dot its first call gives that is of the type the
// built-in theme gives it ({{template "paper-list" .Papers}} for a day
// inside {{with .Day}}); "" when the dot has no such field or several, is
// the page (whose lists are empty on most kinds of page), or the call's
// argument is not a plain field chain.
func (t *templates) givesInstead(d *dotMismatch) string {
	c := d.calls[0]
	if d.takes == nil || c.Dot == nil || c.Dot == reflect.TypeFor[*Page]() {
		return ""
	}
	s := diag.StructOf(c.Dot)
	if s == nil {
		return ""
	}
	var names []string
	for _, f := range reflect.VisibleFields(s) {
		if f.IsExported() && f.Type == d.takes {
			names = append(names, f.Name)
		}
	}
	arg := argText(c)
	if len(names) != 1 || !plainArgRE.MatchString(arg) {
		return ""
	}
	if arg == "." {
		arg = ""
	}
	return t.callWith(c, d.first.Template, arg+"."+names[0])
}

// plainArgRE matches an argument that is the dot, a field chain or a
// variable's.
var plainArgRE = regexp.MustCompile(`^(\.|\$?\w*(\.\w+)*)$`)

// argText is the argument of the call c that is its partial's dot, as
// written.
func argText(c tmplcheck.Call) string {
	if tn, ok := c.Node.(*parse.TemplateNode); ok {
		if tn.Pipe == nil {
			return ""
		}
		return tn.Pipe.String()
	}
	return c.Node.String()
}

// callWith returns the call c of the partial name written with expr as
// its dot, in the call's own form ({{template "x" expr}}, {{cached "x"
// expr key…}}, {{card expr}}); "" for authorNames, which takes a list.
func (t *templates) callWith(c tmplcheck.Call, name, expr string) string {
	switch c.Func {
	case "":
		return fmt.Sprintf("{{template %q %s}}", name, expr)
	case "authorNames":
		return ""
	}
	cmd := commandOf(c)
	if cmd == nil {
		return fmt.Sprintf("{{%s %s}}", c.Func, expr)
	}
	args := make([]string, len(cmd.Args))
	for i, a := range cmd.Args {
		args[i] = a.String()
		if a == c.Node {
			args[i] = expr
		}
	}
	return "{{" + strings.Join(args, " ") + "}}"
}

// commandOf returns the command of c's tree that has c's node as an
// argument (the call of cached or card), or nil.
func commandOf(c tmplcheck.Call) *parse.CommandNode {
	var found *parse.CommandNode
	tmplwalk.Walk(c.Tree.Root, func(n parse.Node) {
		if cmd, ok := n.(*parse.CommandNode); ok && found == nil && slices.Contains(cmd.Args, c.Node) {
			found = cmd
		}
	})
	return found
}

// dotWords names a value of type t for a curator: "a list of papers
// ([]*model.Paper)", "the page".
func dotWords(t reflect.Type) string {
	if t == reflect.TypeFor[*Page]() {
		return "the page"
	}
	if w := diag.KindWords(t); w != "" && w != "a list" && w != "a map" {
		return w + " (" + t.String() + ")"
	}
	return diag.Article(t.String())
}

// callText is the text of the call c, whose node's context is ctx:
// {{template "x" .}} as it is, or the function's call with its dot
// ({{card .}}, {{cached … .Paper …}}, {{authorNames .AuthorRefs …}}).
func callText(c tmplcheck.Call, ctx string) string {
	switch c.Func {
	case "":
		return ctx
	case "cached":
		if cmd := commandOf(c); cmd != nil {
			return "{{" + cmd.String() + "}}" // as written, its keys too
		}
		return fmt.Sprintf("{{cached … %s …}}", ctx)
	case "authorNames":
		if strings.Contains(ctx, " ") {
			ctx = "(" + ctx + ")"
		}
		return fmt.Sprintf("{{authorNames %s …}}", ctx)
	}
	return fmt.Sprintf("{{%s %s}}", c.Func, ctx)
}

// builtinArg returns the argument the built-in theme's file of the same
// path as file gives the template name in its {{template}}, or "".
func (t *templates) builtinArg(file, name string) string {
	arg := ""
	for _, tree := range t.builtinTrees(file) {
		tmplwalk.Walk(tree.Root, func(n parse.Node) {
			if tn, ok := n.(*parse.TemplateNode); ok && tn.Name == name && tn.Pipe != nil && arg == "" {
				arg = tn.Pipe.String()
			}
		})
	}
	return arg
}

// builtinTrees returns the trees of the built-in theme's file, by the
// names of the templates it defines (its top level by the file's path),
// parsed without its functions; nil when there is no such file or it
// does not parse.
func (t *templates) builtinTrees(file string) map[string]*parse.Tree {
	return fileTrees(t.theme.builtin, file)
}

// fileTrees returns the trees of fsys's template file, by the names of
// the templates it defines (its top level by the file's path), parsed
// without its functions; nil when there is no such file or it does not
// parse.
func fileTrees(fsys fs.FS, file string) map[string]*parse.Tree {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil
	}
	trees := map[string]*parse.Tree{}
	tree := parse.New(file)
	tree.Mode = parse.SkipFuncCheck
	if _, err := tree.Parse(string(src), "", "", trees); err != nil {
		return nil
	}
	return trees
}

// noDotErrors reports each {{template "name"}} written without a value,
// in a file of the site's theme or of a template of the site's own,
// whose template reads its dot: it runs on nil, where a range over its
// dot shows nothing and a field of it fails only on the page. calls
// returns the calls of a template by every checker.
func (t *templates) noDotErrors(calls func(string) []tmplcheck.Call) []error {
	var out []error
	seen := map[string]bool{}
	for _, tt := range defines(t.parts) {
		name := tt.Name()
		var read parse.Node
		for _, c := range calls(name) {
			tn, ok := c.Node.(*parse.TemplateNode)
			if !ok || tn.Pipe != nil {
				continue
			}
			loc, ctx := c.Tree.ErrorContext(tn)
			file, line := splitLocation(loc)
			if seen[loc] || !(t.theme.inSite(file) || t.theme.inSite(tt.Tree.ParseName)) {
				continue
			}
			seen[loc] = true
			if read == nil {
				if read = dotRead(tt.Tree.Root); read == nil {
					break
				}
			}
			readLoc, readCtx := tt.Tree.ErrorContext(read)
			if r, ok := read.(*parse.RangeNode); ok {
				readCtx = "{{range " + r.Pipe.String() + "}}"
			}
			rf, rl := splitLocation(readLoc)
			give := "give it what it shows in the call"
			if arg := t.builtinArg(file, name); arg != "" {
				give = fmt.Sprintf("give it what it shows, as the built-in %s does ({{template %q %s}})", file[strings.LastIndexByte(file, '/')+1:], name, arg)
			}
			out = append(out, t.atHint(file, line, fmt.Sprintf("%s gives %q no value, but it reads its dot (%s, %s:%d), which is then nil: a range over it shows nothing and a field of it fails", ctx, name, readCtx, t.theme.origin(rf), rl), give))
		}
	}
	return out
}

// dotRead returns the first node of the list l that reads the dot the
// template is given (a field of it, the dot itself, or $), outside the
// bodies of with and range, which have their own: the range node of a
// {{range .}}; nil for none.
func dotRead(l *parse.ListNode) parse.Node {
	if l == nil {
		return nil
	}
	inPipe := func(p *parse.PipeNode) parse.Node {
		var found parse.Node
		if p != nil {
			tmplwalk.Walk(p, func(n parse.Node) {
				switch v := n.(type) {
				case *parse.FieldNode, *parse.DotNode:
				case *parse.VariableNode:
					if v.Ident[0] != "$" {
						return
					}
				default:
					return
				}
				if found == nil {
					found = n
				}
			})
		}
		return found
	}
	for _, n := range l.Nodes {
		var found parse.Node
		switch n := n.(type) {
		case *parse.ActionNode:
			found = inPipe(n.Pipe)
		case *parse.TemplateNode:
			found = inPipe(n.Pipe)
		case *parse.IfNode:
			if found = inPipe(n.Pipe); found == nil {
				if found = dotRead(n.List); found == nil {
					found = dotRead(n.ElseList)
				}
			}
		case *parse.WithNode:
			if found = inPipe(n.Pipe); found == nil {
				found = dotRead(n.ElseList)
			}
		case *parse.RangeNode:
			if found = inPipe(n.Pipe); found == nil {
				found = dotRead(n.ElseList)
			} else if _, ok := found.(*parse.DotNode); ok {
				found = n // {{range .}}
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}
