package render

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// scholar holds every paper's BibTeX key and entry, computed once for the
// whole site: for the citation functions of paper pages and for the .bib
// files of days, topics and authors.
type scholar struct {
	// copies are the folders of a topic's or an author's former slugs
	// (model.Site's FormerFolders), by its folder: its papers.bib has a
	// copy in each, as its feeds do, for a reference manager that imports
	// the old address.
	copies  map[string][]string
	keys    map[*model.Paper]string
	entries map[*model.Paper]*bibEntry // BibTeX entry of each paper
	l       links
	dropped atomic.Bool // an entry was let go of (bibEntry.used)

	mu   sync.Mutex
	held map[*model.Paper]pageTexts // the texts of the paper pages rendering (hold)
}

// pageTexts are what a paper's page says of its abstract: its description
// (meta description and JSON-LD) and its citation_abstract.
type pageTexts struct{ description, abstract string }

// textsOf derives the texts of p's page from one scan of its abstract.
// It is described by its abstract's summary, or by its TL;DR when it has
// no abstract: its meta description, link preview and JSON-LD all say the
// same.
func textsOf(p *model.Paper) pageTexts {
	summary, abstract := p.Texts()
	return pageTexts{description: tex.Summary(300, summary, p.TLDR), abstract: abstract}
}

// hold derives the texts of p's page and holds them while it renders,
// until release, for its citation metadata; it returns the description.
// Asked for by each part of the page, they were two scans of the
// abstract's HTML for its summary, one for its text and two of the
// summary's math to Unicode.
func (s *scholar) hold(p *model.Paper) string {
	t := textsOf(p)
	s.mu.Lock()
	if s.held == nil {
		s.held = map[*model.Paper]pageTexts{}
	}
	s.held[p] = t
	s.mu.Unlock()
	return t.description
}

// release lets go of the texts hold holds for p's page, once it rendered.
func (s *scholar) release(p *model.Paper) {
	s.mu.Lock()
	delete(s.held, p)
	s.mu.Unlock()
}

// texts returns the texts of p's page: those held while it renders, else
// derived (a theme's citation metadata of another paper).
func (s *scholar) texts(p *model.Paper) pageTexts {
	s.mu.Lock()
	t, ok := s.held[p]
	s.mu.Unlock()
	if !ok {
		t = textsOf(p)
	}
	return t
}

// bibEntry is a paper's BibTeX entry. A one-off build counts the uses it
// will make of it (its paper's page and each .bib file that has it) and
// lets go of it after the last: held for the whole render, the entries
// of 100,000 papers were 212 MB of the heap at its end. An entry asked
// for after that (a theme's page that shows another paper's) is made
// again, so the output never depends on the count.
type bibEntry struct {
	mu   sync.Mutex
	text string
	left int  // uses to come before text goes; 0 when not counted
	gone bool // text was let go of
}

// bibFor is the BibTeX entry text, held until uses are counted.
func bibFor(text string) *bibEntry { return &bibEntry{text: text} }

// newScholar computes every paper's key and BibTeX entry once, the
// entries from workers goroutines (0 means GOMAXPROCS): at 100,000 papers
// they took 1.9 s of CPU, which every page waited for.
func newScholar(papers []*model.Paper, l links, workers int) *scholar {
	s := &scholar{l: l}
	s.fill(papers, workers)
	return s
}

// fill computes the key and BibTeX entry of each of papers, as newScholar
// does.
func (s *scholar) fill(papers []*model.Paper, workers int) {
	s.keys, s.entries = cite.Keys(papers), make(map[*model.Paper]*bibEntry, len(papers))
	entries := make([]string, len(papers))
	parallel.For(context.Background(), len(papers), workers, func() func(int) error {
		return func(i int) error {
			p := papers[i]
			entries[i] = cite.Entry(p, s.keys[p], s.l.Abs(p.Path()))
			return nil
		}
	})
	for i, p := range papers {
		s.entries[p] = bibFor(entries[i])
	}
	s.dropped.Store(false)
}

// countUses makes each entry go once its paper's page and the .bib files
// bibs that have it are made (see used): a one-off build's All, which
// makes each of them once.
func (s *scholar) countUses(bibs []bib) {
	for _, e := range s.entries {
		e.left = 1 // the paper's page
	}
	for _, b := range bibs {
		for _, p := range b.papers {
			if e := s.entries[p]; e != nil {
				e.left++
			}
		}
	}
}

// used tells that a page or .bib file that has the entry of p is made,
// and lets go of the entry after the last of the uses counted; it does
// nothing when none were.
func (s *scholar) used(p *model.Paper) {
	e := s.entries[p]
	if e == nil {
		return
	}
	e.mu.Lock()
	if e.left > 0 {
		if e.left--; e.left == 0 {
			e.text, e.gone = "", true
			s.dropped.Store(true)
		}
	}
	e.mu.Unlock()
}

// rekey makes the BibTeX entries of papers again after their titles or
// first versions' dates changed. A title gives its paper's key a word and
// the date a year, and papers whose keys would be the same have the id
// added: it fails if the key of any other paper changes, whose pages
// would then be rendered again too. Only the papers that share a base key
// with one of papers, before or after, are keyed again (cite.Rekey).
func (s *scholar) rekey(all, papers []*model.Paper) error {
	keys := cite.Rekey(all, papers, s.keys)
	changed := make(map[*model.Paper]bool, len(papers))
	for _, p := range papers {
		changed[p] = true
	}
	for p, k := range keys {
		if !changed[p] && k != s.keys[p] {
			return fmt.Errorf("the new title or year of a paper changes the BibTeX key of %s", p.ID)
		}
	}
	for _, p := range papers {
		s.keys[p] = keys[p]
	}
	s.recite(papers)
	return nil
}

// BibKey is the BibTeX key of p, a paper of the site, as its entry and
// the templates' bibKey have it; "" before Prepare.
func (r *Renderer) BibKey(p *model.Paper) string { return r.sch.keys[p] }

// recite makes the BibTeX entries of papers again, with their keys.
func (s *scholar) recite(papers []*model.Paper) {
	for _, p := range papers {
		s.entries[p] = bibFor(cite.Entry(p, s.keys[p], s.l.Abs(p.Path())))
	}
}

// dataURL is the paper's BibTeX entry as a data: URL, so the paper page
// offers its .bib download without a file of its own per paper.
func (s *scholar) dataURL(p *model.Paper) template.URL {
	return template.URL("data:application/x-bibtex;charset=utf-8," + url.PathEscape(s.entry(p)))
}

// risDataURL is the paper's RIS entry as a data: URL, for the paper
// page's .ris download: made as the page is, and kept by nothing, as only
// that page uses it.
func (s *scholar) risDataURL(p *model.Paper) template.URL {
	return template.URL("data:application/x-research-info-systems;charset=utf-8," + url.PathEscape(cite.RIS(p, s.l.Abs(p.Path()))))
}

// entry returns the paper's BibTeX entry, made again if it was let go of
// (see bibEntry).
func (s *scholar) entry(p *model.Paper) string {
	e := s.entries[p]
	if e == nil {
		return ""
	}
	e.mu.Lock()
	text, gone := e.text, e.gone
	e.mu.Unlock()
	if gone {
		return cite.Entry(p, s.keys[p], s.l.Abs(p.Path()))
	}
	return text
}

// funcs are the citation functions of the theme.
func (s *scholar) funcs() template.FuncMap {
	return template.FuncMap{
		"bibtex":       s.entry,
		"bibDataURL":   s.dataURL,
		"risDataURL":   s.risDataURL,
		"bibKey":       func(p *model.Paper) string { return s.keys[p] },
		"lastFirst":    cite.LastFirst,
		"citationDate": cite.Date,
		"doi":          cite.DOI,
		"doiURL":       doi.URL,
		"jsonLD":       s.jsonLD,
		"citationMeta": s.meta,
		"coins":        s.coins,
	}
}

// coins is a COinS span for each of papers (cite.COinS), which makes
// Zotero offer to save a list page's papers, all or some, as it finds no
// citation_* tags there. The spans are empty and hidden, so that no
// browser shows them nor screen reader reads their title.
func (s *scholar) coins(papers []*model.Paper) template.HTML {
	const open, end = `<span class="Z3988" title="`, "\" hidden></span>"
	titles := make([]string, len(papers))
	n := 0
	for i, p := range papers {
		titles[i] = cite.COinS(p, s.l.Abs(p.Path())) // attribute-safe as it is: see kevEscape
		n += len(open) + len(titles[i]) + len(end)
	}
	var b strings.Builder
	b.Grow(n) // a day of 25 papers has 10 KB of them, which a builder growing by doubling copied over and over
	for _, t := range titles {
		b.WriteString(open)
		b.WriteString(t)
		b.WriteString(end)
	}
	return template.HTML(b.String())
}

// meta is the <head> metadata of a paper page for reference managers and
// search engines: Highwire Press tags (Google Scholar, Zotero), the
// publication time and JSON-LD. It is built here rather than in the
// template: a page per paper made these forty-odd tags a fifth of the
// render time when each was a template action.
func (s *scholar) meta(p *model.Paper) template.HTML {
	var b strings.Builder
	texts := s.texts(p)
	abstract := texts.abstract
	b.Grow(1536 + 2*len(abstract) + 160*len(p.Authors)) // a JSON-LD person and a citation_author tag take 150 bytes or so
	tag := func(name, content string) {
		b.WriteString(`<meta name="`)
		b.WriteString(name)
		b.WriteString(`" content="`)
		attrReplacer.WriteString(&b, content) // escaped straight into b, no copy per tag
		b.WriteString("\">\n")
	}
	tag("citation_title", p.Title)
	for _, a := range p.Authors {
		tag("citation_author", cite.Split(a).Highwire(len(p.Authors) == 1))
	}
	date := cite.Date(p)
	year := scholarYear(date)
	tag("citation_publication_date", year)
	tag("citation_online_date", date)
	if year != date {
		// The year and month of an arXiv id (2014/09): Zotero's Embedded
		// Metadata translator reads citation_online_date only without a
		// date, and so would save the year alone; it reads citation_date
		// after citation_publication_date (HIGHWIRE_MAPPINGS), so this
		// one is what it keeps.
		tag("citation_date", date)
	}
	if u := p.PDFURL(); u != "" {
		tag("citation_pdf_url", u)
	}
	if p.ArXiv != "" {
		tag("citation_arxiv_id", p.ArXiv)
	}
	if d := cite.DOI(p); d != "" {
		tag("citation_doi", d)
	}
	// Where it was published, from journal: or conference: alone: Google
	// Scholar wants the name alone, and journal_ref is free text ("Phys.
	// Rev. B 85, 115117 (2012)") with no reliable way to find it there.
	if p.Journal != "" {
		tag("citation_journal_title", p.Journal)
	}
	if p.Conference != "" {
		tag("citation_conference_title", p.Conference)
	}
	if p.Volume != "" {
		tag("citation_volume", p.Volume)
	}
	if p.Issue != "" {
		tag("citation_issue", p.Issue)
	}
	first, last := cite.PageRange(p.Pages)
	if first != "" {
		tag("citation_firstpage", first)
	}
	if last != "" {
		tag("citation_lastpage", last)
	}
	if cite.Preprint(p) {
		// Zotero's Embedded Metadata translator takes any page with a
		// citation_title for a journal article, as it knows no tag for
		// a preprint; its RDF translator reads a DC.type that names a
		// Zotero item type before that guess, and the repository of a
		// preprint is its publisher, as Zotero's arXiv translator saves
		// one from arXiv.
		tag("DC.type", "preprint")
		if server := cite.Server(p); server != "" {
			tag("citation_publisher", server)
		}
	}
	// Zotero's URL, where this page would be: the address BibTeX's url
	// gives (arXiv's page, else the DOI's link, the PDF or the project
	// page), so that the formats agree; none when the paper has none.
	if u := cite.URL(p, ""); u != "" {
		tag("citation_public_url", u)
	}
	tag("citation_abstract_html_url", s.l.Abs(p.Path()))
	if abstract != "" {
		tag("citation_abstract", abstract)
	}
	for _, t := range p.TopicRefs {
		tag("citation_keywords", t.Name)
	}
	b.WriteString(`<meta property="article:published_time" content="`)
	b.WriteString(p.Date.Format("2006-01-02"))
	b.WriteString("\">\n<script type=\"application/ld+json\">")
	s.writeJSONLD(&b, p, texts.description)
	b.WriteString("</script>")
	return template.HTML(b.String())
}

// attrReplacer escapes a string for a quoted HTML attribute value.
var attrReplacer = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;", "\x00", "\uFFFD")

// scholarYear is a citation date as citation_publication_date takes it:
// Google Scholar's inclusion guidelines ask for a whole date (2010/5/12)
// or a year alone, so an arXiv id's year and month (2014/09) is its year
// (citation_online_date, which the guidelines do not name, keeps both).
func scholarYear(date string) string {
	if y, _, ok := strings.Cut(date, "/"); ok && strings.Count(date, "/") == 1 {
		return y
	}
	return date
}

// maxLDAuthors bounds the authors named in JSON-LD, so a paper with
// thousands of authors does not make every page that embeds it huge.
const maxLDAuthors = 100

// jsonLD is the schema.org ScholarlyArticle description of a paper.
func (s *scholar) jsonLD(p *model.Paper) template.JS {
	var b strings.Builder
	s.writeJSONLD(&b, p, s.texts(p).description)
	return template.JS(b.String())
}

// lineless writes what a json.Encoder writes to b, but the newline after
// the value, so that b gets json.Marshal's bytes without the copy Marshal
// makes of them.
type lineless struct{ b *strings.Builder }

func (w lineless) Write(p []byte) (int, error) {
	w.b.Write(bytes.TrimSuffix(p, []byte("\n")))
	return len(p), nil
}

// writeJSONLD writes jsonLD to b, desc being p's description: JSON
// straight from encoding/json's buffer, which meta would otherwise copy
// from json.Marshal's.
func (s *scholar) writeJSONLD(b *strings.Builder, p *model.Paper, desc string) {
	type person struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	authors := make([]person, min(len(p.AuthorRefs), maxLDAuthors))
	for i, a := range p.AuthorRefs[:len(authors)] {
		typ := "Person"
		if cite.IsGroup(a.Name) { // "ATLAS Collaboration"
			typ = "Organization"
		}
		authors[i] = person{Type: typ, Name: a.Name, URL: s.l.Abs(a.Path())}
	}
	type property struct {
		Type       string `json:"@type"`
		PropertyID string `json:"propertyID"`
		Value      string `json:"value"`
	}
	type media struct {
		Type           string `json:"@type"`
		ContentURL     string `json:"contentUrl"`
		EncodingFormat string `json:"encodingFormat"`
	}
	// picture is the figure as an ImageObject, with its size in pixels
	// (Google's Article documentation takes an ImageObject or a URL).
	type picture struct {
		Type   string `json:"@type"`
		Height int    `json:"height"`
		URL    string `json:"url"`
		Width  int    `json:"width"`
	}
	// part is what the article is part of: a journal's issue, in its
	// volume, in the journal (schema.org's bibliographic hierarchy).
	type part struct {
		Type         string `json:"@type"`
		IsPartOf     *part  `json:"isPartOf,omitempty"`
		IssueNumber  string `json:"issueNumber,omitempty"`
		Name         string `json:"name,omitempty"`
		VolumeNumber string `json:"volumeNumber,omitempty"`
	}
	// organization is the Hugging Face organization that lists the
	// paper, as its sourceOrganization: the one on whose behalf its
	// authors worked.
	type organization struct {
		Type string `json:"@type"`
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	// counter is the paper's upvotes as a schema.org InteractionCounter
	// of likes: a count a dataset reads from the page's data, where the
	// page shows it only as text.
	type counter struct {
		Type                 string `json:"@type"`
		InteractionType      string `json:"interactionType"`
		UserInteractionCount int    `json:"userInteractionCount"`
	}
	// Fields in name order, as schema.org tools print them.
	type article struct {
		Context            string        `json:"@context"`
		Type               string        `json:"@type"`
		Author             []person      `json:"author"`
		DateModified       string        `json:"dateModified,omitempty"`
		DatePublished      string        `json:"datePublished"`
		Description        string        `json:"description,omitempty"`
		Encoding           *media        `json:"encoding,omitempty"`
		Headline           string        `json:"headline"`
		Identifier         *property     `json:"identifier,omitempty"`
		Image              any           `json:"image,omitempty"` // a URL, or a picture when the size is known
		InLanguage         string        `json:"inLanguage,omitempty"`
		Interaction        *counter      `json:"interactionStatistic,omitempty"`
		IsPartOf           *part         `json:"isPartOf,omitempty"`
		Keywords           string        `json:"keywords,omitempty"`
		MainEntityOfPage   string        `json:"mainEntityOfPage"`
		Name               string        `json:"name"`
		PageEnd            string        `json:"pageEnd,omitempty"`
		PageStart          string        `json:"pageStart,omitempty"`
		Pagination         string        `json:"pagination,omitempty"`
		SameAs             []string      `json:"sameAs,omitempty"`
		SourceOrganization *organization `json:"sourceOrganization,omitempty"`
		URL                string        `json:"url"`
	}
	url, name := s.l.Abs(p.Path()), tex.UnicodeText(p.Title)
	m := article{
		Context:          "https://schema.org",
		Type:             "ScholarlyArticle",
		Headline:         textutil.Fit(110, name), // schema.org's (Google's) limit
		Name:             name,
		Author:           authors,
		DatePublished:    strings.ReplaceAll(cite.Date(p), "/", "-"),
		URL:              url,
		MainEntityOfPage: url,
		Description:      desc, // the whole abstract is in citation_abstract
		InLanguage:       cmp.Or(p.Language, s.l.cfg.PaperLanguage),
	}
	switch img := p.Image; {
	case img != "" && p.ImageWidth > 0 && p.ImageHeight > 0:
		m.Image = picture{Type: "ImageObject", URL: s.l.absURL(img), Width: p.ImageWidth, Height: p.ImageHeight}
	case img != "":
		m.Image = s.l.absURL(img)
	}
	if p.Journal != "" {
		m.IsPartOf = &part{Type: "Periodical", Name: p.Journal}
		if p.Volume != "" {
			m.IsPartOf = &part{Type: "PublicationVolume", VolumeNumber: p.Volume, IsPartOf: m.IsPartOf}
		}
		if p.Issue != "" {
			m.IsPartOf = &part{Type: "PublicationIssue", IssueNumber: p.Issue, IsPartOf: m.IsPartOf}
		}
	}
	m.Pagination = p.Pages
	m.PageStart, m.PageEnd = cite.PageRange(p.Pages)
	about := make([]string, len(p.TopicRefs))
	for i, t := range p.TopicRefs {
		about[i] = t.Name
	}
	m.Keywords = strings.Join(about, ", ")
	if !p.Updated.IsZero() && !p.Published.IsZero() && p.Updated.After(p.Published) {
		m.DateModified = model.CalendarDay(p.Updated).Format("2006-01-02") // the day the page shows
	}
	if u := p.ArXivURL("abs"); u != "" {
		m.SameAs = append(m.SameAs, u)
	}
	if d := cite.DOI(p); d != "" {
		m.Identifier = &property{Type: "PropertyValue", PropertyID: "DOI", Value: d}
		m.SameAs = append(m.SameAs, doi.URL(d))
	}
	if o := p.OrganizationRef; o != nil { // as the page names it, however this paper spells it
		m.SourceOrganization = &organization{Type: "Organization", Name: o.Name, URL: o.URL}
	} else if p.Organization != "" {
		m.SourceOrganization = &organization{Type: "Organization", Name: p.Organization, URL: p.OrganizationURL}
	}
	if p.Upvotes > 0 {
		m.Interaction = &counter{Type: "InteractionCounter", InteractionType: "https://schema.org/LikeAction", UserInteractionCount: p.Upvotes}
	}
	if u := p.PDFURL(); u != "" {
		m.Encoding = &media{Type: "MediaObject", EncodingFormat: "application/pdf", ContentURL: u}
	}
	// The encoder escapes <, > and &, as Marshal does, so the script
	// element cannot be closed early; it writes nothing when it fails.
	if err := json.NewEncoder(lineless{b}).Encode(m); err != nil {
		b.WriteString("{}")
	}
}

// bib is a downloadable .bib file: the papers of a day, topic, author or
// organization, or the top papers of a week or month (those its page
// lists), whose folder is dir.
type bib struct {
	dir    string
	papers []*model.Paper
}

// bibFiles lists the downloadable .bib files, with all papers of each
// day, topic, author and organization and the top papers of each week and
// month (a paper's own entry is a data: URL on its page). emitBibs makes
// each file as it emits it, so they are never all in memory.
func bibFiles(site *model.Site) []bib {
	bibs := make([]bib, 0, len(site.Days)+len(site.Weeks)+len(site.Months)+len(site.Topics)+len(site.Authors)+len(site.Organizations))
	for _, d := range site.Days {
		bibs = append(bibs, bib{d.Path(), d.Papers})
	}
	for _, w := range site.Weeks {
		bibs = append(bibs, bib{w.Path(), w.Top})
	}
	for _, m := range site.Months {
		bibs = append(bibs, bib{m.Path(), m.Top})
	}
	for _, t := range site.Topics {
		bibs = append(bibs, bib{t.Path(), t.Papers})
	}
	for _, a := range site.Authors {
		bibs = append(bibs, bib{a.Path(), a.Papers})
	}
	for _, o := range site.Organizations {
		bibs = append(bibs, bib{o.Path(), o.Papers})
	}
	return bibs
}

// bibsShowing returns the .bib files that have one of papers: those of
// its days, topics, authors and organization, and of its days' weeks and
// months (whose top papers a paper's new counts may have joined or left),
// each once.
func bibsShowing(papers []*model.Paper) []bib {
	var bibs []bib
	seen := map[string]bool{}
	add := func(dir string, papers []*model.Paper) {
		if !seen[dir] {
			seen[dir] = true
			bibs = append(bibs, bib{dir, papers})
		}
	}
	for _, p := range papers {
		for _, d := range p.Days {
			add(d.Path(), d.Papers)
			add(d.Week.Path(), d.Week.Top)
			add(d.Month.Path(), d.Month.Top)
		}
		for _, t := range p.TopicRefs {
			add(t.Path(), t.Papers)
		}
		for _, a := range p.AuthorRefs {
			add(a.Path(), a.Papers)
		}
		if o := p.OrganizationRef; o != nil {
			add(o.Path(), o.Papers)
		}
	}
	return bibs
}

// emitBibs emits the .bib files bibs over workers goroutines, each
// entry's use told (used) once its file is made.
func (s *scholar) emitBibs(ctx context.Context, bibs []bib, emit func(model.File) error, workers int) error {
	return parallel.For(ctx, len(bibs), workers, func() func(int) error {
		return func(i int) error {
			data := cite.File(bibs[i].papers, s.entry)
			for _, p := range bibs[i].papers {
				s.used(p)
			}
			if err := emit(model.File{Path: bibs[i].dir + "papers.bib", Data: data}); err != nil {
				return err
			}
			for _, dir := range s.copies[bibs[i].dir] {
				if err := emit(model.File{Path: dir + "papers.bib", Data: data}); err != nil {
					return err
				}
			}
			return nil
		}
	})
}
