package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestAuthorNameWarnings: an author with no letters or digits, and a
// spelling authorNames: renames that no paper has (with the paper's
// spelling when one differs only in case or accents), are warnings at
// their lines; a spelling a paper has is not.
func TestAuthorNameWarnings(t *testing.T) {
	site := siteYAML + "authorNames:\n  Juergen Schmidhubr: Jürgen Schmidhuber\n  JOSE GARCIA: José García\n  Ada  Lovelace: Ada King\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors:\n  - Ada Lovelace\n  - \"…\"\n  - Jose Garcia\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:7: author "…" has no letters or digits, so it names no one, and its page's address has no name in it (authors/author/); write the author's name, or remove it`,
		`content/site.yaml:4: authorNames: no paper has an author spelt "Juergen Schmidhubr", so this line renames nobody; write it as a paper spells the name, or remove the line`,
		`content/site.yaml:5: authorNames: no paper has an author spelt "JOSE GARCIA", so this line renames nobody; write it as a paper spells the name ("Jose Garcia", content/papers/a.md:8), or remove the line`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAccentedNamesNote: two authors whose names differ only in accents
// have two pages, and check notes where each is written and the
// authorNames: lines that make them one, shown with the accents, for
// every spelling of the other (case merges "jose garcia" into it); with
// those lines they are one author and the note is gone. Two such names on
// one paper are two people, and not noted.
func TestAccentedNamesNote(t *testing.T) {
	site := strings.Replace(siteYAML, "example.org/", "example.org/repo/", 1) +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [José García]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace, Jose Garcia]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors:\n  - jose garcia\n") +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-04\nauthors: [Łukasz Wiśniewski, Lukasz Wisniewski]\n")
	_, lines := checkSite(t, site)
	want := `content/papers/b.md:5: note: "Jose Garcia" (authors/jose-garcia/, 2 papers) and "José García" (content/papers/a.md:5; authors/josé-garcía/, 1 paper) differ only in accents, so each has an author page; if they are one person, add these lines in site.yaml, and their page is authors/josé-garcía/:
authorNames:
  Jose Garcia: José García
  jose garcia: José García`
	if !slices.Equal(lines, []string{want}) {
		t.Errorf("check:\n%s\nwant:\n%s", strings.Join(lines, "\n"), want)
	}
	fixed := strings.Replace(site, "baseURL: https://example.org/repo/\n", "baseURL: https://example.org/repo/\nauthorNames:\n  Jose Garcia: José García\n  jose garcia: José García\n", 1)
	if _, lines := checkSite(t, fixed); len(lines) != 0 {
		t.Errorf("with authorNames: check: %s", strings.Join(lines, "\n"))
	}
	out := mustBuild(t, fixed)
	out.contains(t, "authors/josé-garcía/index.html", "3 papers")
}
