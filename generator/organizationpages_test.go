package generator

import (
	"fmt"
	"strings"
	"testing"
)

// organizationPagesSite has one organization spelt two ways, which gives
// two addresses of its page on Hugging Face, over two pages of two papers;
// one with a single paper; one spelt two ways once each; and a paper with
// none.
var organizationPagesSite = "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\npageSize: 2\n" +
	paper("a", "title: Alpha\narxiv: \"2401.00001\"\ndate: 2024-01-01\norganization: Shanghai AI Lab\norganization_url: https://huggingface.co/shanghai-ai-lab\n") +
	paper("b", "title: Beta\narxiv: \"2401.00002\"\ndate: 2024-01-02\norganization: shanghai  ai lab\norganization_url: https://huggingface.co/OpenGVLab\n") +
	paper("c", "title: Gamma\narxiv: \"2401.00003\"\ndate: 2024-01-03\nupvotes: 5\norganization: Shanghai AI-Lab\norganization_url: https://huggingface.co/shanghai-ai-lab\n") +
	paper("d", "title: Delta\narxiv: \"2401.00004\"\ndate: 2024-01-03\norganization: NVIDIA\n") +
	paper("e", "title: Epsilon\narxiv: \"2401.00005\"\ndate: 2024-01-03\norganization: Zeta Lab\n") +
	paper("f", "title: Zeta\narxiv: \"2401.00006\"\ndate: 2024-01-02\norganization: ZETA LAB\n") +
	paper("g", "title: Eta\narxiv: \"2401.00007\"\ndate: 2024-01-02\n")

// TestOrganizationPages: each organization has a page of its papers,
// newest first, as cards, paginated by pageSize, that links out to its
// Hugging Face page; names that slugify alike are one organization, shown
// as most of its papers spell it (a tie: the first in byte order) with the
// address most give; the index lists them all by name with their counts
// and the header links it; cards link the organization's page, and a
// paper's JSON-LD names the organization as its page does.
func TestOrganizationPages(t *testing.T) {
	out := mustBuild(t, organizationPagesSite)
	const lab = "organizations/shanghai-ai-lab/"
	out.contains(t, lab+"index.html",
		`<title>Shanghai AI Lab · T</title>`,
		`<meta name="description" content="Papers from Shanghai AI Lab — Gamma · Beta · Alpha">`,
		`<link rel="canonical" href="https://example.org/organizations/shanghai-ai-lab/">`,
		`<p class="kicker"><a href="/organizations/">Organizations</a></p>`,
		`<h1 dir="auto">Shanghai AI Lab</h1>`, "3\u00a0papers, newest first · page\u00a01 of\u00a02",
		`<a href="https://huggingface.co/shanghai-ai-lab" rel="noopener"><bdi>Shanghai AI Lab</bdi> on Hugging Face</a>`,
		`<a href="/organizations/shanghai-ai-lab/papers.bib" download="shanghai-ai-lab.bib">`,
		`<a href="/papers/2401.00003/"`, `<a href="/papers/2401.00002/"`,
		`<a href="/organizations/shanghai-ai-lab/page/2/" rel="next">`)
	out.lacks(t, lab+"index.html", "Alpha</a>", "noindex", `rel="alternate" type="application/rss+xml" title="T — `)
	out.contains(t, lab+"page/2/index.html", `<title>Shanghai AI Lab — page 2 · T</title>`, `<a href="/papers/2401.00001/"`)
	out.lacks(t, lab+"page/2/index.html", `<a href="/papers/2401.00003/"`)
	for _, id := range []string{"2401.00001", "2401.00002", "2401.00003"} {
		out.contains(t, lab+"papers.bib", id)
	}

	// A tie between two spellings goes to the first in byte order; a page
	// of one paper is left out of search results, as an author's is, and
	// says no order of its one paper.
	out.contains(t, "organizations/zeta-lab/index.html", `<h1 dir="auto">ZETA LAB</h1>`, "2\u00a0papers, newest first")
	out.lacks(t, "organizations/zeta-lab/index.html", "on Hugging Face")
	out.contains(t, "organizations/nvidia/index.html", `<meta name="robots" content="noindex, follow">`, "<p class=\"muted\">1\u00a0paper</p>")

	out.contains(t, "organizations/index.html", `<title>Organizations · T</title>`, `<meta name="description" content="Every organization of T">`,
		`<li><a href="/organizations/" aria-current="page">Organizations</a></li>`, "3\u00a0organizations",
		`<a href="/organizations/nvidia/" dir="auto">NVIDIA</a> <span class="muted">(1 paper)</span>`,
		`<a href="/organizations/shanghai-ai-lab/" dir="auto">Shanghai AI Lab</a> <span class="muted">(3 papers)</span>`,
		`<a href="/organizations/zeta-lab/" dir="auto">ZETA LAB</a> <span class="muted">(2 papers)</span>`)
	out.contains(t, "index.html", `<li><a href="/authors/">Authors</a></li>`, `<li><a href="/organizations/">Organizations</a></li>`, `<li><a href="/feeds/">Feeds</a></li>`)
	// Without JavaScript, the search page sends a reader to browse them too.
	out.contains(t, "search/index.html", `<noscript><p class="notice">Search needs JavaScript, which is off in this browser. Browse the <a href="/archive/">archive</a>, <a href="/topics/">topics</a>, <a href="/authors/">authors</a> or <a href="/organizations/">organizations</a> instead.</p></noscript>`)
	out.contains(t, "sitemap.xml", "<loc>https://example.org/organizations/</loc>",
		"<loc>https://example.org/organizations/shanghai-ai-lab/</loc>", "<loc>https://example.org/organizations/shanghai-ai-lab/page/2/</loc>")
	out.lacks(t, "sitemap.xml", "organizations/nvidia/")

	// Every spelling's card and paper page link the one page, by its name.
	card := `<li class="organization"><span class="visually-hidden">Organization: </span><a href="/organizations/shanghai-ai-lab/" dir="auto">Shanghai AI Lab</a></li>`
	out.contains(t, "days/2024-01-02/index.html", card)
	out.contains(t, "papers/2401.00002/index.html", card)
	out.contains(t, "papers/2401.00002/index.html", // its JSON-LD says what the page shows
		`"sourceOrganization":{"@type":"Organization","name":"Shanghai AI Lab","url":"https://huggingface.co/shanghai-ai-lab"}`)
	out.contains(t, "days/2024-01-03/index.html", card, `<a href="/organizations/nvidia/" dir="auto">NVIDIA</a>`)
	out.lacks(t, "papers/2401.00007/index.html", `class="organization"`)
}

// TestNoOrganizationPages: a site whose papers name no organization has
// no organization pages and no link to any.
func TestNoOrganizationPages(t *testing.T) {
	out := mustBuild(t, siteYAML+paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\n"))
	if _, ok := out["authors/index.html"]; !ok {
		t.Fatal("no authors index: the site did not build as expected")
	}
	for path, data := range out {
		if strings.HasPrefix(path, "organizations/") || strings.Contains(data, "organizations/") || strings.Contains(data, "Organizations") {
			t.Errorf("%s: an organization page or a link to one on a site without organizations", path)
		}
	}
}

// TestOrganizationPagesOlderTheme: a theme made before organizations had
// pages, with a header of its own that does not link them, still builds
// them from the built-in organization.html and organizations.html.
func TestOrganizationPagesOlderTheme(t *testing.T) {
	site := strings.Replace(organizationPagesSite, "pageSize: 2\n", "pageSize: 2\ntheme: old\n", 1) + `-- themes/old/templates/partials/site-header.html --
{{define "site-header"}}<header class="old-header"><a href="{{url "authors/"}}">{{T "authors"}}</a></header>{{end}}
-- themes/old/i18n/en.yaml --
authors: People
`
	out := mustBuild(t, site)
	out.contains(t, "organizations/shanghai-ai-lab/index.html", `<header class="old-header"><a href="/authors/">People</a></header>`,
		`<h1 dir="auto">Shanghai AI Lab</h1>`, `<ul class="paper-list dated">`, `<a href="/papers/2401.00003/"`)
	out.contains(t, "organizations/index.html", `<h1>Organizations</h1>`, `<a href="/organizations/nvidia/" dir="auto">NVIDIA</a>`)
}

// TestOrganizationIndexLetters: from organizationLettersMin organizations
// on (a year of Hugging Face's lists names hundreds), the index has a
// section per letter, the letters to jump to first, accents folded and
// letter case ignored ("Ångström Lab" and "alibaba" under A), names
// without a letter to file them under (Han, digits) last, under Other;
// one fewer and it is one list, without letters, in the same order.
func TestOrganizationIndexLetters(t *testing.T) {
	names := []string{"alibaba", "Ångström Lab", "清华大学", "01.AI", "NVIDIA", "nvidia research"}
	for i := len(names); i < 30; i++ {
		names = append(names, fmt.Sprintf("Lab %02d", i))
	}
	site := func(names []string) string {
		s := siteYAML
		for i, n := range names {
			s += paper(fmt.Sprintf("p%02d", i), fmt.Sprintf("title: P%d\narxiv: \"2401.%05d\"\ndate: 2024-01-01\norganization: %q\n", i, i+1, n))
		}
		return s
	}
	out := mustBuild(t, site(names))
	index := out.file(t, "organizations/index.html")
	for _, want := range []string{
		`<nav class="letter-nav" id="letters" aria-label="Organizations by letter">`,
		`<li><a href="#a">A</a></li><li><a href="#l">L</a></li><li><a href="#n">N</a></li><li><a href="#other">Other</a></li>`,
		`<h2 id="a">A</h2>`, `<h2 id="other">Other</h2>`, `<a href="#letters">Back to the letters</a>`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("organizations/index.html lacks %s", want)
		}
	}
	// Each name under its letter, in order: "alibaba" before "Ångström Lab".
	inOrder(t, index, `<h2 id="a">`, `>alibaba</a>`, `>Ångström Lab</a>`, `<h2 id="l">`, `>Lab 29</a>`,
		`<h2 id="n">`, `>NVIDIA</a>`, `>nvidia research</a>`, `<h2 id="other">`, `>01.AI</a>`, `>清华大学</a>`)

	out = mustBuild(t, site(names[:29]))
	out.lacks(t, "organizations/index.html", "letter-nav", "<h2")
	out.contains(t, "organizations/index.html", "29\u00a0organizations", `<a href="/organizations/nvidia/" dir="auto">NVIDIA</a>`)
	// The one list is in the order of the sections: 01.AI last, as under Other.
	inOrder(t, out.file(t, "organizations/index.html"), `>alibaba</a>`, `>Ångström Lab</a>`, `>Lab 28</a>`, `>NVIDIA</a>`, `>nvidia research</a>`, `>01.AI</a>`, `>清华大学</a>`)
}

// inOrder fails the test unless s holds each of want, in that order.
func inOrder(t *testing.T, s string, want ...string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(s[at:], w)
		if i < 0 {
			t.Errorf("%q not found after byte %d (or not at all)", w, at)
			return
		}
		at += i + len(w)
	}
}
