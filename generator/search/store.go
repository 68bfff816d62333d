package search

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// topicInfo is one topic of the filter list.
type topicInfo struct {
	slug, name string
	count      int
}

// topicList is every topic the docs carry, sorted by name then slug, with
// each slug's position in that order.
type topicList struct {
	list  []topicInfo
	index map[string]int
}

func collectTopics(docs []Doc) topicList {
	seen := map[string]*topicInfo{}
	for _, d := range docs {
		for i, s := range d.Topics {
			t := seen[s]
			if t == nil {
				t = &topicInfo{slug: s, name: s}
				seen[s] = t
			}
			if i < len(d.TopicNames) && d.TopicNames[i] != "" && t.name == s {
				t.name = d.TopicNames[i]
			}
			t.count++
		}
	}
	tl := topicList{index: map[string]int{}}
	for _, t := range seen {
		tl.list = append(tl.list, *t)
	}
	slices.SortFunc(tl.list, func(a, b topicInfo) int {
		return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.slug, b.slug))
	})
	for i, t := range tl.list {
		tl.index[t.slug] = i
	}
	return tl
}

// buildChunks makes the doc store: files of ChunkDocs records each, a
// record being [url, title, [authors…], day, [topic numbers…], excerpt,
// text] where a topic number is a position in meta.json's topics and text
// the hash of the document's snippet-text file ("" for none), then the
// language of title and excerpt for a document that has one or is
// withdrawn ("" for none), and true for a withdrawn one. It hands
// each file to emit with its number and hash, and returns the hashes in
// order.
//
// The chunks are made on every core: they were the one long stretch of the
// index build running on a single core.
func buildChunks(docs []Doc, topics topicList, texts []string, opts Options, emit func(n int, data []byte, hash string) error) ([]string, error) {
	hashes := make([]string, (len(docs)+opts.ChunkDocs-1)/opts.ChunkDocs)
	err := perGroup(docs, opts.ChunkDocs, func(n, start int, group []Doc) error {
		data := buildChunk(group, start, topics, texts, opts)
		hashes[n] = fileHash(data)
		return emit(n, data, hashes[n])
	})
	return hashes, err
}

// perGroup calls each for each run of size docs, the nth of which starts
// at document number start, on every core, and returns the first error.
func perGroup(docs []Doc, size int, each func(n, start int, group []Doc) error) error {
	return parallel.For(context.Background(), (len(docs)+size-1)/size, 0, func() func(int) error {
		return func(n int) error {
			start := n * size
			return each(n, start, docs[start:min(start+size, len(docs))])
		}
	})
}

// buildChunk returns the doc store chunk of docs, the first of which is
// document number start; texts has the hash of each snippet-text file,
// or "" for the documents whose excerpt is their whole abstract.
func buildChunk(docs []Doc, start int, topics topicList, texts []string, opts Options) []byte {
	recs := make([][]any, 0, len(docs))
	for i, d := range docs {
		tn := make([]int, 0, len(d.Topics))
		for _, s := range d.Topics {
			tn = append(tn, topics.index[s])
		}
		authors := d.Authors
		if authors == nil {
			authors = []string{}
		}
		title, excerpt := d.Title, d.Abstract
		if opts.Show != nil {
			title, excerpt = opts.Show(title), opts.Show(lead(excerpt, opts.ExcerptChars))
		}
		rec := []any{valid(d.URL), valid(title), validAll(authors), d.Day, tn, Excerpt(excerpt, opts.ExcerptChars), texts[start+i]}
		if d.Lang != "" || d.Withdrawn {
			rec = append(rec, valid(d.Lang))
		}
		if d.Withdrawn {
			rec = append(rec, true)
		}
		recs = append(recs, rec)
	}
	return marshal(recs)
}

// dates is the lazily loaded day of every document, for the date filter:
// {"days":[distinct days ascending],"runs":[day number, count, …]} where
// runs cover the documents in order and day number -1 means no day.
type dates struct {
	from, to string
	data     []byte
}

func buildDates(docs []Doc) dates {
	var days []string
	for _, d := range docs {
		if d.Day != "" {
			days = append(days, d.Day)
		}
	}
	if len(days) == 0 {
		return dates{}
	}
	slices.Sort(days)
	days = slices.Compact(days)
	runs := []int{}
	for i, d := range docs {
		n := -1
		if d.Day != "" {
			n, _ = slices.BinarySearch(days, d.Day)
		}
		if i > 0 && runs[len(runs)-2] == n {
			runs[len(runs)-1]++
		} else {
			runs = append(runs, n, 1)
		}
	}
	data := marshal(map[string]any{"days": days, "runs": runs})
	return dates{from: days[0], to: days[len(days)-1], data: data}
}

// lead returns the start of plain text s that holds its first n runes,
// cut at the end of a paragraph (a newline) so that no math span is cut;
// in a paragraph that runs more than 4n bytes past them, at the first
// space after them outside a $…$ span, else at its newline, else all of
// s. Without that cut, a megabyte abstract of one paragraph was converted
// whole for a snippet of 2,000 runes.
func lead(s string, n int) string {
	if len(s) <= 4*n {
		return s
	}
	nl := strings.IndexByte(s[4*n:], '\n')
	if nl >= 0 && nl <= 4*n {
		return s[:4*n+nl]
	}
	inMath := false
	for i := 0; i < min(len(s), 8*n); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++ // an escaped \$ opens no math
		case c == '$':
			inMath = !inMath
		case c == ' ' && i >= 4*n && !inMath:
			return s[:i]
		}
	}
	if nl >= 0 {
		return s[:4*n+nl]
	}
	return s
}

// Excerpt returns about size runes of plain text s for a result snippet:
// whitespace collapsed but its no-break spaces (TeX's tie in "Fig.~3" keeps
// its line, as on the paper's page), cut at a word boundary and ended with
// "…" when cut.
func Excerpt(s string, size int) string {
	return excerptOf(textutil.CollapseBreakingSpace(valid(s)), size)
}

// excerptOf is Excerpt of s, valid UTF-8 with its white space collapsed.
func excerptOf(s string, size int) string {
	if utf8.RuneCountInString(s) <= size {
		return s
	}
	// Counted in runes, as search.js cuts a snippet (cut).
	end := len(firstRunes(s, size))
	if sp := strings.LastIndexByte(s[:end], ' '); sp >= 0 && utf8.RuneCountInString(s[:sp]) > size/2 {
		end = sp
	}
	return strings.TrimRightFunc(s[:end], func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r)
	}) + "…"
}

func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

func validAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = valid(s)
	}
	return out
}

// marshal encodes v as compact JSON without HTML escaping; v holds only
// strings, numbers, slices and maps, which always encode.
func marshal(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("search: " + err.Error()) // unreachable: v holds only encodable values
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}
