package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestMistypedArXivIDWarns: a paper's id: that is an arXiv id with a digit
// dropped or added, or a version arXiv never gives, in a paper file or a
// day's inline paper, is a warning at its line saying to write it under
// arxiv: or rename it; a custom id that is no arXiv id at all, and a
// correct arXiv id under id:, are not. The site builds all the same.
func TestMistypedArXivIDWarns(t *testing.T) {
	paper := func(name, id string) string {
		return "-- content/papers/" + name + ".md --\n---\ntitle: " + name + "\nid: \"" + id + "\"\ndate: 2025-06-12\n---\nAbstract.\n"
	}
	archive := siteYAML + paper("a", "2506.1089") + paper("b", "2506.10892v0") + paper("c", "smith-2024-attention") + paper("d", "0801.12345") +
		"-- content/days/2025-06-13.md --\n---\npapers:\n  - title: Inline\n    id: \"1506.1234\"\n---\n"
	got := warningsOf(t, archive)
	const tail = "; if it is one, write it under arxiv: as the paper's page on arXiv shows it, in place of id:; else rename it, e.g. `id: smith-2024-attention`"
	want := []string{
		`content/days/2025-06-13.md:4: id "1506.1234" looks like an arXiv id with a mistake (arXiv ids from 2015 on have 5 digits after the dot; a digit is missing)` + tail,
		`content/papers/a.md:3: id "2506.1089" looks like an arXiv id with a mistake (arXiv ids from 2015 on have 5 digits after the dot; a digit is missing)` + tail,
		`content/papers/b.md:3: id "2506.10892v0" looks like an arXiv id with a mistake (v0 is not a version: arXiv numbers versions from v1); if it is one, write ` + "`arxiv: \"2506.10892\"`" + ` in place of id:, with the version arXiv lists if you want one (` + "`arxiv: \"2506.10892v2\"`" + `); else rename it, e.g. ` + "`id: smith-2024-attention`",
		`content/papers/d.md:3: id "0801.12345" looks like an arXiv id with a mistake (arXiv ids before 2015 have 4 digits after the dot; a digit is one too many)` + tail,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUndatedCitationWarns: a paper not on arXiv that names where it was
// published (doi:, journal:, conference:) but not when (published:) is a
// warning at its doi: line, else the paper's, since its citations would give
// its digest day; one with published:, an arXiv paper (its id has the
// month), a bioRxiv or medRxiv preprint (its DOI has the day) and a note
// with no venue are not. Such a preprint in a journal is told the day
// its citations give, its preprint's.
func TestUndatedCitationWarns(t *testing.T) {
	paper := func(name, fields string) string {
		return "-- content/papers/" + name + ".md --\n---\ntitle: " + name + "\nid: " + name + "\ndate: 2025-06-12\n" + fields + "---\nAbstract.\n"
	}
	archive := siteYAML + paper("silver-2016", "journal: Nature\ndoi: 10.1038/nature16961\n") + paper("lee-2019", "conference: NeurIPS\n") +
		paper("dated", "doi: 10.1038/x\npublished: 2016-01-28\n") + paper("note", "") +
		paper("medrxiv-cohort", "doi: 10.1101/2022.11.03.22281234\n") + paper("cell-2023", "journal: Cell\ndoi: 10.1101/2022.12.01.22282345\n") +
		"-- content/papers/2506.10892.md --\n---\ntitle: On arXiv\narxiv: \"2506.10892\"\ndate: 2025-06-12\ndoi: 10.1000/x\n---\nA.\n"
	got := warningsOf(t, archive)
	const msg = ": the paper is not on arXiv and has no published: date, so its citations (BibTeX, Google Scholar, Zotero) give its digest day as the day it appeared; add the date it was published, e.g. `published: 2016-01-28`"
	want := []string{"content/papers/cell-2023.md:6: the paper has no published: date, so its citations (BibTeX, Google Scholar, Zotero) give 2022-12-01, the day its DOI says its preprint was posted, as the day it appeared; " +
		"add the date its journal or conference published it (`published: YYYY-MM-DD`, or `YYYY-MM` or `YYYY` as it is known), or `published: 2022-12-01` to cite it so",
		"content/papers/lee-2019.md:3" + msg, "content/papers/silver-2016.md:6" + msg}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
