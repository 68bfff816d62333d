package related

// rank finds each doc's k best-scoring other docs. The score of a pair is
// computed once, by the smaller doc, which sums along the postings of its
// kept terms the products of weights with every later doc; the score is
// then offered to both docs' lists, an Unlisted doc to none. Each pair
// adds its terms in term order from either side, so a score is the same
// whichever doc computes it.
func rank(docs []Doc, vecs [][]entry, post postings, k, workers int) [][]int {
	n := len(docs)
	b := newBoard(n, min(k, n-1))
	parallel(workers, n, func() func(lo, hi int) {
		acc := make([]float32, n) // doc → score so far; all zero between docs
		var touched []int32       // docs with a nonzero score
		var best []hit            // the doc's best hits among later docs
		return func(lo, hi int) {
			for i := int32(lo); i < int32(hi); i++ {
				listed := !docs[i].Unlisted
				for _, e := range vecs[i] {
					for _, p := range post.after(e.term, i) {
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += float32(e.w * p.w) // rounded: no fused multiply-add
					}
				}
				best = best[:0]
				floor := float32(0) // the k-th best score once best is full
				for _, j := range touched {
					h := hit{doc: j, score: acc[j]}
					acc[j] = 0
					if listed && h.score >= b.floor(j) {
						b.add(j, hit{doc: i, score: h.score}, docs)
					}
					if h.score < floor || docs[j].Unlisted {
						continue
					}
					if best = insert(best, h, b.k, docs); len(best) == b.k {
						floor = best[b.k-1].score
					}
				}
				touched = touched[:0]
				for _, h := range best {
					if h.score >= b.floor(i) {
						b.add(i, h, docs)
					}
				}
			}
		}
	})
	return b.results()
}
