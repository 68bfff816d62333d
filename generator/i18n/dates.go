package i18n

import (
	"strings"
	"time"
)

// Names in a layout that Format writes in the catalog's language: each is
// swapped for a marker that time.Format copies as it is, and the marker
// in the result for the name. Longer names come first ("January" before
// "Jan").
var nameTokens = []struct {
	token, marker string
	name          func(c *Catalog, t time.Time) string
}{
	{"January", "\x01", func(c *Catalog, t time.Time) string { return c.names.MonthWide(t.Month()) }},
	{"Jan", "\x02", func(c *Catalog, t time.Time) string { return c.names.MonthAbbreviated(t.Month()) }},
	{"Monday", "\x03", func(c *Catalog, t time.Time) string { return c.names.WeekdayWide(t.Weekday()) }},
	{"Mon", "\x04", func(c *Catalog, t time.Time) string { return c.names.WeekdayAbbreviated(t.Weekday()) }},
}

// Format writes t with the Go time layout (as time.Time.Format does), but
// with the month and weekday names of the catalog's language: "Monday 2
// January 2006" is "lundi 3 janvier 2022" in French.
func (c *Catalog) Format(layout string, t time.Time) string {
	if c.names == nil || !strings.ContainsAny(layout, "JM") {
		return t.Format(layout)
	}
	var used []int
	for i, n := range nameTokens {
		if strings.Contains(layout, n.token) {
			layout = strings.ReplaceAll(layout, n.token, n.marker)
			used = append(used, i)
		}
	}
	s := t.Format(layout)
	for _, i := range used {
		s = strings.ReplaceAll(s, nameTokens[i].marker, nameTokens[i].name(c, t))
	}
	return s
}
