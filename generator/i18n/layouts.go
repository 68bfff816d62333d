package i18n

import (
	"fmt"
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
// in June, whose names differ from January's and Monday's.
var layoutSample = time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)

// checkLayout reports a date message (id, at line of f) whose text is
// not a Go layout of what it must write: one written as the date is to
// look in f's language ("Montag, 2. Januar 2006"), whose Go reads the
// weekday "Mon" and the month "Jan" inside other words, or which has no
// reference month at all ("lundi 2 janvier 2006"), so every date would
// read wrong, with no error. The layout written back in the reference
// words is suggested when f's language names them.
func (f file) checkLayout(id string, line int, text string) error {
	need, ok := layouts[id]
	if !ok {
		return nil
	}
	var wrong []string
	for _, w := range wordTokens(text) {
		wrong = append(wrong, fmt.Sprintf("the %q of %q as the %s", w.token, w.word, w.part))
	}
	if len(wrong) == 0 {
		for _, p := range partDates {
			if need&p.part != 0 && !writes(text, p.part) {
				wrong = append(wrong, "no "+p.name)
			}
		}
	}
	if len(wrong) == 0 {
		return nil
	}
	names := namesOf(f.tag)
	what := fmt.Sprintf("Go reads %s", textutil.List(wrong))
	if len(wordTokens(text)) == 0 {
		what = fmt.Sprintf("as a Go layout this has %s", textutil.List(wrong))
	}
	fix := "write it with those words"
	if s := referenceLayout(text, names, need); s != text && s != "" {
		fix = fmt.Sprintf("write %q", s)
	}
	sample := (&Catalog{names: names, zero: '0'}).Format(text, layoutSample)
	return diag.Errorf(f.origin, line, "%s: %s, so every date reads wrong (16 June 2025 as %q); a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: %s",
		id, what, sample, fix)
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
// reference date, Monday, January 2, 2006, in layout as Go's tokens:
// "Montag, 2. Januar 2006" is "Monday, 2. January 2006"; "" when that
// still is no layout of the parts need, or names is nil.
func referenceLayout(layout string, names locales.Translator, need datePart) string {
	if names == nil {
		return ""
	}
	swaps := []struct{ name, token string }{
		{names.WeekdayWide(time.Monday), "Monday"},
		{names.MonthWide(time.January), "January"},
		{names.WeekdayAbbreviated(time.Monday), "Mon"},
		{names.MonthAbbreviated(time.January), "Jan"},
	}
	var b strings.Builder
	for i := 0; i < len(layout); {
		swapped := false
		for _, s := range swaps {
			n := len(s.name)
			if n == 0 || i+n > len(layout) || !strings.EqualFold(layout[i:i+n], s.name) {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(layout[:i])
			after, _ := utf8.DecodeRuneInString(layout[i+n:])
			if textutil.IsWordRune(before) || textutil.IsWordRune(after) && !strings.HasSuffix(s.name, ".") {
				continue
			}
			b.WriteString(s.token)
			i += n
			swapped = true
			break
		}
		if !swapped {
			_, size := utf8.DecodeRuneInString(layout[i:])
			b.WriteString(layout[i : i+size])
			i += size
		}
	}
	out := b.String()
	if len(wordTokens(out)) > 0 {
		return ""
	}
	for _, p := range partDates {
		if need&p.part != 0 && p.a.Format(out) == p.b.Format(out) {
			return ""
		}
	}
	return out
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
