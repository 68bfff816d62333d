package render

import (
	"cmp"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Page is what every page template receives as its dot.
type Page struct {
	Site        *model.Site
	Config      *model.Config
	Kind        string // home, day, week, month, archive, paper, topics, topic, authors, author, organizations, organization, feeds, search, subscribe, page, 404
	Title       string // the page's own title; "" on the home page
	Description string
	Path        string // path below the base: "" for home, "papers/2410.07166/", "404.html"
	Canonical   string // absolute URL of the page

	// NoIndex asks search engines to leave the page out of their results
	// while following its links (robots noindex), and keeps it out of the
	// sitemap: the search page, whose results come from its script, the
	// page of an author or an organization with one paper (see thinList)
	// and a topic's with none; every page of a site built with
	// Config.NoIndex.
	NoIndex bool

	Paper  *model.Paper
	Day    *model.Day
	Week   *model.Week
	Month  *model.Month
	Topic  *model.Topic
	Author *model.Author
	// Organization is the organization of an organization page.
	Organization *model.Organization
	Page         *model.Page // a page of the site's own (content/pages/)

	// ShareImage is the picture a link to the page shows when shared
	// (og:image): its paper's or its page's image:, on a day's page the
	// figure of its highest-ranked paper that has one; else site.yaml's;
	// nil when there is none. An SVG is none (Shareable).
	ShareImage *ShareImage

	Papers []*model.Paper // this page's papers, on paginated lists (a topic's, an author's, an organization's)
	Pager  *Pager         // on paginated lists
	Feeds  []Feed         // feeds announced with <link rel="alternate">

	// HasCode says the page shows highlighted code, which the built-in
	// site-assets links syntax.css for: a fenced code block in its
	// paper's or page's body or its day's intro, or in the card of a
	// paper it lists (see showsCode).
	HasCode bool

	// On the authors index when it is split into one page per letter
	// (more than authorIndexMax authors): every letter, each with its
	// Path, and on a letter's page that letter. Nil on an index of one
	// page, whose template groups .Site.Authors with authorIndex.
	AuthorLetters []AuthorGroup
	AuthorLetter  *AuthorGroup

	// listNewest is, on each page of a paginated list, the home day
	// (Paper.HomeDay) of the list's newest paper: its sitemap lastmod
	// (see lastmod).
	listNewest time.Time
}

// ShareImage is the picture a link to a page shows when shared.
type ShareImage struct {
	URL string // absolute
	Alt string // its text alternative; "" when none is written
	// Width and Height are its size in CSS pixels when it is a file the
	// site publishes; 0 otherwise.
	Width, Height int
}

// Pager links the pages of a paginated list.
type Pager struct {
	Num, Total int
	Prev, Next string // root-relative paths, "" at the ends
	Pages      []PagerLink
}

// PagerLink is one numbered page of a list.
type PagerLink struct {
	Num     int
	Path    string
	Current bool
}

// Feed is a feed a page announces.
type Feed struct {
	Title string
	Type  string // application/rss+xml, application/atom+xml, application/feed+json
	Path  string // below the base: "feed.xml"
}

// job is one page to render. A paper page's data is made only when it is
// rendered: an archive has a page per paper, and holding all their Page
// values through the render cost memory that grows with the archive.
type job struct {
	kind  string
	page  *Page        // the page's data; nil for a paper page
	paper *model.Paper // the paper of a paper page
}

// path is the page's path below the base.
func (j job) path() string {
	if j.paper != nil {
		return j.paper.Path()
	}
	return j.page.Path
}

// out is the page's output file: its path, for a path that is a file
// (404.html), else the index.html of its folder.
func (j job) out() string {
	if p := j.path(); strings.HasSuffix(p, ".html") {
		return p
	}
	return j.path() + "index.html"
}

// pages makes the Page values of one site.
type pages struct {
	site  *model.Site
	feeds []Feed // the whole-site feeds
	// weekly are the feeds a week's page announces: the weekly digest's,
	// then the whole site's (weekFeeds).
	weekly []Feed
	// digests are the daily and weekly digests' feeds by the folder they
	// are in, days/ and weeks/, whose section pages announce them
	// (sectionPages).
	digests map[string][]Feed
	l       links
	words   *i18n.Catalog
	cards   *cards // which papers' cards show code, for HasCode
	// figureAlt is the theme's alt text of a paper's figure that has none.
	figureAlt string
}

// page returns a page of the site with the whole-site feeds and the
// site's share image.
func (m pages) page(kind, path, title, desc string) *Page {
	cfg := m.site.Config
	return &Page{Site: m.site, Config: cfg, Kind: kind, Path: path, Title: title, Description: desc, NoIndex: cfg.NoIndex,
		Canonical: m.l.Abs(path), Feeds: m.feeds, ShareImage: m.shareImage(cfg.Image, cfg.ImageAlt, cfg.ImageWidth, cfg.ImageHeight)}
}

// shareImage is the ShareImage of the image img (an http(s) URL or a path
// from the site's root) described by alt, of width × height pixels; nil
// for no img, and for one that no link preview shows (Shareable): the
// page falls back on the site's image, or none, which shows better than
// a large card with an empty picture.
func (m pages) shareImage(img, alt string, width, height int) *ShareImage {
	if img == "" || !Shareable(img) {
		return nil
	}
	return &ShareImage{URL: m.l.absURL(img), Alt: alt, Width: width, Height: height}
}

// Shareable reports whether a shared link's preview shows the image img
// (an address or a path): X, Facebook, LinkedIn and Slack show PNG, JPEG,
// GIF and WebP, but no SVG, which many figures and logos are saved as.
// A page still shows an SVG; its og:image is another picture, or none.
func Shareable(img string) bool {
	if strings.HasPrefix(strings.ToLower(img), "data:image/svg") {
		return false
	}
	img, _, _ = strings.Cut(img, "#")
	img, _, _ = strings.Cut(img, "?")
	ext := strings.ToLower(path.Ext(img))
	return ext != ".svg" && ext != ".svgz"
}

// figure is the share image of the paper p's figure; nil when it has none.
func (m pages) figure(p *model.Paper) *ShareImage {
	return m.shareImage(p.Image, cmp.Or(p.ImageAlt, m.figureAlt), p.ImageWidth, p.ImageHeight)
}

// of returns the data of job j, desc being the description of a paper
// page (scholar.hold). Its HasCode is decided as it is rendered, from the
// cards as they are then: an edit can give a paper's card code. It fails
// if a message of the description's (withdrawnTitle) does.
func (m pages) of(j job, desc string) (*Page, error) {
	code := showsCode(j, m.cards.hasCode)
	if j.page != nil {
		w := i18n.Texts{Catalog: m.words}
		desc := listed(&w, j.page)
		if err := w.Err(); err != nil {
			return nil, err
		}
		if j.page.HasCode == code && desc == "" {
			return j.page, nil
		}
		p := *j.page // shared by the renders of one renderer, so left as it is
		p.HasCode, p.Description = code, cmp.Or(desc, p.Description)
		return &p, nil
	}
	p := m.page("paper", j.paper.Path(), tex.UnicodeText(j.paper.Title), desc)
	p.Paper, p.HasCode = j.paper, code
	if fig := m.figure(j.paper); fig != nil {
		p.ShareImage = fig
	}
	return p, nil
}

// siteFeeds are the whole-site feeds every page announces: every paper,
// then the daily digest (titled daily), one item a day, which most
// subscribers want and a reader finds from any page (its JSON Feed only on
// the feeds page, to keep the tags on every page few).
func siteFeeds(title, daily string) []Feed {
	return append(feedSet(title, ""), feedSet(daily, "days/")[:2]...)
}

// weekFeeds are the feeds a week's page announces: the weekly digest
// (titled weekly), one item a finished week, which a reader of the page
// (or a newsletter provider's RSS-to-email) wants, its JSON Feed only on
// the feeds page as the daily digest's, then the whole site's, site.
func weekFeeds(weekly string, site []Feed) []Feed {
	return append(feedSet(weekly, "weeks/")[:2], site...)
}

// feedSet is the RSS, Atom and JSON feed of one feed folder.
func feedSet(title, dir string) []Feed {
	return []Feed{
		{Title: title + " (RSS)", Type: "application/rss+xml", Path: dir + "feed.xml"},
		{Title: title + " (Atom)", Type: "application/atom+xml", Path: dir + "atom.xml"},
		{Title: title + " (JSON Feed)", Type: "application/feed+json", Path: dir + "feed.json"},
	}
}

// listFeeds are the feeds the pages that list papers under name, at path,
// announce: their own (when own says they have them: a topic's always,
// an author's or an organization's with authorFeeds or
// organizationFeeds) and the whole site's. One list serves all the
// pages of one: one for each page was 34 MB of a 100,000-paper build's
// heap, held through its render.
func (m pages) listFeeds(own bool, name, path string) []Feed {
	if !own {
		return m.feeds
	}
	return append(feedSet(m.site.Config.Title+" — "+name, path), m.feeds...)
}

// authorIndexMax is the most authors the authors index lists on one page;
// past it, /authors/ lists the letters and each letter has a page of its
// own. An archive of three years has some 90,000 authors, and one page of
// them all took a phone over a minute to open.
var authorIndexMax = 2000

// dayPage is the page of the day d, its words from text.
func (m pages) dayPage(d *model.Day, text func(string, ...any) string) *Page {
	desc := text("descDay", "Date", m.words.Date("dateMedium", d.Date))
	if d.Summary != "" { // the curator's words say more than the date
		desc = description(d.Summary)
	}
	p := m.page("day", d.Path(), dayTitle(m.words, d), desc)
	p.Day = d
	if i := slices.IndexFunc(d.Papers, func(pp *model.Paper) bool { return pp.Image != "" && Shareable(pp.Image) }); i >= 0 {
		// Shared, the day shows its best paper that has a figure a
		// preview shows.
		p.ShareImage = m.figure(d.Papers[i])
	}
	return p
}

// jobs lists every page of the site.
func jobs(m pages) ([]job, error) {
	site, cfg, page := m.site, m.site.Config, m.page
	w := i18n.Texts{Catalog: m.words}
	text := w.Text
	var js []job
	add := func(p *Page) { js = append(js, job{kind: p.Kind, page: p}) }
	add(page("home", "", "", cfg.Description))
	for _, d := range site.Days {
		add(m.dayPage(d, text))
	}
	for _, wk := range site.Weeks {
		p := page("week", wk.Path(), text("titleWeek", "Num", wk.Num, "Year", wk.Year), text("descWeek", "Dates", m.words.WeekDates(wk.Start)))
		p.Week, p.Feeds = wk, m.weekly
		add(p)
	}
	for _, mo := range site.Months {
		name := m.words.Date("dateMonth", mo.Start)
		p := page("month", mo.Path(), name, text("descMonth", "Month", name))
		p.Month = mo
		add(p)
	}
	add(page("archive", "archive/", text("archive"), text("descArchive", "Site", cfg.Title)))
	for _, pp := range site.Papers {
		js = append(js, job{kind: "paper", paper: pp})
	}
	add(page("topics", "topics/", text("topics"), text("descTopics", "Site", cfg.Title)))
	for _, t := range site.Topics {
		desc := cmp.Or(t.Description, text("descTopic", "Topic", t.Name, "Site", cfg.Title))
		topicFeeds := m.listFeeds(true, t.Name, t.Path())
		for _, p := range paginate(page, text, "topic", t.Path(), t.Name, desc, t.Papers, cfg.PageSize) {
			// A topic no paper has yet says "0 papers": a soft 404 to a
			// search engine until its first paper.
			p.Topic, p.Feeds, p.NoIndex = t, topicFeeds, p.NoIndex || len(t.Papers) == 0
			add(p)
		}
	}
	index := page("authors", "authors/", text("authors"), text("descAuthors", "Site", cfg.Title))
	add(index)
	for _, p := range m.authorLetters(index, text) {
		add(p)
	}
	for _, a := range site.Authors {
		for _, p := range m.authorPages(a, &w) {
			add(p)
		}
	}
	for _, p := range m.organizationPages(&w) {
		add(p)
	}
	add(page("feeds", "feeds/", text("feeds"), text("descFeeds", "Site", cfg.Title)))
	search := page("search", "search/", text("search"), text("descSearch", "Site", cfg.Title))
	search.NoIndex = true
	add(search)
	add(page("subscribe", "subscribe/", text("subscribe"), text("descSubscribe", "Site", cfg.Title)))
	for _, pg := range site.Pages {
		p := page("page", pg.Path(), pg.Title, cmp.Or(pg.Description, description(pg.Summary)))
		p.Page = pg
		if img := m.shareImage(pg.Image, pg.ImageAlt, pg.ImageWidth, pg.ImageHeight); img != nil {
			p.ShareImage = img
		}
		add(p)
	}
	nf := page("404", "404.html", text("pageNotFound"), "")
	nf.Canonical = ""
	add(nf)
	return js, w.Err()
}

// authorPages are the pages of the author a's papers, their words from
// w.
func (m pages) authorPages(a *model.Author, w *i18n.Texts) []*Page {
	cfg := m.site.Config
	out := paginate(m.page, w.Text, "author", a.Path(), a.Name, authorDescription(w, a), a.Papers, cfg.AuthorPageSize)
	feeds := m.listFeeds(cfg.AuthorFeeds, a.Name, a.Path())
	for _, p := range out {
		p.Author, p.NoIndex, p.Feeds = a, p.NoIndex || thinList(a.Papers), feeds
	}
	return out
}

// authorLetters splits the authors index, when the site has more than
// authorIndexMax authors, into a page per letter (authors/letters/<id>/):
// it gives index every letter and returns the letters' pages. It returns
// none for an index of one page.
func (m pages) authorLetters(index *Page, text func(string, ...any) string) []*Page {
	site, cfg := m.site, m.site.Config
	if len(site.Authors) <= authorIndexMax {
		return nil
	}
	groups := authorIndex(cfg.Language, site.Authors)
	for i := range groups {
		groups[i].Path = "authors/letters/" + groups[i].ID + "/"
	}
	index.AuthorLetters = groups
	var out []*Page
	for i := range groups {
		g := &groups[i]
		letter := cmp.Or(g.Letter, text("otherNames"))
		p := m.page("authors", g.Path, text("authorsLetter", "Letter", letter), text("descAuthorsLetter", "Letter", letter, "Site", cfg.Title))
		p.AuthorLetters, p.AuthorLetter = groups, g
		out = append(out, p)
	}
	return out
}

// thinList reports whether the page of an author or an organization with
// the papers papers is too thin for search results: with one paper, it is
// that paper's title and date under the name, which the paper's own page,
// in the sitemap and naming its authors (citation_author) and
// organization, answers a search for the name better. At three years an
// archive has some 90,000 authors, most of them on one paper, and pages
// like these would be most of its sitemap, spending the crawl on
// near-empty pages. The page stays, linked and crawled, with its own
// address as canonical (not the paper's: it is not a copy of it), and
// joins the sitemap and the index with the second paper.
func thinList(papers []*model.Paper) bool { return len(papers) < 2 }

// listDescription is the meta description of an author's or an
// organization's page: lead ("Papers by Ada Lovelace") and the titles of
// the newest of its papers, which tell a search result or a link preview
// which Ada Lovelace this is, and what the page has; "Papers by …" alone
// said neither. Each title is as w's ListTitle gives it, a withdrawn
// paper's marked ("[Withdrawn] …") as its page's <title> and its feed
// item are, since the preview is all a reader sees of the list. base.html
// cuts it at a word.
func listDescription(w *i18n.Texts, lead string, papers []*model.Paper) string {
	titles := make([]string, 0, 4)
	for _, p := range first(4, papers) {
		titles = append(titles, w.ListTitle(p))
	}
	return lead + " — " + strings.Join(titles, " · ")
}

// listed is the meta description of the page p of a day without a
// summary of the curator's, a week or a month, with the titles of the
// first papers it lists as they are now after the lead jobs gave it
// ("Papers of May 30, 2024 ranked — Direct Preference Optimization · …"),
// as a link preview that gave the date alone told nothing of the day;
// else "". It is made as the page is rendered, as quick rebuilds rank and
// retitle the papers after jobs made the page. Its words are from w.
func listed(w *i18n.Texts, p *Page) string {
	switch {
	case p.Kind == "day" && p.Day.Summary == "" && len(p.Day.Papers) > 0:
		return listDescription(w, p.Description, p.Day.Papers)
	case p.Kind == "week" && len(p.Week.Top) > 0:
		return listDescription(w, p.Description, p.Week.Top)
	case p.Kind == "month" && len(p.Month.Top) > 0:
		return listDescription(w, p.Description, p.Month.Top)
	}
	return ""
}

// authorDescription is the meta description of the author a's pages,
// its words from w.
func authorDescription(w *i18n.Texts, a *model.Author) string {
	return listDescription(w, w.Text("descAuthor", "Name", a.Name), a.Papers)
}

// organizationDescription is the meta description of the organization o's
// pages, its words from w.
func organizationDescription(w *i18n.Texts, o *model.Organization) string {
	return listDescription(w, w.Text("descOrganization", "Name", o.Name), o.Papers)
}

// dayTitle is the day's own title and its date ("Alignment & agents —
// June 4, 2024": a tab, a bookmark or a link preview that said only the
// title lost which day it is), its own title alone where that names the
// date already ("Digest for June 04, 2024: Agents & more", which the date
// after it only repeated), or its date alone.
func dayTitle(c *i18n.Catalog, d *model.Day) string {
	switch {
	case d.Title == "":
		return textutil.Capitalize(c.Date("dateLong", d.Date))
	case c.NamesDate(d.Title, d.Date):
		return d.Title
	}
	return d.Title + " — " + c.Date("dateMedium", d.Date)
}

// paginate splits papers, a topic's, an author's or an organization's,
// into pages of size n: path for the first page, path + "page/N/" for the
// others.
func paginate(page func(kind, path, title, desc string) *Page, text func(string, ...any) string, kind, path, title, desc string, papers []*model.Paper, n int) []*Page {
	n = max(n, 1) // a Config made by hand, not parsed, may have none
	total := max(1, listPages(len(papers), n))
	// Each page's path is made once and shared by the pagers that link
	// it: made for each link, they were 13.5 MB of a 100,000-paper
	// build's heap, held through its render.
	paths := make([]string, total)
	for i := range paths {
		paths[i] = path
		if i > 0 {
			paths[i] = path + "page/" + strconv.Itoa(i+1) + "/"
		}
	}
	pathOf := func(i int) string { return paths[i-1] }
	out := make([]*Page, 0, total)
	for i := 1; i <= total; i++ {
		p := page(kind, pathOf(i), numbered(text, title, i), numbered(text, desc, i))
		p.Papers = papers[(i-1)*n : min(i*n, len(papers))]
		if len(papers) > 0 {
			p.listNewest = papers[0].HomeDay()
		}
		pg := &Pager{Num: i, Total: total}
		if i > 1 {
			pg.Prev = pathOf(i - 1)
		}
		if i < total {
			pg.Next = pathOf(i + 1)
		}
		if total > 1 {
			pg.Pages = make([]PagerLink, 0, min(total, 7)) // the first, the last and two either side of i
			for j := 1; j <= total; j++ {
				if j != 1 && j != total && (j < i-2 || j > i+2) {
					continue
				}
				pg.Pages = append(pg.Pages, PagerLink{Num: j, Path: pathOf(j), Current: j == i})
			}
		}
		p.Pager = pg
		out = append(out, p)
	}
	return out
}

// numbered is the title or description s of a paginated list's page num:
// "— page 2" after it past the first, each page's own, as search engines
// want.
func numbered(text func(string, ...any) string, s string, num int) string {
	if num == 1 {
		return s
	}
	return text("titlePage", "Title", s, "Num", num)
}

// description is the meta description a page takes from summary, a
// paper's, a day's or a page's: its math in Unicode, cut at a word to 300
// characters.
func description(summary string) string { return tex.Summary(300, summary) }
