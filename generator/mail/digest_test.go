package mail

import (
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestSelect(t *testing.T) {
	site := testSite()
	tests := []struct {
		sel               Selector
		slug, title, path string
		date              string
		papers            int
	}{
		{Selector{Kind: DayDigest}, "2024-03-15", "Papers of March\u00a015, 2024", "days/2024-03-15/", "2024-03-15", 1},
		{Selector{Kind: DayDigest, Key: "2024-03-14"}, "2024-03-14", "Crème brûlée day", "days/2024-03-14/", "2024-03-14", 2},
		{Selector{Kind: WeekDigest}, "2024-W11", "Top papers of week\u00a011, 2024", "weeks/2024-W11/", "2024-03-15", 3},
		{Selector{Kind: MonthDigest, Key: "2024-03"}, "2024-03", "Top papers of March 2024", "months/2024-03/", "2024-03-15", 3},
	}
	for _, tt := range tests {
		d, err := Select(site, tt.sel)
		if err != nil {
			t.Errorf("Select(%v): %v", tt.sel, err)
			continue
		}
		if d.Slug != tt.slug || d.Title != tt.title || d.Path != tt.path || !d.Date.Equal(day(tt.date)) || len(d.Papers) != tt.papers {
			t.Errorf("Select(%v) = %s %q %s %s %d papers, want %s %q %s %s %d", tt.sel, d.Slug, d.Title, d.Path, d.Date.Format(time.DateOnly), len(d.Papers),
				tt.slug, tt.title, tt.path, tt.date, tt.papers)
		}
	}
}

func TestSelectErrors(t *testing.T) {
	tests := []struct {
		sel  Selector
		want string
	}{
		{Selector{Kind: DayDigest, Key: "2024-3-14"}, `day "2024-3-14" is not a valid day; write it like 2024-06-04`},
		{Selector{Kind: WeekDigest, Key: "2024-11"}, `week "2024-11" is written as a month is; write --month 2024-11 for November 2024, or 2024-W11 for ISO week 11 (ISO weeks, as the site's week pages are named)`},
		{Selector{Kind: WeekDigest, Key: "2024-3"}, `week "2024-3" is not a valid week; write 2024-W03 (ISO weeks`},
		{Selector{Kind: WeekDigest, Key: "2024-13"}, `week "2024-13" is not a valid week; write 2024-W13 (ISO weeks`},
		{Selector{Kind: WeekDigest, Key: "2024-53"}, `week "2024-53" is not a valid week; write it like 2024-W22`}, // 2024 has 52
		{Selector{Kind: WeekDigest, Key: "2026-53"}, `week "2026-53" is not a valid week; write 2026-W53 (ISO weeks`},
		{Selector{Kind: WeekDigest, Key: "2024W07"}, `week "2024W07" is not a valid week; write 2024-W07`},
		{Selector{Kind: WeekDigest, Key: "2024-60"}, `week "2024-60" is not a valid week; write it like 2024-W22`},
		{Selector{Kind: WeekDigest, Key: "2025-W1"}, `week "2025-W1" is not a valid week; write 2025-W01 (ISO weeks`},
		{Selector{Kind: WeekDigest, Key: "2025-w7"}, `week "2025-w7" is not a valid week; write 2025-W07`},
		{Selector{Kind: WeekDigest, Key: "2025-W0"}, `week "2025-W0" is not a valid week; write it like 2024-W22`},
		{Selector{Kind: WeekDigest, Key: "2024-12-30"}, `week "2024-12-30" is a day, in ISO week 2025-W01; write 2025-W01 (ISO weeks`},
		{Selector{Kind: WeekDigest, Key: "2027-01-03"}, `week "2027-01-03" is a day, in ISO week 2026-W53; write 2026-W53`},
		{Selector{Kind: WeekDigest, Key: "2024-02-30"}, `week "2024-02-30" is not a valid week; write it like 2024-W22`},
		{Selector{Kind: MonthDigest, Key: "2025-1"}, `month "2025-1" is not a valid month; write 2025-01`},
		{Selector{Kind: MonthDigest, Key: "2025-01-15"}, `month "2025-01-15" is a day, in month 2025-01; write 2025-01`},
		{Selector{Kind: DayDigest, Key: "2024-03-16"}, "the site has no day 2024-03-16; the newest is 2024-03-15, the oldest 2024-03-14"},
		{Selector{Kind: MonthDigest, Key: "2023-12"}, "the site has no month 2023-12; the newest is 2024-03, the oldest 2024-03"},
		{Selector{Kind: "year"}, `unknown digest kind "year"`},
	}
	for _, tt := range tests {
		_, err := Select(testSite(), tt.sel)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Select(%v) = %v, want an error with %q", tt.sel, err, tt.want)
		}
	}
	emptied := testSite()
	emptied.Unlisted = []*model.Day{{Slug: "2024-03-16", Source: "content/days/2024-03-16.md", Line: 1, Removed: []string{"2403.00009"}, RemovedLines: []int{3}}}
	want := "the site has no day 2024-03-16: content/days/2024-03-16.md:3 removes all its papers (removed:); the newest is 2024-03-15"
	if _, err := Select(emptied, Selector{Kind: DayDigest, Key: "2024-03-16"}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Select of a day its file empties = %v, want an error with %q", err, want)
	}
	// The week and the month of such a day name its file too.
	ahead := testSite()
	ahead.Unlisted = []*model.Day{{Slug: "2024-04-02", Source: "content/days/2024-04-02.md", Line: 1}}
	for sel, want := range map[Selector]string{
		{Kind: WeekDigest, Key: "2024-W14"}: "the site has no week 2024-W14: content/days/2024-04-02.md:1 lists no paper the site publishes",
		{Kind: MonthDigest, Key: "2024-04"}: "the site has no month 2024-04: content/days/2024-04-02.md:1 lists no paper the site publishes",
		{Kind: MonthDigest, Key: "2024-05"}: "the site has no month 2024-05; the newest", // not its month
		{Kind: WeekDigest, Key: "2024-W15"}: "the site has no week 2024-W15; the newest",
	} {
		_, err := Select(ahead, sel)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Select(%v) of an emptied day's period = %v, want an error with %q", sel, err, want)
		}
	}
	empty := testSite()
	empty.Days = nil
	if _, err := Select(empty, Selector{Kind: DayDigest}); err == nil || !strings.Contains(err.Error(), "no papers yet") {
		t.Errorf("Select on an empty site = %v, want no papers yet", err)
	}
	// Every day emptied by its file: the newest is named at its removed:.
	empty.Weeks, empty.Unlisted = nil, emptied.Unlisted
	want = "the site has no day with papers, so there is no week to mail: content/days/2024-03-16.md:3 removes all its papers (removed:); if you did not mean to empty the day, take its papers out of removed:"
	if _, err := Select(empty, Selector{Kind: WeekDigest}); err == nil || err.Error() != want {
		t.Errorf("Select on a site whose days are emptied = %v, want %q", err, want)
	}
}

func TestHeadline(t *testing.T) {
	site := testSite()
	for sel, want := range map[Selector]string{
		{Kind: DayDigest, Key: "2024-03-14"}: "Crème brûlée day (March\u00a014, 2024)",
		{Kind: DayDigest, Key: "2024-03-15"}: "Papers of March\u00a015, 2024",
		{Kind: WeekDigest}:                   "Top papers of week\u00a011, 2024",
	} {
		d, err := Select(site, sel)
		if err != nil {
			t.Fatal(err)
		}
		if got := d.Headline(); got != want {
			t.Errorf("Headline(%v) = %q, want %q", sel, got, want)
		}
	}
}

// TestWeekDigestDates: a week's email says which days it covers, in both
// parts, where its heading gave only the week's number, which the title
// has: a week across the new year with both years, as its page does.
func TestWeekDigestDates(t *testing.T) {
	site := testSite()
	w := site.Weeks[0]
	w.Year, w.Num, w.Slug, w.Start = 2025, 1, "2025-W01", day("2024-12-30")
	m, err := compose(Selector{Kind: WeekDigest}, testSettings(), site)
	if err != nil {
		t.Fatal(err)
	}
	const want = "Dec\u00a030, 2024 – Jan\u00a05, 2025"
	for part, text := range map[string]string{"text": m.Text, "HTML": m.HTML} {
		if !strings.Contains(text, want) {
			t.Errorf("the %s part of week 2025-W01's email never says %q", part, want)
		}
	}
}
