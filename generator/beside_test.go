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
[elsewhere](https://example.org/x.png), [the team](../pages/team.jpg) and [a day](/days/2024-06-03/);
[the bundle](smith-2024/), [its notes](smith-2024/index.md#notes) and [the day's file](../days/2024-06-03.md).
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
image: team.jpg
image_alt: The three of us
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
		`<img src="/repo/papers/figures/chart.png" alt="The chart" title="Figure 1" loading="lazy" decoding="async">`,
		`<a href="/repo/papers/figures/data%20set.csv?dl=1#top" data-url="https://example.org/repo/papers/figures/data%20set.csv?dl=1#top">the data</a>`,
		`<a href="https://example.org/x.png">elsewhere</a>`,
		`<a href="/repo/team.jpg" data-url="https://example.org/repo/team.jpg">the team</a>`,
		`<a href="/repo/days/2024-06-03/" data-url="https://example.org/repo/days/2024-06-03/">a day</a>`,
		`<a href="/repo/papers/smith-2024-nature/" data-url="https://example.org/repo/papers/smith-2024-nature/">the bundle</a>`, `<a href="/repo/papers/smith-2024-nature/#notes" data-url="https://example.org/repo/papers/smith-2024-nature/#notes">its notes</a>`,
		`<a href="/repo/days/2024-06-03/" data-url="https://example.org/repo/days/2024-06-03/">the day's file</a>`)
	out.contains(t, "feed.json", `https://example.org/repo/papers/smith-2024-nature/#notes`)
	out.contains(t, "days/2024-06-03/index.html", `<img src="/repo/days/img/banner.svg" alt="banner" loading="lazy"`)
	out.contains(t, "papers/smith-2024-nature/index.html", `<img src="/repo/papers/smith-2024/fig1.png" alt="Fig. 1"`)
	out.contains(t, "about/index.html", `<img src="/repo/team.jpg" alt="Us"`, `<img src="/repo/team.jpg" alt="us again"`)
	// The figure of image: figures/chart.png.
	out.contains(t, "papers/2410.07166/index.html",
		`<meta property="og:image" content="https://example.org/repo/papers/figures/chart.png">`,
		`"image":"https://example.org/repo/papers/figures/chart.png"`,
		`<figure class="teaser"><a href="/repo/papers/figures/chart.png" rel="noopener"><img src="/repo/papers/figures/chart.png"`)
	out.contains(t, "feed.json", `"image": "https://example.org/repo/papers/figures/chart.png"`)
	out.contains(t, "about/index.html", `<meta property="og:image" content="https://example.org/repo/team.jpg">`,
		`<meta property="og:image:alt" content="The three of us">`, `<meta name="twitter:card" content="summary_large_image">`)
	out.contains(t, "atom.xml", `https://example.org/repo/papers/figures/chart.png`)
}

// TestBesideSrcsetAndPoster: with raw HTML kept, the files an <img
// srcset> and a <video poster> name beside the source are published and
// their addresses rewritten, as a src's are, in the page and, absolute,
// in the feeds (which had them at the paper's page's folder, where there
// are none); one that names no file is a warning at its line.
func TestBesideSrcsetAndPoster(t *testing.T) {
	site := strings.Replace(besideSite, "title: T\n", "title: T\nunsafeHTML: true\n", 1)
	site = strings.Replace(site, "An abstract.\n", "An abstract.\n\n"+
		`<img src="figures/chart.png" srcset="figures/chart.png 1x,figures/chart@2x.png  2x" alt="Chart">`+"\n\n"+
		`<video src="figures/chart.png" poster="figures/poster.png"></video>`+"\n", 1) +
		"-- content/papers/figures/chart@2x.png --\nPNG chart 2x\n-- content/papers/figures/poster.png --\nPNG poster\n"
	out := mustBuild(t, site)
	for path, want := range map[string]string{"papers/figures/chart@2x.png": "PNG chart 2x\n", "papers/figures/poster.png": "PNG poster\n"} {
		if got := out.file(t, path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	out.contains(t, "papers/2410.07166/index.html",
		`srcset="/repo/papers/figures/chart.png 1x, /repo/papers/figures/chart@2x.png 2x"`, `poster="/repo/papers/figures/poster.png"`)
	out.contains(t, "feed.json", `https://example.org/repo/papers/figures/chart@2x.png 2x`, `poster=\"https://example.org/repo/papers/figures/poster.png\"`)
	broken := strings.Replace(site, "chart@2x.png  2x", "chart@3x.png 3x", 1)
	broken = strings.Replace(broken, `poster="figures/poster.png"`, `poster="figures/still.png"`, 1)
	const missing = " (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there"
	want := []string{
		"content/papers/a.md:9: the link figures/chart@3x.png is broken: there is no content/papers/figures/chart@3x.png, but there is content/papers/figures/chart@2x.png; fix the link or put the file there",
		"content/papers/a.md:11: the link figures/still.png is broken: there is no content/papers/figures/still.png" + missing,
	}
	if got := linkWarnings(t, broken, Options{}); !slices.Equal(got, want) {
		t.Errorf("link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// withPage is besideSite with a page of its own that holds links.
func withPage(t *testing.T, links string) string {
	t.Helper()
	return besideSite + "-- content/pages/more.md --\n---\ntitle: More\n---\n" + links + "\n"
}

// TestBesideClashes: a linked file beside the sources published where the
// build writes a file, where the theme has a static file, or at a path
// that differs from another's only in letter case, is an error at it; a
// file in a folder of content/pages/ named like one the build fills is
// never published.
func TestBesideClashes(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ site, want string }{
		{withPage(t, "[x](index.html)") + "-- content/pages/index.html --\nx\n",
			"content/pages/index.html: clashes with the generated index.html (the home page); rename or remove it"},
		{withPage(t, "[x](style.css)") + "-- content/pages/style.css --\nx\n",
			"content/pages/style.css: clashes with themes/default/static/style.css (built in); rename or remove it"},
		{withPage(t, "[x](../papers/2410.07166/index.html)") + "-- content/papers/2410.07166/index.html --\nx\n",
			"content/papers/2410.07166/index.html: clashes with the generated papers/2410.07166/index.html (the page of the paper 2410.07166); rename or remove it"},
		{withPage(t, "[x](Team.jpg)") + "-- content/pages/Team.jpg --\nx\n",
			"content/pages/team.jpg: team.jpg and content/pages/Team.jpg (published at /Team.jpg) differ only in letter case"},
		{strings.Replace(besideSite, "title: T\n", "title: T\ntheme: mine\n", 1) + "-- themes/mine/static/team.jpg --\nx\n",
			"content/pages/team.jpg: clashes with themes/mine/static/team.jpg; rename or remove it"},
	} {
		_, err := buildSite(t, tt.site, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("err = %v\nwant %q", err, tt.want)
		}
	}
	out := mustBuild(t, withPage(t, "[x](papers/x.png)")+"-- content/pages/papers/x.png --\nx\n")
	if _, ok := out["papers/x.png"]; ok {
		t.Error("content/pages/papers/x.png is published in the build's papers/")
	}
}

// TestBesideConflict: a file beside the sources that git left a merge
// conflict in (a day's SVG, a paper's .csv, a page's notes without an
// extension) is an error at its marker's line, as a theme's static file
// is, and none is published; one whose bytes are no text is not read for
// markers.
func TestBesideConflict(t *testing.T) {
	t.Parallel()
	const conflict = ": an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here;"
	site := strings.NewReplacer(
		"<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<<<<<<< HEAD\n<rect/>\n=======\n<circle/>\n>>>>>>> bob\n</svg>\n",
		"a,b\n", "a,b\n<<<<<<< HEAD\n1,2\n=======\n1,3\n>>>>>>> bob\n",
		"![Us](team.jpg)", "![Us](team.jpg) [notes](NOTES)",
		"PNG fig1\n", "\x89PNG\n<<<<<<< \xff\n",
	).Replace(besideSite) + "-- content/pages/NOTES --\nx\n>>>>>>> bob\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{"content/days/img/banner.svg:2" + conflict, "content/pages/NOTES:2" + conflict, "content/papers/figures/data set.csv:2" + conflict})
}

// TestBesideCheck: check names a file beside the sources that nothing
// links to, with the Markdown that would (a link for a PDF, the name in
// <> when it has a space) and the _ that keeps it unnamed; and each broken
// relative link at its line, with why: a file that is not there, a source,
// a folder, a skipped name, another letter case, a place outside the
// published folders. A file only a draft links to is not named, nor is a
// Markdown link that was rewritten when raw HTML writes the same address.
func TestBesideCheck(t *testing.T) {
	site := strings.Replace(besideSite, "title: T\n", "title: T\nunsafeHTML: true\n", 1)
	site = strings.Replace(site, "![Us](team.jpg)", "![Us](team.jpg) [gone](gone.pdf) [the paper](../papers/a.md) [the draft](../papers/d.md)\n"+
		"[folder](../papers/figures/) [hidden](_private.png) [case](Team.JPG) [config](../site.yaml) ![sp](<no such.png>)\n"+
		`<img src="team.jpg" alt="raw">`, 1) +
		"-- content/pages/papers/x.png --\nx\n-- content/papers/notes on a.pdf --\nx\n-- content/pages/_private.png --\nx\n" +
		"-- content/papers/d.md --\n---\ntitle: D\nid: d\ndate: 2024-06-03\ndraft: true\n---\n![embargoed](figures/draft.png)\n" +
		"-- content/papers/figures/draft.png --\nx\n"
	problems, got := checkSite(t, site)
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"content/papers/figures/unused.png: no build reads this file: no paper, day or page links to it, so it is not published; link to it from a paper's, day's or page's Markdown, " +
			"relative to that .md file as an editor's preview reads it (![…](unused.png) beside it), or, to keep it here unpublished without this note, start its name with _ (_unused.png)",
		"content/papers/notes on a.pdf: no build reads this file: no paper, day or page links to it, so it is not published; link to it from a paper's, day's or page's Markdown, " +
			"relative to that .md file as an editor's preview reads it ([…](<notes on a.pdf>) beside it)",
		"content/pages/about.md:6: the link gone.pdf is broken: there is no content/pages/gone.pdf (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there",
		"content/pages/about.md:6: the link ../papers/d.md is broken: the paper d (content/papers/d.md) is a draft; build with --drafts to include it, or remove the link",
		"content/pages/about.md:7: the link ../papers/figures/ is broken: it names the folder content/papers/figures; link to a file in it",
		"content/pages/about.md:7: the link _private.png is broken: it names content/pages/_private.png, and a file whose name, or a folder's, starts with _ or . is never published; rename it",
		"content/pages/about.md:7: the link Team.JPG is broken: there is no content/pages/Team.JPG, only content/pages/team.jpg: letter case counts on the site",
		"content/pages/about.md:7: the link ../site.yaml is broken: it names content/site.yaml, and only files below content/papers/, content/days/ and content/pages/ are published",
		"content/pages/about.md:7: the link no such.png is broken: there is no content/pages/no such.png",
		"content/pages/papers/x.png: no build reads this file: a file in content/pages/papers/ would be published in /papers/, a folder the build fills itself, so none is",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("check does not say %q; it says:\n%s", want, all)
		}
	}
	for _, p := range problems {
		if strings.Contains(p.Path, "chart.png") || strings.Contains(p.Path, "team.jpg") || strings.Contains(p.Path, "banner.svg") || strings.Contains(p.Path, "draft.png") {
			t.Errorf("check names a file a source links to: %s", p)
		}
		if strings.Contains(p.Msg, "link team.jpg") && p.Path != "about/index.html" {
			t.Errorf("the raw HTML's broken link is put on the Markdown one that works: %s", p)
		}
	}
}

// TestBesideUnpublished: a file linked only from a draft, a paper taken
// off its day, a day without papers or a draft page is not published
// (with --drafts, the drafts' files are); a file whose name a Mac saved
// decomposed is found by the name as typed and published in NFC; a
// symbolic link to a file inside content/ is followed; a name Windows
// cannot hold is an error; a Git LFS pointer is published with a warning.
func TestBesideUnpublished(t *testing.T) {
	site := besideSite + `
-- content/papers/d.md --
---
title: D
id: d
date: 2024-06-03
draft: true
---
![embargoed](figures/draft.png)
-- content/papers/gone.md --
---
title: Gone
id: gone
date: 2024-06-04
---
![off](figures/removed.png)
-- content/days/2024-06-04.md --
---
removed: [gone]
---
![empty](img/empty.png)
-- content/pages/secret.md --
---
title: Secret
draft: true
---
![draft page](secret.png)
-- content/papers/figures/draft.png --
x
-- content/papers/figures/removed.png --
x
-- content/days/img/empty.png --
x
-- content/pages/secret.png --
x
`
	out := mustBuild(t, site)
	for _, p := range []string{"papers/figures/draft.png", "papers/figures/removed.png", "days/img/empty.png", "secret.png"} {
		if _, ok := out[p]; ok {
			t.Errorf("%s is published, though only an unpublished source links to it", p)
		}
	}
	drafts, err := buildSite(t, site, Options{Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"papers/figures/draft.png", "secret.png"} {
		if _, ok := drafts[p]; !ok {
			t.Errorf("%s is not published with --drafts", p)
		}
	}

	dir := writeArchive(t, strings.Replace(besideSite, "![The chart](figures/chart.png", "![Café](figures/café.png) ![The chart](figures/chart.png", 1)+
		"-- content/papers/figures/lfs.png --\nversion https://git-lfs.github.com/spec/v1\noid sha256:0\nsize 9\n")
	if err := os.WriteFile(filepath.Join(dir, "content/papers/figures/cafe\u0301.png"), []byte("NFD"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../figures/chart.png", filepath.Join(dir, "content/papers/smith-2024/link.png")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	editFile(t, dir, "content/papers/smith-2024/index.md", "![Fig. 1](fig1.png)", "![Fig. 1](fig1.png) ![linked](link.png) ![lfs](../figures/lfs.png)")
	res, err := Build(context.Background(), Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	files := filesOf(res)
	if files["papers/figures/caf\u00e9.png"] != "NFD" || !strings.Contains(files["papers/2410.07166/index.html"], `src="/repo/papers/figures/caf%C3%A9.png"`) {
		t.Error("a file named in NFD is not found by its NFC name, or not published in NFC")
	}
	if files["papers/smith-2024/link.png"] != "PNG chart\n" {
		t.Errorf("a symbolic link inside content/ is not published: %q", files["papers/smith-2024/link.png"])
	}
	// (Its images are text, which the image warnings name: TestImageSizes.)
	warn := slices.DeleteFunc(slices.Clone(res.Warnings), func(p Problem) bool { return p.Kind == "image" })
	if len(warn) != 1 || warn[0].Path != "content/papers/figures/lfs.png" || !strings.Contains(warn[0].Msg, "is a Git LFS pointer") {
		t.Errorf("warnings = %v, want the LFS pointer's", warn)
	}

	_, err = buildSite(t, withPage(t, "[x](con.png)")+"-- content/pages/con.png --\nx\n", Options{})
	if err == nil || !strings.Contains(err.Error(), `content/pages/con.png: the name "con.png"`) {
		t.Errorf("err = %v, want the Windows name's", err)
	}
}

// TestLiveBeside: in the preview, a file beside the sources that a link
// names is published as soon as it is added, and its new bytes replace
// its output when it is edited; an edit of a paper's notes that links a
// file not yet published publishes it.
func TestLiveBeside(t *testing.T) {
	t.Parallel()
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
	// A link to another source is its page's, though the edit is a quick one.
	editFile(t, dir, "content/papers/a.md", "An abstract.", "An abstract. [B](smith-2024/)")
	res, _, err = live.Build(ctx, []string{paper})
	if err != nil || !strings.Contains(filesOf(res)["papers/2410.07166/index.html"], `<a href="/repo/papers/smith-2024-nature/" data-url="https://example.org/repo/papers/smith-2024-nature/">B</a>`) {
		t.Errorf("a link to another source is not its page's after an edit: %v", err)
	}
	// unused.png is there but unpublished: a quick rebuild cannot add it.
	editFile(t, dir, "content/papers/a.md", "An abstract.", "An abstract. ![now](figures/unused.png)")
	res, _, err = live.Build(ctx, []string{paper})
	if err != nil || filesOf(res)["papers/figures/unused.png"] != "PNG unused\n" {
		t.Errorf("a file the edited notes link is not published: %v", err)
	}
	// A merge conflict left in a linked file is not copied over: the full
	// build it takes says where, as build and check do.
	csv := editFile(t, dir, "content/papers/figures/data set.csv", "a,b\n", "<<<<<<< HEAD\na,b\n=======\na,c\n>>>>>>> bob\n")
	if _, _, err := live.Build(ctx, []string{csv}); err == nil || !strings.Contains(err.Error(), "content/papers/figures/data set.csv:1: an unresolved merge conflict") {
		t.Errorf("a linked file with a merge conflict: %v, want the conflict at its line", err)
	}
}
