package model

import (
	"strings"
	"testing"
)

func TestWithdrawn(t *testing.T) {
	for comment, want := range map[string]bool{
		"This paper has been withdrawn by the author due to a crucial error": true,
		"Withdrawn: superseded by 2401.00002":                                true,
		"12 pages, 3 figures":                                                false,
		"":                                                                   false,
	} {
		if got := (&Paper{Comment: comment}).Withdrawn(); got != want {
			t.Errorf("Withdrawn() of comment %q = %v, want %v", comment, got, want)
		}
	}
}

func TestArXivCategories(t *testing.T) {
	for _, tt := range []struct {
		primary string
		cats    []string
		want    string
	}{
		{"math.AP", []string{"math.AP", "math-ph", "physics.flu-dyn"}, "math.AP math-ph physics.flu-dyn"},
		{"math.AP", []string{"math-ph", "math.AP"}, "math.AP math-ph"},        // the primary one first, once
		{"", []string{"68T05", "cs.LG", "I.2.6", "stat.ML"}, "cs.LG stat.ML"}, // no ACM or MSC class
		{"", []string{"G.2.1; G.3"}, ""},
		{"", nil, ""},
	} {
		p := &Paper{PrimaryCategory: tt.primary, Categories: tt.cats}
		if got := strings.Join(p.ArXivCategories(), " "); got != tt.want {
			t.Errorf("ArXivCategories() of %q, %q = %q, want %q", tt.primary, tt.cats, got, tt.want)
		}
	}
}

func TestFitWidth(t *testing.T) {
	for _, tt := range []struct{ w, h, most, wantW, wantH int }{
		{300, 120, 512, 300, 120},  // narrower: as it is
		{512, 200, 512, 512, 200},  // as wide
		{2000, 800, 512, 512, 205}, // 204.8, rounded
		{1000, 333, 512, 512, 170}, // 170.496
		{3000, 2, 512, 512, 1},     // never 0 high
		{0, 0, 512, 0, 0},          // not read
		{640, 0, 512, 0, 0},        // half read: nothing
	} {
		if w, h := FitWidth(tt.w, tt.h, tt.most); w != tt.wantW || h != tt.wantH {
			t.Errorf("FitWidth(%d, %d, %d) = %d, %d, want %d, %d", tt.w, tt.h, tt.most, w, h, tt.wantW, tt.wantH)
		}
	}
}
