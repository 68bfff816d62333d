package related

import "testing"

// benchSpec is an archive like gencorpus.py's: 60 topics of uneven
// popularity, 120–250 word abstracts mixing its common words, topic jargon
// and a long tail of rare words, with bold, code and math markup.
func benchSpec(docs int) corpusSpec {
	return corpusSpec{docs: docs, topics: 60, topicWords: 300, rareWords: 50000, topical: 0.3, seed: 1}
}

func benchmarkFind(b *testing.B, docs int) {
	c := generate(benchSpec(docs))
	b.ReportAllocs()
	for b.Loop() {
		Find(c.docs, 5, Options{})
	}
}

func BenchmarkFind10k(b *testing.B)  { benchmarkFind(b, 10_000) }
func BenchmarkFind100k(b *testing.B) { benchmarkFind(b, 100_000) }
