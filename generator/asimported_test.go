package generator

import (
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
