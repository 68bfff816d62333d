package i18n

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// NamesDate reports whether title names the date t: as an ISO date
// (2024-06-04), or with its year, its day's number (4 or 04) and its
// month's name, long or short, in the catalog's language or in English,
// each a word of its own (containsName).
func (c *Catalog) NamesDate(title string, t time.Time) bool {
	title = strings.ReplaceAll(title, "\u2060", "") // a word joiner, as the theme's Japanese dates have ("6\u2060月")
	if strings.Contains(title, t.Format(time.DateOnly)) {
		return true
	}
	var year, day bool
	for _, n := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsDigit(r) }) {
		year = year || n == t.Format("2006") || n == c.Format("2006", t)
		day = day || strings.TrimPrefix(n, "0") == t.Format("2") || n == c.Format("2", t)
	}
	if !year || !day {
		return false
	}
	lower := strings.ToLower(title)
	months := []string{c.Format("January", t), c.Format("Jan", t), t.Format("January"), t.Format("Jan")}
	if c.names != nil {
		months = append(months, c.monthWide(t.Month(), false)) // as a day takes it: "4 червня", where Format("January") is "червень"
	}
	for _, month := range months {
		if containsName(lower, strings.ToLower(month)) {
			return true
		}
	}
	return false
}

// containsName reports whether name occurs in text as a word of its
// own: with nothing either side that would join it, which is a letter
// beside a letter or a digit beside a digit, but not a letter of a
// script written without spaces (Japanese, Chinese, Thai), whose words
// touch: "6月" in "2025年6月16日", not in "2025年16月".
func containsName(text, name string) bool {
	first, _ := utf8.DecodeRuneInString(name)
	last, _ := utf8.DecodeLastRuneInString(name)
	return textutil.ContainsApart(text, name, func(before, after rune) bool { return !joins(before, first) && !joins(last, after) })
}

// joins reports whether a and b, side by side, are of one word.
func joins(a, b rune) bool {
	if !textutil.IsWordRune(a) || !textutil.IsWordRune(b) {
		return false
	}
	if unicode.IsDigit(a) != unicode.IsDigit(b) {
		return !unspaced(a) && !unspaced(b) // "Juni2025" is a word; "6月16日" is not
	}
	return unicode.IsDigit(a) || !unspaced(a) && !unspaced(b)
}

// unspaced reports whether r is a letter of a script written without
// spaces between words.
func unspaced(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}
