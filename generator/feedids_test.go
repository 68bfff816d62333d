package generator

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
)

// TestChangedFeedIDs: a build into a destination holding the site built
// before warns at each paper whose feed items that site's feeds gave
// another id, with the feed_id: that keeps it: an alias elsewhere added
// to a published paper, a paper given its arXiv id with its old id under
// aliases:, one in a topic's feed only. None when the id is kept, the
// paper has a feed_id:, on a first build, or when the ids are made from
// another address (every id changes; changedBase tells that once): the
// site moved, or the feedIDBase it had was taken out. A site moved with
// feedIDBase keeps its ids, and is told of one that changed.
func TestChangedFeedIDs(t *testing.T) {
	paper := func(front string) string {
		return "-- content/papers/smith.md --\n---\ntitle: \"Smith\"\n" + front + "date: 2024-06-05\ntopics: [agents]\n---\nAbstract.\n"
	}
	former := func(site string) fstest.MapFS {
		fsys := fstest.MapFS{}
		for p, data := range mustBuild(t, site) {
			fsys[p] = &fstest.MapFile{Data: []byte(data)}
		}
		return fsys
	}
	byID := former(smallSite + paper("id: smith-2024\n"))
	byArXiv := former(smallSite + paper("arxiv: \"2401.00003\"\n"))
	topicOnly := former(smallSite + paper("id: smith-2024\n"))
	delete(topicOnly, "feed.json")
	topicOnly["feed.json"] = &fstest.MapFile{Data: []byte(`{"home_page_url": "https://example.org/repo/", "items": []}`)}
	moved := strings.Replace(smallSite, "baseURL: https://example.org/repo/", "baseURL: https://papers.example.org/\nfeedIDBase: https://example.org/repo/", 1)
	byIDMoved := former(moved + paper("id: smith-2024\n"))
	const issue = ": every feed reader, and a bot that posts each new item, would show the paper again as new; add `feed_id: /papers/%s/`, which keeps the old id (see the README's \"Ids and dates\")"
	for _, c := range []struct {
		name   string
		site   string
		former fstest.MapFS
		want   []string
	}{
		{"unchanged", smallSite + paper("id: smith-2024\n"), byID, nil},
		{"first build", smallSite + paper("id: smith-2024\n"), nil, nil},
		{"alias elsewhere added", smallSite + paper("arxiv: \"2401.00003\"\naliases: [/notes/smith/]\n"), byArXiv, []string{
			"content/papers/smith.md:4: its feed items now have the id https://example.org/repo/notes/smith/, and the feeds of the site built before gave them https://example.org/repo/papers/2401.00003/" + fmt.Sprintf(issue, "2401.00003")}},
		{"id to arXiv", smallSite + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\n"), byID, []string{
			"content/papers/smith.md:4: its feed items now have the id https://example.org/repo/papers/2401.00009/, and the feeds of the site built before gave them https://example.org/repo/papers/smith-2024/" + fmt.Sprintf(issue, "smith-2024")}},
		{"in a topic's feed", smallSite + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\n"), topicOnly, []string{
			"content/papers/smith.md:4: its feed items now have the id https://example.org/repo/papers/2401.00009/, and the feeds of the site built before gave them https://example.org/repo/papers/smith-2024/" + fmt.Sprintf(issue, "smith-2024")}},
		{"kept by feed_id", smallSite + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\nfeed_id: /papers/smith-2024/\n"), byID, nil},
		{"site moved", strings.Replace(smallSite, "https://example.org/repo/", "https://papers.example.org/", 1) + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\n"), byID, nil},
		{"feedIDBase taken out", strings.Replace(smallSite, "https://example.org/repo/", "https://papers.example.org/", 1) + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\n"), byIDMoved, nil},
		{"site moved with feedIDBase", moved + paper("arxiv: \"2401.00009\"\naliases: [smith-2024]\n"), byID, []string{
			"content/papers/smith.md:4: its feed items now have the id https://example.org/repo/papers/2401.00009/, and the feeds of the site built before gave them https://example.org/repo/papers/smith-2024/" + fmt.Sprintf(issue, "smith-2024")}},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := Options{Site: siteFS(c.site)}
			if c.former != nil {
				opts.Former = c.former
			}
			res, err := Build(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Warnings {
				if strings.Contains(p.Msg, "feed_id") {
					got = append(got, p.String())
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestIDBaseOf: the address a former site's feed ids were made from is
// the one most of them are their page's address on (its feedIDBase when
// it had one); ids that are no page's address (a feed_id:, an address
// elsewhere) tell none, and with none left it is where the site was.
func TestIDBaseOf(t *testing.T) {
	const home = "https://papers.example.org/"
	for _, tt := range []struct {
		had  map[string]string
		want string
	}{
		{map[string]string{"papers/a/": home + "papers/a/", "days/2024-01-01/": home + "days/2024-01-01/"}, home},
		{map[string]string{"papers/a/": "https://ada.github.io/digest/papers/a/", "papers/b/": "https://ada.github.io/digest/papers/b/", "papers/c/": "https://ada.github.io/digest/2024/05/27/c"}, "https://ada.github.io/digest/"},
		{map[string]string{"papers/a/": "https://ada.github.io/digest/notes/a/"}, home},
		{map[string]string{"papers/a/": "https://a.example/papers/a/", "papers/b/": "https://b.example/papers/b/"}, "https://a.example/"},
		{nil, home},
	} {
		if got := idBaseOf(home, tt.had); got != tt.want {
			t.Errorf("idBaseOf(%q, %v) = %q, want %q", home, tt.had, got, tt.want)
		}
	}
}

// countingFS counts the opens of each file of its FS, one for each read
// of readFormer, whose Lstat it passes on.
type countingFS struct {
	fs.FS
	mu    sync.Mutex
	opens map[string]int
}

func (c *countingFS) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(c.FS, name) }

func (c *countingFS) ReadLink(name string) (string, error) { return fs.ReadLink(c.FS, name) }

func (c *countingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.opens[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

// TestFormerFeedIDsReadOnce: a build reads the feeds of the site built
// before once, though three of its checks ask for their ids: changedBase
// (the address they were made from), the warning of a paper's page that
// moved (the feed_id: that keeps its items' id) and changedFeedIDs.
func TestFormerFeedIDsReadOnce(t *testing.T) {
	paper := func(front string) string {
		return "-- content/papers/smith.md --\n---\ntitle: \"Smith\"\n" + front + "date: 2024-06-05\ntopics: [agents]\n---\nAbstract.\n"
	}
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, smallSite+paper("id: smith-2024\n")) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	counted := &countingFS{FS: former, opens: map[string]int{}}
	res, err := Build(context.Background(), Options{Site: siteFS(smallSite + paper("arxiv: \"2401.00009\"\n")), Former: counted})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Warnings, func(p Problem) bool { return strings.Contains(p.Msg, "feed_id: /papers/smith-2024/") }) {
		t.Fatalf("no warning of the moved page with its feed_id:, so the test reads the ids for fewer checks; warnings: %v", res.Warnings)
	}
	const topicFeed = "topics/agents/feed.json" // only the ids' reader reads it
	if n := counted.opens[topicFeed]; n != 1 {
		t.Errorf("the build opened %s %d times, want 1", topicFeed, n)
	}
}
