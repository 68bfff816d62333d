package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/feeds"
	"github.com/mmcdole/gofeed"
)

// parseAll parses every feed of files with gofeed.
func parseAll(t testing.TB, files map[string][]byte) map[string]*gofeed.Feed {
	t.Helper()
	out := make(map[string]*gofeed.Feed, len(files))
	for _, p := range paths(files) {
		f, err := gofeed.NewParser().Parse(bytes.NewReader(files[p]))
		if err != nil {
			t.Fatalf("gofeed cannot parse %s: %v", p, err)
		}
		out[p] = f
	}
	return out
}

// wantItem is what a reader must see of one item.
type wantItem struct {
	title, link        string
	published, updated time.Time // updated zero: same as published
	authors            []string
	categories         []string
}

// wantFeed is what a reader must see of one feed, in all three formats.
type wantFeed struct {
	dir, title, home string
	updated          time.Time // newest item update; zero for no items
	items            []wantItem
}

// wantFeeds describes the feeds of testSite item by item.
func wantFeeds() []wantFeed {
	site := testSite()
	const papers = testBase + "papers/"
	llm, vision := "Large language models", `Vision <&> "sight"`
	p1 := wantItem{
		title: site.Papers[0].Title, link: papers + "2403.00001/",
		published: noon("2024-03-14"), authors: []string{"Ada Lovelace", "José Núñez"}, categories: []string{llm},
	}
	p2 := wantItem{
		title: "Plain Paper", link: papers + "2403.00002/",
		published: noon("2024-03-14").Add(-time.Second), updated: time.Date(2024, 3, 20, 17, 30, 0, 0, time.UTC),
		authors: []string{"Grace Hopper"},
	}
	p3 := wantItem{
		title: "Checkerboards", link: papers + "cond-mat-0603029/", published: noon("2024-03-15"),
		authors: []string{site.Papers[2].Authors[0], "Ada Lovelace"}, categories: []string{llm, vision, "cond-mat.stat-mech", "math-ph"},
	}
	p4 := wantItem{
		title: "Notes by Zoë", link: papers + "zoe-notes/", published: noon("2024-03-14").Add(-2 * time.Second), // third on its day
		authors: []string{"Zoë Ünicode"}, categories: []string{vision},
	}
	d15 := wantItem{title: "2024-03-15 — Big day & more", link: testBase + "days/2024-03-15/", published: noon("2024-03-15")}
	d14 := wantItem{title: "2024-03-14 — 3\u00a0papers", link: testBase + "days/2024-03-14/", published: noon("2024-03-14")}
	title := site.Config.Title
	return []wantFeed{
		{"", title, testBase, p2.updated, []wantItem{p3, p1, p2, p4}},
		{"days/", title + " — daily digest", testBase, noon("2024-03-15"), []wantItem{d15, d14}},
		{"topics/llm/", title + " — " + llm, testBase + "topics/llm/", noon("2024-03-15"), []wantItem{p3, p1}},
		{"topics/vision/", title + " — " + vision, testBase + "topics/vision/", noon("2024-03-15"), []wantItem{p3, p4}},
		{"topics/empty/", title + " — Empty", testBase + "topics/empty/", time.Time{}, nil},
	}
}

func TestParse(t *testing.T) {
	files := build(t, testSite())
	feeds := parseAll(t, files)
	for _, wf := range wantFeeds() {
		for _, file := range []string{RSSFile, AtomFile, JSONFile} {
			path := wf.dir + file
			t.Run(path, func(t *testing.T) {
				f := feeds[path]
				if f == nil {
					t.Fatalf("no feed %s", path)
				}
				checkFeed(t, file, f, wf)
				if file == JSONFile {
					checkJSONAuthors(t, files[path], wf)
				}
			})
		}
	}
}

// checkFeed compares the parsed feed f, written in format file, with want.
func checkFeed(t *testing.T, file string, f *gofeed.Feed, want wantFeed) {
	if f.Title != want.title {
		t.Errorf("title = %q, want %q", f.Title, want.title)
	}
	if f.Link != want.home {
		t.Errorf("link = %q, want %q", f.Link, want.home)
	}
	if self := testBase + want.dir + file; f.FeedLink != self {
		t.Errorf("self link = %q, want %q", f.FeedLink, self)
	}
	if f.Language != "en" {
		t.Errorf("language = %q, want en", f.Language)
	}
	switch {
	case file == JSONFile: // JSON Feed has no feed date
	case want.updated.IsZero() && file == AtomFile:
		if f.Updated != "1970-01-01T00:00:00Z" {
			t.Errorf("updated = %q, want the epoch", f.Updated)
		}
	case want.updated.IsZero():
		if f.Updated != "" {
			t.Errorf("updated = %q, want none", f.Updated)
		}
	case f.UpdatedParsed == nil || !f.UpdatedParsed.Equal(want.updated):
		t.Errorf("updated = %q, want %v", f.Updated, want.updated)
	}
	if len(f.Items) != len(want.items) {
		t.Fatalf("%d items, want %d", len(f.Items), len(want.items))
	}
	for i, it := range f.Items {
		w := want.items[i]
		if it.Title != w.title {
			t.Errorf("item %d title = %q, want %q", i, it.Title, w.title)
		}
		if it.Link != w.link {
			t.Errorf("item %d link = %q, want %q", i, it.Link, w.link)
		}
		if it.GUID != w.link {
			t.Errorf("item %d id = %q, want %q", i, it.GUID, w.link)
		}
		if it.PublishedParsed == nil || !it.PublishedParsed.Equal(w.published) {
			t.Errorf("item %d published = %q, want %v", i, it.Published, w.published)
		}
		checkUpdated(t, file, i, it, w)
		var authors []string
		switch file {
		case RSSFile: // one dc:creator each
			if it.DublinCoreExt != nil {
				authors = it.DublinCoreExt.Creator
			}
		case AtomFile:
			for _, a := range it.Authors {
				authors = append(authors, a.Name)
			}
		}
		if file == JSONFile && len(w.authors) > 0 && it.Author == nil {
			t.Errorf("item %d: gofeed reads no Item.Author, which Go readers show", i)
		}
		if file != JSONFile && !slices.Equal(authors, w.authors) {
			t.Errorf("item %d authors = %q, want %q", i, authors, w.authors)
		}
		if !slices.Equal(it.Categories, w.categories) {
			t.Errorf("item %d categories = %q, want %q", i, it.Categories, w.categories)
		}
		if strings.TrimSpace(it.Content) == "" {
			t.Errorf("item %d has no content", i)
		}
	}
}

// checkUpdated compares an item's updated date: Atom always has one, JSON
// Feed only when it differs from the published date, RSS has none.
func checkUpdated(t *testing.T, file string, i int, it *gofeed.Item, w wantItem) {
	t.Helper()
	switch file {
	case AtomFile:
		want := w.updated
		if want.IsZero() {
			want = w.published
		}
		if it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(want) {
			t.Errorf("item %d updated = %q, want %v", i, it.Updated, want)
		}
	case JSONFile:
		switch {
		case w.updated.IsZero() && it.Updated != "":
			t.Errorf("item %d date_modified = %q, want none", i, it.Updated)
		case !w.updated.IsZero() && (it.UpdatedParsed == nil || !it.UpdatedParsed.Equal(w.updated)):
			t.Errorf("item %d date_modified = %q, want %v", i, it.Updated, w.updated)
		}
	}
}

func TestAtomCategories(t *testing.T) {
	files := build(t, testSite())
	want := `<category term="vision" scheme="https://example.org/repo/topics/" label="Vision &lt;&amp;&gt; &#34;sight&#34;"></category>`
	if !bytes.Contains(files["atom.xml"], []byte(want)) {
		t.Errorf("atom.xml has no %s", want)
	}
	// arXiv's categories in arXiv's scheme, told from the topics, as RSS's domain tells them
	for file, want := range map[string][]string{
		"atom.xml": {`<category term="cond-mat.stat-mech" scheme="http://arxiv.org/schemas/atom"></category>`, `<category term="math-ph" scheme="http://arxiv.org/schemas/atom"></category>`},
		"feed.xml": {`<category domain="http://arxiv.org/schemas/atom">cond-mat.stat-mech</category>`, `<category domain="http://arxiv.org/schemas/atom">math-ph</category>`},
	} {
		for _, w := range want {
			if !bytes.Contains(files[file], []byte(w)) {
				t.Errorf("%s has no %s", file, w)
			}
		}
	}
	f := parseAll(t, files)["atom.xml"]
	if got := f.Items[0].Description; got != "Spins on a checkerboard." {
		t.Errorf("atom.xml first summary = %q, want the paper's Summary", got)
	}
}

// checkJSONAuthors compares the authors of a JSON feed's items with want.
// gofeed reads "Name <text>" in a JSON author name as an email address, so
// the names are read from the JSON itself.
func checkJSONAuthors(t *testing.T, data []byte, want wantFeed) {
	t.Helper()
	var doc feeds.JSONFeed
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Items) != len(want.items) {
		t.Fatalf("%d items, want %d", len(doc.Items), len(want.items))
	}
	for i, it := range doc.Items {
		var names []string
		for _, a := range it.Authors {
			names = append(names, a.Name)
		}
		if !slices.Equal(names, want.items[i].authors) {
			t.Errorf("item %d authors = %q, want %q", i, names, want.items[i].authors)
		}
		checkJSON10Author(t, i, it, want.items[i].authors)
	}
	if a := doc.Author; a == nil || a.Name != "Carla Curator" {
		t.Errorf("feed author = %+v, want Carla Curator for JSON Feed 1.0 readers", a)
	}
}

// checkJSON10Author checks the author a JSON Feed 1.0 reader reads of an
// item (1.0 has no authors list): its one author with their page, several
// as one byline without a link, none when the item has no authors.
func checkJSON10Author(t *testing.T, i int, it *feeds.JSONItem, authors []string) {
	t.Helper()
	if len(authors) == 0 {
		if it.Author != nil {
			t.Errorf("item %d author = %+v, want none (the feed's)", i, it.Author)
		}
		return
	}
	if it.Author == nil {
		t.Fatalf("item %d has no author, which JSON Feed 1.0 readers read; want %q", i, strings.Join(authors, ", "))
	}
	if want := strings.Join(authors, ", "); it.Author.Name != want {
		t.Errorf("item %d author = %q, want %q", i, it.Author.Name, want)
	}
	if got, one := it.Author.Url, it.Authors[0].Url; len(authors) == 1 && got != one || len(authors) > 1 && got != "" {
		t.Errorf("item %d author url = %q with %d authors, want the one author's page or none", i, got, len(authors))
	}
}

// TestRSSCreator: an RSS item names each author in a <dc:creator> of
// its own, all of them, in order, as Zotero's feed reader takes them as
// its creators; one line of them cut with "et al." it split at the
// commas into a bogus author "E et al." and lost the sixth.
func TestRSSCreator(t *testing.T) {
	site := testSite()
	p := site.Papers[0] // the whole-site feed's second item
	p.Authors = []string{"A", "B", "C", "D", "E", "F"}
	var doc struct {
		Items []struct {
			Creators []string `xml:"http://purl.org/dc/elements/1.1/ creator"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(build(t, site)[RSSFile], &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Items) < 2 {
		t.Fatalf("%d items, want at least 2", len(doc.Items))
	}
	for i, want := range [][]string{{`Bobby "Tables" <script>alert(1)</script> & Co`, "Ada Lovelace"}, p.Authors} {
		if got := doc.Items[i].Creators; !slices.Equal(got, want) {
			t.Errorf("item %d dc:creator elements = %q, want %q", i, got, want)
		}
	}
}
