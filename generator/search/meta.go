package search

import (
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// FormatVersion is meta.json's "version"; the script refuses other versions.
const FormatVersion = 3

// meta is meta.json, the one file every search loads first. Paths in it
// are relative to the folder meta.json is in.
type meta struct {
	Version  int               `json:"version"`
	Docs     int               `json:"docs"`            // number of documents
	Fold     map[string]string `json:"fold"`            // letter folding applied after lowercasing
	Stop     []string          `json:"stop"`            // stopwords
	Abbrev   []string          `json:"abbrev"`          // abbreviations that end no sentence before a lower-case word
	MaxToken int               `json:"maxToken"`        // runes a token is cut to
	Terms    [][3]string       `json:"terms"`           // [first term, last term, hash] per shard, in term order
	Chunk    int               `json:"chunk"`           // documents per doc-store chunk
	Chunks   []string          `json:"chunks"`          // hash per doc-store chunk; chunk i holds docs i*chunk …
	Excerpt  int               `json:"excerpt"`         // runes of a snippet (ExcerptChars)
	TextDocs int               `json:"textChunk"`       // documents per snippet-text file
	Dates    string            `json:"dates,omitempty"` // path of the per-document days, if any doc has a day
	From     string            `json:"from,omitempty"`  // earliest day
	To       string            `json:"to,omitempty"`    // latest day
	Topics   [][3]any          `json:"topics"`          // [slug, name, count], by name then slug
}

func newMeta(docs int, opts Options, topics topicList, d dates) *meta {
	m := &meta{
		Version:  FormatVersion,
		Docs:     docs,
		Fold:     textutil.FoldPairs(),
		Stop:     strings.Fields(stopwordList),
		Abbrev:   strings.Fields(abbreviationList),
		MaxToken: MaxTokenRunes,
		Terms:    [][3]string{},
		Chunk:    opts.ChunkDocs,
		Chunks:   []string{},
		Excerpt:  opts.ExcerptChars,
		TextDocs: opts.TextDocs,
		From:     d.from,
		To:       d.to,
		Topics:   [][3]any{},
	}
	for _, t := range topics.list {
		m.Topics = append(m.Topics, [3]any{t.slug, t.name, t.count})
	}
	return m
}
