package generator

import (
	"strings"
	"testing"
)

// TestAuthorAliases: a spelling site.yaml's authorNames renames to
// another name keeps the address it had as an author of its own: a page
// that sends readers on (and one for each further page of its list),
// and copies of the author's feeds and BibTeX file, as a renamed topic's
// former slug does. A spelling whose address is the author's own, or
// another author's, keeps none.
func TestAuthorAliases(t *testing.T) {
	paper := func(id, author, day string) string {
		return "-- content/papers/" + id + ".md --\n---\ntitle: P" + id + "\narxiv: \"" + id + "\"\nauthors: [\"" + author + "\"]\ndate: " + day + "\n---\nx\n"
	}
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\nauthorFeeds: true\nauthorPageSize: 1\n" +
		"authorNames:\n  Jose Garcia: José García\n  JOSÉ GARCÍA: José García\n  Ada L.: Ada Lovelace\n" +
		paper("2405.15201", "Jose Garcia", "2024-05-21") + paper("2405.15202", "Jose Garcia", "2024-05-22") +
		paper("2405.15203", "José García", "2024-05-23") + paper("2405.15204", "JOSÉ GARCÍA", "2024-05-24") +
		paper("2405.15205", "Ada L.", "2024-05-25") + paper("2405.15206", "Ada Lovelace", "2024-05-26") +
		paper("2405.15207", "Ada L", "2024-05-27")
	out := mustBuild(t, site)
	out.contains(t, "authors/jose-garcia/index.html", `<meta http-equiv="refresh" content="0; url=/repo/authors/jos%C3%A9-garc%C3%ADa/">`)
	out.contains(t, "authors/jose-garcia/page/4/index.html", `<meta http-equiv="refresh" content="0; url=/repo/authors/jos%C3%A9-garc%C3%ADa/page/4/">`)
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json", "papers.bib"} {
		if got, want := out.file(t, "authors/jose-garcia/"+f), out.file(t, "authors/josé-garcía/"+f); got != want {
			t.Errorf("authors/jose-garcia/%s is not José García's", f)
		}
	}
	// JOSÉ GARCÍA's slug is José García's own; Ada L.'s, "ada-l", is the
	// author Ada L's.
	if _, ok := out["authors/jose-garcia/page/5/index.html"]; ok {
		t.Error("a page 5 of the former address, which the list has not")
	}
	if strings.Contains(out.file(t, "authors/ada-l/index.html"), "http-equiv=\"refresh\"") {
		t.Error("Ada L's page sends readers on to Ada Lovelace's")
	}
	if strings.Contains(out.file(t, "sitemap.xml"), "jose-garcia/") {
		t.Error("a former address is in the sitemap")
	}
}

// TestTeXAuthorAliases: a name a paper writes in TeX (Kurt G\"odel),
// read as the name it spells, keeps the address its spelling had before
// such names were read (authors/kurt-g-odel/) as a page that sends
// readers on, as an authorNames rename's does, with nothing for the
// curator to write; a spelling whose address is an author's own keeps
// none.
func TestTeXAuthorAliases(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\nauthorFeeds: true\n" +
		"-- content/papers/2301.00011.md --\n---\ntitle: A\narxiv: \"2301.00011\"\nauthors: ['Kurt G\\\"odel', 'Paul Erd\\H{o}s', 'J.~Smith']\ndate: 2024-05-29\n---\nx\n" +
		"-- content/papers/2301.00012.md --\n---\ntitle: B\narxiv: \"2301.00012\"\nauthors: [Kurt Gödel, J. Smith]\ndate: 2024-05-30\n---\nx\n"
	out := mustBuild(t, site)
	out.contains(t, "authors/kurt-g-odel/index.html", `<meta http-equiv="refresh" content="0; url=/authors/kurt-g%C3%B6del/">`)
	out.contains(t, "authors/paul-erd-h-o-s/index.html", `<meta http-equiv="refresh" content="0; url=/authors/paul-erd%C5%91s/">`)
	if got, want := out.file(t, "authors/kurt-g-odel/feed.xml"), out.file(t, "authors/kurt-gödel/feed.xml"); got != want {
		t.Error("authors/kurt-g-odel/feed.xml is not Kurt Gödel's")
	}
	for p := range out {
		if strings.HasPrefix(p, "authors/j-smith-") {
			t.Errorf("%s: J.~Smith's spelling slugs as J. Smith's own address, and keeps no other", p)
		}
	}
}

// TestFormerAddressFeeds: the page at a renamed topic's or author's former
// address announces the topic's or author's feeds, as its page does, on
// each page of the list and at a tag's address of a site moved here: a
// feed reader given the old address follows no refresh and found none.
// An author without feeds (authorFeeds off) and a paper's former address
// announce none.
func TestFormerAddressFeeds(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\nauthorFeeds: true\npageSize: 1\nauthorPageSize: 1\n" +
		"authorNames:\n  Fei Li: Fei-Fei Li\ntopics:\n  language-models:\n    name: Language models\n    aliases: [llm, /tags/llm/]\n" +
		"-- content/papers/2505.00001.md --\n---\ntitle: A\narxiv: \"2505.00001\"\naliases: [old-a]\nauthors: [Fei Li]\ndate: 2025-05-20\ntopics: [language-models]\n---\nx\n" +
		"-- content/papers/2505.00002.md --\n---\ntitle: B\narxiv: \"2505.00002\"\nauthors: [Fei-Fei Li]\ndate: 2025-05-21\ntopics: [llm]\n---\nx\n"
	feeds := func(title, dir string) []string {
		return []string{
			`<link rel="alternate" type="application/rss+xml" title="T — ` + title + ` (RSS)" href="https://example.org/repo/` + dir + `feed.xml">`,
			`<link rel="alternate" type="application/atom+xml" title="T — ` + title + ` (Atom)" href="https://example.org/repo/` + dir + `atom.xml">`,
			`<link rel="alternate" type="application/feed+json" title="T — ` + title + ` (JSON Feed)" href="https://example.org/repo/` + dir + `feed.json">`,
		}
	}
	out := mustBuild(t, site)
	for _, p := range []string{"topics/llm/", "topics/llm/page/2/", "tags/llm/"} {
		out.contains(t, p+"index.html", feeds("Language models", "topics/language-models/")...)
	}
	for _, p := range []string{"authors/fei-li/", "authors/fei-li/page/2/"} {
		out.contains(t, p+"index.html", feeds("Fei-Fei Li", "authors/fei-fei-li/")...)
	}
	if strings.Contains(out.file(t, "papers/old-a/index.html"), `rel="alternate"`) {
		t.Error("a paper's former address announces feeds, which a paper has not")
	}
	off := mustBuild(t, strings.Replace(site, "authorFeeds: true\n", "", 1))
	if strings.Contains(off.file(t, "authors/fei-li/index.html"), `rel="alternate"`) {
		t.Error("an author's former address announces feeds without authorFeeds")
	}
}
