package markdown

import (
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// scan is where a forward search of a source's text from offset from
// found what it looked for, at (-1: nothing after from). The checks search
// forward from each match in the text's order; searching the rest of the
// text afresh from each would take time in the square of its size (a
// body of "\( x " repeated), so a search from a later offset that at
// still answers reuses it.
type scan struct {
	from, at int
	done     bool
}

// next returns the offset of the first sub in the text at or after i, or
// -1; c remembers the search for sub.
func (s *source) next(c *scan, sub string, i int) int {
	if !c.done || i < c.from || c.at >= 0 && i > c.at {
		c.from, c.at, c.done = i, strings.Index(s.text[i:], sub), true
		if c.at >= 0 {
			c.at += i
		}
	}
	return c.at
}

// paragraphEnd returns the offset of the first blank line after the line
// of offset i, where the paragraph i is in ends, or the text's length:
// i + textutil.ParagraphEnd(s.text[i:]), a search reused as next's is (no
// blank line starts between two offsets of one paragraph).
func (s *source) paragraphEnd(i int) int {
	c := &s.paraEnds
	if !c.done || i < c.from || i >= c.at {
		c.from, c.at, c.done = i, i+textutil.ParagraphEnd(s.text[i:]), true
	}
	return c.at
}

// maxQuoted is the most bytes of a word a message quotes.
const maxQuoted = 80

// wordAt returns the text from offset i to the first byte at or after it
// that stop matches, or the end, at most maxQuoted bytes (cut at a
// character's start): the word a message quotes, found without reading
// the rest of the text.
func wordAt(text string, i int, stop func(rune) bool) string {
	w := text[i:min(len(text), i+maxQuoted)]
	if k := strings.IndexFunc(w, stop); k >= 0 {
		return w[:k]
	}
	for n := 0; n < utf8.UTFMax-1 && w != ""; n++ {
		if r, size := utf8.DecodeLastRuneInString(w); r != utf8.RuneError || size > 1 {
			break
		}
		w = w[:len(w)-1] // a character cut at maxQuoted
	}
	return w
}
