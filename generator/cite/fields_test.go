package cite

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPageRange: the first and last page of pages as parse writes them.
func TestPageRange(t *testing.T) {
	for _, tt := range []struct{ pages, first, last string }{
		{"", "", ""}, {"123–130", "123", "130"}, {"e1234", "e1234", ""}, {"1–6, 9", "1", "9"},
		{"9, 12–14", "9", "14"}, {"12:1–12:15", "12:1", "12:15"},
	} {
		if first, last := PageRange(tt.pages); first != tt.first || last != tt.last {
			t.Errorf("PageRange(%q) = %q, %q; want %q, %q", tt.pages, first, last, tt.first, tt.last)
		}
	}
}

// TestDOI: a paper cited where it was published, or not on arXiv, gives
// its doi:; one cited as an arXiv preprint gives arXiv's, even when its
// doi: (as arXiv's import gives it) is its published version's.
func TestDOI(t *testing.T) {
	for _, tt := range []struct {
		p    model.Paper
		want string
	}{
		{model.Paper{ArXiv: "1111.2011", DOI: "10.1103/PhysRevB.85.115117"}, "10.48550/arXiv.1111.2011"},
		{model.Paper{ArXiv: "1111.2011", DOI: "10.1103/PhysRevB.85.115117", Journal: "Phys. Rev. B"}, "10.1103/PhysRevB.85.115117"},
		{model.Paper{ArXiv: "1111.2011"}, "10.48550/arXiv.1111.2011"},
		{model.Paper{ID: "silver-2016", DOI: "10.1038/nature16961"}, "10.1038/nature16961"},
		{model.Paper{ID: "note"}, ""},
	} {
		if got := DOI(&tt.p); got != tt.want {
			t.Errorf("DOI of %+v = %q, want %q", tt.p, got, tt.want)
		}
		e := Entry(&tt.p, "k", "")
		if cited := strings.Contains(e, "doi = {"+tt.p.DOI+"}"); tt.p.DOI != "" && cited != (tt.want == tt.p.DOI) {
			t.Errorf("BibTeX entry of %+v:\n%s", tt.p, e)
		}
	}
}
