package feeds

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// channel is one feed before it is written in the three formats.
type channel struct {
	dir         string // output folder: "", "days/", "weeks/" or "topics/<slug>/"
	url         string // absolute URL of that folder
	home        string // absolute URL of the page the feed follows
	title       string
	description string
	items       []*entry
}

// item is one entry of a channel.
type item struct {
	id        string // the page's absolute URL, on the feedIDBase if the site has one
	link      string // the page's absolute URL
	title     string // plain text
	summary   string // plain text, may be empty
	lang      string // the title's language, when not the feed's, or ""
	sumLang   string // the summary's language, when not the feed's, or ""
	html      string // cleaned HTML content
	published time.Time
	updated   time.Time // never before published
	authors   []person
	topics    []category
	arxivCats []string   // the paper's arXiv categories, its primary one first (model.Paper.ArXivCategories)
	external  string     // the paper's arXiv abstract page, or ""
	doi       string     // the DOI a citation of the paper gives (cite.DOI), or ""
	pdf       string     // the paper's PDF, an absolute http(s) URL, or "": its enclosure
	image     string     // the paper's figure, an absolute http(s) URL, or ""
	imageAlt  string     // the figure's text alternative as the curator wrote it, or ""
	imageW    int        // the figure's width in pixels when the build read it, else 0
	imageH    int        // the figure's height likewise
	data      *paperData // a paper's data for JSON Feed's extension, nil for a day
}

// size is a little more than the bytes it takes in an XML feed: its HTML,
// which the feeds carry as CDATA, its summary and title, and room for its
// links, dates, authors and topics. On the sample site and generated
// digests of 1,000 and 10,000 papers it came to 1.03–1.7 times every
// feed's size, 1.2 times on average.
func (it *item) size() int {
	return len(it.html) + len(it.summary) + len(it.title) + 768 + 128*len(it.authors) + 96*(len(it.topics)+len(it.arxivCats)) + 2*len(it.image) + len(it.imageAlt)
}

// person is an author with the URL of their page ("" if none).
type person struct{ name, url string }

// category is a topic of an item.
type category struct{ term, label string }

// arxivScheme is the category scheme of arXiv's categories, as arXiv's
// own Atom feeds name it: an item's arXiv categories (cs.CL) are told
// from its topics, whose scheme is the site's <base>topics/.
const arxivScheme = "http://arxiv.org/schemas/atom"

// updated returns the newest updated date of c's items, or the zero time if
// c has none.
func (c *channel) updated() time.Time {
	return c.newest(func(e *entry) time.Time { return e.updated })
}

// published returns the newest published date of c's items, or the zero
// time if c has none.
func (c *channel) published() time.Time {
	return c.newest(func(e *entry) time.Time { return e.published })
}

// newest returns the latest date of c's items, or the zero time if c has
// none.
func (c *channel) newest(date func(*entry) time.Time) time.Time {
	var t time.Time
	for _, e := range c.items {
		if d := date(e); d.After(t) {
			t = d
		}
	}
	return t
}

// siteChannel is the whole-site feed of papers, which sitePapers chose.
func (b *builder) siteChannel(papers []*model.Paper) (*channel, error) {
	return b.withPapers(b.siteHead(), papers)
}

// siteHead returns the whole-site feed's channel without items.
func (b *builder) siteHead() *channel {
	return b.newChannel("", b.u.root, b.u.root, b.cfg.Title, b.cfg.Description)
}

// sitePapers returns the papers of the whole-site feed: each paper once,
// on its home day (Paper.Home), newest first, then in the day's ranking.
// Readers sort items by date, so a paper listed again on a later day
// stays with the papers of its own: at the later day it sorted below
// that day's papers, and new subscribers saw it among the wrong day's.
// It holds the whole of its newest day, more papers than the feed's size
// when that day has more: a day imported at once is published at once,
// and a bot that posts each new item (to Mastodon, Slack) or a reader
// that looks once a day would never see those of a day of 60 papers
// that a feed of 50 left out. A feed of 50 stays so on days of fewer
// papers, which most are, so its size does not grow with the archive.
func (b *builder) sitePapers(site *model.Site) []*model.Paper {
	var papers []*model.Paper
	for _, d := range site.Days {
		for _, p := range d.Papers {
			if len(papers) >= b.size && !p.HomeDay().Equal(papers[0].HomeDay()) {
				return papers
			}
			if p.HomeDay().Equal(d.Date) {
				papers = append(papers, p)
			}
		}
	}
	return papers
}

// dayOf returns the digest day of an item published at t (homeTime): a
// paper's, at noon UTC less a second for each place in its day's ranking.
func dayOf(t time.Time) time.Time {
	return t.UTC().Truncate(24 * time.Hour)
}

// topicHead returns t's feed's channel without items.
func (b *builder) topicHead(t *model.Topic) *channel {
	return b.listHead(model.TopicPath(t.Slug), "topics", t.Slug, t.Name, cmp.Or(t.Description, b.cfg.Description))
}

// listHead returns the channel, without items, of the feed of a page
// that lists papers under name (a topic's, an author's, an
// organization's): the page at section/slug/, whose folder dir holds
// the feed.
func (b *builder) listHead(dir, section, slug, name, desc string) *channel {
	home := b.u.page(section, slug)
	return b.newChannel(dir, home, home, b.cfg.Title+" — "+name, desc)
}

// homeTime returns the time of p's items: dayTime of its home day
// (Paper.Home), the day of its item in the whole-site feed, at its place
// in that day's ranking. A paper taken off its own day (removed:) and
// listed on another (papers:) is dated that other day, where the
// whole-site feed places it: at its own day's noon, readers, which sort
// by date, filed it under a day that no longer lists it, at the same
// second as that day's first paper.
func homeTime(p *model.Paper) time.Time {
	if d := p.Home(); d != nil && !d.Date.Equal(p.Date) {
		return dayTime(d.Date, slices.Index(d.Papers, p)+1)
	}
	return dayTime(p.Date, p.Rank)
}

// newestPapers returns the papers of a topic's, an author's or an
// organization's feed: the newest of list by the time of their items
// (homeTime), each day's in its ranking, where list has them by home day
// (Paper.HomeDay) and may have a day's by upvotes or id: readers sort by
// time, and the feed should say what they show. It holds the whole of its
// newest day, as sitePapers does.
func (b *builder) newestPapers(list []*model.Paper) []*model.Paper {
	type timed struct {
		p *model.Paper
		t time.Time
	}
	all := make([]timed, len(list))
	for i, p := range list {
		all[i] = timed{p, homeTime(p)}
	}
	slices.SortStableFunc(all, func(x, y timed) int { return y.t.Compare(x.t) })
	n := min(len(all), b.size)
	for n < len(all) && dayOf(all[n].t).Equal(dayOf(all[0].t)) {
		n++ // the whole newest day, as sitePapers holds it
	}
	papers := make([]*model.Paper, n)
	for i := range papers {
		papers[i] = all[i].p
	}
	return papers
}

// withPapers adds an item for each of papers to c and returns c.
func (b *builder) withPapers(c *channel, papers []*model.Paper) (*channel, error) {
	return withEntries(c, papers, b.paperEntry)
}

// daysChannel is the daily digest: one item per day, newest first.
func (b *builder) daysChannel(site *model.Site) (*channel, error) {
	return withEntries(b.daysHead(), b.digestDays(site), b.dayEntry)
}

// weeksChannel is the weekly digest: one item per finished week of weeks
// (digestWeeks), newest first.
func (b *builder) weeksChannel(weeks []*model.Week) (*channel, error) {
	return withEntries(b.weeksHead(), weeks, b.weekEntry)
}

// eachEntry makes the entry of each of list, for the cache to hold.
func eachEntry[T any](list []T, entryOf func(T) (*entry, error)) error {
	for _, v := range list {
		if _, err := entryOf(v); err != nil {
			return err
		}
	}
	return nil
}

// withEntries adds the entry of each of list to c and returns c.
func withEntries[T any](c *channel, list []T, entryOf func(T) (*entry, error)) (*channel, error) {
	for _, v := range list {
		e, err := entryOf(v)
		if err != nil {
			return nil, err
		}
		c.items = append(c.items, e)
	}
	return c, nil
}

// dayEntry returns the entry of d, written once per Cache that the
// builder keeps; without one, d's item, written into the daily digest.
func (b *builder) dayEntry(d *model.Day) (*entry, error) {
	return cachedEntry(b, func(c *Cache) map[*model.Day]*entry { return c.days }, d, b.dayItem)
}

// weekEntry returns the entry of w, as dayEntry does a day's.
func (b *builder) weekEntry(w *model.Week) (*entry, error) {
	return cachedEntry(b, func(c *Cache) map[*model.Week]*entry { return c.weeks }, w, b.weekItem)
}

// cachedEntry returns the entry of k, written once into the builder's
// Cache (its map that cached picks) from itemOf's item; without a Cache,
// the item, written into the one feed that lists it.
func cachedEntry[K comparable](b *builder, cached func(*Cache) map[K]*entry, k K, itemOf func(K) *item) (*entry, error) {
	if b.cache == nil {
		return pending(itemOf(k)), nil
	}
	m := cached(b.cache)
	if e, ok := m[k]; ok {
		return e, nil
	}
	e, err := b.enc.encode(b, itemOf(k))
	if err == nil {
		m[k] = e
	}
	return e, err
}

// digestWeeks returns the weeks the weekly digest holds: the newest
// finished ones, as many as the feed's size. A week is finished once the
// site has a day after it, or its Sunday: the item of a week in progress
// would be mailed by a newsletter provider on its first day with that
// day's papers alone, and again, or never, as the week goes on. Finished
// is told from the days, never the clock, as every date of the feeds is.
func (b *builder) digestWeeks(site *model.Site) []*model.Week {
	weeks := site.Weeks
	if len(weeks) > 0 && !finished(weeks[0]) {
		weeks = weeks[1:] // only the newest week can be in progress
	}
	return weeks[:min(len(weeks), b.size)]
}

// finished reports whether w, the site's newest week, lists its Sunday.
func finished(w *model.Week) bool {
	return len(w.Days) > 0 && w.Days[0].Date.Weekday() == time.Sunday
}

// weekPapers returns the papers that the days of weeks list.
func weekPapers(weeks []*model.Week) []*model.Paper {
	var papers []*model.Paper
	for _, w := range weeks {
		for _, d := range w.Days {
			papers = append(papers, d.Papers...)
		}
	}
	return papers
}

// digestDays returns the days the daily digest holds: the newest, as many
// as the feed's size.
func (b *builder) digestDays(site *model.Site) []*model.Day {
	return site.Days[:min(len(site.Days), b.size)]
}

// dayPapers returns the papers that the days of the daily digest list,
// in its order, a paper on several of them as often.
func (b *builder) dayPapers(site *model.Site) []*model.Paper {
	var papers []*model.Paper
	for _, d := range b.digestDays(site) {
		papers = append(papers, d.Papers...)
	}
	return papers
}

// daysHead returns the daily digest's channel without items.
func (b *builder) daysHead() *channel {
	return b.newChannel("days/", b.u.root+"days/", b.u.root, b.words.Text("feedDailyTitle", "Site", b.cfg.Title), b.cfg.Description)
}

// weeksHead returns the weekly digest's channel without items.
func (b *builder) weeksHead() *channel {
	return b.newChannel("weeks/", b.u.root+"weeks/", b.u.root, b.words.Text("feedWeeklyTitle", "Site", b.cfg.Title), b.cfg.Description)
}

// newChannel returns an empty channel written to the folder dir, whose
// absolute URL is dirURL; the description falls back to the title, as RSS
// requires one.
func (b *builder) newChannel(dir, dirURL, home, title, desc string) *channel {
	if desc == "" {
		desc = title
	}
	return &channel{dir: dir, url: dirURL, home: home, title: title, description: desc}
}

// dayTime returns the time of the item ranked rank (from 1; 0 for none)
// on the digest day date, UTC midnight, which has no time of its own:
// noon UTC, so that the date reads the same from UTC−11 to UTC+11 (at
// midnight, every reader west of Greenwich showed the day before), less a
// second for each place after the first, so that readers, which sort a
// feed by time and break ties their own way (by when they stored an item,
// or at random), keep the day's ranking.
func dayTime(date time.Time, rank int) time.Time {
	const noon = 12 * time.Hour
	places := min(max(rank-1, 0), int(noon/time.Second)-1) // still that day
	return date.UTC().Add(noon - time.Duration(places)*time.Second)
}

// maxSummary is the most characters of a paper's plain-text summary in an
// item; the full abstract is the item's content.
const maxSummary = 300

// paperEntry returns the entry of p: the builder's Cache's, written once
// and shared by every feed that lists p; without one (a one-off build),
// p's item, made once and written into each feed that lists it, since a
// paper's three formats together take about three times the memory of
// its item, and a one-off build keeps no more than the items.
func (b *builder) paperEntry(p *model.Paper) (*entry, error) {
	if b.cache == nil {
		it, ok := b.items[p]
		if !ok {
			it = b.newPaperItem(p)
			b.items[p] = it
		}
		return pending(it), nil
	}
	if e, ok := b.cache.papers[p]; ok {
		return e, nil
	}
	e, err := b.enc.encode(b, b.newPaperItem(p))
	if err != nil {
		return nil, err
	}
	b.cache.papers[p] = e
	return e, nil
}

// paperID returns the id of the items of p, whose page is at link: its
// feed_id:, a path from the root on the feedIDBase; else the address of
// its first former page elsewhere (aliases: [/posts/attention/]), the id
// Hugo's and Zola's feeds gave the post, so that a reader who had it from
// the site's former generator does not show it again as new; else its
// page's.
func (b *builder) paperID(p *model.Paper, link string) string {
	switch {
	case strings.HasPrefix(p.FeedID, "/"):
		return b.ids + p.FeedID[1:]
	case p.FeedID != "":
		return p.FeedID
	case len(p.Redirects) > 0:
		return b.ids + model.EscapePath(strings.TrimPrefix(model.Slashed(p.Redirects[0]), "/"))
	}
	return b.id(link)
}

// ItemID returns the function that gives the id of a paper's items in
// every feed of site (paperID), so that the build can tell a paper whose
// id differs from the one a former build's feeds gave it, which readers
// would show again as new. It fails as the feeds do on a baseURL that
// makes none.
func ItemID(site *model.Site) (func(*model.Paper) string, error) {
	b, err := newBuilder(site, nil, nil)
	if err != nil {
		return nil, err
	}
	return func(p *model.Paper) string { return b.paperID(p, b.u.page("papers", p.Slug)) }, nil
}

// newPaperItem builds the item of p. Unlike paperEntry, it is safe for
// concurrent use.
func (b *builder) newPaperItem(p *model.Paper) *item {
	link := b.u.page("papers", p.Slug)
	it := &item{
		id:        b.paperID(p, link),
		link:      link,
		title:     tex.UnicodeText(p.Title),
		summary:   tex.Summary(maxSummary, p.Summary(), p.TLDR),
		published: homeTime(p),
	}
	it.updated = it.published
	// The title and an abstract's summary are in the paper's language; a
	// summary of the curator's TL;DR or notes is in the site's.
	if it.lang = b.cfg.ForeignLang(p); p.Abstract != "" && it.summary != "" {
		it.sumLang = it.lang
	}
	if p.Updated.After(it.published) {
		it.updated = p.Updated.UTC()
	}
	it.external = p.ArXivURL("abs")
	it.doi = cite.DOI(p)
	if u, ok := b.webURL(p.PDFURL()); ok {
		it.pdf = u
	}
	if u, ok := b.webURL(b.cfg.AbsPath(p.Image)); ok {
		it.image, it.imageAlt, it.imageW, it.imageH = u, p.ImageAlt, p.ImageWidth, p.ImageHeight
	}
	it.html = b.paperHTML(p, it)
	if p.Withdrawn() {
		// Readers list items by title and summary, and many show nothing
		// else until one is opened: both say it, as the day page's card
		// does, the summary with the notice the content opens with. Each
		// is then the site's words around the paper's, which plain text
		// cannot mark in parts: both are marked the site's language, as
		// a page's <title> is (i18n.Catalog.ListTitle).
		label, comment := b.withdrawalNotice(p)
		it.title, it.summary = b.words.ListTitle(p), textutil.Truncate(maxSummary, label+" "+comment)
		it.lang, it.sumLang = "", ""
	}
	it.authors = b.paperAuthors(p)
	it.data = b.paperData(p)
	for _, t := range p.TopicRefs {
		it.topics = append(it.topics, category{term: t.Slug, label: t.Name})
	}
	it.arxivCats = p.ArXivCategories()
	return it
}

// paperHTML returns the content of p's item it, whose link, language,
// image and external link are set: a withdrawn paper's notice (as its
// page's, with the comment that withdrew it), the figure, the TL;DR, the
// abstract and notes, and the links of paperLinks, cleaned for readers;
// or, when that is blank, the summary or title as a paragraph.
func (b *builder) paperHTML(p *model.Paper, it *item) string {
	var notice, fig, tldr string
	if p.Withdrawn() {
		label, comment := b.withdrawalNotice(p)
		notice = "<p><strong>" + escapeText(label) + "</strong> " + escapeText(comment) + "</p>"
	}
	if it.image != "" {
		fig = b.figure(p, it.image)
	}
	if p.TLDR != "" { // the curator's own line first, as the pages show it
		tldr = "<p><strong>" + escapeText(b.words.Text("tldr")) + "</strong> " + tex.TextHTML(p.TLDR) + "</p>" // math as the page's, which cleanHTML writes as text
	}
	body := string(p.Content)
	if it.lang != "" && p.Abstract != "" { // marked as the paper page marks it
		body = `<div` + string(i18n.LangAttr(it.lang, b.cfg.Language)) + `>` + string(p.Abstract) + "</div>" + string(p.Notes)
	}
	html := notice + fig + cleanHTML(tldr+body+b.paperLinks(p, it.external), b.u.parse(it.link))
	if it.lang != "" && html != "" {
		// The rest is in the site's language: the figure's alt text (the
		// curator's image_alt:, or the theme's figureAlt), the TL;DR, the
		// notes and the links' names, said outright, since JSON Feed's
		// item language may say the paper's of the whole item.
		html = `<div` + string(i18n.LangAttr(b.cfg.Language, it.lang)) + `>` + html + "</div>"
	}
	return orText(html, cmp.Or(it.summary, it.title))
}

// withdrawalNotice returns the notice of withdrawn paper p as its page
// gives it, in plain text: its label, "Withdrawn by its authors:" (or
// withdrawnByArXiv's, which names no one when the comment says arXiv
// withdrew it), and the comment that withdrew it. The item's content
// opens with it and its summary is it.
func (b *builder) withdrawalNotice(p *model.Paper) (label, comment string) {
	key := "withdrawn"
	if p.WithdrawnByArXiv() {
		key = "withdrawnByArXiv"
	}
	return b.words.Text(key), xmlSafe(p.Comment)
}

// paperAuthors returns p's authors as its page and its JSON-LD name
// them: each as their author page spells them, linked to it. The index
// gives p one author of AuthorRefs per name of Authors, in order, and
// one author may be spelt several ways ("OSKAR T OKAFOR" and "Oskar T.
// Okafor", a name in NFD or written "Last, First"): looked up by the
// paper's own spelling, every other spelling lost its link. A paper
// whose AuthorRefs do not match its Authors (one the index has not
// seen) has its names as written, unlinked.
func (b *builder) paperAuthors(p *model.Paper) []person {
	refs := p.AuthorRefs
	if len(refs) != len(p.Authors) {
		refs = nil
	}
	var authors []person
	for i, name := range p.Authors {
		a := person{name: name}
		if refs != nil {
			a.name = refs[i].Name
			if refs[i].Slug != "" {
				a.url = b.u.page("authors", refs[i].Slug)
			}
		}
		if strings.TrimSpace(a.name) == "" {
			continue // Atom requires a name
		}
		authors = append(authors, a)
	}
	return authors
}

// authorNames returns the names of p's authors as paperAuthors gives
// them, which the day page's cards show.
func (b *builder) authorNames(p *model.Paper) []string {
	var names []string
	for _, a := range b.paperAuthors(p) {
		names = append(names, a.name)
	}
	return names
}

// figureWidth is the most pixels wide an item's figure says it is, the
// email's paper column: a reader that keeps to the width attribute and
// drops the style shows a large figure no wider than a desktop reader's
// column; one that keeps max-width shrinks it further to its own.
const figureWidth = 512

// figure returns the paragraph that shows p's figure, at the absolute
// URL u, at the top of its item: with its alt text, and with its width
// and height when the build read its size, at most figureWidth wide as
// the email shows it, so that a reader reserves its box before it loads;
// its style (which cleanHTML would drop from the paper's own HTML) keeps
// a large one within a narrow column, its height in proportion.
func (b *builder) figure(p *model.Paper, u string) string {
	img := `<img src="` + escapeAttr(u) + `" alt="` + escapeAttr(cmp.Or(p.ImageAlt, b.words.Text("figureAlt"))) + `"`
	if w, h := model.FitWidth(p.ImageWidth, p.ImageHeight, figureWidth); w > 0 {
		img += ` width="` + strconv.Itoa(w) + `" height="` + strconv.Itoa(h) + `"`
	}
	return xmlSafe(`<p>` + img + ` style="` + fitStyle + `"></p>`)
}

// fitStyle is the style of an item's image that says its size (the
// figure, and an image of the paper's own HTML with width and height): a
// reader that keeps it shrinks a large image to a narrow column, its
// height in proportion, where the height attribute alone would squash it.
const fitStyle = "max-width:100%;height:auto"

// paperLinks returns a paragraph linking p's arXiv page, PDF, DOI, code
// and project page, as its page's list of links does, or "" if it has
// none. A relative link is made absolute against the site's base URL
// (webURL); one that is not then an http(s) URL (mailto:, javascript:, …)
// is left out.
func (b *builder) paperLinks(p *model.Paper, abs string) string {
	pdf := p.PDFURL()
	var doiURL string
	if p.DOI != "" {
		doiURL = doi.URL(p.DOI)
	}
	var links []string
	for _, l := range []struct{ name, href string }{
		{"arXiv", abs}, {b.words.Text("pdf"), pdf}, {"DOI", doiURL}, {b.words.Text("code"), p.Code}, {b.words.Text("projectPage"), p.Project},
	} {
		if u, ok := b.webURL(l.href); ok {
			links = append(links, `<a href="`+escapeAttr(u)+`">`+escapeText(l.name)+`</a>`)
		}
	}
	if len(links) == 0 {
		return ""
	}
	return "<p>" + strings.Join(links, " · ") + "</p>"
}

// webURL resolves ref against the site's base URL and reports whether it
// is an absolute http(s) URL; an empty ref is not.
func (b *builder) webURL(ref string) (string, bool) {
	u, ok := absURL(b.u.base, ref)
	return u, ok && ref != "" && !strings.HasPrefix(u, "mailto:")
}

// dayItem returns the item of the daily digest d: its intro, then its ranked
// papers as a list of linked titles with authors, upvotes and what the day
// page's card says of each (dayLine). A title in another language than
// the site's is marked with it, as the day page marks it, and on a site
// written right to left the whole is in a <div lang dir>, as the site
// feed's items of such papers are.
func (b *builder) dayItem(d *model.Day) *item {
	link := b.u.page("days", d.Slug)
	// The date, as the day's slug, leads a title that does not name it:
	// "2024-06-04 — Agents & more", not "2022-02-11 — Digest for February
	// 11, 2022: Agents & more".
	title := d.Slug + " — " + b.words.Text("papers", len(d.Papers))
	switch {
	case d.Title != "" && b.words.Catalog.NamesDate(d.Title, d.Date):
		title = d.Title
	case d.Title != "":
		title = d.Slug + " — " + d.Title
	}
	summary := b.daySummary(d)
	return &item{
		id:        b.dayID(d, link),
		link:      link,
		title:     title,
		summary:   summary,
		html:      b.listHTML(string(d.IntroHTML)+b.paperList(d.Papers), link, summary),
		published: dayTime(d.Date, 1),
		updated:   dayTime(d.Date, 1),
	}
}

// dayID returns the id of the item of the daily digest d, whose page is
// at link: the address of its first former date (aliases:
// ["2024-01-03"]), where the digest was published before its papers were
// moved to d (a digest imported under the wrong date), so that readers
// and a newsletter made from the feed do not get it again as new; else
// its page's. A former address elsewhere (Day.Redirects) keeps none: the
// items of days published with one already have their page's id.
func (b *builder) dayID(d *model.Day, link string) string {
	if len(d.Aliases) > 0 {
		return b.id(b.u.page("days", d.Aliases[0]))
	}
	return b.id(link)
}

// weekItem returns the item of the weekly digest w: its top papers, as
// its page and `mail --week` list them, in the list a day's item has. It
// is dated noon UTC of the week's Sunday, its last day, which it is
// published after (weeksChannel).
func (b *builder) weekItem(w *model.Week) *item {
	link := b.u.page("weeks", w.Slug)
	summary := b.weekSummary(w)
	end := dayTime(w.Start.AddDate(0, 0, 6), 1)
	return &item{
		id:        b.id(link),
		link:      link,
		title:     b.words.Text("topPapersOfWeek", "Num", w.Num, "Year", w.Year),
		summary:   summary,
		html:      b.listHTML(b.paperList(w.Top), link, summary),
		published: end,
		updated:   end,
	}
}

// paperList returns the HTML list of papers in a day's or week's item:
// linked titles with authors, upvotes and what the day page's card says
// of each (dayLine), a title in another language than the site's marked
// with it, as the day page marks it; "" for no papers.
func (b *builder) paperList(papers []*model.Paper) string {
	if len(papers) == 0 {
		return ""
	}
	var h strings.Builder
	h.WriteString("<ol>")
	for _, p := range papers {
		h.WriteString(`<li><a href="`)
		h.WriteString(escapeAttr(b.u.page("papers", p.Slug)))
		h.WriteString(`"` + string(i18n.LangAttr(b.cfg.ForeignLang(p), b.cfg.Language)) + `>`)
		h.WriteString(escapeText(tex.UnicodeText(p.Title)))
		h.WriteString("</a>")
		if p.Withdrawn() { // as the day page's card says it
			h.WriteString(" · <strong>" + escapeText(b.words.Text("withdrawnLabel")) + "</strong>")
		}
		if a := b.authorLine(b.authorNames(p)); a != "" {
			h.WriteString("<br>")
			h.WriteString(escapeText(a))
		}
		if p.Upvotes > 0 {
			h.WriteString(" · ")
			h.WriteString(escapeText(b.words.Text("upvotes", p.Upvotes)))
		}
		if line := b.dayLine(p); line != "" {
			h.WriteString("<br>")
			h.WriteString(line)
		}
		h.WriteString("</li>")
	}
	h.WriteString("</ol>")
	return h.String()
}

// listHTML returns the cleaned HTML h of a day's or week's item at link,
// or its summary when h is blank; on a site written right to left, in a
// <div lang dir>: a reader, and the mail an RSS-to-email service makes
// of the item, lays it out left to right unless told, and the list's
// numbers and bylines would sit on the wrong side.
func (b *builder) listHTML(h, link, summary string) string {
	html := orText(cleanHTML(h, b.u.parse(link)), summary)
	if i18n.Direction(b.cfg.Language) == "rtl" {
		html = `<div` + string(i18n.LangAttr(b.cfg.Language, "")) + `>` + html + "</div>"
	}
	return html
}

// dayLineSize is where a day's list cuts a paper's summary, as the day
// page's cards (partials/paper-item.html) cut it.
const dayLineSize = 280

// dayLine returns the HTML of what a day's list says of p under its
// byline, as the day page's card and the email do: the curator's TL;DR,
// else the abstract's summary cut at dayLineSize, marked with the paper's
// language when that is not the site's. Without it the daily digest, the
// feed a newsletter service mails, was a list of titles.
func (b *builder) dayLine(p *model.Paper) string {
	if p.TLDR != "" {
		return tex.TextHTML(p.TLDR)
	}
	s := tex.TextHTML(textutil.Truncate(dayLineSize, p.Summary()))
	if lang := b.cfg.ForeignLang(p); lang != "" && s != "" {
		return "<span" + string(i18n.LangAttr(lang, b.cfg.Language)) + ">" + s + "</span>"
	}
	return s
}

// orText returns html, or the plain text as a paragraph if html is blank:
// JSON Feed requires content, and readers show nothing for an empty one.
func orText(html, text string) string {
	if strings.TrimSpace(html) != "" {
		return html
	}
	return "<p>" + escapeText(xmlSafe(text)) + "</p>"
}

// maxListed is how many authors a day's list and a JSON Feed 1.0 item's
// author name before "et al." (authorLine), and how many titles a day's
// summary names.
const maxListed = 5

// authorLine joins names with the language's listComma, as bylines join
// them, the first maxListed of them then "et al." (the language's etAl).
func (b *builder) authorLine(names []string) string {
	comma := b.words.Text("listComma")
	if len(names) > maxListed {
		return strings.Join(names[:maxListed], comma) + b.words.Text("etAl")
	}
	return strings.Join(names, comma)
}

// daySummary is the plain-text summary of a day: its paper count and the
// first maxListed titles.
func (b *builder) daySummary(d *model.Day) string {
	if len(d.Papers) == 0 {
		return b.words.Text("feedNoPapers")
	}
	return b.listSummary(b.words.Text("papers", len(d.Papers)), len(d.Papers), d.Papers)
}

// weekSummary is the plain-text summary of a week: its papers and days as
// its page counts them ("12 papers on 4 days", papersOnDays), then the
// first maxListed titles of its top and how many more papers the week
// has. Counting the top list (topSize) read as the week's total: "10
// papers: …; and 5 more" of a week whose page says 12.
func (b *builder) weekSummary(w *model.Week) string {
	if len(w.Top) == 0 {
		return b.words.Text("feedNoPapers")
	}
	days := len(w.Days)
	count := b.words.Text("papersOnDays", days, "Papers", b.words.Text("papers", w.Count), "Days", b.words.Text("days", days))
	return b.listSummary(count, max(w.Count, len(w.Top)), w.Top)
}

// listSummary is the plain-text summary of a day's papers or a week's
// top, led by count, the number of papers (total) in words: the first
// maxListed titles, a withdrawn paper's marked as its own item's title
// marks it (i18n.Catalog.ListTitle), since a reader may see no more of
// the digest than this, then how many of total it does not name.
func (b *builder) listSummary(count string, total int, papers []*model.Paper) string {
	titles := make([]string, 0, maxListed+1)
	for _, p := range papers[:min(len(papers), maxListed)] {
		titles = append(titles, b.words.ListTitle(p))
	}
	if more := total - len(titles); more > 0 {
		titles = append(titles, b.words.Text("feedAndMore", more))
	}
	return b.words.Text("feedDaySummary", "Papers", count, "Titles", strings.Join(titles, b.words.Text("listSemicolon")))
}
