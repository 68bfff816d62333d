package generator

import (
	"context"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestSampleFeedsParse parses every feed of the sample site with gofeed and
// checks the whole-site feeds item by item against the content model.
func TestSampleFeedsParse(t *testing.T) {
	res := buildSample(t)
	cfg := res.Site.Config
	byURL := map[string]*model.Paper{}
	for _, p := range res.Site.Papers {
		byURL[cfg.BaseURL+"papers/"+url.PathEscape(p.Slug)+"/"] = p
	}
	published := map[string]bool{}
	for _, f := range res.Files {
		published[f.Path] = true
	}
	feeds := 0
	for _, f := range res.Files {
		base := path.Base(f.Path)
		if base != "feed.xml" && base != "atom.xml" && base != "feed.json" {
			continue
		}
		feeds++
		feed, err := gofeed.NewParser().ParseString(string(f.Data))
		if err != nil {
			t.Errorf("%s does not parse: %v", f.Path, err)
			continue
		}
		// Atom's and JSON Feed's icon is the site's, a file it publishes: a
		// reader that takes the host's /favicon.ico finds another site's.
		if icon, ok := strings.CutPrefix(imageURL(feed), cfg.BaseURL); base != "feed.xml" && (!ok || !published[icon]) {
			t.Errorf("%s: the feed's icon is %q, want a file of the site under %s", f.Path, imageURL(feed), cfg.BaseURL)
		}
		for i, it := range feed.Items[min(1, len(feed.Items)):] {
			if prev := feed.Items[i]; it.PublishedParsed.After(*prev.PublishedParsed) {
				t.Errorf("%s item %d: published %v, after the item above it: readers, which sort by time, show them the other way round", f.Path, i+1, it.Published)
			}
		}
		if path.Dir(f.Path) != "." {
			continue // topic, day and week feeds: parsed above; their items are checked by the feeds package
		}
		if len(feed.Items) != min(cfg.FeedSize, len(res.Site.Papers)) && len(feed.Items) != cfg.FeedSize {
			t.Errorf("%s has %d items", f.Path, len(feed.Items))
		}
		var prev time.Time
		for i, it := range feed.Items {
			p := byURL[it.Link]
			if p == nil {
				t.Errorf("%s item %d links %q, not a paper page", f.Path, i, it.Link)
				continue
			}
			if it.Title != p.Title || it.GUID != it.Link {
				t.Errorf("%s item %d: title %q id %q, want %q and the link", f.Path, i, it.Title, it.GUID, p.Title)
			}
			// Published on its digest day, by noon UTC, earlier the lower
			// its rank, so that readers sorting by time keep the feed's
			// order: the days newest first, each paper on its own, ranked.
			pub := it.PublishedParsed
			if pub == nil || pub.Before(p.Date) || pub.After(p.Date.Add(12*time.Hour)) {
				t.Errorf("%s item %d: published %v, want on the digest day %v by noon", f.Path, i, pub, p.Date)
				continue
			}
			if i > 0 && !pub.Before(prev) {
				t.Errorf("%s item %d: published %v, not before the item above it", f.Path, i, pub)
			}
			prev = *pub
			var names []string
			for _, a := range it.Authors {
				names = append(names, a.Name)
			}
			if it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
				names = it.DublinCoreExt.Creator // RSS: one dc:creator each
			}
			if base != "feed.json" && !slices.Equal(names, p.Authors) { // gofeed misreads JSON Feed author names with <…>
				t.Errorf("%s item %d: authors %q, want %q", f.Path, i, names, p.Authors)
			}
			var cats []string // the topics' names, then the arXiv categories
			for _, tp := range p.TopicRefs {
				cats = append(cats, tp.Name)
			}
			cats = append(cats, p.ArXivCategories()...)
			if !slices.Equal(it.Categories, cats) {
				t.Errorf("%s item %d: categories %q, want %q", f.Path, i, it.Categories, cats)
			}
		}
	}
	if want := 3 * (3 + len(res.Site.Topics)); feeds != want { // the site's, the digests' (daily, weekly), the topics'
		t.Errorf("%d feeds, want %d", feeds, want)
	}
}

// imageURL is the URL of feed's image (Atom's icon, JSON Feed's icon), or "".
func imageURL(feed *gofeed.Feed) string {
	if feed.Image == nil {
		return ""
	}
	return feed.Image.URL
}

var relURL = regexp.MustCompile(`(?:href|src)=(?:"|&#34;|&quot;|\\")(/|\.\.?/|[a-z0-9-]+/)`)

// TestFeedsHaveNoRelativeURLs scans every feed of the sample site.
func TestFeedsHaveNoRelativeURLs(t *testing.T) {
	for _, f := range buildSample(t).Files {
		if b := path.Base(f.Path); b == "feed.xml" || b == "atom.xml" || b == "feed.json" {
			if m := relURL.FindString(string(f.Data)); m != "" {
				t.Errorf("%s has a relative URL: %s", f.Path, m)
			}
			if strings.Contains(string(f.Data), `href="#`) {
				t.Errorf("%s has a fragment-only link", f.Path)
			}
		}
	}
}

// TestFeedAliases: each of site.yaml's feedAliases (Hugo's index.xml) is a
// copy of the site's RSS feed; an alias the build writes itself, or one
// that is no .xml path, is an error at its line.
func TestFeedAliases(t *testing.T) {
	site := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\nfeedAliases: [/index.xml, posts/index.xml]\n", 1)
	out := mustBuild(t, site)
	for _, a := range []string{"index.xml", "posts/index.xml"} {
		if out.file(t, a) != out.file(t, "feed.xml") {
			t.Errorf("%s is not a copy of feed.xml", a)
		}
	}
	for _, tt := range []struct{ aliases, want string }{
		{"[atom.xml]", `content/site.yaml:5: feedAliases: "atom.xml" is an address the build writes itself; leave it out`},
		{"[topics/x/feed.xml]", `content/site.yaml:5: feedAliases: "topics/x/feed.xml" is an address the build writes itself`},
		{"[/tags/nlp/index.xml]", `content/site.yaml:5: feedAliases: "/tags/nlp/index.xml" is the feed of the tag nlp, and a copy of the whole site's feed there would give its readers every paper; give the topic of that tag the alias instead, under its entry in topics: (` + "`aliases: [/tags/nlp/]`" + `), which keeps the topic's feed there`},
		{"[index.html]", `content/site.yaml:5: feedAliases: "index.html" does not end in .xml, as the address of an RSS feed does`},
		{"[../x.xml]", `content/site.yaml:5: feedAliases: "../x.xml" is no address a copy of the feed can be at: it has the folder name .., which a browser resolves away`},
		{"[Feed.xml]", `content/site.yaml:5: feedAliases: "Feed.xml" is feed.xml, which the build writes, in other letter case; a Mac's or Windows's disk holds the two as one file, so a copy cannot be kept there beside it: leave it out`},
		{"[RSS.xml, rss.xml]", `content/site.yaml:5: feedAliases: "rss.xml" is RSS.xml in other letter case, one file on a Mac's or Windows's disk, where one copy would take the other's place; keep one`},
		{"[https://old.example.com/rss.xml]", "content/site.yaml:5: feedAliases: \"https://old.example.com/rss.xml\" is a whole address; write its path from the site's root: `feedAliases: [rss.xml]`"},
		{"[https://example.org/old/rss.xml]", "content/site.yaml:5: feedAliases: \"https://example.org/old/rss.xml\" is a whole address, and not one under the site's, https://example.org/repo/, where no copy of its feed can be: leave it out"},
	} {
		broken := strings.Replace(site, "[/index.xml, posts/index.xml]", tt.aliases, 1)
		if _, err := buildSite(t, broken, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("feedAliases: %s: err = %v, want %q", tt.aliases, err, tt.want)
		}
	}
}

// TestTopicFeedAliases: a feedAliases entry in the folder of a topic's
// alias (Zola's feed of a tag, /tags/agents/atom.xml, with the alias
// /tags/agents/), of a former slug, or of the topic itself is a copy of
// that topic's RSS feed, not the site's; one in a tag's folder that no
// topic has as its alias is an error at its line that names the alias to
// add, as is one the topic's alias keeps already or the build writes.
func TestTopicFeedAliases(t *testing.T) {
	site := strings.Replace(smallSite, "    name: Agents\n", "    name: Agents\n    aliases: [/tags/agents/, bots]\n", 1)
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\nfeedAliases: [rss.xml, tags/agents/atom.xml, /topics/agents/rss.xml, topics/bots/rss.xml]\n", 1)
	out := mustBuild(t, site)
	topic := out.file(t, "topics/agents/feed.xml")
	if out.file(t, "rss.xml") != out.file(t, "feed.xml") {
		t.Error("rss.xml is not a copy of feed.xml")
	}
	for _, a := range []string{"tags/agents/atom.xml", "topics/agents/rss.xml", "topics/bots/rss.xml", "tags/agents/index.xml"} {
		if out.file(t, a) != topic {
			t.Errorf("%s is not a copy of topics/agents/feed.xml", a)
		}
	}
	if strings.Contains(out.file(t, "tags/agents/atom.xml"), "2405.00002") {
		t.Error("tags/agents/atom.xml lists a paper of another topic")
	}
	for _, tt := range []struct{ aliases, want string }{
		{"[tags/nlp/atom.xml]", `content/site.yaml:5: feedAliases: "tags/nlp/atom.xml" is in the folder of the tag nlp, where its own feed was, and no topic has the alias /tags/nlp/, so it would be a copy of the whole site's feed, which gives its readers every paper; ` +
			"add the alias to the topic of that tag, under its entry in topics: (`aliases: [/tags/nlp/]`), and this entry keeps a copy of the topic's feed here"},
		{"[/categories/NLP/rss.xml]", "content/site.yaml:5: feedAliases: \"/categories/NLP/rss.xml\" is in the folder of the category NLP, where its own feed was, and no topic has the alias /categories/NLP/"},
		{"[tags/agents/index.xml]", `content/site.yaml:5: feedAliases: "tags/agents/index.xml" is kept already: the alias /tags/agents/ of the topic agents keeps a copy of its RSS feed there, at index.xml, Hugo's name for a tag's feed; leave it out`},
		{"[topics/agents/atom.xml]", `content/site.yaml:5: feedAliases: "topics/agents/atom.xml" is an address the build writes itself; leave it out`},
		{"[topics/bots/feed.xml]", `content/site.yaml:5: feedAliases: "topics/bots/feed.xml" is an address the build writes itself; leave it out`},
		{"[tags/agents/atom.xml, Tags/Agents/Atom.xml]", `content/site.yaml:5: feedAliases: "Tags/Agents/Atom.xml" is tags/agents/atom.xml in other letter case`},
	} {
		broken := strings.Replace(site, "[rss.xml, tags/agents/atom.xml, /topics/agents/rss.xml, topics/bots/rss.xml]", tt.aliases, 1)
		if _, err := buildSite(t, broken, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("feedAliases: %s: err = %v, want %q", tt.aliases, err, tt.want)
		}
	}
}

// TestAuthorFeeds: with authorFeeds, each author's page has RSS, Atom
// and JSON feeds of the author's newest papers, announced in its head
// and linked from it, and checked as every feed is, and so has each
// organization's with organizationFeeds; without them, none.
func TestAuthorFeeds(t *testing.T) {
	paper := func(id, date, authors string) string {
		return "-- content/papers/" + id + ".md --\n---\ntitle: P" + id + "\narxiv: \"" + id + "\"\ndate: " + date + "\nauthors: [" + authors + "]\n---\nAbstract " + id + ".\n"
	}
	papers := paper("2401.00001", "2024-01-01", "Ada Lovelace, Zoë Müller") + paper("2401.00002", "2024-01-02", "Ada Lovelace") + paper("2401.00003", "2024-01-02", "Alan Turing")
	papers = strings.Replace(papers, "date: 2024-01-01\n", "date: 2024-01-01\norganization: Analytical Engines\n", 1)
	out := mustBuild(t, siteYAML+"authorFeeds: true\norganizationFeeds: true\nfeedSize: 1\n"+papers)
	org := out.file(t, "organizations/analytical-engines/feed.xml")
	if !strings.Contains(org, "<title>T — Analytical Engines</title>") || !strings.Contains(org, "<title>P2401.00001</title>") {
		t.Errorf("the organization's feed:\n%s", org)
	}
	out.contains(t, "organizations/analytical-engines/index.html",
		`<link rel="alternate" type="application/atom&#43;xml" title="T — Analytical Engines (Atom)" href="https://example.org/organizations/analytical-engines/atom.xml">`,
		`<a href="/organizations/analytical-engines/feed.xml">RSS feed of these papers</a>`)
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json"} {
		out.file(t, "authors/zoë-müller/"+f)
	}
	rss := out.file(t, "authors/ada-lovelace/feed.xml")
	if !strings.Contains(rss, "<title>T — Ada Lovelace</title>") || !strings.Contains(rss, "<title>P2401.00002</title>") || strings.Contains(rss, "P2401.00001") {
		t.Errorf("Ada Lovelace's feed, of size 1, does not hold her newest paper alone:\n%s", rss)
	}
	out.contains(t, "authors/ada-lovelace/index.html",
		`<link rel="alternate" type="application/rss&#43;xml" title="T — Ada Lovelace (RSS)" href="https://example.org/authors/ada-lovelace/feed.xml">`,
		`<a href="/authors/ada-lovelace/feed.xml">RSS feed of these papers</a>`)
	out.contains(t, "feeds/index.html", `<h2 id="author-feeds">By author</h2>`, `<a href="/authors/">the authors</a>`,
		`<h2 id="organization-feeds">By organization</h2>`, `<a href="/organizations/">the organizations</a>`)
	if page := out.file(t, "authors/alan-turing/index.html"); strings.Contains(page, "ada-lovelace/feed.xml") || !strings.Contains(page, "alan-turing/feed.xml") {
		t.Error("Alan Turing's page announces another author's feed, or not his own")
	}
	checked := strings.Replace(siteYAML, "example.org", "digest.example.org", 1) + "authorFeeds: true\norganizationFeeds: true\n" + papers
	if problems, err := Check(context.Background(), Options{Site: siteFS(checked)}); err != nil || len(problems) != 0 {
		t.Errorf("check: %v %v", problems, err)
	}

	out = mustBuild(t, siteYAML+papers)
	for path := range out {
		if (strings.HasPrefix(path, "authors/") || strings.HasPrefix(path, "organizations/")) && strings.Contains(path, "feed") {
			t.Errorf("without authorFeeds and organizationFeeds: %s", path)
		}
	}
	if strings.Contains(out.file(t, "authors/ada-lovelace/index.html"), "ada-lovelace/feed.xml") {
		t.Error("without authorFeeds, the author's page links a feed")
	}
	if strings.Contains(out.file(t, "feeds/index.html"), "author-feeds") {
		t.Error("without authorFeeds, the feeds page tells of authors' feeds")
	}
}

// TestWeeklyDigestFeed: weeks/feed.xml (with its Atom and JSON siblings)
// has one item per finished week, its top papers (topSize) as the week's
// page lists them, dated noon UTC of its Sunday, for a newsletter
// provider's RSS-to-email to mail the week once, whole. The newest week
// is finished by a later day or by its Sunday; in progress, it is left
// out. Week pages announce the feed, and feeds.opml lists it.
func TestWeeklyDigestFeed(t *testing.T) {
	paper := func(id, date, upvotes string) string {
		return "-- content/papers/" + id + ".md --\n---\ntitle: \"Paper " + id + "\"\narxiv: \"" + id +
			"\"\nauthors: [Ada Lovelace]\ndate: " + date + "\nupvotes: " + upvotes + "\n---\nAbstract " + id + ".\n"
	}
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\ntopSize: 1\n" +
		paper("2506.00001", "2025-06-16", "1") + paper("2506.00002", "2025-06-17", "3") + paper("2506.00003", "2025-06-23", "2")
	tests := []struct {
		name, site string
		weeks      []string // the items' links, newest first
	}{
		{"newest week in progress", site, []string{"2025-W25"}},
		{"newest week with its Sunday", site + paper("2506.00004", "2025-06-29", "1"), []string{"2025-W26", "2025-W25"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mustBuild(t, tt.site)
			for _, name := range []string{"weeks/feed.xml", "weeks/atom.xml", "weeks/feed.json"} {
				f, err := gofeed.NewParser().ParseString(out.file(t, name))
				if err != nil {
					t.Fatalf("%s does not parse: %v", name, err)
				}
				var got []string
				for _, it := range f.Items {
					got = append(got, strings.TrimSuffix(strings.TrimPrefix(it.Link, "https://example.org/repo/weeks/"), "/"))
				}
				if !slices.Equal(got, tt.weeks) {
					t.Errorf("%s items = %q, want %q", name, got, tt.weeks)
				}
			}
			out.contains(t, "weeks/feed.xml", "<title>T — weekly top papers</title>",
				"<title>Top papers of week\u00a025, 2025</title>", `<a href="https://example.org/repo/papers/2506.00002/">Paper 2506.00002</a>`,
				"<pubDate>Sun, 22 Jun 2025 12:00:00 +0000</pubDate>")
			out.lacks(t, "weeks/feed.xml", "papers/2506.00001/") // not in week 25's top 1
			out.contains(t, "weeks/2025-W26/index.html", `<link rel="alternate" type="application/rss&#43;xml" title="T — weekly top papers (RSS)" href="https://example.org/repo/weeks/feed.xml">`)
			out.lacks(t, "days/2025-06-23/index.html", "weeks/feed.xml")
			out.contains(t, "feeds.opml", `xmlUrl="https://example.org/repo/days/feed.xml"`, `xmlUrl="https://example.org/repo/weeks/feed.xml"`)
			out.contains(t, "feeds/index.html", `<a href="https://example.org/repo/weeks/feed.xml">`)
		})
	}
}

// TestSectionFeedDiscovery: days/ and weeks/, the folders of the daily
// and weekly digests' feeds, send browsers on to the archive and
// announce those feeds (<link rel="alternate">), as a feed reader given
// the folder's address follows no refresh; months/ and papers/
// announce the archive's, the whole site's.
func TestSectionFeedDiscovery(t *testing.T) {
	out := mustBuild(t, movedDaySite)
	alternate := func(typ, title, path string) string {
		return `<link rel="alternate" type="application/` + typ + `" title="Digest` + title + `" href="https://example.org/digest/` + path + `">`
	}
	for _, tt := range []struct {
		page, title, dir string
	}{
		{"days/index.html", " — daily digest", "days/"},
		{"weeks/index.html", " — weekly top papers", "weeks/"},
		{"months/index.html", "", ""},
		{"papers/index.html", "", ""},
	} {
		out.contains(t, tt.page, alternate("rss+xml", tt.title+" (RSS)", tt.dir+"feed.xml"), alternate("atom+xml", tt.title+" (Atom)", tt.dir+"atom.xml"),
			`<meta http-equiv="refresh" content="0; url=/digest/archive/">`)
	}
	out.contains(t, "days/index.html", alternate("feed+json", " — daily digest (JSON Feed)", "days/feed.json"))
	out.lacks(t, "days/index.html", `href="https://example.org/digest/feed.xml"`)
	out.lacks(t, "weeks/index.html", `href="https://example.org/digest/feed.xml"`)
}
