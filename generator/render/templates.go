package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// pageKinds are the page templates a theme provides, each in templates/<kind>.html.
var pageKinds = []string{"home", "day", "week", "month", "archive", "paper", "topics", "topic", "authors", "author", "feeds", "search", "subscribe", "404"}

// templates holds every page template, each its own clone of the shared base.
type templates struct {
	pages pageSets
	item  *template.Template // the "paper-item" partial, for cards
	parts *template.Template // base and every partial, for cached partials
	theme overlay
	dir   string // the site's theme folder, for messages
}

// loadTemplates parses templates/base.html and templates/partials/* once
// into a base set, then clones it for every page template.
func loadTemplates(th overlay, themeDir string, funcs template.FuncMap) (*templates, error) {
	t := &templates{pages: pageSets{kinds: map[string]*template.Template{}}, theme: th, dir: themeDir}
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
		return diag.Errorf(t.theme.origin(m[1], t.dir), line, "template error: %s; fix the template or remove the override to use the built-in one", m[3])
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
