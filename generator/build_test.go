package generator

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// smallSite has two days in two ISO weeks and months, a day file with an
// explicit order, a topic from keyword rules and a non-ASCII author.
const smallSite = `
-- content/site.yaml --
title: Test Digest
baseURL: https://example.org/repo/
description: A test digest.
pageSize: 2
authorPageSize: 2
topics:
  diffusion-models:
    name: Diffusion models
    description: Generative models that denoise.
    keywords: [diffusion, denoising]
  agents:
    name: Agents
-- content/papers/2405.00001.md --
---
title: "Alpha"
arxiv: "2405.00001"
authors: ["Erwin Schrödinger", "Ada Lovelace"]
date: 2024-05-31
topics: [agents]
upvotes: 5
---
An agent abstract with $a_1 * b_2$ math.
-- content/papers/2405.00002.md --
---
title: "Beta"
arxiv: "2405.00002"
authors: ["Erwin Schrodinger"]
date: 2024-05-31
upvotes: 9
---
A denoising diffusion abstract.
-- content/papers/2405.00003.md --
---
title: "Gamma"
arxiv: "2405.00003"
authors: ["Ada Lovelace"]
date: 2024-05-31
upvotes: 9
topics: [agents]
---
Gamma abstract.
-- content/papers/2406.00004.md --
---
title: "Delta"
arxiv: "2406.00004"
authors: ["Ada Lovelace"]
date: 2024-06-03
upvotes: 1
topics: [agents]
---
Delta abstract.

` + "```python\nprint('hi')\n```" + `
-- content/days/2024-06-03.md --
---
title: "Monday picks"
papers: ["2406.00004", "2405.00001"]
---
The *intro* of the day.
`

func TestEveryPageKind(t *testing.T) {
	out := mustBuild(t, smallSite)
	for _, p := range []string{
		"index.html", "404.html", "archive/index.html", "sitemap.xml", "robots.txt", ".nojekyll",
		"style.css", "syntax.css", "favicon.svg",
		"days/2024-05-31/index.html", "days/2024-06-03/index.html",
		"weeks/2024-W22/index.html", "weeks/2024-W23/index.html",
		"months/2024-05/index.html", "months/2024-06/index.html",
		"papers/2405.00001/index.html", "papers/2406.00004/index.html",
		"topics/index.html", "topics/agents/index.html", "topics/diffusion-models/index.html",
		"authors/index.html", "authors/ada-lovelace/index.html",
		"feeds/index.html", "search/index.html",
	} {
		out.file(t, p)
	}
	if _, ok := out["CNAME"]; ok {
		t.Error("CNAME written for a site without domain")
	}
	out.contains(t, "robots.txt", "Sitemap: https://example.org/repo/sitemap.xml")
	out.contains(t, "sitemap.xml", "<loc>https://example.org/repo/papers/2405.00001/</loc><lastmod>2024-06-03</lastmod>") // listed again on 06-03
	out.lacks(t, "sitemap.xml", "404")
}

func TestRankingAndPrevNext(t *testing.T) {
	out := mustBuild(t, smallSite)
	// Upvotes descending, ties by id: Beta (9, …02), Gamma (9, …03), Alpha (5).
	out.contains(t, "days/2024-05-31/index.html", ">Beta<", ">Gamma<", ">Alpha<")
	out.contains(t, "days/2024-05-31/index.html", `href="/repo/days/2024-06-03/" rel="next"`)
	out.lacks(t, "days/2024-05-31/index.html", `rel="prev"`)
	// The day file's explicit order, also pulling in a paper of another date.
	out.contains(t, "days/2024-06-03/index.html", "<h1>Monday picks</h1>", "<em>intro</em>", ">Delta<", ">Alpha<")
	out.contains(t, "days/2024-06-03/index.html", `href="/repo/days/2024-05-31/" rel="prev"`)
	out.contains(t, "weeks/2024-W22/index.html", ">Beta<", ">Gamma<", ">Alpha<")
	// The day's pins lead its month's and week's top papers, in their order.
	out.contains(t, "months/2024-06/index.html", ">Delta<", ">Alpha<")
	out.contains(t, "index.html", "Trending this week", ">Delta<", ">Alpha<")
}

func TestTopicsFromFrontMatterAndKeywords(t *testing.T) {
	out := mustBuild(t, smallSite)
	out.contains(t, "topics/diffusion-models/index.html", "<h1>Diffusion models</h1>", "Generative models that denoise.", ">Beta<")
	out.lacks(t, "topics/diffusion-models/index.html", ">Alpha<")
	out.contains(t, "papers/2405.00002/index.html", `href="/repo/topics/diffusion-models/"`)
	out.contains(t, "topics/index.html", "Agents", "3\u00a0papers", "Diffusion models", "1\u00a0paper")
}

func TestAuthorSlugsUnicode(t *testing.T) {
	out := mustBuild(t, smallSite)
	a := out.file(t, "authors/erwin-schrödinger/index.html")
	b := out.file(t, "authors/erwin-schrodinger/index.html")
	if !strings.Contains(a, ">Alpha<") || strings.Contains(a, ">Beta<") {
		t.Error("Schrödinger's page should list Alpha only")
	}
	if !strings.Contains(b, ">Beta<") || strings.Contains(b, ">Alpha<") {
		t.Error("Schrodinger's page should list Beta only")
	}
	out.contains(t, "papers/2405.00001/index.html", `href="/repo/authors/erwin-schr%C3%B6dinger/"`)
}

func TestAuthorSlugCollisions(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: A
id: a
authors: ["Wei Li", "WEI LI", "Wei-Li"]
date: 2024-01-01
---
-- content/papers/b.md --
---
title: B
id: b
authors: ["Wei Li 2"]
date: 2024-01-01
---
`
	out := mustBuild(t, site)
	// In byte order of the names: "WEI LI" < "Wei Li" < "Wei-Li"; "Wei Li 2" has its own base slug.
	want := map[string]string{
		"authors/wei-li/index.html":   "<h1 dir=\"auto\">WEI LI</h1>",
		"authors/wei-li-2/index.html": "<h1 dir=\"auto\">Wei Li 2</h1>",
		"authors/wei-li-3/index.html": "<h1 dir=\"auto\">Wei Li</h1>",
		"authors/wei-li-4/index.html": "<h1 dir=\"auto\">Wei-Li</h1>",
	}
	for p, h := range want {
		out.contains(t, p, h)
	}
}

func TestPagination(t *testing.T) {
	out := mustBuild(t, smallSite)
	// Agents has 3 papers and pageSize is 2: newest first (Delta), then by upvotes.
	out.contains(t, "topics/agents/index.html", ">Delta<", ">Gamma<", `href="/repo/topics/agents/page/2/" rel="next"`)
	out.contains(t, "topics/agents/page/2/index.html", "page\u00a02 of\u00a02", ">Alpha<", `href="/repo/topics/agents/" rel="prev"`)
	if _, ok := out["topics/agents/page/3/index.html"]; ok {
		t.Error("a third page was written for 3 papers of 2 per page")
	}
}

// pagedAuthorSite has pageSize 2, an author of 5 papers (3 pages: one a
// day, the newest first) and one of exactly 2 (one page).
func pagedAuthorSite() string {
	var b strings.Builder
	b.WriteString("-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\nauthorPageSize: 2\n")
	for i := 1; i <= 5; i++ {
		authors := `["Ada Lovelace"]`
		if i <= 2 {
			authors = `["Ada Lovelace", "Bo Li"]`
		}
		fmt.Fprintf(&b, "-- content/papers/p%d.md --\n---\ntitle: Paper %d\nid: p%d\nauthors: %s\ndate: 2024-06-0%d\n---\nAbstract %d.\n", i, i, i, authors, i, i)
	}
	return b.String()
}

// TestAuthorPagination: an author of more than pageSize papers has their
// page split as a topic's is: the first at /authors/<slug>/, the others at
// page/N/ up to the last, each its own canonical address and in the
// sitemap, linked by the pager (rel=prev/next, each number read as "Page N")
// and titled with its number;
// the author's BibTeX file stays one, of every paper, and check finds no
// broken link or sitemap entry.
func TestAuthorPagination(t *testing.T) {
	site := pagedAuthorSite()
	out := mustBuild(t, site)
	const dir = "authors/ada-lovelace/"
	out.contains(t, dir+"index.html", "<title>Ada Lovelace · T</title>", `<link rel="canonical" href="https://example.org/repo/authors/ada-lovelace/">`,
		"5\u00a0papers, newest first · page\u00a01 of\u00a03", `href="/repo/authors/ada-lovelace/papers.bib"`, ">Paper 5<", ">Paper 4<",
		`<span aria-current="page"><span class="visually-hidden">Page </span>1</span>`, `<a href="/repo/authors/ada-lovelace/page/3/"><span class="visually-hidden">Page </span>3</a>`, `href="/repo/authors/ada-lovelace/page/2/" rel="next"`)
	out.lacks(t, dir+"index.html", ">Paper 3<", `rel="prev"`)
	out.contains(t, dir+"page/2/index.html", "<title>Ada Lovelace — page\u00a02 · T</title>", `<link rel="canonical" href="https://example.org/repo/authors/ada-lovelace/page/2/">`,
		"5\u00a0papers, newest first · page\u00a02 of\u00a03", `href="/repo/authors/ada-lovelace/papers.bib"`, ">Paper 3<", ">Paper 2<",
		`href="/repo/authors/ada-lovelace/" rel="prev"`, `<span aria-current="page"><span class="visually-hidden">Page </span>2</span>`, `href="/repo/authors/ada-lovelace/page/3/" rel="next"`)
	out.lacks(t, dir+"page/2/index.html", ">Paper 4<", ">Paper 1<")
	out.contains(t, dir+"page/3/index.html", "page\u00a03 of\u00a03", ">Paper 1<", `href="/repo/authors/ada-lovelace/page/2/" rel="prev"`)
	out.lacks(t, dir+"page/3/index.html", ">Paper 2<", `rel="next"`)
	for _, p := range []string{dir + "page/1/index.html", dir + "page/4/index.html", dir + "page/2/papers.bib", "authors/bo-li/page/2/index.html"} {
		if _, ok := out[p]; ok {
			t.Errorf("%s was written", p)
		}
	}
	if n := strings.Count("\n"+out.file(t, dir+"papers.bib"), "\n@"); n != 5 {
		t.Errorf("%spapers.bib has %d entries, want all 5 papers'", dir, n)
	}
	out.contains(t, "authors/bo-li/index.html", "2\u00a0papers, newest first</p>", ">Paper 2<", ">Paper 1<")
	out.lacks(t, "authors/bo-li/index.html", "page\u00a01 of", `class="pager"`)
	out.contains(t, "sitemap.xml",
		"<loc>https://example.org/repo/authors/ada-lovelace/</loc><lastmod>2024-06-05</lastmod>",
		"<loc>https://example.org/repo/authors/ada-lovelace/page/2/</loc><lastmod>2024-06-05</lastmod>",
		"<loc>https://example.org/repo/authors/ada-lovelace/page/3/</loc><lastmod>2024-06-05</lastmod>") // a new paper moves them all
	out.lacks(t, "sitemap.xml", "ada-lovelace/page/4/", "bo-li/page/")

	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if p.Kind == "link" || p.Kind == "sitemap" {
			t.Errorf("check: %v", p)
		}
	}
}

var linkRE = regexp.MustCompile(`(?:href|src|action)="([^"]*)"`)

func TestBasePathInEveryLink(t *testing.T) {
	out := mustBuild(t, smallSite)
	for p, s := range out {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		for _, m := range linkRE.FindAllStringSubmatch(s, -1) {
			u := m[1]
			if strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "/repo/") {
				t.Errorf("%s: link %q lacks the base path /repo/", p, u)
			}
		}
	}
}

func TestThemeOverride(t *testing.T) {
	site := smallSite + `
-- themes/mine/templates/partials/paper-item.html --
{{define "paper-item"}}<p class="mine">{{.Title}}</p>{{end}}
-- themes/mine/static/style.css --
body { color: red; }
-- themes/mine/static/extra.txt --
hello
`
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	out := mustBuild(t, site)
	out.contains(t, "days/2024-05-31/index.html", `<p class="mine">Beta</p>`)
	if got := out.file(t, "style.css"); got != "body { color: red; }\n" {
		t.Errorf("style.css = %q, want the site's override", got)
	}
	out.contains(t, "extra.txt", "hello")
	out.file(t, "favicon.svg") // still from the built-in theme
	for _, page := range []string{"index.html", "papers/2405.00001/index.html"} {
		out.lacks(t, page, "custom.css")
	}
}

// TestThemeHooks: a theme adds to every page through custom.css, linked
// after the built-in stylesheets only when it exists, and the head-extra
// and body-extra partials, which see the page's data.
func TestThemeHooks(t *testing.T) {
	site := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1) + `
-- themes/mine/static/custom.css --
:root { --accent: #8a1c1c; }
-- themes/mine/templates/partials/head-extra.html --
{{define "head-extra"}}<meta name="mine" content="{{.Kind}}">{{end}}
-- themes/mine/templates/partials/body-extra.html --
{{define "body-extra"}}<script src="{{url "stats.js"}}" defer></script>{{end}}
`
	out := mustBuild(t, site)
	for page, kind := range map[string]string{"index.html": "home", "papers/2405.00001/index.html": "paper", "404.html": "404"} {
		html := out.file(t, page)
		style, custom := strings.Index(html, `href="/repo/style.css"`), strings.Index(html, `<link rel="stylesheet" href="/repo/custom.css">`)
		if style < 0 || custom < style {
			t.Errorf("%s: custom.css is not linked after the built-in stylesheets", page)
		}
		if !strings.Contains(html, `<meta name="mine" content="`+kind+`">`+"\n</head>") {
			t.Errorf("%s: head-extra is not at the end of <head>", page)
		}
		if !strings.Contains(html, `<script src="/repo/stats.js" defer></script>`+"\n</body>") {
			t.Errorf("%s: body-extra is not at the end of <body>", page)
		}
	}
	out.contains(t, "custom.css", "--accent")
}

// TestDayExtra: a day file's extra: reaches templates as .Day.Extra, as
// site.yaml's and a paper's do.
func TestDayExtra(t *testing.T) {
	site := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	site = strings.Replace(site, `papers: ["2406.00004", "2405.00001"]`, "papers: [\"2406.00004\", \"2405.00001\"]\nextra: {editor: Ada, issue: 7}", 1) + `
-- themes/mine/templates/partials/body-extra.html --
{{define "body-extra"}}{{with .Day}}{{with .Extra}}<p class="editor">{{.editor}} #{{.issue}}</p>{{end}}{{end}}{{end}}
`
	out := mustBuild(t, site)
	out.contains(t, "days/2024-06-03/index.html", `<p class="editor">Ada #7</p>`)
	out.lacks(t, "days/2024-05-31/index.html", `class="editor"`)
}

// TestDayNamesArXivIDs: a day's papers: and removed: name a paper by its
// arXiv id written as arXiv prints it (arXiv:2401.00003, in any letter
// case, as arxiv: reads it): the day pins and removes those papers, where
// each entry was a paper that does not exist; and a paper's aliases: name
// a former id so too.
func TestDayNamesArXivIDs(t *testing.T) {
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-02\nupvotes: 9\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nupvotes: 5\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-01\naliases: [\"arXiv:2312.00009\"]\n") +
		"-- content/days/2024-01-02.md --\n---\npapers:\n  - arXiv:2401.00003\n  - \"ARXIV: 2401.00002\"\nremoved: [\"arxiv:2401.00001\"]\n---\n"
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var shown []string
	for _, d := range res.Site.Days {
		if d.Slug == "2024-01-02" {
			for _, p := range d.Papers {
				shown = append(shown, p.ID)
			}
		}
	}
	if want := []string{"2401.00003", "2401.00002"}; !slices.Equal(shown, want) {
		t.Errorf("2024-01-02 shows %v, want %v", shown, want)
	}
	mustBuild(t, site).contains(t, "papers/2312.00009/index.html", `href="/papers/2401.00003/"`)
}

// TestCardsOnLaterPages: a streamed build frees the papers' cards before
// the paper and author pages, which the built-in theme renders last and
// shows no cards on; a theme that shows cards there still gets them, the
// same as in a build kept in memory, and rendering again brings the cards
// back.
func TestCardsOnLaterPages(t *testing.T) {
	site := smallSite + `
-- themes/mine/templates/paper.html --
{{define "main"}}<div class="on-paper">{{card .Paper}}</div>{{end}}
-- themes/mine/templates/author.html --
{{define "main"}}{{range .Author.Papers}}<div class="on-author">{{card .}}</div>{{end}}{{end}}
`
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	want := mustBuild(t, site)
	card := `<h3 class="paper-title"><a href="/repo/papers/2405.00001/" data-cite="arXiv:2405.00001">Alpha</a></h3>`
	want.contains(t, "papers/2405.00001/index.html", `<div class="on-paper">`, card)
	want.contains(t, "authors/ada-lovelace/index.html", `<div class="on-author">`, card)
	want.contains(t, "days/2024-05-31/index.html", card)

	var mu sync.Mutex
	got := built{}
	collect := func(f model.File) error {
		mu.Lock()
		defer mu.Unlock()
		got[f.Path] = string(f.Data)
		return nil
	}
	_, rend, err := build(context.Background(), Options{Site: siteFS(site), Emit: collect})
	if err != nil {
		t.Fatal(err)
	}
	same := func(what string) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s made %d files, the in-memory build %d", what, len(got), len(want))
		}
		for path, w := range want {
			if got[path] != w {
				t.Errorf("%s: %s differs from the in-memory build", what, path)
			}
		}
	}
	same("streamed build")

	// The renderer alone makes the pages (not the feeds or the index).
	got = built{}
	if err := rend.All(context.Background(), collect); err != nil {
		t.Fatal(err)
	}
	for path, g := range got {
		if g != want[path] {
			t.Errorf("rendering again after the cards were freed: %s differs from the in-memory build", path)
		}
	}
	for _, path := range []string{"papers/2405.00001/index.html", "authors/ada-lovelace/index.html", "days/2024-05-31/index.html"} {
		if _, ok := got[path]; !ok {
			t.Errorf("rendering again made no %s", path)
		}
	}
}

// TestCachedPartials: "cached" renders a partial once per key, so pages of
// one kind share their header and pages of another kind get their own; a
// partial that reads more than its keys is an error at its file, where it
// would have shown one page's title on every page of the kind.
func TestCachedPartials(t *testing.T) {
	site := smallSite + `
-- themes/mine/templates/partials/site-header.html --
{{define "site-header"}}<p class="hdr">kind={{.Kind}} site={{.Config.Title}}</p>{{end}}
`
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	out := mustBuild(t, site)
	out.contains(t, "topics/index.html", `<p class="hdr">kind=topics site=`)
	out.contains(t, "papers/2405.00001/index.html", `<p class="hdr">kind=paper site=`)
	var first string
	for path, page := range out {
		if !strings.HasPrefix(path, "papers/") || !strings.HasSuffix(path, "/index.html") || path == "papers/index.html" {
			continue
		}
		i := strings.Index(page, `<p class="hdr">`)
		if i < 0 {
			t.Fatalf("%s has no header", path)
		}
		hdr := page[i : i+strings.Index(page[i:], "</p>")]
		if first == "" {
			first = hdr
		} else if hdr != first {
			t.Errorf("paper pages have different cached headers: %q and %q", first, hdr)
		}
	}

	reads := strings.Replace(site, `site={{.Config.Title}}`, `title={{.Title}}`, 1)
	_, err := buildSite(t, reads, Options{})
	var list diag.List
	if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list[0].Error(),
		`themes/mine/templates/partials/site-header.html:1: template error: the cached partial "site-header" made different HTML for two pages with the same keys (/`) ||
		!strings.Contains(err.Error(), `pass what it reads as a key`) {
		t.Errorf("a cached partial that reads the page's title: err = %v", err)
	}

	broken := strings.Replace(site, `{{define "site-header"}}`, `{{define "site-headr"}}`, 1)
	_, err = buildSite(t, broken, Options{})
	if err == nil || !strings.Contains(err.Error(), `no template "site-header"`) {
		t.Errorf("a cached partial that does not exist: err = %v", err)
	}
	if err != nil && !strings.HasPrefix(err.Error(), "themes/") {
		t.Errorf("the error names no template file: %v", err)
	}
}

func TestDeterministic(t *testing.T) {
	var runs []built
	for _, w := range []int{1, 4, 4} {
		out, err := buildSite(t, smallSite, Options{Workers: w})
		if err != nil {
			t.Fatal(err)
		}
		runs = append(runs, out)
	}
	for i := 1; i < len(runs); i++ {
		if !slices.Equal(slices.Sorted(maps.Keys(runs[0])), slices.Sorted(maps.Keys(runs[i]))) {
			t.Fatalf("run %d wrote other files", i)
		}
		for p, s := range runs[0] {
			if runs[i][p] != s {
				t.Errorf("run %d: %s differs", i, p)
			}
		}
	}
}

func TestFilesSortedAndUnique(t *testing.T) {
	res, err := Build(context.Background(), Options{Site: siteFS(smallSite)})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(res.Files); i++ {
		if res.Files[i-1].Path >= res.Files[i].Path {
			t.Fatalf("files out of order: %s, %s", res.Files[i-1].Path, res.Files[i].Path)
		}
	}
}
