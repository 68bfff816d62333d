package render

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestDescription: a page's meta description from a summary has its math
// in Unicode and is cut at a word to 300 characters, for papers, days and
// pages alike.
func TestDescription(t *testing.T) {
	long := strings.Repeat("word ", 80) // 400 characters
	tests := []struct{ summary, want string }{
		{"Bounds on $\\alpha$.", "Bounds on α."},
		{long, strings.TrimSpace(long[:300]) + "…"},
	}
	for _, tt := range tests {
		if got := description(tt.summary); got != tt.want || utf8.RuneCountInString(got) > 301 {
			t.Errorf("description(%q) = %q, want %q", tt.summary, got, tt.want)
		}
	}
}

// TestDayTitle: a day page's title gives the date after the day's own
// title unless that title names the date already, where the date after it
// only repeated it in the browser's tab ("Digest for January 03, 2022:
// Video Generation & more — January 3, 2022").
func TestDayTitle(t *testing.T) {
	french, err := i18n.Builtin("fr")
	if err != nil {
		t.Fatal(err)
	}
	june4 := time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		c           *i18n.Catalog
		title, want string
	}{
		{english, "", "Tuesday, June\u00a04, 2024"},
		{english, "Alignment & agents", "Alignment & agents — June\u00a04, 2024"},
		{english, "Digest for June 04, 2024: Agents & more", "Digest for June 04, 2024: Agents & more"},
		{english, "Picks of 4 Jun 2024", "Picks of 4 Jun 2024"},
		{english, "Papers of 2024-06-04", "Papers of 2024-06-04"},
		{french, "Sélection du 4 juin 2024", "Sélection du 4 juin 2024"},
		// Not the whole date: the month without the day, another day, no year.
		{english, "June 2024 highlights", "June 2024 highlights — June\u00a04, 2024"},
		{english, "Digest for June 14, 2024", "Digest for June 14, 2024 — June\u00a04, 2024"},
		{english, "Picks of June 4", "Picks of June 4 — June\u00a04, 2024"},
		{english, "Top 4 of 2024: the junebug papers", "Top 4 of 2024: the junebug papers — June\u00a04, 2024"},
	}
	for _, tt := range tests {
		if got := dayTitle(tt.c, &model.Day{Title: tt.title, Date: june4}); got != tt.want {
			t.Errorf("dayTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestPagerPathsShared: the pages of a long list are linked by the pagers
// of the others under one string each, made once (a path made for each
// link was 13.5 MB of a 100,000-paper build's heap), and each pager links
// the first and last page and two either side of its own.
func TestPagerPathsShared(t *testing.T) {
	papers := blankPapers(250)
	page := func(kind, path, title, desc string) *Page { return &Page{Kind: kind, Path: path} }
	text := func(string, ...any) string { return "page" }
	out := paginate(page, text, "topic", "topics/ml/", "ML", "", papers, 25)
	if len(out) != 10 {
		t.Fatalf("%d pages of 25 of 250 papers, want 10", len(out))
	}
	for i, p := range out {
		var nums []int
		for _, link := range p.Pager.Pages {
			nums = append(nums, link.Num)
			if own := out[link.Num-1].Path; unsafe.StringData(link.Path) != unsafe.StringData(own) {
				t.Errorf("page %d links page %d by a path of its own, not the page's %q", i+1, link.Num, own)
			}
		}
		want := []int{1}
		for j := max(2, i-1); j <= min(9, i+3); j++ {
			want = append(want, j)
		}
		if !slices.Contains(want, 10) {
			want = append(want, 10)
		}
		if !slices.Equal(nums, want) {
			t.Errorf("page %d links pages %v, want %v", i+1, nums, want)
		}
	}
}

// TestTopicPagesShareFeeds: every page of a topic announces the topic's
// feeds, then the site's, from one list made once for the topic (one for
// each page was 34 MB of a 100,000-paper build's heap).
func TestTopicPagesShareFeeds(t *testing.T) {
	topic := &model.Topic{Slug: "ml", Name: "ML", Papers: blankPapers(60)}
	cfg := testConfig()
	site := &model.Site{Config: cfg, Topics: []*model.Topic{topic}}
	m := pages{site: site, feeds: siteFeeds(cfg.Title, "Daily"), l: links{cfg: cfg}, words: english, cards: &cards{}}
	js, err := jobs(m)
	if err != nil {
		t.Fatal(err)
	}
	var first []Feed
	n := 0
	for _, j := range js {
		if j.kind != "topic" {
			continue
		}
		n++
		f := j.page.Feeds
		if len(f) != 3+len(m.feeds) || f[0].Path != "topics/ml/feed.xml" || f[3] != m.feeds[0] {
			t.Fatalf("%s announces %+v, want the topic's three feeds, then the site's", j.page.Path, f)
		}
		if first == nil {
			first = f
		} else if &f[0] != &first[0] {
			t.Errorf("%s has a list of feeds of its own, not the topic's", j.page.Path)
		}
	}
	if n != 3 {
		t.Errorf("%d pages of the topic's 60 papers, want 3", n)
	}
}

// blankPapers are n papers of no content, for tests of how lists are cut
// into pages.
func blankPapers(n int) []*model.Paper {
	out := make([]*model.Paper, n)
	for i := range out {
		out[i] = &model.Paper{}
	}
	return out
}
