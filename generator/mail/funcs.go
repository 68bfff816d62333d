package mail

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// links builds absolute URLs of the site's pages: a message read in a mail
// client has no base to resolve a relative link against.
type links struct{ cfg *model.Config }

// Abs returns the absolute URL of the site path p ("papers/2410.07166/").
func (l links) Abs(p string) string { return l.cfg.Abs(p) }

// funcs is the function set of the email and subject templates. Every URL
// function returns an absolute URL.
func funcs(l links) map[string]any {
	return map[string]any{
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
		"longDate":   func(t time.Time) string { return t.Format("Monday, January 2, 2006") },
		"shortDate":  func(t time.Time) string { return t.Format("Jan 2, 2006") },
		"plural":     textutil.Plural,
		"truncate":   textutil.Truncate,
		"authorList": authorList,
		"wrap":       wrap,
		"hang":       hang,
		"topicNames": topicNames,
		"repeat":     func(n int, s string) string { return strings.Repeat(s, max(0, n)) },
		"add":        func(a, b int) int { return a + b },
	}
}

// authorList names at most n authors: "A", "A and B", "A, B, and C",
// "A, B, and 3 others".
func authorList(n int, names []string) string {
	switch {
	case len(names) == 0:
		return ""
	case len(names) == 1:
		return names[0]
	case len(names) == 2:
		return names[0] + " and " + names[1]
	case len(names) <= n+1: // "and 1 other" would take as much room as the name
		return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return strings.Join(names[:n], ", ") + ", and " + textutil.Plural(len(names)-n, "other", "others")
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

// topicNames lists the names of the paper's topics: "Diffusion models, Computer vision".
func topicNames(p *model.Paper) string {
	names := make([]string, len(p.TopicRefs))
	for i, t := range p.TopicRefs {
		names[i] = t.Name
	}
	return strings.Join(names, ", ")
}
