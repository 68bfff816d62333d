package generator

import (
	"context"
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
