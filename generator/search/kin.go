package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// A query word also finds, besides itself (and, while typed, the words it
// starts), its singular or plural ("transformer" finds "Transformers",
// "queries" finds "query") and, when it finds nothing at all, the words
// one typing mistake away ("atention" finds "attention"). search.js has
// the same rules (kinStem, kinRoot, oneEdit).

// minTypoRunes is the shortest word that may be a typo of another: one
// edit away from a shorter word are too many others ("mode": model, more,
// node).
const minTypoRunes = 5

// isPlainWord reports whether tok is all ASCII letters, the words whose
// plural kinStem knows.
func isPlainWord(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return tok != ""
}

// kinStem returns tok without its plural ending, by the rules of Harman's
// S-stemmer: "ies" (not "aies", "eies") is "y", "es" (not "aes", "ees",
// "oes") loses its "s", and "s" (not "us", "ss") goes.
func kinStem(tok string) string {
	switch {
	case strings.HasSuffix(tok, "ies") && !strings.HasSuffix(tok, "aies") && !strings.HasSuffix(tok, "eies"):
		return tok[:len(tok)-3] + "y"
	case strings.HasSuffix(tok, "es") && !strings.HasSuffix(tok, "aes") && !strings.HasSuffix(tok, "ees") && !strings.HasSuffix(tok, "oes"):
		return tok[:len(tok)-1]
	case strings.HasSuffix(tok, "s") && !strings.HasSuffix(tok, "us") && !strings.HasSuffix(tok, "ss"):
		return tok[:len(tok)-1]
	}
	return tok
}

// hasKin reports whether tok is a word whose singular or plural is
// searched for: ASCII letters with a kinRoot of three or more ("gas" and
// "bus" are no plurals of "ga" and "bu", and the shards of a shorter start
// would be many).
func hasKin(tok string) bool {
	return isPlainWord(tok) && len(kinRoot(tok)) >= 3
}

// isKin reports whether term is the singular or plural of query word tok:
// the same kinStem, or one is the other with an "s" (not after s:
// "gpu", "gpus" and "movie", "movies", which the S-stemmer leaves apart
// as it keeps "us" and makes "ies" a "y") or with the "es" of a word
// ending in s, x, z, ch or sh ("box", "boxes"; "match", "matches"; not
// "car", "cares").
func isKin(term, tok string) bool {
	if !isPlainWord(term) {
		return false
	}
	return kinStem(term) == kinStem(tok) || plural(tok, term) || plural(term, tok)
}

// plural reports whether p is one with "s", or with "es" after s, x, z,
// ch or sh.
func plural(one, p string) bool {
	if p == one+"s" && !strings.HasSuffix(one, "s") {
		return true
	}
	if p != one+"es" {
		return false
	}
	for _, end := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(one, end) {
			return true
		}
	}
	return false
}

// kinRoot returns the start every kin of tok has, to find the shards
// that hold them: tok without a last "ies", "es", "s" or "y" (not a "y"
// after a vowel: "key" is "keys" and its root "key", long enough to
// have kin).
func kinRoot(tok string) string {
	if len(tok) > 1 && tok[len(tok)-1] == 'y' && strings.IndexByte("aeiou", tok[len(tok)-2]) >= 0 {
		return tok
	}
	for _, end := range []string{"ies", "es", "s", "y"} {
		if strings.HasSuffix(tok, end) {
			return tok[:len(tok)-len(end)]
		}
	}
	return tok
}

// mayBeTypo reports whether tok may be a mistyped word: five letters or
// more, and letters only (an id one digit away is another paper).
func mayBeTypo(tok string) bool {
	if utf8.RuneCountInString(tok) < minTypoRunes {
		return false
	}
	for _, r := range tok {
		if !unicode.IsLetter(r) || textutil.IsCJK(r) {
			return false
		}
	}
	return true
}

// typoRoots returns the starts (of two runes) a word one typing mistake
// away from tok may have, when tok has three runes or more: its own, for
// a mistake after them; its first two swapped ("taention"); its first and
// third, for a rune typed in second place or the second and third swapped
// ("atetntion" is not one, "dfifusion" is); its second and third, for a
// rune typed before it ("xattention"). A term is one only if it also
// starts with one of them, whichever shards were read, so what a typo
// finds does not depend on how the index is cut. A first or second rune
// left out or changed is not looked for: the word may then start with any
// rune, and the shards of every start or of every start with tok's first
// rune are most of the index (see the package doc).
func typoRoots(tok string) []string {
	r := []rune(tok)
	var out []string
	for _, root := range [][2]rune{{r[0], r[1]}, {r[1], r[0]}, {r[0], r[2]}, {r[1], r[2]}} {
		if s := string(root[:]); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// hasPrefixOf reports whether term starts with any of prefixes.
func hasPrefixOf(term string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(term, p) {
			return true
		}
	}
	return false
}

// typoOf reports whether term is what tok mistypes: one typing mistake
// away, or the plural of a word that is ("kernels" of "kernal", where the
// index has no "kernel"); never a topic's filter term ("#nlp").
func typoOf(term, tok string) bool {
	if strings.HasPrefix(term, topicTermP) {
		return false // a topic's filter term, which no reader types
	}
	if oneEdit(term, tok) {
		return true
	}
	stem := kinStem(term)
	return isPlainWord(term) && stem != term && oneEdit(stem, tok)
}

// oneEdit reports whether a and b differ by exactly one typing mistake:
// a rune inserted, left out, changed, or two neighbours swapped.
func oneEdit(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) < len(y) { // one inserted into x gives y
		return string(x[i:]) == string(y[i+1:])
	}
	if string(x[i+1:]) == string(y[i+1:]) { // one changed
		return true
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
}
