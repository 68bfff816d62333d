package render

import (
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// pageKinds are the page templates a theme provides, each in templates/<kind>.html.
var pageKinds = []string{"home", "day", "week", "month", "archive", "paper", "topics", "topic", "authors", "author", "feeds", "search", "subscribe", "404"}

// templates holds every page template, each its own clone of the shared base.
type templates struct {
	pages map[string]*template.Template
	item  *template.Template // the "paper-item" partial, for cards
	parts *template.Template // base and every partial, for cached partials
	theme overlay
	dir   string // the site's theme folder, for messages
}

// loadTemplates parses templates/base.html and templates/partials/* once
// into a base set, then clones it for every page template.
func loadTemplates(th overlay, themeDir string, funcs template.FuncMap) (*templates, error) {
	t := &templates{pages: map[string]*template.Template{}, theme: th, dir: themeDir}
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
		t.pages[kind] = clone.Lookup("base")
	}
	return t, errs.Err()
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
