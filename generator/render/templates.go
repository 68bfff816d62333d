package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// pageKinds are the page templates a theme provides, each in templates/<kind>.html.
var pageKinds = []string{"home", "day", "week", "month", "archive", "paper", "topics", "topic", "authors", "author", "feeds", "search", "subscribe", "404"}

// templates holds every page template, each its own clone of the shared base.
type templates struct {
	pages pageSets
	item  *template.Template // the "paper-item" partial, for cards
	parts *template.Template // base and every partial, for cached partials
	theme overlay
	dir   string   // the site's theme folder, for messages
	funcs []string // the functions templates may call, for messages
}

// builtinFuncs are text/template's own functions.
var builtinFuncs = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

// loadTemplates parses templates/base.html and templates/partials/* once
// into a base set, then clones it for every page template.
func loadTemplates(th overlay, themeDir string, funcs template.FuncMap) (*templates, error) {
	t := &templates{pages: pageSets{kinds: map[string]*template.Template{}}, theme: th, dir: themeDir,
		funcs: slices.Sorted(maps.Keys(funcs))}
	base := template.New("").Funcs(funcs)
	shared, err := th.files("templates/partials")
	if err != nil {
		return nil, err
	}
	var errs diag.List
	for _, name := range append([]string{"templates/base.html"}, shared...) {
		if err := t.parse(base, name); err != nil {
			errs.Append(err)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	items, err := base.Clone()
	if err != nil {
		return nil, err
	}
	t.parts = items
	if t.item = items.Lookup("paper-item"); t.item == nil {
		return nil, fmt.Errorf("the theme defines no \"paper-item\" template; templates/partials/paper-item.html must define it")
	}
	for _, kind := range pageKinds {
		name := "templates/" + kind + ".html"
		clone, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if err := t.parse(clone, name); err != nil {
			errs.Append(err)
			continue
		}
		t.pages.kinds[kind] = clone.Lookup("base")
	}
	return t, errs.Err()
}

// pageSets hands each goroutine that renders pages a set of page templates
// of its own. text/template looks up every function a template calls under
// a lock that all templates of one set share, so workers executing the same
// set contend for it: 2% of the CPU time of a 10,000-paper build went to
// that lock's counter alone, moving between the cores' caches.
type pageSets struct {
	kinds map[string]*template.Template // by kind; never executed, so they can be cloned
	mu    sync.Mutex
	free  []map[string]*template.Template
}

// get returns a set of page templates, by kind, that no other goroutine
// holds until it is put back.
func (s *pageSets) get() (map[string]*template.Template, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if n := len(s.free); n > 0 {
		set := s.free[n-1]
		s.free = s.free[:n-1]
		return set, nil
	}
	set := make(map[string]*template.Template, len(s.kinds))
	for kind, t := range s.kinds {
		clone, err := t.Clone()
		if err != nil {
			return nil, err
		}
		set[kind] = clone
	}
	return set, nil
}

// put gives back sets that get returned.
func (s *pageSets) put(sets ...map[string]*template.Template) {
	s.mu.Lock()
	s.free = append(s.free, sets...)
	s.mu.Unlock()
}

var (
	undefinedFuncRE = regexp.MustCompile(`function "([^"]+)" not defined`)
	noFieldRE       = regexp.MustCompile(`can't evaluate field (\w+) in type \*?([\w.]+)`)
)

// dataType returns the type templates see that text/template's messages
// call name ("model.Day"), for suggesting a field, or nil.
func dataType(name string) reflect.Type {
	for _, v := range []any{Page{}, Pager{}, PagerLink{}, Feed{}, model.Site{}, model.Config{}, model.TopicConfig{},
		model.Newsletter{}, model.Paper{}, model.Day{}, model.Week{}, model.Month{}, model.Topic{}, model.Author{}} {
		if t := reflect.TypeOf(v); t.String() == name {
			return t
		}
	}
	return nil
}

// membersOf returns the exported fields and methods of t and *t.
func membersOf(t reflect.Type) []string {
	var out []string
	for f := range t.Fields() {
		if f.IsExported() {
			out = append(out, f.Name)
		}
	}
	for m := range reflect.PointerTo(t).Methods() {
		out = append(out, m.Name)
	}
	return out
}

// fix says what to do about the template error msg: for a function no
// template has, the nearest one that exists (or, for Hugo's partial, what
// takes its place); always, that removing the override restores the
// built-in template.
func (t *templates) fix(msg string) string {
	const restore = "remove the override to use the built-in one"
	if f := noFieldRE.FindStringSubmatch(msg); f != nil {
		if typ := dataType(f[2]); typ != nil {
			if s := diag.Suggest(f[1], membersOf(typ)); s != "" {
				return fmt.Sprintf("did you mean .%s? Or %s", s, restore)
			}
		}
	}
	m := undefinedFuncRE.FindStringSubmatch(msg)
	switch {
	case m == nil:
	case m[1] == "partial" || m[1] == "partialCached":
		return `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same; or ` + restore
	default:
		if s := diag.Suggest(m[1], append(slices.Clone(builtinFuncs), t.funcs...)); s != "" {
			return fmt.Sprintf("did you mean %q? Or %s", s, restore)
		}
	}
	return "fix the template or " + restore
}

// parse adds the template file name to set.
func (t *templates) parse(set *template.Template, name string) error {
	data, err := fs.ReadFile(t.theme, name)
	if err != nil {
		return diag.Errorf(t.theme.origin(name, t.dir), 0, "cannot read the template: %v", err)
	}
	if _, err := set.New(name).Parse(string(data)); err != nil {
		return t.templateError(err)
	}
	return nil
}

var tmplErrRE = regexp.MustCompile(`^(?:html/)?template: ([^:]+):(\d+)(?::\d+)?: (.*)$`)

// templateError turns a text/template or html/template error into path:line form.
func (t *templates) templateError(err error) error {
	msg := err.Error()
	if m := tmplErrRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[2])
		return diag.Errorf(t.theme.origin(m[1], t.dir), line, "template error: %s; %s", m[3], t.fix(m[3]))
	}
	if i := strings.Index(msg, "templates/"); i >= 0 {
		name := msg[i:]
		if j := strings.IndexAny(name, ": \""); j > 0 {
			name = name[:j]
		}
		return diag.Errorf(t.theme.origin(path.Clean(name), t.dir), 0, "template error: %s", msg)
	}
	return fmt.Errorf("template error: %s", msg)
}
