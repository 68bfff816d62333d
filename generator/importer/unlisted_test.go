package importer_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// TestUnlisted: a day imported again after Hugging Face took a paper off
// its list (or moved it to the next day) names that paper, and how to take
// it off the day, where it kept it on the day with no word; the day keeps
// it, which the curator may have meant. A paper the curator removed,
// moved or added by hand, and an import that is not the source's whole
// list, name none.
func TestUnlisted(t *testing.T) {
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	paper := func(id string) importer.Paper {
		return importer.Paper{ID: id, Item: "item (" + id + ")", Title: "Paper " + id, Abstract: "We study " + id + "."}
	}
	first := importer.Batch{Source: "hf", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001"), paper("2506.00002")}}
	tests := []struct {
		name  string
		edit  func(t *testing.T, dir string)
		again importer.Batch
		want  []string
	}{
		{"dropped by the source", nil, importer.Batch{Source: "hf", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001")}}, []string{"2506.00002"}},
		{"removed by the curator", func(t *testing.T, dir string) {
			writeFile(t, dir, "content/days/2025-06-16.md", "---\nremoved: [\"2506.00002\"]\n---\n")
		}, importer.Batch{Source: "hf", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001")}}, nil},
		{"moved by the curator", func(t *testing.T, dir string) {
			edit(t, dir, "content/papers/2506.00002.md", "date: 2025-06-16", "date: 2025-06-17")
		}, importer.Batch{Source: "hf", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001")}}, nil},
		{"added by hand", func(t *testing.T, dir string) {
			writeFile(t, dir, "content/papers/2506.00003.md", "---\ntitle: Mine\narxiv: \"2506.00003\"\ndate: 2025-06-16\n---\nMine.\n")
		}, importer.Batch{Source: "hf", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001"), paper("2506.00002")}}, nil},
		{"papers of their own", nil, importer.Batch{Source: "hf", Day: day, Papers: []importer.Paper{paper("2506.00001")}}, nil},
		{"another source", nil, importer.Batch{Source: "arxiv", Day: day, Whole: true, Papers: []importer.Paper{paper("2506.00001")}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "content/site.yaml", "title: T\nbaseURL: https://example.org/\n")
			run(t, dir, first)
			if tt.edit != nil {
				tt.edit(t, dir)
			}
			pl := run(t, dir, tt.again)
			if !slices.Equal(pl.Unlisted, tt.want) {
				t.Errorf("Unlisted = %v, want %v", pl.Unlisted, tt.want)
			}
			if tt.want == nil {
				return
			}
			want := "; 1 no longer in Hugging Face's list, kept on the day, where an earlier import listed it (to take it off, add it to removed: in content/days/2025-06-16.md): 2506.00002"
			if got := pl.Summary(); !strings.HasSuffix(got, want) || !strings.Contains(pl.Warnings(), "2506.00002") {
				t.Errorf("Summary() = %q, want it to end %q", got, want)
			}
			if got := shownOn(t, dir, "2025-06-16"); !slices.Contains(got, "2506.00002") {
				t.Errorf("the day shows %v; want it to keep 2506.00002", got)
			}
		})
	}
}
