package textutil

import (
	"unicode"

	"golang.org/x/text/width"
)

// Wide reports whether r takes two columns, the room of two Latin
// letters: a Chinese, Japanese or Korean character, a fullwidth form
// (East Asian Wide or Fullwidth).
func Wide(r rune) bool {
	if r < 0x1100 {
		return false
	}
	k := width.LookupRune(r).Kind()
	return k == width.EastAsianWide || k == width.EastAsianFullwidth
}

// RuneColumns is how many columns r takes: two when Wide, none for a
// format character (a word joiner, a soft hyphen), which shows as
// nothing, else one.
func RuneColumns(r rune) int {
	switch {
	case Wide(r):
		return 2
	case r >= 0xad && unicode.Is(unicode.Cf, r):
		return 0
	}
	return 1
}

// Columns is the width of s in columns, the sum of its runes'
// RuneColumns: a line of Japanese takes twice the room of as many Latin
// letters.
func Columns(s string) int {
	n := 0
	for _, r := range s {
		n += RuneColumns(r)
	}
	return n
}
