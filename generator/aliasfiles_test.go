package generator

import (
	"strings"
	"testing"
)

// TestAliasFileClashes: every file an alias has the build write outside
// the folders it fills (a former address's page, the copy of a topic's
// RSS feed at index.xml in its former address, a copy of the site's feed
// at a feedAliases entry) is checked against the others, and one that
// would be written where another is, as a file or as a folder, is an
// error at the later one's line naming the other, where the build died
// writing it ("not a directory", no line) or kept one of the two.
func TestAliasFileClashes(t *testing.T) {
	site := func(yaml, paper, page string) string {
		s := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n" + yaml +
			"topics:\n  llm:\n    name: LLM\n    aliases: [/tags/llm/]\n" +
			"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-02\ntopics: [llm]\naliases: [" + paper + "]\n---\nx\n"
		if page != "" {
			s += "-- content/pages/p.md --\n---\ntitle: P\naliases: [" + page + "]\n---\nx\n"
		}
		return s
	}
	const topicFeed = "the copy of the topic llm's RSS feed that its alias /tags/llm/ keeps for the subscribers of that address (content/site.yaml:6)"
	const siteFeed = "the copy of the site's RSS feed that feedAliases: keeps (content/site.yaml:3)"
	const lost = ": a name on the disk is a file or a folder, not both, so one of the two would be lost; keep one of them"
	for _, c := range []struct{ name, site, want string }{
		{"a paper's alias at a topic alias's feed", site("", "/tags/llm/index.xml", ""),
			`content/papers/a.md:6: alias "/tags/llm/index.xml/" would write /tags/llm/index.xml/index.html, and /tags/llm/index.xml is ` + topicFeed + lost},
		{"in other letter case", site("", "/Tags/LLM/Index.xml/", ""),
			`content/papers/a.md:6: alias "/Tags/LLM/Index.xml/" would write /Tags/LLM/Index.xml/index.html, and /tags/llm/index.xml is ` + topicFeed + lost},
		{"a page's alias in a feedAliases copy", site("feedAliases: [index.xml]\n", "2401.00009", "/index.xml/"),
			`content/pages/p.md:3: its alias /index.xml/ would write /index.xml/index.html, and /index.xml is ` + siteFeed + lost},
		{"a paper's alias below a feedAliases copy", site("feedAliases: [blog.xml]\n", "/blog.xml/x/", ""),
			`content/papers/a.md:6: alias "/blog.xml/x/" would write /blog.xml/x/index.html, and /blog.xml is ` + siteFeed + lost},
		// An entry in the folder of a topic's alias is a copy of the
		// topic's feed, which the alias keeps at index.xml already.
		{"a topic's alias at a feedAliases copy", strings.Replace(site("feedAliases: [blog/index.xml]\n", "2401.00009", ""), "[/tags/llm/]", "[/blog/]", 1),
			`content/site.yaml:3: feedAliases: "blog/index.xml" is kept already: the alias /blog/ of the topic llm keeps a copy of its RSS feed there, at index.xml, Hugo's name for a tag's feed; leave it out`},
		{"a page's alias at a topic's feedAliases copy", site("feedAliases: [tags/llm/atom.xml]\n", "2401.00009", "/tags/llm/atom.xml/"),
			`content/pages/p.md:3: its alias /tags/llm/atom.xml/ would write /tags/llm/atom.xml/index.html, and /tags/llm/atom.xml is the copy of the topic llm's RSS feed that feedAliases: keeps (content/site.yaml:3)` + lost},
		{"a topic's alias inside another's feed", strings.Replace(site("", "2401.00009", ""), "[/tags/llm/]", "\n      - /tags/llm/\n      - /tags/llm/index.xml/", 1),
			`content/site.yaml:8: topic "llm": alias /tags/llm/index.xml/ would write /tags/llm/index.xml/index.html, and /tags/llm/index.xml is ` +
				strings.Replace(topicFeed, "site.yaml:6", "site.yaml:7", 1) + lost},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := buildSite(t, c.site, Options{}); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v\nwant %q", err, c.want)
			}
		})
	}
	// The addresses beside each other are fine: /tags/llm/ keeps its page
	// and feed, a paper /tags/llm.html, a page /blog/ beside blog.xml.
	if _, err := buildSite(t, site("feedAliases: [blog.xml]\n", "/tags/llm.html", "/blog/"), Options{}); err != nil {
		t.Errorf("aliases beside each other: %v", err)
	}
}
