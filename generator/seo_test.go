package generator

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestSiteImage: site.yaml's image: is every page's link-preview picture
// (absolute, with its alt text, as a large card) unless a paper has its
// own, written with the site's base path or without, as a link may be, or
// as its full URL; a value that is no URL or root path, or that names no
// file the site publishes (a URL on the site's own baseURL too), is an
// error at its line.
func TestSiteImage(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
image: /card.png
imageAlt: The digest's logo on a paper stack
theme: mine
-- themes/mine/static/card.png --
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
x
-- content/papers/b.md --
---
title: B
arxiv: "2401.00002"
date: 2024-01-01
image: https://example.org/fig.png
---
y
`
	out := mustBuild(t, site)
	for _, page := range []string{"index.html", "papers/2401.00001/index.html", "topics/index.html"} {
		out.contains(t, page, `<meta property="og:image" content="https://example.org/repo/card.png">`,
			`<meta property="og:image:alt" content="The digest&#39;s logo on a paper stack">`, `<meta name="twitter:card" content="summary_large_image">`)
	}
	out.contains(t, "papers/2401.00002/index.html", `<meta property="og:image" content="https://example.org/fig.png">`)
	out.lacks(t, "papers/2401.00002/index.html", "card.png")
	out = mustBuild(t, strings.Replace(site, "image: /card.png", "image: /repo/card.png", 1))
	out.contains(t, "index.html", `<meta property="og:image" content="https://example.org/repo/card.png">`)
	out = mustBuild(t, strings.Replace(site, "image: /card.png", "image: https://example.org/repo/card.png", 1))
	out.contains(t, "index.html", `<meta property="og:image" content="https://example.org/repo/card.png">`)

	for _, tt := range []struct{ line, want string }{
		{"image: card.png", `content/site.yaml:3: image "card.png" is neither an http(s) URL nor a path from the site's root`},
		{"image: //cdn.example.org/x.png", `content/site.yaml:3: image "//cdn.example.org/x.png" is neither`},
		{"imageAlt: x", "content/site.yaml:3: imageAlt describes a picture, but the site has no `image:`"},
		{"image: /img/card.png", `content/site.yaml:3: image "/img/card.png" names no file the site publishes: no static file of the theme is at that address; put the picture in your theme's static/`},
		{"image: https://example.org/repo/crad.png", `content/site.yaml:3: image "https://example.org/repo/crad.png" names no file the site publishes: no static file of the theme is at that address`},
	} {
		broken := strings.Replace(site, "image: /card.png\nimageAlt: The digest's logo on a paper stack", tt.line, 1)
		if _, err := buildSite(t, broken, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.line, err, tt.want)
		}
	}
}

// TestImageWithBasePath: a page's or a paper's image: written with the
// site's base path (/repo/team.png on https://example.org/repo/), as a
// Markdown link may be, names the file at /team.png: it is found and
// shared at its address, not refused as no file.
func TestImageWithBasePath(t *testing.T) {
	out := mustBuild(t, `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
theme: mine
-- themes/mine/static/team.png --
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
image: /repo/papers/figures/a.png
---
x
-- content/papers/figures/a.png --
-- content/pages/team.md --
---
title: Our team
image: /repo/team.png
---
Who we are.
`)
	out.contains(t, "team/index.html", `<meta property="og:image" content="https://example.org/repo/team.png">`)
	out.contains(t, "papers/2401.00001/index.html", `<meta property="og:image" content="https://example.org/repo/papers/figures/a.png">`)
}

// TestDescriptionLengths: the meta description stops at a word within the
// 160 characters a search result shows; og:description, which a link
// preview shows, keeps up to 300.
func TestDescriptionLengths(t *testing.T) {
	abstract := strings.Repeat("We study long abstracts and what search engines show of them. ", 8)
	out := mustBuild(t, "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\n-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+abstract+"\n")
	page := out.file(t, "papers/2401.00001/index.html")
	for name, limit := range map[string]int{`<meta name="description" content="`: 160, `<meta property="og:description" content="`: 300} {
		_, rest, ok := strings.Cut(page, name)
		desc, _, _ := strings.Cut(rest, `"`)
		if n := len([]rune(desc)); !ok || n > limit || n < limit-70 || !strings.HasSuffix(desc, "…") {
			t.Errorf("%s…: %d runes, want at most %d, cut at a word: %q", name, n, limit, desc)
		}
	}
}

// TestDayImage: a day's page, shared, shows the figure of its
// highest-ranked paper that has one a preview shows (the day file's
// order first; not an SVG), with that paper's alt text; a day none of
// whose papers has a figure shows site.yaml's image.
func TestDayImage(t *testing.T) {
	out := mustBuild(t, `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
image: https://example.org/card.png
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
upvotes: 50
---
x
-- content/papers/b.md --
---
title: B
arxiv: "2401.00002"
date: 2024-01-01
upvotes: 30
image: https://example.org/b.png
image_alt: B's figure
---
y
-- content/papers/c.md --
---
title: C
arxiv: "2401.00003"
date: 2024-01-01
upvotes: 10
image: figures/c.svg
---
z
-- content/papers/figures/c.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"/>
-- content/papers/d.md --
---
title: D
arxiv: "2401.00004"
date: 2024-01-02
---
w
-- content/days/2024-01-03.md --
---
papers: ["2401.00003", "2401.00002"]
---
`)
	out.contains(t, "days/2024-01-01/index.html", `<meta property="og:image" content="https://example.org/b.png">`,
		`<meta property="og:image:alt" content="B&#39;s figure">`, `<meta name="twitter:card" content="summary_large_image">`)
	out.contains(t, "days/2024-01-03/index.html", `<meta property="og:image" content="https://example.org/b.png">`,
		`<meta property="og:image:alt" content="B&#39;s figure">`)
	out.lacks(t, "days/2024-01-03/index.html", `content="https://example.org/repo/papers/figures/c.svg"`)
	out.contains(t, "days/2024-01-02/index.html", `<meta property="og:image" content="https://example.org/card.png">`)
	out.lacks(t, "days/2024-01-02/index.html", "og:image:width")
}

// TestSVGShareImage: an SVG as image: (a paper's figure, a page's,
// site.yaml's), which X, Facebook, LinkedIn and Slack do not show in a
// link's preview, is shown on its page but not shared: the page shares
// site.yaml's image in its place, or none (a small card), and check
// notes it at its line, saying what to export.
func TestSVGShareImage(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/
image: https://cdn.example.org/card.png
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
image: figures/loss.SVG
image_alt: Loss curves
---
x
-- content/papers/figures/loss.SVG --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300"/>
-- content/pages/team.md --
---
title: Team
image: https://example.org/team.svg?v=2
---
Who we are.
`
	out := mustBuild(t, site)
	for _, page := range []string{"papers/2401.00001/index.html", "days/2024-01-01/index.html", "team/index.html"} {
		out.contains(t, page, `<meta property="og:image" content="https://cdn.example.org/card.png">`, `<meta name="twitter:card" content="summary_large_image">`)
		out.lacks(t, page, `og:image" content="https://example.org/figures/loss.SVG`, `og:image" content="https://example.org/team.svg`)
	}
	out.contains(t, "papers/2401.00001/index.html", `<img src="/papers/figures/loss.SVG" alt="Loss curves"`)

	const unseen = "is an SVG, which X, Facebook, LinkedIn and Slack do not show in a shared link's preview"
	const export = "export it as PNG or JPEG (about 1200 × 630 pixels suits every network)"
	notes := shareNotes(t, site)
	for _, want := range []string{
		"content/papers/a.md:5: this figure (image:) " + unseen + ": its page shows it, but a link to its page (or its day's) shares site.yaml's image: in its place; for the figure in previews, " + export + " and write that in image:",
		"content/pages/team.md:3: this page's image: " + unseen + ", so a link to it shares site.yaml's image: in its place; " + export + " and write that in image:",
	} {
		if !slices.Contains(notes, want) {
			t.Errorf("check's notes lack\n%s\nthey are:\n%s", want, strings.Join(notes, "\n"))
		}
	}

	// With an SVG for site.yaml's image too, the pages share no picture.
	svg := strings.Replace(site, "image: https://cdn.example.org/card.png", "image: https://cdn.example.org/card.svg", 1)
	out = mustBuild(t, svg)
	for _, page := range []string{"index.html", "papers/2401.00001/index.html", "team/index.html"} {
		out.lacks(t, page, "og:image")
		out.contains(t, page, `<meta name="twitter:card" content="summary">`)
	}
	notes = shareNotes(t, svg)
	for _, want := range []string{
		"content/site.yaml:3: image: " + unseen + ", so links to the site's pages show no picture; " + export + " and write that here",
		"content/papers/a.md:5: this figure (image:) " + unseen + ": its page shows it, but a link to its page (or its day's) shares no picture;",
	} {
		if !slices.ContainsFunc(notes, func(n string) bool { return strings.HasPrefix(n, want) }) {
			t.Errorf("check's notes lack\n%s\nthey are:\n%s", want, strings.Join(notes, "\n"))
		}
	}
}

// shareNotes returns check's notes of the site, each as path:line: and
// its words.
func shareNotes(t *testing.T, site string) []string {
	t.Helper()
	problems, _ := checkSite(t, site)
	var out []string
	for _, p := range problems {
		if p.Note() {
			out = append(out, fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg))
		}
	}
	return out
}

// TestThinAuthorPages: the page of an author with one paper asks search
// engines not to index it but to follow its links, keeps its own address
// as canonical, and is out of the sitemap; an author with two papers is
// indexed and in the sitemap, and so is every page but the search page.
func TestThinAuthorPages(t *testing.T) {
	out := mustBuild(t, strings.Replace(siteYAML, "example.org/", "example.org/repo/", 1)+
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace, Alan Turing]\n")+
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n"))
	const noindex = `<meta name="robots" content="noindex, follow">`
	out.contains(t, "authors/alan-turing/index.html", noindex, `<link rel="canonical" href="https://example.org/repo/authors/alan-turing/">`)
	out.contains(t, "search/index.html", noindex)
	for _, page := range []string{"authors/ada-lovelace/index.html", "authors/index.html", "papers/2401.00001/index.html", "index.html"} {
		out.lacks(t, page, `name="robots"`)
	}
	out.contains(t, "sitemap.xml", "<loc>https://example.org/repo/papers/2401.00001/</loc>", "<loc>https://example.org/repo/authors/ada-lovelace/</loc>")
	out.lacks(t, "sitemap.xml", "authors/alan-turing/", "search/")
}

// TestNoIndexBuild: a build with NoIndex (build --noindex, a preview
// deploy) asks search engines to leave out every page, those an ordinary
// build indexes and those it already leaves out alike, and its sitemap
// lists none; the same site built without it is indexed as before.
func TestNoIndexBuild(t *testing.T) {
	site := siteYAML + "topics:\n  nlp:\n    name: NLP\n  rl:\n    name: RL\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace, Alan Turing]\ntopics: [nlp]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n")
	out, err := buildSite(t, site, Options{NoIndex: true})
	if err != nil {
		t.Fatal(err)
	}
	pages := 0
	for path, data := range out {
		if !strings.HasSuffix(path, ".html") {
			continue
		}
		pages++
		if strings.Count(data, `name="robots"`) != 1 || !strings.Contains(data, `<meta name="robots" content="noindex`) {
			t.Errorf("%s: want one robots noindex meta tag", path)
		}
	}
	if pages < 10 {
		t.Fatalf("only %d pages built", pages)
	}
	out.lacks(t, "sitemap.xml", "<url>")
	indexed := mustBuild(t, site)
	indexed.lacks(t, "papers/2401.00001/index.html", `name="robots"`)
	indexed.contains(t, "sitemap.xml", "<loc>https://example.org/papers/2401.00001/</loc>")
}

// TestTLDRDescription: a paper with no abstract, only a TL;DR, is
// described by its TL;DR in its meta description and link preview, as it
// already was in its JSON-LD; one with both is described by its abstract.
func TestTLDRDescription(t *testing.T) {
	out := mustBuild(t, `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
tldr: Bounds on $\alpha$ for sparse graphs.
---
-- content/papers/b.md --
---
title: B
arxiv: "2401.00002"
date: 2024-01-01
tldr: The short version.
---
The abstract.
`)
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="Bounds on α for sparse graphs.">`,
		`<meta property="og:description" content="Bounds on α for sparse graphs.">`, `"description":"Bounds on α for sparse graphs."`)
	out.contains(t, "papers/2401.00002/index.html", `<meta name="description" content="The abstract.">`, `"description":"The abstract."`)
}

// TestDescriptionSkipsBanner: a day's intro, a page or an abstract that
// opens with an image (a banner, a photo, a teaser figure) is described
// by its first paragraph of words, not by the image's alt text, which is
// no line of citation_abstract either.
func TestDescriptionSkipsBanner(t *testing.T) {
	out := mustBuild(t, `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
[![Teaser figure](https://example.org/t.png)](https://example.org/)

We study sparse attention.
-- content/days/2024-01-01.md --
---
title: Long-context day
---
![Our lab banner](https://example.org/b.png)

Today we read one paper.
-- content/pages/team.md --
---
title: Team
---
![The team](https://example.org/p.png)

We meet on Fridays.
`)
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="We study sparse attention.">`,
		`<meta property="og:description" content="We study sparse attention.">`,
		`<meta name="citation_abstract" content="We study sparse attention.">`, `"description":"We study sparse attention."`)
	out.contains(t, "days/2024-01-01/index.html", `<meta name="description" content="Today we read one paper.">`)
	out.contains(t, "team/index.html", `<meta name="description" content="We meet on Fridays.">`,
		`<meta property="og:description" content="We meet on Fridays.">`)
}

// TestDescriptionOfList: a paper whose body is a list of key points
// alone is described by its items, on its page, in its card on the day
// and in the feeds, where it had no description at all.
func TestDescriptionOfList(t *testing.T) {
	out := mustBuild(t, `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
- **Idea:** sparse attention cuts the quadratic cost.
- **Result:** twice as fast
`)
	want := "Idea: sparse attention cuts the quadratic cost. Result: twice as fast"
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="`+want+`">`,
		`<meta property="og:description" content="`+want+`">`)
	out.contains(t, "feed.json", `"summary": "`+want+`"`)
	out.contains(t, "days/2024-01-01/index.html", `class="summary">`+want+`</p>`)
}

// TestFediverseCreator: site.yaml's fediverse: account is every page's
// fediverse:creator, which Mastodon's link previews name, and its
// profile is every page's rel="me" link, which verifies the site on it;
// a site without one has neither. An address or an account without its
// server is an error at its line with the account to write.
func TestFediverseCreator(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
fediverse: "@Ada@Sigmoid.Social"
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
x
`
	out := mustBuild(t, site)
	for _, page := range []string{"index.html", "papers/2401.00001/index.html", "topics/index.html", "search/index.html"} {
		out.contains(t, page, `<meta name="fediverse:creator" content="@Ada@sigmoid.social">`, `<link rel="me" href="https://sigmoid.social/@Ada">`)
	}
	without := mustBuild(t, strings.Replace(site, "fediverse: \"@Ada@Sigmoid.Social\"\n", "", 1))
	without.lacks(t, "index.html", "fediverse:creator", `rel="me"`)

	for _, tt := range []struct{ line, want string }{
		{`fediverse: ada@sigmoid.social`, ""},
		{`fediverse: https://sigmoid.social/@ada`, "content/site.yaml:3: fediverse \"https://sigmoid.social/@ada\" is the address of a profile; write the account, `fediverse: \"@ada@sigmoid.social\"`"},
		{`fediverse: "@ada"`, "content/site.yaml:3: fediverse \"@ada\" names no server; write the whole account, as your profile shows it: `fediverse: \"@ada@your.server\"` (e.g. @ada@mastodon.social)"},
		{`fediverse: "@ada@localhost"`, "content/site.yaml:3: fediverse \"@ada@localhost\" has no server's host name after its second @;"},
		{`fediverse: https://bsky.app/profile/ada.bsky.social`, "content/site.yaml:3: fediverse \"https://bsky.app/profile/ada.bsky.social\" is an address, not an account;"},
		{`fediverse: "Ada Lovelace"`, "content/site.yaml:3: fediverse \"Ada Lovelace\" is not an account;"},
		{`fediverse: '<a rel="me" href="https://sigmoid.social/@ada">Mastodon</a>'`, "content/site.yaml:3: fediverse is the link Mastodon gives to put on the site, which every page has from this field; write the account: `fediverse: \"@ada@sigmoid.social\"`"},
	} {
		changed := strings.Replace(site, `fediverse: "@Ada@Sigmoid.Social"`, tt.line, 1)
		_, err := buildSite(t, changed, Options{})
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)) {
			t.Errorf("%s: err = %v, want %q", tt.line, err, tt.want)
		}
	}
}

// TestPageAuthorMeta: every page but a paper's names the curator as its
// author (<meta name="author">; the site's title without author:), so a
// reader mode (Firefox's, Readability) does not take the first listed
// paper's authors for a list page's byline and cut them from their paper.
// A paper's page names no author there: its byline is the paper's.
func TestPageAuthorMeta(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/
author: Ada Curator
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
authors: [Grace Hopper, Alan Turing]
---
x
`
	out := mustBuild(t, site)
	for _, page := range []string{"index.html", "days/2024-01-01/index.html", "authors/grace-hopper/index.html", "archive/index.html", "search/index.html"} {
		out.contains(t, page, `<meta name="author" content="Ada Curator">`)
	}
	out.lacks(t, "papers/2401.00001/index.html", `name="author"`)
	untitled := mustBuild(t, strings.Replace(site, "author: Ada Curator\n", "", 1))
	untitled.contains(t, "days/2024-01-01/index.html", `<meta name="author" content="T">`)
}
