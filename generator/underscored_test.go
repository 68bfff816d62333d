package generator

import (
	"strings"
	"testing"
)

// TestUnderscoredPapers: a paper's file in content/papers whose name starts
// with _ (an OpenReview id, _VjQlMeSB_J), which the build skips, is warned
// of with the name and id to give it; a Hugo _index.md, notes of the
// curator's (no paper's front matter), a blank template and a draft are
// not.
func TestUnderscoredPapers(t *testing.T) {
	const site = "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n"
	for _, tc := range []struct {
		name, file, front string
		want              string // "" for none
	}{
		{"OpenReview id", "_VjQlMeSB_J.md", "title: P\nid: \"_VjQlMeSB_J\"\nauthors: [Kim Park]\n",
			"content/papers/_VjQlMeSB_J.md: no build reads this paper: a file whose name starts with _ is skipped, as Hugo's _index.md is; rename the file to VjQlMeSB_J.md (git mv content/papers/_VjQlMeSB_J.md content/papers/VjQlMeSB_J.md) and write an id that starts with a letter or a digit, as its name, `id: VjQlMeSB_J`; to keep a paper off the site, write `draft: true` in it instead"},
		{"arXiv paper", "_2401.00001.md", "title: P\narxiv: \"2401.00001\"\n",
			"content/papers/_2401.00001.md: no build reads this paper: a file whose name starts with _ is skipped, as Hugo's _index.md is; rename the file to 2401.00001.md (git mv content/papers/_2401.00001.md content/papers/2401.00001.md); to keep"},
		{"no letters after _", "__.md", "title: P\nauthors: [Kim Park]\n", "rename the file to smith-2024-attention.md"},
		{"Hugo's _index.md", "_index.md", "title: Papers\n", ""},
		{"notes", "_todo.md", "title: To read\n", ""},
		{"blank template", "_template.md", "title: \"\"\narxiv: \"\"\nauthors: []\nid:\n", ""},
		{"draft", "_draft.md", "title: P\narxiv: \"2401.00001\"\nauthors: [Kim Park]\ndraft: true\n", ""},
		{"template with a value", "_template.md", "title: \"\"\narxiv: \"2401.00001\"\nauthors: []\n", "rename the file to template.md"},
		{"draft: false", "_p.md", "title: P\narxiv: \"2401.00001\"\ndraft: false\n", "rename the file to p.md"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			archive := site + "-- content/papers/" + tc.file + " --\n---\n" + tc.front + "---\nx\n"
			var got []string
			for _, w := range warningsOf(t, archive) {
				if strings.Contains(w, "no build reads this paper") {
					got = append(got, w)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("warnings = %q, want none", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("warnings = %q, want %q", got, tc.want)
			}
		})
	}
}
