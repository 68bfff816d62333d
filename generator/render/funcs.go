package render

import (
	"encoding/json"
	"html/template"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// links builds every internal URL of the site from its configuration: Rel
// prefixes the base path and Abs the base URL, so a site under /repo/ works
// unchanged.
type links struct{ cfg *model.Config }

func (l links) Rel(p string) string { return l.cfg.Rel(p) }
func (l links) Abs(p string) string { return l.cfg.Abs(p) }

// funcMap is the template function set of the theme.
func funcMap(l links) template.FuncMap {
	return template.FuncMap{
		"url":          l.Rel,
		"absURL":       l.Abs,
		"paperURL":     func(p *model.Paper) string { return l.Rel(p.Path()) },
		"dayURL":       func(d *model.Day) string { return l.Rel(d.Path()) },
		"weekURL":      func(w *model.Week) string { return l.Rel(w.Path()) },
		"monthURL":     func(m *model.Month) string { return l.Rel(m.Path()) },
		"topicURL":     func(t *model.Topic) string { return l.Rel(t.Path()) },
		"authorURL":    func(a *model.Author) string { return l.Rel(a.Path()) },
		"isoDate":      func(t time.Time) string { return t.Format("2006-01-02") },
		"longDate":     func(t time.Time) string { return t.Format("Monday, January 2, 2006") },
		"shortDate":    func(t time.Time) string { return t.Format("Jan 2, 2006") },
		"monthName":    func(m *model.Month) string { return m.Start.Format("January 2006") },
		"weekName":     weekName,
		"plural":       textutil.Plural,
		"truncate":     textutil.Truncate,
		"inlineMath":   inlineMath,
		"first":        first[*model.Paper],
		"firstAuthors": first[*model.Author],
		"arxivAbs":     func(p *model.Paper) string { return p.ArXivURL("abs") },
		"arxivPDF":     (*model.Paper).PDFURL,
		"hfURL":        (*model.Paper).HFURL,
		"jsonText":     jsonText,
		"add":          func(a, b int) int { return a + b },
		"hasPrefix":    strings.HasPrefix,
	}
}

func weekName(w *model.Week) string {
	end := w.Start.AddDate(0, 0, 6)
	return w.Start.Format("Jan 2") + " – " + end.Format("Jan 2, 2006")
}

// first returns at most the first n elements of list.
func first[T any](n int, list []T) []T { return list[:min(n, len(list))] }

// jsonText marshals v as JSON text.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}
