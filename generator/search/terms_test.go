package search

import (
	"fmt"
	"runtime"
	"slices"
	"testing"
)

// TestCollectTermsParallel: tokenising runs of documents in parallel gives
// the same terms and postings, in the same order, as one pass.
func TestCollectTermsParallel(t *testing.T) {
	words := []string{"attention", "diffusion", "Schrödinger", "graph", "łukasz", "agents", "policy", "reward", "ﬁne", "token"}
	docs := make([]Doc, 3*minRunDocs+17)
	for i := range docs {
		docs[i] = Doc{
			ID:      fmt.Sprintf("2401.%05d", i),
			Title:   words[i%len(words)] + " " + words[(i/3)%len(words)],
			Authors: []string{"Ada " + words[(i/7)%len(words)]},
			Topics:  []string{fmt.Sprintf("t%d", i%5)},
			Abstract: fmt.Sprintf("We study %s and %s with %s; the %s improves.", words[(i/2)%len(words)],
				words[(i/5)%len(words)], words[(i/11)%len(words)], words[i%len(words)]),
		}
	}
	want := sortedTerms(termsOf(newFolder(), docs, 0, nil))
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	got := collectTerms(newFolder(), docs, nil)
	if len(got) != len(want) {
		t.Fatalf("%d terms, want %d", len(got), len(want))
	}
	for i := range want {
		g, w := got[i], want[i]
		if g.term != w.term || !slices.Equal(g.docs, w.docs) || !slices.Equal(g.codes, w.codes) {
			t.Fatalf("term %d: got %q with %d postings, want %q with %d", i, g.term, len(g.docs), w.term, len(w.docs))
		}
	}
}
