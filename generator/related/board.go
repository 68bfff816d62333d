package related

import (
	"math"
	"sync"
	"sync/atomic"
)

// hit is a candidate related doc and its score.
type hit struct {
	doc   int32
	score float32
}

// board holds every doc's best hits so far, for concurrent offers.
type board struct {
	k      int
	mu     []sync.Mutex    // guards the doc's hits and length
	floors []atomic.Uint32 // float32 bits of the doc's k-th best score once it has k
	hits   []hit           // doc i's hits are hits[i*k:][:lens[i]], best first
	lens   []int32
}

// newBoard returns a board for n docs with room for k hits each.
func newBoard(n, k int) *board {
	return &board{
		k:      k,
		mu:     make([]sync.Mutex, n),
		floors: make([]atomic.Uint32, n),
		hits:   make([]hit, n*k),
		lens:   make([]int32, n),
	}
}

// floor returns the k-th best score of doc i, or 0 while it has fewer
// than k hits. A hit below the floor cannot rank: floors only rise.
func (b *board) floor(i int32) float32 {
	return math.Float32frombits(b.floors[i].Load())
}

// add adds h to doc i's hits if it ranks among the best k.
func (b *board) add(i int32, h hit, docs []Doc) {
	b.mu[i].Lock()
	best := insert(b.hits[int(i)*b.k:][:b.lens[i]], h, b.k, docs)
	b.lens[i] = int32(len(best))
	if len(best) == b.k {
		b.floors[i].Store(math.Float32bits(best[b.k-1].score))
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
