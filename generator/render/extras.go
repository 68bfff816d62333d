package render

import (
	"bytes"
	"encoding/xml"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/styles"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// extras returns the files that are not pages: highlighting stylesheet,
// sitemap, robots.txt, .nojekyll and CNAME.
func extras(site *model.Site, js []job, l links) []model.File {
	out := []model.File{
		{Path: "syntax.css", Data: syntaxCSS()},
		{Path: "sitemap.xml", Data: sitemap(js, l)},
		{Path: "robots.txt", Data: []byte("User-agent: *\nAllow: /\n\nSitemap: " + l.Abs("sitemap.xml") + "\n")},
		{Path: ".nojekyll", Data: []byte{}},
	}
	if d := site.Config.Domain; d != "" {
		out = append(out, model.File{Path: "CNAME", Data: []byte(d + "\n")})
	}
	return out
}

// syntaxCSS is chroma's stylesheet for highlighted code: a light style, and
// a dark one for readers who prefer a dark scheme.
func syntaxCSS() []byte {
	var b bytes.Buffer
	f := chromahtml.New(chromahtml.WithClasses(true))
	b.WriteString("/* Generated from chroma styles: modus-operandi (light) and modus-vivendi (dark), made for WCAG AAA contrast. */\n")
	_ = f.WriteCSS(&b, styles.Get("modus-operandi"))
	b.WriteString("@media screen and (prefers-color-scheme: dark) {\n") // print stays light
	_ = f.WriteCSS(&b, styles.Get("modus-vivendi"))
	b.WriteString("}\n")
	return b.Bytes()
}

// sitemap lists every page except 404.html, paper pages with the date they
// were last listed.
func sitemap(js []job, l links) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, j := range js {
		if j.kind == "404" || j.kind == "search" {
			continue
		}
		b.WriteString("<url><loc>")
		xml.EscapeText(&b, []byte(l.Abs(j.path())))
		b.WriteString("</loc>")
		if lm := lastmod(j); lm != "" {
			b.WriteString("<lastmod>" + lm + "</lastmod>")
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// lastmod is the W3C date a page last changed, when the page has one.
func lastmod(j job) string {
	switch {
	case j.paper != nil:
		if !j.paper.Updated.IsZero() && j.paper.Updated.After(j.paper.Date) {
			return j.paper.Updated.UTC().Format("2006-01-02")
		}
		return j.paper.Date.Format("2006-01-02")
	case j.page.Day != nil:
		return j.page.Day.Slug
	}
	return ""
}
