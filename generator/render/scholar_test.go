package render

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/themes"
)

// oddDOI has the characters a DOI link must encode (#, %) and those it
// keeps (/, parentheses).
const oddDOI = "10.1016/S0550-3213(99)00_1#x%y"

// scholarPaper is a published paper with a DOI, a journal reference and
// authors whose names need care.
func scholarPaper() *model.Paper {
	return &model.Paper{ID: "1207.7214", Slug: "1207.7214", ArXiv: "1207.7214", Title: "Observation of a new particle",
		Authors:    []string{"ATLAS Collaboration", "Martin Luther King, Jr.", "Charles de la Vallée Poussin", "G. 't Hooft"},
		DOI:        oddDOI,
		JournalRef: "Phys. Lett. B 716 (2012) 1-29",
		Date:       time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC), Published: time.Date(2012, 7, 31, 0, 0, 0, 0, time.UTC)}
}

// metaRE matches a <meta name=… content=…> tag as scholar.meta writes it.
var metaRE = regexp.MustCompile(`<meta name="([^"]*)" content="([^"]*)">`)

// TestCitationMeta: citation_author is "Last, First" ("King, Martin
// Luther, Jr."), a group's name with a comma after it, so that Zotero
// does not take its first word for a given name; the free-text journal_ref is no
// citation_journal_title; the JSON-LD sameAs is the arXiv page and the
// DOI's encoded link.
func TestCitationMeta(t *testing.T) {
	p := scholarPaper()
	s := newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0)
	meta := string(s.meta(p))
	got := map[string][]string{}
	for _, m := range metaRE.FindAllStringSubmatch(meta, -1) {
		got[m[1]] = append(got[m[1]], html.UnescapeString(m[2]))
	}
	want := map[string][]string{
		"citation_author":        {"ATLAS Collaboration,", "King, Martin Luther, Jr.", "de la Vallée Poussin, Charles", "'t Hooft, G."},
		"citation_doi":           {"10.48550/arXiv.1207.7214"}, // cited as an arXiv preprint: not its published version's
		"citation_journal_title": nil,
	}
	for name, w := range want {
		if strings.Join(got[name], "|") != strings.Join(w, "|") {
			t.Errorf("meta %s = %q, want %q", name, got[name], w)
		}
	}
	// JSON-LD: the arXiv page and the DOI's link are both the paper; a
	// group author is an organisation; a later version dates the change.
	p.AuthorRefs = []*model.Author{{Name: "ATLAS Collaboration", Slug: "atlas-collaboration"}, {Name: "G. 't Hooft", Slug: "g-t-hooft"}}
	p.Updated = time.Date(2013, 2, 1, 0, 0, 0, 0, time.UTC)
	var ld struct {
		SameAs       []string
		DateModified string
		Author       []struct {
			Type string `json:"@type"`
		}
	}
	if err := json.Unmarshal([]byte(s.jsonLD(p)), &ld); err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://arxiv.org/abs/1207.7214", "https://doi.org/10.48550/arXiv.1207.7214"}; !slices.Equal(ld.SameAs, want) {
		t.Errorf("JSON-LD sameAs = %q, want %q", ld.SameAs, want)
	}
	// Cited where it was published, it has that DOI, its link encoded.
	p.Journal = "Phys. Lett. B"
	s = newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0)
	if m := string(s.meta(p)); !strings.Contains(m, `<meta name="citation_doi" content="`+html.EscapeString(oddDOI)+`">`) {
		t.Errorf("a paper in a journal: meta %s, want citation_doi %s", m, oddDOI)
	}
	ld.SameAs = nil
	if err := json.Unmarshal([]byte(s.jsonLD(p)), &ld); err != nil {
		t.Fatal(err)
	}
	if want := []string{"https://arxiv.org/abs/1207.7214", "https://doi.org/10.1016/S0550-3213(99)00_1%23x%25y"}; !slices.Equal(ld.SameAs, want) {
		t.Errorf("JSON-LD sameAs of a paper in a journal = %q, want %q", ld.SameAs, want)
	}
	if ld.DateModified != "2013-02-01" || len(ld.Author) != 2 || ld.Author[0].Type != "Organization" || ld.Author[1].Type != "Person" {
		t.Errorf("JSON-LD dateModified %q, authors %+v", ld.DateModified, ld.Author)
	}
}

// TestCitationDates: citation_publication_date is a whole date or a year
// alone, as Google Scholar's inclusion guidelines ask; a paper without
// published: is dated by its arXiv id, whose month only
// citation_online_date gives.
func TestCitationDates(t *testing.T) {
	tests := []struct {
		published   time.Time
		arxiv       string
		pub, online string
	}{
		{time.Date(2017, 6, 12, 0, 0, 0, 0, time.UTC), "1706.03762", "2017/06/12", "2017/06/12"},
		{time.Time{}, "1409.0473", "2014", "2014/09"},
		{time.Time{}, "cond-mat/0603029", "2006", "2006/03"},
		{time.Time{}, "", "2024/05/31", "2024/05/31"}, // not on arXiv: its digest day
	}
	for _, tt := range tests {
		p := &model.Paper{ID: "x", Slug: "x", ArXiv: tt.arxiv, Title: "T", Published: tt.published, Date: time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC)}
		meta := string(newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0).meta(p))
		got := map[string]string{}
		for _, m := range metaRE.FindAllStringSubmatch(meta, -1) {
			got[m[1]] = m[2]
		}
		if got["citation_publication_date"] != tt.pub || got["citation_online_date"] != tt.online {
			t.Errorf("%q published %v: citation_publication_date %q, citation_online_date %q; want %q, %q",
				tt.arxiv, tt.published, got["citation_publication_date"], got["citation_online_date"], tt.pub, tt.online)
		}
	}
}

// TestJSONLDImage: a figure whose size the build read is an ImageObject
// with its url, width and height; one of unknown size (another host's)
// its URL alone; a paper without one has no image.
func TestJSONLDImage(t *testing.T) {
	for _, tt := range []struct {
		img  string
		w, h int
		want string
	}{
		{"/papers/figures/fig.png", 640, 480, `"image":{"@type":"ImageObject","height":480,"url":"https://example.org/repo/papers/figures/fig.png","width":640}`},
		{"https://cdn.example.com/fig.png", 0, 0, `"image":"https://cdn.example.com/fig.png"`},
		{"", 0, 0, ``},
	} {
		p := scholarPaper()
		p.Image, p.ImageWidth, p.ImageHeight = tt.img, tt.w, tt.h
		js := string(newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0).jsonLD(p))
		if !strings.Contains(js, tt.want) || tt.want == "" && strings.Contains(js, `"image"`) {
			t.Errorf("JSON-LD of a paper with image %q of %d × %d = %s, want %s", tt.img, tt.w, tt.h, js, cmp.Or(tt.want, "no image"))
		}
	}
}

// TestJSONLDUpvotes: a paper's upvotes are its JSON-LD's
// interactionStatistic, a count of likes, so that a dataset of papers
// and upvotes reads them from the page's data rather than its text; a
// paper without any has none.
func TestJSONLDUpvotes(t *testing.T) {
	for _, tt := range []struct {
		upvotes int
		want    string
	}{
		{4242, `"interactionStatistic":{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":4242}`},
		{0, ``},
	} {
		p := scholarPaper()
		p.Upvotes = tt.upvotes
		js := string(newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0).jsonLD(p))
		if !strings.Contains(js, tt.want) || tt.want == "" && strings.Contains(js, `"interactionStatistic"`) {
			t.Errorf("JSON-LD of a paper with %d upvotes = %s, want %s", tt.upvotes, js, cmp.Or(tt.want, "no interactionStatistic"))
		}
	}
}

// TestJSONLDHeadline: a title longer than schema.org's 110 characters for a
// headline is cut to 110, "…" included; the name keeps it whole.
func TestJSONLDHeadline(t *testing.T) {
	p := scholarPaper()
	p.Title = strings.Repeat("x", 110) + " and more words" // a word ending at the 110th character
	var ld struct{ Headline, Name string }
	if err := json.Unmarshal([]byte(newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0).jsonLD(p)), &ld); err != nil {
		t.Fatal(err)
	}
	if n := utf8.RuneCountInString(ld.Headline); n > 110 || !strings.HasSuffix(ld.Headline, "…") || ld.Name != p.Title {
		t.Errorf("headline %q (%d characters), name %q", ld.Headline, n, ld.Name)
	}
}

// TestPaperPageDOILink: the paper page links its DOI encoded (html/template
// itself writes parentheses in a URL attribute as %28 and %29, which
// doi.org reads alike), and shows it as it is.
func TestPaperPageDOILink(t *testing.T) {
	for _, tt := range []struct{ doi, href string }{
		{oddDOI, "https://doi.org/10.1016/S0550-3213%2899%2900_1%23x%25y"},
		{"10.48550/arXiv.2405.15032", "https://doi.org/10.48550/arXiv.2405.15032"},
	} {
		p := scholarPaper()
		p.DOI, p.Journal = tt.doi, "Phys. Lett. B" // cited where it was published, with its doi:
		page := renderPaperPage(t, p)
		want := `DOI&nbsp;<a href="` + tt.href + `">` + html.EscapeString(tt.doi) + `</a>`
		if !strings.Contains(page, want) {
			t.Errorf("the page of a paper with DOI %q lacks %s", tt.doi, want)
		}
	}
}

// renderPaperPage renders the whole site of paper p with the built-in
// theme and returns p's page.
func renderPaperPage(t *testing.T, p *model.Paper) string {
	t.Helper()
	site := &model.Site{Config: testConfig(), Papers: []*model.Paper{p}}
	r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default(), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	page := string(rendered(t, r)[p.Path()+"index.html"])
	if page == "" {
		t.Fatalf("no page %sindex.html", p.Path())
	}
	return page
}

// TestPaperPageFacts: the page says a paper was withdrawn, where it was
// published and when its first and latest versions were submitted; a long author list shows ten names
// and folds the rest into a disclosure.
func TestPaperPageFacts(t *testing.T) {
	p := scholarPaper()
	p.Comment, p.Version, p.Updated = "This paper has been withdrawn by the authors", 3, time.Date(2012, 9, 1, 0, 0, 0, 0, time.UTC)
	p.Authors = nil
	for i := range 25 {
		a := &model.Author{Name: fmt.Sprintf("Author %02d", i), Slug: fmt.Sprintf("author-%02d", i)}
		p.Authors, p.AuthorRefs = append(p.Authors, a.Name), append(p.AuthorRefs, a)
	}
	page := renderPaperPage(t, p)
	for _, want := range []string{
		`<p class="withdrawn" role="note"><strong>Withdrawn by its authors:</strong> This paper has been withdrawn by the authors</p>`,
		`<p>Published in Phys. Lett. B 716 (2012) 1-29</p>`,
		"<p>Submitted Jul\u00a031, 2012 (v1), last revised Sep\u00a01, 2012 (v3)</p>",
		`>Author 09</a>,</span> </p>` + "\n" + `<details class="more-authors"><summary>15` + "\u00a0" + `more authors</summary>` + "\n" + `<p><span class="author"><a href="/repo/authors/author-10/"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the paper page lacks %s", want)
		}
	}
}

// TestCitationMetaVenue: a journal's name, volume, issue and pages are
// Google Scholar's citation_journal_title, citation_volume,
// citation_issue, citation_firstpage and citation_lastpage, and in the
// JSON-LD the article is part of the issue, of the volume, of the
// Periodical, with its pagination; a conference's name is
// citation_conference_title.
func TestCitationMetaVenue(t *testing.T) {
	p := scholarPaper()
	p.Journal, p.Volume, p.Issue, p.Pages = "Physics Letters B", "716", "1", "1–29"
	s := newScholar([]*model.Paper{p}, links{cfg: testConfig()}, 0)
	got := map[string][]string{}
	for _, m := range metaRE.FindAllStringSubmatch(string(s.meta(p)), -1) {
		got[m[1]] = append(got[m[1]], html.UnescapeString(m[2]))
	}
	for name, w := range map[string][]string{
		"citation_journal_title": {"Physics Letters B"}, "citation_conference_title": nil,
		"citation_volume": {"716"}, "citation_issue": {"1"}, "citation_firstpage": {"1"}, "citation_lastpage": {"29"},
	} {
		if !slices.Equal(got[name], w) {
			t.Errorf("meta %s = %q, want %q", name, got[name], w)
		}
	}
	const ld = `"isPartOf":{"@type":"PublicationIssue","isPartOf":{"@type":"PublicationVolume","isPartOf":{"@type":"Periodical","name":"Physics Letters B"},"volumeNumber":"716"},"issueNumber":"1"}`
	if js := string(s.jsonLD(p)); !strings.Contains(js, ld) || !strings.Contains(js, `"pageEnd":"29","pageStart":"1","pagination":"1–29"`) {
		t.Errorf("JSON-LD = %s\nwant %s and the pages", js, ld)
	}
	p.Issue, p.Volume = "", ""
	if js := string(s.jsonLD(p)); !strings.Contains(js, `"isPartOf":{"@type":"Periodical","name":"Physics Letters B"}`) {
		t.Errorf("JSON-LD of a journal without volume and issue = %s", js)
	}

	c := scholarPaper()
	c.Conference, c.Pages = "Advances in Neural Information Processing Systems 30 (NeurIPS 2017)", "e12"
	s = newScholar([]*model.Paper{c}, links{cfg: testConfig()}, 0)
	meta := string(s.meta(c))
	for _, want := range []string{
		`<meta name="citation_conference_title" content="Advances in Neural Information Processing Systems 30 (NeurIPS 2017)">`,
		`<meta name="citation_firstpage" content="e12">`,
	} {
		if !strings.Contains(meta, want) {
			t.Errorf("meta lacks %s:\n%s", want, meta)
		}
	}
	for _, bad := range []string{"citation_journal_title", "citation_lastpage", "citation_volume", `"isPartOf"`} {
		if strings.Contains(meta, bad) {
			t.Errorf("the meta of a conference paper with one page has %s:\n%s", bad, meta)
		}
	}
}

// TestPaperPageVenue: the page says where the paper was published, in
// place of arXiv's free-text journal reference, the name marked as a
// work's title.
func TestPaperPageVenue(t *testing.T) {
	for _, tt := range []struct {
		journal, conference, volume, issue, pages, want string
	}{
		{"Nature", "", "630", "8016", "123–130", `<p>Published in <cite>Nature</cite> 630 (8016), 123–130</p>`},
		{"Nature", "", "", "", "", `<p>Published in <cite>Nature</cite></p>`},
		{"A & B <Letters>", "", "", "S1", "e12", `<p>Published in <cite>A &amp; B &lt;Letters&gt;</cite> (S1), e12</p>`},
		{"", "NeurIPS 2017", "", "", "5998–6008", `<p>In <cite>NeurIPS 2017</cite>, 5998–6008</p>`},
		{"", "", "", "", "", `<p>Published in Phys. Lett. B 716 (2012) 1-29</p>`},
	} {
		p := scholarPaper()
		p.Journal, p.Conference, p.Volume, p.Issue, p.Pages = tt.journal, tt.conference, tt.volume, tt.issue, tt.pages
		page := renderPaperPage(t, p)
		if !strings.Contains(page, tt.want) {
			t.Errorf("the page of a paper in %q lacks %s", tt.journal+tt.conference, tt.want)
		}
		if tt.journal+tt.conference != "" && strings.Contains(page, "<p>Published in Phys. Lett.") {
			t.Errorf("the page of a paper in %q shows the journal reference too", tt.journal+tt.conference)
		}
	}
}

// TestPaperTextsHeld: a paper page's description (meta description and
// JSON-LD) and citation_abstract, derived once as the page renders
// (scholar.hold), are the paper's summary and abstract text, and the
// render holds none of them once the pages are made.
func TestPaperTextsHeld(t *testing.T) {
	p := scholarPaper()
	p.SetTexts("A summary with $x^2$ math & more.", "A summary with $x^2$ math & more.\nThe rest.")
	site := &model.Site{Config: testConfig(), Papers: []*model.Paper{p}}
	r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default(), Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	page := string(rendered(t, r)[p.Path()+"index.html"])
	if n := len(r.sch.held); n != 0 {
		t.Errorf("the texts of %d papers held after the render, want 0", n)
	}
	desc := tex.Summary(300, p.Summary())
	for _, want := range []string{
		`<meta name="description" content="` + template.HTMLEscapeString(desc) + `">`,
		`<meta name="citation_abstract" content="` + template.HTMLEscapeString(p.AbstractText()) + `">`,
		`"description":"` + strings.ReplaceAll(desc, "&", `\u0026`) + `"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the paper page lacks %s", want)
		}
	}
}
