package generator

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/search"
)

// organizationSite has a paper an organization lists (with its page), one
// whose organization has no page, and one with none.
const organizationSite = siteYAML + `-- content/papers/a.md --
---
title: Alpha
arxiv: "2401.00001"
date: 2024-01-01
upvotes: 5
organization: NVIDIA
organization_url: https://huggingface.co/nvidia
---
An abstract.
-- content/papers/b.md --
---
title: Beta
arxiv: "2401.00002"
date: 2024-01-01
organization: "Lab <&> Co"
---
Another abstract.
-- content/papers/c.md --
---
title: Gamma
arxiv: "2401.00003"
date: 2024-01-01
---
A third abstract.
`

// TestOrganization shows a paper's organization on its page and its card,
// named for screen readers, linked to its page on the site (which links
// out to Hugging Face); names it as the JSON-LD's sourceOrganization; and
// finds the paper by it in search.
func TestOrganization(t *testing.T) {
	out := mustBuild(t, organizationSite)
	nvidia := `<li class="organization"><span class="visually-hidden">Organization: </span><a href="/organizations/nvidia/" dir="auto">NVIDIA</a></li>`
	lab := `<li class="organization"><span class="visually-hidden">Organization: </span><a href="/organizations/lab-co/" dir="auto">Lab &lt;&amp;&gt; Co</a></li>`
	out.contains(t, "papers/2401.00001/index.html", `"sourceOrganization":{"@type":"Organization","name":"NVIDIA","url":"https://huggingface.co/nvidia"}`, `class="upvotes"`, nvidia)
	out.contains(t, "papers/2401.00002/index.html", `"sourceOrganization":{"@type":"Organization","name":"Lab \u003c\u0026\u003e Co"}`, lab)
	out.lacks(t, "papers/2401.00003/index.html", `class="organization"`, "Organization: ", "sourceOrganization")
	out.contains(t, "days/2024-01-01/index.html", nvidia, lab)

	res, err := Build(context.Background(), Options{Site: siteFS(organizationSite)})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"nvidia": 1, "lab co": 1, "organization": 0} {
		if hits, err := search.Lookup(res.Files, q); err != nil || len(hits) != want {
			t.Errorf("search %q: %d hits (%v), want %d", q, len(hits), err, want)
		}
	}
}

// TestOrganizationNames: site.yaml's organizationNames: shows a spelling
// papers have as the curator's, on the paper's page and its organization's,
// which it joins (a paper without an address too); and the curator's name
// is shown even where another spelling of the same account is on more
// papers, so imports never outvote it; a line whose
// spelling no paper has is a warning at its line, with the paper's spelling
// that differs only in case.
func TestOrganizationNames(t *testing.T) {
	org := func(name string) string {
		return "organization: " + name + "\norganization_url: https://huggingface.co/OpenGVLab\n"
	}
	site := siteYAML + "organizationNames:\n  shanghai ailab: Shanghai AI Lab\n  Shanghai Artificial Intelligence Laboratory: Shanghai AI Lab\n  SHANGHAI AILAB: Shanghai AI Lab\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"+org("Shanghai AI Lab")) +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\n"+org("shanghai ailab")) +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\n"+org("OpenGVLab")) +
		paper("d", "title: D\narxiv: \"2401.00004\"\ndate: 2024-01-04\n"+org("OpenGVLab")) +
		paper("e", "title: E\narxiv: \"2401.00005\"\ndate: 2024-01-05\n"+org("OpenGVLab")) +
		paper("f", "title: F\narxiv: \"2401.00006\"\ndate: 2024-01-06\norganization: Shanghai Artificial Intelligence Laboratory\n")
	out := mustBuild(t, site)
	out.contains(t, "organizations/opengvlab/index.html", `<h1 dir="auto">Shanghai AI Lab</h1>`, `href="/papers/2401.00006/"`)
	if _, ok := out["organizations/shanghai-artificial-intelligence-laboratory/index.html"]; ok {
		t.Error("a spelling organizationNames: renames has a page of its own")
	}
	out.contains(t, "papers/2401.00002/index.html", `"sourceOrganization":{"@type":"Organization","name":"Shanghai AI Lab"`, `dir="auto">Shanghai AI Lab</a>`)
	got := warningsOf(t, site)
	want := []string{`content/site.yaml:6: organizationNames: no paper has an organization spelt "SHANGHAI AILAB", so this line renames nobody; line 4 renames the papers' spelling "shanghai ailab" (content/papers/b.md:5) to "Shanghai AI Lab" already; remove this line`}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
