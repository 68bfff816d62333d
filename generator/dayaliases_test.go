package generator

import (
	"strings"
	"testing"
)

// movedDaySite is a site whose day 2024-01-02 has two papers and whose
// day 2024-01-04 has one; moveDay dates the two on 2024-01-03.
const movedDaySite = `
-- content/site.yaml --
title: Digest
baseURL: https://example.org/digest/
-- content/papers/2401.00001.md --
---
title: "Paper one"
arxiv: "2401.00001"
date: 2024-01-02
---
Abstract.
-- content/papers/2401.00002.md --
---
title: "Paper two"
arxiv: "2401.00002"
date: 2024-01-02
---
Abstract.
-- content/papers/2401.00003.md --
---
title: "Paper three"
arxiv: "2401.00003"
date: 2024-01-04
---
Abstract.
`

// moveDay is movedDaySite with the day 2024-01-02's papers dated to on,
// and the day files of days.
func moveDay(to string, days ...string) string {
	return strings.ReplaceAll(movedDaySite, "date: 2024-01-02", "date: "+to) + strings.Join(days, "")
}

// TestDayAliases: a day file's aliases: keeps each former date's page,
// /days/<date>/, and each former address elsewhere, as a page with a
// refresh to the day, a 301 rule in _redirects, and out of the sitemap,
// as a paper's and a page's aliases do.
func TestDayAliases(t *testing.T) {
	out := mustBuild(t, moveDay("2024-01-03", "-- content/days/2024-01-03.md --\n---\ntitle: Moved\naliases: [\"2024-01-02\", /posts/digest-2/]\n---\n"))
	for _, page := range []string{"days/2024-01-02/index.html", "posts/digest-2/index.html"} {
		out.contains(t, page, "<title>Moved — 2024-01-03</title>", `<link rel="canonical" href="https://example.org/digest/days/2024-01-03/">`,
			`<meta name="robots" content="noindex">`, `<meta http-equiv="refresh" content="0; url=`, `days/2024-01-03/">`)
	}
	out.contains(t, "_redirects", "/digest/days/2024-01-02/ /digest/days/2024-01-03/ 301!", "/digest/posts/digest-2/ /digest/days/2024-01-03/ 301!")
	out.contains(t, "sitemap.xml", "https://example.org/digest/days/2024-01-03/")
	out.lacks(t, "sitemap.xml", "days/2024-01-02/", "posts/digest-2/")
}

// TestMovedDayFeedID: a day moved to another date keeps, with its first
// former date in aliases:, the id its item had in the daily-digest feeds
// (days/<former date>/, linking to its page now), so readers do not get
// it again as new; a former address elsewhere keeps none, and a day
// without aliases has its page's id.
func TestMovedDayFeedID(t *testing.T) {
	out := mustBuild(t, moveDay("2024-01-03", "-- content/days/2024-01-03.md --\n---\naliases: [/posts/digest-2/, \"2024-01-02\"]\n---\n"))
	const was, now, other = "https://example.org/digest/days/2024-01-02/", "https://example.org/digest/days/2024-01-03/", "https://example.org/digest/days/2024-01-04/"
	for file, want := range map[string][]string{
		"days/feed.xml":  {`<guid isPermaLink="false">` + was + `</guid>`, `<link>` + now + `</link>`, `<guid isPermaLink="true">` + other + `</guid>`},
		"days/atom.xml":  {`<id>` + was + `</id>`, `<id>` + other + `</id>`},
		"days/feed.json": {`"id": "` + was + `"`, `"url": "` + now + `"`},
	} {
		for _, w := range want { // in any order
			out.contains(t, file, w)
		}
	}
	out.lacks(t, "days/feed.json", `"id": "`+now+`"`)
}

// TestDayAliasMistakes: a day's alias that would take another page's
// address, or that no page can be at, is an error at its line saying
// what to do.
func TestDayAliasMistakes(t *testing.T) {
	day := func(front string) string {
		return "-- content/days/2024-01-03.md --\n---\n" + front + "---\n"
	}
	for _, c := range []struct {
		name, site string
		want       []string
	}{
		{"a day published", moveDay("2024-01-03", day("aliases: [\"2024-01-04\"]\n")), []string{
			"content/days/2024-01-03.md:2: alias \"2024-01-04\" is the address of the day 2024-01-04, which is published (papers are dated on it, content/papers/2401.00003.md the first): an alias is a former date no day has now; remove it"}},
		{"two days", moveDay("2024-01-03", day("aliases: [\"2024-01-01\"]\n"), "-- content/days/2024-01-04.md --\n---\naliases: [\"2024-01-01\"]\n---\n"), []string{
			"content/days/2024-01-04.md:2: alias \"2024-01-01\" is an alias of content/days/2024-01-03.md:2 too; keep it on one of the two days"}},
		{"a page's address", moveDay("2024-01-03", day("aliases: [/about/]\n"), "-- content/pages/about.md --\n---\ntitle: About\n---\n"), []string{
			"content/days/2024-01-03.md:2: alias \"/about/\" is the address of content/pages/about.md too; keep it on one of the two"}},
		{"with the base path", moveDay("2024-01-03", day("aliases: [/digest/posts/x/]\n")), []string{
			"content/days/2024-01-03.md:2: alias \"/digest/posts/x/\" starts with the site's base path /digest/"}},
		{"pasted", moveDay("2024-01-03", day("aliases:\n  - https://example.org/digest/posts/x/\n  - https://example.org/digest/days/2024-01-02/\n")), []string{
			"content/days/2024-01-03.md:3: alias \"https://example.org/digest/posts/x/\" is a whole address; an alias is the day's former date, or a former address from the site's root: write `/posts/x/`",
			"content/days/2024-01-03.md:4: alias \"https://example.org/digest/days/2024-01-02/\" is a whole address; an alias is the day's former date, or a former address from the site's root: write `\"2024-01-02\"`"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := buildSite(t, c.site, Options{})
			errorsStart(t, err, c.want)
		})
	}
}
