package related

import "slices"

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
