package feeds

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/paperboy-digest/paperboy/generator/internal/golden"
	"github.com/paperboy-digest/paperboy/generator/model"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// build runs Build on site and returns its files by path.
func build(t testing.TB, site *model.Site) map[string][]byte {
	t.Helper()
	files, err := Build(site, english)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	out := make(map[string][]byte, len(files))
	for _, f := range files {
		if _, dup := out[f.Path]; dup {
			t.Fatalf("Build returned %s twice", f.Path)
		}
		out[f.Path] = f.Data
	}
	return out
}

// paths returns the sorted keys of files.
func paths(files map[string][]byte) []string {
	ps := make([]string, 0, len(files))
	for p := range files {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

func TestBuildFiles(t *testing.T) {
	files, err := Build(testSite(), english)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range files {
		got = append(got, f.Path)
	}
	want := []string{
		"feed.xml", "atom.xml", "feed.json",
		"days/feed.xml", "days/atom.xml", "days/feed.json",
		"weeks/feed.xml", "weeks/atom.xml", "weeks/feed.json",
		"topics/empty/feed.xml", "topics/empty/atom.xml", "topics/empty/feed.json",
		"topics/llm/feed.xml", "topics/llm/atom.xml", "topics/llm/feed.json",
		"topics/vision/feed.xml", "topics/vision/atom.xml", "topics/vision/feed.json",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Build paths = %q, want %q", got, want)
	}
}

func TestGolden(t *testing.T) {
	files := build(t, testSite())
	dir := filepath.Join("testdata", "golden")
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		out := fstest.MapFS{}
		for p, data := range files {
			out[p] = &fstest.MapFile{Data: data}
		}
		if err := os.CopyFS(dir, out); err != nil {
			t.Fatal(err)
		}
	}
	var want []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		want = append(want, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatalf("reading golden files: %v (run go test -update)", err)
	}
	slices.Sort(want)
	if got := paths(files); !slices.Equal(got, want) {
		t.Errorf("Build paths = %q, want golden files %q (run go test -update)", got, want)
	}
	for _, p := range want {
		want, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			t.Fatal(err)
		}
		if got := files[p]; !bytes.Equal(got, want) {
			t.Errorf("%s differs from its golden file (run go test -update and review the diff):\n%s", p, golden.Diff(string(got), string(want)))
		}
	}
}

func TestDeterministic(t *testing.T) {
	a := build(t, testSite())
	b := build(t, testSite())
	// Without the parsed Base, the URL comes from BaseURL: same bytes.
	site := testSite()
	site.Config.Base = nil
	c := build(t, site)
	for _, p := range paths(a) {
		if !bytes.Equal(a[p], b[p]) {
			t.Errorf("%s differs between two builds", p)
		}
		if !bytes.Equal(a[p], c[p]) {
			t.Errorf("%s differs when Config.Base is nil", p)
		}
	}
}

func TestBuildLeavesSiteUnchanged(t *testing.T) {
	site := testSite()
	before := *site.Papers[0]
	build(t, site)
	after := *site.Papers[0]
	if before.Content != after.Content || before.Title != after.Title || !slices.Equal(before.Authors, after.Authors) {
		t.Errorf("Build changed paper %s", before.ID)
	}
}

func TestStableIDs(t *testing.T) {
	before := parseAll(t, build(t, testSite()))

	site := testSite()
	p5 := &model.Paper{
		ID: "2403.00005", Slug: "2403.00005", ArXiv: "2403.00005",
		Title: "A newer paper", Authors: []string{"Ada Lovelace"},
		Date: day("2024-03-16"), Content: "<p>New.</p>",
		TopicRefs: []*model.Topic{site.Topics[1]},
	}
	p5.SetTexts("New.", "")
	d16 := &model.Day{Date: day("2024-03-16"), Slug: "2024-03-16", Papers: []*model.Paper{p5}}
	site.Days = append([]*model.Day{d16}, site.Days...)
	site.Papers = append(site.Papers, p5)
	site.Topics[1].Papers = append([]*model.Paper{p5}, site.Topics[1].Papers...)
	after := parseAll(t, build(t, site))

	for path, old := range before {
		now := after[path]
		ids := make(map[string]string) // title → id in the new build
		for _, it := range now.Items {
			ids[it.Title] = it.GUID
		}
		for _, it := range old.Items {
			if got, ok := ids[it.Title]; !ok || got != it.GUID {
				t.Errorf("%s: id of %q = %q after adding a paper, want %q", path, it.Title, got, it.GUID)
			}
		}
		added := 1 // the new paper is in the site, days and llm feeds (the site has no weeks)
		if strings.HasPrefix(path, "topics/empty/") || strings.HasPrefix(path, "topics/vision/") || strings.HasPrefix(path, "weeks/") {
			added = 0
		}
		if len(now.Items) != len(old.Items)+added {
			t.Errorf("%s has %d items after adding a paper, want %d", path, len(now.Items), len(old.Items)+added)
		}
	}
	if got := after["feed.xml"].Items[0].Title; got != "A newer paper" {
		t.Errorf("first item of feed.xml = %q, want the new paper", got)
	}
	if got := after["days/atom.xml"].Updated; got != "2024-03-16T12:00:00Z" {
		t.Errorf("days/atom.xml updated = %q, want 2024-03-16T12:00:00Z", got)
	}
}

// TestMovedSite: with feedIDBase, the former baseURL, a moved site's
// items keep their ids, and so does each Atom feed, while every link is on
// the new base URL; RSS says its guids are no longer links.
func TestMovedSite(t *testing.T) {
	before := parseAll(t, build(t, testSite()))
	site := testSite()
	const newBase = "https://papers.example.net/"
	site.Config.BaseURL, site.Config.Base = newBase, nil
	site.Config.FeedIDBase = testBase
	files := build(t, site)
	after := parseAll(t, files)
	for path, old := range before {
		now := after[path]
		if len(now.Items) != len(old.Items) {
			t.Fatalf("%s has %d items after the move, want %d", path, len(now.Items), len(old.Items))
		}
		for i, it := range now.Items {
			if it.GUID != old.Items[i].GUID {
				t.Errorf("%s item %d id = %q after the move, want %q", path, i, it.GUID, old.Items[i].GUID)
			}
			if !strings.HasPrefix(it.Link, newBase) {
				t.Errorf("%s item %d links %q, want it on %s", path, i, it.Link, newBase)
			}
		}
	}
	var atom struct {
		ID string `xml:"id"`
	}
	if err := xml.Unmarshal(files["topics/llm/atom.xml"], &atom); err != nil || atom.ID != testBase+"topics/llm/atom.xml" {
		t.Errorf("topics/llm/atom.xml id = %q, %v; want its former URL", atom.ID, err)
	}
	if n := bytes.Count(files[RSSFile], []byte(`<guid isPermaLink="false">`+testBase)); n != 4 {
		t.Errorf("feed.xml has %d guids on the former base marked isPermaLink=\"false\", want 4", n)
	}
}

func TestFeedSize(t *testing.T) {
	tests := []struct {
		size               int
		site, days, llm, v int
	}{
		{size: 0, site: 4, days: 2, llm: 2, v: 2}, // default
		{size: -3, site: 4, days: 2, llm: 2, v: 2},
		{size: 1, site: 1, days: 1, llm: 1, v: 1},
		{size: 3, site: 3, days: 2, llm: 2, v: 2},
		{size: 4, site: 4, days: 2, llm: 2, v: 2},
	}
	for _, tt := range tests {
		site := testSite()
		site.Config.FeedSize = tt.size
		feeds := parseAll(t, build(t, site))
		for path, want := range map[string]int{
			"feed.xml": tt.site, "atom.xml": tt.site, "feed.json": tt.site,
			"days/feed.xml": tt.days, "days/atom.xml": tt.days, "days/feed.json": tt.days,
			"topics/llm/atom.xml": tt.llm, "topics/vision/feed.json": tt.v,
		} {
			if got := len(feeds[path].Items); got != want {
				t.Errorf("FeedSize %d: %s has %d items, want %d", tt.size, path, got, want)
			}
		}
	}
	// The whole-site feed keeps day order, each paper once.
	site := testSite()
	site.Config.FeedSize = 3
	var titles []string
	for _, it := range parseAll(t, build(t, site))["feed.json"].Items {
		titles = append(titles, it.Title)
	}
	want := []string{"Checkerboards", site.Papers[0].Title, "Plain Paper"}
	if !slices.Equal(titles, want) {
		t.Errorf("FeedSize 3: feed.json titles = %q, want %q", titles, want)
	}
}

// TestFeedHoldsNewestDay: a paper feed holds the whole of its newest day
// when that day has more papers than feedSize, so that a bot posting each
// new item sees every paper of a big day; an older day is cut at the size
// as before, and the daily digest still holds feedSize days.
func TestFeedHoldsNewestDay(t *testing.T) {
	for _, tt := range []struct {
		size, papers, days int
	}{
		{size: 3, papers: 5, days: 3}, // the newest day's 5, not 3
		{size: 5, papers: 5, days: 3},
		{size: 7, papers: 7, days: 3}, // the next day cut at the size
		{size: 1, papers: 5, days: 1},
	} {
		site := benchSite(3, 5, 1) // 3 days of 5 papers, one topic
		site.Config.FeedSize = tt.size
		feeds := parseAll(t, build(t, site))
		for path, want := range map[string]int{
			RSSFile: tt.papers, AtomFile: tt.papers, JSONFile: tt.papers, "topics/t00/" + JSONFile: tt.papers,
			"days/" + JSONFile: tt.days,
		} {
			if got := len(feeds[path].Items); got != want {
				t.Errorf("FeedSize %d: %s has %d items, want %d", tt.size, path, got, want)
			}
		}
	}
}

// TestDefaultFeedSize: a Config without a feed size (FeedSize 0, one not
// made by the parser) gets model.DefaultFeedSize items, the number the
// parser gives a site.yaml without feedSize, so the two cannot differ.
func TestDefaultFeedSize(t *testing.T) {
	site := benchSite(model.DefaultFeedSize+1, 1, 1)
	site.Config.FeedSize = 0
	feeds := parseAll(t, build(t, site))
	for _, path := range []string{RSSFile, AtomFile, JSONFile, "days/" + JSONFile, "topics/t00/" + AtomFile} {
		if got := len(feeds[path].Items); got != model.DefaultFeedSize {
			t.Errorf("FeedSize 0: %s has %d items, want model.DefaultFeedSize, %d", path, got, model.DefaultFeedSize)
		}
	}
}

// TestSiteFeedOrder: the whole-site feed lists each paper on its own
// digest day, in that day's ranking, so its dates never grow down the feed
// (readers sort by them), even for a paper listed again on a later day; one
// the curator took off its own day is on the first day that lists it.
func TestSiteFeedOrder(t *testing.T) {
	site := testSite()
	p1, p2, p3, p4 := site.Papers[0], site.Papers[1], site.Papers[2], site.Papers[3]
	site.Days[1].Papers = []*model.Paper{p2, p1, p4} // p1 ranks second on its own day, and is listed on the next too
	p2.Rank, p1.Rank = 1, 2
	feeds := parseAll(t, build(t, site))
	want := []string{p3.Title, p2.Title, p1.Title, p4.Title}
	for _, path := range []string{RSSFile, AtomFile, JSONFile} {
		var titles []string
		var prev time.Time
		for i, it := range feeds[path].Items {
			titles = append(titles, it.Title)
			if i > 0 && it.PublishedParsed.After(prev) {
				t.Errorf("%s item %d (%s) is published after the item before it", path, i, it.Published)
			}
			prev = *it.PublishedParsed
		}
		if !slices.Equal(titles, want) {
			t.Errorf("%s titles = %q, want %q", path, titles, want)
		}
	}

	site = testSite()
	p4, d15, d14 := site.Papers[3], site.Days[0], site.Days[1]
	d14.Papers = d14.Papers[:2] // removed from its own day…
	d15.Papers = append(d15.Papers, p4)
	p4.Days = []*model.Day{d15} // …and listed on the next
	var titles []string
	for _, it := range parseAll(t, build(t, site))[JSONFile].Items {
		titles = append(titles, it.Title)
	}
	if want := []string{"Checkerboards", p4.Title, site.Papers[0].Title, "Plain Paper"}; !slices.Equal(titles, want) {
		t.Errorf("with %s only on a later day: titles = %q, want %q", p4.Title, titles, want)
	}
}

// TestTopicFeedOrder: a topic's feed lists a day's papers in the day's
// ranking, the order of their times, where Topic.Papers has them by
// upvotes, and cuts the list at the feed's size after that.
func TestTopicFeedOrder(t *testing.T) {
	for _, size := range []int{2, 50} {
		site := testSite()
		site.Config.FeedSize = size
		p1, p2, p3 := site.Papers[0], site.Papers[1], site.Papers[2]
		site.Days[1].Papers = []*model.Paper{p2, p1, site.Papers[3]} // the curator's order
		p2.Rank, p1.Rank = 1, 2
		llm := site.Topics[1]
		llm.Papers = []*model.Paper{p3, p1, p2} // newest day first, then upvotes
		p2.TopicRefs = []*model.Topic{llm}
		want := []string{p3.Title, p2.Title, p1.Title}[:min(size, 3)]
		feeds := parseAll(t, build(t, site))
		for _, file := range []string{RSSFile, AtomFile, JSONFile} {
			items := feeds["topics/llm/"+file].Items
			var titles []string
			for i, it := range items {
				titles = append(titles, it.Title)
				if i > 0 && it.PublishedParsed.After(*items[i-1].PublishedParsed) {
					t.Errorf("size %d: %s item %d (%s) is published after the item before it", size, file, i, it.Published)
				}
			}
			if !slices.Equal(titles, want) {
				t.Errorf("size %d: topics/llm/%s titles = %q, want %q", size, file, titles, want)
			}
		}
	}
}

// TestMovedPaperDate: a paper taken off its own day (removed:) and
// listed on a later one is dated that later day at its place there, in
// the whole-site feed and its topic's and author's, which place it there,
// not at its own day's noon, where readers filed it under a day that no
// longer lists it; its id does not change, or readers would show it
// again. A topic's feed of one item holds it when it tops the later day,
// where its own day's date put it last.
func TestMovedPaperDate(t *testing.T) {
	for _, c := range []struct {
		name  string
		first bool // listed first on the later day, else last
		size  int
		want  string
	}{
		{"last", false, 50, "2024-03-15T11:59:58Z"},
		{"first", true, 1, "2024-03-15T12:00:00Z"},
	} {
		site := testSite()
		site.Config.AuthorFeeds, site.Config.FeedSize = true, c.size
		p1, p2, p3 := site.Papers[0], site.Papers[1], site.Papers[2]
		d15, d14, llm, grace := site.Days[0], site.Days[1], site.Topics[1], site.Authors[2]
		d14.Papers = []*model.Paper{p1, site.Papers[3]} // p2 removed from its own day…
		d15.Papers = []*model.Paper{p3, p1, p2}         // …and listed on the next
		if c.first {
			d15.Papers = []*model.Paper{p2, p3, p1}
			p3.Rank = 2
		}
		p2.Days, p2.Rank = []*model.Day{d15}, 0
		p2.TopicRefs, llm.Papers, grace.Papers = []*model.Topic{llm}, []*model.Paper{p3, p1, p2}, []*model.Paper{p2}
		feeds := parseAll(t, build(t, site))
		for _, dir := range []string{"", "topics/llm/", "authors/grace-hopper/"} {
			if dir == "" && c.size == 1 {
				continue // the whole-site feed of one holds p3's day's first
			}
			for _, file := range []string{RSSFile, AtomFile, JSONFile} {
				i := slices.IndexFunc(feeds[dir+file].Items, func(it *gofeed.Item) bool { return it.Title == p2.Title })
				if i < 0 {
					t.Errorf("%s: %s%s has no item of the moved paper", c.name, dir, file)
					continue
				}
				it := feeds[dir+file].Items[i]
				if got := atomDate(*it.PublishedParsed); got != c.want {
					t.Errorf("%s: %s%s dates the moved paper %s, want %s", c.name, dir, file, got, c.want)
				}
				if id := cmp.Or(it.GUID, it.Link); !strings.HasSuffix(id, "/papers/2403.00002/") {
					t.Errorf("%s: %s%s gives the moved paper the id %s", c.name, dir, file, id)
				}
			}
		}
	}
}

// TestShowing: for each paper, Showing returns the feeds of Build whose
// items include it, as Build makes them, and the daily digest's when one
// of its days lists it (its list says what the paper's abstract does).
func TestShowing(t *testing.T) {
	for _, size := range []int{1, 50} {
		site := testSite()
		site.Config.FeedSize = size
		all := build(t, site)
		feeds := parseAll(t, all)
		listed := 0
		for _, p := range site.Papers {
			link := testBase + "papers/" + p.Slug + "/"
			var want []string
			for path, f := range feeds {
				if !strings.HasSuffix(path, JSONFile) {
					continue
				}
				shows := func(it *gofeed.Item) bool { return it.Link == link }
				if strings.HasPrefix(path, "days/") {
					shows = func(it *gofeed.Item) bool { return strings.Contains(it.Content, `href="`+link+`"`) }
				}
				if slices.ContainsFunc(f.Items, shows) {
					dir := strings.TrimSuffix(path, JSONFile)
					want = append(want, dir+RSSFile, dir+AtomFile, dir+JSONFile)
				}
			}
			slices.Sort(want)
			if len(want) > 0 {
				listed++
			}
			files, err := Showing(site, english, nil, []*model.Paper{p})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range files {
				got = append(got, f.Path)
				if !bytes.Equal(f.Data, all[f.Path]) {
					t.Errorf("FeedSize %d, %s: Showing's %s differs from Build's", size, p.ID, f.Path)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("FeedSize %d, %s: Showing = %q, want %q", size, p.ID, got, want)
			}
		}
		if listed == 0 || size == 1 && listed == len(site.Papers) {
			t.Errorf("FeedSize %d: %d of %d papers are in a feed; the test needs papers in one and, at one item a feed, papers in none",
				size, listed, len(site.Papers))
		}
		if files, err := Showing(site, english, nil, nil); err != nil || len(files) != 0 {
			t.Errorf("Showing no papers = %d files, %v; want none", len(files), err)
		}
	}
}

func TestEmptySite(t *testing.T) {
	site := &model.Site{Config: testSite().Config}
	files := build(t, site)
	want := []string{"atom.xml", "days/atom.xml", "days/feed.json", "days/feed.xml", "feed.json", "feed.xml", "weeks/atom.xml", "weeks/feed.json", "weeks/feed.xml"}
	if got := paths(files); !slices.Equal(got, want) {
		t.Fatalf("Build(empty site) paths = %q, want %q", got, want)
	}
	feeds := parseAll(t, files)
	for _, p := range want {
		if n := len(feeds[p].Items); n != 0 {
			t.Errorf("%s has %d items, want 0", p, n)
		}
	}
	if got := feeds["atom.xml"].Updated; got != "1970-01-01T00:00:00Z" {
		t.Errorf("empty atom.xml updated = %q, want 1970-01-01T00:00:00Z", got)
	}
	for _, p := range []string{"feed.xml", "days/feed.xml"} {
		if bytes.Contains(files[p], []byte("pubDate")) || bytes.Contains(files[p], []byte("lastBuildDate")) {
			t.Errorf("empty %s has a date; want none", p)
		}
	}
	if !bytes.Contains(files["feed.json"], []byte(`"items": []`)) {
		t.Errorf("empty feed.json has no empty items array:\n%s", files["feed.json"])
	}
	xmllint(t, files)
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(*model.Site)
		want string
	}{
		{"no config", func(s *model.Site) { s.Config = nil }, "feeds: the site has no configuration"},
		{"relative baseURL", func(s *model.Site) { s.Config.Base, s.Config.BaseURL = nil, "/repo/" },
			`content/site.yaml: baseURL "/repo/" is not an absolute http(s) URL, which feeds need; write e.g. baseURL: https://user.github.io/repo/`},
		{"bad scheme", func(s *model.Site) { s.Config.Base, s.Config.BaseURL = nil, "ftp://example.org/" },
			`content/site.yaml: baseURL "ftp://example.org/" is not an absolute http(s) URL`},
		{"topic slug", func(s *model.Site) {
			s.Config.Topics = []model.TopicConfig{{Slug: "../x", Line: 12}}
			s.Topics[0].Slug = "../x"
		}, `content/site.yaml:12: topic slug "../x" cannot be a folder name; use letters, digits and hyphens`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := testSite()
			tt.edit(site)
			_, err := Build(site, english)
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Build() error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestBaseWithoutSlash(t *testing.T) {
	site := testSite()
	site.Config.Base = nil
	site.Config.BaseURL = "https://example.org/repo"
	files := build(t, site)
	if !bytes.Equal(files["atom.xml"], build(t, testSite())["atom.xml"]) {
		t.Errorf("baseURL without a trailing slash gives different feeds")
	}
}

// xmllint checks that every XML file is well-formed and every Atom file
// valid against RFC 4287's RELAX NG schema. It skips when xmllint is not
// installed.
func xmllint(t *testing.T, files map[string][]byte) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: libxml2-utils)")
	}
	rng, err := filepath.Abs(filepath.Join("testdata", "atom.rng"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, p := range paths(files) {
		if !strings.HasSuffix(p, ".xml") {
			continue
		}
		path := filepath.Join(dir, strings.ReplaceAll(p, "/", "_"))
		if err := os.WriteFile(path, files[p], 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"--noout", path}
		if strings.HasSuffix(p, "atom.xml") {
			args = []string{"--noout", "--relaxng", rng, path}
		}
		if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
			t.Errorf("xmllint %s: %v\n%s", p, err, out)
		}
	}
}

func TestXMLLint(t *testing.T) {
	xmllint(t, build(t, testSite()))
}

func TestDates(t *testing.T) {
	ts := time.Date(2024, 3, 14, 9, 5, 7, 0, time.FixedZone("X", 2*3600))
	tests := []struct {
		name, got, want string
	}{
		{"rssDate", rssDate(ts), "Thu, 14 Mar 2024 07:05:07 +0000"},
		{"rssDate(zero)", rssDate(time.Time{}), ""},
		{"atomDate", atomDate(ts), "2024-03-14T07:05:07Z"},
		{"atomDate(zero)", atomDate(time.Time{}), "1970-01-01T00:00:00Z"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	// An item's time on its day: noon UTC less a second per place after
	// the first, never on another day, whatever the rank, and the same
	// date from UTC−11 to UTC+11.
	d := day("2024-03-14")
	for _, tt := range []struct {
		rank int
		want string
	}{
		{0, "2024-03-14T12:00:00Z"}, {1, "2024-03-14T12:00:00Z"}, {2, "2024-03-14T11:59:59Z"},
		{61, "2024-03-14T11:59:00Z"}, {100000, "2024-03-14T00:00:01Z"},
	} {
		if got := atomDate(dayTime(d, tt.rank)); got != tt.want {
			t.Errorf("dayTime(2024-03-14, %d) = %s, want %s", tt.rank, got, tt.want)
		}
	}
	for _, hours := range []int{-11, 11} {
		zone := time.FixedZone("", hours*3600)
		if got := dayTime(d, 25).In(zone).Format(time.DateOnly); got != "2024-03-14" {
			t.Errorf("dayTime(2024-03-14, 25) in UTC%+d is on %s", hours, got)
		}
	}
}

func TestNonASCIITopic(t *testing.T) {
	site := testSite()
	site.Topics[0].Slug = "théorie"
	files := build(t, site)
	data, ok := files["topics/théorie/atom.xml"]
	if !ok {
		t.Fatalf("Build paths = %q, want topics/théorie/atom.xml", paths(files))
	}
	f := parseAll(t, map[string][]byte{"a": data})["a"]
	if want := testBase + "topics/th%C3%A9orie/atom.xml"; f.FeedLink != want {
		t.Errorf("self link = %q, want %q", f.FeedLink, want)
	}
	if want := testBase + "topics/th%C3%A9orie/"; f.Link != want {
		t.Errorf("link = %q, want %q", f.Link, want)
	}
}

func TestEmptyContent(t *testing.T) {
	site := testSite()
	p := site.Papers[2] // Checkerboards, on the newer day
	p.Content, p.ArXiv = "", ""
	site.Days[1].Papers = nil // a day whose papers were all removed
	site.Days[1].IntroHTML = "  "
	feeds := parseAll(t, build(t, site))
	if got := feeds["feed.json"].Items[0].Content; got != "<p>Spins on a checkerboard.</p>" {
		t.Errorf("content of a paper without Content = %q, want its summary as a paragraph", got)
	}
	if got := feeds["days/feed.json"].Items[1].Content; got != "<p>No papers.</p>" {
		t.Errorf("content of an empty day = %q, want <p>No papers.</p>", got)
	}
	if got := feeds["days/atom.xml"].Items[1].Title; got != "2024-03-14 — 0\u00a0papers" {
		t.Errorf("title of an empty day = %q, want 2024-03-14 — 0\u00a0papers", got)
	}
}

func TestDayList(t *testing.T) {
	site := testSite()
	d := site.Days[1]
	p := d.Papers[1]
	p.Authors = []string{"A", "B", "C", "D", "E", "F"}
	for range 4 {
		d.Papers = append(d.Papers, p)
	}
	it := parseAll(t, build(t, site))["days/atom.xml"].Items[1]
	if want := "7\u00a0papers: " + d.Papers[0].Title + "; Plain Paper; Notes by Zoë; Plain Paper; Plain Paper; and 2\u00a0more."; it.Description != want {
		t.Errorf("day summary = %q, want %q", it.Description, want)
	}
	if want := "<br>A, B, C, D, E et al. · 7\u00a0upvotes<br>A plain abstract.</li>"; !strings.Contains(it.Content, want) {
		t.Errorf("day content = %q, want it to contain %q", it.Content, want)
	}
}

// TestDayItemTitle: a day's item is titled by its date and the day's own
// title, or its title alone where that names the date already, as the
// day's page is.
func TestDayItemTitle(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"", "%s — 2\u00a0papers"},
		{"Agents & more", "%s — Agents & more"},
		{"Digest for %s: Agents", "Digest for %s: Agents"},
	} {
		site := testSite()
		d := site.Days[1]
		d.Papers = d.Papers[:2]
		long := d.Date.Format("January 2, 2006")
		d.Title = tc.title
		if strings.Contains(tc.title, "%s") {
			d.Title = fmt.Sprintf(tc.title, long)
		}
		want := fmt.Sprintf(tc.want, d.Slug)
		if strings.Contains(tc.title, "%s") {
			want = fmt.Sprintf(tc.want, long)
		}
		if it := parseAll(t, build(t, site))["days/atom.xml"].Items[1]; it.Title != want {
			t.Errorf("day titled %q: item title %q, want %q", d.Title, it.Title, want)
		}
	}
}

// TestDayListLines: a day's list says under each paper's byline what the
// day page's card says: the TL;DR (its math in Unicode), else the
// abstract's summary cut where the card cuts it, marked with the paper's
// language when that is not the site's; a paper with neither gets no line.
func TestDayListLines(t *testing.T) {
	site := testSite()
	site.Config.PaperLanguage = "de"
	d := site.Days[1]
	tldr, long, bare := *d.Papers[0], *d.Papers[1], *d.Papers[2]
	tldr.TLDR = `Learns $\beta_1$ & more.`
	tldr.SetTexts("An abstract not shown.", "")
	long.SetTexts(strings.Repeat("word ", 80), "")
	bare.TLDR = ""
	bare.SetTexts("", "")
	d.Papers = []*model.Paper{&tldr, &long, &bare}
	it := parseAll(t, build(t, site))["days/feed.json"].Items[1]
	lis := strings.Split(it.Content, "<li>")[1:]
	if len(lis) != 3 {
		t.Fatalf("day content = %q, want 3 papers", it.Content)
	}
	if want := "<br>Learns β₁ &amp; more.</li>"; !strings.HasSuffix(lis[0], want) || strings.Contains(lis[0], "not shown") {
		t.Errorf("the paper with a TL;DR: %q, want it to end %q", lis[0], want)
	}
	if want := `<br><span lang="de">` + strings.Repeat("word ", 55) + "word…</span></li>"; !strings.HasSuffix(lis[1], want) {
		t.Errorf("the paper with a long abstract: %q, want it to end %q", lis[1], want)
	}
	if strings.Count(lis[2], "<br>") != 1 {
		t.Errorf("the paper with neither: %q, want its byline alone under its title", lis[2])
	}
}

// TestDayListLanguage: a day's list marks a title in another language
// than the site's with it, as the day page does, and on a site written
// right to left is in a <div lang dir>, as the site feed's items of
// other-language papers are, in every format: a reader, or the mail an
// RSS-to-email service makes of it, lays it out left to right unless told.
func TestDayListLanguage(t *testing.T) {
	for _, tt := range []struct {
		lang, wrap, title string
	}{
		{"ar", `<div lang="ar" dir="rtl">`, ` lang="en" dir="ltr">`},
		{"de", "", ` lang="en">`},
	} {
		site := testSite()
		site.Config.Language, site.Config.PaperLanguage = tt.lang, "en"
		d := site.Days[1]
		d.Papers[1].Language = tt.lang
		feeds := parseAll(t, build(t, site))
		for _, name := range []string{"days/feed.xml", "days/atom.xml", "days/feed.json"} {
			got := feeds[name].Items[1].Content
			if !strings.HasPrefix(got, tt.wrap) || (tt.wrap == "") != !strings.Contains(got, "<div") {
				t.Errorf("%s %s: content = %s\nwant it in %s", tt.lang, name, got, cmp.Or(tt.wrap, "no <div>"))
			}
			titles := strings.Split(got, "<a href=")[1:]
			if len(titles) < 2 || !strings.Contains(titles[0], tt.title) || strings.Contains(titles[1], "lang=") {
				t.Errorf("%s %s: content = %s\nwant the English title marked%s and the %s one not", tt.lang, name, got, tt.title, tt.lang)
			}
		}
	}
}

// TestOPML: feeds.opml lists the RSS feed of every feed Build makes, with
// its title and page, the topics in a group.
func TestOPML(t *testing.T) {
	site := testSite()
	f, err := OPML(site, english)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct {
		Type    string  `xml:"type,attr"`
		Text    string  `xml:"text,attr"`
		XMLURL  string  `xml:"xmlUrl,attr"`
		HTMLURL string  `xml:"htmlUrl,attr"`
		Nested  []entry `xml:"outline"`
	}
	var doc struct {
		Version string  `xml:"version,attr"`
		Title   string  `xml:"head>title"`
		Body    []entry `xml:"body>outline"`
	}
	if err := xml.Unmarshal(f.Data, &doc); err != nil {
		t.Fatalf("%s does not parse: %v\n%s", f.Path, err, f.Data)
	}
	if f.Path != "feeds.opml" || doc.Version != "2.0" || !bytes.HasPrefix(f.Data, []byte(xml.Header)) {
		t.Errorf("%s: version %q, want an OPML 2.0 document:\n%s", f.Path, doc.Version, f.Data)
	}
	// Every RSS feed Build makes is listed once, with its own channel title.
	built := build(t, site)
	var listed []string
	check := func(typ, text, xmlURL, htmlURL string) {
		rel := strings.TrimPrefix(xmlURL, "https://example.org/repo/")
		listed = append(listed, rel)
		rss, ok := built[rel]
		if typ != "rss" || !ok || !strings.HasSuffix(rel, RSSFile) {
			t.Errorf("outline %q: type %q, xmlUrl %q is not one of the site's RSS feeds", text, typ, xmlURL)
			return
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(rss))
		if err != nil || feed.Title != text || feed.Link != htmlURL {
			t.Errorf("outline %q (%s) does not match the title and link of %s (%v)", text, htmlURL, rel, err)
		}
	}
	for _, o := range doc.Body {
		if o.Text == "Topics" {
			for _, n := range o.Nested {
				check(n.Type, n.Text, n.XMLURL, n.HTMLURL)
			}
			continue
		}
		check(o.Type, o.Text, o.XMLURL, o.HTMLURL)
	}
	var want []string
	for p := range built {
		if strings.HasSuffix(p, RSSFile) {
			want = append(want, p)
		}
	}
	slices.Sort(want)
	slices.Sort(listed)
	if !slices.Equal(listed, want) {
		t.Errorf("feeds.opml lists %q, want every RSS feed %q", listed, want)
	}
}

// TestFormerIDs: a paper moved from another generator keeps the id that
// generator's feed gave it, in every format and every feed that lists
// it: its feed_id: (a path on the feedIDBase, or whole), else its first
// former address elsewhere (Hugo's and Zola's id); its link is its page
// here, and RSS marks such an id no permalink.
func TestFormerIDs(t *testing.T) {
	site := testSite()
	site.Config.FeedIDBase = "https://ada.github.io/digest/"
	byID := map[string]*model.Paper{}
	for _, p := range site.Papers {
		byID[p.ID] = p
	}
	byID["2403.00001"].Redirects = []string{"posts/attention", "old/attention"}
	byID["2403.00002"].FeedID = "/2024/03/14/plain"
	byID["2403.00002"].Redirects = []string{"2024/03/14/plain.html"}
	byID["cond-mat/0603029"].FeedID = "tag:ada.example,2024:cond"
	want := map[string]string{
		"2403.00001":       "https://ada.github.io/digest/posts/attention/",
		"2403.00002":       "https://ada.github.io/digest/2024/03/14/plain",
		"cond-mat/0603029": "tag:ada.example,2024:cond",
	}
	files := build(t, site)
	for path, f := range parseAll(t, files) {
		for _, it := range f.Items {
			for id, guid := range want {
				if strings.HasSuffix(it.Link, "/papers/"+byID[id].Slug+"/") && it.GUID != guid {
					t.Errorf("%s: the item of %s has id %q, want %q", path, id, it.GUID, guid)
				}
			}
		}
	}
	for _, guid := range want {
		if !bytes.Contains(files[RSSFile], []byte(`<guid isPermaLink="false">`+guid+`</guid>`)) {
			t.Errorf("feed.xml has no <guid isPermaLink=\"false\">%s</guid>", guid)
		}
	}
}

// TestWeekSummary: a week's summary counts the week's papers and days as
// its page does ("N papers on M days", papersOnDays), not its top list,
// which read as the week's total; it names the first titles of the top
// and how many more papers the week has.
func TestWeekSummary(t *testing.T) {
	for _, tc := range []struct {
		top   int // papers in the week's top list
		count int // papers the week's days list
		want  string
	}{
		{1, 1, "1\u00a0paper on 2\u00a0days: Checkerboards."},
		{3, 3, "3\u00a0papers on 2\u00a0days: Checkerboards; Plain Paper; Notes by Zoë."},
		{2, 12, "12\u00a0papers on 2\u00a0days: Checkerboards; Plain Paper; and 10\u00a0more."},
	} {
		site := testSite()
		papers := []*model.Paper{site.Papers[2], site.Papers[1], site.Papers[3]}
		week := &model.Week{Year: 2024, Num: 11, Slug: "2024-W11", Start: day("2024-03-11"),
			Days: site.Days, Top: papers[:tc.top], Count: tc.count}
		// the newest week, in progress, which the feed leaves out
		newer := &model.Week{Year: 2024, Num: 12, Slug: "2024-W12", Start: day("2024-03-18"),
			Days: []*model.Day{{Date: day("2024-03-18"), Slug: "2024-03-18"}}}
		site.Weeks = []*model.Week{newer, week}
		for _, file := range []string{"weeks/" + RSSFile, "weeks/" + AtomFile, "weeks/" + JSONFile} {
			items := parseAll(t, build(t, site))[file].Items
			if len(items) != 1 {
				t.Fatalf("%s has %d items, want the finished week's", file, len(items))
			}
			if got := items[0].Description; got != tc.want {
				t.Errorf("top %d of %d: %s: summary = %q, want %q", tc.top, tc.count, file, got, tc.want)
			}
		}
	}
}
