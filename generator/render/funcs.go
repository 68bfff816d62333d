package render

import (
	"encoding/json"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// links builds every internal URL of the site. Paths are relative to the
// site root ("papers/2410.07166/"); Rel prefixes the base path and Abs the
// base URL, so a site under /repo/ works unchanged.
type links struct {
	base string // base path: "/" or "/repo/"
	abs  string // base URL with final slash
}

// Rel returns the root-relative URL of the site path p.
func (l links) Rel(p string) string { return l.base + escapePath(p) }

// Abs returns the absolute URL of the site path p.
func (l links) Abs(p string) string { return l.abs + escapePath(p) }

// escapePath percent-encodes each segment of a slash path that needs it
// (author and topic slugs keep non-ASCII letters).
func escapePath(p string) string {
	for i := 0; i < len(p); i++ {
		if c := p[i]; c >= 0x80 || c == '%' || c == ' ' || c == '?' || c == '#' {
			segs := strings.Split(p, "/")
			for j, s := range segs {
				segs[j] = url.PathEscape(s)
			}
			return strings.Join(segs, "/")
		}
	}
	return p
}

// Paths of the pages below the site root, as files are named (not escaped).
func paperPath(p *model.Paper) string   { return "papers/" + p.Slug + "/" }
func dayPath(d *model.Day) string       { return "days/" + d.Slug + "/" }
func weekPath(w *model.Week) string     { return "weeks/" + w.Slug + "/" }
func monthPath(m *model.Month) string   { return "months/" + m.Slug + "/" }
func topicPath(t *model.Topic) string   { return "topics/" + t.Slug + "/" }
func authorPath(a *model.Author) string { return "authors/" + a.Slug + "/" }

// funcMap is the template function set of the theme.
func funcMap(l links) template.FuncMap {
	return template.FuncMap{
		"url":          l.Rel,
		"absURL":       l.Abs,
		"paperURL":     func(p *model.Paper) string { return l.Rel(paperPath(p)) },
		"dayURL":       func(d *model.Day) string { return l.Rel(dayPath(d)) },
		"weekURL":      func(w *model.Week) string { return l.Rel(weekPath(w)) },
		"monthURL":     func(m *model.Month) string { return l.Rel(monthPath(m)) },
		"topicURL":     func(t *model.Topic) string { return l.Rel(topicPath(t)) },
		"authorURL":    func(a *model.Author) string { return l.Rel(authorPath(a)) },
		"isoDate":      func(t time.Time) string { return t.Format("2006-01-02") },
		"longDate":     func(t time.Time) string { return t.Format("Monday, January 2, 2006") },
		"shortDate":    func(t time.Time) string { return t.Format("Jan 2, 2006") },
		"monthName":    func(m *model.Month) string { return m.Start.Format("January 2006") },
		"weekName":     weekName,
		"plural":       plural,
		"truncate":     truncate,
		"first":        first[*model.Paper],
		"firstAuthors": first[*model.Author],
		"arxivAbs":     func(p *model.Paper) string { return arxivURL("abs", p) },
		"arxivPDF":     pdfURL,
		"hfURL":        func(p *model.Paper) string { return hfURL(p) },
		"jsonText":     jsonText,
		"add":          func(a, b int) int { return a + b },
		"hasPrefix":    strings.HasPrefix,
	}
}

func weekName(w *model.Week) string {
	end := w.Start.AddDate(0, 0, 6)
	return w.Start.Format("Jan 2") + " – " + end.Format("Jan 2, 2006")
}

// plural returns "1 paper" or "3 papers".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// truncate shortens s to at most n runes, cutting at a word boundary and adding "…".
func truncate(n int, s string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	return strings.TrimRight(s, " ,;:.") + "…"
}

// first returns at most the first n elements of list.
func first[T any](n int, list []T) []T { return list[:min(n, len(list))] }

// arxivURL returns https://arxiv.org/<kind>/<id>, or "" for papers not on arXiv.
func arxivURL(kind string, p *model.Paper) string {
	if p.ArXiv == "" {
		return ""
	}
	return "https://arxiv.org/" + kind + "/" + p.ArXiv
}

// pdfURL is the paper's PDF link: its pdf field, or arXiv's.
func pdfURL(p *model.Paper) string {
	if p.PDF != "" {
		return p.PDF
	}
	return arxivURL("pdf", p)
}

// hfURL is the paper's Hugging Face page, for new-style arXiv ids.
func hfURL(p *model.Paper) string {
	if p.ArXiv == "" || strings.Contains(p.ArXiv, "/") {
		return ""
	}
	return "https://huggingface.co/papers/" + p.ArXiv
}

// jsonText marshals v as JSON text.
func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "null"
	}
	return string(b)
}
