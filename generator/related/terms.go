package related

import (
	"slices"
	"strings"
	"sync"
)

// termCount is one term of one doc and its count there (title terms count
// twice).
type termCount struct {
	term uint32 // index in counts.vocab
	n    uint32
}

// counts is every doc's terms over one vocabulary.
type counts struct {
	vocab []string      // every term, sorted, so term ids order like the terms
	df    []int32       // how many docs hold each term
	docs  [][]termCount // each doc's terms, in no particular order
}

// topicPrefix starts the pseudo-term of a topic. Terms hold only letters
// and digits, so it cannot clash with a word.
const topicPrefix = "#"

// Weights of a term occurrence by where it is found.
const (
	titleCount = 2
	textCount  = 1
	topicCount = 1
)

// countTerms tokenises docs on the given number of goroutines, each over a
// contiguous range with its own vocabulary, then merges the vocabularies.
// The result does not depend on the number of workers.
func countTerms(docs []Doc, workers int) counts {
	shards := make([]*shard, workers)
	c := counts{docs: make([][]termCount, len(docs))}
	var wg sync.WaitGroup
	for w := range shards {
		lo, hi := len(docs)*w/workers, len(docs)*(w+1)/workers
		shards[w] = &shard{ids: make(map[string]uint32)}
		wg.Go(func() { shards[w].count(docs[lo:hi], c.docs[lo:hi]) })
	}
	wg.Wait()

	var all []string
	for _, s := range shards {
		all = append(all, s.vocab...)
	}
	slices.Sort(all)
	c.vocab = slices.Compact(all)
	c.df = make([]int32, len(c.vocab))
	for _, s := range shards {
		remap := make([]uint32, len(s.vocab))
		for l, term := range s.vocab {
			g, _ := slices.BinarySearch(c.vocab, term)
			remap[l] = uint32(g)
			c.df[g] += s.df[l]
		}
		for _, b := range s.blocks {
			for i := range b {
				b[i].term = remap[b[i].term]
			}
		}
	}
	return c
}

// shard counts the terms of a range of docs over its own vocabulary.
type shard struct {
	ids    map[string]uint32 // term → local id
	vocab  []string          // local id → term
	df     []int32           // local id → docs holding it
	n      []uint32          // local id → count in the current doc
	seen   []uint32          // local ids in the current doc
	blocks [][]termCount     // the terms of every doc of the range, back to back
	tk     tokenizer
}

// count fills out[i] with the terms of docs[i], with local term ids.
func (s *shard) count(docs []Doc, out [][]termCount) {
	weight := uint32(0)
	add := func(term []byte) { s.add(term, weight) }
	var block []termCount // holds the terms of consecutive docs
	for i, d := range docs {
		weight = titleCount
		s.tk.each(d.Title, add)
		weight = textCount
		s.tk.each(d.Text, add)
		for _, t := range d.Topics {
			if t = strings.TrimSpace(t); t != "" {
				s.addTopic(topicPrefix + t)
			}
		}
		// Docs take their terms from blocks, not one growing slice, so
		// nothing is copied and little is allocated beyond what is kept.
		if cap(block)-len(block) < len(s.seen) {
			s.blocks = append(s.blocks, block)
			block = make([]termCount, 0, max(blockSize, len(s.seen)))
		}
		start := len(block)
		for _, id := range s.seen {
			block = append(block, termCount{id, s.n[id]})
			s.df[id]++
			s.n[id] = 0
		}
		s.seen = s.seen[:0]
		out[i] = block[start:len(block):len(block)]
	}
	s.blocks = append(s.blocks, block)
}

// blockSize is the number of term counts in a block of shard.count.
const blockSize = 1 << 16

// add counts weight occurrences of term in the current doc.
func (s *shard) add(term []byte, weight uint32) {
	id, ok := s.ids[string(term)]
	if !ok {
		id = s.intern(string(term))
	}
	if s.n[id] == 0 {
		s.seen = append(s.seen, id)
	}
	s.n[id] += weight
}

// addTopic counts a topic pseudo-term once, however often the doc lists it.
func (s *shard) addTopic(term string) {
	id, ok := s.ids[term]
	if !ok {
		id = s.intern(term)
	}
	if s.n[id] == 0 {
		s.seen = append(s.seen, id)
		s.n[id] = topicCount
	}
}

// intern gives term a new local id.
func (s *shard) intern(term string) uint32 {
	id := uint32(len(s.vocab))
	s.ids[term] = id
	s.vocab = append(s.vocab, term)
	s.df = append(s.df, 0)
	s.n = append(s.n, 0)
	return id
}
