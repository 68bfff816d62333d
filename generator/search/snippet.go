package search

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// A result's snippet is the start of its abstract, the doc store's
// excerpt, unless the abstract holds a query word the excerpt does not:
// then it is cut from the abstract at the sentence from which it holds
// the most of the query's words ("reward model" shows the sentence that
// names the reward model, not the abstract's first lines). Knowing that
// costs nothing: a posting says whether the abstract holds its term. The
// abstracts' text is in files of their own, TextDocs documents each, so
// that only a result whose snippet needs it loads a few abstracts, not
// the doc store's twenty per chunk.

// buildTexts makes the snippet-text files, file i a JSON array of the
// snippet text (see snippetText) of documents i*TextDocs … (none when no
// document of the file has any: it is not written), and hands each to
// emit with its number and hash. It returns for each document the hash
// of its file, or "" when it has no snippet text.
func buildTexts(docs []Doc, opts Options, emit func(n int, data []byte, hash string) error) (hashes []string, err error) {
	hashes = make([]string, len(docs))
	err = perGroup(docs, opts.TextDocs, func(n, start int, group []Doc) error {
		texts := make([]string, len(group))
		for i, d := range group {
			texts[i] = snippetText(d.Abstract, opts)
		}
		if !slices.ContainsFunc(texts, func(t string) bool { return t != "" }) {
			return nil
		}
		data := marshal(texts)
		h := fileHash(data)
		for i, t := range texts {
			if t != "" {
				hashes[start+i] = h
			}
		}
		return emit(n, data, h)
	})
	return hashes, err
}

// snippetText returns what a snippet of abstract is cut from: its first
// TextChars runes, with math as Options.Show writes it, or "" when its
// excerpt holds all of it.
func snippetText(abstract string, opts Options) string {
	text := lead(abstract, opts.TextChars)
	if opts.Show != nil {
		text = opts.Show(text)
	}
	text = textutil.CollapseBreakingSpace(valid(text))
	if utf8.RuneCountInString(text) <= opts.ExcerptChars {
		return ""
	}
	return excerptOf(text, opts.TextChars)
}

// sentenceStarts returns the byte offsets where the sentences of text
// after its first start: after ". ", "! " or "? ", unless the full stop
// ends an abbreviation or an initial (continues). A snippet starts at one
// of them; "We use e.g. transformers" cut after "e.g." read as a sentence
// of its own.
func (f *folder) sentenceStarts(text string) []int {
	var out []int
	for i := 1; i+1 < len(text); i++ {
		if text[i] == ' ' && (text[i-1] == '.' && !f.continues(text[:i-1], text[i+1:]) || text[i-1] == '!' || text[i-1] == '?') {
			out = append(out, i+1)
		}
	}
	return out
}

// continues reports whether the sentence goes on past the full stop
// between before and after (". " cut off): the stop ends an abbreviation
// (abbreviationList) and a lower-case word, a digit or another
// abbreviation follows ("e.g. transformers", "Fig. 3", "cf. Eq. 2"; "etc.
// We" ends one), or it ends an initial,
// one capital letter, and a name follows ("J. Smith", "J. R. Smith"): a
// word of a capital that is not a stopword, as "We" and "The" are, so
// "depend on T. We propose" ends one. The script's continues is this.
func (f *folder) continues(before, after string) bool {
	word := strings.TrimLeftFunc(before[strings.LastIndexByte(before, ' ')+1:], unicode.IsPunct)
	next, _ := utf8.DecodeRuneInString(after)
	if f.abbrev[strings.ToLower(word)] {
		nextWord, _, _ := strings.Cut(after, " ")
		return unicode.IsLower(next) || unicode.IsDigit(next) || f.abbrev[strings.ToLower(strings.TrimSuffix(nextWord, "."))]
	}
	if first, n := utf8.DecodeRuneInString(word); n != len(word) || !unicode.IsUpper(first) || !unicode.IsUpper(next) {
		return false
	}
	name := after
	if end := strings.IndexFunc(after, func(r rune) bool { return !unicode.IsLetter(r) }); end >= 0 {
		name = after[:end]
	}
	initial := utf8.RuneCountInString(name) == 1 && strings.HasPrefix(after[len(name):], ".")
	return initial || !f.stop[f.Fold(name)]
}

// wordsIn returns the query words of the last Search that s holds, as
// bits (see Hit.words).
func (ix *Index) wordsIn(s string) uint32 {
	var w uint32
	ix.f.tokens(s, true, func(t string) { w |= ix.matched[t] })
	return w
}

// snippet returns the snippet of a result whose abstract holds the query
// words abstract (bits), whose doc-store excerpt is excerpt and whose
// snippet-text file has hash: excerpt, unless it lacks one of them; then,
// of the snippets that start at a sentence of the abstract (after "…") and
// hold more query words than excerpt, the one that holds the most, and of
// those the one whose first sentence holds the most (it starts with the
// words, not a sentence before them), the first of equals.
func (ix *Index) snippet(doc int, abstract uint32, excerpt, hash string) (string, error) {
	have := ix.wordsIn(excerpt)
	if abstract&^have == 0 {
		return excerpt, nil
	}
	text, err := ix.text(doc, hash)
	if err != nil || text == "" {
		return excerpt, err
	}
	best, most, first := excerpt, bits.OnesCount32(have), -1 // first: -1 while best is excerpt
	starts := ix.f.sentenceStarts(text)
	for k, start := range starts {
		s := Excerpt(text[start:], ix.meta.Excerpt)
		n := bits.OnesCount32(ix.wordsIn(s))
		if n < most || n == most && first < 0 {
			continue
		}
		end := len(text)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if f := bits.OnesCount32(ix.wordsIn(text[start:end])); n > most || f > first {
			best, most, first = "…"+s, n, f
		}
	}
	return best, nil
}

// text returns doc's snippet text, loading its file, whose hash is
// hash ("": doc has none).
func (ix *Index) text(doc int, hash string) (string, error) {
	if hash == "" || ix.meta.TextDocs <= 0 {
		return "", nil
	}
	path := filePath("text/", doc/ix.meta.TextDocs, hash)
	texts, ok := ix.texts[path]
	if !ok {
		if err := ix.load(path, &texts); err != nil {
			return "", err
		}
		ix.texts[path] = texts
	}
	if i := doc % ix.meta.TextDocs; i < len(texts) {
		return texts[i], nil
	}
	return "", fmt.Errorf("search: doc %d is missing from %s%s; rebuild the index", doc, Dir, path)
}
