package generator

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestLinkProblems: a broken link is reported at the line of the Markdown
// that writes it, once however many pages show it, as the source's own
// page has it (another page is named only when its own has it not, and
// never one of another source that writes the same link); one to a draft
// says so; a link no source writes is reported once, with no path (no
// file holds it), naming the first built page that has it and how many
// others do. A javascript: link, which pages show
// with an empty address, is left to the build's warning (markdown.Check);
// an empty one is told here.
func TestLinkProblems(t *testing.T) {
	site := &model.Site{
		Config: &model.Config{},
		Days: []*model.Day{
			{Source: "content/days/2024-01-01.md", IntroLine: 4, Intro: "Hello.\n\n- see [the guide](/guide/)\n- and <https://example.org/ok>\n"},
			{Intro: "[implied days have no source](/guide/)"},
		},
		Papers: []*model.Paper{
			{Source: "content/papers/a.md", BodyLine: 6, Body: "Abstract with ![a figure](fig.png) in it.\n\nSee [the draft](/papers/d/#setup) and [gone](/gone/).\n"},
			{Source: "content/papers/b.md", BodyLine: 6, Body: "Abstract.\n\nSee [this](javascript:alert(1)).\n\nAnd [that]().\n"},
			{Source: "content/papers/c.md", BodyLine: 7, Body: "Notes: [gone](/gone/).\n\n[Its place](/days/2024-01-01/#paper-x).\n"},
		},
	}
	pages := map[string]string{"content/days/2024-01-01.md": "days/2024-01-01/", "content/papers/a.md": "papers/a/", "content/papers/b.md": "papers/b/", "content/papers/c.md": "papers/c/"}
	drafts := map[string]string{"papers/d/": "the paper d (content/papers/d.md) is a draft; build with --drafts to include it"}
	broken := []linkcheck.Problem{
		{Page: "days/2024-01-01/index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "index.html", URL: "/guide/", Msg: "no such file guide/index.html"},
		{Page: "papers/a/index.html", URL: "fig.png", Msg: "no such file papers/a/fig.png"},
		{Page: "papers/a/index.html", URL: "/gone/", Msg: "no such file gone/index.html"},
		{Page: "papers/a/index.html", URL: "/papers/d/#setup", Msg: "no such file papers/d/index.html"},
		{Page: "papers/c/index.html", URL: "/gone/", Msg: "no such file gone/index.html"},
		{Page: "papers/c/index.html", URL: "/days/2024-01-01/#paper-x", Msg: `no element with id "paper-x" in days/2024-01-01/index.html`},
		{Page: "index.html", URL: "/theme-link/", Msg: "no such file theme-link/index.html"},
		{Page: "index.html", URL: "/theme-link/", Msg: "no such file theme-link/index.html"}, // twice on one page: one page
		{Page: "days/2024-01-01/index.html", URL: "", Msg: "empty link"},
		{Page: "archive/index.html", URL: "/team/", Msg: "no such file team/index.html"},
		{Page: "index.html", URL: "/team/", Msg: "no such file team/index.html"},
		{Page: "topics/index.html", URL: "/team/", Msg: "no such file team/index.html"},
	}
	want := []Problem{
		{Kind: "link", Msg: "the link /theme-link/ is broken: no such file theme-link/index.html (on the built page index.html); no source writes it as it is: the built-in theme builds it, from site.yaml's settings or a source's fields; fix the address there"},
		{Kind: "link", Msg: "the link /team/ is broken: no such file team/index.html (on the built pages archive/index.html and 2 others); no source writes it as it is: the built-in theme builds it, from site.yaml's settings or a source's fields; fix the address there"},
		{Kind: "link", Path: "content/days/2024-01-01.md", Line: 6, Msg: "the link /guide/ is broken: no such file guide/index.html; fix it or remove it"},
		{Kind: "link", Path: "content/papers/a.md", Line: 6, Msg: "the link fig.png is broken: there is no content/papers/fig.png (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there"},
		{Kind: "link", Path: "content/papers/a.md", Line: 8, Msg: "the link /gone/ is broken: no such file gone/index.html; fix it or remove it"},
		{Kind: "link", Path: "content/papers/a.md", Line: 8, Msg: "the link /papers/d/#setup is broken: the paper d (content/papers/d.md) is a draft; build with --drafts to include it, or remove the link"},
		{Kind: "link", Path: "content/papers/b.md", Line: 10, Msg: "a link or image with an empty address, which goes nowhere (seen on days/2024-01-01/index.html); write its address, or remove it"},
		{Kind: "link", Path: "content/papers/c.md", Line: 7, Msg: "the link /gone/ is broken: no such file gone/index.html; fix it or remove it"},
		{Kind: "link", Path: "content/papers/c.md", Line: 9, Msg: "the link /days/2024-01-01/#paper-x is broken: the day 2024-01-01 does not list the paper x (taken off its list, or listed on another day); link the paper's own page, or remove the link"},
	}
	if got := linkProblems(fstest.MapFS{}, nil, site, besideFiles(nil, nil), pages, drafts, nil, nil, nil, broken); !slices.Equal(got, want) {
		t.Errorf("linkProblems =\n%v\nwant\n%v", strings.ReplaceAll(fmt.Sprint(got), "} {", "}\n{"), strings.ReplaceAll(fmt.Sprint(want), "} {", "}\n{"))
	}
}

// TestCheckKeepsNoPages: check reads each page of the sample site as the
// build makes it, and keeps the bytes of none but those it reads for
// their markup once every file is known (render's samples), with the
// stylesheets, the sitemap and the web app manifest: the site's files are
// never all in memory.
func TestCheckKeepsNoPages(t *testing.T) {
	c := &checked{}
	if _, err := checkWith(context.Background(), Options{Site: os.DirFS("..")}, c); err != nil {
		t.Fatal(err)
	}
	kept := 0
	for p, data := range c.samples {
		if !slices.ContainsFunc(c.sampled, func(s render.Sample) bool { return s.Path == p }) || data == nil {
			t.Errorf("kept %s (%d bytes): want only the samples' pages, each once made", p, len(data))
		}
		kept++
	}
	for _, f := range c.kept {
		if path.Ext(f.Path) != ".css" && !isSitemap(f.Path) && f.Path != render.ManifestFile {
			t.Errorf("kept %s: want only the stylesheets, sitemaps and the web app manifest", f.Path)
		}
	}
	if pages := len(c.links.Problems(nil, "/")); kept == 0 || pages == 0 {
		t.Errorf("kept %d sampled pages, linked %d; want both", kept, pages)
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

// TestBigFeeds: check names feedSize, at its line, once for all the feeds
// larger than 4 MB, with the largest and a size that makes it about 1 MB.
func TestBigFeeds(t *testing.T) {
	cfg := &model.Config{Source: "content/site.yaml", FeedSize: 2000, FeedSizeLine: 7}
	files := []checkedFeed{
		{path: "feed.xml", size: 8 << 20},
		{path: "topics/a/atom.xml", size: 5 << 20},
		{path: "topics/b/feed.json", size: 4 << 20}, // not larger
	}
	got := bigFeeds(files, cfg)
	want := "content/site.yaml:7: feedSize 2000 makes feeds larger than 4 MB (2 of them; feed.xml is 8.0 MB), "
	if len(got) != 1 || !strings.HasPrefix(got[0].String(), want) || !strings.Contains(got[0].Msg, "write feedSize: 250 or less") {
		t.Errorf("bigFeeds = %v, want one %q… naming feedSize: 250", got, want)
	}
	if got := bigFeeds(files[2:], cfg); got != nil {
		t.Errorf("bigFeeds of feeds of 4 MB at most = %v, want none", got)
	}
}

// TestFutureDays: check names a day after tomorrow, at its day file (its
// date: line, else line 1) or at the papers whose date implies it (their
// date: line, never line 0), and lets today's and tomorrow's be.
func TestFutureDays(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	site := &model.Site{Days: []*model.Day{
		{Slug: "2031-01-02", Date: day("2031-01-02"), Source: "content/days/2031-01-02.md", Line: 1, DateLine: 3},
		{Slug: "2031-01-01", Date: day("2031-01-01"), Papers: []*model.Paper{{Source: "content/papers/a.md", DateLine: 4}, {Source: "content/papers/b.md", Line: 2}}},
		{Slug: "2030-06-01", Date: day("2030-06-01"), Source: "content/days/2030-06-01.md", Line: 1},
		{Slug: "2026-12-03", Date: day("2026-12-03"), Source: "content/days/2026-12-03.md"},
		{Slug: "2026-12-02", Date: day("2026-12-02"), Source: "content/days/2026-12-02.md"},
	}}
	got := futureDays(site, time.Date(2026, 12, 2, 23, 0, 0, 0, time.UTC))
	var paths []string
	for _, p := range got {
		paths = append(paths, p.String())
	}
	if len(got) != 4 || !strings.HasPrefix(got[0].String(), "content/days/2031-01-02.md:3: the day 2031-01-02 is after today") ||
		!strings.HasPrefix(got[1].String(), "content/papers/a.md:4: its date: the day 2031-01-01 is after today") ||
		!strings.HasPrefix(got[2].String(), "content/papers/b.md:2: its date: the day 2031-01-01 is after today") ||
		!strings.Contains(got[3].String(), "content/days/2030-06-01.md:1: the day 2030-06-01 is after today (2026-12-02)") {
		t.Errorf("future days:\n%s", strings.Join(paths, "\n"))
	}
}

// TestCheckOutdatedThemeFiles: check names a theme's copy of the current
// built-in file, which keeps the site from its fixes; after an update, an
// unmodified copy of a built-in file as an earlier Paperboy had it (this
// author-link.html lacks the dir="auto" that keeps right-to-left names in
// order); and, in a theme paperboy new theme made, a file its author
// changed whose built-in original has changed since it was copied, or
// whose line of the record is gone, each with the line that keeps it
// tracked. A file of the theme's own and a changed file whose original
// has not changed are let be, as is a current copy that replaces a later
// theme folder's file.
func TestCheckOutdatedThemeFiles(t *testing.T) {
	line := func(name string) string { return themes.Hash(mustRead(t, name)) + " " + name }
	site := strings.Replace(themed(`
-- themes/mine/templates/partials/author-link.html --
{{/* A link to an author's page; cached per author. */}}
{{define "author-link"}}<a href="{{authorURL .}}">{{.Name}}</a>{{end}}
-- themes/mine/templates/partials/topic-link.html --
{{define "topic-link"}}<a class="topic mine" href="{{topicURL .}}">{{.Name}}</a>{{end}}
-- themes/mine/templates/partials/paper-link.html --
{{define "paper-link"}}<a class="mine" href="{{paperURL .}}">{{.Title}}</a>{{end}}
-- themes/mine/templates/partials/feed-links.html --
{{define "feed-links"}}{{end}}
-- themes/mine/templates/partials/byline.html --
`+string(mustRead(t, "templates/partials/byline.html"))+`-- themes/mine/templates/partials/site-footer.html --
`+string(mustRead(t, "templates/partials/site-footer.html"))+`-- themes/lab/templates/partials/site-footer.html --
{{define "site-footer"}}<footer>lab</footer>{{end}}
-- themes/mine/.paperboy-theme --
# paperboy new theme (Paperboy 0.0.1) copied these files
0000000000000000000000000000000000000000000000000000000000000000 templates/partials/paper-link.html
`+line("templates/partials/topic-link.html")+`
`), "theme: mine\n", "theme: [mine, lab]\n", 1)
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if p.Kind == "outdated" || p.Kind == "unchanged" {
			got = append(got, p.Path+": "+p.Msg)
		}
	}
	want := []string{
		"themes/mine/templates/partials/author-link.html: an unmodified copy of the built-in templates/partials/author-link.html of an earlier Paperboy, which this one has changed, so the site misses the change; delete it to use the current one",
		"themes/mine/templates/partials/byline.html: identical to the built-in templates/partials/byline.html, which the build takes without it; delete it, so that the site keeps getting the built-in file's fixes when you update Paperboy",
		"themes/mine/templates/partials/feed-links.html: themes/mine/.paperboy-theme has no line for templates/partials/feed-links.html, so check cannot say when the built-in one changes; " +
			"if your copy carries this Paperboy's changes (paperboy new theme scratch templates/partials/feed-links.html writes the current one into themes/scratch/, which you delete afterwards), add the line `" + line("templates/partials/feed-links.html") + "` to it",
		"themes/mine/templates/partials/paper-link.html: the built-in templates/partials/paper-link.html has changed since paperboy new theme copied it, and your changes keep the old one; " +
			"compare yours with the current one (paperboy new theme scratch templates/partials/paper-link.html writes it into themes/scratch/, which you delete afterwards), carry your changes over, " +
			"then replace the line of templates/partials/paper-link.html in themes/mine/.paperboy-theme with `" + line("templates/partials/paper-link.html") + "`, so that check names the file again at its next change",
	}
	if !slices.Equal(got, want) {
		t.Errorf("outdated problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// With the lines written as check says, the changed files are let be.
	fsys := siteFS(site)
	fsys["themes/mine/.paperboy-theme"].Data = []byte(line("templates/partials/paper-link.html") + "\n" + line("templates/partials/feed-links.html") + "\n")
	if problems, err = Check(context.Background(), Options{Site: fsys}); err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if strings.Contains(p.Path, "paper-link") || strings.Contains(p.Path, "feed-links") {
			t.Errorf("after the record was brought up to date: %s", p)
		}
	}
}

// mustRead reads a file of the built-in theme.
func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	data, err := fs.ReadFile(themes.Default(), name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestCheckUnsplitAuthors: on a site whose authors index is split by
// letter, a theme's authors.html that reads neither .AuthorLetters nor
// .AuthorLetter (one older than the split) shows the whole index on every
// letter's page, and check says so.
func TestCheckUnsplitAuthors(t *testing.T) {
	t.Parallel()
	withAuthors := func(n int) string {
		var authors []string
		for i := range n {
			authors = append(authors, fmt.Sprintf(`"Author %d"`, i))
		}
		return themed(`
-- content/papers/many.md --
---
title: Many hands
id: many
authors: [` + strings.Join(authors, ", ") + `]
date: 2024-05-31
---
Abstract.
-- themes/mine/templates/authors.html --
{{define "main"}}<ul>{{range .Site.Authors}}<li>{{.Name}}</li>{{end}}</ul>{{end}}
`)
	}
	site := withAuthors(2001)
	want := "themes/mine/templates/authors.html: the site has so many authors that the authors index is one page per letter"
	for _, tt := range []struct {
		site string
		want bool
	}{
		{site, true},
		{strings.Replace(site, "{{define \"main\"}}", "{{define \"main\"}}{{with .AuthorLetter}}{{.Letter}}{{end}}", 1), false},
		{withAuthors(20), false}, // no split
		{strings.Replace(site, "{{define \"main\"}}<ul>{{range .Site.Authors}}<li>{{.Name}}</li>{{end}}</ul>{{end}}", "{{define \"main\"}}{{template \"my-authors\" .}}{{end}}", 1) +
			"-- themes/mine/templates/partials/my-authors.html --\n{{define \"my-authors\"}}{{with .AuthorLetter}}{{.Letter}}{{end}}{{end}}\n", false}, // a partial of its own reads them
	} {
		checkReports(t, tt.site, want, tt.want)
	}
}

// checkSite checks the site and returns its problems, and each as check
// prints it.
func checkSite(t *testing.T, site string) ([]Problem, []string) {
	t.Helper()
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, p := range problems {
		lines = append(lines, p.String())
	}
	return problems, lines
}

// checkReports checks the site and fails the test unless a problem whose
// path and message start with want is there exactly when found.
func checkReports(t *testing.T, site, want string, found bool) {
	t.Helper()
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	if got := slices.ContainsFunc(problems, func(p Problem) bool { return strings.HasPrefix(p.Path+": "+p.Msg, want) }); got != found {
		t.Errorf("problem %q reported %v, want %v: %v", want, got, found, problems)
	}
}

// TestCheckUnpagedAuthor: on a site with an author of more papers than
// authorPageSize, a theme's author.html that reads no .Pager (one older than
// author pages were split) shows all their papers on each of their pages
// and links none of the others, and check says so.
func TestCheckUnpagedAuthor(t *testing.T) {
	t.Parallel()
	const old = "{{define \"main\"}}<h1>{{.Author.Name}}</h1><ul>{{range .Author.Papers}}<li>{{.Title}}</li>{{end}}</ul>{{end}}\n"
	site := themed("-- themes/mine/templates/author.html --\n" + old) // Ada Lovelace has 3 papers, authorPageSize is 2
	want := "themes/mine/templates/author.html: an author of the site has more papers than authorPageSize:"
	checkReports(t, site, want, true)
	checkReports(t, strings.Replace(site, "{{end}}</ul>{{end}}", "{{end}}</ul>{{template \"pager\" .Pager}}{{end}}", 1), want, false)
	checkReports(t, strings.Replace(site, "authorPageSize: 2\n", "authorPageSize: 3\n", 1), want, false) // no author past one page
	checkReports(t, strings.Replace(site, "{{end}}</ul>{{end}}", "{{end}}</ul>{{template \"my-pager\" .}}{{end}}", 1)+
		"-- themes/mine/templates/partials/my-pager.html --\n{{define \"my-pager\"}}{{with .Pager.Next}}{{url .}}{{end}}{{end}}\n", want, false) // a partial of its own reads it
}

// TestCheckUnpagedTopic: a theme's topic.html that reads no .Pager, on a
// site with a topic of more papers than pageSize, links none of that
// topic's pages after the first, and check says so, as it does of an
// author.html.
func TestCheckUnpagedTopic(t *testing.T) {
	t.Parallel()
	const own = "{{define \"main\"}}<h1>{{.Topic.Name}}</h1><ul>{{range .Papers}}<li>{{.Title}}</li>{{end}}</ul>{{end}}\n"
	site := themed("-- themes/mine/templates/topic.html --\n" + own)
	want := "themes/mine/templates/topic.html: a topic of the site has more papers than pageSize:, so its page is split into pages of that many (topics/<slug>/page/2/ …), and this topic.html, which reads no .Pager, links none of the pages after the first"
	checkReports(t, site, want, true)
	checkReports(t, strings.Replace(site, "{{end}}</ul>{{end}}", "{{end}}</ul>{{template \"pager\" .Pager}}{{end}}", 1), want, false)
	checkReports(t, strings.Replace(site, "pageSize: 2\n", "pageSize: 20\n", 1), want, false) // no topic past one page
}

// TestCheckVerifyWalk: what the verification walk found check to name
// wrongly: a published theme's outdated file that the site's own folder
// replaces, an authors.html that hands the index to a partial of its own,
// a README in content/; and an outdated copy checked out with CRLF is
// named as the LF one is.
func TestCheckVerifyWalk(t *testing.T) {
	old := "{{/* A link to an author's page; cached per author. */}}\n{{define \"author-link\"}}<a href=\"{{authorURL .}}\">{{.Name}}</a>{{end}}\n"
	site := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: [mine, lab]\n", 1) + `
-- content/README.md --
What this folder is.
-- themes/lab/templates/partials/author-link.html --
` + old + `-- themes/mine/templates/partials/author-link.html --
{{define "author-link"}}<a class="mine" href="{{authorURL .}}" dir="auto">{{.Name}}</a>{{end}}
-- themes/lab/templates/partials/topic-link.html --
{{/* old */}}
`
	fsys := siteFS(site)
	fsys["themes/mine/templates/partials/paper-link.html"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(string(mustRead(t, "templates/partials/paper-link.html")), "\n", "\r\n"))}
	problems, err := Check(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if p.Path == "content/README.md" || strings.Contains(p.Path, "author-link") {
			t.Errorf("check names %s", p)
		}
	}
	crlf := strings.ReplaceAll(old, "\n", "\r\n")
	fsys = siteFS(themed(""))
	fsys["themes/mine/templates/partials/author-link.html"] = &fstest.MapFile{Data: []byte(crlf)}
	problems, err = Check(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(problems, func(p Problem) bool { return p.Kind == "outdated" && strings.Contains(p.Path, "author-link") }) {
		t.Errorf("a CRLF copy of an earlier author-link.html is not named: %v", problems)
	}
}

// TestDomainMismatch: a domain: that is not the host of the site's
// address is a warning at its line (the build goes on: CI's --base-url
// may be the right one), and none when they agree.
func TestDomainMismatch(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\ndomain: papers.example.org\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/site.yaml:3: domain papers.example.org is not the host of the site's address https://lab.github.io/digest/"
	if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), want) || problems[0].Kind != "config" {
		t.Errorf("problems = %v, want one %q…", problems, want)
	}
	for _, base := range []string{"https://papers.example.org/", "https://www.papers.example.org/"} {
		res, err := Build(context.Background(), Options{Site: siteFS(site), BaseURL: base})
		if err != nil || len(res.Warnings) != 0 {
			t.Errorf("--base-url %s: %v, warnings %v", base, err, res.Warnings)
		}
	}
	// On the domain's host but under a sub-path: GitHub Pages serves a
	// CNAME'd site at the domain's root, where /reading/ is not.
	res, err := Build(context.Background(), Options{Site: siteFS(site), BaseURL: "https://papers.example.org/reading/"})
	want = "content/site.yaml:3: domain papers.example.org writes a CNAME, with which GitHub Pages serves the site at the domain's root, https://papers.example.org/, but baseURL https://papers.example.org/reading/ puts it under /reading/"
	if err != nil || len(res.Warnings) != 1 || !strings.HasPrefix(res.Warnings[0].String(), want) ||
		!strings.Contains(res.Warnings[0].Msg, "set `baseURL: https://papers.example.org/`") {
		t.Errorf("--base-url under /reading/: %v, warnings %v, want one %q…", err, res.Warnings, want)
	}
	// site.yaml at the domain, built by the workflow at the address Pages
	// gives: the flag's address is at fault, and Settings → Pages, not
	// the baseURL that is already written.
	atDomain := strings.Replace(site, "https://lab.github.io/digest/", "https://papers.example.org/", 1)
	want = "content/site.yaml:3: domain papers.example.org is the host of baseURL https://papers.example.org/, but the site is built at https://lab.github.io/digest/ (--base-url), and every canonical link, the sitemap and the feeds name that address; " +
		"the deploy workflow passes the address Settings → Pages gives, so the custom domain is not set there yet: enter papers.example.org under Settings → Pages → Custom domain (and add the DNS record GitHub names there), or remove domain: until then"
	if got := allWarnings(t, Options{Site: siteFS(atDomain), BaseURL: "https://lab.github.io/digest/"}); !slices.Contains(got, want) {
		t.Errorf("--base-url at github.io for a baseURL at the domain: warnings %q, want %q", got, want)
	}
}

// TestStaticCNAMEMismatch: a theme's static/CNAME naming another host than
// baseURL's is judged as domain: is, at the file, and told to be written
// as domain:; one on baseURL's host is not, nor one beside domain:, which
// clashes with the CNAME the build writes.
func TestStaticCNAMEMismatch(t *testing.T) {
	papers := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	for _, tt := range []struct{ yaml, want string }{
		{"baseURL: https://lab.github.io/digest/\n", "themes/mine/static/CNAME:1: this CNAME names papers.example.org, which is not the host of the site's address https://lab.github.io/digest/, so the site served at https://papers.example.org/ has canonical links, a sitemap and links to its styles that name https://lab.github.io/digest/; " +
			"set `baseURL: https://papers.example.org/` and `domain: papers.example.org` in site.yaml in place of this file (with `feedIDBase: https://lab.github.io/digest/` when its feeds were read there, which keeps their items' ids), or delete this file until the site moves there"},
		{"baseURL: https://papers.example.org/reading/\n", "themes/mine/static/CNAME:1: this CNAME names papers.example.org, with which GitHub Pages serves the site at the domain's root, https://papers.example.org/, but baseURL https://papers.example.org/reading/ puts it under /reading/"},
		{"baseURL: https://papers.example.org/\n", ""},
		{"baseURL: https://www.papers.example.org/\n", ""},
	} {
		site := "-- content/site.yaml --\ntitle: T\n" + tt.yaml + "theme: mine\n-- themes/mine/static/CNAME --\nPapers.Example.org\n" + papers
		var got []string
		for _, w := range allWarnings(t, Options{Site: siteFS(site)}) {
			if strings.HasPrefix(w, "themes/mine/static/CNAME") {
				got = append(got, w)
			}
		}
		if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || !strings.HasPrefix(got[0], tt.want)) {
			t.Errorf("%s: warnings %q, want %q", tt.yaml, got, tt.want)
		}
		if tt.want == "" {
			continue
		}
		problems, err := Check(context.Background(), Options{Site: siteFS(site)})
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), tt.want) {
			t.Errorf("%s: check says %v, want %q", tt.yaml, problems, tt.want)
		}
	}
}

// TestSharedDOI: two papers with one DOI (in any letter case) are one
// publication written twice, which check names at the second's doi:
// line, with the first's.
func TestSharedDOI(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\nid: smith-2024\ndate: 2024-01-01\ndoi: 10.1038/S41586-024-07421-0\npublished: 2024-05-22\n---\nx\n" +
		"-- content/papers/b.md --\n---\ntitle: B\nid: smith-2024-nature\ndate: 2024-01-02\ndoi: https://doi.org/10.1038/s41586-024-07421-0\npublished: 2024-05-22\n---\ny\n"
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/papers/b.md:5: doi 10.1038/s41586-024-07421-0 is the DOI of content/papers/a.md:5 too, so the two are one publication"
	if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), want) {
		t.Errorf("problems = %v, want %q…", problems, want)
	}
}

// TestSharedFeedID: a feed_id: that gives a paper's feed items the id
// another paper's have, by its feed_id:, its page's address or its former
// address under aliases:, fails the build at that feed_id: line, naming
// the other's line; one that is no other paper's id builds.
func TestSharedFeedID(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\nid: ada-2024\ndate: 2024-01-01\n%s---\nx\n" +
		"-- content/papers/b.md --\n---\ntitle: B\nid: bob-2024\ndate: 2024-01-02\nfeed_id: %s\n---\ny\n"
	const keep = ", so feed readers would take the two papers for one and show only one; keep the id on the paper whose post the former site's feed gave it"
	for _, tt := range []struct{ a, b, want string }{
		{"feed_id: /2024/05/27/attention\n", "/2024/05/27/attention",
			"content/papers/b.md:5: the paper's feed items get the id https://example.org/repo/2024/05/27/attention from its feed_id: /2024/05/27/attention, as those of content/papers/a.md:5 do from its feed_id: /2024/05/27/attention" + keep},
		{"", "https://example.org/repo/papers/ada-2024/",
			"content/papers/b.md:5: the paper's feed items get the id https://example.org/repo/papers/ada-2024/ from its feed_id: https://example.org/repo/papers/ada-2024/, as those of content/papers/a.md:3 do from its page's address" + keep},
		{"aliases: [/posts/attention/]\n", "/posts/attention/",
			"content/papers/b.md:5: the paper's feed items get the id https://example.org/repo/posts/attention/ from its feed_id: /posts/attention/, as those of content/papers/a.md:5 do from its former address under aliases:" + keep},
		{"feed_id: /2024/05/27/attention\n", "/2024/05/28/retention", ""},
	} {
		_, err := buildSite(t, fmt.Sprintf(site, tt.a, tt.b), Options{})
		if got := fmt.Sprint(err); tt.want == "" && err != nil || tt.want != "" && !strings.HasPrefix(got, tt.want) {
			t.Errorf("a %q, b feed_id %s: err = %v, want %q…", tt.a, tt.b, err, tt.want)
		}
	}
}

// TestCheckTitleCasedTopics: check's one note names each short topic
// shown title-cased with the first line that writes it (in path order,
// not the papers' id order), and the lines that name them in site.yaml,
// indented as its topics are; pasted there, they leave no note. A topic
// written with a capital once (GANs), a long one and one site.yaml names
// are let be. The note does not fail check.
func TestCheckTitleCasedTopics(t *testing.T) {
	yaml := "title: T\nbaseURL: https://example.org/digest/\ntopics:\n    vision:\n        name: Computer vision\n"
	papers := paper("z", "title: Z\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [nlp, llm, vision, agents]\n") +
		paper("a", "title: A\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics:\n  - rl\n  - nlp\n  - gans\n") +
		paper("m", "title: M\narxiv: \"2401.00003\"\ndate: 2024-01-01\ntopics: [GANs]\n")
	problems, err := Check(context.Background(), Options{Site: siteFS("-- content/site.yaml --\n" + yaml + papers)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/site.yaml:3: note: llm shown as Llm (content/papers/z.md:5), nlp shown as Nlp (content/papers/a.md:7), rl shown as Rl (content/papers/a.md:6): " +
		"named from the slug, as no source writes them with a capital letter and site.yaml does not name them; to show them in capitals, add under `topics:` in site.yaml (or write them so in one paper's topics:):\n" +
		"    llm: {name: \"LLM\"}\n    nlp: {name: \"NLP\"}\n    rl: {name: \"RL\"}"
	if len(problems) != 1 || problems[0].String() != want || !problems[0].Note() {
		t.Fatalf("problems = %q, want one note %q", problems, want)
	}
	_, paste, _ := strings.Cut(problems[0].Msg, ":\n")
	if problems, err := Check(context.Background(), Options{Site: siteFS("-- content/site.yaml --\n" + yaml + paste + "\n" + papers)}); err != nil || len(problems) != 0 {
		t.Errorf("with the lines pasted: %v, %v", problems, err)
	}
	mustBuild(t, "-- content/site.yaml --\n"+yaml+paste+"\n"+papers).contains(t, "topics/nlp/index.html", "<h1>NLP</h1>")

	// A site.yaml without topics: gets the key too.
	problems, err = Check(context.Background(), Options{Site: siteFS(strings.Replace(siteYAML, "example.org/", "example.org/digest/", 1) + paper("a", "title: A\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics: [nlp]\n"))})
	if err != nil || len(problems) != 1 || !strings.HasSuffix(problems[0].String(), "add to site.yaml (or write it so in one paper's topics:):\ntopics:\n  nlp: {name: \"NLP\"}") {
		t.Errorf("problems = %q, want the note with topics:", problems)
	}
}

// TestCheckUnnamedTopics: a short topic site.yaml's topics: defines
// without a name: is in the same note, at its key's line, with the name:
// line to add under it indented as its fields are (two steps of the
// file's topics without any), or for an entry in braces or a null the
// line to write in its place (a # in its quoted text kept, and its
// comment); each fix made, no note is left, and the pages show the
// names. A long one, and one with a name: of its slug title-cased, are
// let be.
func TestCheckUnnamedTopics(t *testing.T) {
	yaml := "title: T\nbaseURL: https://example.org/digest/\ntopics:\n    rl:\n        description: Reinforcement learning.\n" +
		"    nlp:\n    gan: {description: \"GANs, the #1 of 2014\", keywords: [adversarial]}  # generative\n    cv: ~\n    agents:\n        keywords: [agent]\n    sft:\n        name: Sft\n"
	papers := paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [rl, nlp, gan, cv, agents, sft, NLP]\n")
	problems, err := Check(context.Background(), Options{Site: siteFS("-- content/site.yaml --\n" + yaml + papers)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/site.yaml:8: note: cv shown as Cv (content/site.yaml:8), gan shown as Gan (content/site.yaml:7), nlp shown as Nlp (content/site.yaml:6), rl shown as Rl (content/site.yaml:4): " +
		"named from the slug, as their entries in site.yaml's topics: have no name:; to show them in capitals, give each one:\n" +
		"write line 8 as:\n    cv: {name: \"CV\"}\n" +
		"write line 7 as:\n    gan: {name: \"GAN\", description: \"GANs, the #1 of 2014\", keywords: [adversarial]}  # generative\n" +
		"add under nlp: (line 6):\n        name: \"NLP\"\n" +
		"add under rl: (line 4):\n        name: \"RL\""
	if len(problems) != 1 || problems[0].String() != want || !problems[0].Note() {
		t.Fatalf("problems = %q, want one note %q", problems, want)
	}
	lines := strings.Split(yaml, "\n")
	lines[7], lines[6] = "    cv: {name: \"CV\"}", "    gan: {name: \"GAN\", description: \"GANs, the #1 of 2014\", keywords: [adversarial]}  # generative"
	lines = slices.Insert(lines, 6, "        name: \"NLP\"")
	lines = slices.Insert(lines, 4, "        name: \"RL\"")
	fixed := "-- content/site.yaml --\n" + strings.Join(lines, "\n") + papers
	if problems, err := Check(context.Background(), Options{Site: siteFS(fixed)}); err != nil || len(problems) != 0 {
		t.Errorf("with the fixes made: %v, %v", problems, err)
	}
	out := mustBuild(t, fixed)
	for slug, name := range map[string]string{"rl": "RL", "nlp": "NLP", "gan": "GAN", "cv": "CV"} {
		out.contains(t, "topics/"+slug+"/index.html", "<h1>"+name+"</h1>")
	}

	// One of each kind: the note at the topics: line, the defined one's
	// fix after the pasted lines; an entry without fields in a file of
	// two-space topics gets its name: two steps in.
	yaml = "title: T\nbaseURL: https://example.org/digest/\ntopics:\n  rl:\n  vision: {name: Vision}\n"
	problems, err = Check(context.Background(), Options{Site: siteFS("-- content/site.yaml --\n" + yaml + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [rl, llm]\n"))})
	want = "content/site.yaml:3: note: llm shown as Llm (content/papers/a.md:5): named from the slug, as no source writes it with a capital letter and site.yaml does not name it; " +
		"to show it in capitals, add under `topics:` in site.yaml (or write it so in one paper's topics:):\n  llm: {name: \"LLM\"}\n" +
		"rl shown as Rl (content/site.yaml:4): named from the slug, as its entry in site.yaml's topics: has no name:; to show it in capitals, add under rl: (line 4):\n    name: \"RL\""
	if err != nil || len(problems) != 1 || problems[0].String() != want {
		t.Errorf("problems = %q, want one note %q", problems, want)
	}
	// topics: in braces: what to add.
	yaml = "title: T\nbaseURL: https://example.org/digest/\ntopics: {rl: {keywords: [reward]}}\n"
	problems, err = Check(context.Background(), Options{Site: siteFS("-- content/site.yaml --\n" + yaml + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [rl]\n"))})
	want = "content/site.yaml:3: note: rl shown as Rl (content/site.yaml:3): named from the slug, as its entry in site.yaml's topics: has no name:; to show it in capitals, add name: \"RL\" to rl: (line 3)"
	if err != nil || len(problems) != 1 || problems[0].String() != want {
		t.Errorf("problems = %q, want one note %q", problems, want)
	}
}

// TestMisnamedOverrides: a theme file no build reads because of its
// letter case (a page template, a folder) or a misspelt page kind is a
// warning of every build, as serve logs it, with the name a build reads;
// check names it once.
func TestMisnamedOverrides(t *testing.T) {
	const caseOnly = ": no build reads this theme file: names are case-sensitive (a Mac's disk finds it under either name, the Linux machine that builds the site for GitHub Pages does not); did you mean "
	site := themed("-- themes/mine/templates/Paper.html --\nx\n-- themes/mine/templates/Base.html --\nx\n-- themes/mine/Templates/base.html --\nx\n" +
		"-- themes/mine/Templates/Partials/byline.html --\nx\n-- themes/mine/Static/logo.svg --\nx\n-- themes/mine/templates/papr.html --\nx\n-- themes/mine/notes.txt --\nx\n" +
		"-- themes/mine/templates/partials/lab-note.tmpl --\n{{define \"lab-note\"}}x{{end}}\n-- themes/mine/templates/day.htm --\nx\n")
	want := []string{
		"themes/mine/Static/logo.svg" + caseOnly + "static/logo.svg?",
		"themes/mine/Templates/Partials/byline.html" + caseOnly + "templates/partials/byline.html?",
		"themes/mine/Templates/base.html" + caseOnly + "templates/base.html?",
		"themes/mine/notes.txt: no build reads this theme file; check its name against the built-in theme's, or delete it",
		"themes/mine/templates/Base.html" + caseOnly + "templates/base.html?",
		"themes/mine/templates/Paper.html" + caseOnly + "templates/paper.html?",
		"themes/mine/templates/day.htm: no build reads this theme file: templates are read only from files ending .html; rename it templates/day.html",
		"themes/mine/templates/papr.html: no build reads this theme file: papr is not a page kind; did you mean templates/paper.html?",
		"themes/mine/templates/partials/lab-note.tmpl: no build reads this theme file: templates are read only from files ending .html; rename it templates/partials/lab-note.html",
	}
	warned := warningsOf(t, site)
	if !slices.Equal(warned, want) {
		t.Errorf("build warnings:\n%s\nwant\n%s", strings.Join(warned, "\n"), strings.Join(want, "\n"))
	}
	orphans := checkProblems(t, site, "orphan")
	if !slices.Equal(orphans, want) {
		t.Errorf("check:\n%s\nwant\n%s", strings.Join(orphans, "\n"), strings.Join(want, "\n"))
	}
}

// TestBuildWarnsOfPlaceholderBaseURL: a build of a site whose baseURL is
// still the one paperboy new site wrote warns of it at its line, with what
// to write (a deploy would publish feeds, a sitemap and canonical links
// that name example.org), unless --base-url replaces it; check says it
// once, whether the build succeeds or fails.
func TestBuildWarnsOfPlaceholderBaseURL(t *testing.T) {
	const want = "content/site.yaml:2: baseURL is still https://example.org/, which paperboy new site wrote; write the address the site is published at (https://<user>.github.io/<repo>/ for a GitHub project site)"
	site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
	warned := func(opts Options) int { return warnedTimes(t, site, opts, want) }
	if n := warned(Options{}); n != 1 {
		t.Errorf("the build warned %d times of the placeholder baseURL, want once", n)
	}
	if n := warned(Options{BaseURL: "https://ada.github.io/digest/"}); n != 0 {
		t.Errorf("a build with --base-url warned of site.yaml's baseURL")
	}
	for _, s := range []string{site, site + paper("b", "title: B\n")} { // builds; fails
		_, got := checkSite(t, s)
		if n := len(slices.DeleteFunc(got, func(g string) bool { return !strings.HasPrefix(g, want) })); n != 1 {
			t.Errorf("check said %d times that baseURL is a placeholder, want once:\n%s", n, strings.Join(got, "\n"))
		}
	}
	site = strings.Replace(site, "https://example.org/", "https://ada.github.io/digest/", 1)
	if n := warned(Options{}); n != 0 {
		t.Errorf("a site with its own baseURL was warned of it")
	}
}

// TestBuildWarnsOfLocalBaseURL: a site.yaml baseURL that names the
// computer the site is built on (Hugo's http://localhost:1313/, a
// loopback address) is a warning at its line, as paperboy new site's
// placeholder is, unless --base-url replaces it; a published host whose
// name merely contains localhost is not.
func TestBuildWarnsOfLocalBaseURL(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		baseURL string
		warn    bool
	}{
		{"http://localhost:1313/", true},
		{"http://LOCALHOST/digest/", true},
		{"http://127.0.0.1:8000/", true},
		{"http://[::1]:8080/", true},
		{"http://0.0.0.0/", true},
		{"http://blog.localhost/", true},
		{"https://localhost.ada.dev/", false},
		{"https://ada.github.io/digest/", false},
		{"http://192.168.1.20/", false},
	} {
		site := strings.Replace(siteYAML, "https://example.org/", tt.baseURL, 1) + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
		want := "content/site.yaml:2: baseURL is " + strings.ToLower(tt.baseURL) + ", an address of the computer the site is built on, which no reader of the published site reaches; write the address the site is published at"
		for _, flag := range []string{"", "https://ada.github.io/digest/"} {
			n := warnedTimes(t, site, Options{BaseURL: flag}, want)
			if wantN := map[bool]int{true: 1}[tt.warn && flag == ""]; n != wantN {
				t.Errorf("baseURL %s, --base-url %q: warned %d times, want %d", tt.baseURL, flag, n, wantN)
			}
		}
	}
}

// TestBuildWarnsOfRepositoryBaseURL: a baseURL that is a repository's
// page on GitHub, where GitHub Pages publishes nothing, is a warning at
// its line with the Pages address to write, unless --base-url replaces
// it; GitHub Pages' own addresses are not.
func TestBuildWarnsOfRepositoryBaseURL(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ baseURL, want string }{
		{"https://github.com/Ada/digest", "https://ada.github.io/digest/"},
		{"https://www.github.com/ada/digest.git/", "https://ada.github.io/digest/"},
		{"https://github.com/ada/digest/tree/main/public/", "https://ada.github.io/digest/"},
		{"https://github.com/ada/Ada.github.io", "https://ada.github.io/"},
		{"https://github.com/ada/", ""},
		{"https://ada.github.io/digest/", ""},
		{"https://gitlab.com/ada/digest/", ""},
	} {
		site := strings.Replace(siteYAML, "https://example.org/", tt.baseURL, 1) + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
		prefix := "content/site.yaml:2: baseURL is "
		want := ", the repository's page on GitHub, where GitHub Pages publishes nothing; write the address it publishes the site at, " + tt.want + " ("
		for _, flag := range []string{"", "https://ada.github.io/digest/"} {
			opts := Options{Site: siteFS(site), BaseURL: flag}
			res, err := Build(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range res.Warnings {
				if strings.HasPrefix(w.String(), prefix) {
					got = append(got, w.String())
				}
			}
			if tt.want == "" || flag != "" {
				if len(got) != 0 {
					t.Errorf("baseURL %s, --base-url %q: warned %q", tt.baseURL, flag, got)
				}
			} else if len(got) != 1 || !strings.Contains(got[0], want) {
				t.Errorf("baseURL %s: warned %q, want one with %q", tt.baseURL, got, want)
			}
		}
	}
}

// TestUserSiteRepoFolder: a baseURL under a folder named after the user
// site's repository (https://ada.github.io/ada.github.io/, the project
// site's pattern followed for the repository ada/ada.github.io), which
// GitHub Pages never serves, is a problem at its line with the address
// it publishes the user site at; a project site's is not.
func TestUserSiteRepoFolder(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ baseURL, want string }{
		{"https://ada.github.io/ada.github.io/", "https://ada.github.io/"},
		{"https://Ada.github.io/ADA.github.io/digest/", "https://ada.github.io/digest/"},
		{"https://ada.github.io/digest/", ""},
		{"https://ada.github.io/bob.github.io/", ""},
		{"https://papers.example.org/papers.example.org/", ""},
	} {
		site := strings.Replace(siteYAML, "https://example.org/", tt.baseURL, 1) + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
		_, problems := checkSite(t, site)
		var got []string
		for _, p := range problems {
			if strings.HasPrefix(p, "content/site.yaml:2: baseURL is ") {
				got = append(got, p)
			}
		}
		want := ", the user site, which GitHub Pages publishes at https://ada.github.io/, never under /ada.github.io/, so every link would name a folder that is not there; write `baseURL: " + tt.want + "`"
		if tt.want == "" && len(got) != 0 || tt.want != "" && (len(got) != 1 || !strings.HasSuffix(got[0], want)) {
			t.Errorf("baseURL %s: check says %q, want one ending %q", tt.baseURL, got, want)
		}
	}
}

// warnedTimes builds the txtar archive site with opts and returns how many
// of its warnings start with prefix.
func warnedTimes(t *testing.T, site string, opts Options, prefix string) int {
	t.Helper()
	opts.Site = siteFS(site)
	res, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, w := range res.Warnings {
		if strings.HasPrefix(w.String(), prefix) {
			n++
		}
	}
	return n
}

// TestCheckCustomProperties: a custom property of custom.css misspelt is
// named at its line with the one meant: one set that no stylesheet reads,
// near a variable of the built-in stylesheet, and one read with var()
// that no stylesheet sets. Properties of the curator's own, set and read
// in custom.css or another stylesheet of the theme, the built-in ones
// and any name in a comment are let be; so are those a template's
// <style> or style="" or a script reads or sets, which are no
// misspelling.
func TestCheckCustomProperties(t *testing.T) {
	site := themed(`
-- themes/mine/static/custom.css --
:root { --link: #8a1c1c; --my-red: #f00; }
/* --accnt: was it? var(--acent) */
:root {
  --accnt: #8a1c1c;
  --bg-alt: #eef; --link-soft: #669; --lnk: #00f;
}
a { color: var(--acent, blue); border-color: var(--my-red); background: var(--lab-bg); }
b { color: var(--accents); outline-color: var(--linkk); }
-- themes/mine/static/css/lab.css --
:root { --lab-bg: #eee; }
-- themes/mine/templates/partials/head-extra.html --
{{define "head-extra"}}{{/* var(--accnt) */}}<style>.site-header { background: var(--bg-alt); }</style>{{end}}
-- themes/mine/templates/partials/body-extra.html --
{{define "body-extra"}}<p style="color: var(--link-soft)"><b style="--accents: red">x</b></p>{{end}}
-- themes/mine/static/lab.js --
const lnk = getComputedStyle(document.body).getPropertyValue('--lnk');
document.body.style.setProperty("--linkk", lnk);
`)
	got := checkProblems(t, site, "style")
	want := []string{
		`themes/mine/static/custom.css:4: --accnt is set here, but no stylesheet, template or script reads it, so it changes nothing; did you mean --accent? (the built-in stylesheet's variables are in "Restyling with custom.css" in the README)`,
		"themes/mine/static/custom.css:7: var(--acent) reads a custom property that no stylesheet, template or script sets, so the declaration falls back to its default; did you mean var(--accent)?",
		"themes/mine/static/custom.css:1: --link: #8a1c1c is set here for both colour schemes, so it replaces the dark scheme's #7ab7ff too, and a colour chosen for a light page is most often unreadable on the dark one; " +
			"set it for dark pages as well, in `@media screen and (prefers-color-scheme: dark) { :root { --link: …; } }`, with 4.5:1 or more on the dark background (see \"Restyling with custom.css\" in the README)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("style problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckUnknownProperties: a property of custom.css that no browser
// knows is named at its line with the one meant, or, when none is near,
// told to correct it; a vendor's, a custom property, a descriptor of an
// at-rule, a pseudo-class of a nested rule's selector and what a string,
// a url() or a comment holds are let be.
func TestCheckUnknownProperties(t *testing.T) {
	site := themed(`
-- themes/mine/static/custom.css --
/* colr: red; */
a { colr: red; backgroud-color: #fff;
  font-wieght: bold; -webkit-line-clamp: 2; --x: 1; }
a::after { content: "a;b:c"; background: url(data:image/svg+xml;utf8,x:y) }
.card { a:hover { color: red } }
@media (max-width: 600px) { p { margn: 0; frobnicate: 1 } }
@font-face { font-family: X; src: url(x.woff2); font-display: swap; unicode-range: U+0-7F }
`)
	got := checkProblems(t, site, "style")
	const drop = " is not a CSS property, so browsers drop this declaration; "
	want := []string{
		"themes/mine/static/custom.css:2: colr" + drop + "did you mean color?",
		"themes/mine/static/custom.css:2: backgroud-color" + drop + "did you mean background-color?",
		"themes/mine/static/custom.css:3: font-wieght" + drop + "did you mean font-weight?",
		"themes/mine/static/custom.css:6: margn" + drop + "did you mean margin?",
		"themes/mine/static/custom.css:6: frobnicate" + drop + "correct its name, or give a browser's own property its prefix (-webkit-…)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("style problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckReplacedStylesheet: a property no browser knows in the
// theme's own static/style.css, which replaces the built-in one, is named
// at its line as in custom.css, and the built-in stylesheet's own
// properties are all known; a stylesheet under a name of its own (a
// vendored one) is let be; past ten in one file, check says how many
// more there are, once.
func TestCheckReplacedStylesheet(t *testing.T) {
	t.Parallel()
	builtin, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	line := strings.Count(string(builtin), "\n") + 2
	site := themed("-- themes/mine/static/style.css --\n" + string(builtin) + "\n.lab { colr: red }\n" +
		"-- themes/mine/static/css/vendor.css --\na { colr: red; zoom: 1; *display: inline }\n")
	const drop = " is not a CSS property, so browsers drop this declaration; "
	got := checkProblems(t, site, "style")
	want := []string{fmt.Sprintf("themes/mine/static/style.css:%d: colr%sdid you mean color?", line, drop)}
	if !slices.Equal(got, want) {
		t.Errorf("style problems:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	site = themed("-- themes/mine/static/style.css --\n" + strings.Repeat("a { colr: red }\n", 12))
	got = checkProblems(t, site, "style")
	if len(got) != 11 || got[9] != "themes/mine/static/style.css:10: colr"+drop+"did you mean color?" ||
		got[10] != "themes/mine/static/style.css:11: and 2 more declarations from here on whose property no browser knows: if this stylesheet is not a copy of the built-in static/style.css but another's, give it a name of its own (static/css/NAME.css) and link it from the base template's head" {
		t.Errorf("style problems of a stylesheet with 12:\n%s", strings.Join(got, "\n"))
	}
}

// FuzzUnknownProperties: no stylesheet makes unknownProperties panic,
// and each problem is at a line of the stylesheet.
func FuzzUnknownProperties(f *testing.F) {
	for _, s := range []string{"a { colr: red }", "a{b:c;d:e}", "x { a:hover { colr: 1 } }", `p { content: "a;b:c"; margn: 0 }`,
		"@media (max-width: 1px) { p { widht: 1px } }", "a { background: url(data:x;y:z) }", "{:", ";a:", "a { b: 'unclosed; c: d }"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		lines := diag.Lines([]byte(css))
		for _, p := range unknownProperties("custom.css", blankComments([]byte(css))) {
			if p.Line < 1 || p.Line > lines {
				t.Errorf("%q: problem at line %d of %d: %s", css, p.Line, lines, p)
			}
		}
	})
}

// checkProblems returns the problems of the kind that check finds in the
// site, each as it prints.
func checkProblems(t *testing.T, site, kind string) []string {
	t.Helper()
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range problems {
		if p.Kind == kind {
			out = append(out, p.String())
		}
	}
	return out
}

// TestBuildWarnsOfNewPaperPlaceholders: a paper that still has what
// paperboy new paper wrote (its title, its authors, its abstract's text)
// builds, with a warning at the line of each that says what to write,
// as does a page that still has new page's text; a draft with them is
// let be, and check names each once. In serve, the quick rebuild of a
// new abstract or title takes its warning away, as a clean build does.
func TestBuildWarnsOfNewPaperPlaceholders(t *testing.T) {
	t.Parallel()
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: '" + NewPaperTitle + "'\narxiv: \"2401.00001\"\nauthors:\n  - \"Ada\"\n  - \"" + NewPaperAuthors[0] + "\"\n  - \"" + NewPaperAuthors[1] + "\"\ndate: 2024-01-01\n---\n\n" + NewPaperText + " Inline math.\n" +
		"-- content/papers/b.md --\n---\ntitle: '" + NewPaperTitle + "'\narxiv: \"2401.00002\"\ndate: 2024-01-01\ndraft: true\n---\n" + NewPaperText + "\n" +
		"-- content/papers/c.md --\n---\ntitle: C\narxiv: \"2401.00003\"\nauthors: [\"" + NewPaperAuthors[1] + "\"]\ndate: 2024-01-01\n---\nAbstract.\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\nIntro.\n\n" + NewPageText + " what the site is.\n"
	want := []string{
		`content/pages/about.md:6: the page's text is still what paperboy new page wrote ("Write the page in Markdown: …"); write the page's own in its place, or put back draft: true until then`,
		`content/papers/a.md:2: the title is still "Title of the paper", which paperboy new paper wrote; write the paper's own, or mark the paper draft: true until then`,
		`content/papers/a.md:6: the authors "First Author", "Second Author" are still those paperboy new paper wrote; write the paper's own, or mark the paper draft: true until then`,
		`content/papers/a.md:11: the abstract is still the text paperboy new paper wrote ("The abstract, in Markdown. …"); write the paper's abstract in its place, or mark it draft: true until then`,
		`content/papers/c.md:4: the author "Second Author" is still one paperboy new paper wrote; write the paper's own, or mark the paper draft: true until then`,
	}
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range res.Warnings {
		if w.Path != "content/site.yaml" {
			got = append(got, w.String())
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, checked := checkSite(t, site)
	for _, w := range want {
		if n := len(slices.DeleteFunc(slices.Clone(checked), func(g string) bool { return g != w })); n != 1 {
			t.Errorf("check said %d times\n%s\nwant once; it said\n%s", n, w, strings.Join(checked, "\n"))
		}
	}
	dir := writeArchive(t, site)
	live, _ := startLive(t, dir)
	const a = "content/papers/a.md"
	refreshRebuild(t, live, dir, "the abstract written", []string{editFile(t, dir, a, NewPaperText, "Our own abstract.")}, true)
	refreshRebuild(t, live, dir, "the title written", []string{editFile(t, dir, a, NewPaperTitle, "Our own title")}, true)
}

// TestMovedIDs: a build at another address than site.yaml's baseURL
// (--base-url, as the deploy workflow passes the one Pages names) warns
// that its feeds' item ids change, with the feedIDBase that keeps them;
// none with a feedIDBase, at the same address, for this computer, or at
// the domain: site.yaml names from another host (which check tells of).
// The scheme is part of the address: http:// at baseURL's host warns too,
// at the domain: as well. Check -b (a preview deploy's address) tells it
// as a note, which fails no check, and serve -b (Live), a preview that
// publishes no feed, not at all.
func TestMovedIDs(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	warned := func(site, base string) []string { return allWarnings(t, Options{Site: siteFS(site), BaseURL: base}) }
	want := "content/site.yaml:2: the site is built at https://papers.example.org/ (--base-url), not at baseURL https://lab.github.io/digest/, and its feeds' item ids are made from the address it is built at: " +
		"every reader would get each item again as new; if the site now lives at https://papers.example.org/, write `baseURL: https://papers.example.org/` and `feedIDBase: https://lab.github.io/digest/`, which keeps the ids (see the README's \"Ids and dates\")"
	if got := warned(site, "https://papers.example.org/"); !slices.Equal(got, []string{want}) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	problems, err := Check(context.Background(), Options{Site: siteFS(site), BaseURL: "https://papers.example.org/"})
	if err != nil {
		t.Fatal(err)
	}
	if note := strings.Replace(want, ":2: ", ":2: note: ", 1); len(problems) != 1 || !problems[0].Note() || problems[0].String() != note {
		t.Errorf("check -b: %+v, want only the note of it", problems)
	}
	for _, base := range []string{"https://papers.example.org/", "http://devbox.lan:1313/"} {
		res, _, err := NewLive(Options{Site: siteFS(site), BaseURL: base}, "").Build(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range res.Warnings {
			if strings.Contains(w.Msg, "(--base-url)") {
				t.Errorf("serve -b %s: %s", base, w)
			}
		}
	}
	for _, tt := range []struct{ site, base string }{
		{site, "https://lab.github.io/digest"},
		{site, "http://localhost:1313/digest/"},
		{strings.Replace(site, "baseURL:", "feedIDBase: https://lab.github.io/digest/\nbaseURL:", 1), "https://papers.example.org/"},
		{strings.Replace(site, "baseURL:", "domain: papers.example.org\nbaseURL:", 1), "https://papers.example.org/"},
	} {
		for _, w := range warned(tt.site, tt.base) {
			if strings.Contains(w, "(--base-url)") {
				t.Errorf("--base-url %s: %s", tt.base, w)
			}
		}
	}
	atDomain := "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\n" + site[strings.Index(site, "-- content/papers"):]
	http := "content/site.yaml:2: the site is built at http://papers.example.org/ (--base-url), not at baseURL https://papers.example.org/, and its feeds' item ids are made from the address it is built at: " +
		"every reader would get each item again as new (GitHub Pages names a custom domain's http:// address until Enforce HTTPS is on in Settings → Pages: turn it on, or build at https://papers.example.org/); " +
		"if the site now lives at http://papers.example.org/, write `baseURL: http://papers.example.org/` and `feedIDBase: https://papers.example.org/`, which keeps the ids (see the README's \"Ids and dates\")"
	for _, tt := range []struct {
		site string
		line string
	}{
		{atDomain, ":2:"},
		{strings.Replace(atDomain, "baseURL:", "domain: papers.example.org\nbaseURL:", 1), ":3:"},
	} {
		want := strings.Replace(http, ":2:", tt.line, 1)
		if got := warned(tt.site, "http://papers.example.org/"); !slices.Equal(got, []string{want}) {
			t.Errorf("--base-url http:// for https://: warnings %q, want %q", got, want)
		}
	}
}

// TestNoIndexPreviewIsACopy: a --noindex build at a preview's address
// (--base-url …/pr-42/) is a copy, not a move: no warning that its feeds'
// ids change nor one that domain: is not its host, no CNAME, and check
// --noindex at that address finds nothing; the copy it leaves in the
// destination is not where the next build was published
// (builtAt), nor is a published site it is built over one it moved
// from.
func TestNoIndexPreviewIsACopy(t *testing.T) {
	papers := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	project := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\n" + papers
	domain := "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\ndomain: papers.example.org\n" + papers
	themeCNAME := "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\ntheme: mine\n-- themes/mine/static/CNAME --\npapers.example.org\n" + papers
	for _, tt := range []struct{ site, base, published string }{
		{project, "https://lab.github.io/digest/pr-42/", ""},
		{themeCNAME, "https://lab.github.io/digest/pr-preview/pr-42/", ""},
		{project, "https://lab.github.io/digest/pr-42/", "https://lab.github.io/digest/"},
		{domain, "https://lab.github.io/digest/pr-preview/pr-42/", "https://papers.example.org/"},
	} {
		opts := Options{Site: siteFS(tt.site), BaseURL: tt.base, NoIndex: true, Former: formerAt(tt.published)}
		if got := allWarnings(t, opts); len(got) != 0 {
			t.Errorf("--noindex -b %s over %q: warnings %q", tt.base, tt.published, got)
		}
		out, err := buildSite(t, tt.site, opts)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := out["CNAME"]; ok {
			t.Errorf("--noindex -b %s: wrote a CNAME", tt.base)
		}
		dest := fstest.MapFS{}
		for path, data := range out {
			dest[path] = &fstest.MapFile{Data: []byte(data)}
		}
		if got := builtAt(dest); got != "" {
			t.Errorf("builtAt(the --noindex -b %s copy) = %q, want \"\"", tt.base, got)
		}
		problems, err := Check(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(problems) != 0 {
			t.Errorf("check --noindex -b %s: %v", tt.base, problems)
		}
	}
	for _, site := range []string{domain, themeCNAME} {
		if out := mustBuild(t, site); out["CNAME"] != "papers.example.org\n" {
			t.Errorf("the published build's CNAME = %q", out["CNAME"])
		}
	}
}

// TestPreviewBasePathLinks: a link written with site.yaml's base path
// (/digest/days/…) names the page from the site's root in a build at a
// preview's address (--base-url …/digest/pr-preview/pr-42/), as in one at
// baseURL, in Markdown and in raw HTML; and check finds no broken link.
func TestPreviewBasePathLinks(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\nunsafeHTML: true\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n\n## Notes\n\n" +
		"It led [the day](/digest/days/2024-01-01/) and <a href=\"/digest/days/2024-01-01/#paper-2401.00001\">its place</a>.\n"
	for _, tt := range []struct{ base, at, origin string }{
		{"", "/digest/", "https://lab.github.io"},
		{"https://lab.github.io/digest/pr-preview/pr-42/", "/digest/pr-preview/pr-42/", "https://lab.github.io"},
		{"https://preview.example.org/", "/", "https://preview.example.org"},
	} {
		out, err := buildSite(t, site, Options{BaseURL: tt.base})
		if err != nil {
			t.Fatal(err)
		}
		out.contains(t, "papers/2401.00001/index.html", `href="`+tt.at+`days/2024-01-01/" data-url="`+tt.origin+tt.at+`days/2024-01-01/">the day`, `href="`+tt.at+`days/2024-01-01/#paper-2401.00001">its place`)
		problems, err := Check(context.Background(), Options{Site: siteFS(site), BaseURL: tt.base})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range problems {
			if !p.Note() {
				t.Errorf("--base-url %q: check says %s", tt.base, p)
			}
		}
	}
}

// allWarnings builds with opts and returns every warning, as the build
// prints it, site.yaml's placeholder baseURL's too (see warningsOf).
func allWarnings(t *testing.T, opts Options) []string {
	t.Helper()
	res, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, w := range res.Warnings {
		out = append(out, w.String())
	}
	return out
}

// TestChangedBase: a baseURL edited in site.yaml since the site in the
// destination was built (its feed.json's home_page_url) warns that the
// feeds' item ids change, with the feedIDBase that keeps them, and so
// does a feedIDBase taken out or edited since (the address its items'
// ids were made from), once at site.yaml's line, and a build with
// --base-url at baseURL itself; none with a feedIDBase that keeps them,
// at the same address, for this computer, or for a destination with no
// site.
func TestChangedBase(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	warned := func(site, published string) []string {
		return allWarnings(t, Options{Site: siteFS(site), Former: formerAt(published)})
	}
	want := "content/site.yaml:2: baseURL is https://papers.example.org/, and the site built before was at https://lab.github.io/digest/; its feeds' item ids are made from the address, so every reader would get each item again as new: " +
		"write `feedIDBase: https://lab.github.io/digest/`, which keeps the ids (see the README's \"Ids and dates\")"
	if got := warned(site, "https://lab.github.io/digest/"); !slices.Equal(got, []string{want}) {
		t.Errorf("warnings %q, want %q", got, want)
	}
	// An http → https move gives every item a new id as well.
	if got := warned(site, "http://papers.example.org/"); len(got) != 1 || !strings.Contains(got[0], "write `feedIDBase: http://papers.example.org/`") {
		t.Errorf("moved from http://: warnings %q", got)
	}
	// The feedIDBase the site had, taken out or edited: its items' ids tell it.
	withIDs := fstest.MapFS{"feed.json": {Data: []byte(`{"home_page_url":"https://papers.example.org/","items":[` +
		`{"id":"https://lab.github.io/digest/papers/2401.00001/","url":"https://papers.example.org/papers/2401.00001/"}]}`)}}
	putBack := "content/site.yaml:2: site.yaml has no feedIDBase, and the feeds of the site built before made their item ids from https://lab.github.io/digest/ (its feedIDBase), not from baseURL https://papers.example.org/, " +
		"so every reader would get each item (paper, day and week) again as new: put back `feedIDBase: https://lab.github.io/digest/`, which keeps the ids (see the README's \"Ids and dates\")"
	if got := allWarnings(t, Options{Site: siteFS(site), Former: withIDs}); !slices.Equal(got, []string{putBack}) {
		t.Errorf("feedIDBase taken out: warnings %q, want %q", got, putBack)
	}
	edited := strings.Replace(site, "baseURL:", "feedIDBase: https://lab.github.io/old/\nbaseURL:", 1)
	if got := allWarnings(t, Options{Site: siteFS(edited), Former: withIDs}); len(got) != 1 || !strings.HasPrefix(got[0], "content/site.yaml:2: feedIDBase is https://lab.github.io/old/, and the feeds of the site built before made their item ids from https://lab.github.io/digest/") {
		t.Errorf("feedIDBase edited: warnings %q", got)
	}
	if got := allWarnings(t, Options{Site: siteFS(site), Former: formerAt("https://lab.github.io/digest/"), BaseURL: "https://papers.example.org/"}); !slices.Equal(got, []string{want}) {
		t.Errorf("--base-url at baseURL: warnings %q, want %q", got, want)
	}
	for _, tt := range []struct{ site, published string }{
		{site, ""},
		{site, "https://papers.example.org/"},
		{site, "https://PAPERS.example.org"},
		{site, "http://localhost:1313/"},
		{site, NewSiteBaseURL},
		{strings.Replace(site, "baseURL:", "feedIDBase: https://lab.github.io/digest/\nbaseURL:", 1), "https://lab.github.io/digest/"},
	} {
		if got := warned(tt.site, tt.published); len(got) != 0 {
			t.Errorf("published at %q: %q", tt.published, got)
		}
	}
}

// TestPreviewAtBaseURL: a build with --base-url at another address than
// site.yaml's, into the folder the site is built in (a preview), is not
// taken by the next build for where the site was published: it does not
// tell the curator to keep the preview's address in feedIDBase:.
func TestPreviewAtBaseURL(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nx\n"
	res, err := Build(context.Background(), Options{Site: siteFS(site), BaseURL: "https://preview.example.net/"})
	if err != nil {
		t.Fatal(err)
	}
	former := fstest.MapFS{}
	for _, f := range res.Files {
		former[f.Path] = &fstest.MapFile{Data: f.Data}
	}
	if !strings.Contains(string(former["feed.json"].Data), `"base_url": "https://papers.example.org/"`) {
		t.Errorf("the preview's feed.json does not name site.yaml's baseURL:\n%s", former["feed.json"].Data)
	}
	if got := allWarnings(t, Options{Site: siteFS(site), Former: former}); len(got) != 0 {
		t.Errorf("the build after a preview at another address: warnings %q", got)
	}
	res, err = Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if f.Path == "feed.json" && strings.Contains(string(f.Data), `"base_url"`) {
			t.Errorf("a build at site.yaml's baseURL names it in feed.json:\n%.300s", f.Data)
		}
	}
}

// formerAt returns a destination holding a site built at address,
// as far as builtAt reads it, or nil for "", a destination with none.
func formerAt(address string) fs.FS {
	if address == "" {
		return nil
	}
	return fstest.MapFS{"feed.json": {Data: []byte(`{"home_page_url":"` + address + `","items":[]}`)}}
}

// TestBuiltAt: the address of the site in a destination is its JSON
// Feed's home_page_url; none without a feed.json that parses.
func TestBuiltAt(t *testing.T) {
	for _, tt := range []struct {
		files fstest.MapFS
		want  string
	}{
		{fstest.MapFS{"feed.json": {Data: []byte(`{"version":"https://jsonfeed.org/version/1.1","home_page_url":"https://lab.github.io/digest/","items":[]}`)}}, "https://lab.github.io/digest/"},
		{fstest.MapFS{"feed.json": {Data: []byte(`{"home_page_url":`)}}, ""},
		// --base-url built it at another address than its site.yaml's: a preview
		{fstest.MapFS{"feed.json": {Data: []byte(`{"home_page_url":"https://preview.example.net/","_paperboy":{"base_url":"https://lab.github.io/digest/"},"items":[]}`)}}, ""},
		{fstest.MapFS{"feed.json": {Data: []byte(`{"home_page_url":"https://lab.github.io/digest/","_paperboy":{"base_url":"https://lab.github.io/digest"},"items":[]}`)}}, "https://lab.github.io/digest/"},
		{fstest.MapFS{}, ""},
		{nil, ""},
	} {
		if got := builtAt(tt.files); got != tt.want {
			t.Errorf("builtAt(%v) = %q, want %q", tt.files, got, tt.want)
		}
	}
}

// TestTemplateLinkFix: a template's link from the server's root, on a
// site under a base path, is told {{static}} for a file of the theme's
// static/ and {{url}} for anything else, a page's folder ("archive/")
// above all, which {{static}} would fail the build on.
func TestTemplateLinkFix(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(dir+"/static/img", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dir+"/static/img/logo.svg", []byte("<svg/>"), 0o644); err != nil {
		t.Fatal(err)
	}
	theme := themefs.Stack{{FS: os.DirFS(dir), Dir: "themes/mine"}}
	const outside = "absolute path outside the base path /digest/"
	for _, tc := range []struct{ u, want string }{
		{"/img/logo.svg", `write {{static "img/logo.svg"}}`},
		{"/img/logo.svg#v", `write {{static "img/logo.svg#v"}}`},
		{"/archive/", `write {{url "archive/"}}`},
		{"/archive/#2025", `write {{url "archive/#2025"}}`},
		{"/img/", `write {{url "img/"}}`},
		{"/papers/", `write {{url "papers/"}}`},
	} {
		if got := templateLinkFix(theme, tc.u, outside); !strings.HasPrefix(got, tc.want) {
			t.Errorf("templateLinkFix(%q) = %s, want %s…", tc.u, got, tc.want)
		}
	}
}

// TestStaticPageLinks: a broken link of a theme's static HTML page,
// which the build copies as it is, is reported at its line in that file,
// not blamed on a template, with the address under the base path or the
// relative one to write.
func TestStaticPageLinks(t *testing.T) {
	site := themed("-- themes/mine/static/legal/index.html --\n<!doctype html>\n<html lang=\"en\">\n" +
		"<head><title>Legal notice</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>\n<p>Back to <a href=\"/about/\">the site</a>, or <a href=\"terms.html\">the terms</a>.</p>\n</body>\n</html>\n")
	got := checkProblems(t, site, "link") // served from /repo/
	want := []string{
		"themes/mine/static/legal/index.html:3: the link /style.css is broken: absolute path outside the base path /repo/; write /repo/style.css, or ../style.css relative to this page",
		"themes/mine/static/legal/index.html:5: the link /about/ is broken: absolute path outside the base path /repo/; write /repo/about/, or ../about/ relative to this page",
		"themes/mine/static/legal/index.html:5: the link terms.html is broken: no such file legal/terms.html; fix the link in this file, or add the file it names",
	}
	if !slices.Equal(got, want) {
		t.Errorf("check found\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
}

// TestBuiltLinkProblem: a broken link that a template of the site's own
// theme builds (with print, say) is a problem of no file, naming the
// built pages and the theme folder to look in; a built page is no file of
// the repository, where a CI annotation would look for it.
func TestBuiltLinkProblem(t *testing.T) {
	theme := themefs.Stack{{FS: fstest.MapFS{}, Dir: "themes/mine"}}
	got := builtLinkProblem(theme, "/repo/nowhere/", "no such file nowhere/index.html", []string{"404.html", "index.html"})
	want := Problem{Kind: "link", Msg: "the link /repo/nowhere/ is broken: no such file nowhere/index.html (on the built pages 404.html and 1 other); a template of themes/mine/ or the built-in theme builds it (with url, print or a field); find it there and fix it"}
	if got != want {
		t.Errorf("builtLinkProblem =\n%v\nwant\n%v", got, want)
	}
	if s := got.String(); s != want.Msg {
		t.Errorf("String() = %q, want the message alone", s)
	}
}

// TestAttributeLine: an id written twice is found where a template or a
// Markdown source gives an element the id, not where a code block or a
// code span shows markup that does.
func TestAttributeLine(t *testing.T) {
	for _, c := range []struct {
		text     string
		markdown bool
		want     int
	}{
		{"<div>\n<main id=\"main\">\n", false, 2},
		{"```html\n<main id=\"main\">\n```\n\n<span id='main'>x</span>\n", true, 5},
		{"~~~~\n```\n<main id=\"main\">\n~~~~\n", true, 0},
		{"Write `<main id=\"main\">` for it.\n", true, 0},
		{"    <main id=\"main\">\n", true, 0},
		{"## Setup {#main}\n", true, 1},
		{"## Setup {#main .wide}\n", true, 1},
		{"<main id=\"mainly\">\n", false, 0},
	} {
		if got := attributeLine(c.text, "main", c.markdown); got != c.want {
			t.Errorf("attributeLine(%q, markdown %v) = %d, want %d", c.text, c.markdown, got, c.want)
		}
	}
}

// TestDupIDProblems: an id a template of the site's theme writes, which
// every page has twice, is one problem at the template's line, however
// many pages; one the built-in theme writes is one problem of no file.
func TestDupIDProblems(t *testing.T) {
	site := &model.Site{Config: &model.Config{}}
	const msg = `the id "main" is used by more than one element, so links to it are ambiguous`
	pages := []string{"index.html", "archive/index.html", "papers/a/index.html"}
	templates := []themeText{{"themes/mine/templates/partials/body-extra.html", "<p>\n<div id=\"main\">x</div>\n"}}
	theme := themefs.Stack{{FS: fstest.MapFS{}, Dir: "themes/mine"}}
	got := dupIDProblems(site, theme, templates, nil, "main", msg, pages)
	want := []Problem{{Kind: "link", Path: "themes/mine/templates/partials/body-extra.html", Line: 2, Msg: msg + " (on the built pages index.html and 2 others); give each element an id of its own"}}
	if !slices.Equal(got, want) {
		t.Errorf("from a template: %v\nwant %v", got, want)
	}
	got = dupIDProblems(site, nil, nil, nil, "main", msg, pages)
	want = []Problem{{Kind: "link", Msg: msg + " (on the built pages index.html and 2 others); a template builds it: give each element an id of its own"}}
	if !slices.Equal(got, want) {
		t.Errorf("from no file: %v\nwant %v", got, want)
	}
}
