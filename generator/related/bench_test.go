package related

import (
	"flag"
	"testing"
)

// benchSpec is an archive like gencorpus.py's: 60 topics of uneven
// popularity, 120–250 word abstracts mixing its common words, topic jargon
// and a long tail of rare words, with bold, code and math markup.
func benchSpec(docs int) corpusSpec {
	return corpusSpec{docs: docs, topics: 60, topicWords: 300, rareWords: 50000, topical: 0.3, seed: 1}
}

// smokeDocs is the most papers a benchmark finds for when it runs once
// (-benchtime 1x, as make test runs every benchmark to see that it still
// works): BenchmarkFind100k's one Find of 100,000 papers cost 11 s of CPU
// there. make bench measures the sizes the names say.
const smokeDocs = 10_000

// once reports whether the benchmarks run a single time (-benchtime 1x).
func once() bool {
	f := flag.Lookup("test.benchtime")
	return f != nil && f.Value.String() == "1x"
}

func benchmarkFind(b *testing.B, docs int) {
	if once() && docs > smokeDocs {
		b.Logf("-benchtime 1x: %d papers, not %d", smokeDocs, docs)
		docs = smokeDocs
	}
	c := generate(benchSpec(docs))
	b.ReportAllocs()
	for b.Loop() {
		Find(c.docs, 5, Options{})
	}
}

func BenchmarkFind10k(b *testing.B)  { benchmarkFind(b, 10_000) }
func BenchmarkFind100k(b *testing.B) { benchmarkFind(b, 100_000) }

// BenchmarkTokenize measures the tokenizer alone, over the titles and
// abstracts of BenchmarkFind10k's papers.
func BenchmarkTokenize(b *testing.B) {
	c := generate(benchSpec(smokeDocs))
	var tk tokenizer
	n := 0
	emit := func([]byte) { n++ }
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range c.docs {
			tk.each(d.Title, emit)
			tk.each(d.Text, emit)
		}
	}
}
