package generator

import (
	"strings"
	"testing"
)

// TestCachedPartialWithoutKeys: a cached partial given the page and no
// keys, one rendering for every page, that reads a field of the page that
// differs from page to page (through $, a {{with}}'s value or a
// {{template}} it gives the page to) is an error before any page is made,
// at the call when it is the theme's, else at the read, naming the field
// and the key to give; one that reads only the site, its settings and
// what the build keys it by itself (.Page, .HasCode), or that is given
// keys, builds.
func TestCachedPartialWithoutKeys(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a with's value", themePartial("body-extra", `{{cached "crumb" .}}`) + themePartial("crumb", `<nav>{{with .Paper}}{{.ID}}{{else}}Lab{{end}}</nav>`),
			`themes/mine/templates/partials/body-extra.html:2: template error: {{cached "crumb" .}} gives the cached partial "crumb" no keys, so one rendering of it serves every page, but it reads .Paper (themes/mine/templates/partials/crumb.html:2), which differs from page to page: every page would show the first page's; give what it reads as a key ({{cached "crumb" . .Paper}}), or show it with {{template "crumb" .}}. Or remove the override to use the built-in one`},
		{"through a template and $, inside a with", themePage("day", `{{with .Day}}{{cached "crumb" $}}{{end}}`) + themePartial("crumb", `{{with .Config}}{{template "inner" $}}{{end}}`) + themePartial("inner", `{{range .Site.Days}}{{$.Title}}{{end}}`),
			`themes/mine/templates/day.html:2: template error: {{cached "crumb" $}} gives the cached partial "crumb" no keys, so one rendering of it serves every page, but it reads $.Title (the page's .Title, at themes/mine/templates/partials/inner.html:2), which differs from page to page: every page would show the first page's; give what it reads as a key ({{cached "crumb" $ $.Title}}), or show it with {{template "crumb" $}}. Or remove the override to use the built-in one`},
		{"a built-in call", themePartial("site-footer", `<footer>{{.Config.Title}}: {{.Kind}}</footer>`),
			`themes/mine/templates/partials/site-footer.html:2: template error: {{cached "site-footer" .}} gives the cached partial "site-footer" no keys, so one rendering of it serves every page, but it reads .Kind (themes/mine/templates/partials/site-footer.html:2), which differs from page to page: every page would show the first page's; give what it reads as a key ({{cached "site-footer" . .Kind}}), or show it with {{template "site-footer" .}}. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
	good := themePartial("body-extra", `{{cached "crumb" .}}{{cached "paper-crumb" . .Paper}}`) +
		themePartial("crumb", `{{.Config.Title}}{{range .Site.Days}}{{isoDate .Date}}{{end}}{{if .HasCode}}code{{end}}{{with $.Page}}{{.Title}}{{end}}`) +
		themePartial("paper-crumb", `{{with .Paper}}{{.ID}}{{end}}`)
	if _, err := buildSite(t, site+good, Options{}); err != nil {
		t.Errorf("cached partials that read the site or their keys:\n%v", err)
	}
}
