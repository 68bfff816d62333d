package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestOlderPDF: a pdf: that opens an older version of the arXiv paper
// than its version: says, as a renumbered imported file keeps, is a
// warning at pdf:'s line with the link to write; none for the version's
// own PDF, a later one, an unversioned link, another paper's, a PDF
// elsewhere, or a paper with no version:.
func TestOlderPDF(t *testing.T) {
	paper := func(front string) string {
		return "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\n" +
			"-- content/papers/2405.15202.md --\n---\ntitle: A\narxiv: \"2405.15202\"\nauthors: [Ada Lovelace]\ndate: 2024-05-27\n" + front + "---\nAbstract.\n"
	}
	const want = "content/papers/2405.15202.md:7: pdf: opens version 1 of the paper, and version: says 3; write `pdf: https://arxiv.org/pdf/2405.15202v3`, or delete pdf:, and the page links arXiv's PDF of its latest version"
	if got := warningsOf(t, paper("version: 3\npdf: https://arxiv.org/pdf/2405.15202v1\n")); !slices.Contains(got, want) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	for _, front := range []string{
		"version: 3\npdf: https://arxiv.org/pdf/2405.15202v3\n",
		"version: 3\npdf: https://arxiv.org/pdf/2405.15202v4\n",
		"version: 3\npdf: https://arxiv.org/pdf/2405.15202\n",
		"version: 3\npdf: https://arxiv.org/pdf/2405.15203v1\n",
		"pdf: https://arxiv.org/pdf/2405.15202v1\n",
		"version: 3\npdf: https://example.org/paper-v1.pdf\n",
	} {
		for _, w := range warningsOf(t, paper(front)) {
			if strings.Contains(w, "pdf: opens version") {
				t.Errorf("%q: %s", front, w)
			}
		}
	}
}
