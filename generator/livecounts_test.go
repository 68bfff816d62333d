package generator

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// upvotesLine finds a paper file's upvotes: line and its number.
var upvotesLine = regexp.MustCompile(`(?m)^upvotes: (\d+)$`)

// setUpvotes writes n as the upvotes of the paper file at rel in dir, as
// an import's refresh does, and returns its path.
func setUpvotes(t *testing.T, dir, rel string, n int) string {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := upvotesLine.FindSubmatchIndex(src)
	if m == nil {
		t.Fatalf("%s has no upvotes: line", rel)
	}
	edited := string(src[:m[2]]) + strconv.Itoa(n) + string(src[m[3]:])
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// ids returns the ids of papers.
func ids(papers []*model.Paper) []string {
	out := make([]string, len(papers))
	for i, p := range papers {
		out[i] = p.ID
	}
	return out
}

// countsRebuild rebuilds live after the files at paths changed, wants the
// quick path that is complete, and compares every file and warning with a
// clean build's, which it returns.
func countsRebuild(t *testing.T, live *Live, dir, name string, paths []string) *Result {
	t.Helper()
	ctx := context.Background()
	res, incomplete, err := live.Build(ctx, paths)
	if err != nil || incomplete || res.Stages != nil {
		t.Fatalf("%s: incomplete %v, full build %v, %v; want the quick path, complete", name, incomplete, err == nil && res.Stages != nil, err)
	}
	return matchesClean(t, dir, name, res)
}

// matchesClean compares every file and warning of res, a rebuild of Live
// named name, with a clean build's of the site dir, which it returns.
func matchesClean(t *testing.T, dir, name string, res *Result) *Result {
	t.Helper()
	clean, err := Build(context.Background(), Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
		t.Errorf("%s: the rebuild differs from a clean build: %s", name, d)
	}
	if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
		t.Errorf("%s: Live warns\n%s\nwhere a clean build warns\n%s", name, g, w)
	}
	return clean
}

// matchesCleanButComplete fails the test named name if the files of res,
// an incomplete quick rebuild of the site in dir, differ from a clean
// build's beyond what Complete brings up to date (leaveToComplete, where
// related are the related papers before the rebuild).
func matchesCleanButComplete(t *testing.T, dir, name string, res *Result, related map[string]string) {
	t.Helper()
	clean, err := Build(context.Background(), Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	got, want := filesOf(res), filesOf(clean)
	leaveToComplete(related, relatedOf(clean), got, want)
	if d := firstDifference(got, want); d != "" {
		t.Errorf("%s: the quick rebuild (before Complete) differs from a clean build beyond the search index and related papers: %s", name, d)
	}
	if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
		t.Errorf("%s: Live warns (before Complete)\n%s\nwhere a clean build warns\n%s", name, g, w)
	}
}

// sourceEdit is one save of a paper's source in the live tests: old
// replaced by new in the file rel, and whether Live takes the quick path
// (quick) and leaves the search index and related papers to Complete
// (incomplete).
type sourceEdit struct {
	name, rel, old, new string
	quick, incomplete   bool
}

// liveEdits starts Live on the site in dir, makes each edit in turn, and
// checks each rebuild's path and that its files and warnings are a clean
// build's: before Complete, but for what Complete brings up to date, and
// after it. It returns the Live, for the test's further edits.
func liveEdits(t *testing.T, dir string, edits []sourceEdit) *Live {
	t.Helper()
	ctx := context.Background()
	live, res := startLive(t, dir)
	related := relatedOf(res)
	for _, e := range edits {
		path := editFile(t, dir, e.rel, e.old, e.new)
		res, incomplete, err := live.Build(ctx, []string{path})
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if quick := res.Stages == nil && res.Unchanged == ""; quick != e.quick || incomplete != e.incomplete {
			t.Errorf("%s: quick %v, incomplete %v; want quick %v, incomplete %v", e.name, quick, incomplete, e.quick, e.incomplete)
		}
		if incomplete {
			matchesCleanButComplete(t, dir, e.name, res, related)
			if res = completed(t, ctx, live); res == nil {
				t.Fatalf("%s: Complete returned nil", e.name)
			}
		}
		related = relatedOf(matchesClean(t, dir, e.name, res))
	}
	return live
}

// TestLiveRecountSample: on the sample site, an import-like refresh of a
// day's upvotes (every paper file of the day gets new upvotes, which turn
// the day's ranking around) takes the quick path of counts, which needs no
// Complete, and every file and warning after it is a clean build's; so
// after a paper of another day of the week gains upvotes enough to enter
// the week's top papers, and after a paper's new stars and comments. New
// upvotes with another field's change (but a title's, an AI summary's,
// TestLiveRefreshSummaries, or a plain field's, TestLiveFieldEdits) take
// a full build.
func TestLiveRecountSample(t *testing.T) {
	t.Parallel()
	dir, live, res := startSampleLive(t)
	ctx := context.Background()

	// The refresh of 2024-06-04: the day's last paper by upvotes gets
	// the most, and so on.
	i := slices.IndexFunc(res.Site.Days, func(d *model.Day) bool { return d.Slug == "2024-06-04" })
	if i < 0 {
		t.Fatal("no day 2024-06-04 in the sample site")
	}
	day := res.Site.Days[i]
	before := ids(day.Papers)
	var paths []string
	for j, p := range day.Papers {
		paths = append(paths, setUpvotes(t, dir, p.Source, 500+7*j))
	}
	clean := countsRebuild(t, live, dir, "refresh of 2024-06-04", paths)
	after := ids(clean.Site.Days[slices.IndexFunc(clean.Site.Days, func(d *model.Day) bool { return d.Slug == "2024-06-04" })].Papers)
	if slices.Equal(before, after) {
		t.Fatalf("the refresh left the day's ranking as it was: %v", after)
	}

	// A paper of another day of the same week enters the week's top.
	week := clean.Site.Days[slices.IndexFunc(clean.Site.Days, func(d *model.Day) bool { return d.Slug == "2024-06-04" })].Week
	var other *model.Paper
	for _, d := range week.Days {
		for _, p := range d.Papers {
			if !slices.Contains(week.Top, p) && p.Date.Equal(d.Date) && other == nil && filepath.Dir(p.Source) == "content/papers" {
				other = p
			}
		}
	}
	if other == nil {
		t.Fatalf("every paper of week %s is in its top", week.Slug)
	}
	clean = countsRebuild(t, live, dir, other.ID+" up", []string{setUpvotes(t, dir, other.Source, 5000)})
	w := clean.Site.Weeks[slices.IndexFunc(clean.Site.Weeks, func(w *model.Week) bool { return w.Slug == week.Slug })]
	if len(w.Top) == 0 || w.Top[0].ID != other.ID {
		t.Fatalf("%s with 5000 upvotes does not lead week %s: %v", other.ID, w.Slug, ids(w.Top))
	}

	// New stars (a paper's card shows them) and comments.
	for _, e := range []struct{ rel, old, new string }{
		{"content/papers/2305.18290.md", "upvotes: ", "stars: 2400\ncomments: 3\nupvotes: "},
	} {
		editFile(t, dir, e.rel, e.old, e.new)
		if _, _, err := live.Build(ctx, []string{filepath.Join(dir, e.rel)}); err != nil {
			t.Fatal(err)
		}
		path := editFile(t, dir, e.rel, "stars: 2400\ncomments: 3", "stars: 2500\ncomments: 4")
		countsRebuild(t, live, dir, "new stars and comments", []string{path})
	}

	for n, e := range []struct{ name, rel, old, new string }{
		{"upvotes and the image's alt text", "content/papers/2305.18290.md", `image_alt: "Two pipelines`, `image_alt: "Two training pipelines`},
	} {
		editFile(t, dir, e.rel, e.old, e.new)
		paths := []string{setUpvotes(t, dir, e.rel, 77+n)}
		res, incomplete, err := live.Build(ctx, paths)
		if err != nil || incomplete || res.Stages == nil {
			t.Errorf("%s: incomplete %v, %v; want a full build", e.name, incomplete, err)
		}
	}
}

// TestLiveRecountDays: on daySite (a week of three days, two top papers,
// two papers a page), new upvotes of a paper take the quick path of
// counts, and every file and warning after each is a clean build's: a
// paper ranked by upvotes overtaking another on its day (and on its
// author's pages, whose description names her newest papers, and its
// topic's), a paper the day file pins to its place gaining a top place in
// the week, one alone on its day, one that has no date but the day that
// lists it, and one of two papers saved, the other as it was. A paper
// dated on a day that lists it not (removed: there, listed on another
// day) may change its place among the day's papers in a topic's list:
// new upvotes then take a full build. New upvotes saved with a new
// abstract, of the same paper or another, are quick, and incomplete.
func TestLiveRecountDays(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, daySite)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	paper := func(n int) string { return fmt.Sprintf("content/papers/2406.%05d.md", n) }
	for _, e := range []struct{ paper, upvotes int }{
		{4, 9},  // overtakes 2406.00003 on its day
		{3, 12}, // and back
		{1, 30}, // pinned on its day, first in the week
		{0, 50}, // alone on its day
		{5, 1},
		{6, 40}, // no date of its own
		{6, 1},
	} {
		name := fmt.Sprintf("%s: %d upvotes", paper(e.paper), e.upvotes)
		countsRebuild(t, live, dir, name, []string{setUpvotes(t, dir, paper(e.paper), e.upvotes)})
	}
	// A refresh that gives one paper new upvotes and leaves another's
	// file as it was (a watcher may report it).
	countsRebuild(t, live, dir, "one of two papers refreshed", []string{setUpvotes(t, dir, paper(2), 8), filepath.Join(dir, filepath.FromSlash(paper(3)))})
	// New upvotes saved with another paper's new abstract (of another
	// day), and a paper's new abstract with its own new upvotes: the
	// quick path of counts, which renders what shows the new abstracts
	// too, the search index and related papers waiting for Complete.
	abstract := editFile(t, dir, paper(5), "The abstract of paper 5.", "The abstract of paper five.")
	refreshRebuild(t, live, dir, "new upvotes and another paper's abstract", []string{setUpvotes(t, dir, paper(2), 9), abstract}, true)
	editFile(t, dir, paper(4), "The abstract of paper 4.", "The abstract of paper four, with `code`.")
	refreshRebuild(t, live, dir, "a paper's new abstract and upvotes", []string{setUpvotes(t, dir, paper(4), 15)}, true)
	// 2406.00004 leaves its day for the next.
	editFile(t, dir, "content/days/2024-06-04.md", "papers: [", "removed: [\"2406.00004\"]\npapers: [")
	next := filepath.Join(dir, "content", "days", "2024-06-05.md")
	if err := os.WriteFile(next, []byte("---\npapers: [\"2406.00005\", \"2406.00004\"]\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	res, incomplete, err := live.Build(ctx, []string{setUpvotes(t, dir, paper(3), 1)})
	if err != nil || incomplete || res.Stages == nil {
		t.Errorf("new upvotes beside a paper dated on their day but not on it: incomplete %v, %v; want a full build", incomplete, err)
	}
}

// refreshRebuild rebuilds live after the files at paths changed, wants
// the quick path, incomplete (the search index waits for Complete) when
// incomplete says so, and compares every file but what Complete brings
// up to date (leaveToComplete), and every warning, with a clean build's;
// then, after Complete, every file.
func refreshRebuild(t *testing.T, live *Live, dir, name string, paths []string, incomplete bool) {
	t.Helper()
	ctx := context.Background()
	res, inc, err := live.Build(ctx, paths)
	if err != nil || inc != incomplete || res.Stages != nil {
		t.Fatalf("%s: incomplete %v, full build %v, %v; want the quick path, incomplete %v", name, inc, err == nil && res.Stages != nil, err, incomplete)
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	got, want := filesOf(res), filesOf(clean)
	leaveToComplete(relatedOf(res), relatedOf(clean), got, want) // the quick rebuild's site has the related papers it had
	if d := firstDifference(got, want); d != "" {
		t.Errorf("%s: the quick rebuild differs from a clean build: %s", name, d)
	}
	if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
		t.Errorf("%s: Live warns\n%s\nwhere a clean build warns\n%s", name, g, w)
	}
	if inc {
		if res = completed(t, ctx, live); res == nil {
			t.Fatalf("%s: Complete returned nil", name)
		}
		if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
			t.Errorf("%s: after Complete: %s", name, d)
		}
	}
}

// TestLiveRefreshSummaries: an import's refresh that brings a paper's AI
// summary (shown on its page and searched), alone or with new counts, a
// new title with new upvotes, and a count line where there was none, each
// rebuild quickly, and every file and warning after them is a clean
// build's (the search index after Complete, which a new summary or title
// needs). A new summary of a paper whose front matter has a warning after
// the summary's line (which moves it) takes a full build.
func TestLiveRefreshSummaries(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, daySite)
	live, _ := startLive(t, dir)
	paper := func(n int) string { return fmt.Sprintf("content/papers/2406.%05d.md", n) }
	path := func(n int) string { return filepath.Join(dir, filepath.FromSlash(paper(n))) }
	summary := func(n int, s string) string {
		return editFile(t, dir, paper(n), "\n---\n", "\nai_summary: \""+s+"\"\n---\n")
	}
	refreshRebuild(t, live, dir, "a summary", []string{summary(1, "Paper 1 in a line.")}, true)
	refreshRebuild(t, live, dir, "a new summary", []string{editFile(t, dir, paper(1), "in a line", "in one line")}, true)
	// The refresh of 2024-06-04: new upvotes for every paper, and a
	// summary for two of them.
	var paths []string
	for n := 1; n <= 4; n++ {
		setUpvotes(t, dir, paper(n), 20-n)
		if n%2 == 0 {
			summary(n, fmt.Sprintf("Paper %d, summed up.", n))
		}
		paths = append(paths, path(n))
	}
	refreshRebuild(t, live, dir, "a refresh with summaries", paths, true)
	// The summary goes; the upvotes stay.
	refreshRebuild(t, live, dir, "a summary removed", []string{editFile(t, dir, paper(2), "ai_summary: \"Paper 2, summed up.\"\n", "")}, true)
	// A new title with new upvotes; a stars: line where there was none.
	editFile(t, dir, paper(3), `"Paper 3"`, `"Paper Three"`)
	refreshRebuild(t, live, dir, "a title and upvotes", []string{setUpvotes(t, dir, paper(3), 30)}, true)
	refreshRebuild(t, live, dir, "a stars: line", []string{editFile(t, dir, paper(4), "upvotes:", "stars: 12\nupvotes:")}, false)
	refreshRebuild(t, live, dir, "a comments: line and upvotes", []string{editFile(t, dir, paper(4), "upvotes: 16", "comments: 2\nupvotes: 40")}, false)
	// A title the build warns about, at its line; a summary added after
	// it moves the lines that follow.
	refreshRebuild(t, live, dir, "a title with a warning", []string{editFile(t, dir, paper(5), `"Paper 5"`, `"Paper $\\nosuchcommand$ 5"`)}, true)
	res, _, err := live.Build(context.Background(), []string{summary(5, "Paper 5 in a line.")})
	if err != nil || res.Stages == nil || !slices.ContainsFunc(res.Warnings, func(w Problem) bool { return w.Path == paper(5) }) {
		t.Errorf("a summary that moves the lines of a front matter with a warning: %v, full build %v; want a full build that warns", err, err == nil && res.Stages != nil)
	}
}

// TestLiveRecountListedElsewhere: on smallSite, whose day file of
// 2024-06-03 lists 2405.00001 of 2024-05-31 before its own 2406.00004, new
// counts saved with a new abstract, or alone, of a paper of either day
// take the quick path, where they took a full build: the day file keeps
// the place of the paper of another day, and ranks its own by their
// upvotes after it.
func TestLiveRecountListedElsewhere(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite)
	live, _ := startLive(t, dir)
	const (
		delta = "content/papers/2406.00004.md" // of the day file's day
		alpha = "content/papers/2405.00001.md" // of 2024-05-31, listed on 2024-06-03 too
	)
	editFile(t, dir, delta, "Delta abstract.", "Delta's new abstract.")
	refreshRebuild(t, live, dir, "an abstract and upvotes of the day's own paper", []string{setUpvotes(t, dir, delta, 30)}, true)
	countsRebuild(t, live, dir, "upvotes of the paper of another day", []string{setUpvotes(t, dir, alpha, 40)})
	editFile(t, dir, alpha, "An agent abstract", "A new agent abstract")
	refreshRebuild(t, live, dir, "an abstract and upvotes of the paper of another day", []string{setUpvotes(t, dir, alpha, 2)}, true)
	// 2405.00003 overtakes 2405.00002 on 2024-05-31, where 2405.00001 is
	// dated; its abstract with the upvotes of 2406.00004.
	abstract := editFile(t, dir, "content/papers/2405.00003.md", "Gamma abstract.", "Gamma's new abstract.")
	refreshRebuild(t, live, dir, "an abstract and another day's upvotes", []string{abstract, setUpvotes(t, dir, delta, 3)}, true)
	countsRebuild(t, live, dir, "upvotes that reorder the day of the paper listed elsewhere", []string{setUpvotes(t, dir, "content/papers/2405.00003.md", 20)})
}
