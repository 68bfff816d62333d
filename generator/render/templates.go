package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// pageKinds are the page templates a theme provides, each in templates/<kind>.html.
var pageKinds = []string{"home", "day", "week", "month", "archive", "paper", "topics", "topic", "authors", "author", "organizations", "organization", "feeds", "search", "subscribe", "page", "404"}

// templates holds every page template, each its own clone of the shared base.
//
// The shared base is templates/base.html and every file of
// templates/partials/; a file of the site's theme replaces the built-in
// file at the same path, and no two files of the shared base may define
// the same template name (a page template's own {{define}} replaces a
// shared one on that page only, as paper.html fills base.html's
// {{block "head"}}).
type templates struct {
	pages pageSets
	item  *template.Template // the "paper-item" partial, for cards
	parts *template.Template // base and every partial, for cached partials
	base  *template.Template // the shared base, never executed: for tracing errors back to their file
	theme overlay
	dir   string                  // the site's theme folder, for messages
	funcs []string                // the functions templates may call, for messages
	sigs  map[string]reflect.Type // the types of those functions, for messages
	types []reflect.Type          // the types templates may meet, for messages (reachable)
	// trees are the parse trees of each template file, by its path.
	trees map[string][]*parse.Tree
	// lost are the templates a built-in partial file defines that the
	// site's file replacing it does not, and no other file defines.
	lost map[string]lostTemplate
	// cfg is the site the build renders, for messages that name where a
	// value of its site.yaml is set; nil when none.
	cfg *model.Config
	// site is the site the build renders, for messages that name the
	// source whose extra: value a template fails on; nil when none.
	site *model.Site
	// warnings are what the theme's templates lose without an error
	// (citationless, listedCard).
	warnings diag.List
}

// lostTemplate is a template that a site's theme file, replacing the
// built-in file that defined it, leaves undefined.
type lostTemplate struct {
	file string // the replacing file, templates/partials/x.html
	near string // a template the file defines instead whose name is close, or ""
	line int    // the line of near's {{define}}, or 1
	bare bool   // the file defines no template at all
}

// definition is where a {{define}} (or {{block}}) of a shared file is.
type definition struct {
	file string // slash path in the theme
	line int
	site bool // in the site's theme rather than the built-in one
}

// parseTemplates parses templates/base.html and templates/partials/* once
// into a base set, then clones it for every page template, and checks
// them. funcs are needed for their names and types alone: loadTemplates
// passes stand-ins and installs a build's own on its clones.
func parseTemplates(th overlay, funcs template.FuncMap) (*templates, error) {
	t := &templates{pages: pageSets{kinds: map[string]*template.Template{}}, theme: th, dir: th.site.Dir(),
		funcs: slices.Sorted(maps.Keys(funcs)), sigs: signatures(funcs), types: reachable(funcs), trees: map[string][]*parse.Tree{}}
	base, err := t.loadBase(funcs)
	if err != nil {
		return nil, err
	}
	t.base = base
	var errs diag.List
	if t.theme.inSite("templates/base.html") && !baseRuns(base, "main", "") {
		errs.Add(t.theme.origin("templates/base.html"), t.lineOf(base.Lookup("base")),
			"the base never runs \"main\", the template each page defines for its content, so every page would be its header and footer alone; add {{template \"main\" .}} inside <main>")
	}
	headless := t.theme.inSite("templates/base.html") && !runsHead(base)
	if headless {
		errs.Add(t.theme.origin("templates/base.html"), t.lineOf(base.Lookup("base")),
			"the base never runs the \"head\" block, so paper pages would lose their citation tags and JSON-LD (what Google Scholar and Zotero read); add {{block \"head\" .}}{{end}} inside <head>")
	}
	items, err := base.Clone()
	if err != nil {
		return nil, err
	}
	t.parts = items
	if t.item = items.Lookup("paper-item"); t.item == nil {
		return nil, t.noPaperItem()
	}
	lost := map[string][]string{} // the pages' calls of templates t.lost has, by name
	var shared map[string]bool    // the partials pages take from the partials alone (sharedPartials), of base's templates
	if th.site != nil {
		shared = map[string]bool{"paper-item": true}
		for _, tt := range base.Templates() {
			sharedPartials(tt.Tree, shared)
		}
	}
	for _, kind := range pageKinds {
		name := "templates/" + kind + ".html"
		clone, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if err := t.parse(clone, name, th); err != nil {
			errs.Append(err)
			continue
		}
		t.keepTrees(clone, name)
		if clone.Lookup("main") == nil {
			errs.Append(t.noMain(clone, name))
			continue
		}
		if th.site != nil && t.theme.inSite(name) {
			errs.Append(t.cachedRedefined(base, name, shared))
		}
		if th.site != nil { // the built-in theme is known to escape
			if err := t.escapeError(clone, lost); err != nil {
				errs.Append(err)
				continue
			}
		}
		if kind == "paper" && !headless {
			t.warnings.Append(t.citationless(clone, name))
		}
		t.pages.kinds[kind] = clone.Lookup("base")
	}
	for _, name := range slices.Sorted(maps.Keys(lost)) {
		use := textutil.List(lost[name]) + " use"
		if len(lost[name]) == 1 {
			use += "s"
		}
		errs.Append(t.lostError(name, t.lost[name], use))
	}
	if e := t.listedCard(); e != nil {
		t.warnings = append(t.warnings, e)
	}
	errs.Append(t.checkRecursion())
	errs.Append(t.checkFields(funcs))
	return t, errs.Err()
}

// cachedRedefined reports each template that the page file name defines
// (its trees, keepTrees's) over one of base's that pages show through the
// cache of partials ({{cached "topic-link" …}}) or as a list's card
// (paper-item), which take it from base: the page's definition would
// never be used. shared has the names base's templates run so; the
// page's own calls are added to a copy.
func (t *templates) cachedRedefined(base *template.Template, name string, shared map[string]bool) error {
	trees := t.trees[name]
	shared = maps.Clone(shared)
	for _, tree := range trees {
		sharedPartials(tree, shared)
	}
	defined := map[string]*parse.Tree{}
	for _, tree := range trees {
		defined[tree.Name] = tree
	}
	var errs diag.List
	for _, n := range slices.Sorted(maps.Keys(defined)) {
		if n == name || !shared[n] || base.Lookup(n) == nil {
			continue
		}
		_, line := nodeLine(defined[n].Root)
		errs.Add(t.theme.origin(name), line, "this file defines %q, which pages take from the partials ({{cached %q …}}, or a list's card), so its definition here is never used; move it to %s/templates/partials/%s.html, where it replaces the built-in one on every page", n, n, t.dir, n)
	}
	return errs.Err()
}

// sharedPartials adds to shared the name of each partial that tree runs
// through the cache of partials ({{cached "name" …}}).
func sharedPartials(tree *parse.Tree, shared map[string]bool) {
	if tree == nil {
		return
	}
	tmplwalk.Walk(tree.Root, func(n parse.Node) {
		c, ok := n.(*parse.CommandNode)
		if !ok || len(c.Args) < 2 {
			return
		}
		if id, ok := c.Args[0].(*parse.IdentifierNode); ok && id.Ident == "cached" {
			if s, ok := c.Args[1].(*parse.StringNode); ok {
				shared[s.Text] = true
			}
		}
	})
}

// loadBase parses the shared base: templates/base.html and every partial,
// each file on its own first so that a name two files define is an
// error, not a silent choice by file order.
func (t *templates) loadBase(funcs template.FuncMap) (*template.Template, error) {
	shared, err := t.theme.partials()
	if err != nil {
		return nil, err
	}
	base := template.New("").Funcs(funcs)
	defs := map[string][]definition{}
	var errs diag.List
	for _, name := range append([]string{"templates/base.html"}, shared...) {
		one := template.New("").Funcs(funcs)
		if err := t.parse(one, name, t.theme); err != nil {
			errs.Append(err)
			continue
		}
		t.keepTrees(one, name)
		site := t.theme.inSite(name)
		for _, tt := range defines(one) {
			defs[tt.Name()] = append(defs[tt.Name()], definition{file: name, line: t.lineOf(tt), site: site})
		}
		for _, tt := range one.Templates() {
			if tt.Tree == nil {
				continue
			}
			if _, err := base.AddParseTree(tt.Name(), tt.Tree); err != nil {
				errs.Append(t.templateError(err))
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(defs)) {
		errs.Append(t.definedTwice(name, defs[name]))
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	t.lost = t.lostTemplates(shared, funcs, defs)
	if base.Lookup("base") == nil {
		return nil, t.noBase(defs)
	}
	return base, nil
}

// definedTwice returns an error when more than one shared file defines the
// template name: at each of the site's files, naming the first other
// file. A site's file replaces the built-in file at its own path, never a
// name in another file, so which definition a page gets never depends on
// the order of the files.
func (t *templates) definedTwice(name string, defs []definition) error {
	if len(defs) < 2 {
		return nil
	}
	first := defs[0]
	if i := slices.IndexFunc(defs, func(d definition) bool { return !d.site }); i >= 0 {
		first = defs[i] // the built-in one, which the site's files clash with
	} else if i := slices.IndexFunc(defs, func(d definition) bool { return d.file == "templates/partials/"+name+".html" }); i >= 0 {
		first = defs[i] // the file named after it
	}
	var errs diag.List
	for _, d := range defs {
		if d == first || !d.site {
			continue
		}
		at := t.theme.origin(first.file)
		if first.line > 0 {
			at = fmt.Sprintf("%s:%d", at, first.line)
		}
		fix := "keep one of them, or rename one (and the {{template}} or cached calls that use it)"
		if !first.site {
			fix = fmt.Sprintf("to replace the built-in one, put yours in %s/%s instead; else rename yours", t.dir, first.file)
		}
		errs.Add(t.theme.origin(d.file), d.line, "template %q is defined here and in %s; %s", name, at, fix)
	}
	return errs.Err()
}

// lostTemplates finds the templates that a built-in partial file defines
// and the site's file replacing it does not, when no other file does
// either: a template (or cached) call of one of them is explained at the
// replacing file.
func (t *templates) lostTemplates(shared []string, funcs template.FuncMap, defs map[string][]definition) map[string]lostTemplate {
	lost := map[string]lostTemplate{}
	builtin := overlay{builtin: t.theme.builtin}
	for _, name := range shared {
		if !t.theme.inSite(name) || !builtin.exists(name) {
			continue
		}
		was := template.New("").Funcs(funcs)
		if t.parse(was, name, builtin) != nil {
			continue
		}
		mine := definedIn(defs, name)
		bare := len(mine) == 0
		// What the site's file defines instead.
		mine = slices.DeleteFunc(mine, func(n string) bool { return was.Lookup(n) != nil })
		for _, tt := range defines(was) {
			if len(defs[tt.Name()]) > 0 {
				continue
			}
			l := lostTemplate{file: name, line: 1, bare: bare}
			if l.near = diag.Suggest(tt.Name(), mine); l.near != "" {
				l.line = defs[l.near][0].line
			}
			lost[tt.Name()] = l
		}
	}
	return lost
}

// noBase explains a base.html that defines no "base", the template every
// page is executed as.
func (t *templates) noBase(defs map[string][]definition) error {
	const name = "templates/base.html"
	defined := definedIn(defs, name)
	origin := t.theme.origin(name)
	if s := diag.Suggest("base", defined); s != "" {
		return diag.List{diag.Errorf(origin, defs[s][0].line, "the base defines %q, but every page is executed as \"base\"; name it {{define \"base\"}}", s)}
	}
	also := ""
	if len(defined) > 0 {
		also = fmt.Sprintf(" (it defines %s)", quoteList(defined))
	}
	return diag.List{diag.Errorf(origin, 1, "the base defines no \"base\", the template every page is executed as%s; wrap the page's HTML in {{define \"base\"}}…{{end}}, with {{template \"main\" .}} where each page's content goes", also)}
}

// definedIn returns the names of the templates that the shared file
// defines, sorted.
func definedIn(defs map[string][]definition, file string) []string {
	var out []string
	for n, ds := range defs {
		if slices.ContainsFunc(ds, func(d definition) bool { return d.file == file }) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

// runsHead reports whether the template "base" of set runs the "head"
// block, where a paper page puts its citation tags (paper.html defines
// it), itself or through a template it runs, or writes them with
// citationMeta.
func runsHead(set *template.Template) bool { return baseRuns(set, "head", "citationMeta") }

// citationless returns a warning at the site's page template name,
// parsed into set, when the paper pages it makes run no citationMeta: its
// "head" (or the base's, where it defines none) replaces the built-in
// paper.html's, which writes the paper's citation tags and JSON-LD, so
// the pages would lose what Google Scholar and Zotero read. A base that
// runs no "head" at all is runsHead's error.
func (t *templates) citationless(set *template.Template, name string) error {
	if !t.theme.inSite(name) || baseRuns(set, "", "citationMeta") {
		return nil
	}
	const fix = `{{define "head"}}{{citationMeta .Paper}}{{end}}`
	if head := set.Lookup("head"); head != nil && head.Tree != nil && head.Tree.ParseName == name {
		return diag.Errorf(t.theme.origin(name), t.lineOf(head), "this \"head\" writes no citationMeta, which the built-in paper.html's does, so paper pages would lose their citation tags and JSON-LD (what Google Scholar and Zotero read); add {{citationMeta .Paper}} to it, as in %s", fix)
	}
	return diag.Errorf(t.theme.origin(name), 0, "the page defines no \"head\", where the built-in paper.html writes citationMeta, so paper pages would lose their citation tags and JSON-LD (what Google Scholar and Zotero read); add %s", fix)
}

// baseRuns reports whether the template "base" of set runs the template
// target, itself or through a template it runs, or calls the function fn
// that does its work ("" for none).
func baseRuns(set *template.Template, target, fn string) bool {
	seen := map[string]bool{}
	var runs func(name string) bool
	runs = func(name string) bool {
		tt := set.Lookup(name)
		if name == target || seen[name] || tt == nil || tt.Tree == nil {
			return name == target
		}
		seen[name] = true
		found := false
		tmplwalk.Walk(tt.Tree.Root, func(n parse.Node) {
			switch n := n.(type) {
			case *parse.TemplateNode:
				found = found || runs(n.Name)
			case *parse.IdentifierNode:
				found = found || fn != "" && n.Ident == fn
			}
		})
		return found
	}
	return runs("base")
}

// noPaperItem explains a theme without the "paper-item" partial that
// {{card .}} shows.
func (t *templates) noPaperItem() error {
	const file = "templates/partials/paper-item.html"
	if l, ok := t.lost["paper-item"]; ok {
		return diag.List{t.lostError("paper-item", l, "{{card .}} shows for every paper")}
	}
	return diag.List{diag.Errorf(t.theme.origin(file), 1, "the theme defines no \"paper-item\", the card {{card .}} shows for every paper; define it in %s/%s", t.dir, file)}
}

// quoteList quotes each name and joins them with commas.
func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}

// pageSets hands each goroutine that renders pages a set of page templates
// of its own. text/template looks up every function a template calls under
// a lock that all templates of one set share, so workers executing the same
// set contend for it: 2% of the CPU time of a 10,000-paper build went to
// that lock's counter alone, moving between the cores' caches.
type pageSets struct {
	kinds map[string]*template.Template // by kind; never executed, so they can be cloned
	funcs template.FuncMap              // installed on each clone, when not nil
	mu    sync.Mutex
	free  []*pageSet
}

// pageSet is one goroutine's page templates, by kind, each cloned from
// its master when the goroutine first renders a page of that kind (most
// of a small site's workers render only a few kinds), and the kinds whose
// templates it has folded (see folder), which stay folded when the set is
// put back and handed to the next render.
type pageSet struct {
	from   *pageSets
	kinds  map[string]*template.Template
	folded map[string]bool
}

// get returns a set of page templates that no other goroutine holds until
// it is put back.
func (s *pageSets) get() *pageSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.free); n > 0 {
		set := s.free[n-1]
		s.free = s.free[:n-1]
		return set
	}
	return &pageSet{from: s, kinds: make(map[string]*template.Template, len(s.kinds)), folded: map[string]bool{}}
}

// kind returns the set's template of the page kind, cloning it from the
// master, with the functions installed, on first use.
func (p *pageSet) kind(kind string) (*template.Template, error) {
	if t := p.kinds[kind]; t != nil {
		return t, nil
	}
	master := p.from.kinds[kind]
	if master == nil {
		return nil, fmt.Errorf("no template for pages of kind %q", kind)
	}
	clone, err := master.Clone()
	if err != nil {
		return nil, err
	}
	if p.from.funcs != nil {
		clone.Funcs(p.from.funcs)
	}
	p.kinds[kind] = clone
	return clone, nil
}

// put gives back sets that get returned.
func (s *pageSets) put(sets ...*pageSet) {
	s.mu.Lock()
	s.free = append(s.free, sets...)
	s.mu.Unlock()
}

// noMain explains a page template (name, parsed into set) that defines no
// "main", the template base.html shows as the page's content: at the line
// of a define whose name is close to it, or else at line 1.
func (t *templates) noMain(set *template.Template, name string) error {
	var defined []string
	line := map[string]int{}
	for _, tt := range defines(set) {
		if tt.Tree.ParseName == name {
			defined = append(defined, tt.Name())
			line[tt.Name()] = t.lineOf(tt)
		}
	}
	origin := t.theme.origin(name)
	if s := diag.Suggest("main", defined); s != "" {
		return diag.Errorf(origin, line[s], "the page defines %q, but base.html shows the page's \"main\"; name it {{define \"main\"}}", s)
	}
	return diag.Errorf(origin, 1, "the page defines no \"main\", which base.html shows as its content; put the page's content in {{define \"main\"}}…{{end}}, or remove the override to use the built-in one")
}

// defines returns the templates of set that a {{define}} (or {{block}})
// made, by name: not the files' own templates.
func defines(set *template.Template) []*template.Template {
	var out []*template.Template
	for _, tt := range set.Templates() {
		if tt.Tree != nil && tt.Name() != tt.Tree.ParseName {
			out = append(out, tt)
		}
	}
	slices.SortFunc(out, func(a, b *template.Template) int { return strings.Compare(a.Name(), b.Name()) })
	return out
}

// lineOf returns the line of the theme file that defines tt where tt's
// body begins: the line of its {{define}}, for a body that starts there.
func (t *templates) lineOf(tt *template.Template) int {
	_, line := nodeLine(tt.Tree.Root)
	return line
}

// parse adds the template file name, read from fsys as diag.Text reads
// text (so a CRLF file renders as an LF one), to set.
func (t *templates) parse(set *template.Template, name string, fsys fs.FS) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return diag.Unreadable(t.theme.origin(name), "file", err)
	}
	if data, err = diag.Text(t.theme.origin(name), data); err != nil {
		return err
	}
	if err := t.foreignSyntax(name, data); err != nil {
		return err
	}
	if _, err := set.New(name).Parse(string(data)); err != nil {
		return t.parseError(err, name, data)
	}
	if err := t.outsideDefines(set, name); err != nil {
		return err
	}
	optionalStatics(set, name)
	return nil
}

// optionalStaticFunc is the name static takes in the condition of an
// {{if}} or {{with}}, where a missing file is "", not an error.
const optionalStaticFunc = "staticIfThere"

// optionalStatics renames the calls of static in the conditions of the
// {{if}} and {{with}} actions of the file name, parsed into set, to
// optionalStaticFunc: {{with static "custom.css"}} asks whether the file is
// there, where {{static "js/them.js"}} in an attribute is a typo.
func optionalStatics(set *template.Template, name string) {
	rename := func(pipe *parse.PipeNode) {
		tmplwalk.Walk(pipe, func(n parse.Node) {
			if id, ok := n.(*parse.IdentifierNode); ok && id.Ident == "static" {
				id.Ident = optionalStaticFunc
			}
		})
	}
	for _, tt := range set.Templates() {
		if tt.Tree == nil || tt.Tree.ParseName != name {
			continue
		}
		tmplwalk.Walk(tt.Tree.Root, func(n parse.Node) {
			switch n := n.(type) {
			case *parse.IfNode:
				rename(n.Pipe)
			case *parse.WithNode:
				rename(n.Pipe)
			}
		})
	}
}

// keepTrees keeps the parse trees of the theme file name, parsed into
// set, for messages.
func (t *templates) keepTrees(set *template.Template, name string) {
	var trees []*parse.Tree
	for _, tt := range set.Templates() {
		if tt.Tree != nil && tt.Tree.ParseName == name {
			trees = append(trees, tt.Tree)
		}
	}
	t.trees[name] = trees
}
