package feeds

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// Generator is the name written to each feed's generator field.
const Generator = "Paperboy"

// File names of the three formats, in the order Build returns them.
const (
	RSSFile  = "feed.xml"
	AtomFile = "atom.xml"
	JSONFile = "feed.json"
)

// builder turns the content model into channels. It lives for one call
// of Emit (and so Build), Showing or OPML.
type builder struct {
	cache  *Cache                 // the entries written, or nil: see paperEntry
	items  map[*model.Paper]*item // without a cache, the items made
	enc    *itemEncoder           // writes the entries, but Showing's
	docs   *[formats]bytes.Buffer // Emit's: each format's documents, one after the other (docBuffer); nil: a buffer each
	cfg    *model.Config
	words  *i18n.Texts // the site's language
	u      urls
	ids    string // the base URL of ids: Config.FeedIDBase, or u.root
	scheme string // the category scheme of topics: <base>topics/
	author person // the curator, the feeds' author
	size   int
}

// Build returns every feed file of the site: feed.xml (RSS 2.0), atom.xml
// (Atom 1.0) and feed.json (JSON Feed 1.1) for the whole site, for the daily
// digest under days/, the weekly under weeks/, and for each topic under
// topics/<slug>/, in that
// order, each feed's files followed by their copies at its aliases
// (withAliases), in the language of words. It reads site and never
// changes it.
func Build(site *model.Site, words *i18n.Catalog) ([]model.File, error) {
	var files []model.File
	err := Emit(site, words, nil, func(f model.File) error {
		f.Data = bytes.Clone(f.Data) // Emit writes the next feed into the same buffers
		files = append(files, f)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return files, nil
}

// Emit makes the same files as Build and passes them to emit one feed
// folder at a time, so a large site's feeds are never all in memory. It
// keeps the items it writes in cache, when not nil, for Showing to copy;
// a one-off build, which passes nil, keeps no more than it needs. The
// next feed's files are written into the same buffers, so emit must copy
// f.Data if it keeps it after returning.
func Emit(site *model.Site, words *i18n.Catalog, cache *Cache, emit func(model.File) error) error {
	b, feeds, err := selectFeeds(site, words, cache, nil)
	if err != nil {
		return err
	}
	b.docs = new([formats]bytes.Buffer)
	aliases := aliasesOf(site)
	for _, f := range feeds {
		files, err := b.feedFiles(f)
		if err != nil {
			return err
		}
		if err := b.words.Err(); err != nil {
			return err
		}
		for _, file := range withAliases(files, aliases) {
			if err := emit(file); err != nil {
				return err
			}
		}
	}
	return nil
}

// Showing returns the feed files, made as Build makes them, whose items
// carry any of papers: the whole-site feed and the topic, author and
// organization feeds that list one of them among their newest items, and
// the daily (weekly) digest feed when one of its days (its weeks' days)
// lists one, since its list
// says what the abstract's summary does of a paper without a TL;DR
// (dayLine). After an edit that changed nothing of papers but their
// Markdown bodies, these are the only feeds whose bytes can differ. The
// preview server waits for them, so they are made on every core: first the items
// that cache, when not nil, does not hold (those it Forgot, or all of them
// on a new one), which it then holds, then the feeds.
func Showing(site *model.Site, words *i18n.Catalog, cache *Cache, papers []*model.Paper) ([]model.File, error) {
	if cache == nil {
		cache = NewCache()
	}
	b, feeds, err := selectFeeds(site, words, cache, func(list []*model.Paper) bool {
		return slices.ContainsFunc(list, func(p *model.Paper) bool { return slices.Contains(papers, p) })
	})
	if err != nil {
		return nil, err
	}
	var todo []*model.Paper
	seen := map[*model.Paper]bool{}
	for _, f := range feeds {
		for _, p := range f.papers {
			if _, ok := b.cache.papers[p]; !ok && !seen[p] {
				seen[p] = true
				todo = append(todo, p)
			}
		}
	}
	entries := make([]*entry, len(todo))
	err = parallel.For(context.Background(), len(todo), 0, func() func(int) error {
		enc := newItemEncoder()
		return func(i int) error {
			var err error
			entries[i], err = enc.encode(b, b.newPaperItem(todo[i]))
			return err
		}
	})
	if err != nil {
		return nil, err
	}
	for i, p := range todo {
		b.cache.papers[p] = entries[i]
	}
	// The daily and weekly digests' entries, which their channels read
	// and write, are made before the channels run side by side.
	for _, f := range feeds {
		if f.entries != nil {
			if err := f.entries(); err != nil {
				return nil, err
			}
		}
	}
	// Every entry is made: the channels only read b.cache now.
	files := make([][]model.File, len(feeds))
	err = parallel.For(context.Background(), len(feeds), 0, func() func(int) error {
		return func(i int) error {
			var err error
			files[i], err = b.feedFiles(feeds[i])
			return err
		}
	})
	if err == nil {
		err = b.words.Err()
	}
	return withAliases(slices.Concat(files...), aliasesOf(site)), err
}

// aliasesOf maps the folder of each topic's and author's feeds that has
// former slugs ("topics/llms/") to their folders (model.Site's
// FormerFolders), a topic's RSS feed to index.xml in each of its former
// addresses elsewhere (tags/nlp/) and to its FeedAliases, and the site's
// RSS feed, feed.xml, to its feedAliases. An author's folder has feeds only with authorFeeds.
func aliasesOf(site *model.Site) map[string][]string {
	m := site.FormerFolders()
	add := func(file, to string) {
		if m == nil {
			m = map[string][]string{}
		}
		m[file] = append(m[file], to)
	}
	for _, a := range site.Config.FeedAliases {
		add("feed.xml", a)
	}
	for _, t := range site.Config.Topics {
		for _, a := range t.Redirects {
			// Hugo's feed of a term: /tags/nlp/index.xml, in RSS.
			add(model.TopicPath(t.Slug)+RSSFile, a+"/index.xml")
		}
		for _, a := range t.FeedAliases {
			add(model.TopicPath(t.Slug)+RSSFile, a) // Zola's: /tags/nlp/atom.xml
		}
	}
	return m
}

// withAliases returns files and, for each feed of a topic with aliases
// (aliasesOf), a copy in each alias's folder, and for the site's RSS
// feed one at each of its feedAliases: a reader subscribed to a topic's
// feed before it was renamed, or to the feed of the site before it moved
// here, keeps getting its items.
func withAliases(files []model.File, aliases map[string][]string) []model.File {
	if len(aliases) == 0 {
		return files
	}
	out := slices.Clip(files)
	for _, f := range files {
		dir := f.Path[:strings.LastIndexByte(f.Path, '/')+1]
		for _, a := range aliases[dir] {
			out = append(out, model.File{Path: a + f.Path[len(dir):], Data: f.Data})
		}
		for _, a := range aliases[f.Path] {
			out = append(out, model.File{Path: a, Data: f.Data})
		}
	}
	return out
}

// feed is one feed of the site, before it is made.
type feed struct {
	papers  []*model.Paper           // the papers its items show; none for the daily and weekly digests
	channel func() (*channel, error) // makes it
	// entries makes the entries of a digest's days or weeks in the
	// builder's cache (nil for a feed of papers), which Showing calls
	// before the channels run side by side.
	entries func() error
}

// feedFiles writes f in the three formats.
func (b *builder) feedFiles(f feed) ([]model.File, error) {
	c, err := f.channel()
	if err != nil {
		return nil, fmt.Errorf("feeds: %w", err)
	}
	files, err := b.files(c)
	if err != nil {
		return nil, fmt.Errorf("feeds: %s: %w", c.dir, err)
	}
	return files, nil
}

// selectFeeds returns a builder for site and the site's feeds in Build's
// order: every feed when keep is nil, else only the feeds whose papers
// keep accepts: a feed's items, or for the daily and weekly digests the
// papers their days list.
func selectFeeds(site *model.Site, words *i18n.Catalog, cache *Cache, keep func([]*model.Paper) bool) (*builder, []feed, error) {
	b, err := newBuilder(site, words, cache)
	if err != nil {
		return nil, nil, err
	}
	var feeds []feed
	add := func(papers []*model.Paper, channel func() (*channel, error)) {
		if keep == nil || papers != nil && keep(papers) {
			feeds = append(feeds, feed{papers: papers, channel: channel})
		}
	}
	papers := b.sitePapers(site)
	add(papers, func() (*channel, error) { return b.siteChannel(papers) })
	if keep == nil || keep(b.dayPapers(site)) {
		feeds = append(feeds, feed{channel: func() (*channel, error) { return b.daysChannel(site) },
			entries: func() error { return eachEntry(b.digestDays(site), b.dayEntry) }})
	}
	if weeks := b.digestWeeks(site); keep == nil || keep(weekPapers(weeks)) {
		feeds = append(feeds, feed{channel: func() (*channel, error) { return b.weeksChannel(weeks) },
			entries: func() error { return eachEntry(weeks, b.weekEntry) }})
	}
	// A page's feed of its newest papers: a topic's, an author's or an
	// organization's.
	list := func(head func() *channel, of []*model.Paper) {
		papers := b.newestPapers(of)
		add(papers, func() (*channel, error) { return b.withPapers(head(), papers) })
	}
	var errs diag.List
	for _, t := range site.Topics {
		if !validSlug(t.Slug) {
			errs.Add(site.Config.Source, topicLine(site.Config, t.Slug),
				"topic slug %q cannot be a folder name; use letters, digits and hyphens", t.Slug)
			continue
		}
		list(func() *channel { return b.topicHead(t) }, t.Papers)
	}
	if site.Config.AuthorFeeds {
		for _, a := range site.Authors {
			list(func() *channel { return b.listHead(a.Path(), "authors", a.Slug, a.Name, b.cfg.Description) }, a.Papers)
		}
	}
	if site.Config.OrganizationFeeds {
		for _, o := range site.Organizations {
			list(func() *channel { return b.listHead(o.Path(), "organizations", o.Slug, o.Name, b.cfg.Description) }, o.Papers)
		}
	}
	return b, feeds, errs.Err()
}

// newBuilder checks that site has a configuration with an absolute
// http(s) base URL, and returns a builder for it that keeps its entries
// in cache, which may be nil.
func newBuilder(site *model.Site, words *i18n.Catalog, cache *Cache) (*builder, error) {
	if site == nil || site.Config == nil {
		return nil, errors.New("feeds: the site has no configuration")
	}
	cfg := site.Config
	base := cfg.Base
	if base == nil {
		var err error
		if base, err = url.Parse(cfg.BaseURL); err != nil {
			base = nil
		}
	}
	if base == nil || (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, diag.Errorf(cfg.Source, 0,
			"baseURL %q is not an absolute http(s) URL, which feeds need; write e.g. baseURL: https://user.github.io/repo/", cfg.BaseURL)
	}
	b := *base
	b.RawQuery, b.Fragment, b.RawFragment = "", "", ""
	if !strings.HasSuffix(b.Path, "/") {
		b.Path += "/"
		b.RawPath = ""
	}
	u := urls{base: &b, root: b.String()}
	c := *cfg
	c.BaseURL = u.root // with the final slash Config.AbsPath needs for a figure's path
	size := cfg.FeedSize
	if size <= 0 { // a Config not made by the parser, which sets the default
		size = model.DefaultFeedSize
	}
	name := cfg.Author
	if name == "" {
		name = cfg.Title
	}
	if name == "" {
		name = Generator
	}
	return &builder{
		cache:  cache,
		items:  map[*model.Paper]*item{},
		enc:    newItemEncoder(),
		cfg:    &c,
		words:  &i18n.Texts{Catalog: words},
		u:      u,
		ids:    idBase(cfg.FeedIDBase, u.root),
		scheme: u.root + "topics/",
		author: person{name: name, url: u.root},
		size:   size,
	}, nil
}

// idBase returns the base URL of the feeds' ids: the site's feedIDBase,
// its former baseURL, else root, its base URL. An item's id is its page's
// URL, which readers keep to tell the items they have from new ones: made
// from the base URL alone, every id would change when the site moves, and
// readers would show each item again as new.
func idBase(feedIDBase, root string) string {
	if feedIDBase == "" {
		return root
	}
	if !strings.HasSuffix(feedIDBase, "/") {
		return feedIDBase + "/"
	}
	return feedIDBase
}

// id returns the id of the page or feed at the absolute URL u, which this
// package made from the base URL: u itself, or u on the feedIDBase.
func (b *builder) id(u string) string {
	return b.ids + strings.TrimPrefix(u, b.u.root)
}

// files writes c in the three formats.
func (b *builder) files(c *channel) ([]model.File, error) {
	rss, err := b.rss(c)
	if err != nil {
		return nil, err
	}
	atom, err := b.atom(c)
	if err != nil {
		return nil, err
	}
	js, err := b.jsonFeed(c)
	if err != nil {
		return nil, err
	}
	return []model.File{
		{Path: c.dir + RSSFile, Data: rss},
		{Path: c.dir + AtomFile, Data: atom},
		{Path: c.dir + JSONFile, Data: js},
	}, nil
}

// validSlug reports whether slug can name one output folder.
func validSlug(slug string) bool {
	return slug != "" && slug != "." && slug != ".." && !strings.ContainsAny(slug, `/\`)
}

// topicLine returns the site.yaml line of the topic slug, or 0.
func topicLine(cfg *model.Config, slug string) int {
	for _, t := range cfg.Topics {
		if t.Slug == slug {
			return t.Line
		}
	}
	return 0
}
