package cite

import (
	"strings"

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
// LaTeX engine, biber and reference manager reads it. A letter of any
// other script, or with two accents (ễ), stays as it is.
func TeXName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFC.String(s) {
		b.WriteString(texLetter(r))
	}
	return b.String()
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
