package generator

import "testing"

// TestDayLinksWithoutYear: a week's and a month's page list their days
// without the year their heading names ("Jan 2", not "Jan 2, 2025" in
// every link), and a week's day of another year (Dec 30 of week 1) with
// it.
func TestDayLinksWithoutYear(t *testing.T) {
	out := mustBuild(t, `-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
id: a
authors: [Ada Lovelace]
date: 2024-12-30
---
-- content/papers/b.md --
---
title: B
id: b
authors: [Ada Lovelace]
date: 2025-01-02
---
`)
	out.contains(t, "weeks/2025-W01/index.html", `<a href="/repo/days/2025-01-02/">Jan 2</a>`, `<a href="/repo/days/2024-12-30/">Dec 30, 2024</a>`)
	out.contains(t, "months/2025-01/index.html", `<a href="/repo/days/2025-01-02/">Jan 2</a>`)
	out.contains(t, "months/2024-12/index.html", `<a href="/repo/days/2024-12-30/">Dec 30</a>`)
}

// TestDayWeekLinkYear: a day in a week of another ISO year than its own
// (2024-12-30 in week 1 of 2025) names the week with its year, on the
// page and in its breadcrumb, where "Week 1 · December 2024" read as a
// week of 2024; a day of its week's year names the week alone.
func TestDayWeekLinkYear(t *testing.T) {
	out := mustBuild(t, `-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
id: a
authors: [Ada Lovelace]
date: 2024-12-30
---
-- content/papers/b.md --
---
title: B
id: b
authors: [Ada Lovelace]
date: 2025-01-02
---
`)
	out.contains(t, "days/2024-12-30/index.html", "\"name\":\"Week\u00a01, 2025\"", "<a href=\"/repo/weeks/2025-W01/\">Week\u00a01, 2025</a>")
	out.contains(t, "days/2025-01-02/index.html", "\"name\":\"Week\u00a01\"", "<a href=\"/repo/weeks/2025-W01/\">Week\u00a01</a>")
}

// TestArchiveListsWeeks: the archive (where /weeks/ sends readers) links
// every week, under each month its days are in, newest first; a week of
// another ISO year than the month's (week 53 of 2020 in January 2021,
// week 1 of 2025 in December 2024) is named with its year. Before, a week
// page was reachable only from a day's page or the week beside it.
func TestArchiveListsWeeks(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n"
	for _, d := range []string{"2020-12-31", "2021-01-02", "2021-01-05", "2024-12-30", "2025-03-10"} {
		site += "-- content/papers/" + d + ".md --\n---\ntitle: P\nid: p" + d + "\nauthors: [Ada Lovelace]\ndate: " + d + "\n---\n"
	}
	out := mustBuild(t, site)
	out.contains(t, "archive/index.html",
		`<a href="/repo/months/2025-03/">`, "<a href=\"/repo/weeks/2025-W11/\">Week\u00a011</a>",
		`<a href="/repo/months/2024-12/">`, "<a href=\"/repo/weeks/2025-W01/\">Week\u00a01, 2025</a>",
		`<a href="/repo/months/2021-01/">`, "<a href=\"/repo/weeks/2021-W01/\">Week\u00a01</a>", "<a href=\"/repo/weeks/2020-W53/\">Week\u00a053, 2020</a>", `<a href="/repo/days/2021-01-05/">`,
		`<a href="/repo/months/2020-12/">`, "<a href=\"/repo/weeks/2020-W53/\">Week\u00a053</a>")
}
