package generator

import (
	"context"
	"os"
	"strings"
	"testing"
)

// ownPagesSite is a site with pages of its own: one in both menus, one in
// the footer with a link title and a former address, one in a folder, and
// a draft.
const ownPagesSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
arxiv: "2410.07166"
date: 2024-06-03
---
x
-- content/pages/about.md --
---
title: About this digest
menu: [main, footer]
weight: 2
---
We read the papers, $\alpha$ first. See the [archive](/archive/).

## How we choose
By hand.
-- content/pages/guide/index.md --
---
title: Reading guide
linkTitle: Guide
description: How to read the digest.
menu: footer
weight: 1
aliases: [/how-to-read/]
---
Start at the [top](/).
-- content/pages/guide/setup.md --
---
title: Setting up
---
Subscribe to [a feed](/feeds/).
-- content/pages/unfinished.md --
---
title: Not yet
draft: true
menu: main
---
Soon.
`

// TestOwnPages: each page in content/pages/ is a page at its path, with
// the site's chrome, its description, a place in the sitemap and in the
// menus it asks for, its link marked current on itself, and its former
// addresses sending readers on; drafts only with -D.
func TestOwnPages(t *testing.T) {
	out := mustBuild(t, ownPagesSite)
	out.contains(t, "about/index.html",
		"<title>About this digest · T</title>",
		`<meta name="description" content="We read the papers, α first. See the archive.">`,
		`<link rel="canonical" href="https://example.org/repo/about/">`,
		`<li><a href="/repo/about/" aria-current="page">About this digest</a></li>`,
		`<h1 id="page-title">About this digest</h1>`,
		`<math display="inline"`,
		`<a href="/repo/archive/" data-url="https://example.org/repo/archive/">archive</a>`,
		`<h2 id="how-we-choose">How we choose</h2>`,
		`<a href="/repo/guide/">Guide</a> · <a href="/repo/about/" aria-current="page">About this digest</a> · Built with Paperboy`)
	out.contains(t, "guide/index.html",
		`<meta name="description" content="How to read the digest.">`,
		`<li><a href="/repo/about/">About this digest</a></li>`,
		`<a href="/repo/guide/" aria-current="page">Guide</a> · <a href="/repo/about/">About this digest</a>`)
	out.contains(t, "guide/setup/index.html", "<title>Setting up · T</title>", `<a href="/repo/feeds/" data-url="https://example.org/repo/feeds/">a feed</a>`)
	out.lacks(t, "guide/setup/index.html", `aria-current="page">`)
	out.contains(t, "index.html", `<li><a href="/repo/about/">About this digest</a></li>`, `<a href="/repo/guide/">Guide</a>`)
	out.lacks(t, "index.html", "Not yet", "unfinished")
	out.contains(t, "how-to-read/index.html", `<meta name="robots" content="noindex">`, `<meta http-equiv="refresh" content="0; url=/repo/guide/">`)
	out.contains(t, "sitemap.xml", "<loc>https://example.org/repo/about/</loc>", "<loc>https://example.org/repo/guide/setup/</loc>")
	out.lacks(t, "sitemap.xml", "how-to-read", "unfinished")
	if _, ok := out["unfinished/index.html"]; ok {
		t.Error("a draft page was built without -D")
	}

	drafts, err := buildSite(t, ownPagesSite, Options{Drafts: true})
	if err != nil {
		t.Fatal(err)
	}
	drafts.contains(t, "unfinished/index.html", "<h1 id=\"page-title\">Not yet</h1>")
	drafts.contains(t, "index.html", `<li><a href="/repo/unfinished/">Not yet</a></li>`)

}

// TestOwnPagesErrors: two pages at one address, an alias that is a page's
// address or another's alias, and a page in Hugo's place are named at
// their files.
func TestOwnPagesErrors(t *testing.T) {
	for _, tt := range []struct{ add, want string }{
		{"-- content/pages/guide.md --\n---\ntitle: G\n---\n", "content/pages/guide/index.md: this page's address /guide/ is the address of content/pages/guide.md too; remove one of the two, or rename it"},
		{"-- content/pages/Guide2.md --\n---\ntitle: G\n---\n", "content/pages/Guide2.md: this page's address would be /Guide2/, which has capital letters"},
		{"-- content/pages/x.md --\n---\ntitle: X\naliases: [about]\n---\n", `content/pages/x.md:3: alias "about" is the address of content/pages/about.md; an alias is a former address no page has now: remove it`},
		{"-- content/pages/x.md --\n---\ntitle: X\naliases: [how-to-read]\n---\n", `alias "how-to-read" is an alias of content/pages/guide/index.md:7 too; keep it on one of the two pages`},
		{"-- content/pages/papers.md --\n---\ntitle: X\n---\n", "content/pages/papers.md: this page's address would be /papers/, which is in /papers/, a folder the build fills itself"},
		{"-- content/pages/x.md --\n---\ntitle: X\n---\n{{< youtube id >}}\n", "content/pages/x.md:4: {{< youtube >}} is a Hugo shortcode"},
	} {
		if _, err := buildSite(t, ownPagesSite+tt.add, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("with %q: err = %v\nwant %q", tt.add, err, tt.want)
		}
	}
}

// TestOwnPagesCheck: check reads content/pages/ as sources, so it names
// no page as unread, names a broken link at its line in the page's file
// (one to a draft page as such), and names a Hugo page outside it with
// where it goes.
func TestOwnPagesCheck(t *testing.T) {
	site := strings.Replace(ownPagesSite, "Subscribe to [a feed](/feeds/).", "Subscribe to [a feed](/feeds/).\n\nOr [not](/fedes/), or [soon](../unfinished.md).", 1)
	dir := writeArchive(t, site+"-- content/colophon.md --\n---\ntitle: C\n---\n")
	probs, err := Check(context.Background(), Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range probs {
		got = append(got, p.String())
		if strings.HasPrefix(p.Path, "content/pages/") && p.Kind != "link" {
			t.Errorf("check names a page: %s", p)
		}
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{
		"content/pages/guide/setup.md:6: the link /fedes/ is broken: no such file fedes/index.html; fix it or remove it",
		"content/pages/guide/setup.md:6: the link ../unfinished.md is broken: the page content/pages/unfinished.md is a draft; build with --drafts to include it, or remove the link",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("check does not name the page's broken link at its line: %q\n%s", want, all)
		}
	}
	if !strings.Contains(all, "content/colophon.md: no build reads this file: pages are made only from content/papers/, content/days/ and content/pages/; a page of your own goes in content/pages/colophon.md, which is /colophon/") {
		t.Errorf("check does not say where content/colophon.md goes:\n%s", all)
	}
}

// TestPageAliasHTML: a page's alias may end in .html, as a Jekyll page's
// default address does (/about.html), as a paper's may: the page of that
// name sends readers on.
func TestPageAliasHTML(t *testing.T) {
	out := mustBuild(t, siteYAML+"-- content/pages/about.md --\n---\ntitle: About\naliases: [/about.html, /team/people.html]\n---\nUs.\n")
	out.contains(t, "about.html", `<meta http-equiv="refresh" content="0; url=/about/">`)
	out.contains(t, "team/people.html", `<meta http-equiv="refresh" content="0; url=/about/">`)
}
