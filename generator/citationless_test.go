package generator

import (
	"strings"
	"testing"
)

// TestCitationlessPaperTemplate: a theme's paper.html whose paper pages
// run no citationMeta (it defines no "head", or a "head" without it) is a
// warning at the file, and at the line of its "head"; one that writes the
// tags, itself, through a partial or in the base, is none.
func TestCitationlessPaperTemplate(t *testing.T) {
	themed := func(files string) string {
		return strings.Replace(scholarSite, "title: T\n", "title: T\ntheme: mine\n", 1) + files
	}
	const noHead = "themes/mine/templates/paper.html: the page defines no \"head\", where the built-in paper.html writes citationMeta, so paper pages would lose their citation tags and JSON-LD (what Google Scholar and Zotero read); add {{define \"head\"}}{{citationMeta .Paper}}{{end}}"
	tests := []struct {
		name, archive, want string
	}{
		{"no head", themed("-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n<h1>{{.Paper.Title}}</h1>\n{{end}}\n"), noHead},
		{"a head without citationMeta", themed("-- themes/mine/templates/paper.html --\n{{/* mine */}}\n{{define \"head\"}}<meta name=\"x\" content=\"y\">{{end}}\n{{define \"main\"}}<h1>{{.Paper.Title}}</h1>{{end}}\n"),
			"themes/mine/templates/paper.html:2: this \"head\" writes no citationMeta, which the built-in paper.html's does, so paper pages would lose their citation tags and JSON-LD (what Google Scholar and Zotero read); add {{citationMeta .Paper}} to it, as in {{define \"head\"}}{{citationMeta .Paper}}{{end}}"},
		{"a base's empty head block", themed("-- themes/mine/templates/base.html --\n{{define \"base\"}}<html><head>{{block \"head\" .}}{{end}}</head><body><main>{{template \"main\" .}}</main></body></html>{{end}}\n" +
			"-- themes/mine/templates/paper.html --\n{{define \"main\"}}<h1>{{.Paper.Title}}</h1>{{end}}\n"), noHead},
		{"a head with citationMeta", themed("-- themes/mine/templates/paper.html --\n{{define \"head\"}}{{citationMeta .Paper}}{{end}}\n{{define \"main\"}}<h1>{{.Paper.Title}}</h1>{{end}}\n"), ""},
		{"a head through a partial", themed("-- themes/mine/templates/partials/paper-head.html --\n{{define \"paper-head\"}}{{citationMeta .Paper}}{{end}}\n" +
			"-- themes/mine/templates/paper.html --\n{{define \"head\"}}{{template \"paper-head\" .}}{{end}}\n{{define \"main\"}}<h1>{{.Paper.Title}}</h1>{{end}}\n"), ""},
		{"citationMeta in the base", themed("-- themes/mine/templates/base.html --\n{{define \"base\"}}<html><head>{{with .Paper}}{{citationMeta .}}{{end}}</head><body><main>{{template \"main\" .}}</main></body></html>{{end}}\n" +
			"-- themes/mine/templates/paper.html --\n{{define \"main\"}}<h1>{{.Paper.Title}}</h1>{{end}}\n"), ""},
		{"another page kind's template", themed("-- themes/mine/templates/day.html --\n{{define \"main\"}}<h1>{{.Day.Title}}</h1>{{end}}\n"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range warningsOf(t, tt.archive) {
				if strings.Contains(w, "citationMeta") {
					got = append(got, w)
				}
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("warnings = %q, want none", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("warnings = %q\nwant [%q]", got, tt.want)
			}
		})
	}
}
