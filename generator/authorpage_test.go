package generator

import (
	"fmt"
	"strings"
	"testing"
)

// TestAuthorPageCoauthors: an author's page shows the topics most of
// their papers are on and their co-authors, those with the most papers
// together first (then by slug); a paper of more than 50 authors, a
// collaboration's, makes no one a co-author. Its description, for search
// results and link previews, names their newest papers.
func TestAuthorPageCoauthors(t *testing.T) {
	many := make([]string, 51)
	for i := range many {
		many[i] = fmt.Sprintf("Member %03d", i)
	}
	many[0] = "Ada Lovelace"
	site := siteYAML +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace, Zed Zhou, Bob Byron]\ntopics: [agents]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Zed Zhou, Ada Lovelace]\ntopics: [vision, agents]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: ["+strings.Join(many, ", ")+"]\n")
	out := mustBuild(t, site)
	out.contains(t, "authors/ada-lovelace/index.html",
		`<li><a class="topic" href="/topics/agents/">Agents</a></li>`, `<li><a class="topic" href="/topics/vision/">Vision</a></li>`,
		`<p class="authors">Co-authors: <span class="author"><a href="/authors/zed-zhou/" dir="auto">Zed Zhou</a>,</span> <span class="author"><a href="/authors/bob-byron/" dir="auto">Bob Byron</a></span></p>`)
	out.contains(t, "authors/ada-lovelace/index.html", `<meta name="description" content="Papers by Ada Lovelace — C · B · A">`)
	out.lacks(t, "authors/ada-lovelace/index.html", "Member 001")
	out.contains(t, "authors/member-001/index.html", "1\u00a0paper")
	out.lacks(t, "authors/member-001/index.html", "Co-authors", `class="topic"`)
}
