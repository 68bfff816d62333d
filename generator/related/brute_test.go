package related

import (
	"fmt"
	"slices"
	"testing"
)

// bruteForce is Find by comparing every pair of kept vectors.
func bruteForce(docs []Doc, k int, opts Options) [][]int {
	opts = opts.withDefaults(len(docs))
	vecs, _ := vectors(docs, opts)
	out := make([][]int, len(docs))
	for i, vi := range vecs {
		var hits []hit
		for j, vj := range vecs {
			if s := dot(vi, vj); j != i && s > 0 && !docs[j].Unlisted {
				hits = append(hits, hit{doc: int32(j), score: s})
			}
		}
		slices.SortFunc(hits, func(a, b hit) int {
			if before(a, b, docs) {
				return -1
			}
			return 1
		})
		for _, h := range hits[:min(k, len(hits))] {
			out[i] = append(out[i], int(h.doc))
		}
	}
	return out
}

// dot is the dot product of two vectors sorted by term, summed in term
// order.
func dot(a, b []entry) float32 {
	var s float32
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0].term < b[0].term:
			a = a[1:]
		case a[0].term > b[0].term:
			b = b[1:]
		default:
			s += float32(a[0].w * b[0].w)
			a, b = a[1:], b[1:]
		}
	}
	return s
}

func TestFindMatchesBruteForce(t *testing.T) {
	c := generate(corpusSpec{docs: 600, topics: 12, topicWords: 50, rareWords: 500, topical: 0.2, seed: 9})
	docs := c.docs
	// Copies under other ids make exact ties.
	for i := range 40 {
		d := docs[i*7]
		d.ID = fmt.Sprintf("copy-%02d", i%13)
		docs = append(docs, d)
	}
	docs = append(docs, Doc{ID: "empty"}, Doc{ID: "title only", Title: docs[3].Title})
	for i := 5; i < len(docs); i += 11 {
		docs[i].Unlisted = true
	}
	for _, opts := range []Options{
		{},
		{Workers: 3, TermsPerDoc: 5},
		{Workers: 2, TermsPerDoc: 100},
		{MaxPosting: 40},
		{PostingLimit: 25},
		{Workers: 2, PostingLimit: 1},
	} {
		for _, k := range []int{1, 5, 30} {
			want := bruteForce(docs, k, opts)
			got := Find(docs, k, opts)
			for i := range docs {
				if !slices.Equal(got[i], want[i]) {
					t.Fatalf("Find(docs, %d, %+v)[%d] = %v, want %v (every pair compared)", k, opts, i, got[i], want[i])
				}
			}
		}
	}
}

func TestChampions(t *testing.T) {
	// Term 0 is in five docs, term 1 in two, term 2 in one.
	vecs := func() [][]entry {
		return [][]entry{
			{{0, .5}, {1, .5}},
			{{0, .9}},
			{{0, .5}, {2, .3}},
			{{0, .1}, {1, .2}},
			{{0, .9}},
		}
	}
	tests := []struct {
		limit int
		want  [][]entry
	}{
		{5, vecs()},
		{2, [][]entry{{{1, .5}}, {{0, .9}}, {{2, .3}}, {{1, .2}}, {{0, .9}}}},
		// Docs 0 and 2 tie at .5 for the third place: the smaller index wins.
		{3, [][]entry{{{0, .5}, {1, .5}}, {{0, .9}}, {{2, .3}}, {{1, .2}}, {{0, .9}}}},
		{1, [][]entry{{{1, .5}}, {{0, .9}}, {{2, .3}}, {}, {}}},
	}
	for _, tt := range tests {
		got := vecs()
		champions(got, 3, tt.limit)
		for i := range got {
			if !slices.Equal(got[i], tt.want[i]) {
				t.Errorf("champions(limit %d): doc %d keeps %v, want %v", tt.limit, i, got[i], tt.want[i])
			}
		}
	}
}
