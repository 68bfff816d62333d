package search

import (
	"os"
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// firstQueryBudget is the most a browser may download, gzip-compressed,
// for the first search of a visit on a 10,000-paper archive.
const firstQueryBudget = 150_000

// typicalQueries are two-word searches as readers type them; the last word
// may still be a prefix.
var typicalQueries = []string{"diffusion models", "language agents", "robust attention", "schrödinger bridges", "reward mod"}

// TestFirstQueryBudget builds the index of 10,000 generated papers and
// checks what a first search downloads: search.js, meta.json, the shards
// of its words and the doc-store chunks of the first page of results.
func TestFirstQueryBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 10,000-paper index")
	}
	script, err := os.ReadFile(scriptPath)
	if err != nil {
		t.Fatal(err)
	}
	docs := genDocs(10_000)
	files, st := mustBuild(t, docs, Options{})
	t.Logf("index: %d docs, %d terms, %d postings, %d shards (largest %d B, %d oversize), %d chunks, %d files, %d bytes; meta.json %d B",
		st.Docs, st.Terms, st.Postings, st.Shards, st.LargestShard, st.Oversize, st.Chunks, st.Files, st.Bytes, st.MetaBytes)
	// A pasted abstract, of which only the longest words are searched, and
	// typing mistakes, one after a word's first two letters and one in
	// them, whose lookup reads the shards of four starts (see typoRoots).
	for _, q := range append(slices.Clone(typicalQueries), docs[5000].Abstract, "diffsuion models ", "idffusion models ") {
		tr, err := FirstQuery(files, script, q)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("first query %.40q: %d files, %d B raw, %d B gzip", q, len(tr.Files), tr.Raw, tr.Gzip)
		if testing.Verbose() {
			for _, f := range tr.Files {
				t.Logf("    %-34s %7d %6d", f.Path, f.Raw, f.Gzip)
			}
		}
		if tr.Gzip > firstQueryBudget {
			t.Errorf("FirstQuery(%q) = %d bytes gzip, want at most %d", q, tr.Gzip, firstQueryBudget)
		}
		if len(tr.Files) < 4 {
			t.Errorf("FirstQuery(%q) counted %d files, want script, meta, shards and chunks", q, len(tr.Files))
		}
	}
}

// BenchmarkBuild10k measures building the index of 10,000 papers and
// reports its size and a first query's download.
func BenchmarkBuild10k(b *testing.B) {
	docs := genDocs(10_000)
	script, err := os.ReadFile(scriptPath)
	if err != nil {
		b.Fatal(err)
	}
	var files []model.File
	var st Stats
	for b.Loop() {
		files, st, err = Build(docs, Options{})
		if err != nil {
			b.Fatal(err)
		}
	}
	n, err := FirstQueryBytes(files, script, typicalQueries[0])
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Bytes), "index-B")
	b.ReportMetric(float64(st.Shards), "shards")
	b.ReportMetric(float64(n), "first-query-gzip-B")
}
