package generator

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

// searchDays returns the day of each record of the built site's search
// index, by its URL, and the days of its dates file (the date filter's)
// in the records' order.
func searchDays(t *testing.T, out built) (records map[string]string, filter []string) {
	t.Helper()
	var meta struct {
		Chunks []string `json:"chunks"`
		Dates  string   `json:"dates"`
	}
	if err := json.Unmarshal([]byte(out.file(t, "search/meta.json")), &meta); err != nil {
		t.Fatal(err)
	}
	records = map[string]string{}
	for i, h := range meta.Chunks {
		var recs [][]any
		if err := json.Unmarshal([]byte(out.file(t, fmt.Sprintf("search/docs/%03d-%s.json", i, h))), &recs); err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			records[r[0].(string)] = r[3].(string)
		}
	}
	var dates struct {
		Days []string `json:"days"`
		Runs []int    `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out.file(t, "search/"+meta.Dates)), &dates); err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(dates.Runs); i += 2 {
		for range dates.Runs[i+1] {
			filter = append(filter, dates.Days[dates.Runs[i]])
		}
	}
	return records, filter
}

// TestSearchDayOfMovedPaper: a paper taken off its own day (removed:)
// and listed on another is dated that other day in its search record and
// in the date filter, as its feed items date it, oldest first among the
// records: the index gave its date:, a day that no longer lists it (here
// one with no page at all).
func TestSearchDayOfMovedPaper(t *testing.T) {
	paper := func(n int) string {
		return fmt.Sprintf("-- content/papers/2506.1000%d.md --\n---\ntitle: Paper %d\narxiv: \"2506.1000%d\"\nauthors: [Ada Lovelace]\ndate: 2025-06-0%d\n---\nAbstract %d.\n", n, n, n, n, n)
	}
	archive := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\n" +
		paper(1) + paper(2) + paper(3) +
		"-- content/days/2025-06-02.md --\n---\nremoved: [\"2506.10002\"]\n---\n" +
		"-- content/days/2025-06-03.md --\n---\nlisted: [\"2506.10002\"]\n---\n"
	out := mustBuild(t, archive)
	if _, ok := out["days/2025-06-02/index.html"]; ok {
		t.Fatal("2025-06-02 has a page; the test wants a paper's date: with none")
	}
	records, filter := searchDays(t, out)
	if got := records["papers/2506.10002/"]; got != "2025-06-03" {
		t.Errorf("search record of the moved paper: day %q, want 2025-06-03, the day that lists it", got)
	}
	if want := []string{"2025-06-01", "2025-06-03", "2025-06-03"}; !slices.Equal(filter, want) {
		t.Errorf("dates file's days = %q, want %q", filter, want)
	}
}

// TestSearchWithdrawnPaper: a withdrawn paper's search record says so
// (true after its language, "" here), for its result to say "Withdrawn"
// after its title as its card does; another paper's record has no field
// for it, so the index does not grow.
func TestSearchWithdrawnPaper(t *testing.T) {
	out := mustBuild(t, `-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/2401.00006.md --
---
title: Sharp Phase Transitions
arxiv: "2401.00006v2"
authors: [Anne Smith]
date: 2024-01-11
comment: "This paper has been withdrawn by the author due to an error in Lemma 3"
---
Sharp phase transitions.
-- content/papers/2401.00007.md --
---
title: Dense Phase Transitions
arxiv: "2401.00007"
authors: [Anne Smith]
date: 2024-01-11
---
Dense phase transitions.
`)
	var meta struct {
		Chunks []string `json:"chunks"`
	}
	if err := json.Unmarshal([]byte(out.file(t, "search/meta.json")), &meta); err != nil {
		t.Fatal(err)
	}
	var recs [][]json.RawMessage
	if err := json.Unmarshal([]byte(out.file(t, "search/docs/000-"+meta.Chunks[0]+".json")), &recs); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range recs {
		var url string
		if err := json.Unmarshal(r[0], &url); err != nil {
			t.Fatal(err)
		}
		got[url] = fmt.Sprintf("%d fields, last %s", len(r), r[len(r)-1])
	}
	for url, want := range map[string]string{
		"papers/2401.00006/": "9 fields, last true",
		"papers/2401.00007/": `7 fields, last ""`,
	} {
		if got[url] != want {
			t.Errorf("search record of %s: %s, want %s", url, got[url], want)
		}
	}
}
