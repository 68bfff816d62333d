package generator

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// daySite has three days in a row; the middle one, with a day file, has
// four papers, of which the figure of the best ranked that has one
// (2406.00003's, 2406.00004's) shares the day's page.
var daySite = func() string {
	s := `
-- content/site.yaml --
title: Day Digest
baseURL: https://example.org/d/
feedSize: 5
topSize: 2
pageSize: 2
topics:
  agents:
    name: Agents
-- content/days/2024-06-04.md --
---
title: "Tuesday picks"
papers: ["2406.00002", "2406.00001", "2406.00006"]
---
The *intro* of the day.
`
	for i, date := range []string{"2024-06-03", "2024-06-04", "2024-06-04", "2024-06-04", "2024-06-04", "2024-06-05", ""} {
		if date != "" {
			date = "date: " + date + "\n"
		}
		s += fmt.Sprintf("-- content/papers/2406.%05d.md --\n---\ntitle: \"Paper %d\"\narxiv: \"2406.%05[1]d\"\nauthors: [\"Ada Lovelace\", \"Author %[2]d\"]\n%stopics: [agents]\nupvotes: %d\n%s---\nThe abstract of paper %[2]d.\n", i, i, date, i*3%5, map[bool]string{true: "image: https://example.org/fig.png\n"}[i == 3 || i == 4])
	}
	return s
}()

// TestLiveDayEdits: edits of a day file's title, intro, extra: and order
// of papers (listing one more of its papers, taking one off its list)
// take Live's quick path, which is complete, and after each every output
// file and warning is what a clean build of the same sources gives.
// Edits it cannot take quickly (removed:, listing another day's paper, a
// paper listed twice, taking off the list a paper with no date of its
// own) take a full build.
func TestLiveDayEdits(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, daySite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	const day = "content/days/2024-06-04.md"
	for _, e := range []struct {
		old, new string
		quick    bool
	}{
		{`"Tuesday picks"`, `"Tuesday's best"`, true},
		{"The *intro*", "The <b>new</b> *intro*", true}, // a raw HTML warning
		{"<b>new</b> ", "", true},
		{`["2406.00002", "2406.00001", "2406.00006"]`, `["2406.00006", "2406.00001", "2406.00002"]`, true},
		{`"2406.00001", "2406.00002"`, `"2406.00003", "2406.00001", "2406.00002"`, true},
		{`"2406.00001", `, "", true},
		{`title: "Tuesday's best"`, "title: \"Tuesday's best\"\nextra: {mood: sunny}", true},
		{`papers: [`, "removed: [\"2406.00004\"]\npapers: [", false},
		{`"2406.00003", "2406.00002"`, `"2406.00003", "2406.00005", "2406.00002"`, false}, // of another day
		{`"2406.00005", `, `"2406.00003", `, false},                                       // listed twice: an error
		{`"2406.00003", "2406.00003", `, `"2406.00003", `, false},                         // and fixed
		{`"2406.00006", `, "", false},                                                     // has no date but the day's: an error
	} {
		path := editFile(t, dir, day, e.old, e.new)
		res, incomplete, err := live.Build(ctx, []string{path})
		clean, cleanErr := Build(ctx, Options{Site: os.DirFS(dir)})
		if cleanErr != nil {
			if err == nil {
				t.Errorf("%q → %q: Live built a site a clean build rejects: %v", e.old, e.new, cleanErr)
			}
			continue
		}
		if err != nil || incomplete {
			t.Fatalf("%q → %q: incomplete %v, %v", e.old, e.new, incomplete, err)
		}
		if quick := res.Stages == nil; quick != e.quick {
			t.Errorf("%q → %q: quick path %v, want %v", e.old, e.new, quick, e.quick)
		}
		if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
			t.Errorf("%q → %q: the rebuild differs from a clean build: %s", e.old, e.new, d)
		}
		if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
			t.Errorf("%q → %q: Live warns\n%s\nwhere a clean build warns\n%s", e.old, e.new, g, w)
		}
	}
}

// TestLiveDayListingAnotherDay: on smallSite, whose day file of
// 2024-06-03 lists 2405.00001 of 2024-05-31 (as an import appends a paper
// its source lists again), edits of the day file's title, intro and
// order take the quick path, where they took a full build, and every file
// and warning is a clean build's; taking that paper off the list, and
// listing it again, take a full build. So it is with the paper in
// listed:, which ranks it by its upvotes: moving it there from papers:
// takes the quick path.
func TestLiveDayListingAnotherDay(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	const day = "content/days/2024-06-03.md"
	for _, e := range []struct {
		old, new string
		quick    bool
	}{
		{`"Monday picks"`, `"Monday's picks"`, true},
		{"The *intro* of the day.", "The *intro* of the day, and an older paper.", true},
		{`["2406.00004", "2405.00001"]`, `["2405.00001", "2406.00004"]`, true},
		{`["2405.00001", "2406.00004"]`, `["2405.00001"]`, true}, // its own paper follows by upvotes
		{`["2405.00001"]`, `["2406.00004"]`, false},              // the paper of another day taken off
		{`["2406.00004"]`, `["2406.00004", "2405.00001"]`, false},
		{`papers: ["2406.00004", "2405.00001"]`, "papers: []\nlisted: [\"2405.00001\"]", true}, // ranked by its upvotes now
		{`"Monday's picks"`, `"Monday picks"`, true},
		{`listed: ["2405.00001"]`, `listed: []`, false}, // taken off listed:
		{`listed: []`, `listed: ["2405.00001"]`, false},
	} {
		path := editFile(t, dir, day, e.old, e.new)
		res, incomplete, err := live.Build(ctx, []string{path})
		if err != nil || incomplete {
			t.Fatalf("%q → %q: incomplete %v, %v", e.old, e.new, incomplete, err)
		}
		if quick := res.Stages == nil; quick != e.quick {
			t.Errorf("%q → %q: quick path %v, want %v", e.old, e.new, quick, e.quick)
		}
		matchesClean(t, dir, e.old+" → "+e.new, res)
	}
}
