package generator

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// besideSite has files beside its sources: two a paper links (one with a
// space in its name, by a relative path with a query and a fragment),
// one a day's intro links, one a page links both relatively and from the
// root, and one that nothing links.
const besideSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
arxiv: "2410.07166"
date: 2024-06-03
image: figures/chart.png
---
An abstract.

## Notes

![The chart](figures/chart.png "Figure 1") and [the data](figures/data%20set.csv?dl=1#top),
[elsewhere](https://example.org/x.png), [the team](../pages/team.jpg) and [a day](/days/2024-06-03/).
-- content/papers/figures/chart.png --
PNG chart
-- content/papers/figures/data set.csv --
a,b
-- content/papers/figures/unused.png --
PNG unused
-- content/papers/smith-2024/index.md --
---
title: B
id: smith-2024-nature
date: 2024-06-03
---
A bundle's abstract. ![Fig. 1](fig1.png)
-- content/papers/smith-2024/fig1.png --
PNG fig1
-- content/days/2024-06-03.md --
---
title: A day
---
Today: ![banner](img/banner.svg)
-- content/days/img/banner.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/pages/about.md --
---
title: About
---
![Us](team.jpg) and ![us again](/team.jpg).
-- content/pages/team.jpg --
JPG team
`

// TestBeside: a file beside the sources that a source's Markdown links
// to is published at its path below content/ (content/pages/ left out),
// and relative links to it are rewritten to that address under the base
// path, in the pages and, absolute, in the feeds; so is a paper's image:
// written as such a file's path. A file nothing links to is not
// published.
func TestBeside(t *testing.T) {
	res, err := Build(context.Background(), Options{Site: siteFS(besideSite)})
	if err != nil {
		t.Fatal(err)
	}
	out := built(filesOf(res))
	for path, want := range map[string]string{
		"papers/figures/chart.png":    "PNG chart\n",
		"papers/figures/data set.csv": "a,b\n",
		"days/img/banner.svg":         "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
		"team.jpg":                    "JPG team\n",
	} {
		if got := out.file(t, path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	if _, ok := out["papers/figures/unused.png"]; ok {
		t.Error("a file no source links to is published")
	}
	want := []string{"content/days/img/banner.svg", "content/pages/team.jpg", "content/papers/figures/chart.png", "content/papers/figures/data set.csv", "content/papers/smith-2024/fig1.png"}
	if !slices.Equal(res.Beside, want) {
		t.Errorf("Beside = %q, want %q", res.Beside, want)
	}
	out.contains(t, "papers/2410.07166/index.html",
		`<img src="/repo/papers/figures/chart.png" alt="The chart" title="Figure 1">`,
		`<a href="/repo/papers/figures/data%20set.csv?dl=1#top">the data</a>`,
		`<a href="https://example.org/x.png">elsewhere</a>`,
		`<a href="/repo/team.jpg">the team</a>`,
		`<a href="/repo/days/2024-06-03/">a day</a>`)
	out.contains(t, "days/2024-06-03/index.html", `<img src="/repo/days/img/banner.svg" alt="banner">`)
	out.contains(t, "papers/smith-2024-nature/index.html", `<img src="/repo/papers/smith-2024/fig1.png" alt="Fig. 1">`)
	out.contains(t, "about/index.html", `<img src="/repo/team.jpg" alt="Us">`, `<img src="/repo/team.jpg" alt="us again">`)
	// The figure of image: figures/chart.png.
	out.contains(t, "papers/2410.07166/index.html",
		`<meta property="og:image" content="https://example.org/repo/papers/figures/chart.png">`,
		`"image":"https://example.org/repo/papers/figures/chart.png"`,
		`<figure class="teaser"><a href="/repo/papers/figures/chart.png" rel="noopener"><img src="/repo/papers/figures/chart.png"`)
	out.contains(t, "feed.json", `"image": "https://example.org/repo/papers/figures/chart.png"`)
	out.contains(t, "atom.xml", `https://example.org/repo/papers/figures/chart.png`)
}

// TestBesideClashes: a linked file beside the sources published where the
// build writes a file, where the theme has a static file, or at a path
// that differs from another's only in letter case, is an error at it; a
// file in a folder of content/pages/ named like one the build fills is
// never published.
func TestBesideClashes(t *testing.T) {
	page := func(links string) string {
		return besideSite + "-- content/pages/more.md --\n---\ntitle: More\n---\n" + links + "\n"
	}
	for _, tt := range []struct{ site, want string }{
		{page("[x](index.html)") + "-- content/pages/index.html --\nx\n",
			"content/pages/index.html: clashes with the generated index.html (the home page); rename or remove it"},
		{page("[x](style.css)") + "-- content/pages/style.css --\nx\n",
			"content/pages/style.css: clashes with themes/default/static/style.css (built in); rename or remove it"},
		{page("[x](../papers/2410.07166/index.html)") + "-- content/papers/2410.07166/index.html --\nx\n",
			"content/papers/2410.07166/index.html: clashes with the generated papers/2410.07166/index.html (the page of the paper 2410.07166); rename or remove it"},
		{page("[x](Team.jpg)") + "-- content/pages/Team.jpg --\nx\n",
			"content/pages/team.jpg: team.jpg and content/pages/Team.jpg (published at /Team.jpg) differ only in letter case"},
		{strings.Replace(besideSite, "title: T\n", "title: T\ntheme: mine\n", 1) + "-- themes/mine/static/team.jpg --\nx\n",
			"content/pages/team.jpg: clashes with themes/mine/static/team.jpg; rename or remove it"},
	} {
		_, err := buildSite(t, tt.site, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("err = %v\nwant %q", err, tt.want)
		}
	}
	out := mustBuild(t, page("[x](papers/x.png)")+"-- content/pages/papers/x.png --\nx\n")
	if _, ok := out["papers/x.png"]; ok {
		t.Error("content/pages/papers/x.png is published in the build's papers/")
	}
}

// TestBesideCheck: check names a file beside the sources that nothing
// links to, a relative link to a file that is not there, and one to a
// source, each with what to do.
func TestBesideCheck(t *testing.T) {
	site := strings.Replace(besideSite, "![Us](team.jpg)", "![Us](team.jpg) [gone](gone.pdf) [the paper](../papers/a.md)", 1) +
		"-- content/pages/papers/x.png --\nx\n"
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"content/papers/figures/unused.png: no build reads this file: no page links to it, so it is not published; link to it from a paper's, day's or page's Markdown, relative to that .md file as an editor's preview reads it (![…](unused.png) beside it), or remove it",
		"content/pages/about.md:4: the link gone.pdf is broken: there is no content/pages/gone.pdf to publish (a relative link names a file beside the .md file, as an editor's preview reads it); fix it or remove it",
		"content/pages/about.md:4: the link ../papers/a.md names the source content/papers/a.md, which the site does not publish; link to its page, /papers/2410.07166/",
		"content/pages/papers/x.png: no build reads this file: a file in content/pages/papers/ would be published in /papers/, a folder the build fills itself, so none is",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("check does not say %q; it says:\n%s", want, all)
		}
	}
	for _, p := range problems {
		if strings.Contains(p.Path, "chart.png") || strings.Contains(p.Path, "team.jpg") || strings.Contains(p.Path, "banner.svg") {
			t.Errorf("check names a published file: %s", p)
		}
	}
}

// TestLiveBeside: in the preview, a file beside the sources that a link
// names is published as soon as it is added, and its new bytes replace
// its output when it is edited; an edit of a paper's notes that links a
// file not yet published publishes it.
func TestLiveBeside(t *testing.T) {
	dir := writeArchive(t, besideSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// A link to a file not there yet stays as written, until the file comes.
	paper := editFile(t, dir, "content/papers/a.md", "An abstract.", "An abstract. ![late](figures/late.png)")
	res, _, err := live.Build(ctx, []string{paper})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filesOf(res)["papers/2410.07166/index.html"], `src="figures/late.png"`) {
		t.Error("a link to a file that is not there is rewritten")
	}
	late := filepath.Join(dir, "content/papers/figures/late.png")
	if err := os.WriteFile(late, []byte("late 1"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _, err = live.Build(ctx, []string{late})
	if err != nil {
		t.Fatal(err)
	}
	files := filesOf(res)
	if files["papers/figures/late.png"] != "late 1" || !strings.Contains(files["papers/2410.07166/index.html"], `src="/repo/papers/figures/late.png"`) {
		t.Errorf("the added file is not published, or the link to it not rewritten: %q", files["papers/figures/late.png"])
	}
	if err := os.WriteFile(late, []byte("late 2"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _, err = live.Build(ctx, []string{late})
	if err != nil || filesOf(res)["papers/figures/late.png"] != "late 2" {
		t.Errorf("the edited file is not published again: %v", err)
	}
	// unused.png is there but unpublished: a quick rebuild cannot add it.
	editFile(t, dir, "content/papers/a.md", "An abstract.", "An abstract. ![now](figures/unused.png)")
	res, _, err = live.Build(ctx, []string{paper})
	if err != nil || filesOf(res)["papers/figures/unused.png"] != "PNG unused\n" {
		t.Errorf("a file the edited notes link is not published: %v", err)
	}
}
