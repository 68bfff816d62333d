package generator

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// linksSite has a paper, a day with an intro and an inline paper, a page
// and a draft, whose Markdown links to files of the site that are there
// (and to other sites, a fragment, and a page by its address relative to
// the page's, which leaves content/): what the
// build warns of is what a test adds to it.
const linksSite = `
-- README.md --
# The lab's digest
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
arxiv: "2410.07166"
date: 2024-06-03
---
An abstract with ![the chart](figures/chart.png).

## Notes

[B](b.md), [the day](/days/2024-06-03/), [the feed](/feed.xml), [search](/search/),
[elsewhere](https://example.org/x.png), [mail](mailto:a@example.org), [results](#results)
and [the day's page](../../days/2024-06-03/).
-- content/papers/b.md --
---
title: B
arxiv: "2106.09685"
date: 2024-06-03
---
An abstract.
-- content/papers/d.md --
---
title: D
id: d
date: 2024-06-03
draft: true
---
A draft's [link](nowhere.pdf) is not on the site.
-- content/papers/figures/chart.png --
PNG chart
-- content/days/2024-06-03.md --
---
title: A day
papers:
  - 2410.07166
  - title: Inline
    id: inline-1
    authors: [Ada Lovelace]
    abstract: An inline abstract.
---
Today's intro.
-- content/pages/about.md --
---
title: About
---
About [A](/papers/2410.07166/).
`

// withLinks is linksSite with each edit ("old", "new") made.
func withLinks(t *testing.T, edits ...string) string {
	t.Helper()
	site := linksSite
	for i := 0; i < len(edits); i += 2 {
		if !strings.Contains(site, edits[i]) {
			t.Fatalf("linksSite has no %q", edits[i])
		}
		site = strings.Replace(site, edits[i], edits[i+1], 1)
	}
	return site
}

// linkWarnings builds the archive and returns the build's warnings about
// links, as it prints them.
func linkWarnings(t *testing.T, archive string, opts Options) []string {
	t.Helper()
	opts.Site = siteFS(archive)
	res, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	return linkWarningsOf(res)
}

// linkWarningsOf returns the warnings of res about links, as the build
// prints them.
func linkWarningsOf(res *Result) []string {
	var out []string
	for _, p := range res.Warnings {
		if p.Kind == "link" {
			out = append(out, p.String())
		}
	}
	return out
}

// TestBuildWarnsBrokenLinks: the build warns, at its path and line, of
// each link of a paper's, a day's or a page's Markdown (an inline paper's
// abstract too) to a file beside the sources that is not there, to
// another source that is not, to a draft's page, and to a path from the
// site's root that has no page, in check's words; a build streamed to
// disk (lean) as well; so is a relative link that leaves content/ and
// names no file from its page either: one into the output folder or a
// theme's static/ is told the link from the root to write. Links that
// work (relative to the page's address too), to other sites or to a
// fragment, and those of a draft, get none.
func TestBuildWarnsBrokenLinks(t *testing.T) {
	t.Parallel()
	const missing = " (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there"
	if got := linkWarnings(t, linksSite, Options{}); len(got) != 0 {
		t.Errorf("warnings of links that work, or are check's to report:\n%s", strings.Join(got, "\n"))
	}
	for _, tt := range []struct {
		name  string
		edits []string
		want  string
	}{
		{"a missing image", []string{"![the chart](figures/chart.png)", "![the chart](figures/chat.png)"},
			"content/papers/a.md:6: the link figures/chat.png is broken: there is no content/papers/figures/chat.png, but there is content/papers/figures/chart.png; fix the link or put the file there"},
		{"a missing image far from any", []string{"![the chart](figures/chart.png)", "![the chart](figures/plot.png)"},
			"content/papers/a.md:6: the link figures/plot.png is broken: there is no content/papers/figures/plot.png" + missing},
		{"a source misspelt", []string{"[B](b.md)", "[B](bb.md)"},
			"content/papers/a.md:10: the link bb.md is broken: there is no content/papers/bb.md, but there is content/papers/b.md; fix the link or put the file there"},
		{"a missing file beside the sources", []string{"[B](b.md),", "[B](b.md),\n[slides](slides.pdf),"},
			"content/papers/a.md:11: the link slides.pdf is broken: there is no content/papers/slides.pdf" + missing},
		{"a file in another letter case", []string{"[B](b.md),", "[B](b.md),\n[the chart](figures/Chart.png),"},
			"content/papers/a.md:11: the link figures/Chart.png is broken: there is no content/papers/figures/Chart.png, only content/papers/figures/chart.png: letter case counts on the site; write the name as the file has it"},
		{"an email address without mailto:", []string{"[B](b.md),", "[B](b.md),\n[write](ada@example.org),"},
			"content/papers/a.md:11: the link ada@example.org is broken: there is no content/papers/ada@example.org: ada@example.org is an email address, which a link writes with mailto: before it; write mailto:ada@example.org"},
		{"a web address without https://", []string{"[B](b.md),", "[B](b.md),\n[code](github.com/ada/digest#readme),"},
			"content/papers/a.md:11: the link github.com/ada/digest#readme is broken: there is no content/papers/github.com/ada/digest: github.com/ada/digest is a web address without its https://, which a link needs (without it, it names a file here); write https://github.com/ada/digest#readme"},
		{"a missing source", []string{"[B](b.md)", "[LoRA](../papers/2106.0968.md)"},
			"content/papers/a.md:10: the link ../papers/2106.0968.md is broken: there is no content/papers/2106.0968.md" + missing},
		{"a source without its .md", []string{"[B](b.md)", "[B](b)"},
			"content/papers/a.md:10: the link b is broken: there is no content/papers/b; a link to content/papers/b.md reaches its page: write b.md"},
		{"a source as its page's folder", []string{"[B](b.md)", "[B](../papers/b/#method)"},
			"content/papers/a.md:10: the link ../papers/b/#method is broken: there is no content/papers/b; a link to content/papers/b.md reaches its page: write ../papers/b.md#method"},
		{"a day as its page's folder", []string{"[B](b.md)", "[the day](../days/2024-06-03/)"},
			"content/papers/a.md:10: the link ../days/2024-06-03/ is broken: there is no content/days/2024-06-03; a link to content/days/2024-06-03.md reaches its page: write ../days/2024-06-03.md"},
		{"a path from the root with no page", []string{"[search](/search/)", "[see](/papers/nope/)"},
			"content/papers/a.md:10: the link /papers/nope/ is broken: no such file papers/nope/index.html; fix it or remove it"},
		{"a day the site lacks, by its .md", []string{"[B](b.md)", "[then](../days/2099-01-01.md)"},
			"content/papers/a.md:10: the link ../days/2099-01-01.md is broken: the site has no day 2099-01-01, as no paper is dated on it and no day file lists one; the nearest day it has is 2024-06-03; fix the date, or remove the link"},
		{"a day the site lacks, from the root", []string{"[search](/search/)", "[then](/days/2024-06-02/)"},
			"content/papers/a.md:10: the link /days/2024-06-02/ is broken: the site has no day 2024-06-02, as no paper is dated on it and no day file lists one; the nearest day it has is 2024-06-03; fix the date, or remove the link"},
		{"a paper's page misspelt, from the root", []string{"[search](/search/)", "[see](/papers/2410.0716/)"},
			"content/papers/a.md:10: the link /papers/2410.0716/ is broken: the site has no paper 2410.0716; did you mean 2410.07166 (/repo/papers/2410.07166/)? Fix the link, or remove it"},
		{"a path from the root to a folder the build fills", []string{"[search](/search/)", "[NLP](/topics/nlp/)"},
			"content/papers/a.md:10: the link /topics/nlp/ is broken: no such file topics/nlp/index.html; fix it or remove it"},
		{"a file below content/ that is never published", []string{"[B](b.md)", "[the settings](../site.yaml)"},
			"content/papers/a.md:10: the link ../site.yaml is broken: it names content/site.yaml, and only files below content/papers/, content/days/ and content/pages/ are published " +
				"(not in a folder of content/pages/ named like one the build fills); move the file there"},
		{"a file of the site's folder, outside content/", []string{"[B](b.md)", "[B](b.md), [the README](../../README.md)"},
			"content/papers/a.md:10: the link ../../README.md is broken: it names README.md, outside content/, and only files below content/papers/, content/days/ and content/pages/ are published; " +
				"move the file there and link it relative to this .md file, or link its address on the web"},
		{"a file of the output folder", []string{"[B](b.md)", "[B](b.md), [RSS](../../public/feed.xml#top)"},
			"content/papers/a.md:10: the link ../../public/feed.xml#top is broken: it names public/feed.xml, a file the build wrote to the site's output folder, public/, which the site publishes at /feed.xml; " +
				"link it there, from the site's root: write /feed.xml#top"},
		{"a theme's static file", []string{"title: T\n", "title: T\ntheme: mine\n", "-- content/pages/about.md --", "-- themes/mine/static/slides.pdf --\nPDF\n-- content/pages/about.md --",
			"[B](b.md)", "[B](b.md), [slides](../../themes/mine/static/slides.pdf)"},
			"content/papers/a.md:10: the link ../../themes/mine/static/slides.pdf is broken: it names themes/mine/static/slides.pdf, a static file of the theme mine, which the site publishes at /slides.pdf; " +
				"link it there, from the site's root: write /slides.pdf"},
		{"a file outside the site's folder", []string{"[B](b.md)", "[B](b.md), [notes](../../../notes.md)"},
			"content/papers/a.md:10: the link ../../../notes.md is broken: it climbs out of the site's folder, to a file no reader of the site can open; put the file beside the .md file and link it relative to it, or link its address on the web"},
		{"a day's intro", []string{"Today's intro.", "Today's intro.\n\nSee ![the banner](banner.png)."},
			"content/days/2024-06-03.md:12: the link banner.png is broken: there is no content/days/banner.png" + missing},
		{"an inline paper's abstract", []string{"abstract: An inline abstract.", "abstract: |\n      An inline abstract,\n      with [the code](code.zip)."},
			"content/days/2024-06-03.md:10: the link code.zip is broken: there is no content/days/code.zip" + missing},
		{"a page", []string{"About [A](/papers/2410.07166/).", "About [A](/papers/2410.07166/).\n\n![Us](team.jpg)"},
			"content/pages/about.md:6: the link team.jpg is broken: there is no content/pages/team.jpg" + missing},
		{"a draft's page, from a page", []string{"About [A](/papers/2410.07166/).", "About [A](/papers/2410.07166/) and [D](/papers/d/)."},
			"content/pages/about.md:4: the link /papers/d/ is broken: the paper d (content/papers/d.md) is a draft; build with --drafts to include it, or remove the link"},
		{"a draft's source", []string{"[B](b.md)", "[D](d.md)"},
			"content/papers/a.md:10: the link d.md is broken: the paper d (content/papers/d.md) is a draft; build with --drafts to include it, or remove the link"},
		{"a paper its day takes off", []string{"    abstract: An inline abstract.\n", "    abstract: An inline abstract.\nremoved: [2106.09685]\n", "[B](b.md)", "[B](b.md), [again](/papers/2106.09685/)"},
			"content/papers/a.md:10: the link b.md is broken: the paper 2106.09685 (content/papers/b.md) has no page, as no day lists it: content/days/2024-06-03.md:9 takes it off with removed:; link another page, or remove the link"},
		{"a near miss written from the page's address", []string{"[B](b.md)", "[B](b.md), [the day](../../days/2024-6-3/)"},
			"content/papers/a.md:10: the link ../../days/2024-6-3/ is broken: the site has no days/2024-6-3/, only days/2024-06-03/: a day's address writes its month and day with two digits; write /days/2024-06-03/"},
		{"a day its file empties", []string{"-- content/papers/figures/chart.png --", "-- content/papers/c.md --\n---\ntitle: C\narxiv: \"2106.00001\"\ndate: 2024-06-05\n---\nC.\n-- content/days/2024-06-05.md --\n---\nremoved: [2106.00001]\n---\n-- content/papers/figures/chart.png --", "[B](b.md)", "[B](b.md), [then](/days/2024-06-05/)"},
			"content/papers/a.md:10: the link /days/2024-06-05/ is broken: the day 2024-06-05 has no page: content/days/2024-06-05.md:2 removes all its papers (removed:); if you did not mean to empty the day, take its papers out of removed:, link another day, or remove the link"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := withLinks(t, tt.edits...)
			for _, eol := range []string{"\n", "\r\n", "\r"} {
				for _, opts := range []Options{{}, {Emit: func(model.File) error { return nil }}} {
					if got := linkWarnings(t, withLineEndings(site, eol), opts); !slices.Equal(got, []string{tt.want}) {
						t.Errorf("link warnings (%q line endings, streamed: %v) =\n%s\nwant\n%s", eol, opts.Emit != nil, strings.Join(got, "\n"), tt.want)
					}
				}
			}
		})
	}
	// A day that has no file, only papers dated on it, is linked by its
	// .md all the same, as an import brings such days.
	fileless := withLinks(t, "date: 2024-06-03\n---\nAn abstract.\n", "date: 2024-06-04\n---\nAn abstract, of [the day](../days/2024-06-04.md#top).\n")
	if got := linkWarnings(t, fileless, Options{}); len(got) != 0 {
		t.Errorf("a link to a day without a file: warnings\n%s", strings.Join(got, "\n"))
	}
	mustBuild(t, fileless).contains(t, "papers/2106.09685/index.html", `href="/repo/days/2024-06-04/#top"`)
	// With --drafts, a draft's page is there, and the draft's own broken
	// link is on the site.
	got := linkWarnings(t, withLinks(t, "[B](b.md)", "[D](d.md)"), Options{Drafts: true})
	if want := []string{"content/papers/d.md:7: the link nowhere.pdf is broken: there is no content/papers/nowhere.pdf" + missing}; !slices.Equal(got, want) {
		t.Errorf("link warnings with --drafts =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBrokenLinkFixed: a broken link's warning goes away once the file
// it names is added (a file beside the sources, a source, a page), and
// comes back when it is removed; through a Cache, as the preview builds,
// a cached parse gives its warning as a fresh one does.
func TestBrokenLinkFixed(t *testing.T) {
	site := siteFS(withLinks(t, "[B](b.md)", "[B](b.md), [slides](slides.pdf), [LoRA](lora.md), [C](/papers/2401.00001/)"))
	opts := Options{Site: site, Cache: NewCache()}
	warned := func(want ...string) {
		t.Helper()
		res, err := Build(context.Background(), opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, w := range linkWarningsOf(res) {
			_, link, _ := strings.Cut(w, ": the link ")
			link, _, _ = strings.Cut(link, " is broken")
			got = append(got, link)
		}
		if !slices.Equal(got, want) {
			t.Errorf("links warned of = %q, want %q", got, want)
		}
	}
	all := []string{"slides.pdf", "lora.md", "/papers/2401.00001/"}
	warned(all...)
	warned(all...) // from the cache
	site["content/papers/slides.pdf"] = &fstest.MapFile{Data: []byte("PDF")}
	warned(all[1:]...)
	site["content/papers/lora.md"] = &fstest.MapFile{Data: []byte("---\ntitle: LoRA\narxiv: \"2106.00001\"\ndate: 2024-06-03\n---\nAn abstract.\n")}
	warned(all[2])
	site["content/papers/c.md"] = &fstest.MapFile{Data: []byte("---\ntitle: C\narxiv: \"2401.00001\"\ndate: 2024-06-03\n---\nAn abstract.\n")}
	warned()
	delete(site, "content/papers/slides.pdf")
	warned(all[0])
}

// TestLiveBrokenLinks: the preview warns of a broken link an edit writes,
// and no more once the file it names is added.
func TestLiveBrokenLinks(t *testing.T) {
	dir := writeArchive(t, linksSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	paper := editFile(t, dir, "content/papers/a.md", "[B](b.md)", "[B](b.md), ![late](figures/late.png)")
	res, incomplete, err := live.Build(ctx, []string{paper})
	if err != nil {
		t.Fatal(err)
	}
	if incomplete {
		if res = completed(t, ctx, live); res == nil {
			t.Fatal("the full build after the quick one was not published")
		}
	}
	want := "content/papers/a.md:10: the link figures/late.png is broken: there is no content/papers/figures/late.png"
	if got := linkWarningsOf(res); !slices.ContainsFunc(got, func(w string) bool { return strings.HasPrefix(w, want) }) {
		t.Errorf("warnings =\n%s\nwant %q", strings.Join(got, "\n"), want)
	}
	late := filepath.Join(dir, "content/papers/figures/late.png")
	if err := os.WriteFile(late, []byte("late"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res, _, err = live.Build(ctx, []string{late}); err != nil {
		t.Fatal(err)
	}
	if got := linkWarningsOf(res); len(got) != 0 {
		t.Errorf("a link to the added file is still warned of:\n%s", strings.Join(got, "\n"))
	}
}

// TestCheckBrokenLinksOnce: check reports each broken link the build
// warns of once, in the build's words (a link out of content/ too), with
// those only check finds (a fragment).
func TestCheckBrokenLinksOnce(t *testing.T) {
	site := withLinks(t, "![the chart](figures/chart.png)", "![the chart](figures/chat.png)",
		"[B](b.md)", "[D](d.md), [see](/papers/nope/)",
		"[the day's page](../../days/2024-06-03/)", "[the README](../../README.md)",
		"About [A](/papers/2410.07166/).", "About [A](/papers/2410.07166/) and [D](/papers/d/).\n\n![Us](team.jpg)")
	built := linkWarnings(t, site, Options{})
	if len(built) != 6 || !slices.ContainsFunc(built, func(w string) bool {
		return strings.HasPrefix(w, "content/papers/a.md:12: the link ../../README.md is broken: it names README.md, outside content/")
	}) {
		t.Fatalf("the build warns of %d links, want 6, ../../README.md's among them:\n%s", len(built), strings.Join(built, "\n"))
	}
	_, got := checkSite(t, site)
	for _, w := range append(built,
		`content/papers/a.md:11: the link #results is broken: no element with id "results" on the page; fix it or remove it`) {
		if n := slices.Index(got, w); n < 0 || slices.Index(got[n+1:], w) >= 0 {
			t.Errorf("check reports %q %d times, want once; it says:\n%s", w, strings.Count(strings.Join(got, "\n"), w), strings.Join(got, "\n"))
		}
	}
	// The same link on another line of the same source is another problem.
	if n := strings.Count(strings.Join(got, "\n"), "the link /papers/d/ is broken") + strings.Count(strings.Join(got, "\n"), "the link d.md is broken"); n != 2 {
		t.Errorf("check reports the links to the draft %d times, want 2 (one in each source)", n)
	}
}

// TestRawHTMLBrokenLinks: with unsafeHTML, a raw tag's href or src that
// names no file is told by the build and by check at the source's line,
// in the words of a Markdown link's, not against the built page; one
// that names a file beside the sources, and a tag shown as code, are
// not. Without unsafeHTML the page drops the tags, and their links with
// them (the build warns of the HTML left out).
func TestRawHTMLBrokenLinks(t *testing.T) {
	t.Parallel()
	const missing = " (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there"
	site := withLinks(t, "title: T\n", "title: T\nunsafeHTML: true\n",
		"## Notes\n", "## Notes\n\n<a href=\"slides.pdf\">Slides</a> and <a href=\"figures/chart.png\">the chart</a>.\n\n<figure>\n  <img src=\"figures/loss.png\" alt=\"Loss\">\n</figure>\n\n`<a href=\"code.pdf\">`\n")
	want := []string{
		"content/papers/a.md:10: the link slides.pdf is broken: there is no content/papers/slides.pdf" + missing,
		"content/papers/a.md:13: the link figures/loss.png is broken: there is no content/papers/figures/loss.png" + missing,
	}
	if got := linkWarnings(t, site, Options{}); !slices.Equal(got, want) {
		t.Errorf("build's link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	_, got := checkSite(t, site)
	for _, w := range want {
		if n := slices.Index(got, w); n < 0 || slices.Index(got[n+1:], w) >= 0 {
			t.Errorf("check reports %q not once; it says:\n%s", w, strings.Join(got, "\n"))
		}
	}
	if all := strings.Join(got, "\n"); strings.Contains(all, "index.html: slides.pdf") || strings.Contains(all, "code.pdf") {
		t.Errorf("check reports a raw link against the built page, or one shown as code:\n%s", all)
	}
	if got := linkWarnings(t, strings.Replace(site, "unsafeHTML: true\n", "", 1), Options{}); len(got) != 0 {
		t.Errorf("without unsafeHTML, link warnings of dropped tags:\n%s", strings.Join(got, "\n"))
	}
}

// TestBuildWarningsSorted: the build's warnings, which build and serve
// print, are sorted by file and line, a broken link's with the others
// (the parse's of the paper's image, which is no image, comes first).
func TestBuildWarningsSorted(t *testing.T) {
	got := warningsOf(t, withLinks(t, "Today's intro.", "Today's intro with [slides](slides.pdf)."))
	var at []string
	for _, w := range got {
		path, _, _ := strings.Cut(w, ": ")
		at = append(at, path)
	}
	if want := []string{"content/days/2024-06-03.md:10", "content/papers/a.md:6"}; !slices.Equal(at, want) {
		t.Errorf("warnings are at %q, want %q:\n%s", at, want, strings.Join(got, "\n"))
	}
}

// TestCheckOwnAddress: check reports a link a note writes to the site's
// own address (copied from the published site) that names no page, at
// its line, as it does the same link written from the root.
func TestCheckOwnAddress(t *testing.T) {
	t.Parallel()
	site := withLinks(t, "[search](/search/)", "[live](https://example.org/repo/papers/2410.0716/), [ok](https://example.org/repo/papers/2106.09685/)")
	_, lines := checkSite(t, site)
	want := "content/papers/a.md:10: the link https://example.org/repo/papers/2410.0716/ is broken: no such file papers/2410.0716/index.html; fix it or remove it"
	if !slices.Contains(lines, want) || slices.ContainsFunc(lines, func(l string) bool { return strings.Contains(l, "2106.09685") }) {
		t.Errorf("check:\n%s\nwant among them\n%s", strings.Join(lines, "\n"), want)
	}
}

// TestLinkWithoutMD: a link that names a page's source without its .md
// (by the page's address, or as its HTML or PDF) is told the .md to
// write, a fragment kept; one to a paper's .pdf is told arXiv's PDF too.
func TestLinkWithoutMD(t *testing.T) {
	t.Parallel()
	b := beside{files: map[string]string{}, sources: map[string]bool{"content/papers/2405.15738.md": true, "content/papers/moai.md": true}}
	for _, tt := range []struct{ src, dest, want string }{
		{"content/papers/moai.md", "2405.15738", "write 2405.15738.md"},
		{"content/days/2024-05-27.md", "../papers/2405.15738/#method", "write ../papers/2405.15738.md#method"},
		{"content/papers/moai.md", "./2405.15738.html", "write 2405.15738.md"},
		{"content/papers/moai.md", "2405.15738.pdf", "write 2405.15738.md, or https://arxiv.org/pdf/2405.15738 for arXiv's PDF"},
		{"content/papers/2405.15738.md", "moai.pdf", "write moai.md"},
		{"content/papers/moai.md", "../days/2024-05-27", "write ../days/2024-05-27.md"},
		// arXiv's id with its version: the paper's file has none.
		{"content/papers/moai.md", "2405.15738v2.md", "write 2405.15738.md"},
		{"content/pages/about.md", "../papers/2405.15738v3", "write ../papers/2405.15738.md"},
	} {
		got := b.explain(fstest.MapFS{}, tt.src, tt.dest)
		if !strings.HasSuffix(got, tt.want) {
			t.Errorf("%s: link %s: %q, want it to end %q", tt.src, tt.dest, got, tt.want)
		}
	}
}

// TestLinkToPostPage: a link moved from a Hugo post, to another post's
// page (../bert/), names the source whose page that is, relative to the
// linking one, with its fragment.
func TestLinkToPostPage(t *testing.T) {
	t.Parallel()
	b := beside{files: map[string]string{}, sources: map[string]bool{"content/papers/bert.md": true, "content/papers/2024/elmo.md": true}}
	for _, tt := range []struct{ src, dest, want string }{
		{"content/papers/attention.md", "../bert/", "it names content/bert, which is not there; a link to content/papers/bert.md reaches its page: write bert.md"},
		{"content/papers/attention.md", "../elmo/#results", "it names content/elmo, which is not there; a link to content/papers/2024/elmo.md reaches its page: write 2024/elmo.md#results"},
		{"content/days/2024-05-27.md", "../../bert/", ""}, // it leaves content/: the page's own link
		{"content/pages/guide/setup.md", "../../bert/", "it names content/bert, which is not there; a link to content/papers/bert.md reaches its page: write ../../papers/bert.md"},
	} {
		if got := b.explain(fstest.MapFS{}, tt.src, tt.dest); tt.want == "" && got != "" || !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: link %s: %q, want %q", tt.src, tt.dest, got, tt.want)
		}
	}
}

// TestLinkToPaperElsewhere: a link that names a paper by its id, or by
// its file's name, from a folder the paper is not in is told the path
// to the paper's file, never another paper's whose name is near it in
// the link's folder; a name that is no paper's still gets the near one.
func TestLinkToPaperElsewhere(t *testing.T) {
	t.Parallel()
	b := beside{files: map[string]string{}, sources: map[string]bool{
		"content/papers/2401.00001.md": true, "content/papers/bert.md": true, "content/papers/lora.md": true,
		"content/papers/2024-05/2401.00005.md": true, "content/papers/2024-05/2401.00006.md": true,
	}}.withPapers([]*model.Paper{
		{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Source: "content/papers/2401.00001.md"},
		{ID: "1810.04805", Slug: "1810.04805", ArXiv: "1810.04805", Source: "content/papers/bert.md"},
		{ID: "hu-2021-lora", Slug: "hu-2021-lora", Source: "content/papers/lora.md"},
		{ID: "2401.00009", Slug: "2401.00009", ArXiv: "2401.00009", Source: "content/days/2024-05-27.md"}, // inline: its file is the day's
	})
	const from = "content/papers/2024-05/2401.00006.md"
	for _, tt := range []struct{ src, dest, want string }{
		{from, "2401.00001.md", "there is no content/papers/2024-05/2401.00001.md; it names the paper content/papers/2401.00001.md, and a link to it reaches its page: write ../2401.00001.md"},
		{from, "2401.00001v2.md#method", "write ../2401.00001.md#method"},
		{from, "2401.00001", "write ../2401.00001.md"},
		{from, "2401.00001.pdf", "write ../2401.00001.md, or https://arxiv.org/pdf/2401.00001 for arXiv's PDF"},
		{from, "1810.04805.md", "it names the paper content/papers/bert.md, and a link to it reaches its page: write ../bert.md"},
		{"content/papers/2401.00001.md", "1810.04805.md", "write bert.md"},
		{"content/pages/about.md", "../papers/1810.04805.md", "write ../papers/bert.md"},
		{from, "hu-2021-lora.md", "write ../lora.md"},
		{from, "bert.md", "write ../bert.md"},
		{from, "2401.00007.md", "but there is content/papers/2024-05/2401.00005.md; fix the link or put the file there"}, // no paper's id
		{from, "2401.00009.md", "but there is content/papers/2024-05/2401.00005.md; fix the link or put the file there"}, // an inline paper's
	} {
		if got := b.explain(fstest.MapFS{}, tt.src, tt.dest); !strings.HasSuffix(got, tt.want) {
			t.Errorf("%s: link %s: %q, want it to end %q", tt.src, tt.dest, got, tt.want)
		}
	}
	// The build knows the papers: its warning names the paper's file.
	got := warningsOf(t, siteYAML+
		"-- content/papers/2401.00001.md --\n---\ntitle: First\narxiv: \"2401.00001\"\nauthors: [Ada]\ndate: 2024-05-27\n---\nAbstract.\n"+
		"-- content/papers/2024-05/2401.00005.md --\n---\ntitle: Fifth\narxiv: \"2401.00005\"\nauthors: [Ada]\ndate: 2024-05-27\n---\nAbstract.\n"+
		"-- content/papers/2024-05/2401.00006.md --\n---\ntitle: Sixth\narxiv: \"2401.00006\"\nauthors: [Ada]\ndate: 2024-05-27\n---\nAbstract.\n\n## Notes\n\nAfter [the first](2401.00001.md).\n")
	want := "content/papers/2024-05/2401.00006.md:11: the link 2401.00001.md is broken: there is no content/papers/2024-05/2401.00001.md; it names the paper content/papers/2401.00001.md, and a link to it reaches its page: write ../2401.00001.md"
	if !slices.Contains(got, want) {
		t.Errorf("warnings:\n%s\nwant among them\n%s", strings.Join(got, "\n"), want)
	}
}

// TestComputerPathLinksWarn: a paper's or a day's link or image to a path
// on the curator's computer (a drive letter reads as a scheme, so no
// broken link was told) or to arXiv:<id> is a warning at its line, in
// build and check; arXiv:<id>'s advice links the paper's file from the
// source's own folder: from a day, from a paper in a folder of
// content/papers/ (where 2106.09685.md was broken), to a paper's file in
// a folder, and to content/papers/<id>.md where the site has no such file.
func TestComputerPathLinksWarn(t *testing.T) {
	t.Parallel()
	archive := siteYAML +
		"-- content/papers/2506.09600.md --\n---\ntitle: A\narxiv: \"2506.09600\"\nauthors: [Ada]\ndate: 2026-01-05\n---\nThe abstract.\n\n![Loss curve](C:\\Users\\ada\\Pictures\\loss.png)\n" +
		"-- content/papers/2026-01/2601.00002.md --\n---\ntitle: B\narxiv: \"2601.00002\"\nauthors: [Ada]\ndate: 2026-01-05\n---\nAfter [A](arXiv:2506.09600v2) and [C](arXiv:2601.00003).\n" +
		"-- content/papers/2026-01/2601.00003.md --\n---\ntitle: C\narxiv: \"2601.00003\"\nauthors: [Ada]\ndate: 2026-01-05\n---\nAn abstract.\n" +
		"-- content/days/2026-01-05.md --\n---\ntitle: Picks\n---\nWe read [LoRA](arXiv:2106.09685) and [slides](D:/lab/slides.pdf), and [B](arXiv:2601.00002).\n"
	const nowhere = " goes nowhere: arXiv: is no address a browser opens; write https://arxiv.org/abs/"
	const file = ", or, for a paper on this site, a link to its file, which links its page: "
	want := []string{
		"content/days/2026-01-05.md:4: the link to `arXiv:2106.09685`" + nowhere + "2106.09685" + file + "`[…](../papers/2106.09685.md)`",
		"content/days/2026-01-05.md:4: the link to `D:/lab/slides.pdf` is a path on your computer, which the published site cannot reach; put the file beside this .md file and link it relative to it, with / between folders: `[…](slides.pdf)`",
		"content/days/2026-01-05.md:4: the link to `arXiv:2601.00002`" + nowhere + "2601.00002" + file + "`[…](../papers/2026-01/2601.00002.md)`",
		"content/papers/2026-01/2601.00002.md:7: the link to `arXiv:2506.09600v2`" + nowhere + "2506.09600v2" + file + "`[…](../2506.09600.md)`",
		"content/papers/2026-01/2601.00002.md:7: the link to `arXiv:2601.00003`" + nowhere + "2601.00003" + file + "`[…](2601.00003.md)`",
		"content/papers/2506.09600.md:9: the image to `C:\\Users\\ada\\Pictures\\loss.png` is a path on your computer, which the published site cannot reach; put the file beside this .md file and link it relative to it, with / between folders: `![…](loss.png)`",
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("build's warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := checkProblems(t, archive, "source"); !slices.Equal(got, want) {
		t.Errorf("check's =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLinkToUnusedTheme: a link to a file that a theme folder site.yaml
// does not name has in its static/ (a Hugo site's static/ moved there
// before `theme:` is set) is told where the file is and the theme: to
// set, by the build and by check; with a theme named already, the list
// to write.
func TestLinkToUnusedTheme(t *testing.T) {
	t.Parallel()
	const file = "-- themes/mine/static/images/fig.png --\nPNG\n-- themes/lab/templates/partials/body-extra.html --\n{{define \"body-extra\"}}{{end}}\n"
	site := withLinks(t, "Today's intro.", "Today's intro.\n\n![The architecture](/images/fig.png)") + file
	want := "content/days/2024-06-03.md:12: the link /images/fig.png is broken: no such file images/fig.png, but themes/mine/static/images/fig.png has it, and no build reads themes/mine/, as content/site.yaml names no theme mine; set `theme: mine` in content/site.yaml"
	if got := linkWarnings(t, site, Options{}); !slices.Equal(got, []string{want}) {
		t.Errorf("build's link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	if _, got := checkSite(t, site); !slices.Contains(got, want) {
		t.Errorf("check:\n%s\nwant among them\n%s", strings.Join(got, "\n"), want)
	}
	lab := strings.Replace(site, "title: T\n", "title: T\ntheme: lab\n", 1)
	want = strings.Replace(want, "`theme: mine`", "`theme: [lab, mine]`", 1)
	if got := linkWarnings(t, lab, Options{}); !slices.Equal(got, []string{want}) {
		t.Errorf("with theme: lab, build's link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}
