package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestPaginatedListsForSearchEngines: every page of a topic's list has the
// whole list's newest day as its sitemap lastmod, since a new paper moves
// every paper down a place, and a description of its own, as its title is;
// a topic no paper has yet is kept out of the sitemap and search results
// (a "0 papers" page is a soft 404); a paper listed again on a later day
// has that day as its lastmod, as its page now names it.
func TestPaginatedListsForSearchEngines(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\npageSize: 2\n" +
		"topics:\n  rl: {name: RL, description: Papers on reinforcement learning}\n  robotics: {name: Robotics}\n"
	for i, day := range []string{"2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06", "2025-03-07"} {
		id := "2503.0000" + string(rune('1'+i))
		site += paper(id, "title: P"+id+"\narxiv: \""+id+"\"\nauthors: [Ann Smith]\ndate: "+day+"\ntopics: [rl]\n")
	}
	site += "-- content/days/2025-03-10.md --\n---\npapers: [\"2503.00001\"]\n---\n"
	out := mustBuild(t, site)
	out.contains(t, "sitemap.xml",
		"<loc>https://example.org/papers/2503.00001/</loc><lastmod>2025-03-10</lastmod>",
		"<loc>https://example.org/topics/rl/</loc><lastmod>2025-03-07</lastmod>",
		"<loc>https://example.org/topics/rl/page/2/</loc><lastmod>2025-03-07</lastmod>",
		"<loc>https://example.org/topics/rl/page/3/</loc><lastmod>2025-03-07</lastmod>")
	out.lacks(t, "sitemap.xml", "topics/robotics/")
	out.contains(t, "topics/robotics/index.html", `<meta name="robots" content="noindex`)
	out.lacks(t, "topics/rl/index.html", "noindex")
	out.contains(t, "topics/rl/index.html", `<meta name="description" content="Papers on reinforcement learning">`)
	out.contains(t, "topics/rl/page/2/index.html", `<title>`, "<meta name=\"description\" content=\"Papers on reinforcement learning — page\u00a02\">")
	out.contains(t, "topics/rl/page/3/index.html", "<meta name=\"description\" content=\"Papers on reinforcement learning — page\u00a03\">")
}

// TestUnauthoredNote: check notes a paper without authors, which Google
// Scholar would not index, at its file; a paper with authors is let be.
func TestUnauthoredNote(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.github.io/digest/\n" +
		paper("2503.00001", "title: A\narxiv: \"2503.00001\"\ndate: 2025-03-03\n") +
		paper("2503.00002", "title: B\narxiv: \"2503.00002\"\nauthors: [Ann Smith]\ndate: 2025-03-03\n")
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.Kind+" "+p.String())
	}
	want := []string{"note content/papers/2503.00001.md:3: note: the paper has no authors:, so Google Scholar leaves its page out (it needs at least one author) and its citations name nobody; add them as the paper lists them, e.g. `authors: [Ada Lovelace, Alan Turing]`"}
	if !slices.Equal(got, want) {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPlainHTTPGitHubPages: a github.io baseURL written with http:// is a
// warning at its line with the https:// address to write, as GitHub Pages
// redirects every http:// address; another host's http:// is let be.
func TestPlainHTTPGitHubPages(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: http://lab.github.io/digest/\n" +
		paper("2503.00001", "title: A\narxiv: \"2503.00001\"\nauthors: [Ann Smith]\ndate: 2025-03-03\n")
	got := warningsOf(t, site)
	want := "content/site.yaml:2: baseURL http://lab.github.io/digest/ starts with http://, but GitHub Pages serves github.io only over HTTPS"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) || !strings.Contains(got[0], "write `baseURL: https://lab.github.io/digest/`") {
		t.Errorf("warnings = %q, want one %q…", got, want)
	}
	if got := warningsOf(t, strings.Replace(site, "lab.github.io", "lab.example.org", 1)); len(got) != 0 {
		t.Errorf("http:// on another host: warnings %q", got)
	}
}
