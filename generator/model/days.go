package model

import "time"

// CalendarDay is the day of t as written, in t's own offset, at UTC
// midnight: 2024-02-29T23:30:00-05:00 is February 29, as a date: of that
// time gives the digest day and as a page shows it (shortDate), not
// March 1, its day in UTC. A citation, a sitemap's lastmod and JSON-LD
// give this day too, so that no two places date a paper a day apart.
func CalendarDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
