package related

// posting is one doc that kept a term, with the term's weight there.
type posting struct {
	doc int32
	w   float32
}

// postings maps each term to the docs that kept it, in doc order.
type postings struct {
	start []int32 // term t's docs are list[start[t]:start[t+1]]
	list  []posting
}

// of returns the postings of term t.
func (p postings) of(t uint32) []posting {
	return p.list[p.start[t]:p.start[t+1]]
}

// buildPostings inverts the kept vectors of every doc.
func buildPostings(vecs [][]entry, terms int) postings {
	p := postings{start: make([]int32, terms+1)}
	for _, v := range vecs {
		for _, e := range v {
			p.start[e.term+1]++
		}
	}
	for t := range terms {
		p.start[t+1] += p.start[t]
	}
	p.list = make([]posting, p.start[terms])
	fill := make([]int32, terms)
	copy(fill, p.start)
	for i, v := range vecs {
		for _, e := range v {
			p.list[fill[e.term]] = posting{doc: int32(i), w: e.w}
			fill[e.term]++
		}
	}
	return p
}

// hit is a candidate related doc and its score.
type hit struct {
	doc   int32
	score float32
}

// rank finds each doc's k best-scoring other docs, by summing, for each of
// its kept terms, the products of weights along the term's postings.
func rank(docs []Doc, vecs [][]entry, post postings, k, workers int) [][]int {
	n := len(docs)
	out := make([][]int, n)
	parallel(workers, n, func() func(lo, hi int) {
		acc := make([]float32, n) // doc → score so far; all zero between docs
		var touched []int32       // docs with a nonzero score
		var best []hit            // the k best so far, best first
		var found []int           // the chunk's results, back to back
		ends := make([]int, chunk)
		return func(lo, hi int) {
			found = found[:0]
			for i := lo; i < hi; i++ {
				for _, e := range vecs[i] {
					for _, p := range post.of(e.term) {
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += e.w * p.w
					}
				}
				best = best[:0]
				for _, j := range touched {
					h := hit{doc: j, score: acc[j]}
					acc[j] = 0
					if int(j) == i || len(best) == k && h.score < best[k-1].score {
						continue // itself, or certainly not among the best
					}
					best = insert(best, h, k, docs)
				}
				touched = touched[:0]
				for _, h := range best {
					found = append(found, int(h.doc))
				}
				ends[i-lo] = len(found)
			}
			// One allocation per chunk holds the lists of all its docs.
			all := append([]int(nil), found...)
			start := 0
			for i := lo; i < hi; i++ {
				if end := ends[i-lo]; end > start {
					out[i] = all[start:end:end]
					start = end
				}
			}
		}
	})
	return out
}

// insert adds h to best, which holds at most k hits best first, if it
// ranks among them.
func insert(best []hit, h hit, k int, docs []Doc) []hit {
	if len(best) == k {
		if !before(h, best[k-1], docs) {
			return best
		}
		best = best[:k-1]
	}
	j := len(best)
	best = append(best, h)
	for ; j > 0 && before(h, best[j-1], docs); j-- {
		best[j] = best[j-1]
	}
	best[j] = h
	return best
}

// before reports whether hit a ranks before hit b: higher score, then
// smaller Doc.ID, then smaller index.
func before(a, b hit, docs []Doc) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if idA, idB := docs[a.doc].ID, docs[b.doc].ID; idA != idB {
		return idA < idB
	}
	return a.doc < b.doc
}
