package search

import (
	"cmp"
	"fmt"
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Doc is one paper as the search index sees it.
type Doc struct {
	ID         string   // paper id, searchable ("2410.07166" finds by "2410.07166")
	DOI        string   // searchable as the id is ("10.1145/3580305.3599572", or its https://doi.org/ address)
	URL        string   // link target; relative to the site root ("papers/2410.07166/") or absolute
	Title      string   // plain text
	Authors    []string // display names, in paper order
	Topics     []string // topic slugs
	TopicNames []string // display names, parallel to Topics; a missing or empty name shows the slug
	Day        string   // digest day, YYYY-MM-DD, or empty
	Abstract   string   // plain text
	More       string   // more plain text to find it by, counted as the abstract's but not shown (a TL;DR, a summary, keywords)
	Lang       string   // the language of its title and abstract when it is not the page's (BCP 47), else ""
	Withdrawn  bool     // withdrawn by its authors or by arXiv: its result says so
}

// Options tunes the index layout. The zero value gives the defaults.
type Options struct {
	ShardBytes   int // target maximum bytes of one term shard before compression; default 24 KiB
	ChunkDocs    int // documents per doc-store chunk; default 20
	ExcerptChars int // runes of abstract kept for snippets; default 300
	TextDocs     int // documents per snippet-text file; default 2
	TextChars    int // runes of abstract a snippet may be cut from; default 2000

	// Consume lets Build clear each doc's Abstract once it has read it, so a
	// large archive's text can be freed while the index is still packed.
	Consume bool

	// Show, if set, rewrites a title or the start of an abstract for the
	// doc store, which results show: the generator writes their math in
	// Unicode. A title is found by what Show makes of it as well as by
	// itself (by β and by beta).
	Show func(string) string
}

func (o Options) withDefaults() Options {
	if o.ShardBytes <= 0 {
		o.ShardBytes = 24 << 10
	}
	if o.ChunkDocs <= 0 {
		o.ChunkDocs = 20
	}
	if o.ExcerptChars <= 0 {
		o.ExcerptChars = 300
	}
	if o.TextDocs <= 0 {
		o.TextDocs = 2
	}
	if o.TextChars <= 0 {
		o.TextChars = 2000
	}
	return o
}

// Stats describes a built index.
type Stats struct {
	Docs         int   // documents indexed
	Terms        int   // distinct terms, topic filter terms included
	Postings     int   // (term, doc) pairs
	Shards       int   // term shard files
	Chunks       int   // doc-store chunk files
	Texts        int   // snippet-text files
	Files        int   // every file, meta.json included
	Bytes        int64 // total size of every file, uncompressed
	MetaBytes    int   // size of meta.json
	LargestShard int   // size of the largest term shard
	Oversize     int   // shards above ShardBytes: each holds one term whose postings alone exceed it
}

// Build returns the search index of docs: files under "search/" (slash
// paths relative to the site root) and figures about them. Documents are
// numbered in the order given and equally ranked results show the later
// first, so pass them oldest first: the newest ties come first, and the
// doc-store chunks of old papers keep their names as the archive grows.
// The same docs and options always give the same bytes.
func Build(docs []Doc, opts Options) ([]model.File, Stats, error) {
	var (
		mu    sync.Mutex
		files []made
	)
	st, err := build(docs, opts, func(m made) error {
		mu.Lock()
		files = append(files, m)
		mu.Unlock()
		return nil
	})
	if err != nil {
		return nil, Stats{}, err
	}
	slices.SortFunc(files, func(a, b made) int { return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.n, b.n)) })
	out := make([]model.File, len(files))
	for i, m := range files {
		out[i] = m.File
	}
	return out, st, nil
}

// Stream makes the files Build returns and hands each to emit as soon as
// it is made, so that a large archive's index need not be held whole:
// at 100,000 papers its files are 256 MB. emit is called from several
// goroutines at once and in no set order; the files and their bytes are
// Build's, meta.json last. Stream stops at the first error emit returns
// and returns it.
func Stream(docs []Doc, opts Options, emit func(model.File) error) (Stats, error) {
	return build(docs, opts, func(m made) error { return emit(m.File) })
}

// made is one file of the index: the kind of file it is, in the order
// Build returns them, and its number among those of its kind.
type made struct {
	kind, n int
	model.File
}

// The kinds of index file, in the order Build returns them.
const (
	metaKind = iota
	termsKind
	docsKind
	textKind
	datesKind
)

// build is Build and Stream: it hands each file to put as it is made,
// from several goroutines at once.
func build(docs []Doc, opts Options, put func(made) error) (Stats, error) {
	opts = opts.withDefaults()
	for i, d := range docs {
		if err := checkDoc(d); err != nil {
			return Stats{}, fmt.Errorf("search: doc %d (id %q): %w", i, d.ID, err)
		}
	}
	var (
		st Stats
		mu sync.Mutex
	)
	emit := func(kind, n int, path string, data []byte) error {
		mu.Lock()
		st.Files++
		st.Bytes += int64(len(data))
		switch kind {
		case termsKind:
			st.Shards++
			st.LargestShard = max(st.LargestShard, len(data))
		case docsKind:
			st.Chunks++
		case textKind:
			st.Texts++
		}
		mu.Unlock()
		return put(made{kind, n, model.File{Path: Dir + path, Data: data}})
	}
	f := newFolder()
	topics := collectTopics(docs)
	terms := collectTerms(f, docs, opts.Show)
	st.Docs, st.Terms = len(docs), len(terms)
	for _, t := range terms {
		st.Postings += len(t.docs)
	}
	// The term shards and the doc store are independent: make them at once.
	var (
		shards   []shard
		oversize int
		shardErr error
		packed   sync.WaitGroup
	)
	packed.Go(func() {
		shards, oversize, shardErr = packShards(terms, opts.ShardBytes, func(i int, data []byte, h string) error {
			return emit(termsKind, i, filePath("terms/", i, h), data)
		})
	})
	textHashes, err := buildTexts(docs, opts, func(i int, data []byte, h string) error {
		return emit(textKind, i, filePath("text/", i, h), data)
	})
	var chunks []string
	if err == nil {
		chunks, err = buildChunks(docs, topics, textHashes, opts, func(i int, data []byte, h string) error {
			return emit(docsKind, i, filePath("docs/", i, h), data)
		})
	}
	if opts.Consume {
		for i := range docs {
			docs[i].Abstract, docs[i].More = "", ""
		}
	}
	packed.Wait()
	if err := cmp.Or(err, shardErr); err != nil {
		return Stats{}, err
	}
	dates := buildDates(docs)
	m := newMeta(len(docs), opts, topics, dates)
	m.Chunks = append(m.Chunks, chunks...)
	for _, sh := range shards {
		m.Terms = append(m.Terms, [3]string{sh.first, sh.last, sh.hash})
	}
	if dates.data != nil {
		m.Dates = "dates-" + fileHash(dates.data) + ".json"
		if err := emit(datesKind, 0, m.Dates, dates.data); err != nil {
			return Stats{}, err
		}
	}
	meta := marshal(m) // encoding/json sorts the fold map's keys
	st.MetaBytes, st.Oversize = len(meta), oversize
	if err := emit(metaKind, 0, MetaFile, meta); err != nil {
		return Stats{}, err
	}
	return st, nil
}

// Dir is the folder every index file is under, relative to the site root.
const Dir = "search/"

// MetaFile is the index's entry point, relative to Dir.
const MetaFile = "meta.json"

func checkDoc(d Doc) error {
	if d.Day != "" {
		if _, err := time.Parse(time.DateOnly, d.Day); err != nil {
			return fmt.Errorf("day %q is not a date; give it as YYYY-MM-DD", d.Day)
		}
	}
	for _, s := range d.Topics {
		if s == "" || !utf8.ValidString(s) {
			return fmt.Errorf("topic slug %q is empty or not UTF-8; give each topic's slug", s)
		}
	}
	if len(d.TopicNames) > len(d.Topics) {
		return fmt.Errorf("%d topic names for %d topics; give one name per slug", len(d.TopicNames), len(d.Topics))
	}
	return nil
}
