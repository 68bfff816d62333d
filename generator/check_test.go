package generator

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestLinkProblems: a broken link is reported at the line of the Markdown
// that writes it, once however many pages show it; a link no source
// writes is reported at the first page that has it, once, with how many
// others do.
func TestLinkProblems(t *testing.T) {
	site := &model.Site{
		Config: &model.Config{},
		Days: []*model.Day{
			{Source: "content/days/2024-01-01.md", IntroLine: 4, Intro: "Hello.\n\n- see [the guide](/guide/)\n- and <https://example.org/ok>\n"},
			{Intro: "[implied days have no source](/guide/)"},
		},
		Papers: []*model.Paper{
			{Source: "content/papers/a.md", BodyLine: 6, Body: "Abstract with ![a figure](fig.png) in it.\n"},
			{Source: "content/papers/b.md", BodyLine: 6, Body: "Abstract.\n\nSee [this](javascript:alert(1)).\n"},
		},
	}
	broken := []linkcheck.Problem{
		{Page: "days/2024-01-01/index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "papers/a/index.html", URL: "fig.png", Msg: "no such file papers/a/fig.png"},
		{Page: "index.html", URL: "/theme-link/", Msg: "no such file theme-link/index.html"},
		{Page: "papers/b/index.html", URL: "", Msg: "empty link"},
		{Page: "archive/index.html", URL: "/team/", Msg: "no such file team/index.html"},
		{Page: "index.html", URL: "/team/", Msg: "no such file team/index.html"},
		{Page: "topics/index.html", URL: "/team/", Msg: "no such file team/index.html"},
	}
	want := []Problem{
		{Kind: "link", Path: "archive/index.html", Msg: "/team/: no such file team/index.html (and on 2 other pages: a template writes it)"},
		{Kind: "link", Path: "content/days/2024-01-01.md", Line: 6, Msg: "the link /guide/ is broken: no such file guide/index.html (first seen on days/2024-01-01/index.html); fix it or remove it"},
		{Kind: "link", Path: "content/papers/a.md", Line: 6, Msg: "the link fig.png is broken: no such file papers/a/fig.png (first seen on papers/a/index.html); fix it or remove it"},
		{Kind: "link", Path: "content/papers/b.md", Line: 8, Msg: "a javascript: or data: link or image, which pages show with an empty address (first seen on papers/b/index.html); link to an http(s) address or remove it"},
		{Kind: "link", Path: "index.html", Msg: "/theme-link/: no such file theme-link/index.html"},
	}
	if got := linkProblems(site, broken); !slices.Equal(got, want) {
		t.Errorf("linkProblems =\n%v\nwant\n%v", got, want)
	}
}

// TestCheckSitemapIndex: a sitemap index must name sitemaps that exist
// under baseURL; a sitemap past the protocol's 50,000 entries is refused.
func TestCheckSitemapIndex(t *testing.T) {
	const base = "https://example.org/repo/"
	files := map[string]bool{"sitemap-1.xml": true}
	index := model.File{Path: "sitemap.xml", Data: []byte(`<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://example.org/repo/sitemap-1.xml</loc></sitemap>
<sitemap><loc>https://example.org/repo/sitemap-2.xml</loc></sitemap>
</sitemapindex>`)}
	got := checkSitemap(index, base, files)
	if len(got) != 1 || got[0].Msg != "https://example.org/repo/sitemap-2.xml names no sitemap" {
		t.Errorf("index naming a missing sitemap: %v", got)
	}
	big := []byte(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for range 50001 {
		big = append(big, "<url><loc>https://example.org/repo/</loc></url>"...)
	}
	big = append(big, "</urlset>"...)
	got = checkSitemap(model.File{Path: "sitemap.xml", Data: big}, base, map[string]bool{"index.html": true})
	if len(got) != 1 || !strings.Contains(got[0].Msg, "has 50001 entries") {
		t.Errorf("a sitemap of 50,001 URLs: %v", got)
	}
}

// TestFutureDays: check names a day after tomorrow, at its day file or at
// the papers whose date implies it, and lets today's and tomorrow's be.
func TestFutureDays(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	site := &model.Site{Days: []*model.Day{
		{Slug: "2031-01-01", Date: day("2031-01-01"), Papers: []*model.Paper{{Source: "content/papers/a.md", DateLine: 4}}},
		{Slug: "2030-06-01", Date: day("2030-06-01"), Source: "content/days/2030-06-01.md", Line: 1},
		{Slug: "2026-12-03", Date: day("2026-12-03"), Source: "content/days/2026-12-03.md"},
		{Slug: "2026-12-02", Date: day("2026-12-02"), Source: "content/days/2026-12-02.md"},
	}}
	got := futureDays(site, time.Date(2026, 12, 2, 23, 0, 0, 0, time.UTC))
	var paths []string
	for _, p := range got {
		paths = append(paths, p.String())
	}
	if len(got) != 2 || !strings.HasPrefix(got[0].String(), "content/papers/a.md:4: its date: the day 2031-01-01 is after today") || got[1].Path != "content/days/2030-06-01.md" ||
		!strings.Contains(got[1].String(), "content/days/2030-06-01.md:1: the day 2030-06-01 is after today (2026-12-02)") {
		t.Errorf("future days:\n%s", strings.Join(paths, "\n"))
	}
}
