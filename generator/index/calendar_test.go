package index

import (
	"slices"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestTopPicksFirst: a week's and a month's top papers start with the
// curator's picks (a day file's papers:), the first pinned of every day
// before any day's second, picks of one place by upvotes, and go on by
// upvotes; so a pick with no upvotes (a bioRxiv paper added by hand) is
// in the week's email, where upvotes alone left it out. Pins an old
// import wrote (it listed every paper it brought: Day.ImportPins) are no
// picks: they would put each day's first imported paper there.
func TestTopPicksFirst(t *testing.T) {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	tests := []struct {
		name    string
		top     int
		orders  map[string][]string // day → its papers:
		imports map[string][]string // day → those of its papers: an old import wrote
		want    []string
	}{
		{name: "by upvotes", top: 3, want: []string{"a", "b", "c"}},
		{name: "a pick with no upvotes", top: 3, orders: map[string][]string{"2025-06-20": {"bio"}},
			want: []string{"bio", "a", "b"}},
		{name: "first picks before second picks", top: 4,
			orders: map[string][]string{"2025-06-16": {"e", "d"}, "2025-06-20": {"bio", "c"}},
			want:   []string{"e", "bio", "c", "d"}},
		{name: "picks cut at topSize", top: 1,
			orders: map[string][]string{"2025-06-16": {"e"}, "2025-06-20": {"bio"}},
			want:   []string{"e"}},
		{name: "a pick on two days keeps its best place", top: 3,
			orders: map[string][]string{"2025-06-16": {"d", "e"}, "2025-06-20": {"e"}},
			want:   []string{"d", "e", "a"}},
		{name: "old import pins are no picks", top: 3,
			orders:  map[string][]string{"2025-06-16": {"e", "d"}, "2025-06-20": {"c", "bio", "a", "b"}},
			imports: map[string][]string{"2025-06-16": {"e", "d"}, "2025-06-20": {"c", "bio", "a", "b"}},
			want:    []string{"a", "b", "c"}},
		{name: "a curator's pick among old import pins", top: 3,
			orders:  map[string][]string{"2025-06-20": {"c", "bio", "a", "b"}},
			imports: map[string][]string{"2025-06-20": {"c", "a", "b"}},
			want:    []string{"bio", "a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			papers := []*model.Paper{
				{ID: "a", Slug: "a", Date: day("2025-06-20"), Upvotes: 50},
				{ID: "b", Slug: "b", Date: day("2025-06-20"), Upvotes: 40},
				{ID: "c", Slug: "c", Date: day("2025-06-20"), Upvotes: 30},
				{ID: "bio", Slug: "bio", Date: day("2025-06-20")},
				{ID: "d", Slug: "d", Date: day("2025-06-16"), Upvotes: 20},
				{ID: "e", Slug: "e", Date: day("2025-06-16"), Upvotes: 10},
			}
			var days []*model.Day
			for _, s := range []string{"2025-06-16", "2025-06-20"} {
				d := &model.Day{Date: day(s), Slug: s, Source: "content/days/" + s + ".md", Line: 1, Order: tt.orders[s], ImportPins: tt.imports[s]}
				for i := range d.Order {
					d.OrderLines = append(d.OrderLines, 3+i)
				}
				days = append(days, d)
			}
			site, err := Build(&model.Config{TopSize: tt.top}, papers, days, Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, top := range [][]*model.Paper{site.Weeks[0].Top, site.Months[0].Top} {
				var got []string
				for _, p := range top {
					got = append(got, p.ID)
				}
				if !slices.Equal(got, tt.want) {
					t.Errorf("top papers = %v, want %v", got, tt.want)
				}
			}
		})
	}
}
