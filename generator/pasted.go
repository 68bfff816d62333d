package generator

import (
	"cmp"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// pastedChecks are the warnings of what a curator copies into a paper
// from elsewhere (its PDF, arXiv's page, a citation, a mail or a search
// page), each run on every paper parseOne parses.
var pastedChecks = [...]func(path string, p *model.Paper, warn *[]Problem){
	abstractLabel, arxivStamp, arxivLines, fieldLabels, wrappedLinks, misplacedLinks, capitals, titleMarkup, keywordsLine,
}

// abstractLabelRE matches the label "Abstract" at the start of a line, as
// a paper's PDF and a copy of it set it before the text: alone, as a
// heading or in bold, or with a full stop, colon or dash after it (IEEE's
// "Abstract—"); not the word beginning a sentence ("Abstract reasoning").
var abstractLabelRE = regexp.MustCompile(`(?i)^(?:#{1,6}[ \t]*)?(?:\*\*|__|\*|_)?abstract(?:(?:\*\*|__|\*|_)?[ \t]*(?:[.:—–-]+|$)(?:\*\*|__|\*|_)?|\*\*|__|\*|_)`)

// abstractLabel warns in warn when the abstract of the paper p, its body,
// begins with the label "Abstract" (see abstractLabelRE), pasted with the
// text after it (but "Abstract." alone on its line, a placeholder's
// sentence): the paper's page heads the abstract with a heading of that word,
// and showed it twice.
func abstractLabel(path string, p *model.Paper, warn *[]Problem) {
	body := strings.TrimLeft(p.Body, " \t\r\n")
	first, _, _ := strings.Cut(body, "\n")
	label := abstractLabelRE.FindString(strings.TrimRight(first, " \t\r"))
	if label == "" || strings.TrimSpace(body[len(label):]) == "" || label == strings.TrimSpace(first) && strings.HasSuffix(label, ".") {
		return // no label, or a placeholder's sentence "Abstract."
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: bodyLineAt(p, len(p.Body)-len(body)), Msg: fmt.Sprintf(
		"the abstract begins with %q, pasted with it: the paper's page heads the abstract with a heading of that word already, so it shows twice; remove it", strings.TrimSpace(label))})
}

// arxivStampRE matches the stamp arXiv prints down the left margin of a
// paper's first page ("arXiv:1706.03762v7 [cs.CL] 2 Aug 2023"), which a
// copy of the page's text takes in, often in the middle of a sentence.
var arxivStampRE = regexp.MustCompile(`arXiv:(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})v\d+\s+\[[a-zA-Z\-]+(?:\.[a-zA-Z\-]+)?\]\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}`)

// arxivStamp warns in warn of each arXiv margin stamp (arxivStampRE) in
// the body of the paper p, copied with the text from its PDF: the page
// shows it amid the abstract.
func arxivStamp(path string, p *model.Paper, warn *[]Problem) {
	if !strings.Contains(p.Body, "arXiv:") {
		return
	}
	for _, at := range arxivStampRE.FindAllStringIndex(p.Body, -1) {
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: bodyLineAt(p, at[0]), Msg: fmt.Sprintf(
			"%q is the stamp arXiv prints down the margin of a paper's first page, copied with the text from the PDF: the page shows it amid the text; remove it", strings.Join(strings.Fields(p.Body[at[0]:at[1]]), " "))})
	}
}

// titleLabelRE matches the label arXiv's page of a paper sets before its
// title, or a result of Google Scholar's, which a copy of the title takes
// with it ("Title:Attention Is All You Need", "[PDF] Attention is all you
// need"); authorsLabelRE the one before its authors on arXiv's page.
var (
	titleLabelRE   = regexp.MustCompile(`^(?:(?i:title)[ \t]*:|\[(?:PDF|HTML|CITATION|BOOK|DOC)\])[ \t]*`)
	authorsLabelRE = regexp.MustCompile(`^(?i:authors?)[ \t]*:[ \t]*`)
)

// fieldLabels warns in warn when the paper p's title or first author
// begins with the label arXiv's page sets before it (titleLabelRE,
// authorsLabelRE), copied with it: the pages, feeds and citations show
// it, and the author has a page of that name.
func fieldLabels(path string, p *model.Paper, warn *[]Problem) {
	if label := titleLabelRE.FindString(p.Title); label != "" && len(label) < len(p.Title) {
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: cmp.Or(p.TitleLine, p.Line), Msg: fmt.Sprintf(
			"the title begins with %q, the label %s sets before it, copied with it: pages, feeds and citations show it; write %q", strings.TrimSpace(label), labelSource(label), p.Title[len(label):])})
	}
	if len(p.Authors) > 0 && len(p.AuthorLines) > 0 {
		if a, label := p.Authors[0], authorsLabelRE.FindString(p.Authors[0]); label != "" && len(label) < len(a) {
			*warn = append(*warn, Problem{Kind: "source", Path: path, Line: p.AuthorLines[0], Msg: fmt.Sprintf(
				"author %q begins with %q, the label arXiv's page of a paper sets before its authors, copied with them: the pages and citations show it as part of the name; write %q", a, strings.TrimSpace(label), a[len(label):])})
		}
	}
}

// labelSource names the page that sets label, one titleLabelRE matches,
// before a title.
func labelSource(label string) string {
	if strings.HasPrefix(label, "[") {
		return "a result of Google Scholar's"
	}
	return "arXiv's page of a paper"
}

// arxivLineRE matches a line of the facts arXiv's page of a paper sets
// under its abstract, which a copy of the abstract may take with it:
// its label and the rest of the line.
var arxivLineRE = regexp.MustCompile(`(?m)^[ \t]*(Comments|Subjects|Journal reference|Cite as|Related DOI|\[Submitted on):?[ \t]*(.*)$`)

// arxivCategoryRE matches a category id in parentheses, as a Subjects:
// line names each ("Computation and Language (cs.CL)").
var arxivCategoryRE = regexp.MustCompile(`\(([a-z\-]+(?:\.[A-Za-z\-]+)?)\)`)

// arxivLines warns in warn of each line of arXiv's facts in the body of
// the paper p (arxivLineRE), pasted with the abstract, with the field
// that holds it: the page showed it as text of the abstract. A body
// with none of the lines only arXiv writes (Subjects: with its
// categories, Cite as: arXiv:, Journal reference:, Related DOI:, the
// line of its versions) is let be, as a curator's note may begin
// "Comments:".
func arxivLines(path string, p *model.Paper, warn *[]Problem) {
	if !textutil.ContainsAny(p.Body, "Subjects:", "Cite as:", "Journal reference:", "Related DOI:", "[Submitted on") {
		return
	}
	var out []Problem
	arxivOnly := false
	for _, m := range arxivLineRE.FindAllStringSubmatchIndex(p.Body, -1) {
		label, rest := p.Body[m[2]:m[3]], strings.TrimSpace(p.Body[m[4]:m[5]])
		var fix string
		switch label {
		case "Comments":
			fix = fmt.Sprintf("write it as comment: %q in the front matter", rest)
		case "Subjects":
			var cats []string
			for _, c := range arxivCategoryRE.FindAllStringSubmatch(rest, -1) {
				cats = append(cats, c[1])
			}
			if len(cats) == 0 {
				continue
			}
			arxivOnly = true
			fix = fmt.Sprintf("write it as categories: [%s] in the front matter", strings.Join(cats, ", "))
		case "Journal reference":
			arxivOnly = true
			fix = fmt.Sprintf("write it as journal_ref: %q in the front matter", rest)
		case "Related DOI":
			doi := parse.DOI(strings.Fields(rest + " ")[0])
			if doi == "" {
				continue
			}
			arxivOnly = true
			fix = fmt.Sprintf("write it as doi: %s in the front matter", doi)
		case "Cite as":
			if !strings.HasPrefix(rest, "arXiv:") {
				continue
			}
			arxivOnly = true
			fix = "remove it: the page cites the paper by its arxiv: already"
		case "[Submitted on":
			arxivOnly = true
			fix = "remove it; its days are the paper's published: and updated:"
		}
		out = append(out, Problem{Kind: "source", Path: path, Line: bodyLineAt(p, m[0]), Msg: fmt.Sprintf(
			"this line is arXiv's %q line, copied from the paper's page with the abstract: the page shows it as text of the abstract; %s", strings.TrimPrefix(label, "["), fix)})
	}
	if arxivOnly {
		*warn = append(*warn, out...)
	}
}

// bodyLineAt is the line of the paper p's source that byte at of its
// body is on (see bodyLine).
func bodyLineAt(p *model.Paper, at int) int {
	return bodyLine(p.BodyLine, strings.Count(p.Body[:at], "\n")+1, p.BodyFolded)
}

// wrappedLinks warns in warn of each link of the paper p (code:,
// project:, pdf:) that is another address wrapped by a mail, search or
// chat service (textutil.Unwrapped), at its line, with the address.
func wrappedLinks(path string, p *model.Paper, warn *[]Problem) {
	for _, f := range [...]struct{ key, v string }{{"code", p.Code}, {"project", p.Project}, {"pdf", p.PDF}} {
		if to, via := textutil.Unwrapped(f.v); to != "" {
			*warn = append(*warn, Problem{Kind: "source", Path: path, Line: plainLine(p, f.key), Msg: fmt.Sprintf("%s %q: %s", f.key, f.v, textutil.WrappedMessage(to, via))})
		}
	}
}

// misplacedLinks warns in warn of a link of the paper p that leads
// elsewhere than its field says: a pdf: that is arXiv's page of a paper
// (its abstract or HTML), not a PDF, and a code: that is a page about
// the paper (on arXiv, Hugging Face, doi.org, OpenReview, Semantic
// Scholar) or on Papers with Code, which closed in July 2025 and whose
// pages lead to Hugging Face's, not to code.
func misplacedLinks(path string, p *model.Paper, warn *[]Problem) {
	if id, ok := arxivPage(p.PDF); ok {
		fix := "write its PDF's address, https://arxiv.org/pdf/" + id
		if base, _ := arxivid.Split(id); base == p.ArXiv {
			fix = "remove the line: the page links arXiv's PDF of the paper from its arxiv: already"
		}
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: plainLine(p, "pdf"), Msg: fmt.Sprintf("pdf %q is arXiv's page of the paper, not a PDF, and the page's PDF link would lead there; %s", p.PDF, fix)})
	}
	u, host := linkHost(p.Code)
	if u == nil {
		return
	}
	var what string
	switch {
	case host == "paperswithcode.com":
		what = "a page of Papers with Code, which closed in July 2025 and whose pages now lead to Hugging Face's page of the paper"
	case host == "arxiv.org", host == "export.arxiv.org":
		what = "the paper's page on arXiv (which the page links already)"
	case host == "huggingface.co" && strings.HasPrefix(u.Path, "/papers/"):
		what = "the paper's page on Hugging Face (which the page links already)"
	case host == "doi.org", host == "dx.doi.org", host == "openreview.net", host == "semanticscholar.org":
		what = "a page about the paper"
	default:
		return
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: plainLine(p, "code"), Msg: fmt.Sprintf("code %q is %s: the page's Code link would lead there, not to code; write the repository's address (https://github.com/…), or remove the line", p.Code, what)})
}

// arxivPage returns the id of the paper whose arXiv page (abs/ or
// html/) u is, and true; or false when u is no such page.
func arxivPage(u string) (string, bool) {
	p, host := linkHost(u)
	if p == nil || host != "arxiv.org" && host != "export.arxiv.org" {
		return "", false
	}
	for _, kind := range []string{"/abs/", "/html/"} {
		if id, ok := strings.CutPrefix(p.Path, kind); ok && id != "" {
			return strings.TrimSuffix(id, "/"), true
		}
	}
	return "", false
}

// linkHost returns the http(s) URL u parsed and its host, lowercased and
// without www.; nil for anything else (a field left empty).
func linkHost(u string) (*url.URL, string) {
	p, err := url.Parse(u)
	if err != nil || !textutil.IsWebURL(u) {
		return nil, ""
	}
	return p, strings.TrimPrefix(strings.ToLower(p.Hostname()), "www.")
}

// plainLine is the line of the paper p's field key, one of PlainKeys, in
// its source (the paper's own line when it has none).
func plainLine(p *model.Paper, key string) int {
	return cmp.Or(p.PlainLines[slices.Index(model.PlainKeys[:], key)], p.Line)
}

// inCapitals reports whether s is written in capitals throughout, as
// some papers' title blocks set titles and names: no small letter, at
// least words words that have letters, and at least letters letters.
func inCapitals(s string, words, letters int) bool {
	if strings.ContainsFunc(s, unicode.IsLower) {
		return false
	}
	n, w := 0, 0 // capitals, and words that have one
	for f := range strings.FieldsSeq(s) {
		c := 0
		for _, r := range f {
			if unicode.IsUpper(r) {
				c++
			}
		}
		if c > 0 {
			n, w = n+c, w+1
		}
	}
	return w >= words && n >= letters
}

// smallWords are the words a title in title case writes in small
// letters but at its start or after a colon.
var smallWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "as": true, "at": true, "by": true, "in": true, "of": true, "on": true, "per": true, "to": true,
	"via": true, "vs": true, "from": true, "into": true, "with": true}

// titleCased writes s, a text in capitals, in title case (each word with
// a capital, each part of a hyphenated word too, and, for a title, the
// small words in small letters but first and after a colon): a
// suggestion, which a name's particles (van der) or an acronym (BERT)
// may need mended.
func titleCased(s string, title bool) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if title && i > 0 && smallWords[w] && !strings.HasSuffix(words[i-1], ":") {
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			parts[j] = capitalized(p)
			if k := strings.IndexAny(p, "'’"); !title && k > 0 && k <= 2 { // O'Brien, D'Angelo
				_, size := utf8.DecodeRuneInString(p[k:])
				parts[j] = parts[j][:k+size] + capitalized(p[k+size:])
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// capitalized is s with its first letter a capital.
func capitalized(s string) string {
	for k, r := range s {
		if unicode.IsLetter(r) {
			return s[:k] + string(unicode.ToUpper(r)) + s[k+utf8.RuneLen(r):]
		}
	}
	return s
}

// capitals warns in warn when the paper p's title, or an author's name,
// is written in capitals throughout (inCapitals), as a copy of a title
// block that sets them so gives them: the pages, feeds and citations
// show them so (and citation styles keep every capital of a title). A
// group's name (The ATLAS Collaboration) is let be.
func capitals(path string, p *model.Paper, warn *[]Problem) {
	if inCapitals(p.Title, 3, 12) {
		*warn = append(*warn, asImported(p, "title", Problem{Kind: "source", Path: path, Line: cmp.Or(p.TitleLine, p.Line), Msg: fmt.Sprintf(
			"the title is in capitals, as some papers' title blocks set it: pages, feeds and citations show it so; write it as the paper's arXiv page does, such as %q", titleCased(p.Title, true))}))
	}
	for i, a := range p.Authors {
		if i < len(p.AuthorLines) && inCapitals(a, 2, 6) && !groupWords.MatchString(a) {
			*warn = append(*warn, asImported(p, "authors", Problem{Kind: "source", Path: path, Line: p.AuthorLines[i], Msg: fmt.Sprintf(
				"author %q is in capitals, as some papers' title blocks set names: citations of the paper show it so, as do its pages unless another paper spells the name otherwise; write it as the author does, such as %q", a, titleCased(a, false))}))
		}
	}
}

// titleMarkupRE matches what a curator writes in a title as Markdown or
// HTML would read it, which a title does not (it is text, with $…$
// math): a link (its text in group 1), bold (2), italics (4, with what
// is around them in 3 and 5), code (6) and a tag (7). A link is one to
// any address a note writes: another site's, a path from the root, a
// fragment, another source's file ([BERT](1810.04805.md)); brackets
// with no address after them ("[sic]", "[1]") are text, and so is an
// index before parentheses with no sign of an address in them (E[X](t)).
// Underscores are let be, as a title's __init__ means them.
var titleMarkupRE = regexp.MustCompile(`\[([^\]]+)\]\((?:[^)\s]*[/#:][^)\s]*|[^)\s]*\.[A-Za-z][A-Za-z0-9]*)\)|\*\*([^*]+)\*\*|(^|\s)\*([^*\s][^*]*[^*\s]|[^*\s])\*($|[\s:,.])|` + "`([^`]+)`" + `|(</?(?:b|i|em|strong|br|sup|sub|span|a|u|small)\b[^>]*>)`)

// supSubRE matches a superscript or subscript written in HTML, which
// a title writes as math.
var supSubRE = regexp.MustCompile(`<(sup|sub)>([^<]*)</(?:sup|sub)>`)

// titleMarkup warns in warn of the Markdown or HTML in the paper p's
// title, tldr and image_alt (titleMarkupRE) outside their math, which they do not
// read, with the text to write: the words alone, and a superscript or
// subscript as math, and of their math shown as its TeX source. Its
// pages, feeds and citations show a title as written, and its pages,
// cards and feeds a tldr, and screen readers an image_alt, which a
// Markdown image's alt text would have as its words alone. A title as the import wrote it has its
// findings as notes (asImported): arXiv's titles are TeX ($\R^n$).
func titleMarkup(path string, p *model.Paper, warn *[]Problem) {
	var title []Problem
	textField(path, "the title", "a title", p.Title, cmp.Or(p.TitleLine, p.Line), "pages, feeds and citations", &title)
	for _, w := range title {
		*warn = append(*warn, asImported(p, "title", w))
	}
	textField(path, "tldr", "a tldr", p.TLDR, plainLine(p, "tldr"), "pages, cards and feeds", warn)
	textField(path, "image_alt", "an alt text", p.ImageAlt, cmp.Or(p.ImageAltLine, p.Line), imageAltShows, warn)
}

// imageAltShows is where a figure's alt text (image_alt:, imageAlt:) shows,
// for textField, where screen readers read it out, Markdown and all.
const imageAltShows = "pages, feeds, the email and link previews (og:image:alt)"

// dayMarkup warns in warn of the Markdown or HTML in the title of the
// day d, parsed from path, as titleMarkup does of a paper's: its page,
// the window's title, its feed item and the email's subject show it as
// written.
func dayMarkup(path string, d *model.Day, warn *[]Problem) {
	textField(path, "the day's title", "a title", d.Title, d.TitleLine, "its page, the window's title, feeds and the email's subject", warn)
}

// pageMarkup warns in warn of the Markdown or HTML in the title, the
// description and the image_alt of the page p, parsed from path, as titleMarkup does of a
// paper's title.
func pageMarkup(path string, p *model.Page, warn *[]Problem) {
	textField(path, "the title", "a title", p.Title, p.Line, "its heading, the window's title and menus", warn)
	textField(path, "description", "a description", p.Description, p.DescriptionLine, "meta tags and link previews", warn)
	textField(path, "image_alt", "an alt text", p.ImageAlt, cmp.Or(p.ImageAltLine, p.Line), imageAltShows, warn)
}

// siteMarkup is the warning of what the description of the site cfg, its
// picture's imageAlt and
// its topics' names and descriptions show otherwise than meant
// (textField): their Markdown or HTML, as titleMarkup gives of a paper's
// title, and their formulas shown as their TeX source, as a day's
// title's are. A topic's are text as a day's title is, shown on its page,
// in the topics list, meta tags and its feed.
func siteMarkup(cfg *model.Config) []Problem {
	var warn []Problem
	textField(cfg.Source, "description", "a description", cfg.Description, cfg.DescriptionLine, "the home page, meta tags and feeds", &warn)
	textField(cfg.Source, "imageAlt", "an alt text", cfg.ImageAlt, cmp.Or(cfg.ImageAltLine, 1), imageAltShows, &warn)
	for _, t := range cfg.Topics {
		topic := "topic " + strconv.Quote(t.Slug) + ": "
		textField(cfg.Source, topic+"name", "a name", t.Name, t.NameLine, "its page, the window's title, the pages that list it and feeds", &warn)
		textField(cfg.Source, topic+"description", "a description", t.Description, t.DescriptionLine, "its page, the topics list, meta tags and its feed", &warn)
	}
	return warn
}

// textField warns in warn of what the text t of a field (what, of which
// one is a) on line of path shows otherwise than meant: its Markdown or
// HTML (textMarkup) and its formulas shown as their TeX source
// (textMath). The fields are a paper's title and tldr, a day's title, a
// page's title and description, the site's description and a topic's
// name and description, each text with $…$ math, and a figure's alt
// text (image_alt:, imageAlt:), whose math is Unicode already.
func textField(path, what, a, t string, line int, shows string, warn *[]Problem) {
	textMarkup(path, what, a, t, line, shows, warn)
	textMath(path, what, t, line, warn)
}

// textMath warns in warn of each formula of t, the text of the field
// what on line of path, that is shown as its TeX source (tex.Problem
// says why), as shortcodes does of a body's: an unknown command ($\R^n$)
// or a brace left open ($\frac{1}{2$) a curator would otherwise see only
// on the page, in the window's title or in a feed; and of math that
// nothing closes ($\beta divergences, \(O(n) bounds), as the body's
// check does (markdown.UnclosedMath).
func textMath(path, what, t string, line int, warn *[]Problem) {
	if !strings.Contains(t, "$") && !strings.Contains(t, `\(`) && !strings.Contains(t, `\[`) {
		return
	}
	for _, msg := range markdown.UnclosedMath(t) {
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: what + "'s " + strings.TrimPrefix(msg, "the ")})
	}
	for start, end := range tex.MathSpans(t) {
		span := t[start:end]
		src := span[1 : len(span)-1]
		if strings.HasPrefix(span, "$$") || strings.HasPrefix(span, `\(`) {
			src = span[2 : len(span)-2]
		}
		if why := tex.Problem(src); why != "" {
			*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: what + "'s " + span + " shows as its TeX source, not as math: " + why})
		}
	}
}

// textMarkup warns in warn of the Markdown or HTML in t, the text of a
// field (what, of which one is a) on line of path, which shows shows as
// written: a paper's title and tldr, a day's title, a page's title and
// description, the site's description, a topic's name and description.
func textMarkup(path, what, a, t string, line int, shows string, warn *[]Problem) {
	if !strings.ContainsAny(t, "*`[<&") {
		return
	}
	found, refs := markupIn(t), entitiesIn(t)
	if found == nil && refs == nil {
		return
	}
	var m []int // the first markup, told unless a reference comes first
	if found != nil {
		m = found[0]
	}
	var has string
	switch {
	case refs != nil && (m == nil || refs[0][0] < m[0]):
		has = "HTML's " + entityNames(t, refs)
	case m[2] >= 0:
		has = "a Markdown link"
	case m[4] >= 0:
		has = "Markdown's bold"
	case m[8] >= 0:
		has = "Markdown's italics"
	case m[12] >= 0:
		has = "Markdown's code"
	default:
		has = "HTML's " + t[m[14]:m[15]]
	}
	t = supSubRE.ReplaceAllStringFunc(t, func(s string) string {
		m := supSubRE.FindStringSubmatch(s)
		return "$" + map[string]string{"sup": "^", "sub": "_"}[m[1]] + "{" + m[2] + "}$"
	})
	var plain strings.Builder
	last := 0
	for _, m := range markupIn(t) {
		plain.WriteString(t[last:m[0]])
		for g := 1; g <= 6; g++ { // the words of each kind; a tag's none
			if m[2*g] >= 0 {
				plain.WriteString(t[m[2*g]:m[2*g+1]])
			}
		}
		last = m[1]
	}
	plain.WriteString(t[last:])
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
		"%s has %s, which %s does not read (it is text, with $…$ for math): %s show it as written; write %q", what, has, a, shows, textutil.CollapseSpace(entitiesWritten(plain.String())))})
}

// entitiesIn returns where t, a title, has a character reference HTML
// knows (textutil.Entities) outside its $…$ math: a text field shows it
// as written (Q&amp;A), and a page escapes it once more. A title about
// HTML may mean one literally, so it is told, not decoded.
func entitiesIn(t string) [][]int {
	if !strings.Contains(t, "&") {
		return nil
	}
	return textutil.Entities(mathMasked(t))
}

// entityNames names the distinct character references of t at refs, as
// written: "&amp; and &#8212;".
func entityNames(t string, refs [][]int) string {
	var names []string
	for _, m := range refs {
		if ref := t[m[0]:m[1]]; !slices.Contains(names, ref) {
			names = append(names, ref)
		}
	}
	return textutil.List(names)
}

// entitiesWritten is t with the character references entitiesIn finds written
// as the characters they stand for (&amp; as &, &#8212; as —), for the
// text a warning tells to write.
func entitiesWritten(t string) string {
	refs := entitiesIn(t)
	for i := len(refs) - 1; i >= 0; i-- {
		m := refs[i]
		t = t[:m[0]] + html.UnescapeString(t[m[0]:m[1]]) + t[m[1]:]
	}
	return t
}

// markupIn returns where titleMarkupRE matches in the title t outside its
// $…$ math, with its groups' offsets.
func markupIn(t string) [][]int {
	return titleMarkupRE.FindAllStringSubmatchIndex(mathMasked(t), -1)
}

// mathMasked is t with each byte of its $…$ math an x, so that what is
// found in it keeps its offsets in t.
func mathMasked(t string) string {
	masked := []byte(t)
	for start, end := range textutil.InlineMath(t) {
		for i := start; i < end; i++ {
			masked[i] = 'x'
		}
	}
	return string(masked)
}

// keywordsLineRE matches the line of keywords a paper's PDF sets under
// its abstract (Keywords:, Key words:, IEEE's Index Terms—), which a
// copy of the abstract takes with it: the keywords in its group.
var keywordsLineRE = regexp.MustCompile(`(?mi)^[ \t]*(?:\*\*|_|\*)?(?:keywords|key words|index terms)(?:\*\*|_|\*)?[ \t]*(?:[:—–.-]|\*\*:|:\*\*)[ \t]*(?:\*\*|_|\*)?[ \t]*(.+)$`)

// keywordsLine warns in warn of the line of keywords a PDF sets under
// the abstract (keywordsLineRE) in the body of the paper p, with the
// field that holds them: the page showed them as text of the abstract.
func keywordsLine(path string, p *model.Paper, warn *[]Problem) {
	if !textutil.ContainsAny(p.Body, "eywords", "EYWORDS", "ey words", "EY WORDS", "ndex terms", "ndex Terms", "NDEX TERMS") {
		return // most bodies: the pattern is not run over them
	}
	m := keywordsLineRE.FindStringSubmatchIndex(p.Body)
	if m == nil {
		return
	}
	var words []string
	for w := range strings.FieldsFuncSeq(p.Body[m[2]:m[3]], func(r rune) bool { return r == ',' || r == ';' || r == '·' || r == '•' }) {
		if w = strings.Trim(strings.TrimSpace(w), ".*_"); w != "" {
			words = append(words, w)
		}
	}
	if len(words) < 2 {
		return // a sentence, not a list
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: bodyLineAt(p, m[0]), Msg: fmt.Sprintf(
		"this line is the paper's keywords, copied from its PDF with the abstract: the page shows it as text of the abstract; write them as keywords: [%s] in the front matter (search and topic rules read them)", strings.Join(words, ", "))})
}
