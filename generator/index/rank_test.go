package index

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestRankListed: a day file's listed: puts papers of other days on the
// day ranked by their upvotes among its own, where papers: pins them
// first in its order; a listed paper keeps its own day too. An entry
// listed twice, in both lists, removed, or of no paper is an error at
// its line.
func TestRankListed(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	const file = "content/days/2025-06-16.md"
	tests := []struct {
		name                  string
		order, listed, remove []string
		want                  []string
		err                   string
	}{
		{name: "listed by upvotes", listed: []string{"2506.10003"}, want: []string{"2506.10001", "2506.10002", "2506.10003"}},
		{name: "pinned", order: []string{"2506.10003"}, want: []string{"2506.10003", "2506.10001", "2506.10002"}},
		{name: "pinned and listed", order: []string{"2506.10002"}, listed: []string{"2506.10003"}, want: []string{"2506.10002", "2506.10001", "2506.10003"}},
		{name: "dated there too", listed: []string{"2506.10001"}, want: []string{"2506.10001", "2506.10002"}},
		{name: "twice", listed: []string{"2506.10003", "2506.10003"},
			err: file + `:11: paper "2506.10003" is listed twice on this day; remove one entry`},
		{name: "in both lists", order: []string{"2506.10003"}, listed: []string{"2506.10003"},
			err: file + `:10: paper "2506.10003" is in both papers: and listed:; delete it from one of them (papers: pins it at the top, listed: ranks it by its upvotes)`},
		{name: "removed", listed: []string{"2506.10003"}, remove: []string{"2506.10003"},
			err: file + `:10: paper "2506.10003" is both listed and in removed:; delete it from one of them`},
		{name: "no such paper", listed: []string{"2506.10009"},
			err: file + `:10: the day lists paper "2506.10009", which does not exist; did you mean "2506.10001"? Otherwise add content/papers/2506.10009.md, or move the id from listed: to removed: (then no import lists it again)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			papers := []*model.Paper{
				{ID: "2506.10001", Slug: "2506.10001", Date: day("2025-06-16"), Upvotes: 40},
				{ID: "2506.10002", Slug: "2506.10002", Date: day("2025-06-16"), Upvotes: 25},
				{ID: "2506.10003", Slug: "2506.10003", Date: day("2025-06-15"), Upvotes: 0},
			}
			d := &model.Day{Date: day("2025-06-16"), Slug: "2025-06-16", Source: file, Line: 1,
				Order: tt.order, Listed: tt.listed, Removed: tt.remove}
			for i := range tt.order {
				d.OrderLines = append(d.OrderLines, 3+i)
			}
			for i := range tt.listed {
				d.ListedLines = append(d.ListedLines, 10+i)
			}
			site, err := Build(&model.Config{}, papers, []*model.Day{d}, Options{})
			if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && got != tt.err {
				t.Fatalf("Build error = %v, want %q", err, tt.err)
			}
			if tt.err != "" {
				return
			}
			var got []string
			for _, p := range d.Papers {
				got = append(got, p.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("the day ranks %v, want %v", got, tt.want)
			}
			if other := papers[2]; slices.Contains(tt.listed, other.ID) && (len(site.Days) != 2 || len(other.Days) != 2) {
				t.Errorf("%s is on %d days of %d, want both", other.ID, len(other.Days), len(site.Days))
			}
		})
	}
}

// TestRankOnHomeDay: a paper is ranked on its home day (Paper.Home), and
// its Prev and Next are of that day: a paper listed again on another
// day keeps its rank on its own, and one that its own day removed is
// ranked on the day that lists it, where it would otherwise have no
// neighbours and rank 0.
func TestRankOnHomeDay(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	tests := []struct {
		name           string
		listed, remove []string // the 16th's listed:, the 15th's removed:
		want           []string // id rank prev next, by paper
	}{
		{name: "listed from another day", listed: []string{"2506.10003"},
			want: []string{"2506.10001 1 - 2506.10002", "2506.10002 2 2506.10001 2506.10003", "2506.10003 1 - -"}},
		{name: "removed from its own day", listed: []string{"2506.10003"}, remove: []string{"2506.10003"},
			want: []string{"2506.10001 1 - 2506.10002", "2506.10002 2 2506.10001 2506.10003", "2506.10003 3 2506.10002 -"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			papers := []*model.Paper{
				{ID: "2506.10001", Slug: "2506.10001", Date: day("2025-06-16"), Upvotes: 40},
				{ID: "2506.10002", Slug: "2506.10002", Date: day("2025-06-16"), Upvotes: 25},
				{ID: "2506.10003", Slug: "2506.10003", Date: day("2025-06-15"), Upvotes: 0},
			}
			days := []*model.Day{
				{Date: day("2025-06-16"), Slug: "2025-06-16", Source: "content/days/2025-06-16.md", Listed: tt.listed, ListedLines: []int{3}},
				{Date: day("2025-06-15"), Slug: "2025-06-15", Source: "content/days/2025-06-15.md", Removed: tt.remove, RemovedLines: []int{3}},
			}
			if _, err := Build(&model.Config{}, papers, days, Options{}); err != nil {
				t.Fatal(err)
			}
			id := func(p *model.Paper) string {
				if p == nil {
					return "-"
				}
				return p.ID
			}
			var got []string
			for _, p := range papers {
				got = append(got, fmt.Sprintf("%s %d %s %s", p.ID, p.Rank, id(p.Prev), id(p.Next)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("ranks = %q, want %q", got, tt.want)
			}
		})
	}
}
