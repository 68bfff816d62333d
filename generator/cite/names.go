// Package cite formats papers for citation managers: BibTeX entries in
// arXiv's style with stable, unique keys, author names in the
// "Last, First" form Highwire Press meta tags (Google Scholar, Zotero)
// want, and DOIs as links.
package cite

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Name is an author's name in the parts a citation needs.
type Name struct {
	Given  string // "Martin Luther"; "" for a single name or a group
	Family string // "King", "van der Berg", "de la Vallée Poussin"; a group's whole name
	Suffix string // "Jr.", "III"
	Group  bool   // a corporate or group author, "ATLAS Collaboration", never split
	// Other is the name in another script written after it in
	// parentheses, "张浩" of "Hao Zhang (张浩)": no part of the name a
	// citation gives, which is the one written first.
	Other string
}

// particles start a family name: "Ludwig van Beethoven" → "van Beethoven",
// "G. 't Hooft" → "'t Hooft", "عبد الله بن سعيد" → "بن سعيد" (bin, ibn,
// abu, bint, al in Arabic script, as "bin" in Latin), "Niall Ó Murchadha"
// → "Ó Murchadha", "Saunders Mac Lane" → "Mac Lane" (Irish and Scottish
// Gaelic ó, ní, uí, ua, mac, mc, nic). They are matched in any case ("Luc
// Van Gool"), with ’ read as '. The Irish ones go in with their accents
// only: a bare "O" is as often an initial written without its dot ("John
// O Smith"), and "Ni" a Chinese name ("Wei Ni Zhang").
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"dal": true, "dalla": true, "degli": true, "dei": true, "des": true, "di": true, "da": true,
	"du": true, "le": true, "la": true, "dos": true, "das": true, "ter": true, "ten": true, "te": true,
	"op": true, "bin": true, "al": true, "el": true, "zu": true, "zum": true, "zur": true, "vom": true,
	"'t": true, "'s": true, "van't": true, "d'": true, "dell'": true,
	"ó": true, "ní": true, "uí": true, "ua": true, "mac": true, "mc": true, "nic": true,
	"بن": true, "ابن": true, "بنت": true, "أبو": true, "ابو": true, "آل": true,
}

// suffixes end a name: "Jr.", "III".
var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// groupWords make a name a corporate or group author when one of them is
// a whole word of it, in any case: "ATLAS Collaboration", "Gemini Team",
// "Google DeepMind", "BigScience Workshop". None is a person's name, so
// "Google DeepMind" is never cited as "DeepMind, Google".
var groupWords = map[string]bool{
	"collaboration": true, "consortium": true, "team": true, "group": true, "project": true, "lab": true,
	"labs": true, "laboratory": true, "institute": true, "initiative": true, "inc": true, "ltd": true,
	"llc": true, "gmbh": true, "corporation": true, "company": true, "foundation": true, "university": true,
	"workshop": true, "research": true, "deepmind": true, "contributors": true, "community": true,
}

// groupAcronyms make a name a group author when one of them is a whole
// word of it as written, in capitals: "Meta AI", "Mistral AI",
// "DeepSeek-AI". Only in capitals, as Ai is a family name ("Qingyao Ai").
var groupAcronyms = map[string]bool{"AI": true}

// Split returns the parts of an author's name:
//
//   - A name in another script in parentheses after the name, "Hao
//     Zhang (张浩)", "山田花子 (Hanako Yamada)", is Other, and the name
//     written first is split.
//   - A name with a whole word of groupWords is a group author, kept whole
//     ("The CMS Collaboration").
//   - "Last, First" is split at the comma; "Last, Jr., First", "Last,
//     First, Jr." and "First Last, Jr." have a suffix.
//   - A Chinese, Japanese or Korean name written with a space has its
//     family name first ("佐藤 健").
//   - Otherwise a trailing "Jr.", "III"… is the suffix and the last word
//     the family name, or, when a particle comes before it, everything
//     from the first particle on ("Ludwig van Beethoven", "Charles de la
//     Vallée Poussin"); a lower-case "y" joins the word before it too
//     ("José Ortega y Gasset"). A single word is a family name.
func Split(name string) Name {
	name, other := otherScript(tidy(name))
	n := splitName(name)
	n.Other = other
	return n
}

// splitName is Split of a name with no Other.
func splitName(name string) Name {
	if isGroup(name) {
		return Name{Family: name, Group: true}
	}
	if strings.Contains(name, ",") {
		return splitCommas(name)
	}
	return splitWords(name)
}

// otherScript cuts the name in parentheses at the end of name off it
// when its letters are of another script than the name before it ("Hao
// Zhang (张浩)", "Иван Петров (Ivan Petrov)", a Japanese name's reading
// in kana, "山田 花子 (やまだ はなこ)"): one person's name in two scripts.
// Words in the same script, "Ashish Vaswani (Google Brain)", stay.
func otherScript(name string) (string, string) {
	open := strings.LastIndex(name, "(")
	if open <= 0 || !strings.HasSuffix(name, ")") {
		return name, "" // most names
	}
	first, other := strings.TrimSpace(name[:open]), strings.TrimSpace(name[open+1:len(name)-1])
	if strings.ContainsAny(other, "()") || first == "" {
		return name, ""
	}
	a, b := firstScript(first), firstScript(other)
	if a == "" || b == "" || a == b {
		return name, ""
	}
	return first, other
}

// firstScript is the script of the first letter of s, "" when it has
// none.
func firstScript(s string) string {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return textutil.ScriptOf(r)
}

// IsGroup reports whether name is a corporate or group author, as
// Split(name).Group does, without splitting a person's name.
func IsGroup(name string) bool { return isGroup(tidy(name)) }

// tidy collapses the spaces of name, and those before a comma: "Smith ,
// John" is "Smith, John".
func tidy(name string) string {
	return strings.ReplaceAll(textutil.CollapseSpace(name), " ,", ",")
}

// splitCommas splits a name written with commas.
func splitCommas(name string) Name {
	parts := strings.Split(name, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	switch {
	case len(parts) == 2 && isSuffix(parts[1]): // "Martin Luther King, Jr."
		n := splitWords(parts[0])
		if n.Suffix == "" {
			n.Suffix = parts[1]
		}
		return n
	case len(parts) == 3 && isSuffix(parts[1]): // BibTeX's "King, Jr., Martin Luther"
		return Name{Family: parts[0], Suffix: parts[1], Given: parts[2]}
	case len(parts) == 3 && isSuffix(parts[2]): // "King, Martin Luther, Jr."
		return Name{Family: parts[0], Given: parts[1], Suffix: parts[2]}
	}
	last, first, _ := strings.Cut(name, ",")
	return Name{Given: strings.TrimSpace(first), Family: strings.TrimSpace(last)}
}

// splitWords splits a name written without commas.
func splitWords(name string) Name {
	words := strings.Fields(name)
	if len(words) <= 1 {
		return Name{Family: name}
	}
	if FamilyFirst(name) {
		return Name{Given: strings.Join(words[1:], " "), Family: words[0]}
	}
	var suffix string
	if last := words[len(words)-1]; isSuffix(last) {
		suffix = last
		words = words[:len(words)-1]
	}
	start := familyStart(words)
	return Name{Given: strings.Join(words[:start], " "), Family: strings.Join(words[start:], " "), Suffix: suffix}
}

// familyStart returns the index of the word a family name starts at: the
// first particle after the first word and before the last, or the word
// before a lower-case "y" joining two family names, else the last word.
func familyStart(words []string) int {
	for i := 1; i < len(words)-1; i++ {
		switch w := words[i]; {
		case w == "y": // a conjunction between two family names
			if i > 1 {
				return i - 1
			}
		case w == "Y": // an initial
		case isParticle(w):
			return i
		}
	}
	return len(words) - 1
}

// isParticle reports whether w is one of particles, in any case and
// either form of its accents ("O" and a combining acute from a decoded
// "{\'O}").
func isParticle(w string) bool {
	w = strings.ReplaceAll(strings.ToLower(w), "’", "'")
	if !particles[w] && !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	return particles[w]
}

// isSuffix reports whether s is a suffix like "Jr." or "III".
func isSuffix(s string) bool { return suffixes[strings.ToLower(s)] }

// isGroup reports whether name has a word that makes it a group author.
//
// It runs for each author of each paper on every citation a page has, so
// it reads the words in place: an ASCII word is lowered into a buffer on
// the stack (no group word is longer than it), any other through
// strings.ToLower.
func isGroup(name string) bool {
	var lower [16]byte
	for i := 0; i < len(name); {
		start, ascii := i, true
		for i < len(name) {
			r, size := utf8.DecodeRuneInString(name[i:])
			if !wordRune(r) {
				break
			}
			ascii = ascii && r < utf8.RuneSelf
			i += size
		}
		if w := name[start:i]; w != "" {
			switch {
			case groupAcronyms[w]:
				return true
			case !ascii:
				if groupWords[strings.ToLower(w)] {
					return true
				}
			case len(w) <= len(lower):
				for j := range len(w) {
					c := w[j]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					lower[j] = c
				}
				if groupWords[string(lower[:len(w)])] {
					return true
				}
			}
			continue
		}
		_, size := utf8.DecodeRuneInString(name[i:])
		i += size // a rune between words
	}
	return false
}

// wordRune reports whether r belongs to a word: a letter or a digit.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// FamilyFirst reports whether name is written family name first, as
// Chinese, Japanese and Korean names are: its first letter is a Han,
// kana or Hangul one ("山田花子 (Hanako Yamada)", but not "Hao Zhang
// (张浩)").
func FamilyFirst(name string) bool {
	i := strings.IndexFunc(name, unicode.IsLetter)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name[i:])
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// LastFirst formats a name as "Last, First", with a suffix after the
// given names as Zotero reads it ("King, Martin Luther, Jr."), just "Last"
// for one word, and a group's name as it is ("ATLAS Collaboration"). A
// citation_author tag takes Name.Highwire.
func LastFirst(name string) string { return Split(name).LastFirst() }

// LastFirst formats n as the function LastFirst does.
func (n Name) LastFirst() string {
	s := n.Family
	if n.Given != "" {
		s += ", " + n.Given
	}
	if n.Suffix != "" {
		s += ", " + n.Suffix
	}
	return s
}

// Inverted formats n for a citation_author tag or a RIS AU line: as
// LastFirst, with a comma after a name of several words that has no given
// name ("ATLAS Collaboration,", "van Beethoven,"). Zotero's Embedded
// Metadata translator splits a name at its comma when it has one, else at
// its last space (cleanAuthor in zotero/utilities), so it would save
// "ATLAS Collaboration" as a person with the given name ATLAS; with the
// comma the whole name is the family name, and EndNote, which reads a
// name with no comma as "First Last" too, takes a trailing comma for a
// corporate author. One word needs none: with no space it is all family
// name. A group's name is written without its commas ("Acme Inc.,",
// "Gemini Team Google,"), as cleanAuthor splits a name at its first comma
// whatever comes after it, and would save "Acme, Inc.," as the person
// Inc Acme; a comma cannot be part of a name Zotero reads.
func (n Name) Inverted() string {
	s := n.LastFirst()
	if n.Group && strings.Contains(s, ",") {
		s = strings.ReplaceAll(s, ",", "")
	}
	if n.Given == "" && n.Suffix == "" && strings.Contains(s, " ") {
		s += ","
	}
	return s
}

// Highwire formats n for a citation_author tag: as Inverted, with a
// semicolon after it when it is the paper's only author (alone) and
// both sides of its comma have a space ("van der Berg, Jan Hendrik;").
// Zotero's Embedded Metadata translator (processHighwireCreators) takes
// a page's only citation_author for a list of names when it has no
// semicolon and the two sides of its comma each have a space, and would
// save that one as the two authors "van der Berg" and "Jan Hendrik";
// with a semicolon it is a list of one, read as "Last, First". Highwire
// Press's own citation_authors separates names with semicolons.
func (n Name) Highwire(alone bool) string {
	s := n.Inverted()
	if !alone {
		return s
	}
	family, given, ok := strings.Cut(s, ",")
	if ok && strings.Contains(strings.TrimSpace(family), " ") && strings.Contains(strings.TrimSpace(strings.Split(given, ",")[0]), " ") {
		s += ";"
	}
	return s
}

// BibTeX formats n for an author field in BibTeX's "von Last, Jr, First"
// form, escaped, with accented Latin letters as TeX commands (TeXName):
// "King, Jr., Martin Luther", "van der Berg, Jan", "Kaiser, {\L}ukasz". A
// group is braced whole, "{ATLAS Collaboration}", so that BibTeX neither
// splits it nor reads an "and" in it as a new name, and so is a name of
// one word, "{OpenAI}", "{DeepSeek-AI}", as DBLP writes them: biber would
// take DeepSeek-AI's initials as "D.-A.".
func (n Name) BibTeX() string {
	if n.Group || n.Given == "" && n.Suffix == "" && !strings.Contains(n.Family, " ") {
		return TeXName("{" + escapeName(n.Family) + "}")
	}
	s := bibFamily(n.Family)
	if n.Suffix != "" {
		s += ", " + escapeName(n.Suffix) + "," // then First, which may be empty
		if n.Given != "" {
			s += " " + escapeName(n.Given)
		}
	} else if n.Given != "" {
		s += ", " + escapeName(n.Given)
	}
	return TeXName(s)
}

// escapeName escapes a name, or a part of one, for BibTeX: as Escape
// does, with its letters of Greek as text (a given name "Γ." is an
// initial, not the symbol Γ).
func escapeName(s string) string { return escape(s, true) }

// bibFamily escapes a family name for BibTeX. BibTeX takes every word
// but the last up to its last lower-case one for a "von" part, so when a
// lower-case word follows a capitalised one ("Ortega y Gasset"), the
// name is braced from the capitalised word on: "de {Ortega y Gasset}".
func bibFamily(family string) string {
	words := strings.Fields(family)
	i := 0
	for i < len(words) && lower(words[i]) {
		i++
	}
	if !slices.ContainsFunc(words[i:], lower) {
		return escapeName(family)
	}
	rest := "{" + escapeName(strings.Join(words[i:], " ")) + "}"
	if i == 0 {
		return rest
	}
	return escapeName(strings.Join(words[:i], " ")) + " " + rest
}

// lower reports whether a word's first letter is lower case, which makes
// it part of a "von" part to BibTeX ("van", "'t", "d'Alembert").
func lower(word string) bool {
	for _, r := range word {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
	}
	return false
}

// ascii folds s to lowercase ASCII letters and digits ("Schrödinger" →
// "schrodinger"; a math letter is its letter, 𝓞 → o), the letters with
// no base letter in Unicode as slug.LetterSpellings spells them ("Yıldız"
// → "yildiz", "Đặng" → "dang", "Þórsson" → "thorsson"), as Google
// Scholar's keys do; any other letter is dropped.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(slug.Unaccented(norm.NFKC.String(s))) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
