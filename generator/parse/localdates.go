package parse

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/gohugoio/localescompressed"
)

// A curator types a date as the site prints it: in the site's digits
// (٢٠٢٥-٠٦-١٦), with 年月日 (2025年6月16日), or with the month's name in
// the site's language (16. Juni 2025). meantDay reads these too, so the
// message gives the YYYY-MM-DD to write.

// asciiDigits writes every decimal digit of s (Arabic-Indic ٠–٩, Persian
// ۰–۹, full-width ０–９…) as 0–9.
func asciiDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 || !unicode.IsDigit(r) {
			return r
		}
		// Unicode's decimal digits come in runs of ten from a zero
		// (some runs touch, as the mathematical digits do).
		start := r
		for unicode.IsDigit(start - 1) {
			start--
		}
		return '0' + (r-start)%10
	}, s)
}

// cjkDayRE is a day written with 年, 月 and 日 (Chinese, Japanese) or
// 년, 월 and 일 (Korean), as their pages write it; word joiners and
// spaces between are let be.
var cjkDayRE = regexp.MustCompile(`^(\d{4})[\s\x{2060}]*[年년][\s\x{2060}]*(\d{1,2})[\s\x{2060}]*[月월][\s\x{2060}]*(\d{1,2})[\s\x{2060}]*[日일]?$`)

// cjkDay returns s, a day written with 年月日, as YYYY-MM-DD, or "".
func cjkDay(s string) string {
	m := cjkDayRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return calendarDay(m[1], m[2], m[3])
}

// calendarDay returns the year y, month mo and day d, in digits, as
// YYYY-MM-DD, or "" when the calendar has no such day.
func calendarDay(y, mo, d string) string {
	year, _ := strconv.Atoi(y)
	month, _ := strconv.Atoi(mo)
	day, _ := strconv.Atoi(d)
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || t.Day() != day {
		return ""
	}
	return t.Format(time.DateOnly)
}

// namedLanguages are the languages whose month and weekday names
// namedDay reads: those the built-in theme writes pages in. No name of
// a month in one is another month's in another.
var namedLanguages = []string{"de", "fr", "es", "ar", "he", "fa", "en"}

// dayWords are the words a day written out may hold beside its month,
// day and year: "16 de junio de 2025".
var dayWords = []string{"de", "del", "du", "le", "der", "den", "am", "the", "of"}

// namedDay returns s, a day written with its month's name in one of
// namedLanguages (16. Juni 2025, 16 juin 2025, Montag, 16. Juni 2025,
// 16 ביוני 2025), as YYYY-MM-DD, or "" when it is not one day.
func namedDay(s string) string {
	var month time.Month
	var nums []string
	for _, w := range dayTokens(strings.ToLower(s)) {
		if unicode.IsDigit(rune(w[0])) {
			nums = append(nums, w)
			continue
		}
		switch m, weekday := monthNamed(w); {
		case m != 0 && month == 0:
			month = m
		case m != 0 || !weekday && !slices.Contains(dayWords, w):
			return "" // a second month, or a word that is none of a day's
		}
	}
	if month == 0 || len(nums) != 2 {
		return ""
	}
	if len(nums[0]) == 4 {
		nums[0], nums[1] = nums[1], nums[0]
	}
	if len(nums[1]) != 4 || len(nums[0]) > 2 {
		return ""
	}
	return calendarDay(nums[1], strconv.Itoa(int(month)), nums[0])
}

// dayTokens splits s into its runs of digits and of letters (with their
// marks: Arabic's and Hebrew's vowels), leaving out the rest.
func dayTokens(s string) []string {
	var out []string
	kind := func(r rune) int {
		switch {
		case unicode.IsDigit(r):
			return 1
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			return 2
		}
		return 0
	}
	start, prev := 0, 0
	for i, r := range s + " " {
		k := kind(r)
		if k != prev {
			if prev != 0 {
				out = append(out, s[start:i])
			}
			start = i
		}
		prev = k
	}
	return out
}

// monthNamed returns the month w (lowercase) names, wide or abbreviated,
// in one of namedLanguages (Hebrew's with its ב, "in"), or 0, and whether
// it is the name of a weekday instead.
func monthNamed(w string) (month time.Month, weekday bool) {
	for _, lang := range namedLanguages {
		names := localescompressed.GetTranslator(lang)
		if names == nil {
			continue
		}
		for m := time.January; m <= time.December; m++ {
			for _, n := range []string{names.MonthWide(m), names.MonthAbbreviated(m)} {
				n = strings.ToLower(strings.TrimSuffix(n, "."))
				if n != "" && (w == n || lang == "he" && w == "ב"+n) {
					return m, false
				}
			}
		}
		for d := time.Sunday; d <= time.Saturday; d++ {
			for _, n := range []string{names.WeekdayWide(d), names.WeekdayAbbreviated(d)} {
				if n = strings.ToLower(strings.TrimSuffix(n, ".")); n != "" && w == n {
					weekday = true
				}
			}
		}
	}
	return 0, weekday
}
