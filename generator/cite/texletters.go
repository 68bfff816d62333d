package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// accents are the TeX accent commands for the combining marks a Latin
// letter of a name may carry: é is e and U+0301, written {\'e}.
var accents = map[rune]string{
	'\u0300': "`", '\u0301': "'", '\u0302': "^", '\u0303': "~", '\u0304': "=",
	'\u0306': "u", '\u0307': ".", '\u0308': `"`, '\u030A': "r", '\u030B': "H",
	'\u030C': "v", '\u0323': "d", '\u0327': "c", '\u0328': "k",
	'\u0326': "textcommabelow", // Romanian ș and ț (not the cedilla of Turkish ş)
}

// texLetters are the letters with no accent to take apart that LaTeX
// writes as commands of their own.
var texLetters = map[rune]string{
	'Ł': `{\L}`, 'ł': `{\l}`, 'Ø': `{\O}`, 'ø': `{\o}`, 'Æ': `{\AE}`, 'æ': `{\ae}`,
	'Œ': `{\OE}`, 'œ': `{\oe}`, 'ß': `{\ss}`, 'ı': `{\i}`,
}

// TeXName writes the accented Latin letters of an author's name as TeX
// commands, {\'e} for é and {\L} for Ł, as Google Scholar's and DBLP's
// BibTeX do. BibTeX counts bytes, not characters: styles that shorten
// given names (abbrv, IEEEtran, ACM's) cut "Łukasz" to its first byte and
// a stray half of a UTF-8 character, which LaTeX stops at ("Invalid UTF-8
// byte sequence"), alpha's labels cut "Chén" in the middle of the é, and
// a name starting with Å or Ö sorts after Z. A special character in
// braces is one letter to BibTeX, of its base letter's case, and every
// LaTeX engine, biber and reference manager reads it.
//
// A letter TeX has no command for (Иван, 佐藤, ễ) is made such a special
// character with \relax{} (see special) where a style may cut after it.
func TeXName(s string) string {
	var b strings.Builder
	rs := []rune(norm.NFC.String(s))
	start := true // at the start of a word or of a part of it after a hyphen
	for i := 0; i < len(rs); {
		r := rs[i]
		if cmd := texLetter(r); cmd != string(r) || r < 0x80 || !unicode.IsLetter(r) {
			b.WriteString(cmd)
			start = strings.ContainsRune(" ~-,{", r)
			i++
			continue
		}
		n := special(rs[i:], start)
		if n == 0 {
			b.WriteRune(r)
		} else {
			b.WriteString(`{\relax{}` + string(rs[i:i+n]) + "}")
		}
		i += max(n, 1)
		start = false
	}
	return b.String()
}

// special returns how many runes from rs[0], a letter TeX has no command
// for, TeXName braces into one special character, {\relax{}И}, or 0 to
// leave rs[0] as it is. Styles cut a name after the first letter of each
// word and after a hyphen (abbrv's "И. Петров") and after its third
// letter (alpha's labels); so a letter that starts a word is braced, and
// so is one of three bytes or more (佐, ễ), which would otherwise be cut
// inside its bytes even as the second or third letter. A letter of a
// script whose letters join or combine (Arabic, Devanagari, Thai…)
// braces its whole word instead, as a brace between two of its letters
// would part them in XeLaTeX. A letter's combining marks are braced with
// it. biber reads {\relax{}И}ван as Иван, with И as its initial.
func special(rs []rune, start bool) int {
	r := rs[0]
	n := 1
	for n < len(rs) && unicode.Is(unicode.Mn, rs[n]) {
		n++
	}
	if !unicode.In(r, standalone...) {
		for n < len(rs) && rs[n] >= 0x80 && (unicode.IsLetter(rs[n]) || unicode.IsMark(rs[n]) || unicode.Is(unicode.Cf, rs[n])) {
			n++ // the rest of the word; Cf for the zero-width non-joiner of Persian names
		}
		return n
	}
	if start || utf8.RuneLen(r) > 2 {
		return n
	}
	return 0
}

// standalone are the scripts whose letters are written apart, each its
// own glyph, so that braces may go around one of them.
var standalone = []*unicode.RangeTable{
	unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Hebrew, unicode.Georgian,
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo,
}

// texLetter is one letter of a name as TeXName writes it.
func texLetter(r rune) string {
	if r < 0x80 {
		return string(r)
	}
	if cmd, ok := texLetters[r]; ok {
		return cmd
	}
	d := []rune(norm.NFD.String(string(r)))
	cmd, ok := accents[d[len(d)-1]]
	if len(d) != 2 || d[0] >= 0x80 || !ok {
		return string(r)
	}
	base := string(d[0])
	if (base == "i" || base == "j") && !below[d[1]] {
		base = `\` + base // the dotless ı under an accent: {\=i} is ī with its dot too
	}
	if cmd[0] >= 'a' && cmd[0] <= 'z' || cmd[0] >= 'A' && cmd[0] <= 'Z' {
		return `{\` + cmd + "{" + base + "}}" // {\v{s}}: \vs would be one command
	}
	return `{\` + cmd + base + "}"
}

// below are the accents set under a letter, which keep an i's dot (į).
var below = map[rune]bool{'\u0323': true, '\u0326': true, '\u0327': true, '\u0328': true}
