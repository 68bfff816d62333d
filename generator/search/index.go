package search

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Index reads a built index the way search.js does: it loads meta.json,
// then only the shards and chunks a query needs, and remembers which files
// it loaded. It is the script's algorithm in Go, for tests and for
// measuring what a browser downloads. An Index is not safe for concurrent
// use.
type Index struct {
	files   map[string][]byte // every file by site-root path
	meta    meta
	f       *folder                       // tokenises queries as meta.json's folding says
	fetched []string                      // the site-root paths of the files loaded, in load order
	fixes   map[string]string             // the last Search's words found by typing mistakes: word → correction
	matched map[string]uint32             // the last Search's matching terms → the query words (bits) they matched
	texts   map[string][]string           // snippet-text files by path
	shards  map[string]map[string][]int64 // term shards by path: term → postings
	chunks  map[int][]Record              // doc-store chunks by number
	days    []string                      // per document, once loaded
}

// Hit is one result: a document number and its score.
type Hit struct {
	Doc   int
	Score int64
	words uint32 // the query words its abstract holds: bit i for word i
}

// Record is a document's display data from the doc store.
type Record struct {
	URL     string
	Title   string
	Authors []string
	Day     string
	Topics  []string // slugs
	Excerpt string   // the snippet: the excerpt, or the part of the abstract that holds the query's words
	Lang    string   // the language of title and excerpt, when not the page's
	// Withdrawn is whether the paper is withdrawn, which its result says.
	Withdrawn bool

	text string // the hash of its snippet-text file, "" if none
}

// Open reads search/meta.json from files, as Build returned them.
func Open(files []model.File) (*Index, error) {
	ix := &Index{files: map[string][]byte{}, shards: map[string]map[string][]int64{}, chunks: map[int][]Record{}, texts: map[string][]string{}}
	for _, fl := range files {
		ix.files[fl.Path] = fl.Data
	}
	if err := ix.load(MetaFile, &ix.meta); err != nil {
		return nil, err
	}
	if ix.meta.Version != FormatVersion {
		return nil, fmt.Errorf("search: %s%s: version %d, want %d; rebuild the index", Dir, MetaFile, ix.meta.Version, FormatVersion)
	}
	if ix.meta.Chunk <= 0 {
		return nil, fmt.Errorf("search: %s%s: chunk size %d; rebuild the index", Dir, MetaFile, ix.meta.Chunk)
	}
	ix.f = newFolderFrom(ix.meta.Fold, ix.meta.Stop, ix.meta.Abbrev)
	return ix, nil
}

// Lookup returns every hit for query text, best first, in a fresh Index
// over files.
func Lookup(files []model.File, text string) ([]Hit, error) {
	ix, err := Open(files)
	if err != nil {
		return nil, err
	}
	return ix.Search(Query{Text: text})
}

// Fetched returns the files loaded so far, site-root paths in load order.
func (ix *Index) Fetched() []string { return slices.Clone(ix.fetched) }

// load decodes the file at path (relative to Dir) into v and records it.
func (ix *Index) load(path string, v any) error {
	full := Dir + path
	data, ok := ix.files[full]
	if !ok {
		return fmt.Errorf("search: %s is missing; rebuild the index", full)
	}
	if !slices.Contains(ix.fetched, full) {
		ix.fetched = append(ix.fetched, full)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("search: %s: %v; rebuild the index", full, err)
	}
	return nil
}

// shardsFor returns the paths of the shards that may hold tok, or any term
// starting with tok when prefix is set.
func (ix *Index) shardsFor(tok string, prefix bool) []string {
	var out []string
	for i, s := range ix.meta.Terms {
		first, last, path := s[0], s[1], filePath("terms/", i, s[2])
		if last < tok {
			continue
		}
		if first <= tok || prefix && strings.HasPrefix(first, tok) {
			out = append(out, path)
			continue
		}
		break
	}
	return out
}

func (ix *Index) shard(path string) (map[string][]int64, error) {
	if s, ok := ix.shards[path]; ok {
		return s, nil
	}
	var s map[string][]int64
	if err := ix.load(path, &s); err != nil {
		return nil, err
	}
	ix.shards[path] = s
	return s, nil
}

// matches returns each document's score for one query word: its best
// matching term's points × factor, times the word's idf. A term matches
// as the word itself, a longer word the word starts (while typed), its
// singular or plural, or, when none of those is in the index, a word one
// typing mistake away (see kin.go). The word is bit in ix.matched and in
// abstract, which gets the documents whose abstract holds it (a bit of 0:
// a filter, recorded in neither).
//
// A compound word (q.parts: "qlora" typed as Q-LoRA) that no document
// holds matches those that hold each of its parts that is no stopword,
// with the least of their scores: "real-time" finds "real time". A name
// and its version ("llama3", "llama 3", "gpt-4": see isVersioned) match
// those that hold its parts even where some document holds it joined.
func (ix *Index) matches(q qterm, typos bool, bit uint32, abstract map[int]uint32) (map[int]int64, error) {
	out := map[int]int64{}
	w := &wordMatch{ix: ix, bit: bit, abstract: abstract}
	err := ix.scanWord(q, out, w)
	if err == nil && (len(out) == 0 || isVersioned(q.parts)) && len(q.parts) > 0 {
		err = ix.scanParts(q, out, w)
	}
	if err == nil && typos && len(out) == 0 && mayBeTypo(q.tok) {
		roots, paths := ix.typoShards(q.tok)
		fixes := map[string]int{} // each correction and its documents
		err = ix.scan(paths, out, w, func(term string, df int) int64 {
			if hasPrefixOf(term, roots) && typoOf(term, q.tok) {
				fixes[term] = df
				return typoFactor
			}
			return 0
		})
		if fix := bestFix(fixes); fix != "" {
			ix.fixes[q.tok] = fix
		}
	}
	if err != nil {
		return nil, err
	}
	weight := idf(ix.meta.Docs, len(out))
	for d, s := range out {
		out[d] = s * weight
	}
	return out, nil
}

// scanWord adds to out the documents that hold the word q itself, a
// longer word it starts (q.prefix) or its singular or plural.
func (ix *Index) scanWord(q qterm, out map[int]int64, w *wordMatch) error {
	kin := hasKin(q.tok)
	root, rootPrefix := q.tok, q.prefix
	if kin {
		root, rootPrefix = kinRoot(q.tok), true
	}
	return ix.scan(ix.shardsFor(root, rootPrefix), out, w, func(term string, _ int) int64 {
		switch {
		case term == q.tok:
			return exactFactor
		case q.prefix && strings.HasPrefix(term, q.tok), kin && isKin(term, q.tok):
			return prefixFactor
		}
		return 0
	})
}

// scanParts adds to out, at the least of their scores, the documents
// that hold every part of the compound q that is no stopword (the last
// one as a prefix when q is one).
func (ix *Index) scanParts(q qterm, out map[int]int64, w *wordMatch) error {
	var both map[int]int64
	for i, p := range q.parts {
		if ix.f.stop[p] {
			continue
		}
		m := map[int]int64{}
		if err := ix.scanWord(qterm{tok: p, prefix: q.prefix && i == len(q.parts)-1}, m, w); err != nil {
			return err
		}
		if both == nil {
			both = m
			continue
		}
		for d, s := range both {
			if v, ok := m[d]; ok {
				both[d] = min(s, v)
			} else {
				delete(both, d)
			}
		}
	}
	for d, s := range both {
		out[d] = max(out[d], s)
	}
	return nil
}

// isVersioned reports whether the parts of a query word are a name and
// its version, the last starting with a digit ("llama", "3"): written
// joined ("Llama3") or apart ("Llama 3") alike, so either finds both.
func isVersioned(parts []string) bool {
	if len(parts) < 2 {
		return false
	}
	last := parts[len(parts)-1]
	return last[0] >= '0' && last[0] <= '9'
}

// typoShards returns the starts a term one typing mistake from tok may
// have (see typoRoots) and the shards that hold them; in an index of at
// most smallIndexShards shards, any start (""), so that a mistake in any
// letter is found.
func (ix *Index) typoShards(tok string) (roots, paths []string) {
	roots = typoRoots(tok)
	if len(ix.meta.Terms) <= smallIndexShards {
		roots = []string{""}
	}
	for _, root := range roots {
		for _, p := range ix.shardsFor(root, true) {
			if !slices.Contains(paths, p) {
				paths = append(paths, p)
			}
		}
	}
	return roots, paths
}

// smallIndexShards is the most term shards of an index a typo is looked
// for in whole: at most 4 × ShardBytes (96 KiB, about 25 KB gzipped), what
// a common word's shards weigh, and all of a site of a few hundred papers.
const smallIndexShards = 4

// bestFix returns the correction a typo is shown as: of the words one
// mistake away it found, the one in the most documents (of equally
// common ones the first in code point order), or "" for none.
func bestFix(fixes map[string]int) string {
	best := ""
	for term, df := range fixes {
		if best == "" || df > fixes[best] || df == fixes[best] && term < best {
			best = term
		}
	}
	return best
}

// Corrections returns the words of the last Search that were in no
// document and found their results by a word one typing mistake away,
// each with the correction search.js shows ("Showing results for
// attention"): the query word as tokenised → the index term.
func (ix *Index) Corrections() map[string]string { return maps.Clone(ix.fixes) }

// wordMatch records, for one query word, the terms it matched and the
// documents whose abstract holds one.
type wordMatch struct {
	ix       *Index
	bit      uint32
	abstract map[int]uint32
}

// scan adds to out, for each term of the shards at paths that factor
// gives a factor (0: it does not match), every document's points ×
// factor, keeping each document's best, and records the term in w.
// factor gets the term's number of documents too.
func (ix *Index) scan(paths []string, out map[int]int64, w *wordMatch, factor func(term string, df int) int64) error {
	for _, path := range paths {
		s, err := ix.shard(path)
		if err != nil {
			return err
		}
		for term, post := range s {
			f := factor(term, len(post))
			if f == 0 {
				continue
			}
			if w.bit != 0 {
				w.ix.matched[term] |= w.bit
			}
			forPostings(post, func(doc int, code int64) {
				out[doc] = max(out[doc], points(code)*f)
				if w.bit != 0 && code>>tfShift&tfMax != 0 {
					w.abstract[doc] |= w.bit
				}
			})
		}
	}
	return nil
}

// forPostings calls fn for each (document, code) of encoded postings.
func forPostings(post []int64, fn func(doc int, code int64)) {
	doc := int64(0)
	for _, v := range post {
		doc += v >> codeBits
		fn(int(doc), v&codeMask)
	}
}

// Search returns every document matching q, best first (score descending,
// then the later document first), as search.js ranks them.
func (ix *Index) Search(q Query) ([]Hit, error) {
	ix.fixes, ix.matched = map[string]string{}, map[string]uint32{}
	var sets []map[int]int64
	abstract := map[int]uint32{}
	parsed := readQuery(ix.f, q.Text)
	for i, t := range parsed.words {
		m, err := ix.matches(t, !q.NoTypos, 1<<i, abstract)
		if err != nil {
			return nil, err
		}
		sets = append(sets, m)
	}
	if q.Topic != "" {
		m, err := ix.matches(qterm{tok: topicTermP + q.Topic}, false, 0, nil)
		if err != nil {
			return nil, err
		}
		for d := range m {
			m[d] = 0 // a filter, not scored
		}
		sets = append(sets, m)
	}
	var hits []Hit
	switch {
	case len(sets) > 0:
		hits = intersect(sets)
	case q.From != "" || q.To != "":
		for d := range ix.meta.Docs {
			hits = append(hits, Hit{Doc: d})
		}
	default:
		return nil, nil
	}
	if q.From != "" || q.To != "" {
		days, err := ix.dayOfDocs()
		if err != nil {
			return nil, err
		}
		hits = slices.DeleteFunc(hits, func(h Hit) bool {
			d := days[h.Doc]
			return d == "" || q.From != "" && d < q.From || q.To != "" && d > q.To
		})
	}
	hits, err := ix.refine(hits, parsed)
	if err != nil {
		return nil, err
	}
	for i := range hits {
		hits[i].words = abstract[hits[i].Doc]
	}
	slices.SortFunc(hits, func(a, b Hit) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Doc, a.Doc)) })
	return ix.withPhrases(hits, parsed.phrases)
}

// refine drops the hits that hold a word q leaves out and adds to each
// the name bonus (see nameTerm).
func (ix *Index) refine(hits []Hit, q query) ([]Hit, error) {
	if len(hits) == 0 {
		return hits, nil
	}
	for _, t := range q.not {
		m, err := ix.matches(t, false, 0, nil)
		if err != nil {
			return nil, err
		}
		hits = slices.DeleteFunc(hits, func(h Hit) bool { _, ok := m[h.Doc]; return ok })
	}
	if name, ok := nameTerm(q.words); ok {
		m, err := ix.matches(name, false, 0, nil)
		if err != nil {
			return nil, err
		}
		for i := range hits {
			hits[i].Score += m[hits[i].Doc]
		}
	}
	return hits, nil
}

// nameTerm returns the term of an author's name that a query of two
// words or more may be, its first and last words joined ("Wei Wang":
// weiwang, which the index holds for each author: see nameOf), so that
// the papers of the author whose name the query is rank above those of
// one author named Wei and another named Wang.
func nameTerm(words []qterm) (qterm, bool) {
	if len(words) < 2 {
		return qterm{}, false
	}
	last := words[len(words)-1]
	return qterm{tok: cut(words[0].tok + last.tok), prefix: last.prefix}, true
}

// intersect returns the documents in every set with their scores summed.
func intersect(sets []map[int]int64) []Hit {
	slices.SortStableFunc(sets, func(a, b map[int]int64) int { return cmp.Compare(len(a), len(b)) })
	var hits []Hit
next:
	for d, s := range sets[0] {
		for _, o := range sets[1:] {
			v, ok := o[d]
			if !ok {
				continue next
			}
			s += v
		}
		hits = append(hits, Hit{Doc: d, Score: s})
	}
	return hits
}

// dayOfDocs loads the dates file and returns each document's day.
func (ix *Index) dayOfDocs() ([]string, error) {
	if ix.days != nil {
		return ix.days, nil
	}
	days := make([]string, ix.meta.Docs)
	if ix.meta.Dates != "" {
		var d struct {
			Days []string `json:"days"`
			Runs []int    `json:"runs"`
		}
		if err := ix.load(ix.meta.Dates, &d); err != nil {
			return nil, err
		}
		doc := 0
		for i := 0; i+1 < len(d.Runs); i += 2 {
			for range d.Runs[i+1] {
				if d.Runs[i] >= 0 && d.Runs[i] < len(d.Days) && doc < len(days) {
					days[doc] = d.Days[d.Runs[i]]
				}
				doc++
			}
		}
	}
	ix.days = days
	return days, nil
}

// Records returns the display data of hits, loading their chunks, and
// the snippet text of those whose excerpt lacks a query word their
// abstract holds (see snippet).
func (ix *Index) Records(hits []Hit) ([]Record, error) {
	out := make([]Record, 0, len(hits))
	for _, h := range hits {
		c := h.Doc / ix.meta.Chunk
		recs, err := ix.chunk(c, h.Doc)
		if err != nil {
			return nil, err
		}
		if h.Doc%ix.meta.Chunk >= len(recs) {
			return nil, fmt.Errorf("search: doc %d is missing from %s%s; rebuild the index", h.Doc, Dir, filePath("docs/", c, ix.meta.Chunks[c]))
		}
		rec := recs[h.Doc%ix.meta.Chunk]
		if rec.Excerpt, err = ix.snippet(h.Doc, h.words, rec.Excerpt, rec.text); err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
	return out, nil
}

// chunk returns the records of doc-store chunk c, which holds doc,
// loading and decoding it the first time it is asked for.
func (ix *Index) chunk(c, doc int) ([]Record, error) {
	if recs, ok := ix.chunks[c]; ok {
		return recs, nil
	}
	if c >= len(ix.meta.Chunks) {
		return nil, fmt.Errorf("search: doc %d has no chunk; rebuild the index", doc)
	}
	name := filePath("docs/", c, ix.meta.Chunks[c])
	var raw [][]json.RawMessage
	if err := ix.load(name, &raw); err != nil {
		return nil, err
	}
	recs := make([]Record, 0, len(raw))
	for _, r := range raw {
		rec, err := ix.record(r)
		if err != nil {
			return nil, fmt.Errorf("search: %s%s: %v; rebuild the index", Dir, name, err)
		}
		recs = append(recs, rec)
	}
	ix.chunks[c] = recs
	return recs, nil
}

// record decodes one doc-store record (see buildChunk), its topic
// numbers read as slugs.
func (ix *Index) record(r []json.RawMessage) (Record, error) {
	var rec Record
	var topics []int
	if len(r) < 7 || len(r) > 9 {
		return rec, fmt.Errorf("record has %d fields, want 7 to 9", len(r))
	}
	for i, v := range []any{&rec.URL, &rec.Title, &rec.Authors, &rec.Day, &topics, &rec.Excerpt, &rec.text, &rec.Lang, &rec.Withdrawn}[:len(r)] {
		if err := json.Unmarshal(r[i], v); err != nil {
			return rec, err
		}
	}
	for _, t := range topics {
		if t >= 0 && t < len(ix.meta.Topics) {
			slug, _ := ix.meta.Topics[t][0].(string)
			rec.Topics = append(rec.Topics, slug)
		}
	}
	return rec, nil
}
