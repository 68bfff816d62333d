// Package slug makes URL path segments from names.
package slug

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

// Make turns a name into a slug: lowercase, NFC-normalised, letters of every
// script and digits kept, every other run of characters one hyphen; the
// full-width letters and digits a Japanese or Chinese input method types
// ("Ｖｉｓｉｏｎ") are the ASCII ones, and half-width katakana full-width,
// so that a name typed either way has one page.
// "Schrödinger" gives "schrödinger", so it never collides with "Schrodinger".
// It normalises again after lowercasing, as a lower-case letter may have a
// precomposed form its capital lacks (Y and a ring above, U+1E99 ẙ), so
// that a name gives the slug it gives in lower case.
// A name with no letters or digits gives "". Bytes that are not UTF-8 are
// signs, as U+FFFD: made so before normalising, as norm leaves the marks
// after such a byte as they are (U+0340 for U+0300), which a second Make
// would change, and a slug must be its own slug.
func Make(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFC.String(width.Fold.String(strings.ToValidUTF8(name, "\uFFFD"))) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			dash = true
		}
	}
	return norm.NFC.String(b.String())
}

// MaxBytes bounds a slug that names a folder of the site (an author's, a
// topic's): file systems refuse names past 255 bytes, which 86 CJK
// characters reach, and Windows paths past 260 characters.
const MaxBytes = 120

// Shorten cuts s to at most n bytes at a rune boundary, without a
// trailing hyphen.
func Shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return strings.TrimRight(s[:n], "-")
}

// Title makes a display name from a slug: "large-language-models" gives
// "Large language models".
func Title(s string) string {
	s = strings.ReplaceAll(s, "-", " ")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// WindowsReserved reports whether name, before its first dot, is a device
// name Windows keeps (CON, NUL, COM1 …), which no file or folder there may
// have: a repository with one cannot be checked out.
func WindowsReserved(name string) bool {
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$":
		return true
	}
	// COM0–COM9 and LPT0–LPT9, with the superscript digits Windows counts too.
	if len(base) > 3 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) {
		switch base[3:] {
		case "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "¹", "²", "³":
			return true
		}
	}
	return false
}

// LetterSpellings lists, as space-separated "from=to" pairs, the
// lower-case Latin letters that are no base letter with a mark in Unicode,
// so that dropping marks leaves them, each with the ASCII a spelling
// without them writes (arXiv's "Lukasz", "Soren", "Strasse"). Unaccented
// spells names with it and the search index folds words with it, so the
// two agree on what "ł" is without keeping a table each.
const LetterSpellings = "ł=l ø=o đ=d ð=d ħ=h ı=i ß=ss æ=ae œ=oe þ=th ŧ=t ĸ=k ƒ=f"

// unaccentedLetters replaces LetterSpellings' letters in either case
// (Ł is L, Þ is TH), and Russian ё, which is most often written е: its
// diaeresis is a mark of Cyrillic, which Unaccented keeps.
var unaccentedLetters = strings.NewReplacer(bothCases(LetterSpellings + " ё=е")...)

// bothCases returns the pairs of spellings, a LetterSpellings string, as
// strings.NewReplacer takes them, each also in upper case where its letter
// has a non-ASCII one (ı's is I, which needs no spelling).
func bothCases(spellings string) []string {
	var args []string
	for _, p := range strings.Fields(spellings) {
		from, to, _ := strings.Cut(p, "=")
		args = append(args, from, to)
		if up := strings.ToUpper(from); up != from && up[0] >= utf8.RuneSelf {
			args = append(args, up, strings.ToUpper(to))
		}
	}
	return args
}

// Unaccented is s with the accents of its Latin and Greek letters dropped
// ("José Łęcki" gives "Jose Lecki", "Οδυσσέας" "Οδυσσεας"), in NFC: how a
// source without them, as arXiv's listings often are, spells the name s.
// The marks that make another letter of other scripts stay (Й is not И).
func Unaccented(s string) string {
	var b strings.Builder
	accented := false // the last letter takes accents that spellings drop
	for _, r := range norm.NFD.String(unaccentedLetters.Replace(s)) {
		if !unicode.Is(unicode.Mn, r) {
			accented = unicode.In(r, unicode.Latin, unicode.Greek)
		} else if accented {
			continue
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// symbolWords are the characters of a name that mean something a slug
// drops, "C++" and "C#" both making "c", each with the word that spells
// it in the slug that keeps it (Spelled). Spaces and punctuation that
// separate words, which a slug turns into hyphens, are not among them.
var symbolWords = map[rune]string{
	'+': "plus", '#': "sharp", '*': "star", '@': "at", '$': "dollar", '%': "percent", '!': "bang", '?': "question",
	'=': "equals", '<': "less", '>': "greater", '~': "tilde", '^': "caret", '|': "bar", '\\': "backslash",
}

// Symbol reports whether r means something Make drops: a topic named
// with one cannot have its name's slug.
func Symbol(r rune) bool {
	_, ok := symbolWords[r]
	return ok
}

// Spelled is the slug of name with each Symbol spelt as a word:
// c-plus-plus for "C++", c-sharp for "C#", q-star for "Q*", never the c
// or q of another name.
func Spelled(name string) string {
	var b strings.Builder
	for _, r := range name {
		if w, ok := symbolWords[r]; ok {
			b.WriteString(" " + w + " ")
		} else {
			b.WriteRune(r)
		}
	}
	return Make(b.String())
}
