package generator

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPublishedDates: check names a published: after tomorrow, more than
// two years after the digest day, or more than a month before its arXiv
// id's month, at its line, and lets be a first version sent days before
// the id's month (a 2501.* paper sent on December 30), a journal's date
// a year after the digest listed the paper, an old paper not on arXiv,
// and a journal article published before it was posted to arXiv;
// a year or month alone (published: 2019) is its last day for the id's
// month, and is named as written.
func TestPublishedDates(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	now := time.Date(2026, 12, 2, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		name, arxiv, date, published string
		venue                        string // journal:
		as                           model.Precision
		want                         string // the message's start; "" for none
	}{
		// A year or month is its last day for the id's month, as written in messages.
		{"the id's year", "1905.00001", "2024-01-02", "2019-01-01", "", model.YearPrecision, ""},
		{"the id's month", "1905.00001", "2024-01-02", "2019-04-01", "", model.MonthPrecision, ""},
		{"a year before the id's", "2001.00001", "2024-01-02", "2018-01-01", "", model.YearPrecision, "published 2018 is long before January 2020"},
		{"a year to come", "", "2026-01-02", "2028-01-01", "", model.YearPrecision, "published 2028 is after today"},
		{"typo of the decade", "2501.00001", "2025-01-02", "2035-01-01", "", 0, "published 2035-01-01 is after today (2026-12-02), so its citations give a date to come; write the date of its first version, on or before 2025-01-02"},
		{"tomorrow", "2612.00001", "2026-12-02", "2026-12-03", "", 0, ""},
		{"the day after", "2612.00001", "2026-12-02", "2026-12-04", "", 0, "published 2026-12-04 is after today"},
		{"years after its day", "", "2015-01-02", "2025-01-01", "", 0, "published 2025-01-01 is 10 years after 2015-01-02, the day the digest lists it; fix the year"},
		{"a journal's year later", "", "2024-01-02", "2025-03-01", "", 0, ""},
		{"before its id's month", "2501.00002", "2025-01-02", "2023-07-01", "", 0, "published 2023-07-01 is long before January 2025, when arXiv announced 2501.00002"},
		{"an old id", "hep-th/9901001", "2025-01-02", "1998-11-30", "", 0, "published 1998-11-30 is long before January 1999"},
		{"sent before New Year", "2501.00003", "2025-01-02", "2024-12-30", "", 0, ""},
		{"held a few weeks", "2501.00004", "2025-01-20", "2024-12-01", "", 0, ""},
		{"not on arXiv", "", "2025-01-02", "1987-06-01", "", 0, ""},
		{"a journal's before its id's month", "2001.00005", "2024-05-01", "2019-06-01", "Physical Review B", model.MonthPrecision, ""},
		// 0001-01-01 is the zero time, a date all the same when written.
		{"the year 1", "2403.00001", "2024-03-10", "0001-01-01", "", 0, "published 0001-01-01 is long before March 2024"},
		{"the year 1 alone", "2403.00001", "2024-03-10", "0001-01-01", "", model.YearPrecision, "published 0001 is long before March 2024"},
	}
	for _, tt := range tests {
		p := &model.Paper{ArXiv: tt.arxiv, Journal: tt.venue, Source: "content/papers/p.md", Line: 1, Date: day(tt.date), Published: day(tt.published), PublishedAs: tt.as, VersionLines: [2]int{6, 0}}
		got := publishedDates(&model.Site{Papers: []*model.Paper{p}}, now)
		switch {
		case tt.want == "" && len(got) != 0:
			t.Errorf("%s: publishedDates = %v, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0].String(), "content/papers/p.md:6: "+tt.want)):
			t.Errorf("%s: publishedDates = %v, want content/papers/p.md:6: %s…", tt.name, got, tt.want)
		}
	}
}

// TestUpdatedDates: check names an updated: after tomorrow at its line
// (a typo of the year would date the sitemap and every feed then), and
// lets be one of tomorrow, one in the past, and none.
func TestUpdatedDates(t *testing.T) {
	now := time.Date(2026, 12, 2, 23, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		updated time.Time
		line    int    // its updated: line, 0 for none
		want    string // the message's start; "" for none
	}{
		{"a typo of the decade", time.Date(2034, 3, 9, 0, 0, 0, 0, time.UTC), 7, "content/papers/p.md:7: updated 2034-03-09 is after today (2026-12-02), so its page, the sitemap and every feed give it as revised then"},
		{"its day as written", time.Date(2026, 12, 4, 1, 0, 0, 0, time.FixedZone("", 5*3600)), 7, "content/papers/p.md:7: updated 2026-12-04 is after today"},
		{"tomorrow", time.Date(2026, 12, 3, 0, 0, 0, 0, time.UTC), 7, ""},
		{"last year", time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC), 7, ""},
		{"none", time.Time{}, 0, ""},
	}
	for _, tt := range tests {
		p := &model.Paper{Source: "content/papers/p.md", Line: 1, Date: time.Date(2024, 3, 10, 0, 0, 0, 0, time.UTC), Updated: tt.updated, VersionLines: [2]int{0, tt.line}}
		got := publishedDates(&model.Site{Papers: []*model.Paper{p}}, now)
		switch {
		case tt.want == "" && len(got) != 0:
			t.Errorf("%s: publishedDates = %v, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0].String(), tt.want)):
			t.Errorf("%s: publishedDates = %v, want %s…", tt.name, got, tt.want)
		}
	}
}

// TestCheckPublishedDates: check reports a published: of a paper file at
// its line.
func TestCheckPublishedDates(t *testing.T) {
	site := siteYAML + paper("2501.00001", "title: A\narxiv: \"2501.00001\"\ndate: 2025-01-02\nauthors: [Ada Lovelace]\npublished: 2023-07-01\n")
	_, lines := checkSite(t, site)
	if !slices.ContainsFunc(lines, func(l string) bool {
		return strings.HasPrefix(l, "content/papers/2501.00001.md:6: published 2023-07-01 is long before January 2025")
	}) {
		t.Errorf("check:\n%s\nwant content/papers/2501.00001.md:6: published 2023-07-01 is long before January 2025…", strings.Join(lines, "\n"))
	}
}

// TestCheckYearOneDates: check judges a published: of 0001-01-01 (the
// zero time) as written, at its line, and an updated: after today; an
// empty published: is none.
func TestCheckYearOneDates(t *testing.T) {
	site := siteYAML + paper("2403.00001", "title: A\narxiv: \"2403.00001\"\ndate: 2024-03-10\nauthors: [Ada Lovelace]\npublished: 0001-01-01\nupdated: 2999-03-09\n") +
		paper("2403.00002", "title: B\narxiv: \"2403.00002\"\ndate: 2024-03-10\nauthors: [Ada Lovelace]\npublished:\n")
	_, lines := checkSite(t, site)
	var dates []string
	for _, l := range lines {
		if strings.HasPrefix(l, "content/papers/") {
			dates = append(dates, l)
		}
	}
	want := []string{"content/papers/2403.00001.md:6: published 0001-01-01 is long before March 2024", "content/papers/2403.00001.md:7: updated 2999-03-09 is after today"}
	if len(dates) != len(want) || !strings.HasPrefix(dates[0], want[0]) || !strings.HasPrefix(dates[1], want[1]) {
		t.Errorf("check:\n%s\nwant the papers' lines to start:\n%s", strings.Join(dates, "\n"), strings.Join(want, "\n"))
	}
}
