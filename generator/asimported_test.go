package generator

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// TestAsImportedIsANote: a finding in a title or author list the import
// wrote from the source's data, unedited since (imported: records what it
// wrote), is a note, which check shows without failing: the nightly
// import committed it, and every later pull request's check failed on
// it. Edited, or never imported, it is the curator's, and a warning that
// fails check.
func TestAsImportedIsANote(t *testing.T) {
	t.Parallel()
	twice := []string{"Wei Li", "Ada Lovelace", "Wei Li"}
	record := func(title string, authors []string) string {
		return "imported:\n  sources: [hf]\n  title: \"" + title + "\"\n  authors: " + importer.AuthorsDigest(authors) + "\n"
	}
	tests := []struct {
		name, front, finding string
		note                 bool
	}{
		{"authors as imported", "title: A\nauthors: [Wei Li, Ada Lovelace, Wei Li]\n" + record("A", twice), "named twice", true},
		{"authors edited", "title: A\nauthors: [Wei Li, Ada Lovelace, Wei Li, Alan Turing]\n" + record("A", twice), "named twice", false},
		{"authors never imported", "title: A\nauthors: [Wei Li, Ada Lovelace, Wei Li]\n", "named twice", false},
		{"title as imported", "title: \"MOE-LENS: A STUDY OF EXPERT ROUTING\"\nauthors: [Grace Hopper]\n" + record("MOE-LENS: A STUDY OF EXPERT ROUTING", []string{"Grace Hopper"}), "the title is in capitals", true},
		{"title edited", "title: \"MOE-LENS: A STUDY OF ROUTING\"\nauthors: [Grace Hopper]\n" + record("MOE-LENS: A STUDY OF EXPERT ROUTING", []string{"Grace Hopper"}), "the title is in capitals", false},
		{"author in capitals as imported", "title: A\nauthors: [GRACE HOPPER]\n" + record("A", []string{"GRACE HOPPER"}), "is in capitals", true},
		{"two people in one item as imported", "title: A\nauthors: [Ada Lovelace and Alan Turing]\n" + record("A", []string{"Ada Lovelace and Alan Turing"}), "is one author to the site", true},
		{"two people in one item written", "title: A\nauthors: [Ada Lovelace and Alan Turing]\n", "is one author to the site", false},
		{"a semicolon's list as imported", "title: A\nauthors: [\"A. Smith; B. Jones\"]\n" + record("A", []string{"A. Smith; B. Jones"}), "is one author to the site", true},
		{"a PDF's mark as imported", "title: A\nauthors: [Ashish Vaswani∗]\n" + record("A", []string{"Ashish Vaswani∗"}), "a mark of the paper's title block", true},
		{"a PDF's mark edited", "title: A\nauthors: [Ashish Vaswani∗, Noam Shazeer]\n" + record("A", []string{"Ashish Vaswani∗"}), "a mark of the paper's title block", false},
		{"a citation's names as imported", "title: A\nauthors: [Vaswani A, Gomez AN]\n" + record("A", []string{"Vaswani A", "Gomez AN"}), "written as a citation writes them", true},
		{"an HTML entity as imported", "title: A\nauthors: [\"AT&amp;T Labs\"]\n" + record("A", []string{"AT&amp;T Labs"}), `write "AT&T Labs"`, true},
		{"an HTML entity written", "title: A\nauthors: [\"AT&amp;T Labs\"]\n", `write "AT&T Labs"`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := siteYAML + paper("2401.00001", "arxiv: \"2401.00001\"\ndate: 2025-01-01\n"+tt.front)
			var found []string
			for _, w := range warningsOf(t, site) {
				if strings.Contains(w, tt.finding) {
					found = append(found, w)
				}
			}
			if len(found) != 1 {
				t.Fatalf("warnings of %q: %q, want one", tt.finding, found)
			}
			const said = "; the import wrote it so from the source's data, so check notes it without failing until you edit the "
			if isNote := strings.Contains(found[0], ": note: ") && strings.Contains(found[0], said); isNote != tt.note {
				t.Errorf("%s: a note %v, want %v", found[0], isNote, tt.note)
			}
		})
	}
}

// TestAsImportedTextIsANote: arXiv's titles and abstracts are TeX with
// the authors' own macros ($\R^n$, \cite{…}), which the page shows as
// written; while the title or the abstract is as the import wrote it,
// each such finding in it is a note, as one of capitals is, and check
// passes on a nightly import. The curator's notes after the abstract,
// and an abstract or title they edited, keep their findings as warnings.
func TestAsImportedTextIsANote(t *testing.T) {
	t.Parallel()
	const abstract = "Let $u:\\Omega\\to\\R^n$ be harmonic,\nas in \\cite{S84}."
	sum := sha256.Sum256([]byte(abstract)) // what imported: records (importer's digest)
	record := "imported:\n  sources: [arxiv]\n  title: \"Maps into $\\\\R^n$\"\n  abstract: " + hex.EncodeToString(sum[:8]) + "\n"
	tests := []struct {
		name, front, body string
		note              map[string]bool // by finding: whether it is a note
	}{
		{"as imported", "title: \"Maps into $\\\\R^n$\"\n" + record, abstract + "\n",
			map[string]bool{"title's $\\R^n$": true, "$u:\\Omega\\to\\R^n$": true, "\\cite{S84}": true}},
		{"notes after it", "title: \"Maps into $\\\\R^n$\"\n" + record, abstract + "\n\nMy note on $\\eps$ and \\cite{T90}.\n",
			map[string]bool{"$u:\\Omega\\to\\R^n$": true, "\\cite{S84}": true, "$\\eps$": false, "\\cite{T90}": false}},
		{"edited", "title: \"Harmonic maps into $\\\\R^n$\"\n" + record, strings.Replace(abstract, "Let", "Let now", 1) + "\n",
			map[string]bool{"title's $\\R^n$": false, "$u:\\Omega\\to\\R^n$": false, "\\cite{S84}": false}},
		{"never imported", "title: \"Maps into $\\\\R^n$\"\n", abstract + "\n",
			map[string]bool{"title's $\\R^n$": false, "$u:\\Omega\\to\\R^n$": false, "\\cite{S84}": false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := siteYAML + "-- content/papers/2401.00001.md --\n---\narxiv: \"2401.00001\"\ndate: 2025-01-01\nauthors: [Grace Hopper]\n" + tt.front + "---\n" + tt.body
			warnings := warningsOf(t, site)
			for finding, note := range tt.note {
				var found []string
				for _, w := range warnings {
					if strings.Contains(w, finding) {
						found = append(found, w)
					}
				}
				if len(found) != 1 {
					t.Fatalf("warnings of %q: %q, want one (all: %q)", finding, found, warnings)
				}
				const said = "; the import wrote it so from the source's data, so check notes it without failing until you edit the "
				if isNote := strings.Contains(found[0], ": note: ") && strings.Contains(found[0], said); isNote != note {
					t.Errorf("%s: a note %v, want %v", found[0], isNote, note)
				}
			}
		})
	}
}
