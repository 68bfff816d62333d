package cite

import (
	"strings"
	"testing"
	"time"

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
// doi: (as arXiv's import gives it) is its published version's; one
// cited where it was published with no doi: gives none, not the
// preprint's.
func TestDOI(t *testing.T) {
	for _, tt := range []struct {
		p    model.Paper
		want string
	}{
		{model.Paper{ArXiv: "1111.2011", DOI: "10.1103/PhysRevB.85.115117"}, "10.48550/arXiv.1111.2011"},
		{model.Paper{ArXiv: "1111.2011", DOI: "10.1103/PhysRevB.85.115117", Journal: "Phys. Rev. B"}, "10.1103/PhysRevB.85.115117"},
		{model.Paper{ArXiv: "1111.2011"}, "10.48550/arXiv.1111.2011"},
		{model.Paper{ArXiv: "1706.03762", Conference: "NeurIPS 2017"}, ""},
		{model.Paper{ArXiv: "1111.2011", Journal: "Phys. Rev. B"}, ""},
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

// TestDatePrecision: a published: of a year or a month alone is cited as
// that much (2019, 2019/05), as RIS's DA and citation_date take it; no
// day is made up, and the year is still the BibTeX year.
func TestDatePrecision(t *testing.T) {
	may := time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		as   model.Precision
		want string
	}{
		{model.DayPrecision, "2019/05/01"},
		{model.MonthPrecision, "2019/05"},
		{model.YearPrecision, "2019"},
	} {
		p := &model.Paper{ID: "x", Published: may, PublishedAs: tc.as, Date: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}
		if d, y := Date(p), Year(p); d != tc.want || y != 2019 {
			t.Errorf("Date, Year of published %s at precision %d = %s, %d; want %s, 2019", may.Format(time.DateOnly), tc.as, d, y, tc.want)
		}
	}
}

// TestUndatedPreprint: a bioRxiv or medRxiv preprint without published:
// is cited with the day its DOI says it was posted, as an arXiv paper
// with its id's month, not its digest day, years later; a DOI that names
// no day (before December 2019) leaves the digest day.
func TestUndatedPreprint(t *testing.T) {
	listed := time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		doi, date string
		year      int
	}{
		{"10.1101/2022.11.03.22281234", "2022/11/03", 2022},
		{"10.1101/241000", "2024/05/27", 2024},
		{"10.1038/s41586-019-1666-5", "2024/05/27", 2024},
	} {
		p := &model.Paper{ID: "x", DOI: tt.doi, Date: listed}
		if d, y := Date(p), Year(p); d != tt.date || y != tt.year {
			t.Errorf("Date, Year of a paper with doi %s and no published: = %s, %d; want %s, %d", tt.doi, d, y, tt.date, tt.year)
		}
	}
}

// TestDateAsWritten: published: with an offset is cited on its day as
// written, the day the paper's page shows and a date: of that time
// gives, not its day in UTC, a day (or a year) later.
func TestDateAsWritten(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	for _, tt := range []struct {
		published time.Time
		date      string
		year      int
	}{
		{time.Date(2024, 2, 29, 23, 30, 0, 0, est), "2024/02/29", 2024},
		{time.Date(2024, 12, 31, 22, 0, 0, 0, est), "2024/12/31", 2024},
		{time.Date(2024, 3, 1, 0, 30, 0, 0, time.FixedZone("", 9*3600)), "2024/03/01", 2024},
		{time.Date(2024, 2, 29, 23, 30, 0, 0, time.UTC), "2024/02/29", 2024},
	} {
		p := &model.Paper{ID: "x", ArXiv: "2403.00001", Published: tt.published}
		if d, y := Date(p), Year(p); d != tt.date || y != tt.year {
			t.Errorf("Date, Year of published %s = %s, %d; want %s, %d", tt.published.Format(time.RFC3339), d, y, tt.date, tt.year)
		}
	}
}
