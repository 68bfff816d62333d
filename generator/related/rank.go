package related

import (
	"math"
	"slices"
	"sync"
	"sync/atomic"
)

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

// after returns the postings of term t for docs after doc i.
func (p postings) after(t uint32, i int32) []posting {
	list := p.list[p.start[t]:p.start[t+1]]
	n, _ := slices.BinarySearchFunc(list, i+1, func(p posting, doc int32) int { return int(p.doc - doc) })
	return list[n:]
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

// rank finds each doc's k best-scoring other docs. The score of a pair is
// computed once, by the smaller doc, which sums along the postings of its
// kept terms the products of weights with every later doc; the score is
// then offered to both docs' lists. Each pair adds its terms in term order
// from either side, so a score is the same whichever doc computes it.
func rank(docs []Doc, vecs [][]entry, post postings, k, workers int) [][]int {
	n := len(docs)
	b := newBoard(n, min(k, n-1))
	parallel(workers, n, func() func(lo, hi int) {
		acc := make([]float32, n) // doc → score so far; all zero between docs
		var touched []int32       // docs with a nonzero score
		var best []hit            // the doc's best hits among later docs
		return func(lo, hi int) {
			for i := int32(lo); i < int32(hi); i++ {
				for _, e := range vecs[i] {
					for _, p := range post.after(e.term, i) {
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += e.w * p.w
					}
				}
				best = best[:0]
				floor := float32(0) // the k-th best score once best is full
				for _, j := range touched {
					h := hit{doc: j, score: acc[j]}
					acc[j] = 0
					b.offer(j, hit{doc: i, score: h.score}, docs)
					if h.score < floor {
						continue
					}
					if best = insert(best, h, b.k, docs); len(best) == b.k {
						floor = best[b.k-1].score
					}
				}
				touched = touched[:0]
				for _, h := range best {
					b.offer(i, h, docs)
				}
			}
		}
	})
	return b.results()
}

// hit is a candidate related doc and its score.
type hit struct {
	doc   int32
	score float32
}

// board holds every doc's best hits so far, for concurrent offers.
type board struct {
	k     int
	mu    []sync.Mutex    // guards the doc's hits and length
	floor []atomic.Uint32 // float32 bits of the doc's k-th best score once it has k; may lag
	hits  []hit           // doc i's hits are hits[i*k:][:lens[i]], best first
	lens  []int32
}

// newBoard returns a board for n docs with room for k hits each.
func newBoard(n, k int) *board {
	return &board{
		k:     k,
		mu:    make([]sync.Mutex, n),
		floor: make([]atomic.Uint32, n),
		hits:  make([]hit, n*k),
		lens:  make([]int32, n),
	}
}

// offer adds h to doc i's hits if it ranks among the best k. A hit below
// the floor is dropped without locking: floors only rise, so it could never
// rank.
func (b *board) offer(i int32, h hit, docs []Doc) {
	if h.score < math.Float32frombits(b.floor[i].Load()) {
		return
	}
	b.mu[i].Lock()
	best := insert(b.hits[int(i)*b.k:][:b.lens[i]], h, b.k, docs)
	b.lens[i] = int32(len(best))
	if len(best) == b.k {
		b.floor[i].Store(math.Float32bits(best[b.k-1].score))
	}
	b.mu[i].Unlock()
}

// results returns each doc's hits as doc indexes, nil for none. The lists
// share one array.
func (b *board) results() [][]int {
	out := make([][]int, len(b.lens))
	all := make([]int, 0, len(b.hits))
	for i, n := range b.lens {
		start := len(all)
		for _, h := range b.hits[i*b.k:][:n] {
			all = append(all, int(h.doc))
		}
		if n > 0 {
			out[i] = all[start:len(all):len(all)]
		}
	}
	return out
}

// insert adds h to best, which holds at most k hits best first, if it
// ranks among them. While best is shorter than k it grows in place, so a
// slice of a longer array keeps its hits there.
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
