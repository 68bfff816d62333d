package generator

import (
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestEarlyDays: check names a day before 1991 (year 0 too) and a day
// that lists an arXiv paper before the month of its id: at the paper's
// date: when that puts it there, with the day in the id's year when it
// fits; at the day file's listed: line when that does; it lets be the
// day before the month (arXiv announces in the evening in New York), a
// paper with journal:, and a paper not on arXiv.
func TestEarlyDays(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	paper := func(id, date, src string, line int) *model.Paper {
		return &model.Paper{ID: id, ArXiv: id, Date: day(date), Source: src, Line: 1, DateLine: line}
	}
	typo := paper("2403.00002", "2014-03-04", "content/papers/2403.00002.md", 5)
	listed := paper("2403.00001", "2024-03-04", "content/papers/2403.00001.md", 5)
	evening := paper("2403.00003", "2024-02-29", "content/papers/2403.00003.md", 5)
	journal := paper("2403.00004", "2014-03-04", "content/papers/2403.00004.md", 5)
	journal.Journal = "Nature"
	other := &model.Paper{ID: "smith-2014", Date: day("2014-03-04"), Source: "content/papers/smith-2014.md", DateLine: 4}
	zero := paper("2403.00005", "0000-01-01", "content/papers/2403.00005.md", 6)
	tens := paper("2403.00006", "0024-03-01", "content/papers/2403.00006.md", 6)
	site := &model.Site{Days: []*model.Day{
		{Slug: "2024-02-29", Date: day("2024-02-29"), Papers: []*model.Paper{evening}},
		{Slug: "2023-05-01", Date: day("2023-05-01"), Source: "content/days/2023-05-01.md", Line: 1, Papers: []*model.Paper{listed},
			Listed: []string{"2403.00001"}, ListedLines: []int{3}},
		{Slug: "2014-03-04", Date: day("2014-03-04"), Papers: []*model.Paper{typo, journal, other}},
		{Slug: "1990-05-01", Date: day("1990-05-01"), Source: "content/days/1990-05-01.md", Line: 1, DateLine: 2},
		{Slug: "0024-03-01", Date: day("0024-03-01"), Papers: []*model.Paper{tens}},
		{Slug: "0000-01-01", Date: day("0000-01-01"), Papers: []*model.Paper{zero}},
	}}
	want := []string{
		"content/days/2023-05-01.md:3: the day 2023-05-01 lists 2403.00001, which arXiv announced in March 2024 (the month of its id), after it; take it off the day",
		"content/papers/2403.00002.md:5: its date: the day 2014-03-04 is before March 2024, when arXiv announced 2403.00002 (the month of its id), so no digest can have listed it then; write 2024-03-04 if the year is a typo",
		"content/days/1990-05-01.md:2: the day 1990-05-01 is before 1991, when arXiv began, so no digest can have listed papers on it; fix the year",
		"content/papers/2403.00006.md:6: its date: the day 0024-03-01 is before 1991, when arXiv began, so no digest can have listed papers on it; write 2024-03-01 if the year is a typo",
		"content/papers/2403.00005.md:6: its date: the day 0000-01-01 is before 1991, when arXiv began, so no digest can have listed papers on it; fix the year, written with four digits",
	}
	got := earlyDays(site)
	var lines []string
	for _, p := range got {
		lines = append(lines, p.String())
	}
	if len(got) != len(want) {
		t.Fatalf("earlyDays = %d problems, want %d:\n%s", len(got), len(want), strings.Join(lines, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) || got[i].Kind != "date" {
			t.Errorf("earlyDays[%d] = %s (%s), want %s…", i, lines[i], got[i].Kind, w)
		}
	}
}
