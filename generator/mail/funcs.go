package mail

import (
	"html/template"
	"maps"
	"path"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// links builds absolute URLs of the site's pages: a message read in a mail
// client has no base to resolve a relative link against.
type links struct{ cfg *model.Config }

// Abs returns the absolute URL of the site path p ("papers/2410.07166/").
func (l links) Abs(p string) string { return l.cfg.Abs(p) }

// Image returns the absolute URL of paper p's figure (image:), as the
// feeds resolve it, or "" when it has none.
func (l links) Image(p *model.Paper) string {
	if p.Image == "" {
		return ""
	}
	return l.cfg.AbsPath(p.Image)
}

// funcs is the function set of the plain-text email template and of the
// subject and preheader templates; c has the words of the site's
// language. Every URL function returns an absolute URL. T renders a
// message as plain text.
func funcs(l links, c *i18n.Catalog) map[string]any {
	fm := map[string]any{
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
		"doiURL":     doi.URL,
		"imageURL":   l.Image,
		"imageWidth": imageWidth,
		"venue":      func(p *model.Paper) (string, error) { return venueText(c, p) },
		"plural":     textutil.Plural, // English only: kept for the templates of existing themes; T counts in every language
		"truncate":   textutil.Truncate,
		"authorList": func(n int, names []string) (string, error) { return authorList(c, n, names) },
		"wrap":       wrap,
		"hang":       hang,
		"topicNames": func(p *model.Paper) (string, error) { return topicNames(c, p) },
		"repeat":     func(n int, s string) string { return strings.Repeat(s, max(0, n)) },
		"columns":    textutil.Columns,
		"pad":        pad,
		"add":        func(a, b int) int { return a + b },
		"mathText":   tex.UnicodeText,
		"listTitle":  c.ListTitle, // "[Withdrawn] …" as the feeds' titles say it
	}
	maps.Copy(fm, c.Funcs(l.cfg))
	return fm
}

// imageWidth is the width attribute of paper p's figure in a column at
// most most pixels wide, as the feeds write it (model.FitWidth): its
// width, at most most, when the build read its size, else 0.
func imageWidth(most int, p *model.Paper) int {
	w, _ := model.FitWidth(p.ImageWidth, p.ImageHeight, most)
	return w
}

// htmlFuncs is the function set of the HTML email template: fm (funcs)
// with T rendering a message as HTML, its own markup kept and its
// arguments escaped, authorList isolating each name in a <bdi>, and
// imageURL "" for a figure mail clients do not show (shownInMail), for
// which it calls left, when not nil, so that Warnings can name it.
func htmlFuncs(fm map[string]any, c *i18n.Catalog, left func(*model.Paper)) map[string]any {
	h := maps.Clone(fm)
	h["T"] = c.HTML
	image := fm["imageURL"].(func(*model.Paper) string)
	h["imageURL"] = func(p *model.Paper) string {
		u := image(p)
		if u != "" && !shownInMail(u) {
			if left != nil {
				left(p)
			}
			return ""
		}
		return u
	}
	h["authorList"] = func(n int, names []string) (template.HTML, error) { return authorListHTML(c, n, names) }
	h["venue"] = func(p *model.Paper) (template.HTML, error) { return venue(c, p) }
	h["outlookColumn"] = outlookColumn
	h["outlookColumnEnd"] = func() template.HTML { return outlookColumnEnd }
	return h
}

// venue is where paper p was published, as its page says it with the
// messages of c: its journal (publishedInJournal), else its conference
// (publishedInConference), else arXiv's journal reference (publishedIn);
// "" when it gives none. It tells a journal article from a preprint.
func venue(c *i18n.Catalog, p *model.Paper) (template.HTML, error) {
	switch {
	case p.Journal != "":
		return c.HTML("publishedInJournal", "Journal", p.Journal, "Volume", p.Volume, "Issue", p.Issue, "Pages", p.Pages)
	case p.Conference != "":
		return c.HTML("publishedInConference", "Conference", p.Conference, "Pages", p.Pages)
	case p.JournalRef != "":
		return c.HTML("publishedIn", "Ref", p.JournalRef)
	}
	return "", nil
}

// venueText is venue as plain text, for the text part: the messages
// mark the journal's name up (<cite>), which its text drops.
func venueText(c *i18n.Catalog, p *model.Paper) (string, error) {
	h, err := venue(c, p)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(string(h)))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		if tt == html.TextToken {
			b.Write(z.Text())
		}
	}
	return b.String(), nil
}

// shownInMail reports whether mail clients show the image at the address
// u in an <img>: Gmail and Outlook show no SVG (a broken image, or the
// alt text), which many figures are saved as. The plain-text part still
// links it, and a browser shows it.
func shownInMail(u string) bool {
	if strings.HasPrefix(strings.ToLower(u), "data:image/svg") {
		return false
	}
	u, _, _ = strings.Cut(u, "#")
	u, _, _ = strings.Cut(u, "?")
	ext := strings.ToLower(path.Ext(u))
	return ext != ".svg" && ext != ".svgz"
}

// outlookColumn opens a table width pixels wide that only Outlook for
// Windows and Windows Mail read (an <!--[if mso]> comment, which
// html/template drops from a template's own text, so a function writes
// it): their Word engine ignores max-width, and a column of width:100%;
// max-width:600px stretched every line across the whole reading pane.
// outlookColumnEnd closes it.
func outlookColumn(width int) template.HTML {
	w := strconv.Itoa(width)
	return template.HTML(`<!--[if mso]><table role="presentation" width="` + w + `" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td width="` + w + `"><![endif]-->`)
}

// outlookColumnEnd closes outlookColumn's table.
const outlookColumnEnd template.HTML = `<!--[if mso]></td></tr></table><![endif]-->`

// authorList names at most n authors with the messages of c: "A", "A and
// B", "A, B, and C", "A, B, and 3 others" in English. Each name's last
// given name is joined to its family name by a no-break space, so that
// wrap never ends a line with "Carroll L." and starts the next with
// "Wainwright", as the pages keep them together.
func authorList(c *i18n.Catalog, n int, names []string) (string, error) {
	return joinAuthors(c, n, names, func(name, after string) string { return joinFamilyName(name) + after })
}

// joinFamilyName joins the last two words of the name s by a no-break
// space (textutil.NameTail): "Carroll L. Wainwright" is "Carroll
// L.\u00a0Wainwright".
func joinFamilyName(s string) string {
	if _, i := textutil.NameTail(s); i > 0 {
		return s[:i] + "\u00a0" + s[i+1:]
	}
	return s
}

// authorListHTML is authorList for the HTML part: each name in a <bdi>,
// as the site's pages isolate them, so consecutive right-to-left names keep
// their order (bdiName), in a span of nameTailStyle with the punctuation
// that follows it (textutil.CutLeadingPunct: the comma of ", " and of ", and
// 3 others"), as the pages' bylines write them (render's authorNames): a
// line may break after an inline block even before a comma, so a name's
// own span ending it let a line start with the comma after it. The rest
// escaped.
func authorListHTML(c *i18n.Catalog, n int, names []string) (template.HTML, error) {
	s, err := joinAuthors(c, n, names, func(name, after string) string {
		punct, rest := textutil.CutLeadingPunct(after)
		return `<span style="` + nameTailStyle + `">` + bdiName(name) + template.HTMLEscapeString(punct) + "</span>" + template.HTMLEscapeString(rest)
	})
	return template.HTML(s), err
}

// bdiName is an author's name for the HTML part, escaped in a <bdi>: a
// name of three words or more has its last two (textutil.NameTail) in a
// span of nameTailStyle joined by nameTailSpace, as the pages' author
// links write them (render's authorName): "<bdi>Carroll
// <span style=…>L.…Wainwright</span></bdi>"; a name of two is joined by
// nameTailSpace alone, the span authorListHTML puts it in keeping the two
// together.
func bdiName(s string) string {
	start, space := textutil.NameTail(s)
	switch {
	case start < 0:
		return "<bdi>" + template.HTMLEscapeString(s) + "</bdi>"
	case start == 0:
		return "<bdi>" + template.HTMLEscapeString(s[:space]) + nameTailSpace + template.HTMLEscapeString(s[space+1:]) + "</bdi>"
	}
	return "<bdi>" + template.HTMLEscapeString(s[:start]) + `<span style="` + nameTailStyle + `">` +
		template.HTMLEscapeString(s[start:space]) + nameTailSpace + template.HTMLEscapeString(s[space+1:]) + "</span></bdi>"
}

// nameTailStyle keeps a name's last given name on the line of its family
// name in the HTML part, and a name on the line of the comma after it, as
// the pages' stylesheet does (.authors .author, .authors a > span): an
// inline block, which is never wider than the line (the column's
// overflow-wrap:anywhere lets its words break where one alone is wider),
// holds what it holds on one line wherever the line has room for it, and
// wraps between words, not inside one, where it has not (a phone's 320 px
// at 200% text). It is inline because mail clients drop <style>.
const nameTailStyle = "display:inline-block"

// nameTailSpace is the space between a name's last given name and its
// family name in the HTML part: a no-break space for Outlook for Windows
// and Windows Mail, whose Word engine ignores display but display:none and
// white-space (caniemail), and so broke the line between the two as any
// other; a space for every other client, which keeps the two together by
// nameTailStyle and can still wrap between them where the two are wider
// than the line (a no-break space would have the column's
// overflow-wrap:anywhere break a word instead). Word shows what an
// <!--[if mso]> comment holds, and hides what <!--[if !mso]><!--> …
// <!--<![endif]--> holds, which the others show: 66 bytes a name.
const nameTailSpace = "<!--[if mso]>&nbsp;<![endif]--><!--[if !mso]><!--> <!--<![endif]-->"

// joinAuthors writes the list of authorList: each name shown with the
// catalog's words that follow it (a comma, "and", "and 3 others", or
// nothing after the last) through item.
func joinAuthors(c *i18n.Catalog, n int, names []string, item func(name, after string) string) (string, error) {
	w := i18n.Texts{Catalog: c}
	shown, after := names, make([]string, min(len(names), n+1))
	switch {
	case len(names) == 0:
		return "", nil
	case len(names) == 1:
	case len(names) == 2:
		after[0] = w.Text("listAnd")
	case len(names) <= n+1: // "and 1 other" would take as much room as the name
		for i := range len(names) - 2 {
			after[i] = w.Text("listComma")
		}
		after[len(names)-2] = w.Text("listLastAnd")
	default:
		shown, after = names[:n], after[:n]
		for i := range n - 1 {
			after[i] = w.Text("listComma")
		}
		after[n-1] = w.Text("andOthers", len(names)-n)
	}
	if err := w.Err(); err != nil {
		return "", err
	}
	var b strings.Builder
	for i, name := range shown {
		b.WriteString(item(name, after[i]))
	}
	return b.String(), nil
}

// wrap fills the paragraphs of s (separated by blank lines) to lines of at
// most width runes, each line starting with indent. Words longer than a
// line (URLs) stand on a line of their own, unbroken. A line broken at a
// space ends in softBreak, and one broken between two Chinese or
// Japanese characters, which no space separates, in tightBreak; compose
// makes both format=flowed's soft line break (see flow), so that a client
// narrower than width can reflow the paragraph.
func wrap(width int, indent, s string) string {
	var b strings.Builder
	for i, para := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		us := units(para)
		if len(us) == 0 {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(indent)
		col := utf8.RuneCountInString(indent)
		start := col
		for _, u := range us {
			space := u.space && col > start
			need := u.width
			if space {
				need++
			}
			if col > start && col+need > width {
				if space {
					b.WriteString(softBreak) // the space it replaces comes back when a client reflows the paragraph
				} else {
					b.WriteString(tightBreak)
				}
				b.WriteString("\n" + indent)
				col, space = start, false
			}
			if space {
				b.WriteByte(' ')
				col++
			}
			b.WriteString(u.text)
			col += u.width
		}
	}
	return b.String()
}

// breaks reports whether wrap may break a line at r: a space, but not a
// no-break space (textutil.NoBreakSpace).
func breaks(r rune) bool {
	return unicode.IsSpace(r) && !textutil.NoBreakSpace(r)
}

// unit is what wrap never breaks: a word of a language written with
// spaces, or one Chinese or Japanese character (with the punctuation that
// may not start a line after it), which are written without spaces and
// may break between any two.
type unit struct {
	text  string
	space bool // a space comes before it
	width int  // in columns: two for a wide character
}

// units splits a paragraph into the units wrap fills lines with, at its
// spaces but the no-break ones, which keep a number with its unit ("14
// papers") as on the pages, and never at a word joiner (U+2060), which
// keeps a Chinese or Japanese number with the characters beside it
// ("論文\u20603\u2060件").
func units(para string) []unit {
	var out []unit
	for _, w := range strings.FieldsFunc(para, breaks) {
		space, start := true, 0
		add := func(text string) {
			if text == "" {
				return
			}
			if last := len(out) - 1; !space && last >= 0 && (strings.HasPrefix(text, wordJoiner) || strings.HasSuffix(out[last].text, wordJoiner)) {
				out[last].text += text
				out[last].width += textutil.Columns(text)
				return
			}
			out = append(out, unit{text: text, space: space, width: textutil.Columns(text)})
			space = false
		}
		for i, r := range w {
			if !textutil.Wide(r) {
				continue
			}
			add(w[start:i])
			start = i + utf8.RuneLen(r)
			if strings.ContainsRune(noBreakBefore, r) && len(out) > 0 && !space {
				out[len(out)-1].text += string(r)
				out[len(out)-1].width += 2
				continue
			}
			add(string(r))
		}
		add(w[start:])
	}
	return out
}

// wordJoiner is U+2060 WORD JOINER: no line breaks either side of it.
const wordJoiner = "\u2060"

// noBreakBefore is the punctuation a line must not start with.
const noBreakBefore = "，。、：；！？）」』】〕》〉・ー"

// pad fills s with spaces to width columns, so a plain-text column lines up
// in Chinese and Japanese too (fmt's %-10s counts characters, not columns).
func pad(width int, s string) string {
	return s + strings.Repeat(" ", max(0, width-textutil.Columns(s)))
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
