package related

import (
	"cmp"
	"slices"
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

// champions keeps each term, in the vectors, only in the limit docs where
// it weighs most (ties by the smaller doc index): the term's champion list
// (Manning, Raghavan and Schütze, Introduction to Information Retrieval,
// §7.1.3). A pair of docs then scores a term only if both are champions
// of it, so scoring costs at most limit² per term instead of growing with
// the square of the archive. Vectors keep their norms: the dropped terms
// still weigh in the cosine's denominator. It returns the postings of the
// vectors as they are left.
func champions(vecs [][]entry, terms, limit int) postings {
	post := buildPostings(vecs, terms)
	// cuts[t] is term t's lightest champion; the weight -1 of a term with no
	// more than limit docs keeps it everywhere.
	type cut struct {
		w   float32
		doc int32
	}
	var cuts []cut
	var list []posting
	for t := range terms {
		if post.start[t+1]-post.start[t] <= int32(limit) {
			continue
		}
		list = append(list[:0], post.list[post.start[t]:post.start[t+1]]...)
		slices.SortFunc(list, func(a, b posting) int {
			if c := cmp.Compare(b.w, a.w); c != 0 {
				return c
			}
			return cmp.Compare(a.doc, b.doc)
		})
		if cuts == nil {
			cuts = make([]cut, terms)
			for u := range cuts {
				cuts[u].w = -1
			}
		}
		cuts[t] = cut{list[limit-1].w, list[limit-1].doc}
	}
	if cuts == nil {
		return post
	}
	for i, v := range vecs {
		kept := v[:0]
		for _, e := range v {
			if c := cuts[e.term]; e.w > c.w || e.w == c.w && int32(i) <= c.doc {
				kept = append(kept, e)
			}
		}
		vecs[i] = kept
	}
	return buildPostings(vecs, terms)
}
