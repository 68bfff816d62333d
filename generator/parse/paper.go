package parse

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// paperYAML is the front matter of a paper file, and of a paper written
// inline in a day file. A whole number's min and max tags are its range
// (decodeMapping checks it).
type paperYAML struct {
	Title           string         `yaml:"title"`
	ArXiv           string         `yaml:"arxiv"`
	ID              string         `yaml:"id"`
	Aliases         []string       `yaml:"aliases"`
	FeedID          string         `yaml:"feed_id"`
	CiteKey         string         `yaml:"citekey"`
	Version         int            `yaml:"version" min:"0"`
	Authors         []string       `yaml:"authors"`
	Date            Date           `yaml:"date"`
	Published       PartialDate    `yaml:"published"`
	Updated         Date           `yaml:"updated"`
	Topics          []string       `yaml:"topics"`
	NotTopics       []string       `yaml:"not_topics"`
	Code            string         `yaml:"code"`
	Project         string         `yaml:"project"`
	Organization    string         `yaml:"organization"`
	OrganizationURL string         `yaml:"organization_url"`
	PDF             string         `yaml:"pdf"`
	Image           string         `yaml:"image"`
	ImageAlt        string         `yaml:"image_alt"`
	Language        string         `yaml:"language"`
	Upvotes         int            `yaml:"upvotes" min:"0" count:"the paper's upvotes on Hugging Face, which rank the day"`
	Comments        int            `yaml:"comments" min:"0" count:"the number of comments on the paper's Hugging Face discussion, which paperboy import writes"`
	Stars           int            `yaml:"stars" min:"0" count:"the GitHub stars of its code:, which paperboy import writes"`
	TLDR            string         `yaml:"tldr"`
	AISummary       string         `yaml:"ai_summary"`
	Keywords        []string       `yaml:"keywords"`
	PrimaryCategory string         `yaml:"primary_category"`
	Categories      []string       `yaml:"categories"`
	DOI             string         `yaml:"doi"`
	JournalRef      string         `yaml:"journal_ref"`
	Comment         string         `yaml:"comment"`
	Journal         string         `yaml:"journal"`
	Conference      string         `yaml:"conference"`
	Volume          string         `yaml:"volume"`
	Issue           string         `yaml:"issue"`
	Pages           string         `yaml:"pages"`
	Draft           bool           `yaml:"draft"`
	Imported        yaml.Node      `yaml:"imported"`
	Extra           map[string]any `yaml:"extra"`
	Abstract        string         `yaml:"abstract"` // inline papers in day files only; Paper refuses it
}

var (
	idRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`) // see ValidID
	// arxivCategory is an arXiv category: an archive, current (cs,
	// cond-mat, q-bio) or retired (cmp-lg, solv-int), then its subject
	// class if it has any (.CL, .mes-hall, .optics).
	arxivCategory = regexp.MustCompile(`^(astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nlin|nucl-ex|nucl-th|physics|quant-ph|math|cs|q-bio|q-fin|stat|eess|econ|` +
		`acc-phys|adap-org|alg-geom|ao-sci|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|comp-gas|dg-ga|funct-an|mtrl-th|patt-sol|plasm-ph|q-alg|solv-int|supr-con)(\.[A-Za-z]+(-[a-z]+)?)?$`)
)

// aliases returns a paper's former ids (aliases:, each item at its line
// of lines), each a URL segment like an id of its own, but not the
// paper's slug, and its former addresses elsewhere on the site (an alias
// that starts with a / other than /papers/, as a Hugo post's
// /posts/<slug>/), without their slashes, and the line of each (keyed
// as Paper.AliasLines is), and those written as a whole address of a
// page (Paper.Pasted), which the index tells the alias to write for.
func aliases(path string, lines []int, own string, in []string, errs *diag.List) (ids, addresses, pasted []string, at map[string]int) {
	var out []string
	if len(in) > 0 {
		at = make(map[string]int, len(in))
	}
	for i, a := range in {
		line := lines[i]
		switch write := pastedAlias(a, true); {
		case strings.HasPrefix(write, "/"):
			pasted = append(pasted, strings.TrimSpace(a))
			at[strings.TrimSpace(a)] = line
			continue
		case write != "":
			errs.Add(path, line, "alias %q is a whole address; an alias is the paper's former id, or a former address from the site's root: write `%s`", strings.TrimSpace(a), write)
			continue
		}
		a = arxivid.Named(a) // arXiv:2410.07166: the former id 2410.07166
		if id, version, err := arxivid.Parse(a); err == nil && version > 0 {
			errs.Add(path, line, "alias %q is an arXiv id with its version, and the paper's former page was /papers/%s/, with none: write `%q`", a, id, id)
			continue
		}
		// Hugo writes aliases as paths:
		if rest, ok := strings.CutPrefix(a, "/papers/"); ok {
			a = strings.TrimSuffix(rest, "/")
		} else if strings.HasPrefix(a, "/") { // a former address elsewhere: a Hugo post's /posts/<slug>/
			switch s, why := formerAddress(a); {
			case why != "" && formerID(a) != "":
				errs.Add(path, line, "alias %q: the address %s %s; for the paper's former page, write its former id alone: `%q` (an address from the site's root starts after its base path)", a, model.Slashed(s), why, formerID(a))
			case why != "":
				errs.Add(path, line, "alias %q: the address %s %s; an alias is a former id of the paper (/papers/<alias>/) or a former address of its page elsewhere, like /posts/attention/ or /2024/05/27/attention.html", a, model.Slashed(s), why)
			case twice(addresses, s) != "":
				errs.Add(path, line, "alias %q %s; keep one", a, twice(addresses, s))
			default:
				addresses = append(addresses, s)
				at["/"+s] = line
			}
			continue
		}
		switch {
		case strings.HasPrefix(a, "../") || strings.HasPrefix(a, "./"):
			// Hugo reads an alias relative to the post's own address.
			errs.Add(path, line, "alias %q is relative, as Hugo reads one from the post's address (../notes/ from /posts/attention/ is /notes/); here an alias is a former id, or a former address from the site's root: write that address, with / before it (`aliases: [/notes/]`)", a)
		case reservedID(a) != "":
			errs.Add(path, line, "alias %q %s, so no page can be at papers/%s/ to send readers on; remove it", a, reservedID(a), a)
		case !ValidID(a):
			errs.Add(path, line, "alias %q cannot be a paper's address; an alias is a former id of the paper, whose page /papers/<alias>/ then sends readers on: letters, digits, '.', '_' and '-' only", a)
		case filename.Unportable(a) != "":
			errs.Add(path, line, "alias %q %s, so a Windows checkout could not hold its page's folder; leave it out", a, filename.Unportable(a))
		case a == own:
			errs.Add(path, line, "alias %q is the paper's own id; an alias is a former one: remove it", a)
		case slices.Contains(out, a):
			errs.Add(path, line, "alias %q is given twice; keep one", a)
		default:
			out = append(out, a)
			at[a] = line
		}
	}
	return out, addresses, pasted, at
}

// pastedAlias returns the alias to write for a, an alias pasted as a
// whole address from a browser's address bar: a page's former address
// on the site (https://digest.example.org/our-people/: /our-people/),
// or, for a paper's (ofPaper), the former id in /papers/<id>/ or in an
// arXiv or Hugging Face link; "" when a is no http(s) address. An address
// without its scheme (//old.example.org/posts/x/, as a page's links may
// write one) is one too, though it starts with a / as a path from the
// site's root does. The site's base path may still lead the path: the
// index, where the base path is known, takes it off (pastedAliases).
func pastedAlias(a string, ofPaper bool) string {
	a = strings.TrimSpace(a)
	u, err := url.Parse(a)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && !schemeRelative(a)) || u.Host == "" {
		return ""
	}
	if ofPaper {
		if id, _, ok := arxivid.FromURL(a); ok {
			return strconv.Quote(id)
		}
		if _, rest, ok := strings.Cut(u.Path, "/papers/"); ok {
			if id, _, _ := strings.Cut(rest, "/"); id != "" {
				return strconv.Quote(id)
			}
		}
	}
	p := u.Path
	if p == "" || p == "/" {
		return "/"
	}
	if !strings.HasSuffix(p, "/") && !model.IsPageFile(p) {
		p += "/"
	}
	return p
}

// schemeRelative reports whether a is a whole address written without
// its scheme, //host/path, which a browser reads as one on the host,
// however much it looks like a path from the site's root.
func schemeRelative(a string) bool {
	return strings.HasPrefix(strings.TrimSpace(a), "//")
}

// formerID returns the id of a paper's page that the address a ends
// with (/reading/papers/2405.15216/, written with a site's base path:
// 2405.15216), or "".
func formerID(a string) string {
	_, rest, ok := strings.Cut(a, "/papers/")
	if id := strings.TrimSuffix(rest, "/"); ok && ValidID(id) {
		return id
	}
	return ""
}

// classCode is an ACM class (I.2.6, G.2) or an MSC class (68T05, 60J10,
// 68Txx), which arXiv's API lists among a paper's categories.
var classCode = regexp.MustCompile(`^([A-K](\.\d{1,2}){0,2}|\d{2}[A-Z-]([0-9]{2}|xx))$`)

// IsCategory reports whether c is what arXiv's API gives as a category: an
// arXiv category, or a list of ACM or MSC classes ("G.2.1; G.3"), as the
// importer writes them. The importer leaves out a category it is not,
// which a build would refuse.
func IsCategory(c string) bool {
	if arxivCategory.MatchString(c) {
		return true
	}
	for part := range strings.FieldsFuncSeq(c, func(r rune) bool { return r == ';' || r == ',' }) {
		if !classCode.MatchString(strings.TrimSpace(part)) {
			return false
		}
	}
	return strings.TrimSpace(c) != ""
}

// Limits bound a single source; see model.Limits.
type Limits = model.Limits

// Paper parses a paper file: YAML front matter and a Markdown body.
func Paper(path string, data []byte, lim Limits) (*model.Paper, error) {
	return PaperUnder(path, data, lim, "/")
}

// PaperUnder is Paper for a file of the site at the base path base
// ("/notes/"), which an alias its messages name is written without, as
// every alias is.
func PaperUnder(path string, data []byte, lim Limits, base string) (*model.Paper, error) {
	doc, err := split(path, data)
	if err != nil {
		return nil, err
	}
	if doc.Front == nil {
		if front, id := notionFront(data); front != "" {
			rename := ""
			if notionNameRE.MatchString(path) {
				rename = "; and name the file by the paper's id (" + cmp.Or(id, "2406.01234") + ".md), not Notion's title and page ID"
			}
			return nil, diag.Errorf(path, 1, "a paper file must start with front matter, and this one starts as Notion exports a page: its # title, then its properties as Name: value lines, which the page would show as text; write in their place a line ---, then %s, each on a line of its own, then ---%s", front, rename)
		}
		const front = "begin it with a line ---, then `title:`, `arxiv:` (or `id:`), `authors:` and `date:`, then ---"
		name := strings.ToLower(filename.Stem(path))
		switch {
		case len(bytes.TrimSpace(data)) == 0:
			return nil, diag.Errorf(path, 1, "the file is empty, and a paper file starts with front matter; %s (paperboy new paper writes one), or delete the file", front)
		case name == "readme" || name == "notes" || name == "todo":
			// A note for the site's curators, in the folder.
			return nil, diag.Errorf(path, 1, "a paper file must start with front matter, and this one has none: is it a note for the site's curators? Name it _%s, which no build reads; if it is a paper, %s", path[strings.LastIndexByte(path, '/')+1:], front)
		}
		return nil, diag.Errorf(path, 1, "a paper file must start with front matter; %s", front)
	}
	if err := closedEarly(path, doc, reflect.TypeFor[paperYAML]()); err != nil {
		return nil, err
	}
	m, err := yamlDoc(path, doc.Front, doc.FrontAt, false)
	if err != nil {
		return nil, err
	}
	var errs diag.List
	p := paperFrom(owner{path: path, front: m, base: base}, lim, &errs)
	// paperYAML has abstract: for a day's inline papers; here it would be
	// dropped without a word.
	if l := lineOf(m, "abstract", 0); l > 0 {
		errs.Add(path, l, "abstract: is read only for a paper written inline in a day file; a paper file's abstract is its body, below the closing ---: move the text there")
	}
	p.Body = string(doc.Body)
	p.BodyLine = doc.BodyLine
	return p, errs.Err()
}

// paperFrom decodes the front matter mapping of in into a Paper, adding
// every problem to errs.
func paperFrom(in owner, lim Limits, errs *diag.List) *model.Paper {
	path, m := in.path, in.front
	var y paperYAML
	lines := map[string]int{}
	before := len(*errs)
	reported := decodeFront(in, &y, "paper", lines, errs)
	keptTwice(path, "imported", &y.Imported, errs) // kept as a node, which decodeMapping does not look into
	p := &model.Paper{
		Title: tex.Title(textutil.CollapseBreakingSpace(y.Title)), Version: y.Version, Topics: nil,
		Code: strings.TrimSpace(y.Code), Project: strings.TrimSpace(y.Project), PDF: strings.TrimSpace(y.PDF),
		// An organization's name is compared across papers (as an
		// author's is), so its no-break spaces collapse too; the rest is
		// text a reader reads, whose no-break spaces are kept.
		Organization: textutil.CollapseSpace(y.Organization), OrganizationURL: strings.TrimSpace(y.OrganizationURL),
		Image: strings.TrimSpace(y.Image), ImageAlt: titleText(y.ImageAlt),
		Upvotes: y.Upvotes, Comments: y.Comments, Stars: y.Stars, TLDR: tex.Title(strings.TrimSpace(y.TLDR)),
		AISummary: strings.TrimSpace(y.AISummary), Keywords: y.Keywords, PrimaryCategory: y.PrimaryCategory,
		Categories: y.Categories, JournalRef: y.JournalRef, Comment: y.Comment,
		Draft: y.Draft, Extra: y.Extra, ExtraLines: keyLines(frontValue(m, "extra")), Source: path, Line: m.Line,
		Published: y.Published.Time, PublishedAs: y.Published.As, Updated: y.Updated.Time,
		Body: y.Abstract, // an inline paper's; Paper puts the file's body in its place
	}
	if y.Date.Given {
		p.Date, p.DateLine = y.Date.Day(), lines["date"]
	}
	p.DateKeyLine = lines["date"]
	if t := importedScalar(&y.Imported, "title"); t != "" {
		p.ImportedTitle = tex.Title(textutil.CollapseBreakingSpace(t))
	}
	p.ImportedAuthors = importedScalar(&y.Imported, "authors")
	p.ImportedImage = strings.TrimSpace(importedScalar(&y.Imported, "image"))
	p.ImportedAbstract = importedScalar(&y.Imported, "abstract")
	p.ImportedDays = importedList(&y.Imported, "days")
	p.RuleTopics = importedList(&y.Imported, "topics")
	if y.Published.Given && y.Updated.Given && y.Updated.Day().Before(y.Published.Day()) {
		errs.Add(path, lines["updated"], "updated %s is before published %s, but a paper's latest version comes after its first; correct one of the dates (or remove updated: if there is one version)",
			y.Updated.Day().Format(time.DateOnly), y.Published.Written())
	}
	// A field missing is not told when an error may be of that very
	// field (a value of the wrong kind, its name misspelt): other errors
	// (an unknown field of Hugo's, layout:) hide nothing.
	decoded := len(*errs) == before
	if !decoded {
		typo := misspelt(m, reflect.TypeFor[paperYAML]())
		decoded = !reported["title"] && !typo["title"] && !reported["arxiv"] && !typo["arxiv"] && !reported["id"] && !typo["id"]
	}
	line := func(k string) int { return lineOr(lines, k, m.Line) }
	if p.Title == "" && decoded {
		errs.Add(path, line("title"), "the paper has no title; add `title: \"…\"`")
	}
	paperID(path, &y, m.Line, line, decoded, p, errs)
	if p.ID != "" {
		ownFieldsInExtra(path, line("extra"), y.Extra, lines, errs)
	}
	p.Slug = strings.ReplaceAll(p.ID, "/", "-")
	p.Aliases, p.Redirects, p.Pasted, p.AliasLines = aliases(path, itemLines(m, "aliases", len(y.Aliases), line("aliases")), p.Slug, y.Aliases, errs)
	p.AliasesLine, p.TitleLine, p.OrganizationLine = lines["aliases"], lines["title"], lines["organization"]
	p.CountLines, p.AISummaryLine = [3]int{lines["upvotes"], lines["comments"], lines["stars"]}, lines["ai_summary"]
	p.KeywordsLine = lines["keywords"]
	if y.Published.Given { // not the line of an empty published:, which gives none
		p.VersionLines[0] = lines["published"]
	}
	if y.Updated.Given {
		p.VersionLines[1] = lines["updated"]
	}
	for i, k := range model.PlainKeys {
		p.PlainLines[i] = lines[k]
	}
	p.CategoryLines = append([]int{lines["primary_category"]}, itemLines(m, "categories", len(y.Categories), line("categories"))...)
	if l, ok := lines["arxiv"]; ok {
		p.Line = l
	} else if l, ok := lines["id"]; ok {
		p.Line = l
	}
	emptyItems(path, m, errs, "authors", "topics", "not_topics", "keywords", "categories", "aliases")
	paperAuthors(path, m, y.Authors, line("authors"), lim, p, errs)
	paperTopics(path, m, y.Topics, line("topics"), p, errs)
	p.TopicsLine = lines["topics"]
	notTopics(path, m, y.NotTopics, line("not_topics"), p, errs)
	categories(path, &y, p.CategoryLines, errs)
	for _, u := range []struct{ key, val string }{{"code", p.Code}, {"project", p.Project}, {"pdf", p.PDF}, {"organization_url", p.OrganizationURL}} {
		if u.val != "" && !textutil.IsWebURL(u.val) {
			errs.Add(path, line(u.key), "%s %q is not an http(s) URL; %s", u.key, u.val, fullLink(u.key, u.val))
		}
	}
	if p.OrganizationURL != "" && p.Organization == "" {
		errs.Add(path, line("organization_url"), "organization_url is the page of the paper's organization, which has no name; add `organization: \"…\"` with the name to show (`organization: NVIDIA`)")
	}
	if p.Organization != "" && slug.Make(p.Organization) == "" {
		errs.Add(path, line("organization"), "organization %q has no letters or digits, so it names no one and its page would have no address; write the organization's name (`organization: NVIDIA`), or remove it", p.Organization)
	}
	p.ImageLine, p.ImageAltLine = checkImage(path, p.Image, p.ImageAlt, "paper", line, errs), lines["image_alt"]
	p.Language = textLanguage(path, y.Language, line("language"), "the title and abstract", errs)
	if p.Language != "" {
		p.LanguageLine = line("language")
	}
	if p.PDF != "" {
		p.PDFLine = line("pdf")
	}
	if d := strings.TrimSpace(y.DOI); d != "" {
		p.DOI, p.DOILine = DOI(d), line("doi")
		if p.DOI == "" {
			errs.Add(path, line("doi"), "%s", doiMistake(d))
		}
	}
	if id := strings.TrimSpace(y.FeedID); id != "" {
		if why := feedIDProblem(id); why != "" {
			errs.Add(path, line("feed_id"), "feed_id %q %s; write the id the former site's feed gave the post, as a path from the site's root (`feed_id: /2024/05/27/attention`) or whole (`feed_id: https://ada.github.io/digest/posts/attention/`)", y.FeedID, why)
		} else {
			p.FeedID, p.FeedIDLine = id, line("feed_id")
		}
	}
	venue(path, &y, line, p, errs)
	citeKey(path, &y, line, p, errs)
	return p
}

// feedIDProblem says why id, a paper's feed_id:, is no id its feed items
// can have, or "": a path from the site's root, or an absolute URI (a
// URL, tag:, urn:), with no spaces.
func feedIDProblem(id string) string {
	switch u, err := url.Parse(id); {
	case strings.ContainsAny(id, " \t\n"):
		return "has spaces, which an id has not"
	case err != nil:
		return "is no address"
	case strings.HasPrefix(id, "//"):
		return "starts with //, which names a host without its scheme"
	case strings.HasPrefix(id, "/"):
		return ""
	case u.Scheme == "":
		return "is neither a path from the site's root (with / before it) nor a whole address"
	}
	return ""
}

// paperID sets p's id from y's arxiv: (with its arXiv id, and its version
// when arxiv: gives one and version: does not) or id:, or reports why it
// has none or which version it is: both given, the two naming different
// versions, neither (at frontLine, the front matter's first
// line, unless extra: holds what belongs there), or one that is no id.
// A paper whose front matter had other errors (decoded is false) is not
// also told it has no id: the id: may be among them.
func paperID(path string, y *paperYAML, frontLine int, line func(string) int, decoded bool, p *model.Paper, errs *diag.List) {
	switch {
	case y.ArXiv != "" && y.ID != "":
		errs.Add(path, line("id"), "give either `arxiv:` or `id:`, not both; arxiv papers use `arxiv:`")
	case y.ArXiv != "":
		id, version, err := arxivid.Parse(y.ArXiv)
		if err != nil {
			errs.Add(path, line("arxiv"), "%s", arxivMistake(y.ArXiv, err))
		}
		switch {
		case p.Version == 0:
			p.Version = version
		case version != 0 && version != p.Version:
			errs.Add(path, line("arxiv"), "arxiv: %q names version %d, and version: says %d; give the version once: write `arxiv: %q` and `version: %d` if v%[2]d is the one to show", y.ArXiv, version, p.Version, id, version)
		}
		p.ID, p.ArXiv = id, id
	case y.ID != "":
		p.ID, p.IDLine = strings.TrimSpace(y.ID), line("id")
		if why := reservedID(p.ID); why != "" {
			errs.Add(path, line("id"), "id %q %s, so the paper's page cannot be at papers/%s/; choose another id, e.g. `id: smith-2024-attention`", p.ID, why, p.ID)
		} else if !ValidID(p.ID) {
			example := cmp.Or(IDFor(p.ID), "smith-2024-attention")
			errs.Add(path, line("id"), "id %q cannot be used as a URL; %s, e.g. `id: %s`", y.ID, idRule(p.ID), example)
		} else if why := filename.Unportable(p.ID); why != "" {
			errs.Add(path, line("id"), "id %q %s, so a Windows checkout could not hold its page's folder; choose another id, e.g. `id: smith-2024-attention`", p.ID, why)
		}
	default:
		if !decoded {
			return
		}
		if v, ok := extraValue(y.Extra, "arxiv"); ok {
			errs.Add(path, line("extra"), "the paper has no id, and its extra.arxiv is %s: move it to the top level as `arxiv: '%s'` (where Hugo's params.arxiv goes)", v, v)
		} else if v, ok := extraValue(y.Extra, "doi"); ok {
			errs.Add(path, line("extra"), "the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv; and its extra.doi is %s: move it to the top level as `doi: %s`", v, v)
		} else if stem := filename.Stem(path); strings.HasPrefix(path, "content/papers/") && arxivid.Valid(stem) {
			// A paper file named by its arXiv id whose arxiv: line went.
			errs.Add(path, frontLine, "the paper has no id; add `arxiv: \"%s\"`, as its file is named (or `id: my-paper` for papers not on arXiv)", stem)
		} else {
			errs.Add(path, frontLine, "the paper has no id; add `arxiv: 2410.07166`, or `id: my-paper` for papers not on arXiv")
		}
	}
}

// paperAuthors sets p's authors from names, the paper's authors: at line,
// each with its own line, its TeX converted as the importers convert it
// (tex.Name: G\"odel, copied from arXiv's listing or a .bib, is the Gödel
// of the pages, citations and author page an import writes), spaces
// collapsed and empty names left out; a list longer than lim allows is an
// error, and cut to it. Only a name with a TeX command or tie is
// converted: braces alone ({{template "base"}}, a group's {Ada} or a
// name a curator wrote so on purpose) are kept as written. A name TeX
// spelt is kept as written too (AuthorsTeX), whose slug was its author
// page's address before.
func paperAuthors(path string, m *yaml.Node, names []string, line int, lim Limits, p *model.Paper, errs *diag.List) {
	authorLines := itemLines(m, "authors", len(names), line)
	if len(names) > lim.MaxAuthors {
		errs.Add(path, line, "the paper lists %d authors, more than the limit of %d; raise limits.maxAuthors in site.yaml if this is right", len(names), lim.MaxAuthors)
		names = names[:lim.MaxAuthors]
	}
	for i, written := range names {
		a := textutil.CollapseSpace(written)
		if strings.ContainsAny(a, `\~`) {
			a = tex.Name(a)
		}
		if a == "" {
			continue
		}
		if written = textutil.CollapseSpace(written); written == a {
			written = ""
		}
		if written != "" && p.AuthorsTeX == nil {
			p.AuthorsTeX = make([]string, len(p.Authors), len(names))
		}
		if p.AuthorsTeX != nil {
			p.AuthorsTeX = append(p.AuthorsTeX, written)
		}
		p.Authors = append(p.Authors, a)
		p.AuthorLines = append(p.AuthorLines, authorLines[i])
	}
}

// paperTopics adds to p the topic slugs of names, the paper's topics: at
// keyLine, and the names as written with their lines (TopicNames),
// reporting each name that makes no topic's folder at its line.
func paperTopics(path string, m *yaml.Node, names []string, keyLine int, p *model.Paper, errs *diag.List) {
	topicLines := itemLines(m, "topics", len(names), keyLine)
	for i, t := range names {
		words := tex.SlugText(t) // $k$-SAT is the topic k-sat
		s, line := slug.Make(words), topicLines[i]
		switch sym := strings.IndexFunc(words, slug.Symbol); {
		case s == "":
			errs.Add(path, line, "topic %q has no letters or digits, so it cannot be a page; write a name such as `diffusion-models`", t)
		case folderProblem(s) != "":
			own := topicSlug(s)
			errs.Add(path, line, "topic %q would be the folder topics/%s/, which %s; give it a slug of its own in site.yaml (`topics: {%s: {name: %q}}`) and write `topics: [%s]` here", t, s, folderProblem(s), own, t, own)
		case strings.HasPrefix(t, "#") && strings.IndexFunc(t[1:], slug.Symbol) < 0:
			errs.Add(path, line, "topic %q is written as a hashtag; a topic is its name alone (its page is topics/%s/): write %s", t, s, t[1:])
		case sym >= 0:
			r, _ := utf8.DecodeRuneInString(words[sym:])
			own := slug.Spelled(words)
			errs.Add(path, line, "topic %q has %q, which its URL would drop, making it the topic %q; give it a slug of its own in site.yaml (`topics: {%s: {name: %q}}`) and write `topics: [%s]` here", t, r, s, own, t, own)
		default:
			p.Topics = appendUnique(p.Topics, s)
			p.TopicNames = append(p.TopicNames, model.TopicName{Name: t, Line: line})
		}
	}
}

// notTopics adds to p the topic slugs of names, the paper's not_topics:
// at keyLine, made as topics: makes them, with the names as written and
// their lines (NotTopicNames); an entry that makes no slug is an error
// at its line. Whether each names a topic with a keyword rule is the
// build's to tell, which reads site.yaml (notTopicWarnings).
func notTopics(path string, m *yaml.Node, names []string, keyLine int, p *model.Paper, errs *diag.List) {
	lines := itemLines(m, "not_topics", len(names), keyLine)
	for i, t := range names {
		s := slug.Make(tex.SlugText(t))
		if s == "" {
			errs.Add(path, lines[i], "not_topics entry %q has no letters or digits, so it names no topic; write the slug of a topic whose keywords: in site.yaml tag the paper (`not_topics: [llm]`)", t)
			continue
		}
		p.NotTopics = append(p.NotTopics, s)
		p.NotTopicNames = append(p.NotTopicNames, model.TopicName{Name: t, Line: lines[i]})
	}
}

// categories reports the primary_category: and categories: of y that are
// no arXiv category, as Jekyll's categories: (the curator's own grouping,
// which is topics: here) are not. One written as an arXiv category is
// that arXiv has not (cs.CLL) is a warning of the build's
// (UnknownCategory): arXiv adds categories now and then, and a paper
// imported with a new one must not fail the build. lines are the lines of
// primary_category: and of each of categories:, as Paper.CategoryLines
// holds them; a message is at the line of the first category it names.
func categories(path string, y *paperYAML, lines []int, errs *diag.List) {
	for _, k := range []struct {
		key   string
		cats  []string
		lines []int
	}{{"primary_category", []string{y.PrimaryCategory}, lines[:1]}, {"categories", y.Categories, lines[1:]}} {
		if msg, first := notCategories(k.cats); msg != "" {
			errs.Add(path, k.lines[first], "%s: %s", k.key, jekyllCategories(path, k.key, msg))
		}
	}
}

// jekyllCategories is msg, the message on the key of the source at path,
// with what a Jekyll post's categories: are to it besides: its address
// may be made of them (the pretty permalinks put them in it), which is
// to be kept before they move.
func jekyllCategories(path, key, msg string) string {
	if key != "categories" || !strings.Contains(msg, "not an arXiv categor") || !IsJekyllPost(path[strings.LastIndex(path, "/")+1:]) {
		return msg
	}
	return msg + "; Jekyll may have made this post's address of them: keep it first, with the aliases: check names, then move them"
}

// notCategories says which of cats are no arXiv category, with the
// topics: to write for them, and the index of the first, or "" when all
// are: Jekyll's categories: [nlp, reading] are all the curator's own.
func notCategories(cats []string) (msg string, first int) {
	var not []string
	for i, c := range cats {
		if c != "" && !IsCategory(c) {
			if not == nil {
				first = i
			}
			not = append(not, c)
		}
	}
	switch len(not) {
	case 0:
		return "", 0
	case 1:
		return fmt.Sprintf("%q is not an arXiv category; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:`", not[0]), first
	}
	quoted, items := make([]string, len(not)), make([]string, len(not))
	for i, c := range not {
		quoted[i], items[i] = strconv.Quote(c), flowItem(c)
	}
	return fmt.Sprintf("%s are not arXiv categories; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:` (topics: [%s])",
		textutil.List(quoted), strings.Join(items, ", ")), first
}

// DOI returns the DOI s names, written as a curator pastes it (the DOI
// alone, doi:10.…, or a doi.org or dx.doi.org link), without the prefix or
// link, or the first of several separated by spaces, as arXiv lists them;
// "" when s is not a DOI, or is a bioRxiv or medRxiv DOI with its page's
// version (see doi.Parse).
func DOI(s string) string {
	return doi.Parse(s)
}

// doiMistake says what is wrong with doi: d, which DOI refused, and what
// to write instead: the DOI in a bioRxiv or medRxiv preprint's address,
// or of every version of a preprint whose DOI d writes with one, as
// doi.org knows it.
func doiMistake(d string) string {
	fix := doi.Preprint(d)
	switch {
	case fix != "" && strings.Contains(strings.ToLower(d), "rxiv.org/"):
		return fmt.Sprintf("doi %q is the address of the preprint's page, not its DOI; write the DOI it holds, without the page's version: `doi: %s`", d, fix)
	case fix != "":
		return fmt.Sprintf("doi %q ends in the version of the preprint's page, but bioRxiv's and medRxiv's DOIs have none, so doi.org would not find it; write `doi: %s`, the DOI of every version", d, fix)
	}
	return fmt.Sprintf("doi %q is not a DOI; write the DOI alone, like `doi: 10.1038/s41586-024-07421-0` (a doi.org link or doi: prefix is taken off)", d)
}

// checkImage checks the image: and image_alt: of a paper or a page (of
// names which): the image an http(s) URL or a file's path (IsFilePath),
// the alt text only beside an image. It returns the image's line, 0 when
// there is none.
func checkImage(path, img, alt, of string, line func(string) int, errs *diag.List) int {
	if alt != "" && img == "" {
		errs.Add(path, line("image_alt"), "image_alt describes a figure, but the %s has no `image:`; add `image: https://…` or remove image_alt", of)
	}
	if img == "" {
		return 0
	}
	name, onComputer := textutil.ComputerPath(img) // C:\Users\…, C:/Users/…, \\server\…
	switch {
	case textutil.IsWebURL(img) || IsFilePath(img):
	case onComputer:
		errs.Add(path, line("image"), "image `%s` is a path on your computer, which the published site cannot reach; put the figure beside this file and write its path relative to it, with / between folders: `image: figures/%s`", img, name)
	case strings.Contains(img, `\`) && IsFilePath(strings.ReplaceAll(img, `\`, "/")):
		errs.Add(path, line("image"), "image `%s` parts its folders with \\, as Windows does; a path here parts them with /: `image: %s`", img, strings.ReplaceAll(img, `\`, "/"))
	default:
		errs.Add(path, line("image"), "image %q is neither an http(s) URL nor the path of a file; write `image: https://example.org/figure.png`, "+
			"or put the figure beside this file and write its path relative to it, `image: figures/figure.png`", img)
	}
	return line("image")
}

// IsFilePath reports whether s is written as the path of a file rather
// than a URL: relative ("figures/fig1.png") or from the site's root
// ("/fig1.png"), with no scheme, host, query, fragment or backslash.
func IsFilePath(s string) bool {
	if s == "" || strings.HasPrefix(s, "//") || strings.HasSuffix(s, "/") || strings.ContainsAny(s, "?#\\\x00") {
		return false
	}
	before, _, found := strings.Cut(s, ":")
	return !found || strings.Contains(before, "/")
}

// folderProblem says why the slug s cannot name a topic's folder on every
// system a site is built or checked out on, or returns "": it is longer
// than slug.MaxBytes, or a name Windows cannot hold.
func folderProblem(s string) string {
	if len(s) > slug.MaxBytes {
		return fmt.Sprintf("is %d bytes long, more than the %d a topic's folder name may have", len(s), slug.MaxBytes)
	}
	return filename.Unportable(s)
}

// topicSlug suggests a slug for a topic whose own one folderProblem
// refuses.
func topicSlug(s string) string {
	if len(s) > slug.MaxBytes {
		return slug.Shorten(s, 40)
	}
	return s + "-topic"
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// ownFieldsInExtra reports each key of a paper's extra: (at line) that
// names a field of its own not given at the top level, with a value that
// field takes: Hugo's params.code or Zola's [extra] pdf, moved over, which
// no page, feed or BibTeX entry reads there, so the Code or PDF link went
// missing without a word. A value the field does not take is the theme's
// own (a Zola theme's comment = true, Hugo's comments: false).
func ownFieldsInExtra(path string, line int, extra map[string]any, given map[string]int, errs *diag.List) {
	fields, _ := fieldsFor(reflect.TypeFor[paperYAML]())
	for _, k := range slices.Sorted(maps.Keys(extra)) {
		name := strings.ToLower(k)
		f, own := fields[name]
		if !own || name == "extra" || name == "imported" || name == "abstract" {
			continue
		}
		if _, ok := given[name]; ok {
			continue // the field is there; extra's is the theme's own
		}
		if v, ok := fieldValue(f.typ, extra[k]); ok {
			errs.Add(path, line, "extra.%s is the paper's own `%s:`, which pages, feeds and BibTeX read only at the top level (extra: is data for your theme alone); move it there: `%s: %s`", k, name, name, v)
		}
	}
}

// fieldValue is v, a value under extra:, as it is written at the top
// level for a paper's field of type t, and whether that field takes it:
// text (or a number, an unquoted arXiv id) for text, a whole number for a
// count, a date for a date, true or false for a switch, a list of text
// for a list.
func fieldValue(t reflect.Type, v any) (string, bool) {
	isDate := t == reflect.TypeFor[Date]()
	switch v := v.(type) {
	case string, int, float64:
		s, ok := scalarText(v)
		switch _, isString := v.(string); {
		case t.Kind() == reflect.Int:
			n, isInt := v.(int)
			return s, isInt && n >= 0
		case isDate:
			return s, ok && isString
		}
		return s, ok && t.Kind() == reflect.String
	case bool:
		return strconv.FormatBool(v), t.Kind() == reflect.Bool
	case time.Time:
		if v.Equal(v.Truncate(24 * time.Hour)) {
			return v.Format(time.DateOnly), isDate
		}
		return v.Format(time.RFC3339), isDate
	case []any:
		items := make([]string, len(v))
		for i, item := range v {
			s, ok := scalarText(item)
			if !ok {
				return "", false
			}
			items[i] = flowItem(s)
		}
		return "[" + strings.Join(items, ", ") + "]", t.Kind() == reflect.Slice
	}
	return "", false
}

// extraValue returns the value of extra's key k, in any letter case (Hugo's
// params are not case-sensitive), as text. A number is YAML's reading of an
// unquoted arXiv id, written back with the digits it had: 5 after the dot
// from 1501 on, 4 before.
func extraValue(extra map[string]any, k string) (string, bool) {
	keys := slices.Sorted(maps.Keys(extra))
	i := slices.IndexFunc(keys, func(key string) bool { return strings.EqualFold(key, k) })
	if i < 0 {
		return "", false
	}
	return scalarText(extra[keys[i]])
}

// scalarText is v, a value YAML read, as text when it is text or a
// number, a number being YAML's reading of an unquoted arXiv id written
// back as extraValue says.
func scalarText(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v), strings.TrimSpace(v) != ""
	case float64:
		digits := 5
		if v < 1501 {
			digits = 4
		}
		return strconv.FormatFloat(v, 'f', digits, 64), true
	case int:
		return strconv.Itoa(v), true
	}
	return "", false
}

// ValidID reports whether id can be a paper's id: one not on arXiv (or a
// former id, an alias), which is its page's folder, so letters, digits,
// '.', '_' and '-', starting with a letter or digit, at most 128, no
// "..", and not the name of a file the build writes in papers/ itself
// (reservedID). The importer names the file of a paper by such an id, so
// it asks this too.
func ValidID(id string) bool {
	return idRE.MatchString(id) && !strings.Contains(id, "..") && reservedID(id) == ""
}

// idRule says which of ValidID's rules the id breaks.
func idRule(id string) string {
	const all = "use letters, digits, '.', '_' and '-' only (no '..', '/' or '\\')"
	switch {
	case strings.Contains(id, ".."):
	case id != "" && strings.ContainsRune("._-", rune(id[0])) && idRE.MatchString("x"+id[1:]):
		return "it must start with a letter or a digit"
	case len(id) > 128 && idRE.MatchString(id[:128]):
		return "it is longer than 128 characters"
	}
	return all
}

// reservedID says why id cannot be a paper's id (or an alias) when it is
// the name of a file the build writes in papers/ itself, in any letter
// case, as a Mac's or a Windows disk cannot hold both; else it returns "".
func reservedID(id string) string {
	if strings.EqualFold(id, "index.html") {
		return "is the name of the page the build writes at papers/index.html, which sends a reader on to the archive"
	}
	return ""
}

// IDFor is the id to write for name, which is none (My Own Notes): its
// slug, its signs spelt (my-own-notes; c-plus-plus-notes for C++ Notes),
// when that is an id every checkout can hold; "" otherwise.
func IDFor(name string) string {
	if s := slug.Spelled(name); ValidID(s) && filename.Unportable(s) == "" {
		return s
	}
	return ""
}

// arxivMistake says what is wrong with arxiv:, which arxivid.Parse
// refused with err, and what to write instead.
func arxivMistake(arxiv string, err error) string {
	var ve *arxivid.VersionError
	if errors.As(err, &ve) {
		return fmt.Sprintf("arxiv %q: %v; write `arxiv: \"%s\"`, with the version arXiv lists if you want one (`arxiv: \"%sv2\"`)", arxiv, err, ve.ID, ve.ID)
	}
	var de *arxivid.DigitsError
	if errors.As(err, &de) {
		return fmt.Sprintf("arxiv %q: %v; write the id as the paper's page on arXiv shows it", arxiv, err)
	}
	if id, version, ok := arxivid.FromURL(arxiv); ok {
		return fmt.Sprintf("arxiv %q is a link, not an arXiv id; write the id alone: `arxiv: \"%s\"`%s (the paper's page links to arXiv itself)", arxiv, id, versionLine(version))
	}
	if m := listedIDRE.FindStringSubmatch(arxiv); m != nil {
		// As arXiv's listings and its citation line print it:
		// arXiv:2506.11115 [cs.CL], or 2506.11115V2.
		if id, version, err := arxivid.Parse(m[1] + strings.ToLower(m[2])); err == nil {
			write := []string{fmt.Sprintf("`arxiv: \"%s\"`", id)}
			if version > 0 {
				write = append(write, fmt.Sprintf("`version: %d`", version))
			}
			if m[3] != "" {
				write = append(write, "`primary_category: "+m[3]+"`")
			}
			return fmt.Sprintf("arxiv %q is an arXiv id as arXiv's listings print it; write the id alone: %s", arxiv, textutil.List(write))
		}
	}
	if id := arxivid.Mistyped(arxiv); id != "" {
		return fmt.Sprintf("arxiv %q is not an arXiv id; did you mean `arxiv: \"%s\"`?", arxiv, id)
	}
	return fmt.Sprintf("arxiv %q is not an arXiv id; write it like 2410.07166 (or cond-mat/0603029 for old ids), or use `id:` for papers not on arXiv", arxiv)
}

// listedIDRE is an arXiv id as arXiv's listings print it: after
// "arXiv:", with its version's V in capitals, or with its primary
// category in brackets (2506.11115v2 [cs.CL]).
var listedIDRE = regexp.MustCompile(`^(?i:arxiv:)?\s*([a-z-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})([vV]\d+)?(?:\s*\[([a-z-]+(?:\.[A-Za-z-]+)?)\])?$`)

// versionLine is the version: line to write beside arxiv: for a link's
// version, or nothing for a link without one.
func versionLine(version int) string {
	if version == 0 {
		return ""
	}
	return fmt.Sprintf(" and `version: %d`", version)
}

// scpRE is the address git clones a repository from over SSH, as a
// forge's Clone button offers it (git@github.com:user/repo.git): the host
// and the repository's path, without .git.
var scpRE = regexp.MustCompile(`^[\w.-]+@([\w-]+(?:\.[\w-]+)+):/?([^\s:]+?)(?:\.git)?/?$`)

// fullLink says what to write for v, the link field key's value that is
// not an http(s) URL: the repository's page for git's SSH address, the
// link with its scheme's : and // when one is missing, the link with
// https:// before it when v is a host and path written without it
// (github.com/user/repo, as a browser's address bar shows it; not a
// file's name, paper.pdf, though it has a dot), else an example of the
// field's link. pdf: is told it takes the PDF's web
// address, not a file, and how a PDF of one's own is published.
func fullLink(key, v string) string {
	if m := scpRE.FindStringSubmatch(v); m != nil {
		return "it is the address git clones over SSH, not a page; write the repository's page: https://" + m[1] + "/" + m[2]
	}
	if m := schemeTypoRE.FindStringSubmatch(v); m != nil && textutil.IsWebURL(strings.ToLower(m[1])+"://"+m[2]) {
		return "its scheme is mistyped; write " + strings.ToLower(m[1]) + "://" + m[2]
	}
	host, rest, _ := strings.Cut(v, "/")
	if u := "https://" + v; !strings.Contains(v, "://") && textutil.IsWebURL(u) && strings.Contains(host, ".") && (rest != "" || !filename.IsFile(host)) {
		return "write it with https:// before it: " + u
	}
	if u := strings.ReplaceAll(v, " ", "%20"); u != v && textutil.IsWebURL(u) {
		return "a link holds no spaces: remove them, or write each as %20: " + u
	}
	if key == "pdf" {
		why := "pdf: is the web address of the paper's PDF (https://openreview.net/pdf?id=…), and a paper on arXiv needs none: its PDF is arXiv's"
		if strings.Contains(v, ":") || strings.TrimLeft(v, "/") == "" {
			return why
		}
		if strings.Contains(v, " ") {
			v = "<" + v + ">"
		}
		return why + "; a PDF of your own, beside this file or in your theme's static/, is published when the notes link it: write `[PDF](" + v + ")` below the front matter in place of pdf:"
	}
	return "write a full link such as " + linkExamples[key]
}

// schemeTypoRE is a link whose http: or https: lacks its colon or a
// slash (http//x.org/a.pdf, https:/x.org): the scheme and the rest.
var schemeTypoRE = regexp.MustCompile(`^(?i)(https?)(?::/?|/{1,2})([\w-]+(?:\.[\w-]+)+(?:[/?#].*)?)$`)

// linkExamples are, for each link field of a paper, an example of the
// link it takes.
var linkExamples = map[string]string{
	"code":             "https://github.com/user/repo",
	"project":          "https://user.github.io/project/",
	"organization_url": "https://huggingface.co/nvidia",
}

// importedScalar returns the scalar of key in an imported: mapping (the
// record an import keeps of what it wrote), or "".
func importedScalar(m *yaml.Node, key string) string {
	if m.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k, v := m.Content[i], m.Content[i+1]; k.Value == key && v.Kind == yaml.ScalarNode {
			return v.Value
		}
	}
	return ""
}

// importedList returns the texts of the list under key of the imported:
// mapping m; nil when it has none.
func importedList(m *yaml.Node, key string) []string {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	var out []string
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k, v := m.Content[i], m.Content[i+1]; k.Value == key && v.Kind == yaml.SequenceNode {
			for _, e := range v.Content {
				if e.Kind == yaml.ScalarNode {
					out = append(out, e.Value)
				}
			}
		}
	}
	return out
}

// textLanguage reads the `language:` of a paper or a page, whose text
// (what) is in it: the BCP 47 tag, canonical ("fr", "zh-Hant"), or ""
// when it is not given. A language's name (`French`) or anything else
// that is no tag is an error at its line, and is kept as written.
func textLanguage(path, raw string, line int, what string, errs *diag.List) string {
	l := strings.TrimSpace(raw)
	if l == "" {
		return ""
	}
	t, err := language.Parse(l)
	switch {
	case err != nil && languageNamed(l) != "":
		errs.Add(path, line, "language %q is the language's name, and the field takes its BCP 47 tag; write `language: %s`", raw, languageNamed(l))
	case err != nil && countryLanguage(l).tag != "":
		errs.Add(path, line, "%s", countryMessage("language", raw, countryLanguage(l)))
	case err != nil:
		errs.Add(path, line, "language %q is not a BCP 47 language tag; write the language of %s, e.g. `language: en` or `language: fr`", raw, what)
	default:
		return t.String()
	}
	return l
}
