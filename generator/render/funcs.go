package render

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"maps"
	"reflect"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// links builds every internal URL of the site from its configuration: Rel
// prefixes the base path and Abs the base URL, so a site under /repo/ works
// unchanged.
type links struct{ cfg *model.Config }

func (l links) Rel(p string) string { return l.cfg.Rel(p) }
func (l links) Abs(p string) string { return l.cfg.Abs(p) }

// url is the template function "url": the root-relative URL of a link a
// template writes (see splitLink). One already under the site's base path,
// as url, static and paperURL return, is returned as it is (see based).
func (l links) url(s string) string {
	p, rest, abs := splitLink(s)
	if abs || l.based(s) {
		return s
	}
	return l.Rel(p) + rest
}

// absURL is the template function "absURL": the absolute URL of a link a
// template writes (see splitLink). One already under the site's base path,
// as url, static and paperURL return, is that URL on the site's host, its
// base path not written twice (see based).
func (l links) absURL(s string) string {
	p, rest, abs := splitLink(s)
	switch {
	case abs:
		return s
	case l.based(s):
		return l.cfg.Base.Scheme + "://" + l.cfg.Base.Host + s
	}
	return l.Abs(p) + rest
}

// based reports whether s, a link given to url or absURL, is a
// root-relative URL that already starts with the site's base path
// ("/repo/papers/…" when the site is at /repo/), as the URL functions
// write them: its path is read as markdown.SitePath reads a link written
// with the base path. A site at its host's root has no such links.
func (l links) based(s string) bool {
	p, _, _ := strings.Cut(s, "?")
	p, _, _ = strings.Cut(p, "#")
	return l.cfg.Base != nil && markdown.SitePath(p, l.cfg.BasePath()) != p
}

// splitLink splits a link given to url or absURL into the site path it
// names, without a leading "/" (the site root is the base path, as in
// Markdown links), and its ?query and #fragment, kept as they are. An
// absolute URL ("https://…", "mailto:…", "//host/…") is abs, to be left
// alone.
func splitLink(s string) (path, rest string, abs bool) {
	if textutil.HasScheme(s) || strings.HasPrefix(s, "//") {
		return s, "", true
	}
	s = strings.TrimPrefix(s, "/")
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		return s[:i], s[i:], false
	}
	return s, "", false
}

// authorName writes an author's name with its last given name (or
// initial, or particle) and its family name in a <span>, which the
// stylesheet sets as an inline block no wider than the line: the two stay
// on one line wherever the line has room for them, and wrap between
// them, not inside a word, only where it has not (a 320 px phone at 200%
// text): "Carroll <span>L. Wainwright</span>". A name of two words is
// written as it is: the inline block authorNames puts each name in with
// the comma after it (.authors .author) keeps its two together, and a
// span of its own, a box ending where its family name does, would let the
// line break before that comma. So is a name of one word, or written
// without spaces (Chinese, Japanese).
func authorName(name string) template.HTML {
	start, _ := textutil.NameTail(name)
	if start <= 0 {
		return template.HTML(template.HTMLEscapeString(name))
	}
	return template.HTML(template.HTMLEscapeString(name[:start]) + "<span>" + template.HTMLEscapeString(name[start:]) + "</span>")
}

// splitPunct cuts the separator s, a string or HTML (T's), after the
// punctuation it starts with (textutil.CutLeadingPunct), as HTML: a
// string is escaped. authorNames writes punct in the inline block of the
// name before it and rest after the block.
func splitPunct(s any) (punct, rest string, err error) {
	var h string
	switch s := s.(type) {
	case template.HTML:
		h = string(s)
	case string:
		h = template.HTMLEscapeString(s)
	case nil:
	default:
		return "", "", fmt.Errorf("a separator of %T, want a string or HTML", s)
	}
	punct, rest = textutil.CutLeadingPunct(h)
	return punct, rest, nil
}

// funcMap is the template function set of the theme; c has the words of
// the site's language.
func funcMap(l links, c *i18n.Catalog) template.FuncMap {
	fm := template.FuncMap{
		"url":          l.url,
		"absURL":       l.absURL,
		"paperURL":     func(p *model.Paper) string { return l.Rel(p.Path()) },
		"dayURL":       func(d *model.Day) string { return l.Rel(d.Path()) },
		"weekURL":      func(w *model.Week) string { return l.Rel(w.Path()) },
		"monthURL":     func(m *model.Month) string { return l.Rel(m.Path()) },
		"topicURL":     func(t *model.Topic) string { return l.Rel(t.Path()) },
		"authorURL":    func(a *model.Author) string { return l.Rel(a.Path()) },
		"monthName":    func(m *model.Month) string { return c.Date("dateMonth", m.Start) },
		"T":            c.HTML,
		"jsMessages":   func(ids ...string) (template.JS, error) { return jsMessages(c, ids) },
		"plural":       textutil.Plural,
		"truncate":     truncate,
		"inlineMath":   inlineMath,
		"inlineMathML": inlineMathML,
		"hideArrows":   hideArrows,
		"breakURL":     breakURL,
		"mathText":     tex.UnicodeText,
		"first":        firstOf,
		"sort":         sortList(l.cfg.Language),
		"firstAuthors": first[*model.Author],
		"coauthors":    perAuthor(coauthors).get,
		"authorTopics": perAuthor(authorTopics).get,
		"arxivAbs":     func(p *model.Paper) string { return p.ArXivURL("abs") },
		"arxivPDF":     (*model.Paper).PDFURL,
		"hfURL":        (*model.Paper).HFURL,
		"jsonText":     jsonText,
		"add":          func(a, b int) int { return a + b },
		"sub":          func(a, b int) int { return a - b },
		"dict":         dict,
		"hasPrefix":    strings.HasPrefix,
		"known":        known,
		"linkURLs":     linkURLs,
		"authorIndex":  func(authors []*model.Author) []AuthorGroup { return authorIndex(l.cfg.Language, authors) },
		"ogLocale":     func() string { return ogLocale(l.cfg.Language) },
		"config":       func() *model.Config { return l.cfg },
		"capitalize":   textutil.Capitalize,
		"authorName":   authorName,
	}
	maps.Copy(fm, c.Funcs(l.cfg))
	refuseUnknownDates(fm)
	maps.Copy(fm, organizationFuncs(l))
	fm["structuredData"] = structured{l, c}.data
	return fm
}

// jsMessages is the template function "jsMessages": the messages ids for
// a script, as a JavaScript object of each id's plural forms, every
// argument left as a {Name} for the script to fill in (see i18n.Forms).
func jsMessages(c *i18n.Catalog, ids []string) (template.JS, error) {
	out := make(map[string]map[string]string, len(ids))
	for _, id := range ids {
		forms, err := c.Forms(id)
		if err != nil {
			return "", err
		}
		out[id] = forms
	}
	return jsonText(out)
}

// ogLocale is the Open Graph locale of a language tag, language_TERRITORY
// with the territory its speakers most likely live in: "en" is en_US,
// "fr-CA" fr_CA, "zh" zh_CN.
func ogLocale(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return "en_US"
	}
	base, _ := t.Base()
	region, _ := t.Region()
	return base.String() + "_" + region.String()
}

// first returns at most the first n elements of list.
func first[T any](n int, list []T) []T { return list[:min(n, len(list))] }

// firstOf returns at most the first n elements of any list (papers, days,
// topics, …), so {{first 10 .Site.Days}} needs no length check; n below 0
// is an error.
func firstOf(n int, list any) (any, error) {
	v := reflect.ValueOf(list)
	if k := v.Kind(); k != reflect.Slice && k != reflect.Array {
		return nil, fmt.Errorf("first takes a number and a list, not a %T", list)
	}
	if n < 0 {
		return nil, fmt.Errorf("first %d: give 0 or more", n)
	}
	return v.Slice(0, min(n, v.Len())).Interface(), nil
}

// jsonText marshals v as JSON, for a <script>: a JavaScript value, not a
// string holding its JSON text. encoding/json escapes <, > and &, so the
// value cannot end the script. A paper, a day, a topic, … cannot be
// written whole, as each links to others that link back (a paper's days
// list it): the error says to pass the fields the script needs.
func jsonText(v any) (template.JS, error) {
	b, err := json.Marshal(v)
	var bad *json.UnsupportedValueError
	if errors.As(err, &bad) {
		if via, ok := strings.CutPrefix(bad.Str, "encountered a cycle via "); ok {
			return "", cycleError(reflect.TypeOf(v).String(), via)
		}
	}
	if err != nil {
		return "", fmt.Errorf("cannot write the value as JSON: %v", err)
	}
	return template.JS(b), nil
}

// cycled are the site's values that link back to themselves through
// others, by type, each named and with the dict of its fields a script
// would take instead.
var cycled = map[string][2]string{
	"*model.Paper":        {"a paper", `(dict "id" .ID "title" .Title "url" (paperURL .))`},
	"*model.Day":          {"a day", `(dict "date" .Slug "title" .Title "url" (dayURL .))`},
	"*model.Week":         {"a week", `(dict "week" .Slug "url" (weekURL .))`},
	"*model.Month":        {"a month", `(dict "month" .Slug "url" (monthURL .))`},
	"*model.Topic":        {"a topic", `(dict "slug" .Slug "name" .Name)`},
	"*model.Author":       {"an author", `(dict "slug" .Slug "name" .Name)`},
	"*model.Organization": {"an organization", `(dict "slug" .Slug "name" .Name)`},
	"*model.Site":         {"the site", `(dict "title" .Config.Title)`},
}

// cycleError is jsonText's error for a value of type typ (a Go type's
// name, "*model.Paper" or "[]*model.Paper") whose links lead back to it
// through the type via.
func cycleError(typ, via string) error {
	elem, list := strings.CutPrefix(typ, "[]")
	what, ok := cycled[elem]
	if !ok {
		what, ok = cycled[via]
		list = false
	}
	if !ok {
		what = [2]string{"this value (" + typ + ")", `(dict "title" .Title)`}
	}
	if list {
		noun := strings.TrimPrefix(strings.TrimPrefix(what[0], "an "), "a ") + "s"
		return fmt.Errorf("cannot write a list of %s as JSON whole: each links to the site's other values, which link back to it; "+
			"range over the list and pass jsonText a dict of the fields the script needs of each, as %s", noun, what[1])
	}
	return fmt.Errorf("cannot write %s as JSON whole: it links to the site's other values, which link back to it; "+
		"pass jsonText a dict of the fields the script needs, as %s", what[0], what[1])
}

// truncate is textutil.Truncate for templates, refusing a length that
// leaves nothing but the ellipsis.
func truncate(n int, s string) (string, error) {
	if n < 1 {
		return "", fmt.Errorf("the length must be 1 or more, not %d", n)
	}
	return textutil.Truncate(n, s), nil
}

// known returns the date t, or nil when t is the zero time: the value of
// a date a paper may not have (.Paper.Published, .Paper.Updated), so
// that {{with known .Paper.Updated}} skips an unknown one. A plain
// {{with}} of a time.Time never does, the zero time being a value too.
func known(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// errUnknownDate is the error of a date function given the zero time: a
// date the source does not give (a paper without updated:), which would
// be published as "Monday, January 1, 0001". The template error names the
// line and the {{with known …}} to write (unknownDateHint).
var errUnknownDate = errors.New("the date is unknown (its source does not give it), and would show as the year 1")

// refuseUnknownDates makes the date functions of fm (isoDate, longDate,
// shortDate, noYearDate, formatDate) refuse the zero time.
func refuseUnknownDates(fm template.FuncMap) {
	for _, name := range []string{"isoDate", "longDate", "shortDate", "noYearDate"} {
		if f, ok := fm[name].(func(time.Time) string); ok {
			fm[name] = func(t time.Time) (string, error) {
				if t.IsZero() {
					return "", errUnknownDate
				}
				return f(t), nil
			}
		}
	}
	if f, ok := fm["formatDate"].(func(string, time.Time) string); ok {
		fm["formatDate"] = func(layout string, t time.Time) (string, error) {
			if t.IsZero() {
				return "", errUnknownDate
			}
			return f(layout, t), nil
		}
	}
}

// unknownDateRE matches the error of a date function given the zero
// time, with the call's operands.
var unknownDateRE = regexp.MustCompile(`at <(\w+) ([^>]*)>: error calling \w+: ` + regexp.QuoteMeta(errUnknownDate.Error()) + `$`)

// unknownDateHint says, for msg, the error of a date function given the
// zero time ({{longDate .Paper.Updated}} on a paper without updated:), to
// show the date only when it is known, with the {{with known …}} to
// write; "" for any other message.
func unknownDateHint(msg string) string {
	m := unknownDateRE.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	i := strings.LastIndexByte(m[2], ' ') + 1
	if strings.HasSuffix(m[2], ")") { // a pipeline: (index .Dates 0)
		i = strings.IndexByte(m[2], '(')
	}
	before, date := m[2][:i], m[2][i:]
	return fmt.Sprintf("show it only where it is known: {{with known %s}}…{{%s %s.}}…{{end}}", date, m[1], before)
}

// dict is the template function dict: a map of its arguments taken in
// pairs, each a key (a string) and its value, to hand a partial more than
// one value: {{template "card" (dict "Paper" . "Thumbs" $.Config.Extra.thumbs)}}.
func dict(pairs ...any) (map[string]any, error) {
	if len(pairs)%2 != 0 {
		return nil, fmt.Errorf("dict takes keys and values in pairs, and got %s", textutil.Plural(len(pairs), "argument", "arguments"))
	}
	m := make(map[string]any, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		k, ok := pairs[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %d is %T, not a string", i/2+1, pairs[i])
		}
		m[k] = pairs[i+1]
	}
	return m, nil
}

// arrowHider wraps the arrows of a message in spans hidden from screen
// readers, which read "← Newer" as "left arrow Newer".
var arrowHider = strings.NewReplacer("←", `<span aria-hidden="true">←</span>`, "→", `<span aria-hidden="true">→</span>`)

// hideArrows is the template function "hideArrows": h, a message as
// HTML, with its arrows hidden from screen readers (arrowHider). An arrow
// is a character in HTML, so the markup it adds keeps h as safe as it was.
func hideArrows(h template.HTML) template.HTML { return template.HTML(arrowHider.Replace(string(h))) }

// breakAfter are the characters after which breakURL lets an address
// break.
const breakAfter = "/.?&="

// breakURL is the template function "breakURL": address s as HTML that a
// narrow line breaks only after a / . ? & or = (a <wbr> after each run of
// them) outside its host, and never after a hyphen, where a browser breaks
// by itself ("…paperboy-" above, "digest.github.io/…" below): a hyphen
// stays with the character after it (span.nowrap). The host's dots get no
// <wbr>, so a line breaks before the host (after "//", or a mailto:
// address's "@") or after it, not between "github." and "io/…"; a host
// too long for a line alone breaks where the page's overflow-wrap breaks
// a word too long.
func breakURL(s string) template.HTML {
	hostStart, hostEnd := urlHost(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == '-' {
			j++
		}
		if j < len(s) {
			_, n := utf8.DecodeRuneInString(s[j:])
			j += n
		}
		if s[i] == '-' {
			b.WriteString(`<span class="nowrap">` + template.HTMLEscapeString(s[i:j]) + `</span>`)
		} else {
			b.WriteString(template.HTMLEscapeString(s[i:j]))
		}
		inHost := j-1 >= hostStart && j-1 < hostEnd
		if j < len(s) && (j == hostStart || !inHost && strings.IndexByte(breakAfter, s[j-1]) >= 0 && strings.IndexByte(breakAfter, s[j]) < 0) {
			b.WriteString("<wbr>")
		}
		i = j
	}
	return template.HTML(b.String())
}

// urlHost returns where the host of the address s starts and ends: what
// follows "//" up to a / ? or #, or a mailto: address's domain up to a
// ?; 0, 0 when s has none.
func urlHost(s string) (start, end int) {
	if i := strings.Index(s, "//"); i >= 0 {
		start = i + 2
	} else if len(s) > len("mailto:") && strings.EqualFold(s[:len("mailto:")], "mailto:") {
		start = strings.IndexByte(s, '@') + 1
		if start == 0 {
			return 0, 0
		}
	} else {
		return 0, 0
	}
	end = len(s)
	if k := strings.IndexAny(s[start:], "/?#"); k >= 0 {
		end = start + k
	}
	return start, end
}
