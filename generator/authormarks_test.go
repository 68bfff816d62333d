package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestPastedNames: the marks a PDF's title block sets after a name are
// found wherever they follow a word (plain digits only after a small
// letter, not on the first word), and names set side by side with them
// are cut into names of two words or more; a name without marks, or with
// digits of its own, is none.
func TestPastedNames(t *testing.T) {
	for _, c := range []struct {
		name  string
		names []string
		marks []string
	}{
		{"Ashish Vaswani∗", []string{"Ashish Vaswani"}, []string{"∗"}},
		{"Llion Jones*†", []string{"Llion Jones"}, []string{"*†"}},
		{"Niki Parmar1", []string{"Niki Parmar"}, []string{"1"}},
		{"Niki Parmar1,2", []string{"Niki Parmar"}, []string{"1,2"}},
		{"Jakob Uszkoreit²³", []string{"Jakob Uszkoreit"}, []string{"²³"}},
		{"Aidan N. Gomez ✉", []string{"Aidan N. Gomez"}, []string{"✉"}},
		{"Ashish∗ Vaswani", []string{"Ashish Vaswani"}, []string{"∗"}}, // a one-word name is no name
		{"Ashish Vaswani∗ Noam Shazeer∗ Niki Parmar†", []string{"Ashish Vaswani", "Noam Shazeer", "Niki Parmar"}, []string{"∗", "†"}},
		{"Ashish Vaswani1 Noam Shazeer2", []string{"Ashish Vaswani", "Noam Shazeer"}, []string{"1", "2"}},
		{"Ashish Vaswani1 Noam", []string{"Ashish Vaswani Noam"}, []string{"1"}},
		{"Ada Lovelace∗ and Alan Turing†", []string{"Ada Lovelace", "Alan Turing"}, []string{"∗", "†"}},
		{"Ada Lovelace", nil, nil},
		{"Qwen2 Team", nil, nil},
		{"Gemini Team 2", nil, nil},
		{"Team GPT4", nil, nil},
		{"Ada Lovelace,", nil, nil},
		{"Łukasz Kaiser", nil, nil},
	} {
		names, marks := pastedNames(c.name)
		if !slices.Equal(names, c.names) || !slices.Equal(marks, c.marks) {
			t.Errorf("pastedNames(%q) = %q, %q; want %q, %q", c.name, names, marks, c.names, c.marks)
		}
	}
}

// TestMarkedAuthorWarnings: authors copied with their marks are warnings
// at their lines, each paper's, with the names to write.
func TestMarkedAuthorWarnings(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors:\n  - Ashish Vaswani∗\n  - Łukasz Kaiser\n  - Niki Parmar1,2 Jakob Uszkoreit2\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ashish Vaswani∗]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:6: author "Ashish Vaswani∗" has ∗, a mark of the paper's title block (an affiliation, equal contribution) copied with it from the PDF: citations of the paper show it as part of the name, as do its pages unless another paper spells the name without it; write "Ashish Vaswani"`,
		`content/papers/a.md:8: author "Niki Parmar1,2 Jakob Uszkoreit2" is 2 names with the marks a PDF's title block sets after them (1,2 2), copied as one; write each as an author of its own, without the marks: [Niki Parmar, Jakob Uszkoreit]`,
		`content/papers/b.md:5: author "Ashish Vaswani∗" has ∗, a mark of the paper's title block (an affiliation, equal contribution) copied with it from the PDF: citations of the paper show it as part of the name, as do its pages unless another paper spells the name without it; write "Ashish Vaswani"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCitedAuthorWarnings: authors copied from a citation — APA's pairs
// that a flow list parts, one item holding a whole citation's names, or
// Vancouver's family name first — are a warning at their line with the
// names to write, given names first; "Family, Given" items are none.
func TestCitedAuthorWarnings(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Vaswani, A., Shazeer, N.]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors:\n  - Vaswani, A., Shazeer, N., ... & Polosukhin, I.\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Vaswani A, Gomez AN]\n") +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-04\nauthors: [\"Lovelace, Ada\", \"Turing, Alan\"]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:5: authors: these 4 items are 2 people written as a citation writes them, each family name and its initials (Vaswani, A.) parted by the list at their comma: the site shows, cites and gives a page to each item; write [A. Vaswani, N. Shazeer]`,
		`content/papers/b.md:6: authors: "Vaswani, A., Shazeer, N., ... & Polosukhin, I." is one author to the site, shown, cited and given a page under that name; it is 3 people, written as a citation writes them: write each as an item of their own, given names first: [A. Vaswani, N. Shazeer, I. Polosukhin], with the names the citation's ellipsis leaves out`,
		`content/papers/c.md:5: authors: these 2 names are written as a citation writes them, family name first and initials last (Vaswani A), so the site takes the initials for the family name (in citations and the authors index); write them given names first: [A. Vaswani, A. N. Gomez]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEtAlAuthors: a citation's "et al." or "others" written as an
// author, or after one, is a warning at its line; a name with Others in
// it is none.
func TestEtAlAuthors(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ashish Vaswani, et al.]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [\"Ashish Vaswani et al\", Ada Others]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:5: author "et al." stands for the authors a citation leaves out, and the site would give it a page and cite it as a person; write every author (an import writes them all: paperboy import arxiv --fetch <id>), or remove it`,
		`content/papers/b.md:5: author "Ashish Vaswani et al" is one name to the site, with "et al" in it; write the author alone, "Ashish Vaswani", and each of the others as an item of their own`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestEntityAuthors: an author with an HTML character reference in the
// name, as a name copied from a web page's source has it, is a warning at
// its line with the name written with its character; its semicolon is
// never read as a list's, and an ampersand of the name's own (AT&T) is
// none.
func TestEntityAuthors(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [\"Jos&eacute; Garc&iacute;a\", \"AT&amp;T Labs\", \"AT&T Research\"]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:5: author "Jos&eacute; Garc&iacute;a" has HTML's &eacute; and &iacute;, which a name does not read (it is text): the pages and citations show it as written; write "José García"`,
		`content/papers/a.md:5: author "AT&amp;T Labs" has HTML's &amp;, which a name does not read (it is text): the pages and citations show it as written; write "AT&T Labs"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAffiliatedAuthors: an author with words in Latin letters in
// parentheses after the name is a warning at its line; a nickname inside
// the name and the name in its own script after it are none, nor the
// romanisation after a name in its own script; an organization after
// such a name is.
func TestAffiliatedAuthors(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [\"Ashish Vaswani (Google Brain)\", \"Hao Zhang (张浩)\", \"Robert (Bob) Smith\"]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\nauthors: [\"山田花子 (Hanako Yamada)\", \"张伟 (Wei Zhang)\", \"김민수 (Min-su Kim)\", \"山田 太郎 (T. Yamada)\", \"李明 (Tsinghua University)\", \"佐藤健 (NTT)\"]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:5: author "Ashish Vaswani (Google Brain)" has (Google Brain) after the name, an affiliation most likely, copied with it: the pages and citations show it as part of the name; write "Ashish Vaswani" (the organization that published the paper is its organization:)`,
		`content/papers/b.md:5: author "李明 (Tsinghua University)" has (Tsinghua University) after the name, an affiliation most likely, copied with it: the pages and citations show it as part of the name; write "李明" (the organization that published the paper is its organization:)`,
		`content/papers/b.md:5: author "佐藤健 (NTT)" has (NTT) after the name, an affiliation most likely, copied with it: the pages and citations show it as part of the name; write "佐藤健" (the organization that published the paper is its organization:)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
