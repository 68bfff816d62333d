// Package cite formats papers for citation managers: BibTeX entries in
// arXiv's style with stable, unique keys, and author names in the
// "Last, First" form Highwire Press meta tags (Google Scholar, Zotero) want.
package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// particles start a family name: "Ludwig van Beethoven" → "van Beethoven".
var particles = map[string]bool{
	"van": true, "von": true, "der": true, "den": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "du": true, "le": true, "la": true, "dos": true, "das": true,
	"ter": true, "ten": true, "bin": true, "al": true, "el": true, "zu": true,
}

// suffixes end a name and stay with the family name: "Jr.", "III".
var suffixes = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// Split returns the given names and family name of a display name.
// A name that is already "Last, First" is split at the comma; a Chinese,
// Japanese or Korean name written with a space has its family name
// first ("佐藤 健").
func Split(name string) (given, family string) {
	name = textutil.CollapseSpace(name)
	if l, f, ok := strings.Cut(name, ","); ok {
		return strings.TrimSpace(f), strings.TrimSpace(l)
	}
	words := strings.Fields(name)
	if len(words) <= 1 {
		return "", name
	}
	if FamilyFirst(name) {
		return strings.Join(words[1:], " "), words[0]
	}
	end := len(words)
	suffix := ""
	if end > 2 && suffixes[strings.ToLower(words[end-1])] {
		suffix = " " + words[end-1]
		end--
	}
	start := end - 1
	for start > 1 && particles[strings.ToLower(words[start-1])] {
		start--
	}
	return strings.Join(words[:start], " "), strings.Join(words[start:end], " ") + suffix
}

// FamilyFirst reports whether name is written family name first, as
// Chinese, Japanese and Korean names are: it starts with a Han, kana or
// Hangul letter.
func FamilyFirst(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// LastFirst formats a name as "Last, First" (or just "Last" for one word).
func LastFirst(name string) string {
	given, family := Split(name)
	if given == "" {
		return family
	}
	return family + ", " + given
}

// ascii folds s to lowercase ASCII letters and digits ("Schrödinger" → "schrodinger").
func ascii(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(norm.NFD.String(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a combining accent, dropped
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø':
			b.WriteRune('o')
		case r == 'ł':
			b.WriteRune('l')
		case r == 'æ':
			b.WriteString("ae")
		}
	}
	return b.String()
}
