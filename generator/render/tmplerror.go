package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	texttemplate "text/template"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// The template errors of a theme, traced back to the theme file and line
// at fault: a parse error, an execution error (the innermost one, when a
// cached partial or a card fails inside the page that shows it), a call
// of a template nobody defines, and html/template's escaping complaints
// (escape.go).

// noTemplateError is the error of {{cached "name" …}} for a name no
// template file defines.
type noTemplateError struct{ name string }

func (e *noTemplateError) Error() string { return fmt.Sprintf("no such template %q", e.name) }

// tmplErrRE matches text/template's "template: name:line:col: msg" and
// html/template's "html/template:name:line:col: msg".
var tmplErrRE = regexp.MustCompile(`(?s)^(?:html/)?template: ?([^:]+):(\d+)(?::(\d+))?: (.*)$`)

// templateError turns a text/template or html/template error into path:line form.
func (t *templates) templateError(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var differs *cachedDiffersError
	if errors.As(err, &differs) && t.base != nil {
		if tt := t.base.Lookup(differs.name); tt != nil && tt.Tree != nil {
			return diag.Errorf(t.theme.origin(tt.Tree.ParseName), t.lineOf(tt), "template error: %s", differs)
		}
	}
	missing, inner := innermost(err)
	m := tmplErrRE.FindStringSubmatch(inner.Error())
	if missing != nil && m != nil {
		line, _ := strconv.Atoi(m[2])
		return t.noTemplate(missing.name, m[1], line, templateNames(t.base))
	}
	var te *template.Error
	if errors.As(inner, &te) && t.base != nil {
		return t.placeEscapeError(t.base, te)
	}
	if m != nil {
		line, _ := strconv.Atoi(m[2])
		msg, hint := t.rangeOver(m[4])
		if h := dateText(msg); h != "" {
			hint = h
		}
		if h := unknownDateHint(msg); h != "" {
			hint = h
		}
		if h := t.extraCompareHint(msg); h != "" {
			hint = h
		}
		if out, h := diag.IndexWords(msg); h != "" {
			msg, hint = out, h
		}
		if m[3] != "" {
			loc := m[1] + ":" + m[2] + ":" + m[3]
			words, h := t.argHint(loc, msg)
			if msg += words; h != "" {
				hint = h
			}
			if h := t.refsHint(loc, msg); h != "" {
				hint = h
			}
		}
		return t.atHint(m[1], line, msg, hint)
	}
	var ee texttemplate.ExecError
	if errors.As(inner, &ee) && t.base != nil {
		if tt := t.base.Lookup(ee.Name); tt != nil && tt.Tree != nil {
			return t.at(tt.Tree.ParseName, 0, inner.Error())
		}
	}
	return fmt.Errorf("template error: %s", err)
}

// errorList returns templateError(err) as a diag.List, the form of every
// other template error of a build.
func (t *templates) errorList(err error) error {
	e := t.templateError(err)
	var one *diag.Error
	if !errors.As(e, &one) {
		return e
	}
	return diag.List{one}
}

// at returns the template error msg at line of the theme file name.
func (t *templates) at(name string, line int, msg string) *diag.Error {
	return t.atHint(name, line, msg, "")
}

// atHint is at with hint, what to write, when the caller knows it.
func (t *templates) atHint(name string, line int, msg, hint string) *diag.Error {
	return diag.Errorf(t.theme.origin(name), line, "template error: %s", t.fix(msg, name, hint))
}

// innermost returns the innermost template error err wraps: a page that
// shows a cached partial or a card fails with the partial's error inside
// its own, and the partial's is the one that names the mistake. When a
// cached call names no template, it returns that as missing, and the
// error of the call as inner.
func innermost(err error) (missing *noTemplateError, inner error) {
	inner = err
	for e := err; e != nil; e = errors.Unwrap(e) {
		switch x := e.(type) {
		case texttemplate.ExecError, *template.Error:
			inner = e
		case *noTemplateError:
			return x, inner
		}
	}
	return nil, inner
}

// fix joins the template error msg in the theme file name and what to do
// about it (diag.TemplateFix): hint, when it is not ""; for a field or
// function no template has, the nearest one that exists (or, for a Hugo
// habit, what takes its place); and, for a file that replaces a built-in
// one, unless the fix is a name to correct, that removing it restores the
// built-in one. A field a value lacks is said in a curator's words
// (diag.FieldWords): what the template wrote, and what to write with
// what it holds; the page's type is named as the README names it.
func (t *templates) fix(msg, name, hint string) string {
	if hint == "" && t.theme.inSite(name) {
		hint = pageHint(msg, name, diag.TemplateHint(msg, t.funcs, t.types...))
	}
	shown, hint := diag.FieldWords(msg, hint, t.types...)
	shown = strings.ReplaceAll(shown, "a page (*render.Page)", "the page") // what the README calls it
	shown = strings.ReplaceAll(shown, "in type *render.Page", "of the page")
	switch {
	case t.theme.site == nil:
		return shown + "; the built-in theme fails on this site; please report it"
	case !t.theme.inSite(name) && strings.Contains(msg, "has plural forms in "):
		return shown + "; this built-in template shows it without a count"
	case !t.theme.inSite(name):
		return shown + "; this built-in template fails with your theme's templates: check the partials of your theme that it uses"
	}
	undo := ""
	if (overlay{builtin: t.theme.builtin}).exists(name) {
		undo = "remove the override to use the built-in one"
	}
	if hint == "" {
		hint = nilHint(msg)
	}
	return diag.TemplateFix(shown, hint, "fix the template", undo)
}

// noTemplate explains a call, at line of the theme file name, of the
// template called that no template file defines: at the file that
// replaced the built-in file defining it, or with the nearest of defined.
func (t *templates) noTemplate(called, name string, line int, defined []string) *diag.Error {
	if l, ok := t.lost[called]; ok {
		return t.lostError(called, l, fmt.Sprintf("%s:%d uses", t.theme.origin(name), line))
	}
	origin := t.theme.origin(name)
	if err := t.pagesDefine(called, origin, line, name); err != nil {
		return err
	}
	// A file's path, as Hugo's partial takes: the name is its {{define}}'s.
	if bare := strings.TrimSuffix(path.Base(called), ".html"); bare != called && bare != "" {
		const byDefine = "a template is named by its {{define}}, not by its file's path"
		if slices.Contains(defined, bare) {
			return diag.Errorf(origin, line, "template error: no such template %q: %s; did you mean %q?", called, byDefine, bare)
		}
		if s := diag.Suggest(bare, defined); s != "" {
			return diag.Errorf(origin, line, "template error: no such template %q: %s; did you mean %q?", called, byDefine, s)
		}
		return diag.Errorf(origin, line, "template error: no such template %q: %s; define it in a file of %s/templates/partials/ ({{define %q}}…{{end}}) and call it by that name, or correct the name", called, byDefine, t.dir, bare)
	}
	if s := diag.Suggest(called, defined); s != "" {
		return diag.Errorf(origin, line, "template error: no such template %q; did you mean %q?", called, s)
	}
	if f := t.unreadPartial(called); f != "" {
		at := t.theme.origin(f)
		return diag.Errorf(origin, line, "template error: no such template %q: %s may define it, but partials are read only from files ending .html; rename it %s.html", called, at, strings.TrimSuffix(at, path.Ext(f)))
	}
	return diag.Errorf(origin, line, "template error: no such template %q; define it in a file of %s/templates/partials/ ({{define %q}}…{{end}}), or correct the name", called, t.dir, called)
}

// pagesDefine explains a call, at origin:line of the shared file name
// (base.html or a partial, which every page runs), of the template
// called that some page templates define and the others do not, as when
// only paper.html defines the "title" base.html runs: the name is right,
// and a {{block}} in the call's place gives the other pages a default.
// It is nil when no page template defines called, or name is one itself.
func (t *templates) pagesDefine(called, origin string, line int, name string) *diag.Error {
	if path.Dir(name) == "templates" && slices.Contains(pageKinds, strings.TrimSuffix(path.Base(name), ".html")) {
		return nil
	}
	var files, defining, others []string
	for _, kind := range pageKinds {
		if file := "templates/" + kind + ".html"; fileTrees(t.theme, file)[called] != nil {
			files, defining = append(files, t.theme.origin(file)), append(defining, kind+".html")
		} else {
			others = append(others, kind)
		}
	}
	if len(defining) == 0 || len(others) == 0 {
		return nil
	}
	pages := textutil.List(others) + " pages"
	if len(others) > 3 {
		pages = strings.Join(others[:3], ", ") + " and " + textutil.Plural(len(others)-3, "other kind", "other kinds") + " of page"
	}
	verb := "defines"
	if len(defining) > 1 {
		verb = "define"
	}
	return diag.Errorf(origin, line, "template error: no such template %q on %s: %s %s it, the other page templates do not; write {{block %q .}}…{{end}} here in its place, a default for those pages that the {{define %q}} of %s overrides",
		called, pages, textutil.List(files), verb, called, called, textutil.List(defining))
}

// unreadPartial returns the file of the site's templates/partials/ named
// name with an ending other than .html (name.tmpl), which the build does
// not read, or "".
func (t *templates) unreadPartial(name string) string {
	files, _ := t.theme.files("templates/partials")
	for _, f := range files {
		if t.theme.inSite(f) && path.Ext(f) != ".html" && strings.TrimSuffix(path.Base(f), path.Ext(f)) == name {
			return f
		}
	}
	return ""
}

// lostError explains the template name that l's file, replacing the
// built-in file that defined it, does not define; use says what needs it.
func (t *templates) lostError(name string, l lostTemplate, use string) *diag.Error {
	origin := t.theme.origin(l.file)
	if l.near != "" {
		return diag.Errorf(origin, l.line, "defines %q but no template %q, which the built-in file it replaces defined and %s; did you mean {{define %q}}?", l.near, name, use, name)
	}
	if l.bare {
		return diag.Errorf(origin, 1, "defines no template %q, which the built-in file it replaces defined and %s; put the file's content in {{define %q}}…{{end}}", name, use, name)
	}
	return diag.Errorf(origin, 1, "defines no template %q, which the built-in file it replaces defined and %s; add a {{define %q}}…{{end}} to it, as the built-in file has", name, use, name)
}

// templateNames returns the names of the templates set defines, for
// suggestions.
func templateNames(set *template.Template) []string {
	if set == nil {
		return nil
	}
	var out []string
	for _, tt := range defines(set) {
		out = append(out, tt.Name())
	}
	return out
}

// parseError explains a template file that does not parse: for one that
// ends inside a block, at the line of the block never closed.
func (t *templates) parseError(err error, name string, src []byte) error {
	if err := t.unclosedError(err, src); err != nil {
		return err
	}
	if m := tmplErrRE.FindStringSubmatch(err.Error()); m != nil && m[4] == "unexpected EOF" {
		word, line, inner, endLine := unclosedBlock(string(src))
		switch {
		case inner != "":
			return diag.Errorf(t.theme.origin(name), line, "template error: this {{%s}} seems to lack its {{end}}: the {{end}} on line %d, indented less, closed it, so the file ends before the {{%s}}'s own {{end}}; add the {{end}} where this block should end", inner, endLine, word)
		case word != "":
			return diag.Errorf(t.theme.origin(name), line, "template error: this {{%s}} is never closed: the file ends before its {{end}}; add the {{end}} where the block should end", word)
		}
	}
	if m := tmplErrRE.FindStringSubmatch(err.Error()); m != nil {
		if hint := undefinedVar(m[4], src); hint != "" {
			line, _ := strconv.Atoi(m[2])
			return t.atHint(m[1], line, m[4], hint)
		}
	}
	return t.templateError(err)
}

// unclosedError explains err, the parse error of a template file,
// src, that has an action never closed with }} ({{if .Paper and then
// markup) on or before the line of the error: at the action's line, not
// as what the markup after it is not ("unexpected "<" in operand", which
// reads as an operator); nil for any other error. An action closed with
// one } is told by TemplateHint at that }.
func (t *templates) unclosedError(err error, src []byte) error {
	m := tmplErrRE.FindStringSubmatch(err.Error())
	if m == nil || strings.Contains(m[4], `"}"`) || strings.Contains(m[4], "U+007D") {
		return nil
	}
	errLine, _ := strconv.Atoi(m[2])
	line, text := unclosedAction(string(src))
	if line == 0 || line > errLine {
		return nil
	}
	what := fmt.Sprintf("what follows it is read as part of it (%s)", m[4])
	if errLine > line {
		what = fmt.Sprintf("what follows it is read as part of it (line %d: %s)", errLine, m[4])
	}
	return t.atHint(m[1], line, fmt.Sprintf("the action %s opened on line %d is never closed with }}, so %s", text, line, what), "end it with }}")
}

// foreignTagRE matches a tag of Tera (Zola), Liquid (Jekyll) or Jinja:
// {% extends "base.html" %}, {%- for p in pages -%}, {% endif %}.
var foreignTagRE = regexp.MustCompile(`\{%-?\s*(extends|block|endblock|for|endfor|if|elif|elsif|else|endif|include|import|macro|endmacro|set|raw|endraw|filter|endfilter|with|endwith|break|continue|assign|capture|endcapture|unless|endunless|case|when|comment|endcomment|highlight|endhighlight|seo|feed_meta|end)\b[^%\n]*-?%\}`)

// foreignSyntax refuses the template file name, src, when it holds a tag
// of another generator's template language, a Zola or Jekyll theme's file
// moved over: a Go template shows it as text, or fails to parse on its
// {{ page.title | safe }} with a message about functions.
func (t *templates) foreignSyntax(name string, src []byte) error {
	loc := foreignTagRE.FindIndex(src)
	if loc == nil {
		return nil
	}
	tag := string(src[loc[0]:loc[1]])
	also := ""
	if n := len(foreignTagRE.FindAllIndex(src, -1)); n > 1 {
		also = fmt.Sprintf(" (and %d more such tags)", n-1)
	}
	return diag.Errorf(t.theme.origin(name), 1+bytes.Count(src[:loc[0]], []byte("\n")),
		"%s%s is Tera's (Zola's) or Liquid's (Jekyll's) template syntax, which a Go template would show as text: Paperboy's templates are Go's html/template ({{define \"main\"}}…{{end}}, {{range .Papers}}, {{template \"name\" .}}; see Themes in the README); "+
			"move this file aside, copy the built-in one with paperboy new theme %s %s, and bring your markup into it (write {{\"{%%\"}} for a {%% meant as text)",
		tag, also, strings.TrimPrefix(t.dir, "themes/"), name)
}

// wrongTypeRE matches text/template's complaint about an argument.
var wrongTypeRE = regexp.MustCompile(`wrong type for value; expected (\S+); got (\S+)`)

// argHint names the function (or method) whose argument at loc ("file:line:col")
// msg says is of the wrong type, which text/template leaves out: the
// words to add to msg and, when the call's two arguments are the other
// way round ({{truncate .Title 80}}, Hugo's order), the call to write.
func (t *templates) argHint(loc, msg string) (words, hint string) {
	m := wrongTypeRE.FindStringSubmatch(msg)
	if m == nil {
		return "", ""
	}
	file, _ := splitLocation(loc)
	var call *parse.CommandNode
	at := 0
	for _, tree := range t.trees[file] {
		tmplwalk.Walk(tree.Root, func(n parse.Node) {
			cmd, ok := n.(*parse.CommandNode)
			if !ok || call != nil {
				return
			}
			for i, arg := range cmd.Args {
				if l, _ := tree.ErrorContext(arg); l == loc {
					call, at = cmd, i
				}
			}
		})
	}
	if call == nil {
		return "", ""
	}
	fn := funcName(call.Args[0])
	if fixed := t.swapped(call, at, m[2]); fixed != "" {
		ft := t.sigs[fn]
		return fmt.Sprintf(" (%s takes %s first, then %s: %s and %s are the other way round)", fn, diag.Article(ft.In(0).String()), diag.Article(ft.In(1).String()), call.Args[1], call.Args[2]),
			"write " + fixed
	}
	words = fmt.Sprintf(" (%s takes %s, not %s)", fn, diag.Article(m[1]), diag.Article(m[2]))
	if text := diag.TextField(call.Args[at].String()); text != "" && m[1] == "string" && m[2] == "template.HTML" {
		return words, fmt.Sprintf("%s is HTML; its plain text is %s: write {{%s}}", call.Args[at], text, strings.Replace(call.String(), call.Args[at].String(), text, 1))
	}
	return words, ""
}

// swapped returns call, a call of a function of two arguments whose
// argument at (1 or 2) is of the type got, which it does not take there,
// written with the two the other way round ({{truncate 80 .Title}}),
// when each then is of the type the function takes where it stands; ""
// when not, or not known.
func (t *templates) swapped(call *parse.CommandNode, at int, got string) string {
	ft := t.sigs[funcName(call.Args[0])]
	if ft == nil || len(call.Args) != 3 || ft.NumIn() != 2 || ft.IsVariadic() {
		return ""
	}
	other := call.Args[3-at]
	if ft.In(2-at).String() != got || !takesArg(ft.In(at-1), other) {
		return ""
	}
	return fmt.Sprintf("{{%s %s %s}}", call.Args[0], call.Args[2], call.Args[1])
}

// takesArg reports whether the operand n, a constant or a field whose
// type is known (fieldType), is of a kind or type a parameter of type
// param takes.
func takesArg(param reflect.Type, n parse.Node) bool {
	switch n := n.(type) {
	case *parse.NumberNode:
		switch param.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			return n.IsInt
		case reflect.Float32, reflect.Float64:
			return n.IsFloat
		}
		return false
	case *parse.StringNode:
		return param.Kind() == reflect.String
	case *parse.BoolNode:
		return param.Kind() == reflect.Bool
	}
	return fieldType(n.String()) == param.String()
}

// signatures returns the type of each function of funcs, by name.
func signatures(funcs map[string]any) map[string]reflect.Type {
	out := make(map[string]reflect.Type, len(funcs))
	for name, f := range funcs {
		if ft := reflect.TypeOf(f); ft != nil && ft.Kind() == reflect.Func {
			out[name] = ft
		}
	}
	return out
}

// dataTypes are the types page templates see, for suggesting the field
// or method a template error message says a value lacks.
var dataTypes = []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[Pager](), reflect.TypeFor[PagerLink](), reflect.TypeFor[Feed](),
	reflect.TypeFor[model.Site](), reflect.TypeFor[model.Config](), reflect.TypeFor[model.TopicConfig](), reflect.TypeFor[model.Newsletter](),
	reflect.TypeFor[model.Paper](), reflect.TypeFor[model.Day](), reflect.TypeFor[model.Week](), reflect.TypeFor[model.Month](),
	reflect.TypeFor[model.Topic](), reflect.TypeFor[model.Author](), reflect.TypeFor[model.Organization]()}

// reachable returns dataTypes and every named struct type a template can
// reach from them or from the results of funcs, through fields, methods,
// pointers, lists and maps (render.AuthorGroup from authorIndex): the
// types whose fields a mistake's nearest name is drawn from. It is
// computed once a build.
func reachable(funcs map[string]any) []reflect.Type {
	var out []reflect.Type
	seen := map[reflect.Type]bool{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t.Name() == "" || seen[t] {
			return
		}
		seen[t] = true
		out = append(out, t)
		for f := range t.Fields() {
			if f.IsExported() {
				visit(f.Type)
			}
		}
		for m := range reflect.PointerTo(t).Methods() {
			for r := range m.Type.Outs() {
				visit(r)
			}
		}
	}
	for _, t := range dataTypes {
		visit(t)
	}
	for _, name := range slices.Sorted(maps.Keys(funcs)) {
		if ft := reflect.TypeOf(funcs[name]); ft != nil && ft.Kind() == reflect.Func {
			for r := range ft.Outs() {
				visit(r)
			}
		}
	}
	return out
}
