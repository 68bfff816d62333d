package generator

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// feedSite has three days whose papers fill the feeds (feedSize 5): a
// paper of 2024-06-03 that 2024-06-04's day file lists too, so that the
// daily digest shows it on both days, and a day file on the newest day
// whose list the edits reorder.
var feedSite = func() string {
	s := `
-- content/site.yaml --
title: Feed Digest
baseURL: https://example.org/f/
feedSize: 5
topics:
  agents:
    name: Agents
  vision:
    name: Vision
-- content/days/2024-06-04.md --
---
title: "Tuesday"
papers: ["2406.00001"]
---
Tuesday's intro.
-- content/days/2024-06-05.md --
---
title: "Wednesday"
papers: ["2406.00006", "2406.00005"]
---
Wednesday's intro.
`
	for i, p := range []struct{ date, topics string }{
		{"2024-06-03", "agents"}, {"2024-06-03", "vision"}, {"2024-06-04", "agents, vision"},
		{"2024-06-04", "agents"}, {"2024-06-05", "agents"}, {"2024-06-05", "vision"}, {"2024-06-05", "agents"},
	} {
		n := i + 1
		s += fmt.Sprintf("-- content/papers/2406.%05d.md --\n---\ntitle: \"Paper %d\"\narxiv: \"2406.%05[1]d\"\n"+
			"authors: [\"Ada Lovelace\", \"Author %[2]d\"]\ndate: %s\ntopics: [%s]\nupvotes: %d\n---\nThe abstract of paper %[2]d.\n",
			n, n, p.date, p.topics, 10+n)
	}
	return s
}()

// TestLiveFeedItems: after edits that change what feed items show — a
// paper's abstract (the quick path; one of them listed on two days, whose
// daily digest items both show it), a day's list and title (the day's
// quick path, which moves its papers' dates), a paper's title, authors,
// topics, upvotes and date (full builds) — every file, the feeds
// included, is what a clean build of the same sources gives, though Live
// keeps the feeds' items of the published site between quick rebuilds and
// makes again only those an edit changed.
func TestLiveFeedItems(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, feedSite)
	ctx := context.Background()
	live, res := startLive(t, dir)
	related := relatedOf(res)
	const (
		quick = "quick" // a body edit: the quick path, Complete to follow
		day   = "day"   // a day file's edit or new counts: a complete quick path
		full  = "full"
	)
	paper := func(n int) string { return fmt.Sprintf("content/papers/2406.%05d.md", n) }
	const wed = "content/days/2024-06-05.md"
	for _, e := range []struct {
		file, old, new, path string
		shows                string // in feed.json after the edit ("" for none)
	}{
		{paper(1), "The abstract of paper 1.", "Paper 1, edited.", quick, ""},
		{paper(6), "The abstract of paper 6.", "Paper 6, edited.", quick, "Paper 6, edited."},
		{paper(6), "Paper 6, edited.", "Paper 6, edited twice.", quick, "Paper 6, edited twice."},
		{wed, `["2406.00006", "2406.00005"]`, `["2406.00005", "2406.00006"]`, day, ""},
		{wed, `"Wednesday"`, `"Midweek"`, day, ""},
		{wed, `["2406.00005", "2406.00006"]`, `["2406.00007", "2406.00005", "2406.00006"]`, day, ""},
		{paper(5), `"Paper 5"`, `"Paper Five"`, quick, "Paper Five"}, // a title alone: quick too
		{paper(5), `"Author 5"`, `"Grace Hopper"`, full, "Grace Hopper"},
		{paper(5), "topics: [agents]", "topics: [vision]", full, ""},
		{paper(7), "upvotes: 17", "upvotes: 1", day, ""},
		{paper(7), "upvotes: 1", "upvotes: 2\ncomments: 3", day, ""},      // a count line more: counts too
		{paper(7), "upvotes: 2", "upvotes: 3\ntldr: New.", quick, "New."}, // a TL;DR too: quick, the search index waiting
		{paper(7), "upvotes: 3", "upvotes: 4\nlanguage: en", full, ""},
		{paper(2), "date: 2024-06-03", "date: 2024-06-05", full, ""},
		{paper(5), "The abstract of paper 5.", "Paper 5, edited after full builds.", quick, "Paper 5, edited after full builds."},
		{wed, `"2406.00007", `, "", day, ""},
		{paper(1), "Paper 1, edited.", "Paper 1, edited again.", quick, ""},
	} {
		name := fmt.Sprintf("%s: %q → %q", e.file, e.old, e.new)
		path := editFile(t, dir, e.file, e.old, e.new)
		res, incomplete, err := live.Build(ctx, []string{path})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		took := full
		if incomplete {
			took = quick
		} else if res.Stages == nil {
			took = day
		}
		if took != e.path {
			t.Errorf("%s: took the %s path, want the %s path", name, took, e.path)
		}
		clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
		if err != nil {
			t.Fatal(err)
		}
		got, want := filesOf(res), filesOf(clean)
		if incomplete {
			leaveToComplete(related, relatedOf(clean), got, want)
		}
		if d := firstDifference(got, want); d != "" {
			t.Errorf("%s: the rebuild differs from a clean build: %s", name, d)
		}
		if !strings.Contains(got["feed.json"], e.shows) {
			t.Errorf("%s: feed.json does not show %q", name, e.shows)
		}
		if incomplete && completed(t, ctx, live) == nil {
			t.Fatalf("%s: Complete returned nil", name)
		}
		related = relatedOf(clean)
	}
}
