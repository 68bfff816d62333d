package generator

import (
	"strings"
	"testing"
)

// TestTemplateRunsItself: a template of the theme's that runs itself on
// every run, directly or through another ({{template}} or cached), is an
// error at the call that closes the loop, before any page is made (each
// page would run it 100,000 levels deep); one whose call is under an
// {{if}}, {{with}} or {{range}}, or behind and's first value, builds.
func TestTemplateRunsItself(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"itself", themePage("paper", `{{template "badge" .}}`) + themePartial("badge", `<span>{{template "badge" .}}</span>`),
			`themes/mine/templates/partials/badge.html:2: template error: "badge" runs itself ({{template "badge" .}}) on every run, with no {{if}}, {{with}} or {{range}} around the call to end it, so every page that shows it would run it 100,000 levels deep and fail; call the template you meant (a name near its own?), or put the call under an {{if}} or {{with}} whose condition ends it`},
		{"through another, cached", themePartial("badge", `{{with .Site}}{{end}}{{template "label" .}}`) + themePartial("label", `{{cached "badge" .}}`),
			`themes/mine/templates/partials/badge.html:2: template error: "badge" runs "label" ({{template "label" .}}), which runs "badge" (themes/mine/templates/partials/label.html:2), on every run, with no {{if}}, {{with}} or {{range}} around the calls to end it, so every page that shows it would run them 100,000 levels deep and fail; call the template you meant (a name near its own?), or put the call under an {{if}} or {{with}} whose condition ends it`},
	}
	themeErrors(t, site, tests)
	ends := themePartial("count", `{{if .N}}{{template "count" (dict "N" 0)}}{{end}}{{with and .N (cached "count" .)}}{{end}}`)
	if _, err := buildSite(t, site+ends, Options{}); err != nil {
		t.Errorf("a template that runs itself under a condition:\n%v", err)
	}
}
