package mail

import (
	htmltemplate "html/template"
	"maps"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// links builds absolute URLs of the site's pages: a message read in a mail
// client has no base to resolve a relative link against.
type links struct{ cfg *model.Config }

// Abs returns the absolute URL of the site path p ("papers/2410.07166/").
func (l links) Abs(p string) string { return l.cfg.Abs(p) }

// funcs is the function set of the plain-text email template and of the
// subject and preheader templates; c has the words of the site's
// language. Every URL function returns an absolute URL. T renders a
// message as plain text.
func funcs(l links, c *i18n.Catalog) map[string]any {
	return map[string]any{
		"T":          c.Text,
		"absURL":     l.Abs,
		"paperURL":   func(p *model.Paper) string { return l.Abs(p.Path()) },
		"dayURL":     func(d *model.Day) string { return l.Abs(d.Path()) },
		"weekURL":    func(w *model.Week) string { return l.Abs(w.Path()) },
		"monthURL":   func(m *model.Month) string { return l.Abs(m.Path()) },
		"topicURL":   func(t *model.Topic) string { return l.Abs(t.Path()) },
		"authorURL":  func(a *model.Author) string { return l.Abs(a.Path()) },
		"arxivAbs":   func(p *model.Paper) string { return p.ArXivURL("abs") },
		"pdfURL":     (*model.Paper).PDFURL,
		"isoDate":    func(t time.Time) string { return t.Format("2006-01-02") },
		"longDate":   func(t time.Time) string { return c.Date("dateLong", t) },
		"shortDate":  func(t time.Time) string { return c.Date("dateShort", t) },
		"formatDate": c.Format,
		"plural":     textutil.Plural, // English only: kept for the templates of existing themes; T counts in every language
		"truncate":   textutil.Truncate,
		"authorList": func(n int, names []string) (string, error) { return authorList(c, n, names) },
		"wrap":       wrap,
		"hang":       hang,
		"topicNames": func(p *model.Paper) (string, error) { return topicNames(c, p) },
		"repeat":     func(n int, s string) string { return strings.Repeat(s, max(0, n)) },
		"add":        func(a, b int) int { return a + b },
		"langAttr":   func(p *model.Paper) htmltemplate.HTMLAttr { return i18n.LangAttr(l.cfg.ForeignLang(p)) },
	}
}

// htmlFuncs is the function set of the HTML email template: fm (funcs)
// with T rendering a message as HTML, its own markup kept and its
// arguments escaped.
func htmlFuncs(fm map[string]any, c *i18n.Catalog) map[string]any {
	h := maps.Clone(fm)
	h["T"] = c.HTML
	return h
}

// authorList names at most n authors with the messages of c: "A", "A and
// B", "A, B, and C", "A, B, and 3 others" in English.
func authorList(c *i18n.Catalog, n int, names []string) (string, error) {
	w := i18n.Texts{Catalog: c}
	var s string
	switch {
	case len(names) == 0:
		return "", nil
	case len(names) == 1:
		return names[0], nil
	case len(names) == 2:
		s = names[0] + w.Text("listAnd") + names[1]
	case len(names) <= n+1: // "and 1 other" would take as much room as the name
		s = strings.Join(names[:len(names)-1], w.Text("listComma")) + w.Text("listLastAnd") + names[len(names)-1]
	default:
		s = strings.Join(names[:n], w.Text("listComma")) + w.Text("andOthers", len(names)-n)
	}
	if err := w.Err(); err != nil {
		return "", err
	}
	return s, nil
}

// wrap fills the paragraphs of s (separated by blank lines) to lines of at
// most width runes, each line starting with indent. Words longer than a
// line (URLs) stand on a line of their own, unbroken.
func wrap(width int, indent, s string) string {
	var b strings.Builder
	for i, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(indent)
		col := utf8.RuneCountInString(indent)
		start := col
		for _, w := range words {
			n := utf8.RuneCountInString(w)
			if col > start && col+1+n > width {
				b.WriteString("\n" + indent)
				col = start
			}
			if col > start {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(w)
			col += n
		}
	}
	return b.String()
}

// hang fills s like wrap with a hanging indent: the first line starts
// with marker ("1. "), the others with as many spaces.
func hang(width int, marker, s string) string {
	return marker + strings.TrimLeft(wrap(width, strings.Repeat(" ", utf8.RuneCountInString(marker)), s), " ")
}

// topicNames lists the names of the paper's topics, separated by c's
// listComma: "Diffusion models, Computer vision".
func topicNames(c *i18n.Catalog, p *model.Paper) (string, error) {
	switch len(p.TopicRefs) {
	case 0:
		return "", nil
	case 1:
		return p.TopicRefs[0].Name, nil
	}
	comma, err := c.Text("listComma")
	if err != nil {
		return "", err
	}
	names := make([]string, len(p.TopicRefs))
	for i, t := range p.TopicRefs {
		names[i] = t.Name
	}
	return strings.Join(names, comma), nil
}
