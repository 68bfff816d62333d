package i18n

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gohugoio/locales"
	"github.com/gohugoio/localescompressed"
	"golang.org/x/text/language"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// datePart is a part of a date that a date layout writes.
type datePart int

const (
	partDay datePart = 1 << iota
	partMonth
	partYear
)

// layouts are the messages that are Go time layouts, with the parts of
// the date each must write. dateWeekEnd and dateWeekStart need no year:
// a language may write it with either end of a week (Japanese writes
// "2025年1月6日 – 1月12日").
var layouts = map[string]datePart{
	"dateLong":      partDay | partMonth | partYear,
	"dateMedium":    partDay | partMonth | partYear,
	"dateShort":     partDay | partMonth | partYear,
	"dateMonth":     partMonth | partYear,
	"dateWeekStart": partDay | partMonth,
	"dateWeekEnd":   partDay | partMonth,
	"dateNoYear":    partDay | partMonth,
}

// partDates are pairs of Mondays that differ in one part of the date
// only, so a layout that writes that part writes them differently.
var partDates = []struct {
	part datePart
	name string
	a, b time.Time
}{
	{partDay, "day", time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), time.Date(2025, 3, 17, 0, 0, 0, 0, time.UTC)},
	{partMonth, "month", time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC)},
	{partYear, "year", time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), time.Date(2031, 3, 10, 0, 0, 0, 0, time.UTC)},
}

// writes reports whether the Go layout writes part of a date.
func writes(layout string, part datePart) bool {
	for _, p := range partDates {
		if p.part == part {
			return p.a.Format(layout) != p.b.Format(layout)
		}
	}
	return false
}

// layoutSample is the day a layout's error shows it written: a Monday
// in June, whose names differ from January's and Monday's (or the next
// day whose weekday is not one the layout writes out).
var layoutSample = time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)

// checkLayout reports a date message (id, at line of f) whose text is
// not a Go layout of what it must write: one written as the date is to
// look in f's language ("Montag, 2. Januar 2006"), whose Go reads the
// weekday "Mon" and the month "Jan" inside other words, which has no
// reference month at all ("lundi 2 janvier 2006"), or which writes a
// weekday in f's language ("Dienstag, 2. January 2006", "2006年1月2日
// （月）"), so every date would read wrong, with no error. The layout
// written back in the reference words is suggested when f's language
// names them.
func (f file) checkLayout(id string, line int, text string) error {
	need, ok := layouts[id]
	if !ok {
		return nil
	}
	names := namesOf(f.tag)
	fixNames := names
	sample := layoutSample
	var what string
	if tokens := wordTokens(text); len(tokens) > 0 {
		var wrong []string
		for _, w := range tokens {
			wrong = append(wrong, fmt.Sprintf("the %q of %q as the %s", w.token, w.word, w.part))
		}
		what = fmt.Sprintf("Go reads %s", textutil.List(wrong))
	} else if missing := missingParts(text, need); len(missing) > 0 {
		what = fmt.Sprintf("as a Go layout this has %s", textutil.List(missing))
	} else if days, dayNames := writtenWeekdays(text, names); len(days) > 0 {
		fixNames = dayNames
		var written []string
		for _, d := range days {
			written = append(written, fmt.Sprintf("%q", d.text))
		}
		weekday := "the weekday"
		if len(days) > 1 {
			weekday = "the weekdays"
		}
		for range 6 { // a day whose weekday the layout writes otherwise
			if !slices.ContainsFunc(days, func(d spelled) bool { return d.day == sample.Weekday() }) {
				break
			}
			sample = sample.AddDate(0, 0, 1)
		}
		what = fmt.Sprintf("as a Go layout this writes %s %s as it is", weekday, textutil.List(written))
	} else {
		return nil
	}
	fix := "write it with those words"
	if s := referenceLayout(text, fixNames, need); s != text && s != "" {
		fix = fmt.Sprintf("write %q", s)
	}
	written := (&Catalog{names: names, zero: '0'}).Format(text, sample)
	return diag.Errorf(f.origin, line, "%s: %s, so every date reads wrong (%s as %q); a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: %s",
		id, what, sample.Format("2 January 2006"), written, fix)
}

// missingParts names each part of need that layout does not write: "no
// day", "no month", "no year".
func missingParts(layout string, need datePart) []string {
	var out []string
	for _, p := range partDates {
		if need&p.part != 0 && !writes(layout, p.part) {
			out = append(out, "no "+p.name)
		}
	}
	return out
}

// layoutNames are the name tokens of Go's layouts, longest first, with
// the part of the date each writes.
var layoutNames = []struct{ token, part string }{
	{"January", "month"}, {"Monday", "weekday"}, {"Jan", "month"}, {"Mon", "weekday"},
}

// inWord is a name token of a layout that starts a longer word.
type inWord struct{ token, word, part string }

// wordTokens returns each name token of layout (Jan, Mon…) that Go reads
// at the start of a longer word ("Januar", "Montag").
func wordTokens(layout string) []inWord {
	var out []inWord
	for i := 0; i < len(layout); i++ {
		for _, n := range layoutNames {
			tok := n.token
			if !strings.HasPrefix(layout[i:], tok) {
				continue
			}
			end := i + len(tok)
			if r, _ := utf8.DecodeRuneInString(layout[end:]); unicode.IsLetter(r) {
				w := end + strings.IndexFunc(layout[end:]+" ", func(r rune) bool { return !unicode.IsLetter(r) })
				out = append(out, inWord{tok, layout[i:w], n.part})
			}
			i = end - 1
			break
		}
	}
	return out
}

// referenceLayout writes the names that names (a language's) gives the
// weekdays and January in layout as Go's tokens: "Dienstag, 2. Januar
// 2006" is "Monday, 2. January 2006", "2006年1月2日（火）" is
// "2006年1月2日（Mon）"; "" when that still is no layout of the parts
// need, or names is nil.
func referenceLayout(layout string, names locales.Translator, need datePart) string {
	if names == nil {
		return ""
	}
	var b strings.Builder
	last := 0
	for _, s := range spelledNames(layout, names) {
		b.WriteString(layout[last:s.at])
		b.WriteString(s.token)
		last = s.at + len(s.text)
	}
	b.WriteString(layout[last:])
	out := b.String()
	if len(wordTokens(out)) > 0 || len(missingParts(out, need)) > 0 {
		return ""
	}
	return out
}

// spelling is a name a language gives a weekday or January, with the
// token of Go's layouts that writes it.
type spelling struct {
	name, token string
	day         time.Weekday // the weekday named, for Monday and Mon
}

// weekday reports whether s names a weekday.
func (s spelling) weekday() bool { return s.token == "Monday" || s.token == "Mon" }

// spellings are the names that names gives the weekdays and January,
// wide before abbreviated ("月曜日" before "月").
func spellings(names locales.Translator) []spelling {
	var out []spelling
	for d := time.Sunday; d <= time.Saturday; d++ {
		out = append(out, spelling{names.WeekdayWide(d), "Monday", d})
	}
	out = append(out, spelling{name: names.MonthWide(time.January), token: "January"})
	for d := time.Sunday; d <= time.Saturday; d++ {
		out = append(out, spelling{names.WeekdayAbbreviated(d), "Mon", d})
	}
	return append(out, spelling{name: names.MonthAbbreviated(time.January), token: "Jan"})
}

// spelled is a name of a language's that a layout writes out, at byte
// at, as text.
type spelled struct {
	spelling
	at   int
	text string
}

// spelledNames returns, in order, each name of names' weekdays and
// January that layout writes out (spelledAt).
func spelledNames(layout string, names locales.Translator) []spelled {
	var out []spelled
	noWeekday := !strings.Contains(layout, "Mon")
	month := writes(layout, partMonth)
	all := spellings(names)
	for i := 0; i < len(layout); {
		found := false
		for _, s := range all {
			if month && !s.weekday() && strings.ContainsFunc(s.name, unicode.IsDigit) {
				continue // Korean "1월" is Go's month and its unit
			}
			if spelledAt(layout, i, s.name, noWeekday && s.weekday()) {
				n := len(s.name)
				out = append(out, spelled{s, i, layout[i : i+n]})
				i += n
				found = true
				break
			}
		}
		if !found {
			_, size := utf8.DecodeRuneInString(layout[i:])
			i += size
		}
	}
	return out
}

// spelledAt reports whether layout writes name, a language's name of a
// weekday or a month, at byte i (in any case): as a word of its own, with
// no letter or digit either side ("Dienstag,", "（月）"; a name that
// ends in a dot may run on: "Di.,"), and not as one letter of a dotted
// abbreviation (Thai "ศ." and "พ." in the eras "ค.ศ." and "พ.ศ."). A
// name in a script written without spaces that follows a number is the
// unit of the month or day ("1月", "2\u2060日"), never a weekday. Of
// such a name, one character long (Japanese "月"), the forms that can
// only be a weekday count too: before 曜 ("月曜"), never inside another
// word ("投稿日", "日本時間"). When loose, as for a weekday in a layout
// with no weekday of Go's, a longer one ("月曜日", "周二") is written out
// next to any letter too.
func spelledAt(layout string, i int, name string, loose bool) bool {
	n := len(name)
	if n == 0 || i+n > len(layout) || !strings.EqualFold(layout[i:i+n], name) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(layout[:i])
	after, _ := utf8.DecodeRuneInString(layout[i+n:])
	alone := !textutil.IsWordRune(before) && (!textutil.IsWordRune(after) || strings.HasSuffix(name, ".")) &&
		!inAbbreviation(layout, i, n)
	if strings.IndexFunc(name, func(r rune) bool { return !textutil.Unspaced(r) }) >= 0 {
		return alone
	}
	unit := strings.TrimRightFunc(layout[:i], func(r rune) bool { return unicode.Is(unicode.Cf, r) })
	if r, _ := utf8.DecodeLastRuneInString(unit); unicode.IsDigit(r) {
		return false
	}
	if utf8.RuneCountInString(name) == 1 {
		return alone || strings.HasPrefix(layout[i+n:], "曜")
	}
	return alone || loose
}

// inAbbreviation reports whether layout[i:i+n] is one letter of a dotted
// abbreviation: after a letter's dot (the "ศ." of "ค.ศ.") or, ending in
// a dot itself, before a letter's dot (the "พ." of "พ.ศ.").
func inAbbreviation(layout string, i, n int) bool {
	letter := func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.M, r) }
	if b, ok := strings.CutSuffix(layout[:i], "."); ok {
		if r, _ := utf8.DecodeLastRuneInString(b); letter(r) {
			return true
		}
	}
	if !strings.HasSuffix(layout[i:i+n], ".") {
		return false
	}
	rest := layout[i+n:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !letter(r) })
	return end > 0 && rest[end] == '.'
}

// spelledWeekdays returns each weekday that layout writes out in names'
// words, which Go writes as it is on every date: not Go's own Monday
// and Mon.
func spelledWeekdays(layout string, names locales.Translator) []spelled {
	if names == nil {
		return nil
	}
	var out []spelled
	for _, s := range spelledNames(layout, names) {
		if s.weekday() && s.text != "Monday" && s.text != "Mon" {
			out = append(out, s)
		}
	}
	return out
}

// writtenWeekdays returns each weekday that layout writes out as it is,
// with the names it is written in: names' words, or else English ones
// ("Tuesday, 2. January 2006" in a German file). Of English, only the
// whole names count: "Sun" and "Sat" are words and names of their own
// in a layout's literal text ("Sun Yat-sen").
func writtenWeekdays(layout string, names locales.Translator) ([]spelled, locales.Translator) {
	if days := spelledWeekdays(layout, names); len(days) > 0 {
		return days, names
	}
	english := namesOf(language.English)
	days := slices.DeleteFunc(spelledWeekdays(layout, english), func(d spelled) bool { return d.token != "Monday" })
	return days, english
}

// namesOf returns the month and weekday names of language t, or of its
// nearest parent that names every one, or nil.
func namesOf(t language.Tag) locales.Translator {
	for _, p := range parents(t) {
		if names := localescompressed.GetTranslator(p.String()); names != nil && wholeNames(names) {
			return names
		}
	}
	return nil
}
