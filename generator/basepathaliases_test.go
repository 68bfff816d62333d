package generator

import (
	"strings"
	"testing"
)

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

// TestBasePathTopicAndFeedAliases: a topic's former address and a
// feedAliases entry written with the site's base path are told so, as a
// page's alias is, where they were published under it twice.
func TestBasePathTopicAndFeedAliases(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/reading/\nfeedAliases:\n  - /reading/index.xml\ntopics:\n  llm:\n    aliases:\n      - /reading/tags/nlp/\n      - /reading/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\n---\nx\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/site.yaml:4: feedAliases: \"/reading/index.xml\" starts with the site's base path /reading/, which every address of the site has already: it would be at /reading/reading/index.xml; write it from the site's root: `/index.xml`",
		"content/site.yaml:8: topic \"llm\": alias \"/reading/tags/nlp/\" starts with the site's base path /reading/, which every address of the site has already: it would be at /reading/reading/tags/nlp/; write it from the site's root: `/tags/nlp/`",
		"content/site.yaml:9: topic \"llm\": alias \"/reading/\" is the site's base path, the address of its home page; remove it",
	})
}

// TestPastedAliases: an alias pasted whole from the browser is an error
// that names the alias to write: its path without the site's base path,
// which the next build takes as it is.
func TestPastedAliases(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/~group/reading/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\naliases:\n  - https://lab.example.org/~group/reading/posts/a\n  - https://lab.example.org/~other/x/\n  - https://old.example.com/Notes/A.htm\n---\nx\n" +
		"-- content/pages/about.md --\n---\ntitle: About\naliases:\n  - https://lab.example.org/~group/reading/old-about/\n  - https://lab.example.org/~group/reading/\n---\nWe are a lab.\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/pages/about.md:4: alias \"https://lab.example.org/~group/reading/old-about/\" is a whole address; an alias is a former address of the page from the site's root: write `/old-about/`",
		"content/pages/about.md:5: alias \"https://lab.example.org/~group/reading/\" is a whole address, of the site's home page, which needs no alias; remove it",
		"content/papers/a.md:7: alias \"https://lab.example.org/~group/reading/posts/a\" is a whole address; an alias is the paper's former id, or a former address from the site's root: write `/posts/a/`",
		"content/papers/a.md:8: alias \"https://lab.example.org/~other/x/\" is an address on the site's host outside the site, https://lab.example.org/~group/reading/, where no page of the site can be; remove it",
		"content/papers/a.md:9: alias \"https://old.example.com/Notes/A.htm\" is a whole address; an alias is the paper's former id, or a former address from the site's root: write `/Notes/A.htm`",
	})
	fixed := strings.NewReplacer("https://lab.example.org/~group/reading/posts/a", "/posts/a/", "  - https://lab.example.org/~other/x/\n", "", "https://old.example.com/Notes/A.htm", "/Notes/A.htm",
		"https://lab.example.org/~group/reading/old-about/", "/old-about/", "  - https://lab.example.org/~group/reading/\n", "").Replace(site)
	b := mustBuild(t, fixed)
	b.contains(t, "posts/a/index.html", "papers/2401.00001/")
	b.contains(t, "Notes/A.htm", "papers/2401.00001/")
	b.contains(t, "old-about/index.html", "about/")
}

// TestSchemeRelativeAliases: an alias written as a whole address without
// its https: (//old.example.org/posts/x/), which starts with a / as a
// path from the site's root does, is told the path to write, as the
// address with https: is, where a page's or paper's was published at
// /old.example.org/posts/x/; so is a topic's, and a feed alias's.
func TestSchemeRelativeAliases(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\naliases:\n  - //old.example.org/posts/x/\n---\nx\n" +
		"-- content/pages/about.md --\n---\ntitle: About\naliases:\n  - //old.example.org/about-us/\n---\nWe are a lab.\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/pages/about.md:4: alias \"//old.example.org/about-us/\" is a whole address; an alias is a former address of the page from the site's root: write `/about-us/`",
		"content/papers/a.md:7: alias \"//old.example.org/posts/x/\" is a whole address; an alias is the paper's former id, or a former address from the site's root: write `/posts/x/`",
	})
	site = "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/\nfeedAliases:\n  - //old.example.org/index.xml\ntopics:\n  llm:\n    aliases:\n      - //old.example.org/tags/nlp/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\n---\nx\n"
	_, err = buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/site.yaml:4: feedAliases: \"//old.example.org/index.xml\" is a whole address; write its path from the site's root: `feedAliases: [index.xml]`",
		"content/site.yaml:8: topic \"llm\": alias \"//old.example.org/tags/nlp/\": the address /tags/nlp/ is a whole address, on the host old.example.org, written without https:; write its path from the site's root, /tags/nlp/",
	})
}

// TestBasePathAddressAdvice: on a site under a base path, the message on
// a paper's url: and a page's permalink: written with it names the alias
// without it, which the next build, that line written in its place,
// takes as it is: the advice never leads into the alias check's error.
func TestBasePathAddressAdvice(t *testing.T) {
	site := func(paperLine, pageLine string) string {
		return "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/notes/\n" +
			"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-01-01\n" + paperLine + "\n---\nx\n" +
			"-- content/pages/about.md --\n---\ntitle: About\n" + pageLine + "\n---\nWe are a lab.\n"
	}
	_, err := buildSite(t, site("url: /notes/attention/", "permalink: /notes/about-us/"), Options{})
	errorsStart(t, err, []string{
		"content/pages/about.md:3: unknown page field \"permalink\"; a page's address is its file's path below content/pages/ (about.md is /about/): keep the address permalink: gave it under `aliases:`: `aliases: [/about-us/]`, so links to it keep working (or rename the file to have the page there)",
		"content/papers/a.md:6: unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/attention/]`, so links to it keep working",
	})
	b := mustBuild(t, site("aliases: [/attention/]", "aliases: [/about-us/]"))
	b.contains(t, "attention/index.html", "papers/2401.00001/")
	b.contains(t, "about-us/index.html", "about/")
}
