package related

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// tokenizer splits Markdown text into index terms. It reuses one buffer for
// the current term, so each goroutine needs its own.
type tokenizer struct {
	buf    []byte // the current term, its ASCII letters lowercased
	runes  int    // runes in buf
	letter bool   // buf holds a rune that is not a digit
	wide   bool   // buf holds a rune past ASCII, so it is to be folded (see flushWide)

	folder *textutil.Folder    // made by the first term with a rune past ASCII
	folded map[string][]string // such a term → its terms, unstemmed (see flushWide)
	piece  []byte              // one of them, to stem
}

// Folding allocates, so the terms of a word past ASCII are kept for the
// next time the word comes (a name, a word of an abstract in another
// language): of words up to maxFoldedBytes long, the first maxFolded.
const (
	maxFoldedBytes = 64
	maxFolded      = 1 << 16
)

// mathMode says whether the scanner is inside TeX math.
type mathMode uint8

const (
	noMath      mathMode = iota
	inlineMath           // $…$
	displayMath          // $$…$$
)

// each calls emit for every term of s, in order. The slice passed to emit
// is valid only during the call. Fenced code blocks, TeX math and URLs are
// skipped; a blank line closes math left open, so a stray "$" loses at most
// the rest of its paragraph. Invalid UTF-8 separates terms.
func (tk *tokenizer) each(s string, emit func(term []byte)) {
	var fence byte // '`' or '~' inside a fenced code block, else 0
	math := noMath
	text := s
	for len(s) > 0 {
		var line string
		at := len(text) - len(s) // where line starts in text
		line, s, _ = strings.Cut(s, "\n")
		trimmed := strings.TrimLeft(line, " \t")
		if f := fenceChar(trimmed); f != 0 && (fence == 0 || f == fence) {
			if fence == 0 {
				fence = f
			} else {
				fence = 0
			}
			continue
		}
		if fence != 0 {
			continue
		}
		if strings.TrimSpace(line) == "" {
			math = noMath
			continue
		}
		math = tk.line(line, text, at, math, emit)
		tk.flush(emit)
	}
}

// fenceChar returns '`' or '~' if line opens or closes a fenced code block.
func fenceChar(line string) byte {
	if strings.HasPrefix(line, "```") {
		return '`'
	}
	if strings.HasPrefix(line, "~~~") {
		return '~'
	}
	return 0
}

// line emits the terms of one line that starts in math mode m and returns
// the mode at its end. The line starts at text[at:], where a single dollar
// sign is asked whether it opens math (textutil.InlineMathEnd), as the
// renderer does: "from $5 to $10" is prose.
func (tk *tokenizer) line(s, text string, at int, m mathMode, emit func([]byte)) mathMode {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch {
			case m != noMath:
			case r == utf8.RuneError && size == 1:
				tk.flush(emit)
			case unicode.IsLetter(r) || unicode.IsDigit(r),
				len(tk.buf) > 0 && (unicode.IsMark(r) || textutil.Invisible(r)): // a combining accent or a soft hyphen stays in its word
				tk.buf = utf8.AppendRune(tk.buf, r)
				tk.wide = true
			default:
				tk.flush(emit)
			}
			continue
		}
		switch {
		case c == '\\' && i+1 < len(s) && s[i+1] == '$': // an escaped dollar is text
			tk.flush(emit)
			i += 2
		case c == '$' && m == noMath && !strings.HasPrefix(s[i:], "$$") && textutil.InlineMathEnd(text, at+i) < 0:
			tk.flush(emit) // a dollar sign that opens no math
			i++
		case c == '$':
			tk.flush(emit)
			m, i = toggleMath(s, i, m)
		case m != noMath:
			i++
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			if len(tk.buf) == 0 && c == 'h' && isURL(s[i:]) {
				i += urlLen(s[i:])
				continue
			}
			tk.buf = append(tk.buf, c|0x20)
			tk.runes++
			tk.letter = true
			i++
		case '0' <= c && c <= '9':
			tk.buf = append(tk.buf, c)
			tk.runes++
			i++
		default:
			tk.flush(emit)
			i++
		}
	}
	return m
}

// toggleMath handles the "$" or "$$" at s[i] in mode m and returns the new
// mode and the index after the delimiter.
func toggleMath(s string, i int, m mathMode) (mathMode, int) {
	if i+1 < len(s) && s[i+1] == '$' {
		switch m {
		case noMath:
			return displayMath, i + 2
		case displayMath:
			return noMath, i + 2
		}
		return noMath, i + 2 // "$$" closing inline math: take it as the close
	}
	switch m {
	case noMath:
		return inlineMath, i + 1
	case inlineMath:
		return noMath, i + 1
	}
	return m, i + 1 // a single "$" inside display math
}

// isURL reports whether s starts with an http or https URL.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// urlLen is the length of the URL at the start of s: up to a space or a
// closing bracket of Markdown link or autolink syntax.
func urlLen(s string) int {
	if n := strings.IndexAny(s, " \t)>]"); n >= 0 {
		return n
	}
	return len(s)
}

// flush emits the current term if it is one, and starts a new one.
func (tk *tokenizer) flush(emit func([]byte)) {
	switch {
	case tk.wide:
		tk.flushWide(emit)
	case tk.runes >= 2 && tk.letter && !isStopword(tk.buf):
		emit(stem(tk.buf))
	}
	tk.buf = tk.buf[:0]
	tk.runes = 0
	tk.letter = false
	tk.wide = false
}

// flushWide emits the terms of the current term, which holds runes past
// ASCII, as the search index makes them: folded (textutil.Folder:
// "Schrödinger" is "schrodinger", however its "ö" is encoded), and a run
// of Chinese, Japanese or Korean characters, which write no spaces
// between words, as its pairs of neighbours (textutil.CJKPieces), so
// that "大規模言語モデル" and "大規模言語モデルの" share 言語, 語モ, モデ…
func (tk *tokenizer) flushWide(emit func([]byte)) {
	terms, ok := tk.folded[string(tk.buf)]
	if !ok {
		terms = tk.foldTerms(string(tk.buf))
		if len(tk.buf) <= maxFoldedBytes && len(tk.folded) < maxFolded {
			if tk.folded == nil {
				tk.folded = map[string][]string{}
			}
			tk.folded[string(tk.buf)] = terms
		}
	}
	for _, t := range terms {
		tk.piece = append(tk.piece[:0], t...)
		emit(stem(tk.piece))
	}
}

// foldTerms returns the terms of the word w, unstemmed: the pieces
// (textutil.CJKPieces) of w folded, of two runes or more, that are not a
// number or a stopword. A letter that folding decomposes into another
// and a sign ("ŀ" is "l·") parts the word there, as it does in search.
func (tk *tokenizer) foldTerms(w string) []string {
	if tk.folder == nil {
		tk.folder = textutil.NewFolder(textutil.FoldPairs())
	}
	var terms []string
	keep := func(p string) {
		if utf8.RuneCountInString(p) >= 2 && strings.ContainsFunc(p, unicode.IsLetter) && !isStopword([]byte(p)) {
			terms = append(terms, p)
		}
	}
	for _, word := range strings.FieldsFunc(tk.folder.Fold(w), notInWord) {
		textutil.CJKPieces(word, false, true, func(p string, _, _ int) { keep(p) })
	}
	return terms
}

// notInWord reports whether r parts a folded word: not a letter, a digit
// or a mark.
func notInWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) }

// stem strips a plural ending from w in place and returns the result, with
// the rules of Harman's S-stemmer: "-ies" becomes "-y" (not after "a" or
// "e"); "-es" loses its "s" (not after "a", "e" or "o"); a final "s" goes
// unless it follows "u", "s" or "i" (so "analysis" stays whole). Words of
// three bytes or fewer, and words whose "s" follows anything but an ASCII
// letter, are kept.
func stem(w []byte) []byte {
	n := len(w)
	if n <= 3 || w[n-1] != 's' {
		return w
	}
	switch prev := w[n-2]; {
	case prev < 'a' || prev > 'z': // not an English plural; keeps "中s" two runes
		return w
	case prev == 'e' && w[n-3] == 'i' && n > 4 && w[n-4] != 'a' && w[n-4] != 'e':
		return append(w[:n-3], 'y')
	case prev == 'e' && (w[n-3] == 'a' || w[n-3] == 'e' || w[n-3] == 'o'):
		return w
	case prev == 'u' || prev == 's' || prev == 'i':
		return w
	}
	return w[:n-1]
}
