package generator

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

const structuredSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
pageSize: 2
-- content/papers/a.md --
---
title: A
arxiv: "2503.00001"
authors: ["Ann Smith", "ATLAS Collaboration"]
date: 2025-03-03
upvotes: 10
topics: [RL]
organization: R&D </script> Lab
organization_url: https://huggingface.co/rdlab
---
x
-- content/papers/b.md --
---
title: B
arxiv: "2503.00002"
authors: ["Ann Smith"]
date: 2025-03-03
upvotes: 30
topics: [RL]
---
y
-- content/papers/c.md --
---
title: C
arxiv: "2503.00003"
authors: ["Bob Jones"]
date: 2025-03-03
upvotes: 20
topics: [RL]
---
z
`

// ldThing is what the tests read of a schema.org JSON-LD script of a
// list page.
type ldThing struct {
	Context  string `json:"@context"`
	Type     string `json:"@type"`
	Elements []struct {
		Type     string `json:"@type"`
		Position int    `json:"position"`
		Name     string `json:"name"`
		Item     string `json:"item"`
		URL      string `json:"url"`
	} `json:"itemListElement"`
	MainEntity *struct {
		Type   string   `json:"@type"`
		Name   string   `json:"name"`
		URL    string   `json:"url"`
		SameAs []string `json:"sameAs"`
	} `json:"mainEntity"`
}

// ldSummary parses a page's JSON-LD scripts and writes each on a line of
// what it says (its type, then its items or its main entity), failing on
// what Google's documentation requires and it lacks.
func ldSummary(t *testing.T, page string) string {
	t.Helper()
	var lines []string
	for _, s := range metas(t, page)["ld+json"] {
		if strings.Contains(s, "</script") {
			t.Errorf("JSON-LD can close its script element: %s", s)
		}
		var ld ldThing
		if err := json.Unmarshal([]byte(s), &ld); err != nil {
			t.Fatalf("JSON-LD is not JSON: %v\n%s", err, s)
		}
		if ld.Context != "https://schema.org" {
			t.Errorf("%s: @context = %q, want https://schema.org", ld.Type, ld.Context)
		}
		line := ld.Type + ":"
		for i, e := range ld.Elements {
			if e.Type != "ListItem" || e.Position != ld.Elements[0].Position+i {
				t.Errorf("%s: element %d is a %q at position %d", ld.Type, i, e.Type, e.Position)
			}
			line += fmt.Sprintf(" %d %s", e.Position, strings.TrimSpace(e.Name+" "+e.Item+e.URL))
		}
		if m := ld.MainEntity; m != nil {
			line += fmt.Sprintf(" %s %q %s %v", m.Type, m.Name, m.URL, m.SameAs)
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

// TestListStructuredData: the pages of lists describe themselves to a
// search engine in schema.org JSON-LD, as a paper's page does: a list of
// papers is an ItemList of their pages in its order, numbered on across
// a topic's pages; an author's and an organization's page a ProfilePage;
// and a page whose kicker links the page above it has that trail as a
// BreadcrumbList (a day's two, through its week and its month). Other
// pages have none, and a paper's page its ScholarlyArticle alone.
func TestListStructuredData(t *testing.T) {
	out := mustBuild(t, structuredSite)
	const u = "https://example.org/repo/"
	ranked := "ItemList: 1 " + u + "papers/2503.00002/ 2 " + u + "papers/2503.00003/ 3 " + u + "papers/2503.00001/"
	for _, tt := range []struct{ page, want string }{
		{"days/2025-03-03/index.html", ranked + "\n" +
			"BreadcrumbList: 1 Week\u00a010 " + u + "weeks/2025-W10/ 2 Monday, March\u00a03, 2025\n" +
			"BreadcrumbList: 1 March 2025 " + u + "months/2025-03/ 2 Monday, March\u00a03, 2025"},
		{"weeks/2025-W10/index.html", ranked},
		{"months/2025-03/index.html", ranked},
		{"topics/rl/index.html", "ItemList: 1 " + u + "papers/2503.00002/ 2 " + u + "papers/2503.00003/\n" +
			"BreadcrumbList: 1 Topics " + u + "topics/ 2 RL"},
		{"topics/rl/page/2/index.html", "ItemList: 3 " + u + "papers/2503.00001/\n" +
			"BreadcrumbList: 1 Topics " + u + "topics/ 2 RL — page\u00a02"},
		{"authors/ann-smith/index.html", `ProfilePage: Person "Ann Smith" ` + u + "authors/ann-smith/ []\n" +
			"BreadcrumbList: 1 Authors " + u + "authors/ 2 Ann Smith"},
		{"authors/atlas-collaboration/index.html", `ProfilePage: Organization "ATLAS Collaboration" ` + u + "authors/atlas-collaboration/ []\n" +
			"BreadcrumbList: 1 Authors " + u + "authors/ 2 ATLAS Collaboration"},
		{"organizations/rdlab/index.html", `ProfilePage: Organization "R&D </script> Lab" ` + u + "organizations/rdlab/ [https://huggingface.co/rdlab]\n" +
			"BreadcrumbList: 1 Organizations " + u + "organizations/ 2 R&D </script> Lab"},
		{"index.html", ""},
		{"topics/index.html", ""},
		{"papers/2503.00001/index.html", "ScholarlyArticle:"},
	} {
		if got := ldSummary(t, out.file(t, tt.page)); got != tt.want {
			t.Errorf("JSON-LD of %s:\n%s\nwant\n%s", tt.page, got, tt.want)
		}
	}
}
