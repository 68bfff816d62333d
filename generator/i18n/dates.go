package i18n

import (
	"fmt"
	htmltemplate "html/template"
	"strings"
	"time"

	"github.com/gohugoio/locales"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Names in a layout that Format writes in the catalog's language: each is
// swapped for a marker that time.Format copies as it is, and the marker
// in the result for the name. Longer names come first ("January" before
// "Jan"). alone is whether the layout writes no day, so that a month's
// name stands alone (monthWide).
var nameTokens = []struct {
	token, marker string
	name          func(c *Catalog, t time.Time, alone bool) string
}{
	{"January", "\x01", func(c *Catalog, t time.Time, alone bool) string { return c.monthWide(t.Month(), alone) }},
	{"Jan", "\x02", func(c *Catalog, t time.Time, _ bool) string { return c.names.MonthAbbreviated(t.Month()) }},
	{"Monday", "\x03", func(c *Catalog, t time.Time, _ bool) string { return c.names.WeekdayWide(t.Weekday()) }},
	{"Mon", "\x04", func(c *Catalog, t time.Time, _ bool) string { return c.names.WeekdayAbbreviated(t.Weekday()) }},
}

// monthWide is the wide name of month m in the catalog's language: the
// one a day goes with ("18 березня 2024"), or, alone, the one that
// stands alone ("березень 2024"), where the language has one of its own
// (standAloneMonths).
func (c *Catalog) monthWide(m time.Month, alone bool) string {
	if alone {
		base, _, _ := strings.Cut(c.names.Locale(), "_")
		if names, ok := standAloneMonths[base]; ok {
			return names[m-1]
		}
	}
	return c.names.MonthWide(m)
}

// dayMarker stands for the day of the month in a layout whose first day
// is written otherwise (dateDayOne: the French "1er").
const dayMarker = "\x05"

// Funcs are the template functions of the site's language that the pages
// and the emails share: isoDate (2024-06-03), longDate (dateLong),
// shortDate (dateShort), noYearDate (dateNoYear, for a page that names
// the year), weekName (WeekDates), formatDate (Format); langAttr, the
// lang (and dir) attribute of a paper's title, or a page's text, in the
// language of cfg's site; plainTitle, a paper's title for plain text
// (PlainTitle); dir,
// the site's direction ("ltr" or "rtl"); and startArrow and endArrow, the
// arrows that point to the start and the end of a line in it (← and → in
// English, → and ← in Arabic), for links to the previous and next page;
// number, a count as the language writes it (12,345; 12 345; ۱۲); and
// digits, the CLDR numbering system of its numbers ("latn", "arabext").
func (c *Catalog) Funcs(cfg *model.Config) map[string]any {
	arrows := [2]string{"←", "→"}
	if Direction(cfg.Language) == "rtl" {
		arrows = [2]string{"→", "←"}
	}
	return map[string]any{
		"isoDate":    func(t time.Time) string { return t.Format("2006-01-02") },
		"longDate":   func(t time.Time) string { return c.Date("dateLong", t) },
		"shortDate":  func(t time.Time) string { return c.Date("dateShort", t) },
		"noYearDate": func(t time.Time) string { return c.Date("dateNoYear", t) },
		"weekName":   func(w *model.Week) string { return c.WeekDates(w.Start) },
		"formatDate": c.Format,
		"langAttr":   func(v any) (htmltemplate.HTMLAttr, error) { return langAttr(cfg, v) },
		"plainTitle": func(p *model.Paper) (string, error) { return c.PlainTitle(cfg, p) },
		"dir":        func() string { return Direction(cfg.Language) },
		"startArrow": func() string { return arrows[0] },
		"endArrow":   func() string { return arrows[1] },
		"number":     c.number,
		"digits":     c.Digits,
	}
}

// WeekDates is the dates of the week that starts on start: "Jan 6 – Jan
// 12, 2025" (dateWeekStart – dateWeekEnd), whose one year either layout
// may write (Japanese writes it first, "2025年1月6日 – 1月12日"). A week
// across the new year has two, so both ends take one layout that writes
// the year: "Dec 30, 2024 – Jan 5, 2025", "2024年12月30日 – 2025年1月5日".
func (c *Catalog) WeekDates(start time.Time) string {
	end := start.AddDate(0, 0, 6)
	if start.Year() == end.Year() {
		return c.Date("dateWeekStart", start) + " – " + c.Date("dateWeekEnd", end)
	}
	layout := c.yearLayout("dateWeekEnd", "dateWeekStart", "dateShort")
	return c.Date(layout, start) + " – " + c.Date(layout, end)
}

// yearLayout is the first of the date messages ids whose layout writes
// the year; the last when none does (dateShort must write it).
func (c *Catalog) yearLayout(ids ...string) string {
	for _, id := range ids[:len(ids)-1] {
		if writes(c.msgs[id].forms[locales.PluralRuleOther].text, partYear) {
			return id
		}
	}
	return ids[len(ids)-1]
}

// Format writes t with the Go time layout (as time.Time.Format does), but
// with the month and weekday names of the catalog's language: "Monday 2
// January 2006" is "lundi 3 janvier 2022" in French, the first day of a
// month as its dateDayOne says ("1er"), and the digits the language's
// numbers are written in ("۱۶ ژوئن ۲۰۲۵" in Persian). A layout that
// writes no day writes a month's name as it stands alone ("березень
// 2024", not the "березня" of "18 березня 2024").
func (c *Catalog) Format(layout string, t time.Time) string {
	alone := c.names != nil && !writes(layout, partDay) // before markDay takes the day out
	first := t.Day() == 1 && c.dayOne != "" && c.dayOne != "1"
	if first {
		layout = markDay(layout)
	}
	var used []int
	for i, n := range nameTokens {
		if c.names != nil && strings.Contains(layout, n.token) { // without names, English is Go's
			layout = strings.ReplaceAll(layout, n.token, n.marker)
			used = append(used, i)
		}
	}
	s := t.Format(layout)
	for _, i := range used {
		s = strings.ReplaceAll(s, nameTokens[i].marker, nameTokens[i].name(c, t, alone))
	}
	if first {
		s = strings.ReplaceAll(s, dayMarker, c.dayOne)
	}
	return c.localDigits(s)
}

// markDay replaces the day of the month written alone ("2", not "02",
// "_2", "002" or the year "2006") in a Go layout by dayMarker.
func markDay(layout string) string {
	var b strings.Builder
	for i := 0; i < len(layout); i++ {
		switch {
		case strings.HasPrefix(layout[i:], "2006"):
			b.WriteString("2006")
			i += 3
		case layout[i] == '2' && (i == 0 || layout[i-1] != '0' && layout[i-1] != '_'):
			b.WriteString(dayMarker)
		default:
			b.WriteByte(layout[i])
		}
	}
	return b.String()
}

// langAttr is the template function langAttr: the lang (and dir)
// attribute of paper v's title and abstract, or of page v's title and
// text, where they are not in cfg's site's language. Anything else is an
// error that says what it takes, where html/template would name Go's
// types.
func langAttr(cfg *model.Config, v any) (htmltemplate.HTMLAttr, error) {
	switch v := v.(type) {
	case *model.Paper:
		return LangAttr(cfg.ForeignLang(v), cfg.Language), nil
	case *model.Page:
		return LangAttr(cfg.ForeignPageLang(v), cfg.Language), nil
	}
	return "", fmt.Errorf("langAttr takes a paper (`{{langAttr .Paper}}`) or a page of your own (`{{langAttr .Page}}`), not %T", v)
}
