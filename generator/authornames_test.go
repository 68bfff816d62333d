package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestAuthorNameWarnings: an author with no letters or digits, one with
// a space before a comma (told the name meant: a group's article put
// last goes first), and a
// spelling authorNames: renames that no paper has (with the paper's
// spelling when one differs only in case or accents), are warnings at
// their lines; a spelling a paper has is not.
func TestAuthorNameWarnings(t *testing.T) {
	site := siteYAML + "authorNames:\n  Juergen Schmidhubr: Jürgen Schmidhuber\n  JOSE GARCIA: José García\n  Ada  Lovelace: Ada King\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors:\n  - Ada Lovelace\n  - \"…\"\n  - Jose Garcia\n  - Team , The\n  - Smith , John\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:7: author "…" has no letters or digits, so it names no one, and its page's address has no name in it (authors/author/); write the author's name, or remove it`,
		`content/papers/a.md:9: author "Team , The" has a space before a comma, which its pages show as written (citations leave it out); write "The Team"`,
		`content/papers/a.md:10: author "Smith , John" has a space before a comma, which its pages show as written (citations leave it out); write "Smith, John"`,
		`content/site.yaml:4: authorNames: no paper has an author spelt "Juergen Schmidhubr", so this line renames nobody; write it as a paper spells the name, or remove the line`,
		`content/site.yaml:5: authorNames: no paper has an author spelt "JOSE GARCIA", so this line renames nobody; write it as a paper spells the name ("Jose Garcia", content/papers/a.md:8), or remove the line`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestRenameHintSkipsShownNames: the spelling a warning about a line
// that renames nobody suggests is never a name the mapping shows, the
// line's own ("Jane Smith", which the line would rename to itself) or
// another line's ("Jürgen Schmidhuber", which would make a chain), in
// authorNames: and organizationNames: alike; another near spelling
// still is.
func TestRenameHintSkipsShownNames(t *testing.T) {
	site := siteYAML + "authorNames:\n  JANE SMITH: Jane Smith\n  Juergen Schmidhuber: Jürgen Schmidhuber\n  JURGEN SCHMIDHUBER: J. Schmidhuber\n  ADA LOVELACE: Ada Lovelace\n" +
		"organizationNames:\n  SHANGHAI AI LAB: Shanghai AI Lab\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Jane Smith, Juergen Schmidhuber, Ada Lovelace]\norganization: Shanghai AI Lab\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Jürgen Schmidhuber]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [jane smith]\n")
	got := warningsOf(t, site)
	const noHint = "write it as a paper spells the name, or remove the line"
	want := []string{
		`content/site.yaml:4: authorNames: no paper has an author spelt "JANE SMITH", so this line renames nobody; write it as a paper spells the name ("jane smith", content/papers/c.md:5), or remove the line`,
		`content/site.yaml:6: authorNames: no paper has an author spelt "JURGEN SCHMIDHUBER", so this line renames nobody; ` + noHint,
		`content/site.yaml:7: authorNames: no paper has an author spelt "ADA LOVELACE", so this line renames nobody; ` + noHint,
		`content/site.yaml:9: organizationNames: no paper has an organization spelt "SHANGHAI AI LAB", so this line renames nobody; ` + noHint,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAuthorNamesWin: the name site.yaml's authorNames: shows is the
// author's name even where a spelling that is one author with it
// ("JANE SMITH", "Smith, Jane") is on more papers, so imports never
// outvote the curator; the page keeps the address of the name.
func TestAuthorNamesWin(t *testing.T) {
	site := siteYAML + "authorNames:\n  j. smith: Jane Smith\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [j. smith]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [JANE SMITH, Ada Lovelace]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [JANE SMITH]\n") +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-04\nauthors: [\"Smith, Jane\"]\n")
	out := mustBuild(t, site)
	out.contains(t, "authors/jane-smith/index.html", `<h1 dir="auto">Jane Smith</h1>`, "4\u00a0papers")
	out.contains(t, "papers/2401.00002/index.html", `>Jane Smith</a>`)
	if page := out["papers/2401.00003/index.html"]; strings.Contains(page, "JANE SMITH") {
		t.Error("paper c still shows the spelling JANE SMITH")
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
	out.contains(t, "authors/josé-garcía/index.html", "3\u00a0papers")
}

// TestSpelledOutNamesNote: an author whose name is another's with an
// umlaut written out ("Juergen" for "Jürgen", as the README's
// authorNames: example has it) or spaced otherwise ("Yann Le Cun",
// "Yann LeCun") is noted as accented names are, shown with the umlaut.
// Names that only an umlaut written out would join without one written
// ("Michael" and "Michał", "Muller" and "Mueller") are not.
func TestSpelledOutNamesNote(t *testing.T) {
	t.Parallel()
	site := strings.Replace(siteYAML, "example.org/", "example.org/repo/", 1) +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Jürgen Schmidhuber, Yann LeCun, Michał Cohen, Anna Muller]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Juergen Schmidhuber, Yann Le Cun, Michael Cohen, Anna Mueller]\n")
	_, lines := checkSite(t, site)
	want := []string{
		`content/papers/b.md:5: note: "Juergen Schmidhuber" (authors/juergen-schmidhuber/, 1 paper) and "Jürgen Schmidhuber" (content/papers/a.md:5; authors/jürgen-schmidhuber/, 1 paper) differ only in how an umlaut is written (ue for ü, oe for ö, ae for ä), so each has an author page; if they are one person, add these lines in site.yaml, and their page is authors/jürgen-schmidhuber/:
authorNames:
  Juergen Schmidhuber: Jürgen Schmidhuber`,
		`content/papers/a.md:5: note: "Yann LeCun" (authors/yann-lecun/, 1 paper) and "Yann Le Cun" (content/papers/b.md:5; authors/yann-le-cun/, 1 paper) differ only in spacing, so each has an author page; if they are one person, add these lines in site.yaml, and their page is authors/yann-le-cun/:
authorNames:
  Yann LeCun: Yann Le Cun`,
	}
	if !slices.Equal(lines, want) {
		t.Errorf("check:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

// TestSameSpelling: the spellings of one name that a note or a rename's
// hint joins, and names it keeps apart.
func TestSameSpelling(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"José García", "Jose Garcia", true},
		{"JOSE GARCÍA", "José García", true},
		{"Jürgen Schmidhuber", "Juergen Schmidhuber", true},
		{"Juergen Schmidhuber", "Jürgen Schmidhuber", true},
		{"Jürgen Schmidhuber", "Jurgen Schmidhuber", true},
		{"Bernhard Schölkopf", "Bernhard Schoelkopf", true},
		{"Ernst Strauß", "Ernst Strauss", true},
		{"Yann Le Cun", "Yann LeCun", true},
		{"Jean-Paul Sartre", "Jean Paul Sartre", true},
		{"Michael Cohen", "Michał Cohen", false},
		{"Anna Muller", "Anna Mueller", false},
		{"Jurgen Schmidhuber", "Juergen Schmidhuber", false},
		{"…", "Jürgen Schmidhuber", false},
		{"Juergen Schmidhubr", "…", false},
	} {
		if got := sameSpelling(tt.a, tt.b); got != tt.want {
			t.Errorf("sameSpelling(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestInitialedNamesNote: an author written with initials whom one author
// written in full fits (family name, initials) and shares a co-author
// with is noted, with the authorNames: line that makes them one; with it
// the note is gone. Not noted: an abbreviation two full names fit, one
// with no co-author in common, names one paper lists together, and a
// one-character given name in a script without capitals.
func TestInitialedNamesNote(t *testing.T) {
	t.Parallel()
	site := strings.Replace(siteYAML, "example.org/", "example.org/repo/", 1) +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Kaiming He, Xiangyu Zhang, Yu Wang, Yi Wang, 佐藤 健一]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ross Girshick, K. He, Xiangyu Zhang, Y. Wang, 佐藤 健]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Kaiming He, Ross Girshick, Piotr Dollár]\n") +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-04\nauthors: [John Smith, Ada Lovelace]\n") +
		paper("e", "title: E\narxiv: \"2401.00005\"\ndate: 2024-01-05\nauthors: [J. Smith, Alan Turing, A. Lee, Alice Lee]\n")
	_, lines := checkSite(t, site)
	want := `content/papers/b.md:5: note: "K. He" (authors/k-he/, 1 paper) may be "Kaiming He" (content/papers/a.md:5; authors/kaiming-he/, 2 papers): the same family name, initials that begin the given names, and co-authors in common (Ross Girshick, Xiangyu Zhang), so each has an author page; if they are one person, add these lines in site.yaml, and their page is authors/kaiming-he/:
authorNames:
  K. He: Kaiming He`
	if !slices.Equal(lines, []string{want}) {
		t.Errorf("check:\n%s\nwant:\n%s", strings.Join(lines, "\n"), want)
	}
	fixed := strings.Replace(site, "baseURL: https://example.org/repo/\n", "baseURL: https://example.org/repo/\nauthorNames:\n  K. He: Kaiming He\n", 1)
	if _, lines := checkSite(t, fixed); len(lines) != 0 {
		t.Errorf("with authorNames: check: %s", strings.Join(lines, "\n"))
	}
	mustBuild(t, fixed).contains(t, "authors/kaiming-he/index.html", "3\u00a0papers")
}

// TestGivenInitials: the initials of a name's given names, and whether
// they are written as initials only.
func TestGivenInitials(t *testing.T) {
	for _, c := range []struct {
		name, initials string
		abbreviated    bool
	}{
		{"K. He", "k", true},
		{"K He", "k", true},
		{"J.-P. Sartre", "jp", true},
		{"J.P. Sartre", "jp", true},
		{"Jean-Paul Sartre", "jp", false},
		{"Kaiming He", "k", false},
		{"É. Durand", "e", true},
		{"Ł. Kaiser", "l", true},
		{"A. van der Berg", "a", true},
		{"M. L. King, Jr.", "ml", true},
		{"佐藤 健", "健", false},
		{"Plato", "", false},
		{"ATLAS Collaboration", "", false},
	} {
		initials, abbreviated := givenInitials(c.name)
		if initials != c.initials || abbreviated != c.abbreviated {
			t.Errorf("givenInitials(%q) = %q, %v; want %q, %v", c.name, initials, abbreviated, c.initials, c.abbreviated)
		}
	}
}

// TestTwiceNamedWarns: an author a paper names twice in one spelling,
// which the index makes one author with one page, is a warning at the
// second's line, in a list of items and in brackets, in a paper file and
// an inline paper; two spellings of one name (two people, each a page)
// are not.
func TestTwiceNamedWarns(t *testing.T) {
	t.Parallel()
	site := siteYAML + paper("2401.00001", "title: A\narxiv: \"2401.00001\"\nauthors:\n  - \"Wei Li\"\n  - Ada Lovelace\n  - Wei Li\ndate: 2025-01-01\n") +
		paper("2401.00002", "title: B\narxiv: \"2401.00002\"\nauthors: [Ada Lovelace, Ada Lovelace, Alan Turing]\ndate: 2025-01-01\n") +
		paper("2401.00003", "title: C\narxiv: \"2401.00003\"\nauthors: [Wei Li, WEI LI]\ndate: 2025-01-01\n") +
		"-- content/days/2025-01-02.md --\n---\npapers:\n  - title: Inline\n    id: inline\n    authors:\n      - Kurt Gödel\n      - Kurt Gödel\n---\n"
	const tail = ", and one name is one author, with one page; if it is one person, remove this one; if two people share the name, tell them apart as their papers do, with a middle initial "
	want := []string{
		`content/days/2025-01-02.md:7: authors: "Kurt Gödel" is named twice on this paper (first at line 6)` + tail + `("Kurt X. Gödel")`,
		`content/papers/2401.00001.md:7: authors: "Wei Li" is named twice on this paper (first at line 5)` + tail + `("Wei X. Li")`,
		`content/papers/2401.00002.md:4: authors: "Ada Lovelace" is named twice on this paper` + tail + `("Ada X. Lovelace")`,
	}
	got := slices.DeleteFunc(warningsOf(t, site), func(w string) bool { return !strings.Contains(w, "named twice") })
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLiveTwiceNamed: in serve, an author named again on a paper, and
// the second taken off, warn as a clean build does.
func TestLiveTwiceNamed(t *testing.T) {
	t.Parallel()
	front := func(authors string) string {
		return "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [" + authors + "]\ndate: 2025-01-01\n---\nAbstract.\n"
	}
	dir := writeArchive(t, siteYAML+"-- content/papers/2401.00001.md --\n"+front("Wei Li, Ada Lovelace"))
	live, _ := startLive(t, dir)
	for _, authors := range []string{"Wei Li, Ada Lovelace, Wei Li", "Wei Li, Ada Lovelace"} {
		liveSave(t, live, dir, "content/papers/2401.00001.md", front(authors))
	}
}
