package related

import (
	"cmp"
	"math"
	"slices"
)

// entry is one kept term of a doc and its weight in the doc's unit vector.
type entry struct {
	term uint32
	w    float32
}

// weigh turns term counts into each doc's kept vector: the TermsPerDoc
// heaviest terms by TF-IDF (ties by term), L2-normalised, sorted by term.
// Terms in more than MaxPosting docs are left out before choosing.
func weigh(c counts, opts Options) [][]entry {
	n := len(c.docs)
	idf := make([]float64, len(c.df))
	for t, df := range c.df {
		if int(df) <= opts.MaxPosting {
			idf[t] = 1 + math.Log(float64(1+n)/float64(1+df))
		}
	}
	// Every doc gets room for min(TermsPerDoc, its term count) entries in
	// one shared array, so the result is two allocations.
	start := make([]int, n+1)
	for i, terms := range c.docs {
		start[i+1] = start[i] + min(opts.TermsPerDoc, len(terms))
	}
	flat := make([]entry, start[n])
	vecs := make([][]entry, n)
	parallel(opts.Workers, n, func() func(lo, hi int) {
		var top []entry
		return func(lo, hi int) {
			for i := lo; i < hi; i++ {
				top = keep(top[:0], c.docs[i], idf, opts.TermsPerDoc)
				v := flat[start[i] : start[i]+len(top) : start[i]+len(top)]
				copy(v, top)
				vecs[i] = v
			}
		}
	})
	return vecs
}

// keep appends to top the at most limit heaviest terms of terms, ranked by
// weight then term, normalised to unit length and sorted by term. Terms
// with a zero idf (too common) are skipped.
func keep(top []entry, terms []termCount, idf []float64, limit int) []entry {
	var w [maxKeep]float64
	heavy := w[:0]
	if limit > maxKeep {
		heavy = make([]float64, 0, limit)
	}
	for _, tc := range terms {
		x := idf[tc.term]
		if x == 0 {
			continue
		}
		x *= tf(tc.n)
		// Insert into top (kept sorted heaviest first) if it ranks.
		if len(top) == limit {
			last := len(top) - 1
			if !heavier(x, tc.term, heavy[last], top[last].term) {
				continue
			}
			top, heavy = top[:last], heavy[:last]
		}
		j := len(top)
		top, heavy = append(top, entry{}), append(heavy, 0)
		for ; j > 0 && heavier(x, tc.term, heavy[j-1], top[j-1].term); j-- {
			top[j], heavy[j] = top[j-1], heavy[j-1]
		}
		top[j], heavy[j] = entry{term: tc.term}, x
	}
	var sum float64
	for _, x := range heavy {
		sum += float64(x * x) // rounded: no fused multiply-add
	}
	norm := math.Sqrt(sum)
	for j := range top {
		top[j].w = float32(heavy[j] / norm)
	}
	sortByTerm(top)
	return top
}

// maxKeep is the TermsPerDoc up to which keep works without allocating.
const maxKeep = 64

// heavier reports whether term a of weight x ranks before term b of weight
// y: heavier first, then the smaller term id, that is the smaller term.
func heavier(x float64, a uint32, y float64, b uint32) bool {
	if x != y {
		return x > y
	}
	return a < b
}

// tf is the sublinear term frequency weight 1 + ln n.
func tf(n uint32) float64 {
	if n == 1 {
		return 1
	}
	return 1 + math.Log(float64(n))
}

// sortByTerm sorts a vector by term id, with an insertion sort for the
// usual few dozen entries.
func sortByTerm(v []entry) {
	if len(v) > maxKeep {
		slices.SortFunc(v, func(a, b entry) int { return cmp.Compare(a.term, b.term) })
		return
	}
	for i := 1; i < len(v); i++ {
		for j := i; j > 0 && v[j].term < v[j-1].term; j-- {
			v[j], v[j-1] = v[j-1], v[j]
		}
	}
}
