package render

import (
	"context"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/internal/readmetest"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestREADMETheme: the README's theme reference names every page kind with
// its template, every template function, every partial of the built-in
// theme, and the fields of the page and of the model a theme reads, so
// that the reference cannot fall behind the code.
func TestREADMETheme(t *testing.T) {
	readme := readmetest.Read(t)
	themesDoc := readmetest.Between(t, readme, "### Themes\n", "\n## ")
	kinds := readmetest.Between(t, themesDoc, "**Page kinds.**", "**Templates and partials.**")
	parts := readmetest.Between(t, themesDoc, "The built-in partials", "**Functions**")
	funcs := readmetest.Between(t, themesDoc, "**Functions**", "**Data.**")
	page := readmetest.Between(t, themesDoc, "**Data.**", "The model,")
	modelDoc := readmetest.Between(t, themesDoc, "The model,", "Front-matter names")

	for _, kind := range pageKinds {
		if row := "| `" + kind + "` | `" + kind + ".html` |"; !strings.Contains(kinds, row) {
			t.Errorf("the README's page kinds have no row %q", row)
		}
	}

	site := &model.Site{Config: &model.Config{Title: "T", BaseURL: "https://example.org/"}}
	r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default()})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range r.tmpl.funcs {
		if !strings.Contains(funcs, "`"+name+"`") {
			t.Errorf("the README's functions lack %q", name)
		}
	}
	for _, tt := range r.tmpl.parts.Templates() {
		name := tt.Name()
		if name == "" || strings.HasPrefix(name, "templates/") || name == "base" || name == "head" {
			continue // a file, or documented on its own
		}
		if !strings.Contains(parts, "`"+name+"`") {
			t.Errorf("the README's partials lack %q", name)
		}
	}

	for _, typ := range []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[Pager](), reflect.TypeFor[PagerLink](), reflect.TypeFor[Feed](), reflect.TypeFor[ShareImage]()} {
		for f := range typ.Fields() {
			if f.IsExported() && !strings.Contains(page, "`."+f.Name+"`") { // a template reads no other
				t.Errorf("the README's page data lacks %s.%s", typ.Name(), f.Name)
			}
		}
	}
	// Each type of the model in the bullet that bears its name, but the
	// fields no template should read, as they are for the build alone.
	bullets := strings.Split(modelDoc, "\n- ")
	for _, tt := range []struct {
		typ   reflect.Type
		label string
	}{
		{reflect.TypeFor[model.Site](), "Site"}, {reflect.TypeFor[model.Config](), "Config"},
		{reflect.TypeFor[model.TopicConfig](), "Config"}, {reflect.TypeFor[model.Newsletter](), "Config"},
		{reflect.TypeFor[model.Paper](), "Paper"}, {reflect.TypeFor[model.Day](), "Day"},
		{reflect.TypeFor[model.Week](), "Week"}, {reflect.TypeFor[model.Month](), "Week"}, // "Month: the same"
		{reflect.TypeFor[model.Topic](), "Topic"}, {reflect.TypeFor[model.Author](), "Author"},
		{reflect.TypeFor[model.Organization](), "Organization"},
		{reflect.TypeFor[model.Page](), "Page"}, {reflect.TypeFor[model.Menus](), "Site"},
	} {
		i := slices.IndexFunc(bullets, func(b string) bool { return strings.Contains(b, "**"+tt.label+"**") })
		if i < 0 {
			t.Errorf("the README's model has no **%s**", tt.label)
			continue
		}
		for f := range tt.typ.Fields() {
			if f.IsExported() && !buildOnly[tt.typ.Name()+"."+f.Name] && !strings.Contains(bullets[i], "`."+f.Name+"`") {
				t.Errorf("the README's model lacks %s.%s (or list it in buildOnly)", tt.typ.Name(), f.Name)
			}
		}
	}
}

// TestREADMEStyle: the custom properties and classes "Restyling with
// custom.css" promises are in the built-in stylesheet, and every custom
// property the stylesheet sets on :root is in that list.
func TestREADMEStyle(t *testing.T) {
	readme := readmetest.Read(t)
	doc := readmetest.Between(t, readme, "#### Restyling with custom.css\n", "#### Theme reference\n")
	css, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	style := string(css)
	documented := map[string]bool{}
	for _, m := range regexp.MustCompile("`(--[a-z-]+|\\.[a-z][a-z-]*)`").FindAllStringSubmatch(doc, -1) {
		name := m[1]
		documented[name] = true
		if strings.HasPrefix(name, "--") {
			if !strings.Contains(style, name+":") || !strings.Contains(style, "var("+name) {
				t.Errorf("the README promises %s, which style.css does not set and use", name)
			}
		} else if !regexp.MustCompile(regexp.QuoteMeta(name) + `[\s,.:{>\[]`).MatchString(style) {
			t.Errorf("the README promises the class %s, which style.css does not style", name)
		}
	}
	root := readmetest.Between(t, style, ":root {", "}")
	for _, m := range regexp.MustCompile(`(--[a-z-]+):`).FindAllStringSubmatch(root, -1) {
		if !documented[m[1]] {
			t.Errorf("style.css sets %s on :root, which the README's restyling table does not name", m[1])
		}
	}
	if !strings.Contains(doc, "@media screen and (prefers-color-scheme: dark)") || !strings.Contains(style, "@media screen and (prefers-color-scheme: dark)") {
		t.Error("the README and style.css should set the dark colours in the same @media query")
	}
}
