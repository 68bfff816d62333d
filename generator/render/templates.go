package render

import (
	"bytes"
	"errors"
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
		if clone.Lookup("main") == nil {
			errs.Append(t.noMain(clone, name))
			continue
		}
		if th.site != nil { // the built-in theme is known to escape
			if err := t.escapeError(clone); err != nil {
				errs.Append(err)
				continue
			}
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

// dataTypes are the types page templates see, for suggesting the field
// or method a template error message says a value lacks.
var dataTypes = []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[Pager](), reflect.TypeFor[PagerLink](), reflect.TypeFor[Feed](),
	reflect.TypeFor[model.Site](), reflect.TypeFor[model.Config](), reflect.TypeFor[model.TopicConfig](), reflect.TypeFor[model.Newsletter](),
	reflect.TypeFor[model.Paper](), reflect.TypeFor[model.Day](), reflect.TypeFor[model.Week](), reflect.TypeFor[model.Month](),
	reflect.TypeFor[model.Topic](), reflect.TypeFor[model.Author]()}

// fix says what to do about the template error msg: for a field or
// function no template has, the nearest one that exists (or, for Hugo's
// partial, what takes its place); always, that removing the override
// restores the built-in template.
func (t *templates) fix(msg string) string {
	const restore = "remove the override to use the built-in one"
	if strings.Contains(msg, `function "partial" not defined`) || strings.Contains(msg, `function "partialCached" not defined`) {
		return `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same; or ` + restore
	}
	if hint := diag.TemplateHint(msg, t.funcs, dataTypes...); hint != "" {
		return hint + " Or " + restore
	}
	return "fix the template or " + restore
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
	origin := t.theme.origin(name, t.dir)
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
	data, _ := fs.ReadFile(t.theme, tt.Tree.ParseName)
	return 1 + bytes.Count(data[:min(int(tt.Tree.Root.Pos), len(data))], []byte("\n"))
}

// escapeError returns html/template's complaint about a page set's HTML, if
// it has one, at the file and line of the template at fault. html/template
// checks a set when it first runs, which the page sets themselves must not
// before they are cloned for the workers, so throwaway clones run here.
// Most complaints name their template and line; one that ends inside a tag
// or attribute (a quote or > left out) names only the page's base, so each
// template of the set runs alone to find the one that ends so.
func (t *templates) escapeError(set *template.Template) error {
	escape := func(name string) *template.Error {
		c, err := set.Clone()
		if err != nil {
			return nil
		}
		// Only the escaping matters: the run stops at its first write or
		// at a function that keeps what it renders.
		c.Funcs(template.FuncMap{
			"cached": func(string, any, ...any) (template.HTML, error) { return "", errEscapeOnly },
			"card":   func(*model.Paper) (template.HTML, error) { return "", errEscapeOnly },
		})
		var te *template.Error
		if errors.As(c.Lookup(name).Execute(failingWriter{}, nil), &te) {
			return te
		}
		return nil
	}
	te := escape("base")
	if te == nil {
		return nil
	}
	if te.ErrorCode != template.ErrEndContext {
		return t.templateError(te)
	}
	for _, tt := range defines(set) {
		n := tt.Name()
		if n == "base" {
			continue
		}
		e := escape(n)
		if e == nil || e.ErrorCode != template.ErrEndContext || e.Name != n {
			continue
		}
		return diag.Errorf(t.theme.origin(tt.Tree.ParseName, t.dir), t.lineOf(tt),
			"template error: {{define %q}} ends inside %s; close it before the template ends", n, openContext(e.Description))
	}
	return t.templateError(te)
}

// errEscapeOnly stops a run of a page set that escapeError makes only to
// have html/template escape it.
var errEscapeOnly = errors.New("escape only")

// failingWriter refuses every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errEscapeOnly }

// openContext names the HTML construct an html/template end-context
// description ("ends in a non-text context: {stateAttr delimDoubleQuote …}")
// is inside.
func openContext(desc string) string {
	switch {
	case strings.Contains(desc, "delimDoubleQuote"):
		return `an attribute value quoted with " (its closing " is missing)`
	case strings.Contains(desc, "delimSingleQuote"):
		return "an attribute value quoted with ' (its closing ' is missing)"
	case strings.Contains(desc, "stateHTMLCmt"):
		return "an HTML comment (its closing --> is missing)"
	case strings.Contains(desc, "stateRCDATA"), strings.Contains(desc, "stateJS"), strings.Contains(desc, "stateCSS"):
		return "a <script>, <style>, <textarea> or <title> element (its closing tag is missing)"
	default:
		return "an HTML tag (its closing > is missing)"
	}
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

// tmplErrRE matches text/template's "template: name:line:col: msg" and
// html/template's "html/template:name:line:col: msg".
var tmplErrRE = regexp.MustCompile(`^(?:html/)?template: ?([^:]+):(\d+)(?::\d+)?: (.*)$`)

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
