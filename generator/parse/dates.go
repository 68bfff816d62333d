package parse

import (
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Date is a front matter date: YYYY-MM-DD or RFC 3339. Given reports
// that the front matter wrote one: 0001-01-01 is a date written (a typo
// of the year, which is judged as written), though its Time is the zero
// time, as a key left empty (date:) or absent leaves it.
type Date struct {
	Time  time.Time
	Given bool
}

// dateError is a date in neither accepted form. partial is set for
// published:, which takes a year or month alone too (PartialDate), so
// that a month written another way (May 2019, 2019/05) is told the
// YYYY-MM it means, not a day to make up.
type dateError struct {
	value   string
	partial bool
	// flag is set for a YAML boolean (published: false), Jekyll's
	// switch that keeps a post off the site.
	flag bool
}

func (e *dateError) Error() string {
	if e.flag && e.partial {
		return jekyllPublished(e.value)
	}
	if m := jekyllDateRE.FindStringSubmatch(e.value); m != nil && rfc3339Lacks(m) != "" {
		offset := "Z"
		if m[5] != "" {
			offset = m[5] + ":" + m[7]
		}
		return fmt.Sprintf("%q is not a date; write RFC 3339, with %s: %sT%s:%s%s (or the day alone, %s)",
			e.value, rfc3339Lacks(m), m[1], m[3], cmp.Or(m[4], "00"), offset, m[1])
	}
	if why := noSuchDay(e.value); why != "" {
		return notADay(e.value, why)
	}
	if m := submittedRE.FindStringSubmatch(e.value); m != nil && meantDay(m[1]) != "" {
		first, last := meantDay(m[1]), meantDay(m[2])
		days := "published: " + first + ", the day of its first version"
		if last != "" {
			days = "published: " + first + " and updated: " + last + ", the days of its first and last versions"
		}
		return fmt.Sprintf("%q is arXiv's line of the paper's versions, copied from its page, not a date; write %s (date: is the day your digest lists the paper)", e.value, days)
	}
	if day := meantDay(e.value); day != "" {
		return fmt.Sprintf("%q is not a date; write YYYY-MM-DD: %s (or RFC 3339, %sT09:30:00Z)", e.value, day, day)
	}
	if month := meantMonth(e.value); e.partial && month != "" {
		return fmt.Sprintf("%q is not a date; write the month as YYYY-MM: %s (or its day, YYYY-MM-DD, if you know it)", e.value, month)
	}
	if e.partial {
		return fmt.Sprintf("%q is not a date; write YYYY-MM-DD (2024-03-14), or the month or year alone as YYYY-MM (2024-03) or YYYY (2024)", e.value)
	}
	return fmt.Sprintf("%q is not a date; write YYYY-MM-DD (2024-03-14) or RFC 3339 (2024-03-14T09:30:00Z)", e.value)
}

// numericMonthRE is a year and month written in digits in another way
// than YYYY-MM: 2019-5, 2019/05, 2019.05, 05/2019.
var numericMonthRE = regexp.MustCompile(`^(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))$`)

// meantMonth returns s, a year and month written in a form that is not
// YYYY-MM (May 2019, 2019/05, 2019-5, Mai 2019), as YYYY-MM, so a
// message can give the line to write; "" when s is no such month.
func meantMonth(s string) string {
	s = asciiDigits(dashes.Replace(strings.TrimSpace(s)))
	y, mo := "", ""
	if m := numericMonthRE.FindStringSubmatch(s); m != nil {
		y, mo = cmp.Or(m[1], m[4]), cmp.Or(m[2], m[3])
	} else {
		var month time.Month
		for _, w := range dayTokens(strings.ToLower(s)) {
			named, _ := monthNamed(w)
			switch {
			case len(w) == 4 && unicode.IsDigit(rune(w[0])) && y == "":
				y = w
			case named != 0 && month == 0:
				month = named
			default:
				return "" // a day, a second month or year, or a word that is none of a month's
			}
		}
		if month != 0 {
			mo = strconv.Itoa(int(month))
		}
	}
	n, _ := strconv.Atoi(mo)
	if y == "" || n < 1 || n > 12 {
		return ""
	}
	return fmt.Sprintf("%s-%02d", y, n)
}

// submittedRE is the line arXiv's page of a paper gives its versions'
// days in ("[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023
// (this version, v7)]"): the first version's, and the last's if any.
var submittedRE = regexp.MustCompile(`Submitted on (\d{1,2} [A-Z][a-z]{2} \d{4})(?:.*last revised (\d{1,2} [A-Z][a-z]{2} \d{4}))?`)

// numericDayRE is a day written in digits in another order or with other
// separators: 2024-3-14, 2024/03/14, 2024_03_14, 14.03.2024, 03/14/2024.
var numericDayRE = regexp.MustCompile(`^(\d{1,4})[-/._](\d{1,2})[-/._](\d{1,4})$`)

// compactDayRE is a day written YYYYMMDD, from 1900 to 2099.
var compactDayRE = regexp.MustCompile(`^(19|20)\d{6}$`)

// dashes turns the dashes a word processor or a web page writes for a
// hyphen (en and em dashes, a minus sign, a full-width hyphen) into
// hyphens: 2024–05–27 is 2024-05-27.
var dashes = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2212", "-", "\uff0d", "-")

// namedMonthLayouts are days written with the month's English name.
var namedMonthLayouts = []string{"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006", "Monday, January 2, 2006"}

// meantDay returns s, a day written in a form that is not YYYY-MM-DD, as
// YYYY-MM-DD when only one day of the calendar can be meant (2024-3-14,
// 14/03/2024, March 14, 2024; or as a site in another language writes
// it: 16. Juni 2025, 2025年6月16日, ٢٠٢٥-٠٦-١٦), so a message can give the
// line to write;
// "" when s is no such day or could be two (03/04/2024: March or April).
func meantDay(s string) string {
	s = asciiDigits(dashes.Replace(s))
	for _, layout := range namedMonthLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	if day := cmp.Or(cjkDay(s), namedDay(s)); day != "" {
		return day
	}
	if compactDayRE.MatchString(s) { // 20240314, as a file name or ISO 8601's basic form writes it
		s = s[:4] + "-" + s[4:6] + "-" + s[6:]
	}
	m := numericDayRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	c, _ := strconv.Atoi(m[3])
	var y, mo, d int
	switch {
	case len(m[1]) == 4 && len(m[3]) <= 2: // year first, then month and day
		y, mo, d = a, b, c
	case len(m[3]) == 4 && len(m[1]) <= 2 && (a == b || a > 12): // day first
		y, mo, d = c, b, a
	case len(m[3]) == 4 && len(m[1]) <= 2 && b > 12: // month first, as in the US
		y, mo, d = c, a, b
	default:
		return ""
	}
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || t.Day() != d {
		return ""
	}
	return t.Format(time.DateOnly)
}

// calendarRE is the YYYY-MM-DD a date starts with.
var calendarRE = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:$|T)`)

// noSuchDay says why s, written as YYYY-MM-DD, is no day of the calendar
// (2024-13-01, 2024-02-30: the form is right, so "write YYYY-MM-DD" would
// not help), or "" when its month and day exist or it is not of that form.
func noSuchDay(s string) string {
	m := calendarRE.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	if mo < 1 || mo > 12 {
		if _, err := time.Parse(time.DateOnly, fmt.Sprintf("%s-%s-%s", m[1], m[3], m[2])); err == nil {
			// Day and month swapped, as 16/06/2025 reads in Europe.
			return fmt.Sprintf("there is no month %d (the month comes second: YYYY-MM-DD; did you mean %s-%s-%s?)", mo, m[1], m[3], m[2])
		}
		return fmt.Sprintf("there is no month %d (the month comes second: YYYY-MM-DD)", mo)
	}
	last := time.Date(y, time.Month(mo)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	if d < 1 || d > last {
		return fmt.Sprintf("%s %d has days 1 to %d", time.Month(mo), y, last)
	}
	return ""
}

// CalendarDay parses s as a day written YYYY-MM-DD, as the command line's
// day flags and arguments take one (paperboy import --date, gencorpus
// -start). A day of that form the calendar lacks (2024-02-30) is refused
// with noSuchDay's reason, so the command line words the mistake as a
// source's date does.
func CalendarDay(s string) (time.Time, error) {
	d, err := time.Parse(time.DateOnly, s)
	if err == nil {
		return d, nil
	}
	if why := noSuchDay(s); why != "" && len(s) == len(time.DateOnly) {
		return d, errors.New(notADay(s, why))
	}
	if day := meantDay(s); day != "" {
		return d, fmt.Errorf("%q is not a date; write YYYY-MM-DD: %s", s, day)
	}
	return d, fmt.Errorf("%q is not a date; write YYYY-MM-DD, like 2024-03-14", s)
}

// notADay is the message for s, a date of the right form that the
// calendar lacks for the reason why (noSuchDay's), in the sources and on
// the command line alike.
func notADay(s, why string) string {
	return fmt.Sprintf("%q is not a date: %s; correct the day", s, why)
}

// jekyllDateRE is a date and time one step or more from RFC 3339, as
// Jekyll's front matter writes it, "2024-05-27 10:30:00 -0400" or
// "2024-05-27 10:30", or with a Z but no seconds, "2025-06-02T23:30Z":
// the day, what comes before the time, the hours and minutes, the
// seconds, and the offset's hours, colon and minutes or its Z, these
// three optional (no offset is the site's time zone in Jekyll, UTC here).
var jekyllDateRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})([ Tt])(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*(?:([+-]\d{2})(:?)(\d{2})|([Zz])))?$`)

// rfc3339Lacks names what a date jekyllDateRE matched (m) lacks of RFC
// 3339: "a T before the time and a colon in the offset"; "" for none (a
// date of that form that is wrong otherwise: a 25th hour).
func rfc3339Lacks(m []string) string {
	var lacks []string
	if m[2] == " " {
		lacks = append(lacks, "a T before the time")
	}
	if m[4] == "" {
		lacks = append(lacks, "seconds")
	}
	switch {
	case m[5] == "" && m[8] == "":
		lacks = append(lacks, "an offset (Z is UTC)")
	case m[5] != "" && m[6] == "":
		lacks = append(lacks, "a colon in the offset")
	}
	if len(lacks) < 2 {
		return strings.Join(lacks, "")
	}
	return strings.Join(lacks[:len(lacks)-1], ", ") + " and " + lacks[len(lacks)-1]
}

// UnmarshalYAML accepts YYYY-MM-DD and RFC 3339 and nothing else.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &dateError{value: "a " + kindName(n)}
	}
	t, err := parseDate(n.Value)
	if err != nil {
		return err
	}
	d.Time, d.Given = t, true
	return nil
}

// parseDate parses YYYY-MM-DD (as UTC midnight) or RFC 3339, its T and
// Z in either case.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	// RFC 3339 (§5.6) lets T and Z be written in lower case, which
	// Go's layout does not read.
	if t, err := time.Parse(time.RFC3339, strings.ToUpper(s)); err == nil {
		return t, nil
	}
	return time.Time{}, &dateError{value: s}
}

// Day returns the calendar day of d as written (in its own offset), at UTC midnight.
func (d Date) Day() time.Time {
	y, m, dd := d.Time.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

// PartialDate is published:'s date: a Date, or a year alone (2019) or a
// year and month (2019-05), as a journal article is often known and
// reference lists give it, so that no day is made up; its Time is then
// the first day of that year or month, and As says which.
type PartialDate struct {
	Date
	As model.Precision
}

// UnmarshalYAML accepts YYYY and YYYY-MM, and what Date accepts.
func (d *PartialDate) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		for _, f := range []struct {
			layout string
			as     model.Precision
		}{{"2006", model.YearPrecision}, {"2006-01", model.MonthPrecision}} {
			if t, err := time.Parse(f.layout, n.Value); err == nil && len(n.Value) == len(f.layout) {
				d.Time, d.As, d.Given = t, f.as, true
				return nil
			}
		}
	}
	d.As = model.DayPrecision
	err := d.Date.UnmarshalYAML(n)
	if e, ok := err.(*dateError); ok {
		e.partial, e.flag = true, n.Kind == yaml.ScalarNode && n.ShortTag() == "!!bool"
	}
	return err
}

// jekyllPublished says what to write in place of Jekyll's published:
// switch, the boolean v: published: here is a date, and what keeps a
// paper off the site is draft: true; a paper is published without it.
func jekyllPublished(v string) string {
	const is = "published: is the day of the paper's first version here (YYYY-MM-DD, 2024-03-14, or a year or month alone), not Jekyll's switch"
	if strings.EqualFold(v, "false") {
		return fmt.Sprintf("%q is not a date: %s; to keep the paper off the site, write `draft: true` in its place (`build --drafts` shows it)", v, is)
	}
	return fmt.Sprintf("%q is not a date: %s; a paper is published unless it has `draft: true`, so remove the line", v, is)
}

// Written is the date as published: gave it: YYYY, YYYY-MM or the day
// (YYYY-MM-DD), for a message.
func (d PartialDate) Written() string {
	switch d.As {
	case model.YearPrecision:
		return d.Time.Format("2006")
	case model.MonthPrecision:
		return d.Time.Format("2006-01")
	}
	return d.Day().Format(time.DateOnly)
}
