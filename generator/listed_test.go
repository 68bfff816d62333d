package generator

import (
	"fmt"
	"strings"
	"testing"
)

// listedSite has two papers of 2025-06-16, with 40 and 25 upvotes, and
// one of 0 upvotes dated the day before, which the day file of
// 2025-06-16 lists again with the given front matter.
func listedSite(front string) string {
	s := "-- content/site.yaml --\ntitle: Lab Digest\nbaseURL: https://example.org/d/\n" +
		"-- content/days/2025-06-16.md --\n---\n" + front + "---\n"
	for _, p := range []struct {
		id, date string
		upvotes  int
	}{{"2506.10001", "2025-06-16", 40}, {"2506.10002", "2025-06-16", 25}, {"2506.10003", "2025-06-15", 0}} {
		s += fmt.Sprintf("-- content/papers/%s.md --\n---\ntitle: \"Paper %[1]s\"\narxiv: \"%[1]s\"\nauthors: [Ada Lovelace]\ndate: %s\nupvotes: %d\n---\nAbstract.\n", p.id, p.date, p.upvotes)
	}
	return s
}

// TestDayListedRanksByUpvotes: a paper of another day in a day file's
// listed: is ranked there by its upvotes among the day's papers, where
// papers: pins it first, as it did when imports appended to papers:; in
// both it is on its own day too, and its page says "Listed on … and …".
func TestDayListedRanksByUpvotes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		front string
		order []string
	}{
		{"listed:\n  - \"2506.10003\"\n", []string{"2506.10001", "2506.10002", "2506.10003"}},
		{"papers:\n  - \"2506.10003\"\n", []string{"2506.10003", "2506.10001", "2506.10002"}},
	} {
		out := mustBuild(t, listedSite(tt.front))
		var want []string
		for _, id := range tt.order {
			want = append(want, `id="paper-`+id+`"`)
		}
		out.contains(t, "days/2025-06-16/index.html", want...)
		out.contains(t, "days/2025-06-15/index.html", `id="paper-2506.10003"`)
		out.contains(t, "papers/2506.10003/index.html", "Listed on ", "/days/2025-06-15/#paper-2506.10003", " and ", "/days/2025-06-16/#paper-2506.10003")
		if t.Failed() {
			t.Fatalf("with\n%s", strings.TrimSpace(tt.front))
		}
	}
}

// TestPaperNavOnHomeDay: a paper page's Previous and Next name the
// neighbours' places on the paper's home day, where one listed from
// another day has a rank of its own day, and a paper its own day
// removed links its neighbours on the day that lists it.
func TestPaperNavOnHomeDay(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, extra, page string
		want              []string
	}{
		{"listed from another day", "", "papers/2506.10002/index.html",
			[]string{"aria-label=\"Other papers of Monday, June\u00a016, 2025\"", `/papers/2506.10001/" rel="prev">`, `Previous · #1</span>`, `/papers/2506.10003/" rel="next"><span class="paper-nav-label">Next · #3 `}},
		{"removed from its own day", "-- content/days/2025-06-15.md --\n---\nremoved:\n  - \"2506.10003\"\n---\n", "papers/2506.10003/index.html",
			[]string{"aria-label=\"Other papers of Monday, June\u00a016, 2025\"", `/papers/2506.10002/" rel="prev">`, `Previous · #2</span>`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := mustBuild(t, listedSite("listed:\n  - \"2506.10003\"\n")+tt.extra)
			out.contains(t, tt.page, tt.want...)
		})
	}
}
