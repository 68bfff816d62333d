package render

import (
	"html/template"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// loadTheme loads the templates of a site theme "themes/mine" made of
// files (slash path in the theme → content) over the built-in theme.
func loadTheme(t *testing.T, files map[string]string) (*templates, error) {
	t.Helper()
	site := fstest.MapFS{}
	for name, data := range files {
		site[name] = &fstest.MapFile{Data: []byte(data)}
	}
	l := links{cfg: testConfig()}
	funcs := funcMap(l, english)
	funcs["card"] = func(*model.Paper) (template.HTML, error) { return "", nil }
	funcs["static"] = func(string) (string, error) { return "", nil }
	funcs[optionalStaticFunc] = func(string) string { return "" }
	funcs["cached"] = func(string, any, ...any) (template.HTML, error) { return "", nil }
	funcs["authorNames"] = func([]*model.Author, any, any) (template.HTML, error) { return "", nil }
	for name, f := range newScholar(nil, l, 0).funcs() {
		funcs[name] = f
	}
	return loadTemplates(overlay{site: themefs.Stack{{FS: site, Dir: "themes/mine"}}, builtin: themes.Default()}, funcs)
}

// testConfig is a site configuration under the base path /repo/.
func testConfig() *model.Config {
	cfg := &model.Config{Title: "T", BaseURL: "https://example.org/repo/", PageSize: 25}
	cfg.Base, _ = cfg.Base.Parse(cfg.BaseURL)
	return cfg
}
