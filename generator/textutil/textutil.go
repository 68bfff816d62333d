// Package textutil holds the small text helpers the page, feed and email
// templates share, and the folding of words the search index and the
// related lists share.
package textutil

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Plural returns "1 paper" or "3 papers".
func Plural(n int, one, many string) string {
	return strconv.Itoa(n) + " " + Word(n, one, many)
}

// Word is one for a count of 1, else many: the word alone, "is" or "are".
func Word(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// List joins items as a sentence lists them: "a", "a and b", "a, b and
// c".
func List(items []string) string { return join(items, " and ") }

// Either joins items as a sentence offers them: "a", "a or b", "a, b or
// c".
func Either(items []string) string { return join(items, " or ") }

// join joins items with ", " and, before the last, conj.
func join(items []string, conj string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	last := len(items) - 1
	return strings.Join(items[:last], ", ") + conj + items[last]
}

// Truncate shortens s to at most n columns (Columns: a Chinese, Japanese
// or Korean character takes two, as it takes the room of two Latin
// letters, so that a card's summary of 280 is as wide in any script),
// cutting at a word boundary and adding "…": a word that ends at the
// n-th column is kept. It never cuts inside $…$ math (InlineMathEnd): a
// formula the cut would split is left out whole; nor inside an escape,
// \$ or \\.
func Truncate(n int, s string) string { return truncate(n, s, RuneColumns) }

// truncate is Truncate with each rune taking size(r) of the n.
func truncate(n int, s string, size func(rune) int) string {
	full, wordEnd := s, false
	cut := 0
	for i, r := range s {
		if cut += size(r); cut > n {
			s, wordEnd = s[:i], s[i] == ' '
			break
		}
	}
	if cut <= n {
		return full
	}
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 && !wordEnd {
		s = s[:i]
	}
	for start, end := range InlineMath(full) {
		if start >= len(s) {
			break
		}
		if end > len(s) {
			s = s[:start]
			break
		}
	}
	s = strings.TrimRight(s, " ,;:.")
	if Escaped(s, len(s)) {
		// The cut split an escape of plain text, \$ or \\: its backslash
		// alone would show.
		s = s[:len(s)-1]
	}
	return s + "…"
}

// Fit is s if it has at most n runes, else s shortened as Truncate does to
// n runes with its "…": for a field with a hard limit of characters (an
// OpenSearch ShortName's 16, a JSON-LD headline's 110), which Truncate's
// n-plus-the-ellipsis would overrun by one. It counts runes, not columns,
// as such a limit does.
func Fit(n int, s string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return truncate(n-1, s, func(rune) int { return 1 })
}

// CollapseSpace trims s and turns every run of white space (as
// unicode.IsSpace defines it, no-break spaces too) into one space:
// strings.Join(strings.Fields(s), " ") without the slice of fields, and
// without a copy when s has nothing to collapse, as most names and titles
// do not. It is for what names a thing (an author, an organization, a
// topic's keyword), where a no-break space typed by chance must not make a
// second of it; text that is read keeps them (CollapseBreakingSpace).
func CollapseSpace(s string) string { return collapse(s, false) }

// CollapseBreakingSpace is CollapseSpace for text that is read (an email's
// subject and preheader, a search result's excerpt, a title): it keeps the
// no-break spaces (NoBreakSpace) that join a number to its unit ("12
// papers") or the parts of a date, so that the line does not break there.
// A run of white space holding one becomes its first no-break space; at
// either end, it is trimmed as any space.
func CollapseBreakingSpace(s string) string { return collapse(s, true) }

// Invisible reports whether r shows as nothing inside a word or an
// address, where a copy from a PDF or a web page leaves it: a soft
// hyphen, a zero-width space, a word joiner, a byte order mark.
func Invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return false
}

// NoBreakSpace reports whether r is a space no line breaks at: U+00A0
// NO-BREAK SPACE, U+2007 FIGURE SPACE or U+202F NARROW NO-BREAK SPACE.
func NoBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u2007' || r == '\u202f' }

// collapse is CollapseSpace, and with keep CollapseBreakingSpace. It
// copies each run of letters (words, not runes) at once, and decodes only
// the runes past ASCII: an abstract's plain text, collapsed for the search
// index's snippets, was 4% of a build's CPU written a rune at a time.
func collapse(s string, keep bool) string {
	i := 0 // s[:i] is already collapsed and ends with a non-space
	for i < len(s) {
		i = wordEnd(s, i)
		if i == len(s) {
			return s
		}
		r, n := runeAt(s, i) // a space
		if r != ' ' && !(keep && NoBreakSpace(r)) || i == 0 || i+n == len(s) || wordEnd(s, i+n) == i+n {
			break
		}
		i += n
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	sep := "" // the run of white space before s[j], as written: "", " " or its first no-break space
	for j := i; j < len(s); {
		if k := wordEnd(s, j); k > j {
			if b.Len() > 0 {
				b.WriteString(sep)
			}
			b.WriteString(s[j:k])
			sep, j = "", k
			continue
		}
		r, n := runeAt(s, j)
		switch {
		case keep && NoBreakSpace(r) && (sep == "" || sep == " "):
			sep = s[j : j+n]
		case sep == "":
			sep = " "
		}
		j += n
	}
	return b.String()
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// wordEnd returns where the run of runes that are not white space
// starting at s[i] ends: i when s[i] starts a space, len(s) when none
// follows. An invalid byte is not a space (runeAt).
func wordEnd(s string, i int) int {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace[c] {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return i
}

// runeAt decodes the rune at s[i] and its width; an invalid byte is
// utf8.RuneError of width 1, which is not a space.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// ContainsWord reports whether word occurs in text with nothing either
// side that would join it: no letter or digit, "june" in "june 4", not in
// "junebug"; but in a script written without spaces between words
// (Japanese, Chinese, Thai), whose words touch, a letter of it does not
// join: "強化学習" in "強化学習による", "6月" in "2025年6月16日", "GPT" in
// "GPTを用いた" (Joins). Never the empty word.
func ContainsWord(text, word string) bool {
	first, _ := utf8.DecodeRuneInString(word)
	last, _ := utf8.DecodeLastRuneInString(word)
	return ContainsApart(text, word, func(before, after rune) bool { return apart(before, first) && apart(after, last) })
}

// apart reports whether the rune beside, before or after a word, leaves
// its rune edge at that end a word's end: beside is no letter or digit,
// or edge is one that does not join it (a letter or digit, or a mark of
// a script written without spaces, as Thai words end in: "รู้").
func apart(beside, edge rune) bool {
	return !IsWordRune(beside) || (IsWordRune(edge) || Unspaced(edge)) && !Joins(beside, edge)
}

// Joins reports whether a and b, side by side, are of one word: letters
// or digits, but not where one is a letter of a script written without
// spaces (Unspaced) beside a letter or a digit: "Juni2025" is one word,
// "6月16日" four.
func Joins(a, b rune) bool {
	if !IsWordRune(a) || !IsWordRune(b) {
		return false
	}
	if unicode.IsDigit(a) != unicode.IsDigit(b) {
		return !Unspaced(a) && !Unspaced(b)
	}
	return unicode.IsDigit(a) || !Unspaced(a) && !Unspaced(b)
}

// Unspaced reports whether r is of a script written without spaces
// between words.
func Unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// ContainsApart reports whether word occurs in text where apart says the
// runes either side of it (utf8.RuneError at text's start and end) leave
// it a word of its own; never the empty word.
func ContainsApart(text, word string, apart func(before, after rune) bool) bool {
	for off := 0; word != ""; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return false
		}
		i += off
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(word):])
		if apart(before, after) {
			return true
		}
		off = i + 1
	}
	return false
}

// IsWordRune reports whether r is a letter or a digit (not the RuneError
// of a string's start, end or invalid byte).
func IsWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// IsWebURL reports whether s is an absolute http or https URL with nothing
// in it that would end an HTML attribute or a line: what a source's links
// (code, project, pdf, image) must be.
func IsWebURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) && len(s) > 8 &&
		!strings.ContainsAny(s, " \t\n<>\"") && !strings.ContainsFunc(s, unicode.IsControl)
}

// HasScheme reports whether the link s starts with a URL scheme
// ("https:", "mailto:"): a letter, then letters, digits, +, - or ., before
// a colon that comes before any slash.
func HasScheme(s string) bool {
	i := strings.IndexAny(s, ":/")
	if i <= 0 || s[i] != ':' {
		return false
	}
	for j, c := range s[:i] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || j > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

// NameTail returns where the last two words of an author's name start,
// its last given name (or initial, or particle) and its family name, and
// the space between them: the pair a line should keep together, as the
// pages' author links and both parts of an email write it ("Carroll L.
// Wainwright": 8 and 10). Both are -1 for a name of one word, or written
// without spaces (Chinese, Japanese).
func NameTail(name string) (start, space int) {
	space = strings.LastIndexByte(name, ' ')
	if space <= 0 {
		return -1, -1
	}
	return strings.LastIndexByte(name[:space], ' ') + 1, space
}

// CutLeadingPunct cuts s after the punctuation it starts with: the comma
// of a list's separator (", " is "," and " ", the Arabic "، " is "،" and
// " ", ", and 3 others" is "," and " and 3 others"), which a line must not
// start with, and so stays in the inline block of the name before it
// (render's authorNames, the email's authorListHTML). It stops at '&' and
// '<', so that it never cuts an HTML entity or tag of a separator written
// in HTML.
func CutLeadingPunct(s string) (punct, rest string) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == '&' || r == '<' || !unicode.IsPunct(r) {
			break
		}
		i += n
	}
	return s[:i], s[i:]
}

// Capitalize returns s with its first letter in upper case: a date that
// starts a title or a line ("lundi 3 juin 2024" is "Lundi 3 juin 2024").
func Capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Collator orders names as the language with BCP 47 tag lang does
// ("Éthique" before "Vision" in French), ignoring case and accents first,
// and numbers by value; an unknown tag orders as English. A Collator is
// not safe for concurrent use: make one per sort.
func Collator(lang string) *collate.Collator {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	return collate.New(tag, collate.Loose, collate.Numeric)
}

// ContainsAny reports whether s contains any of subs.
func ContainsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// ComputerPath reports whether s is written as a path on a Windows
// computer, which no published site can reach: from a drive (C:\Users\…,
// C:/Users/…) or a network share (\\server\…). name is the file's name,
// its last part.
func ComputerPath(s string) (name string, ok bool) {
	drive := len(s) > 2 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') && unicode.IsLetter(rune(s[0]))
	if !drive && !strings.HasPrefix(s, `\\`) {
		return "", false
	}
	return s[strings.LastIndexAny(s, `\/:`)+1:], true
}

const hexDigits = "0123456789ABCDEF"

// Percent writes the byte c to b as %XX, in the upper-case hex that URLs
// and KEV values use.
func Percent(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(hexDigits[c>>4])
	b.WriteByte(hexDigits[c&15])
}
