package serve

import (
	"bytes"
	"html/template"
)

// pagesHTML holds the server's own pages: a build that has not finished yet,
// a first build that failed, and a missing page of a site without 404.html.
// Each loads the live-reload client, so it is replaced once a build succeeds.
const pagesHTML = `
{{define "head"}}<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>{{.Title}}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem}
li{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}</style>
</head><body>{{end}}
{{define "foot"}}{{.Script}}</body></html>{{end}}

{{define "building"}}{{template "head" .}}
<h1>Building…</h1><p>The site is being built; this page reloads when it is ready.</p>
{{template "foot" .}}{{end}}

{{define "failed"}}{{template "head" .}}
<h1>The build failed</h1>
<div role="alert"><p>Fix these problems; this page reloads when the site builds:</p>
<ul>{{range .Errs}}<li>{{.}}</li>{{end}}</ul></div>
{{template "foot" .}}{{end}}

{{define "notfound"}}{{template "head" .}}
<h1>404 page not found</h1><p>The site has no page here, and no 404.html of its own.</p>
<p><a href="{{.Base}}">Go to the home page</a></p>
{{template "foot" .}}{{end}}
`

// parsePages parses pagesHTML.
func parsePages() (*template.Template, error) {
	return template.New("pages").Parse(pagesHTML)
}

// page renders the named server page for st.
func (s *Server) page(name string, st *state) []byte {
	titles := map[string]string{"building": "Building…", "failed": "Build failed", "notfound": "404 page not found"}
	data := struct {
		Title  string
		Base   string
		Errs   []string
		Script template.HTML
	}{titles[name], st.base, st.errs, template.HTML(scriptTag(st, name == "failed"))}
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, data); err != nil {
		// The templates are constants exercised by the tests.
		panic("serve: page " + name + ": " + err.Error())
	}
	return buf.Bytes()
}
