package render

import (
	"encoding/json"
	"html/template"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// structured makes the schema.org JSON-LD of the list pages, which a
// paper's page has in its citationMeta: what a search engine reads of
// what the page shows. A day's, week's, month's or topic's page is an
// ItemList of its papers' pages in its order; an author's or an
// organization's page a ProfilePage of them; and a page whose kicker
// links the page above it has that trail as a BreadcrumbList, as Google
// takes one only where the page shows it.
type structured struct {
	l     links
	words *i18n.Catalog
}

// ldItem is a schema.org ListItem: a paper's page in an ItemList (url),
// or a step of a BreadcrumbList (name, and item but on the last step,
// which is the page itself).
type ldItem struct {
	Type     string `json:"@type"`
	Position int    `json:"position"`
	Name     string `json:"name,omitempty"`
	Item     string `json:"item,omitempty"`
	URL      string `json:"url,omitempty"`
}

// ldList is a schema.org ItemList or BreadcrumbList.
type ldList struct {
	Context string   `json:"@context"`
	Type    string   `json:"@type"`
	Items   []ldItem `json:"itemListElement"`
}

// ldEntity is the person or organization a ProfilePage is about.
type ldEntity struct {
	Type   string   `json:"@type"`
	Name   string   `json:"name"`
	SameAs []string `json:"sameAs,omitempty"`
	URL    string   `json:"url"`
}

// ldProfile is a schema.org ProfilePage.
type ldProfile struct {
	Context    string   `json:"@context"`
	Type       string   `json:"@type"`
	MainEntity ldEntity `json:"mainEntity"`
}

// crumb is a step of a breadcrumb trail: its name, and the site path of
// its page.
type crumb struct{ name, path string }

// data is the template function "structuredData": the JSON-LD of page p
// by its kind, each thing in a <script type="application/ld+json"> of
// its own, "" on a page that has none (a paper's is citationMeta's).
func (s structured) data(p *Page) (template.HTML, error) {
	var b strings.Builder
	var err error
	switch p.Kind {
	case "day":
		s.itemList(&b, p.Day.Papers, 0)
		err = s.dayTrails(&b, p)
	case "week":
		s.itemList(&b, p.Week.Top, 0)
	case "month":
		s.itemList(&b, p.Month.Top, 0)
	case "topic":
		s.itemList(&b, p.Papers, listOffset(p, s.l.cfg.PageSize))
		err = s.trail(&b, p, "topics", "topics/")
	case "author":
		s.profile(&b, s.person(p.Author))
		err = s.trail(&b, p, "authors", "authors/")
	case "organization":
		s.profile(&b, s.organization(p.Organization))
		err = s.trail(&b, p, "organizations", "organizations/")
	}
	return template.HTML(b.String()), err
}

// listOffset is the number of papers on the pages of p's list before it,
// size being its papers per page (as paginate splits them), so that the
// positions of an ItemList go on across a paginated list's pages.
func listOffset(p *Page, size int) int {
	if p.Pager == nil {
		return 0
	}
	return (p.Pager.Num - 1) * max(size, 1)
}

// itemList writes the ItemList of papers' pages, the first at position
// offset+1; nothing for no papers (a topic without any yet). Their URLs
// alone, to keep the pages of a large site small: each paper's page
// describes it.
func (s structured) itemList(b *strings.Builder, papers []*model.Paper, offset int) {
	if len(papers) == 0 {
		return
	}
	items := make([]ldItem, len(papers))
	for i, pp := range papers {
		items[i] = ldItem{Type: "ListItem", Position: offset + i + 1, URL: s.l.Abs(pp.Path())}
	}
	writeLD(b, ldList{Context: "https://schema.org", Type: "ItemList", Items: items})
}

// dayTrails writes the trails of a day's page, whose kicker links its
// week and its month: one BreadcrumbList through each, which Google
// takes for two paths to the page. A week of another ISO year than the
// day's (2024-12-30 is in week 1 of 2025) is named with its year.
func (s structured) dayTrails(b *strings.Builder, p *Page) error {
	w := p.Day.Week
	week, err := s.words.Text("weekShort", "Num", w.Num)
	if w.Year != p.Day.Date.Year() {
		week, err = s.words.Text("titleWeek", "Num", w.Num, "Year", w.Year)
	}
	if err != nil {
		return err
	}
	month := s.words.Date("dateMonth", p.Day.Month.Start)
	s.breadcrumbs(b, []crumb{{week, p.Day.Week.Path()}, {p.Title, ""}})
	s.breadcrumbs(b, []crumb{{month, p.Day.Month.Path()}, {p.Title, ""}})
	return nil
}

// trail writes the BreadcrumbList of a page whose kicker links the index
// at path, whose name is the message id: that index, then the page.
func (s structured) trail(b *strings.Builder, p *Page, id, path string) error {
	index, err := s.words.Text(id)
	if err != nil {
		return err
	}
	s.breadcrumbs(b, []crumb{{index, path}, {p.Title, ""}})
	return nil
}

// breadcrumbs writes the BreadcrumbList of trail. The last step, the
// page itself, has no item: Google then takes the page's URL, which on a
// list's later page is that page's, not its first's.
func (s structured) breadcrumbs(b *strings.Builder, trail []crumb) {
	items := make([]ldItem, len(trail))
	for i, c := range trail {
		items[i] = ldItem{Type: "ListItem", Position: i + 1, Name: c.name}
		if i < len(trail)-1 {
			items[i].Item = s.l.Abs(c.path)
		}
	}
	writeLD(b, ldList{Context: "https://schema.org", Type: "BreadcrumbList", Items: items})
}

// person is an author as the ProfilePage of their page is about them: a
// Person, or an Organization for a group author ("ATLAS Collaboration"),
// as a paper's JSON-LD names them.
func (s structured) person(a *model.Author) ldEntity {
	typ := "Person"
	if cite.IsGroup(a.Name) {
		typ = "Organization"
	}
	return ldEntity{Type: typ, Name: a.Name, URL: s.l.Abs(a.Path())}
}

// organization is an organization as the ProfilePage of its page is
// about it, the same as its Hugging Face page where it has one.
func (s structured) organization(o *model.Organization) ldEntity {
	e := ldEntity{Type: "Organization", Name: o.Name, URL: s.l.Abs(o.Path())}
	if o.URL != "" {
		e.SameAs = []string{o.URL}
	}
	return e
}

// profile writes the ProfilePage about e.
func (s structured) profile(b *strings.Builder, e ldEntity) {
	writeLD(b, ldProfile{Context: "https://schema.org", Type: "ProfilePage", MainEntity: e})
}

// writeLD writes v as JSON in a script element of JSON-LD, on a line of
// its own. The encoder escapes <, > and &, so that no text in it closes
// the element early.
func writeLD(b *strings.Builder, v any) {
	b.WriteString("\n<script type=\"application/ld+json\">")
	if err := json.NewEncoder(lineless{b}).Encode(v); err != nil {
		b.WriteString("{}") // it writes nothing when it fails
	}
	b.WriteString("</script>")
}
