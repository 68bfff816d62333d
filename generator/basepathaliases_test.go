package generator

import "testing"

// TestBasePathAliases: on a site under a base path (/reading/), an alias
// of a page or a paper written with the base path in front, as the
// browser showed the old address, is an error at its line with the alias
// to write: it would be published under the base path twice, and the old
// address stay not found. The same alias on a site at its host's root is
// an address like any other.
func TestBasePathAliases(t *testing.T) {
	site := func(base string) string {
		return "-- content/site.yaml --\ntitle: T\nbaseURL: " + base + "\n" +
			"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\naliases:\n  - /reading/posts/a/\n  - /reading/papers/smith/\n---\nx\n" +
			"-- content/pages/about.md --\n---\ntitle: About\naliases:\n  - /reading/old-about/\n  - /reading/\n---\nWe are a lab.\n"
	}
	_, err := buildSite(t, site("https://lab.example.org/reading/"), Options{})
	errorsStart(t, err, []string{
		"content/pages/about.md:4: alias \"/reading/old-about/\" starts with the site's base path /reading/, which every address of the site has already: the alias would be at /reading/reading/old-about/; write it from the site's root: `/old-about/`",
		"content/pages/about.md:5: alias \"/reading/\" is the site's base path, the address of its home page, which needs no alias; remove it",
		"content/papers/a.md:7: alias \"/reading/posts/a/\" starts with the site's base path /reading/, which every address of the site has already: the alias would be at /reading/reading/posts/a/; write it from the site's root: `/posts/a/`",
		"content/papers/a.md:8: alias \"/reading/papers/smith/\" starts with the site's base path /reading/",
	})
	b := mustBuild(t, site("https://lab.example.org/"))
	b.contains(t, "reading/old-about/index.html", "about/")
	b.contains(t, "reading/posts/a/index.html", "papers/2401.00001/")
}
