package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func mustBuild(t testing.TB, docs []Doc, opts Options) ([]model.File, Stats) {
	t.Helper()
	files, st, err := Build(docs, opts)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return files, st
}

// writeFiles writes files into the folder dir, each at its path less
// prefix.
func writeFiles(t testing.TB, dir string, files []model.File, prefix string) {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range files {
		fsys[strings.TrimPrefix(f.Path, prefix)] = &fstest.MapFile{Data: f.Data}
	}
	if err := os.CopyFS(dir, fsys); err != nil {
		t.Fatal(err)
	}
}

func mustOpen(t testing.TB, files []model.File) *Index {
	t.Helper()
	ix, err := Open(files)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return ix
}

func docsOf(hits []Hit) []int {
	out := make([]int, len(hits))
	for i, h := range hits {
		out[i] = h.Doc
	}
	return out
}

// TestFindable checks that every document is found by each word of its
// title and by each author's surname and full name, typed completely or
// still being typed.
func TestFindable(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(600)...)
	files, _ := mustBuild(t, docs, Options{ShardBytes: 4 << 10})
	ix := mustOpen(t, files)
	find := func(n int, q string) {
		t.Helper()
		for _, text := range []string{q, q + " "} {
			hits, err := ix.Search(Query{Text: text})
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(docsOf(hits), n) {
				t.Errorf("Search(%q) = %d hits without doc %d (%q)", text, len(hits), n, docs[n].Title)
			}
		}
	}
	for n, d := range docs {
		words(d.Title, func(w string, _, _, _ bool) { find(n, w) })
		for _, a := range d.Authors {
			find(n, a)
			parts := strings.Fields(a)
			find(n, parts[len(parts)-1])
			if i := strings.Index(a, "van der "); i >= 0 {
				find(n, a[i:])
			}
		}
		find(n, d.ID)
	}
}

func TestSearch(t *testing.T) {
	files, _ := mustBuild(t, fixtureDocs(), Options{})
	tests := []struct {
		q    Query
		want []int
	}{
		{Query{Text: "schrodinger"}, []int{0}},
		{Query{Text: "Schrödinger bridges"}, []int{0}},
		{Query{Text: "schr"}, []int{0}},
		{Query{Text: "学習"}, []int{2}},    // two neighbours of the title
		{Query{Text: "習学"}, nil},         // the same characters, not neighbours
		{Query{Text: "学"}, []int{2}},     // one character
		{Query{Text: "言語モデル"}, []int{2}}, // kana pairs
		{Query{Text: "lukasz kowalski"}, []int{0}},
		{Query{Text: "brien"}, []int{0}},
		{Query{Text: "o'brien"}, []int{0}},
		{Query{Text: "yilmaz"}, []int{1}},
		{Query{Text: "attention"}, []int{1}},
		{Query{Text: "attention is all you need"}, []int{1}},
		{Query{Text: "翻訳"}, []int{2}},
		{Query{Text: "言語"}, []int{2}},
		{Query{Text: "οδος"}, []int{3}},
		{Query{Text: "fine tuning"}, []int{3}},
		{Query{Text: "2410.07166"}, []int{0}},
		{Query{Text: "10.18653/v1/2023.acl-long.1"}, []int{2}},                  // a DOI
		{Query{Text: "https://doi.org/10.18653/v1/2023.acl-long.1 "}, []int{2}}, // its address
		{Query{Text: "doi:10.18653/v1/2023.acl-long.1"}, []int{2}},
		{Query{Text: "erdos renyi"}, []int{4}},
		{Query{Text: "nothing-like-this"}, nil},
		{Query{Text: "theory"}, []int{3, 0}},                                         // later doc first on a tie
		{Query{Text: "all "}, []int{1}},                                              // a stopword, kept in titles only
		{Query{Text: "the"}, []int{3, 0}},                                            // prefix of "theory"
		{Query{Text: "revisit"}, []int{4, 1}},                                        // prefix: title + abstract beats abstract
		{Query{Text: "kernels", Topic: "theory"}, []int{3}},                          // topic filter
		{Query{Text: "kernels", Topic: "transformers"}, nil},                         // topic filter excludes
		{Query{Text: "kernels", Topic: "no-such-topic"}, nil},                        // unknown topic
		{Query{Topic: "theory"}, []int{3, 0}},                                        // topic alone
		{Query{From: "2024-01-01", To: "2024-02-28"}, []int{3, 1}},                   // dates alone
		{Query{Text: "revisited", From: "2024-01-01"}, []int{1}},                     // undated excluded
		{Query{Text: "attention", To: "2023-12-31"}, nil},                            // after the range
		{Query{Text: "schrodinger", From: "2024-10-09", To: "2024-10-09"}, []int{0}}, // bounds inclusive
		{Query{}, nil},
		{Query{Text: "graph ", NoTypos: true}, []int{4}},     // a singular finds the plural
		{Query{Text: "kernel ", NoTypos: true}, []int{3}},    // in a title and an abstract
		{Query{Text: "attentoin"}, []int{1}},                 // a typo: two letters swapped
		{Query{Text: "atention need "}, []int{1}},            // a letter left out
		{Query{Text: "sparse kernals "}, []int{3}},           // a letter changed
		{Query{Text: "sparse kernals ", NoTypos: true}, nil}, // not without typos
		{Query{Text: "2410.07167 "}, nil},                    // an id one digit away is another paper
		{Query{Text: "schrodinger bridges", Topic: "theory"}, []int{0}},
	}
	for _, tt := range tests {
		ix := mustOpen(t, files)
		hits, err := ix.Search(tt.q)
		if err != nil {
			t.Fatalf("Search(%+v): %v", tt.q, err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Search(%+v) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestArabicScript checks that the letters Arabic and Persian keyboards
// type differently, the tatweel and Arabic-Indic digits find the same
// papers.
func TestArabicScript(t *testing.T) {
	files, _ := mustBuild(t, arabicDocs(), Options{})
	tests := []struct {
		q    string
		want []int
	}{
		{"فارسي", []int{1, 0}},    // فارسی: a title, then an author
		{"فارسی", []int{1, 0}},    // as typed on a Persian keyboard
		{"يادگيري", []int{1}},     // یادگیری
		{"الکتاب", []int{0}},      // الكتاب
		{"شـامل", []int{0}},       // شامل
		{"المدرسه", []int{0}},     // المدرسة
		{"مصطفى", nil},            // no such word
		{"12 30", []int{0}},       // ١٢ and ۳۰
		{"٣٠ ", []int{0}},         // ۳۰ in Arabic-Indic digits
		{"٢٥٠٦٫٢٠٠٠٢", []int{0}},  // 2506.20002
		{"۲۵۰۶.۲۰۰۰۳ ", []int{1}}, // 2506.20003
	}
	for _, tt := range tests {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatalf("Search(%q): %v", tt.q, err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Search(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestPlurals checks that a word finds its singular or plural, and not
// words that only look like one.
func TestPlurals(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "Learned policies"},
		{ID: "b", Title: "A policy of boxes"},
		{ID: "c", Title: "Matches and transformers", Abstract: "a transformer, cares"},
		{ID: "d", Title: "Gas in a bus", Abstract: "status, less"},
		{ID: "e", Title: "Keys to movies on GPUs"},
	}
	files, _ := mustBuild(t, docs, Options{})
	tests := []struct {
		q    string
		want []int
	}{
		{"policy ", []int{1, 0}},   // itself first, then its plural
		{"policies ", []int{0, 1}}, // and the other way round
		{"box ", []int{1}},         // plural in "es"
		{"match ", []int{2}},       // as well
		{"transformer ", []int{2}}, // title plural beats abstract singular: one hit
		{"car ", nil},              // "cares" is not "car" and "es"
		{"car ", nil},              // "cares" is not "car" and "es"
		{"les ", nil},              // "less" is no plural
		{"gpu ", []int{4}},         // "gpus", which the S-stemmer keeps
		{"movie ", []int{4}},       // "movies", which it makes "movy"
		{"key ", []int{4}},         // "keys": root "key", not "ke"
		{"ga ", nil},               // nor is "gas" of a word this short
		{"buses ", []int{3}},       // "bus" is its singular
		{"bu ", nil},               // but "bus" no plural of "bu"
	}
	for _, tt := range tests {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q, NoTypos: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
			t.Errorf("Search(%q) = %v, want %v (%v)", tt.q, got, tt.want, hits)
		}
	}
}

func TestRanking(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "Plain paper", Abstract: "graphs graphs"},
		{ID: "b", Title: "Graphs everywhere", Abstract: "nothing here"},
		{ID: "c", Title: "Another", Authors: []string{"Ada Graphs"}},
		{ID: "d", Title: "Graphsearch tricks"},
		{ID: "e", Title: "Other", Abstract: "graphs"},
	}
	files, _ := mustBuild(t, docs, Options{})
	tests := []rankCase{
		{"graphs ", []int{1, 2, 0, 4}},   // title > author > abstract (twice > once)
		{"graphs", []int{1, 3, 2, 0, 4}}, // the prefix reaches "graphsearch", a title's start: below the exact title, above the author
		{"graph", []int{3, 1, 2, 0, 4}},  // all by prefix: title, title (a tie: later first), author, abstract
		{"paper graphs ", []int{0}},      // AND
		{"graph ", []int{1, 2, 0, 4}},    // the plural, ranked as "graphs " is; not "graphsearch"
		{"grahps ", []int{1, 2, 0, 4}},   // a typo of it
		{"graps ", []int{1, 2, 0, 4}},    // a typo, scored below a word itself
	}
	checkRanks(t, files, tests)
}

// TestRankingLead checks that a title starting with the query's words
// ranks above titles that name them later, however often their
// abstracts do.
func TestRankingLead(t *testing.T) {
	docs := []Doc{
		{ID: "2205.14135", Title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
			Abstract: "Attention is slow. We make attention fast; exact attention, IO-aware."},
		{ID: "1706.03762", Title: "Attention Is All You Need", Abstract: "We propose the Transformer, based solely on attention."},
		{ID: "2112.10752", Title: "High-Resolution Image Synthesis with Latent Diffusion Models",
			Abstract: "Diffusion models, diffusion models, diffusion models."},
		{ID: "2006.11239", Title: "Denoising Diffusion Probabilistic Models", Abstract: "We present diffusion models."},
		{ID: "2402.00001", Title: "The Attention Span of Reviewers", Abstract: "Reviewers read."},
	}
	files, _ := mustBuild(t, docs, Options{})
	tests := []rankCase{
		{"attention", []int{1, 4, 0}},     // titles that start with it (stopwords skipped), then the one that names it late
		{"diffusion models", []int{3, 2}}, // "Denoising Diffusion": its second word
		{"flashattention", []int{0}},      // a method's name
		{"1706.03762", []int{1}},          // an id
		{"reviewers attention", []int{4}}, // AND
		{"span", []int{4}},                // a lead word found as any title word is
		{"denoising diffusion", []int{3}}, // a title's start
		{"exact attention ", []int{0}},    // words late in a title
		{"attention all need ", []int{1}}, // stopwords of a title
		{"io awareness ", []int{0}},       // hyphenated words
		{"models ", []int{2, 3}},          // no title starts with it: the abstracts decide
	}
	checkRanks(t, files, tests)
}

// rankCase is a query and the documents it finds, best first.
type rankCase struct {
	q    string
	want []int
}

func checkRanks(t *testing.T, files []model.File, tests []rankCase) {
	t.Helper()
	for _, tt := range tests {
		hits, err := Lookup(files, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) {
			t.Errorf("Lookup(%q) = %v, want %v (%v)", tt.q, got, tt.want, hits)
		}
	}
}

func TestRecords(t *testing.T) {
	docs := fixtureDocs()
	files, _ := mustBuild(t, docs, Options{ChunkDocs: 2, ExcerptChars: 40})
	ix := mustOpen(t, files)
	hits, err := ix.Search(Query{Text: "kernels"})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := ix.Records(hits)
	if err != nil {
		t.Fatal(err)
	}
	want := Record{URL: docs[3].URL, Title: docs[3].Title, Authors: docs[3].Authors, Day: docs[3].Day,
		Topics: []string{"theory", "efficient-inference"}, Excerpt: "Sparse kernels suffice. ΟΔΟΣ is Greek…"}
	if len(recs) == 1 {
		recs[0].text = "" // its snippet-text file's hash
	}
	if len(recs) != 1 || fmt.Sprint(recs[0]) != fmt.Sprint(want) {
		t.Errorf("Records(kernels) = %+v, want %+v", recs, want)
	}
	if got := ix.Fetched(); len(got) != 3 || !strings.HasPrefix(got[2], "search/docs/001-") {
		t.Errorf("Fetched() = %q, want meta.json, one shard, docs/001", got)
	}
}

func TestMeta(t *testing.T) {
	files, _ := mustBuild(t, fixtureDocs(), Options{})
	var m meta
	if err := json.Unmarshal(files[0].Data, &m); err != nil || files[0].Path != "search/meta.json" {
		t.Fatalf("files[0] = %s, %v; want search/meta.json", files[0].Path, err)
	}
	topics := fmt.Sprint(m.Topics)
	want := "[[diffusion-models Diffusion Models 1] [efficient-inference Efficient Inference 1] " +
		"[machine-translation Machine Translation 1] [theory Theory 2] [transformers Transformers 1]]"
	if topics != want {
		t.Errorf("meta topics = %s, want %s", topics, want)
	}
	if m.From != "2023-05-05" || m.To != "2024-10-09" || m.Docs != 5 {
		t.Errorf("meta from, to, docs = %s, %s, %d; want 2023-05-05, 2024-10-09, 5", m.From, m.To, m.Docs)
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		doc  Doc
		want string
	}{
		{Doc{ID: "x", Day: "2024-13-01"}, `search: doc 0 (id "x"): day "2024-13-01" is not a date; give it as YYYY-MM-DD`},
		{Doc{ID: "x", Day: "14 March"}, `search: doc 0 (id "x"): day "14 March" is not a date; give it as YYYY-MM-DD`},
		{Doc{ID: "x", Topics: []string{""}}, `search: doc 0 (id "x"): topic slug "" is empty or not UTF-8; give each topic's slug`},
		{Doc{ID: "x", Topics: []string{"a"}, TopicNames: []string{"A", "B"}}, `search: doc 0 (id "x"): 2 topic names for 1 topics; give one name per slug`},
	}
	for _, tt := range tests {
		_, _, err := Build([]Doc{tt.doc}, Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("Build(%+v) error = %v, want %s", tt.doc, err, tt.want)
		}
	}
}

func TestEmpty(t *testing.T) {
	files, st := mustBuild(t, nil, Options{})
	if len(files) != 1 || st.Docs != 0 {
		t.Errorf("Build(nil) = %d files, %+v; want meta.json only", len(files), st)
	}
	hits, err := Lookup(files, "anything")
	if err != nil || len(hits) != 0 {
		t.Errorf("Lookup(empty index) = %v, %v; want no hits", hits, err)
	}
}

func TestDeterministic(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(300)...)
	a, _ := mustBuild(t, docs, Options{ShardBytes: 2 << 10})
	b, _ := mustBuild(t, slices.Clone(docs), Options{ShardBytes: 2 << 10})
	if len(a) != len(b) {
		t.Fatalf("two builds: %d and %d files", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("two builds differ at file %d: %s and %s", i, a[i].Path, b[i].Path)
		}
	}
}

// TestAppendKeepsChunks checks that adding newer papers at the end leaves
// the doc-store chunks of the older ones unchanged, names included.
func TestAppendKeepsChunks(t *testing.T) {
	docs := genDocs(200)
	opts := Options{ChunkDocs: 20}
	old, _ := mustBuild(t, docs[:180], opts)
	grown, _ := mustBuild(t, docs, opts)
	have := map[string][]byte{}
	for _, f := range grown {
		have[f.Path] = f.Data
	}
	for _, f := range old {
		if strings.HasPrefix(f.Path, "search/docs/") && !bytes.Equal(have[f.Path], f.Data) {
			t.Errorf("after appending docs, %s changed or vanished", f.Path)
		}
	}
}

// TestShardBounds checks every shard against its size bound and meta.json's
// ranges against the shards' contents.
func TestShardBounds(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(400)...)
	for _, limit := range []int{256, 1 << 10, 8 << 10, 24 << 10} {
		files, st := mustBuild(t, docs, Options{ShardBytes: limit})
		ix := mustOpen(t, files)
		oversize, largest, prev := 0, 0, ""
		for i, r := range ix.meta.Terms {
			path := Dir + filePath("terms/", i, r[2])
			data := ix.files[path]
			var s map[string]json.RawMessage
			if err := json.Unmarshal(data, &s); err != nil {
				t.Fatalf("limit %d: %s: %v", limit, path, err)
			}
			if len(data) > limit {
				oversize++
				if len(s) != 1 {
					t.Errorf("limit %d: %s is %d bytes with %d terms, want at most %d bytes", limit, path, len(data), len(s), limit)
				}
			}
			largest = max(largest, len(data))
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range s {
					if !yield(k) {
						return
					}
				}
			})
			if keys[0] != r[0] || keys[len(keys)-1] != r[1] || r[0] <= prev && i > 0 {
				t.Errorf("limit %d: %s holds %q…%q, meta says %q…%q after %q", limit, path, keys[0], keys[len(keys)-1], r[0], r[1], prev)
			}
			prev = r[1]
		}
		if st.Oversize != oversize || st.LargestShard != largest || st.Shards != len(ix.meta.Terms) {
			t.Errorf("limit %d: Stats = %+v; counted %d oversize, largest %d, %d shards", limit, st, oversize, largest, len(ix.meta.Terms))
		}
	}
}

// TestPrefixShards checks that a prefix query loads only shards whose
// range meets the prefix, and finds every term with it.
func TestPrefixShards(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(400)...)
	files, st := mustBuild(t, docs, Options{ShardBytes: 1 << 10})
	if st.Shards < 50 {
		t.Fatalf("Build made %d shards; the test wants many", st.Shards)
	}
	var all []string
	ix := mustOpen(t, files)
	for i, r := range ix.meta.Terms {
		s, err := ix.shard(filePath("terms/", i, r[2]))
		if err != nil {
			t.Fatal(err)
		}
		for k := range s {
			all = append(all, k)
		}
	}
	for _, prefix := range []string{"co", "di", "sch", "re", "z", "07", "é"} {
		ix := mustOpen(t, files)
		toks, _ := ix.f.queryTokens(prefix)
		p := toks[0]
		got, err := ix.matches(qterm{tok: p, prefix: true}, false, 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := map[int]bool{}
		for _, term := range all {
			if strings.HasPrefix(term, p) {
				forPostings(mustShardTerm(t, ix, term), func(d int, _ int64) { want[d] = true })
			}
		}
		if len(got) != len(want) {
			t.Errorf("matches(%q prefix) = %d docs, want %d", p, len(got), len(want))
		}
		for _, path := range ix.Fetched()[1:] {
			i := slices.IndexFunc(ix.meta.Terms, func(r [3]string) bool { return strings.HasSuffix(path, r[2]+".json") })
			r := ix.meta.Terms[i]
			if r[1] < p || r[0] > p && !strings.HasPrefix(r[0], p) {
				t.Errorf("prefix %q loaded %s covering %q…%q", p, path, r[0], r[1])
			}
		}
	}
}

func mustShardTerm(t *testing.T, ix *Index, term string) []int64 {
	t.Helper()
	for i, r := range ix.meta.Terms {
		if r[0] <= term && term <= r[1] {
			s, err := ix.shard(filePath("terms/", i, r[2]))
			if err != nil {
				t.Fatal(err)
			}
			return s[term]
		}
	}
	t.Fatalf("no shard holds %q", term)
	return nil
}

func TestInvalidUTF8(t *testing.T) {
	docs := []Doc{{ID: "\xff", URL: "p\xfe/", Title: "Bad \xff bytes", Authors: []string{"N\xc3"}, Abstract: "x\xffy"}}
	files, _ := mustBuild(t, docs, Options{})
	for _, f := range files {
		if !utf8.Valid(f.Data) || !json.Valid(f.Data) {
			t.Errorf("%s is not valid UTF-8 JSON: %q", f.Path, f.Data)
		}
	}
	hits, err := Lookup(files, "bytes")
	if err != nil || len(hits) != 1 {
		t.Errorf("Lookup(bytes) = %v, %v; want doc 0", hits, err)
	}
}

// TestLongQuery checks that a query of more than MaxQueryWords words
// searches its longest: a pasted abstract finds its paper by its rare
// words, without reading the shards of all the others.
func TestLongQuery(t *testing.T) {
	long := "probabilistic diffusion destroys images gradually through sixteen carefully scheduled gaussian " +
		"perturbations whereafter learned reversals reconstruct original photographs faithfully"
	docs := []Doc{{ID: "a", Title: "Other"}, {ID: "p", Abstract: long}}
	files, _ := mustBuild(t, docs, Options{})
	text := "an ab " + long + " cd ef gh."
	terms := parseQuery(newFolder(), text)
	if len(terms) != MaxQueryWords || terms[0].tok != "probabilistic" || terms[MaxQueryWords-1].tok != "faithfully" {
		t.Errorf("parseQuery(%q) = %v, want the %d words of %q", text, terms, MaxQueryWords, long)
	}
	hits, err := Lookup(files, text)
	if err != nil {
		t.Fatal(err)
	}
	if got := docsOf(hits); !slices.Equal(got, []int{1}) {
		t.Errorf("Lookup(%q) = %v, want [1]", text, got)
	}
}

// TestRecordsOfDamagedChunk has Records name the doc-store file that does
// not read, and say to rebuild the index, for each way a chunk can be
// damaged; and read a chunk once, however many hits it holds.
func TestRecordsOfDamagedChunk(t *testing.T) {
	files, _ := mustBuild(t, fixtureDocs(), Options{ChunkDocs: 2, ExcerptChars: 40})
	chunk := slices.IndexFunc(files, func(f model.File) bool { return strings.HasPrefix(f.Path, "search/docs/001-") })
	if chunk < 0 {
		t.Fatal("no search/docs/001-* file")
	}
	name := files[chunk].Path
	for _, tt := range []struct{ name, data, want string }{
		{"missing", "", name + " is missing"},
		{"not JSON", "[[", name + ": unexpected end of JSON input"},
		{"short record", `[["/a/","A",[],"2025-06-16",[]]]`, name + ": record has 5 fields, want 7 to 9"},
		{"records missing", "[]", "doc 3 is missing from " + name},
	} {
		damaged := slices.Clone(files)
		if tt.name == "missing" {
			damaged = slices.Delete(damaged, chunk, chunk+1)
		} else {
			damaged[chunk].Data = []byte(tt.data)
		}
		ix := mustOpen(t, damaged)
		_, err := ix.Records([]Hit{{Doc: 3}})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasSuffix(err.Error(), "rebuild the index") {
			t.Errorf("%s: Records = %v, want an error with %q that says to rebuild the index", tt.name, err, tt.want)
		}
	}
	ix := mustOpen(t, files)
	if _, err := ix.Records([]Hit{{Doc: 2}}); err != nil {
		t.Fatal(err)
	}
	ix.files[name] = nil // read once: the next hit in it needs it no more
	if recs, err := ix.Records([]Hit{{Doc: 3}}); err != nil || len(recs) != 1 {
		t.Errorf("Records of a chunk read before = %v, %v; want its record", recs, err)
	}
}
