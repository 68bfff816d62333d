package generator

import (
	"context"
	"testing"
)

// smithPaper is the paper file of arXiv id id, a Jane or John Smith's
// "Notes on …" on day, with more front matter lines.
func smithPaper(id, day, more string) string {
	return "-- content/papers/" + id + ".md --\n---\ntitle: \"Notes on " + id + "\"\narxiv: \"" + id + "\"\nauthors: [Jane Smith]\ndate: " + day + "\n" + more + "---\nAbstract.\n"
}

// TestCiteKeyPinned: a paper's citekey: is its BibTeX key on its page and
// in its day's papers.bib, and a paper added to an earlier day, whose
// base key it is, adds its id.
func TestCiteKeyPinned(t *testing.T) {
	out := mustBuild(t, smallSite+smithPaper("2405.99999", "2024-05-28", "citekey: smith2024notes\n")+smithPaper("2405.88888", "2024-05-27", ""))
	out.contains(t, "papers/2405.99999/index.html", "@misc{smith2024notes,")
	out.contains(t, "papers/2405.88888/index.html", "@misc{smith2024notes-2405.88888,")
	out.contains(t, "days/2024-05-28/papers.bib", "@misc{smith2024notes,")
}

// TestCiteKeyClash: two papers that pin one key, in any letter case, are
// an error at the citekey: line of each, naming the other's.
func TestCiteKeyClash(t *testing.T) {
	site := smallSite + smithPaper("2405.99999", "2024-05-28", "citekey: smith2024notes\n") + smithPaper("2405.88888", "2024-05-27", "citekey: Smith2024Notes\n")
	_, err := Build(context.Background(), Options{Site: siteFS(site)})
	errorsStart(t, err, []string{
		"content/papers/2405.88888.md:6: citekey \"Smith2024Notes\" is pinned by content/papers/2405.99999.md:6 (as \"smith2024notes\": BibTeX takes keys that differ only in letter case for one) too, and each paper needs a key of its own; keep it on the paper readers cite by it",
		"content/papers/2405.99999.md:6: citekey \"smith2024notes\" is pinned by content/papers/2405.88888.md:6 (as \"Smith2024Notes\"",
	})
}
