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
