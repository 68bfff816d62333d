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
