package i18n

import (
	"strings"
	"time"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// NamesDate reports whether title names the date t: as an ISO date
// (2024-06-04), or with its year, its day's number (4 or 04) and its
// month's name, long or short, in the catalog's language or in English,
// each a word of its own (textutil.ContainsWord: in Japanese or
// Chinese "6月" is one in "2025年6月16日", not in "2025年16月").
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
		if textutil.ContainsWord(lower, strings.ToLower(month)) {
			return true
		}
	}
	return false
}
