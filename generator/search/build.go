package search

import (
	"fmt"
	"strings"
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
	opts = opts.withDefaults()
	for i, d := range docs {
		if err := checkDoc(d); err != nil {
			return nil, Stats{}, fmt.Errorf("search: doc %d (id %q): %w", i, d.ID, err)
		}
	}
	f := newFolder()
	topics := collectTopics(docs)
	terms := collectTerms(f, docs, opts.Show)
	// The term shards and the doc store are independent: make them at once.
	var (
		shards   []shard
		oversize int
		packed   sync.WaitGroup
	)
	packed.Go(func() { shards, oversize = packShards(terms, opts.ShardBytes) })
	texts, textHashes := buildTexts(docs, opts)
	chunks := buildChunks(docs, topics, textHashes, opts)
	if opts.Consume {
		for i := range docs {
			docs[i].Abstract, docs[i].More = "", ""
		}
	}
	packed.Wait()
	dates := buildDates(docs)

	var files []model.File
	m := newMeta(len(docs), opts, topics, dates)
	for i, sh := range shards {
		h := fileHash(sh.data)
		m.Terms = append(m.Terms, [3]string{sh.first, sh.last, h})
		files = append(files, model.File{Path: Dir + filePath("terms/", i, h), Data: sh.data})
	}
	for i, c := range chunks {
		h := fileHash(c)
		m.Chunks = append(m.Chunks, h)
		files = append(files, model.File{Path: Dir + filePath("docs/", i, h), Data: c})
	}
	for i, t := range texts {
		if t != nil {
			files = append(files, model.File{Path: Dir + filePath("text/", i, fileHash(t)), Data: t})
		}
	}
	if dates.data != nil {
		m.Dates = "dates-" + fileHash(dates.data) + ".json"
		files = append(files, model.File{Path: Dir + m.Dates, Data: dates.data})
	}
	meta := marshal(m) // encoding/json sorts the fold map's keys
	files = append([]model.File{{Path: Dir + MetaFile, Data: meta}}, files...)

	st := Stats{Docs: len(docs), Terms: len(terms), Shards: len(shards), Chunks: len(chunks),
		Files: len(files), MetaBytes: len(meta), Oversize: oversize}
	for _, t := range terms {
		st.Postings += len(t.docs)
	}
	for _, sh := range shards {
		st.LargestShard = max(st.LargestShard, len(sh.data))
	}
	for _, fl := range files {
		st.Bytes += int64(len(fl.Data))
		if strings.HasPrefix(fl.Path, Dir+"text/") {
			st.Texts++
		}
	}
	return files, st, nil
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
