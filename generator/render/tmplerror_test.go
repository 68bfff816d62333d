package render

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// customBase is a theme's base.html with more quotes after "main", so a
// quote a page leaves open spoils the base's HTML rather than ending it.
const customBase = `{{define "base"}}<!DOCTYPE html>
<html lang="en"><head><title>{{.Title}}</title>{{block "head" .}}{{end}}</head>
<body>
<main>{{template "main" .}}</main>
<footer><a href="{{url ""}}">home</a></footer>
</body></html>{{end}}
`

// TestThemeMistakes: every mistake in a theme's templates that loading
// finds is an error at the theme file and line at fault, never a crash,
// in the same words whatever line endings the theme was saved with.
func TestThemeMistakes(t *testing.T) {
	archive := "{{define \"main\"}}\n<h1>Archive</h1>\n<a href=\"{{url \"\"}}>home</a>\n{{end}}\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"base as plain HTML", map[string]string{"templates/base.html": `<!DOCTYPE html><html><body>{{template "main" .}}</body></html>`},
			`themes/mine/templates/base.html:1: the base defines no "base", the template every page is executed as; wrap the page's HTML in {{define "base"}}…{{end}}`},
		{"empty base", map[string]string{"templates/base.html": ""},
			`themes/mine/templates/base.html:1: the base defines no "base"`},
		{"base under another name", map[string]string{"templates/base.html": `{{define "layout"}}{{template "main" .}}{{end}}`},
			`themes/mine/templates/base.html:1: the base defines no "base", the template every page is executed as (it defines "layout")`},
		{"base misspelt", map[string]string{"templates/base.html": "\n\n{{define \"Base\"}}{{template \"main\" .}}{{end}}"},
			`themes/mine/templates/base.html:3: the base defines "Base", but every page is executed as "base"`},
		{"paper-item misspelt", map[string]string{"templates/partials/paper-item.html": "{{/* card */}}\n{{define \"paper-itme\"}}{{.Title}}{{end}}"},
			`themes/mine/templates/partials/paper-item.html:2: defines "paper-itme" but no template "paper-item", which the built-in file it replaces defined and {{card .}} shows for every paper; did you mean {{define "paper-item"}}?`},
		{"quote left open, built-in base", map[string]string{"templates/archive.html": archive},
			`themes/mine/templates/archive.html:3: template error: {{define "main"}} ends inside an attribute value quoted with " that begins on this line; add its closing "`},
		{"quote left open, theme's base", map[string]string{"templates/archive.html": archive, "templates/base.html": customBase},
			`themes/mine/templates/archive.html:3: template error: {{define "main"}} ends inside an attribute value quoted with " that begins on this line`},
		{"quote left open in a partial", map[string]string{"templates/partials/mine.html": "{{define \"mine\"}}\n<p>\n<b class='x>{{.}}</b>\n{{end}}", "templates/day.html": `{{define "main"}}{{template "mine" .Title}}{{end}}`},
			`themes/mine/templates/partials/mine.html:3: template error: {{define "mine"}} ends inside an attribute value quoted with ' that begins on this line; add its closing '`},
		{"bad HTML between actions", map[string]string{"templates/day.html": "{{define \"main\"}}\n<p>{{.Title}}</p>\n<a href=\"{{url \"\"}}\" <b>\n{{end}}"},
			`themes/mine/templates/day.html:3: template error: "<" in attribute name: " <b>\n"`},
		{"quote left open, spoiling the next line", map[string]string{"templates/day.html": "{{define \"main\"}}\n<article>\n  <p class=\"lab-badge>{{.Title}}</p>\n  <header class=\"page-header\">\n</header></article>\n{{end}}"},
			`themes/mine/templates/day.html:3: template error: the attribute value opened here (class="lab-badge>…) is never closed; add its closing "`},
		{"quote left open before a template call", map[string]string{"templates/partials/mine.html": `{{define "mine"}}<b class="x">{{.}}</b>{{end}}`, "templates/day.html": "{{define \"main\"}}\n<p>\n<a class=\"x\" href=\"{{url \"\"}}>{{template \"mine\" .Title}}</a>\n{{end}}"},
			`themes/mine/templates/day.html:3: template error: the attribute value opened here (href="{{url ""}}>…) is never closed; add its closing "`},
		{"tag left open before a template call", map[string]string{"templates/partials/mine.html": `{{define "mine"}}<b class="x">{{.}}</b>{{end}}`, "templates/day.html": "{{define \"main\"}}\n<p>\n<a href=\"{{url \"\"}}\"\n{{template \"mine\" .Title}}</a>\n{{end}}"},
			`themes/mine/templates/day.html:3: template error: the tag opened here (<a href="{{url ""}}") is never closed; add its closing >`},
		{"comment left open", map[string]string{"templates/day.html": "{{define \"main\"}}\n<p>{{.Title}}</p>\n<!-- a note\n<p>{{.Title}}</p>\n{{end}}"},
			`themes/mine/templates/day.html:3: template error: {{define "main"}} ends inside an HTML comment that begins on this line; add its closing -->`},
		{"head-extra without its define", map[string]string{"templates/partials/head-extra.html": `<meta name="verify" content="abc">`},
			`themes/mine/templates/partials/head-extra.html:1: defines no template "head-extra", which the built-in file it replaces defined and themes/default/templates/base.html (built in):`},
		{"body-extra misspelt", map[string]string{"templates/partials/body-extra.html": "\n{{define \"bodyextra\"}}x{{end}}"},
			`themes/mine/templates/partials/body-extra.html:2: defines "bodyextra" but no template "body-extra"`},
		{"a partial of two built-in ones left out", map[string]string{"templates/partials/subscribe-form.html": `{{define "subscribe-form"}}x{{end}}`},
			`themes/mine/templates/partials/subscribe-form.html:1: defines no template "subscribe-email-form", which the built-in file it replaces defined and themes/default/templates/subscribe.html (built in):`},
		{"built-in partial in another file (a…)", map[string]string{"templates/partials/aaa.html": `{{define "paper-item"}}{{.Title}}{{end}}`},
			`themes/mine/templates/partials/aaa.html:1: template "paper-item" is defined here and in themes/default/templates/partials/paper-item.html (built in):1; to replace the built-in one, put yours in themes/mine/templates/partials/paper-item.html instead`},
		{"built-in partial in another file (z…)", map[string]string{"templates/partials/zzz.html": `{{define "paper-item"}}{{.Title}}{{end}}`},
			`themes/mine/templates/partials/zzz.html:1: template "paper-item" is defined here and in themes/default/templates/partials/paper-item.html (built in):1`},
		{"one name in two theme files", map[string]string{"templates/partials/a.html": `{{define "x"}}a{{end}}`, "templates/partials/b.html": "\n{{define \"x\"}}b{{end}}"},
			`themes/mine/templates/partials/b.html:2: template "x" is defined here and in themes/mine/templates/partials/a.html:1; keep one of them`},
		{"template name misspelt", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"paper-lst\" .Day.Papers}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "paper-lst"; did you mean "paper-list"?`},
		{"template called by its file's path", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"partials/paper-meta.html\" .Day.Papers}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "partials/paper-meta.html": a template is named by its {{define}}, not by its file's path; did you mean "paper-meta"?`},
		{"template called by a file name misspelt", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"paper-lst.html\" .Day.Papers}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "paper-lst.html": a template is named by its {{define}}, not by its file's path; did you mean "paper-list"?`},
		{"template called by the path of no file", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"partials/sidebar.html\" .}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "partials/sidebar.html": a template is named by its {{define}}, not by its file's path; define it in a file of themes/mine/templates/partials/ ({{define "sidebar"}}…{{end}}) and call it by that name, or correct the name`},
		{"template nobody defines", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"sidebar\" .}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "sidebar"; define it in a file of themes/mine/templates/partials/`},
		{"base runs a template only paper.html defines", map[string]string{"templates/base.html": strings.Replace(customBase, "<title>{{.Title}}</title>", "\n<title>{{template \"title\" .}}</title>", 1), "templates/paper.html": `{{define "title"}}{{.Paper.Title}}{{end}}{{define "main"}}x{{end}}`},
			`themes/mine/templates/base.html:3: template error: no such template "title" on home, day, week and 13 other kinds of page: themes/mine/templates/paper.html defines it, the other page templates do not; write {{block "title" .}}…{{end}} here in its place, a default for those pages that the {{define "title"}} of paper.html overrides`},
		{"a partial runs a template two pages define", map[string]string{"templates/partials/mine.html": "{{define \"mine\"}}\n{{template \"aside\" .}}{{end}}", "templates/partials/body-extra.html": `{{define "body-extra"}}{{template "mine" .}}{{end}}`,
			"templates/day.html": `{{define "aside"}}a{{end}}{{define "main"}}x{{end}}`, "templates/paper.html": `{{define "aside"}}b{{end}}{{define "main"}}x{{end}}`},
			`themes/mine/templates/partials/mine.html:2: template error: no such template "aside" on home, week, month and 12 other kinds of page: themes/mine/templates/day.html and themes/mine/templates/paper.html define it, the other page templates do not; write {{block "aside" .}}…{{end}} here in its place, a default for those pages that the {{define "aside"}} of day.html and paper.html overrides`},
		{"a page runs a template another page defines", map[string]string{"templates/day.html": "{{define \"main\"}}\n{{template \"sidebar\" .}}\n{{end}}", "templates/paper.html": `{{define "sidebar"}}b{{end}}{{define "main"}}x{{end}}`},
			`themes/mine/templates/day.html:2: template error: no such template "sidebar"; define it in a file of themes/mine/templates/partials/`},
		{"a partial in a file not ending .html", map[string]string{"templates/partials/lab-note.tmpl": `{{define "lab-note"}}x{{end}}`, "templates/day.html": "{{define \"main\"}}\n{{template \"lab-note\" .}}\n{{end}}"},
			`themes/mine/templates/day.html:2: template error: no such template "lab-note": themes/mine/templates/partials/lab-note.tmpl may define it, but partials are read only from files ending .html; rename it themes/mine/templates/partials/lab-note.html`},
		{"range never closed", map[string]string{"templates/home.html": "{{define \"main\"}}\n{{range .Site.Days}}\n{{if .Title}}x\n{{end}}\n"},
			`themes/mine/templates/home.html:2: template error: this {{range}} is never closed`},
		{"end missing inside a define", map[string]string{"templates/home.html": "{{define \"main\"}}\n<ul>\n  {{range .Site.Days}}\n    <li>{{if .Title}}{{.Title}}{{end}}</li>\n</ul>\n{{end}}\n"},
			`themes/mine/templates/home.html:3: template error: this {{range}} seems to lack its {{end}}: the {{end}} on line 6, indented less, closed it, so the file ends before the {{define}}'s own {{end}}`},
		{"end missing after markup, before a function named end…", map[string]string{"templates/day.html": "{{define \"main\"}}\n  <header> {{if .Day}}\n    <p>{{endArrow}}</p>\n  </header>\n{{end}}\n"},
			`themes/mine/templates/day.html:2: template error: this {{if}} seems to lack its {{end}}: the {{end}} on line 5, indented less, closed it, so the file ends before the {{define}}'s own {{end}}`},
		{"a Zola (Tera) template moved over", map[string]string{"templates/page.html": "<!-- from Zola -->\n{% extends \"index.html\" %}\n{% block content %}{{ page.content | safe }}{% endblock content %}\n"},
			`themes/mine/templates/page.html:2: {% extends "index.html" %} (and 2 more such tags) is Tera's (Zola's) or Liquid's (Jekyll's) template syntax, which a Go template would show as text: ` +
				`Paperboy's templates are Go's html/template ({{define "main"}}…{{end}}, {{range .Papers}}, {{template "name" .}}; see Themes in the README); move this file aside, copy the built-in one with paperboy new theme mine templates/page.html, and bring your markup into it`},
		{"a Jekyll (Liquid) partial", map[string]string{"templates/partials/head-extra.html": "{{define \"head-extra\"}}\n{%- if page.math -%}<script></script>{%- endif -%}\n{{end}}"},
			`themes/mine/templates/partials/head-extra.html:2: {%- if page.math -%} (and 1 more such tags) is Tera's (Zola's) or Liquid's (Jekyll's) template syntax`},
		{"define never closed, blocks indented as they end", map[string]string{"templates/home.html": "{{define \"main\"}}\n  {{range .Site.Days}}\n  x\n  {{end}}\n"},
			`themes/mine/templates/home.html:1: template error: this {{define}} is never closed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, eol := range []string{"\n", "\r\n", "\r"} { // saved on Linux, Windows, an old Mac
				files := map[string]string{}
				for name, src := range tt.files {
					files[name] = strings.ReplaceAll(src, "\n", eol)
				}
				_, err := loadTheme(t, files)
				if err == nil {
					t.Fatalf("%q: loading succeeded; want the error %q", eol, tt.want)
				}
				if !strings.Contains(err.Error(), tt.want) {
					t.Errorf("%q: error:\n%v\nwant it to contain\n%s", eol, err, tt.want)
				}
				var list diag.List
				if !errors.As(err, &list) {
					t.Errorf("%q: error %T, want a diag.List", eol, err)
				}
				for _, e := range list {
					if e.Path == "" || e.Line == 0 {
						t.Errorf("%q: %q names no file and line", eol, e)
					}
				}
			}
		})
	}
}

// TestThemeLoads: a theme that replaces partials, adds its own and keeps
// the names the built-in files define loads without a complaint.
func TestThemeLoads(t *testing.T) {
	_, err := loadTheme(t, map[string]string{
		"templates/base.html":                    customBase,
		"templates/partials/head-extra.html":     `{{define "head-extra"}}<meta name="v" content="{{.Kind}}">{{end}}`,
		"templates/partials/subscribe-form.html": `{{define "subscribe-form"}}x{{end}}`, // the page that uses "subscribe-email-form" is replaced too
		"templates/subscribe.html":               `{{define "main"}}{{template "subscribe-form" .}}{{end}}`,
		"templates/partials/mine.html":           `{{define "mine"}}<b class="{{.}}">{{.}}</b>{{end}}`,
		"templates/day.html":                     `{{define "main"}}{{template "mine" .Title}}{{end}}`,
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestFixNamesOverridesOnly: "remove the override" is said of a theme
// file that replaces a built-in one, not of one of the theme's own nor of
// a built-in file, nor when the fix is a name to correct.
func TestFixNamesOverridesOnly(t *testing.T) {
	tm, err := loadTheme(t, map[string]string{
		"templates/day.html":           `{{define "main"}}{{end}}`,
		"templates/partials/mine.html": `{{define "mine"}}{{end}}`,
	})
	if err != nil {
		t.Fatal(err)
	}
	msg := "can't evaluate field Titel in type *model.Paper"
	for _, tc := range []struct {
		file     string
		override bool
	}{
		{"templates/day.html", true},
		{"templates/partials/mine.html", false},
		{"templates/author.html", false},
	} {
		got := tm.fix(msg, tc.file, "")
		if !strings.Contains(got, "did you mean .Title?") && tc.file != "templates/author.html" {
			t.Errorf("fix(%s) = %q, want the nearest field", tc.file, got)
		}
		if strings.Contains(got, "override") {
			t.Errorf("fix(%s) = %q; want no word of the override beside a name to correct", tc.file, got)
		}
		got = tm.fix("error calling index: index out of range: 3", tc.file, "")
		if strings.Contains(got, "override") != tc.override {
			t.Errorf("fix(%s) = %q; want it to say to remove the override: %v", tc.file, got, tc.override)
		}
	}
}

// TestCardErrorsAreListed: an error in the paper-item card, which the
// pages render first, comes as a diag.List, as every other template error
// does.
func TestCardErrorsAreListed(t *testing.T) {
	site := &model.Site{Config: testConfig(), Papers: []*model.Paper{{ID: "a", Slug: "a", Title: "A"}}}
	theme := fstest.MapFS{"templates/partials/paper-item.html": {Data: []byte("{{define \"paper-item\"}}\n{{index .Authors 3}}{{end}}")}} // fails only when it runs
	r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default(), SiteTheme: themefs.Stack{{FS: theme, Dir: "themes/mine"}}})
	if err == nil {
		err = r.All(context.Background(), func(model.File) error { return nil })
	}
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("error %T %v, want a diag.List of one error", err, err)
	}
	if want := "themes/mine/templates/partials/paper-item.html:2: template error: {{index .Authors 3}}: .Authors has no element 3 here, having fewer; take it only when there is one"; !strings.HasPrefix(list[0].Error(), want) {
		t.Errorf("error %q, want it to start %q", list[0], want)
	}
}

// TestUnclosed: the block a template never closes, however its actions
// are written.
func TestUnclosed(t *testing.T) {
	tests := []struct {
		src  string
		word string
		line int
	}{
		{"{{define \"main\"}}\n{{range .X}}\n{{if .Y}}x{{end}}\n", "range", 2},
		{"{{define \"main\"}}\n{{range .X}}\n{{end}}", "define", 1},
		{"{{define \"main\"}}{{end}}", "", 0},
		{"{{- with .X -}}\n{{/* {{end}} */}}{{\"{{end}}\"}}{{`}}`}}", "with", 1},
		{"{{/* a\ncomment */}}\n{{block \"x\" .}}\n{{- else}}", "block", 3},
		{"{{if .A}}{{else if .B}}\n{{end}}{{range .C}}", "range", 2},
	}
	for _, tt := range tests {
		if word, line, _, _ := unclosedBlock(tt.src); word != tt.word || line != tt.line {
			t.Errorf("unclosedBlock(%q) = %q, %d, want %q, %d", tt.src, word, line, tt.word, tt.line)
		}
	}
}

// TestUnclosedAction: the first action a template never closes with
// }}, another {{ or the file's end coming first; not one whose }} is in
// a comment's or a string's text.
func TestUnclosedAction(t *testing.T) {
	tests := []struct {
		src  string
		line int
		text string
	}{
		{"{{define \"x\"}}\n<div>\n{{if .Paper\n<b>Lab</b>\n{{end}}\n{{end}}", 3, "{{if .Paper"},
		{"{{if .A}}{{.B}}{{end}}", 0, ""},
		{"{{/* {{ */}}{{\"{{\"}}{{`\n{{`}}\n{{ .Title", 3, "{{ .Title"},
		{"{{- /* a {{ */ -}}{{.A}}", 0, ""},
		{"{{\"a}}\n{{.B}}", 1, "{{\"a}}"}, // a string never closed ends at its line's end
		{"{{if .A <b>x</b>{{end}}", 1, "{{if .A <b>x</b>"},
	}
	for _, tt := range tests {
		if line, text := unclosedAction(tt.src); line != tt.line || text != tt.text {
			t.Errorf("unclosedAction(%q) = %d, %q, want %d, %q", tt.src, line, text, tt.line, tt.text)
		}
	}
}

// TestOpener: the excerpt of a source line where the HTML left open on
// it begins.
func TestOpener(t *testing.T) {
	tests := []struct{ line, token, want string }{
		{`  <p class="lab-badge>{{.Config.Extra.tagline}}</p>`, `"`, `class="lab-badge>…`},
		{`<h3 class="t"{{langAttr .}}><a href="{{paperURL .}}>{{.Title}}</a> <span class="x">`, `"`, `href="{{paperURL .}}>…`},
		{`<a title="{{T "a>b"}}" href = "x`, `"`, `href = "x`},
		{`<b class='x`, `'`, `class='x`},
		{`<p>x</p><a href="{{url ""}}"`, "<", `<a href="{{url ""}}"`},
		{`{{.Title}}`, `"`, ``},
	}
	for _, tt := range tests {
		if got := opener(tt.line, tt.token); got != tt.want {
			t.Errorf("opener(%q, %q) = %q, want %q", tt.line, tt.token, got, tt.want)
		}
	}
}

// TestSplitLocation: text/template's "file:line:col", a colon in the file
// name included.
func TestSplitLocation(t *testing.T) {
	tests := []struct {
		loc  string
		file string
		line int
	}{
		{"templates/day.html:3:14", "templates/day.html", 3},
		{"templates/day.html:3", "templates/day.html", 3},
		{"templates/a:b.html:2:1", "templates/a:b.html", 2},
	}
	for _, tt := range tests {
		if file, line := splitLocation(tt.loc); file != tt.file || line != tt.line {
			t.Errorf("splitLocation(%q) = %q, %d, want %q, %d", tt.loc, file, line, tt.file, tt.line)
		}
	}
}

// TestBaseRunsHead: a base of the site's must run the "head" block, where
// paper pages put their citation tags: itself, through a partial, or by
// writing the tags with citationMeta.
func TestBaseRunsHead(t *testing.T) {
	body := `<body><main>{{template "main" .}}</main></body></html>{{end}}`
	for _, tt := range []struct {
		name  string
		files map[string]string
		ok    bool
	}{
		{"itself", map[string]string{"templates/base.html": `{{define "base"}}<html><head>{{block "head" .}}{{end}}</head>` + body}, true},
		{"through a partial", map[string]string{
			"templates/base.html":          `{{define "base"}}<html><head>{{template "my-head" .}}</head>` + body,
			"templates/partials/mine.html": `{{define "my-head"}}{{if .Title}}<title>{{.Title}}</title>{{end}}{{block "head" .}}{{end}}{{end}}`}, true},
		{"citationMeta", map[string]string{"templates/base.html": `{{define "base"}}<html><head>{{with .Paper}}{{citationMeta .}}{{end}}</head>` + body}, true},
		{"neither", map[string]string{"templates/base.html": `{{define "base"}}<html><head><title>x</title></head>` + body}, false},
	} {
		_, err := loadTheme(t, tt.files)
		if tt.ok != (err == nil) || err != nil && !strings.Contains(err.Error(), `themes/mine/templates/base.html:1: the base never runs the "head" block`) {
			t.Errorf("%s: error = %v", tt.name, err)
		}
	}
}

// TestLostTemplateOnce: a partial file of the theme that replaces a
// built-in one without defining the template the built-in pages run is
// one error at the file, naming every page that runs it, not one for each.
func TestLostTemplateOnce(t *testing.T) {
	_, err := loadTheme(t, map[string]string{"templates/partials/paper-list.html": `{{define "my-list"}}x{{end}}`})
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("error %v, want a diag.List", err)
	}
	var lost []string
	for _, e := range list {
		if strings.Contains(e.Msg, `defines no template "paper-list"`) {
			lost = append(lost, e.Error())
		}
	}
	if len(lost) != 1 {
		t.Fatalf("errors of the lost template:\n%s\nwant one", strings.Join(lost, "\n"))
	}
	for _, page := range []string{"home", "day", "week", "month"} {
		if !strings.Contains(lost[0], "themes/default/templates/"+page+".html (built in):") {
			t.Errorf("error %q does not name %s.html, which runs the template", lost[0], page)
		}
	}
	if !strings.HasPrefix(lost[0], "themes/mine/templates/partials/paper-list.html:1: ") || !strings.Contains(lost[0], " use; add a {{define \"paper-list\"}}") {
		t.Errorf("error %q", lost[0])
	}
}
