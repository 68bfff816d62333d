package parse

import (
	"strings"
	"testing"
)

// TestNearMissFence: front matter whose --- is not the file's first line
// exactly (a blank line before it, a space, a word processor's em dash)
// is an error at the line saying what is wrong there, for a day (which
// would show it as its intro), a paper and a page; so is a closing line
// that is not ---. A Markdown rule that only looks alike is not.
func TestNearMissFence(t *testing.T) {
	const fields = "title: T\narxiv: \"2401.00001\"\nauthors: [A]\n"
	tests := []struct{ name, in, want string }{
		{"blank line", "\n---\n" + fields + "---\nx\n",
			"x.md:1: the file starts with a blank line, and front matter opens only with a --- on the file's first line, so the --- on line 2 opens none and the fields below it are not read; delete the blank line above it, so that the file starts with the line ---"},
		{"blank lines with spaces", "  \n\t\n---\n" + fields + "---\nx\n",
			"x.md:1: the file starts with 2 blank lines, and front matter opens only with a --- on the file's first line, so the --- on line 3 opens none and the fields below it are not read; delete the 2 blank lines above it, so that the file starts with the line ---"},
		{"space before it", " ---\n" + fields + "---\nx\n",
			"x.md:1: this line has a space before its ---, and front matter opens only with a line of exactly ---, so the fields below it are not read; delete the space before it, so that the file starts with the line ---"},
		{"em dashes", "—\n" + fields + "—\nx\n",
			"x.md:1: this line is an em dash (—), as a word processor writes ---, and front matter opens only with a line of exactly ---, so the fields below it are not read; write --- in its place (and write --- on line 5, where the front matter closes), so that the file starts with the line ---"},
		{"en dash and hyphen", "–-\n" + fields + "---\nx\n",
			"x.md:1: this line is –-, a word processor's dashes, not 3 hyphens, and front matter opens only"},
		{"four hyphens", "----\n" + fields + "----\nx\n",
			"x.md:1: this line is ----, 4 hyphens, not 3, and front matter opens only with a line of exactly ---, so the fields below it are not read; write --- in its place (and write --- on line 5, where the front matter closes)"},
		{"blank line and an em dash", "\n—\n" + fields + "---\nx\n",
			"x.md:2: this line is an em dash (—), as a word processor writes ---, and front matter opens only with a line of exactly --- on the file's first line, so the fields below it are not read; write --- in its place, and delete the blank line above it, so that the file starts with the line ---"},
		{"closing with two hyphens", "---\n" + fields + "--\nx\n",
			"x.md:5: this line is --, 2 hyphens, not 3, and the front matter opened on line 1 closes only with a line of exactly --- (or ...), so it never closes; write --- in its place"},
		{"closing with an em dash", "---\n" + fields + "abstract: |\n  ----\n—\nx\n",
			"x.md:7: this line is an em dash (—), as a word processor writes ---, and the front matter opened on line 1 closes only"},
		{"closing with a space", "---\n" + fields + " ---\nx\n",
			"x.md:5: this line has a space before its ---, and the front matter opened on line 1 closes only"},
		{"no closing at all", "---\n" + fields + "x\n",
			"x.md:1: the front matter opened here never closes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := split("x.md", []byte(tt.in))
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("split(%q) = %v, want %s", tt.in, err, tt.want)
			}
		})
	}
	// A day's intro that starts with a Markdown rule, or a paper's body
	// with no front matter, are not near misses.
	for _, in := range []string{
		"\n---\n\nA rule, then text.\n",
		"\n---\nNot: a field, as no --- follows\n",
		"— a dash starts this intro\ntitle: x\n---\n",
		"-\ntitle: x\n---\n",
		"Heading\n---\ntitle: x\n---\n",
	} {
		doc, err := split("x.md", []byte(in))
		if err != nil || doc.Front != nil {
			t.Errorf("split(%q) = %v, want the whole file as body", in, err)
		}
	}
}

// TestNearMissFenceKinds: a day, a paper and a page are told alike,
// where a day would otherwise show its front matter as its intro.
func TestNearMissFenceKinds(t *testing.T) {
	const want = ":1: the file starts with a blank line, and front matter opens only with a --- on the file's first line"
	day := "\n---\ntitle: Monday picks\npapers:\n  - 2401.00001\n---\nWelcome.\n"
	if _, _, err := Day("content/days/2024-01-01.md", []byte(day), DefaultLimits()); err == nil || !strings.HasPrefix(err.Error(), "content/days/2024-01-01.md"+want) {
		t.Errorf("Day: %v, want %s", err, want)
	}
	paper := "\n---\ntitle: T\narxiv: \"2401.00001\"\nauthors: [A]\ndate: 2024-01-01\n---\nx\n"
	if _, err := Paper("content/papers/2401.00001.md", []byte(paper), DefaultLimits()); err == nil || !strings.HasPrefix(err.Error(), "content/papers/2401.00001.md"+want) {
		t.Errorf("Paper: %v, want %s", err, want)
	}
	page := "\n---\ntitle: About\n---\nx\n"
	if _, err := Page("content/pages/about.md", []byte(page)); err == nil || !strings.HasPrefix(err.Error(), "content/pages/about.md"+want) {
		t.Errorf("Page: %v, want %s", err, want)
	}
}
