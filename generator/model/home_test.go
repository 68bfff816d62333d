package model

import (
	"testing"
	"time"
)

func TestHome(t *testing.T) {
	day := func(s string) *Day {
		d, _ := time.Parse(time.DateOnly, s)
		return &Day{Date: d, Slug: s}
	}
	slug := func(d *Day) string {
		if d == nil {
			return "nil"
		}
		return d.Slug
	}
	may27, may28, may29 := day("2024-05-27"), day("2024-05-28"), day("2024-05-29")
	for _, tt := range []struct {
		name string
		days []*Day // the days that list it, oldest first
		want *Day
	}{
		{"on its own day only", []*Day{may28}, may28},
		{"listed again later", []*Day{may28, may29}, may28},
		{"listed earlier too", []*Day{may27, may28}, may28},
		{"removed, listed on one", []*Day{may29}, may29},
		{"removed, listed on two", []*Day{may27, may29}, may27},
		{"on no day", nil, nil},
	} {
		p := &Paper{Date: may28.Date, Days: tt.days}
		if got := p.Home(); got != tt.want {
			t.Errorf("%s: Home() = %s, want %s", tt.name, slug(got), slug(tt.want))
		}
		want := may28.Date
		if tt.want != nil {
			want = tt.want.Date
		}
		if got := p.HomeDay(); !got.Equal(want) {
			t.Errorf("%s: HomeDay() = %v, want %v", tt.name, got, want)
		}
	}
}
