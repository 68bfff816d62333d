package search

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestScriptWarnsOfMissingMarkup: a search page that lacks part of the
// markup search.js needs (see the README's "Search") gets a console
// warning naming what is missing, not a silent page; the page that has it
// all gets none. Each page is testdata/page.html changed as named, with
// the built-in header's search form (role="search", no data-index) at the
// top, where a theme's header has it.
func TestScriptWarnsOfMissingMarkup(t *testing.T) {
	page, script := pageAndScript(t)
	const (
		header  = `<form role="search" action="/repo/search/"><input name="q" id="header-q"></form>`
		capture = `<script>window.warnings = []; console.warn = (...a) => warnings.push(a.join(' '));</script>`
	)
	tests := []struct {
		name     string
		old, new string // a change to page.html
		want     []string
	}{
		{"complete", "", "", nil},
		{"form without role", `<form role="search" id="search-form"`, `<form id="search-form"`,
			[]string{`search.js: search is off: the form with data-index has no role="search"; add it: <form role="search" data-index="…">`}},
		{"form without data-index", ` data-index="/repo/search/"`, ``,
			[]string{`search.js: search is off: no <form role="search" data-index="…"> on this page; data-index is the URL of the search index folder, e.g. data-index="/repo/search/"`}},
		{"empty data-index", ` data-index="/repo/search/"`, ` data-index=""`,
			[]string{`search.js: search is off: the search form's data-index is empty; make it the URL of the search index folder, e.g. data-index="/repo/search/"`}},
		{"no search box", `<input type="search" name="q" id="search-q" autocomplete="off">`, `<input type="search" name="query">`,
			[]string{`search.js: search is off: no search box: give the form an <input name="q"> (or put one with id="search-q" on the page)`}},
		{"no results list", `<ol id="search-results"></ol>`, `<ol id="results"></ol>`,
			[]string{`search.js: search is off: no element with id="search-results" for the results, e.g. <ol id="search-results"></ol>`}},
		{"neither", `<form role="search" id="search-form"`, `<form id="search-form"`, nil}, // and the list, below
	}
	tests[len(tests)-1].want = append(tests[1].want, tests[5].want...)

	files, _ := mustBuild(t, fixtureDocs(), Options{})
	files = append(files, model.File{Path: "search.js", Data: script})
	for _, tt := range tests {
		html := strings.Replace(string(page), "<body>\n", "<body>\n"+header+"\n", 1)
		html = strings.Replace(html, "<head>", "<head>"+capture, 1)
		if tt.old != "" {
			if !strings.Contains(html, tt.old) {
				t.Fatalf("%s: page.html has no %q", tt.name, tt.old)
			}
			html = strings.Replace(html, tt.old, tt.new, 1)
		}
		if tt.name == "neither" {
			html = strings.Replace(html, `<ol id="search-results"></ol>`, `<ol id="results"></ol>`, 1)
		}
		files = append(files, model.File{Path: "pages/" + strings.ReplaceAll(tt.name, " ", "-") + "/index.html", Data: []byte(html)})
	}
	root := t.TempDir()
	writeFiles(t, filepath.Join(root, "repo"), files, "")
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	defer srv.Close()

	ctx := browsertest.Start(t)
	for _, tt := range tests {
		err := chromedp.Do(ctx,
			chromedp.Navigate(srv.URL+"/repo/pages/"+strings.ReplaceAll(tt.name, " ", "-")+"/"),
			chromedp.Poll[chromedp.Void](`document.readyState === 'complete'`))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.warnings`))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: console warnings\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}
