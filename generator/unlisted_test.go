package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestUnlistedPapersWarn: a day file with no papers whose intro lists
// papers of the site by id, an item each, is not published, and the build
// says so at the first such item's line, with the papers: to write; a
// published day with such a list, and one whose items name no paper of
// the site, are let be.
func TestUnlistedPapersWarn(t *testing.T) {
	t.Parallel()
	site := siteYAML + paper("2506.09600", "title: A\narxiv: \"2506.09600\"\ndate: 2026-01-05\n") + paper("2506.09601", "title: B\narxiv: \"2506.09601\"\ndate: 2026-01-05\n") +
		"-- content/days/2026-01-06.md --\n---\ntitle: Our picks\n---\nThis week we read:\n\n- 2501.00001, not ours\n- `2506.09601`\n1. arXiv:2506.09600.\n" +
		"-- content/days/2026-01-07.md --\n---\ntitle: Ahead\n---\nWe will read:\n\n- 2501.00001\n" +
		"-- content/days/2026-01-05.md --\n---\ntitle: Published\n---\nOn the list:\n\n- 2506.09600\n"
	want := []string{"content/days/2026-01-06.md:7: the day lists papers of the site in its intro (2506.09601, 2506.09600), where they are text, and has none of its own, so it is not published; " +
		"list them under papers: in its front matter, `papers: [\"2506.09601\", \"2506.09600\"]`, and take them out of the intro"}
	if got := warningsOf(t, site); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := checkProblems(t, site, "source"); !slices.Equal(got, want) {
		t.Errorf("check's =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLiveUnlistedPapers: in serve, a published day's papers moved into
// its intro, and back under papers:, warn as a clean build does.
func TestLiveUnlistedPapers(t *testing.T) {
	t.Parallel()
	site := siteYAML + paper("2506.09600", "title: A\narxiv: \"2506.09600\"\ndate: 2026-01-05\n") +
		"-- content/days/2026-01-06.md --\n---\ntitle: Our picks\npapers: [\"2506.09600\"]\n---\nThis week we read it.\n"
	dir := writeArchive(t, site)
	live, _ := startLive(t, dir)
	const day = "content/days/2026-01-06.md"
	atDay := func(res *Result) int {
		return len(slices.DeleteFunc(slices.Clone(res.Warnings), func(w Problem) bool { return w.Path != day }))
	}
	if res := liveSave(t, live, dir, day, "---\ntitle: Our picks\n---\nThis week we read:\n\n- 2506.09600\n"); atDay(res) != 1 {
		t.Errorf("papers moved to the intro: warnings %v, want one at the day", res.Warnings)
	}
	if res := liveSave(t, live, dir, day, "---\ntitle: Our picks\npapers: [\"2506.09600\"]\n---\nThis week we read it.\n"); atDay(res) != 0 {
		t.Errorf("papers listed again: warnings %v, want none at the day", res.Warnings)
	}
}
