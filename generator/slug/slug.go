// Package slug makes URL path segments from names.
package slug

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Make turns a name into a slug: NFC-normalised, lowercase, letters of every
// script and digits kept, every other run of characters one hyphen.
// "Schrödinger" gives "schrödinger", so it never collides with "Schrodinger".
// A name with no letters or digits gives "".
func Make(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFC.String(name) {
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
	return b.String()
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
