package generator

import (
	"strings"
	"testing"
)

// TestHeadingOutlineWarns: a paper's `# Notes`, a second h1 on its page,
// and a day intro's heading that skips a level are each a warning at
// their line with the heading to write; the pages build.
func TestHeadingOutlineWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"# Notes\n\nText.\n\n## Setup\n" +
		"-- content/days/2024-01-01.md --\n---\ntitle: Day\npapers: [\"2401.00001\"]\n---\nAn intro.\n\n### Themes\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/days/2024-01-01.md:7: the heading "Themes" is of level 3, but this text's headings start at level 2: the page shows the text after its title, an h1 (and on a paper's page after the abstract's h2, when it has one), so the outline, which screen readers move through by level, misses level 2, or holds your heading as part of the abstract; make it ## Themes`,
		`content/papers/a.md:8: the heading "Notes" is of level 1, a second h1 on a page whose title is its h1 (screen readers take it for the page's name); make it ## Notes`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
