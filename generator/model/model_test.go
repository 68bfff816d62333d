package model

import (
	"strings"
	"testing"
)

// TestWithdrawn: arXiv's wording of a withdrawal, and a curator's
// "Withdrawn: …", mark a paper withdrawn; a live paper's comment that
// only uses the word does not.
func TestWithdrawn(t *testing.T) {
	for _, tt := range []struct {
		comment string
		want    bool
	}{
		{"This paper has been withdrawn by the author due to a crucial error in Lemma 3", true},
		{"This paper has been withdrawn by the authors.", true},
		{"This paper has been withdrawn by the author(s)", true},
		{"This article has been withdrawn by the author", true},
		{"This submission has been withdrawn by arXiv administrators due to inappropriate text overlap with external sources", true},
		{"arXiv admin note: this submission has been withdrawn by arXiv administrators", true},
		{"This manuscript has been withdrawn because of an error in the proof", true},
		{"The paper is withdrawn due to an error in Eq. (5)", true},
		{"This paper was withdrawn", true},
		{"22 pages. This paper has been withdrawn due to a gap in Theorem 1", true},
		{"The authors have withdrawn this paper due to an error", true},
		{"The author withdraws this submission", true},
		{"Withdrawn by the authors", true},
		{"withdrawn", true},
		{"Withdrawn.", true},
		{"Withdrawn: superseded by 2401.00002", true},
		{"withdrawn due to an error in the main theorem", true},
		{"Paper withdrawn", true},
		{"[Withdrawn] error in Table 2", true},
		{"v2: withdrawn", true},
		{"Paper has been withdrawn", true},
		{"This paper is being withdrawn due to an error in Lemma 2", true},
		{"This paper has been temporarily withdrawn", true},
		{"This paper has been officially withdrawn by the authors", true},
		{"This version has been withdrawn", true},
		{"The paper has now been withdrawn", true},
		{"This work is hereby withdrawn", true},
		{"v3: Paper has been withdrawn because of a flaw in the proof", true},
		{"12 pages. Paper is withdrawn", true},
		{"This paper has not been withdrawn; see v2 for the corrected Lemma 2", false},
		{"The companion paper has been withdrawn; 12 pages", false},
		{"v1 is withdrawn", false},
		{"v1 has been withdrawn; this version corrects Lemma 2", false},
		{"the previous version has been withdrawn", false},
		{"v2: the claim of Section 5 in v1 is withdrawn and replaced by Theorem 5.2; 41 pages", false},
		{"supersedes the withdrawn arXiv:2301.00001", false},
		{"Replaces the withdrawn paper arXiv:2301.00001; 12 pages", false},
		{"Section 4 has been withdrawn; 12 pages", false},
		{"The previous version has been withdrawn; this one corrects Lemma 2", false},
		{"Lemma 3 of v1 is withdrawn by the authors", false},
		{"Withdrawal of the conjecture in Section 3; 9 pages", false},
		{"Withdrawnness of agents in games", false},
		{"A reply to the withdrawn claims of arXiv:2301.00001", false},
		{"12 pages, 3 figures", false},
		{"", false},
	} {
		if got := (&Paper{Comment: tt.comment}).Withdrawn(); got != tt.want {
			t.Errorf("Withdrawn() of comment %q = %v, want %v", tt.comment, got, tt.want)
		}
	}
}

// TestWithdrawnByArXiv: a submission arXiv's administrators withdrew is
// not said to be withdrawn by its authors.
func TestWithdrawnByArXiv(t *testing.T) {
	for _, tt := range []struct {
		comment string
		want    bool
	}{
		{"This submission has been withdrawn by arXiv administrators due to inappropriate text overlap with external sources", true},
		{"arXiv admin note: this submission has been withdrawn by arXiv administrators", true},
		{"This paper has been withdrawn by the author. arXiv admin note: text overlap with arXiv:1101.0001", false},
		{"This paper has been withdrawn by the authors", false},
		{"Withdrawn: superseded by 2401.00002", false},
		{"12 pages; withdrawn by arXiv is what v1 of 2301.00001 was", false}, // not withdrawn itself
	} {
		if got := (&Paper{Comment: tt.comment}).WithdrawnByArXiv(); got != tt.want {
			t.Errorf("WithdrawnByArXiv() of comment %q = %v, want %v", tt.comment, got, tt.want)
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
