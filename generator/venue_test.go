package generator

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/search"
)

// venueSite has a journal article, a paper in a conference's proceedings
// (an inline one on its day), and an arXiv paper with only arXiv's
// free-text journal reference.
const venueSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/smith-2024-nature.md --
---
title: "Folding & Friends"
id: smith-2024-nature
authors: ["Ada Smith"]
date: 2024-05-31
published: 2024-05-29
doi: "10.1038/s41586-024-07421-0"
journal: "Nature & <Friends>"
volume: 630
issue: "8016"
pages: 123-130
---
Proteins fold.
-- content/papers/1706.03762.md --
---
title: "Attention Is All You Need"
arxiv: "1706.03762"
authors: ["Ashish Vaswani"]
date: 2024-05-31
published: 2017-06-12
journal_ref: "NeurIPS 2017"
conference: "Advances in Neural Information Processing Systems 30 (NeurIPS 2017)"
pages: 5998–6008
---
We propose the Transformer.
-- content/papers/2405.00001.md --
---
title: "Plain"
arxiv: "2405.00001"
authors: ["Bo Li"]
date: 2024-05-31
journal_ref: "Phys. Lett. B 716 (2012) 1-29"
---
A preprint.
-- content/days/2024-05-31.md --
---
papers:
  - smith-2024-nature
  - 1706.03762
  - 2405.00001
  - title: "Inline"
    id: inline-2024
    authors: ["Cy Doe"]
    conference: "ICML 2024"
    pages: e12
    abstract: Written on the day.
---
`

// TestVenue: a paper's journal: or conference: (with volume:, issue:,
// pages:) is shown on its page in place of the journal reference, named
// in Google Scholar's tags and the JSON-LD, makes its BibTeX an @article
// or @inproceedings, and finds it in search; a paper with neither stays
// a @misc with its journal reference.
func TestVenue(t *testing.T) {
	out := mustBuild(t, venueSite)
	const nature = "papers/smith-2024-nature/index.html"
	out.contains(t, nature, `<p>Published in <cite>Nature &amp; &lt;Friends&gt;</cite> 630 (8016), 123–130</p>`)
	m := metas(t, out.file(t, nature))
	for k, v := range map[string][]string{
		"citation_journal_title": {"Nature & <Friends>"}, "citation_volume": {"630"}, "citation_issue": {"8016"},
		"citation_firstpage": {"123"}, "citation_lastpage": {"130"}, "citation_conference_title": nil,
	} {
		if strings.Join(m[k], "|") != strings.Join(v, "|") {
			t.Errorf("%s: meta %s = %q, want %q", nature, k, m[k], v)
		}
	}
	var ld struct {
		IsPartOf struct {
			Type        string `json:"@type"`
			IssueNumber string
			IsPartOf    struct {
				Type         string `json:"@type"`
				VolumeNumber string
				IsPartOf     struct {
					Type string `json:"@type"`
					Name string
				}
			}
		}
		Pagination string
	}
	if err := json.Unmarshal([]byte(m["ld+json"][0]), &ld); err != nil {
		t.Fatal(err)
	}
	if p := ld.IsPartOf; p.Type != "PublicationIssue" || p.IssueNumber != "8016" || p.IsPartOf.Type != "PublicationVolume" || p.IsPartOf.VolumeNumber != "630" ||
		p.IsPartOf.IsPartOf.Type != "Periodical" || p.IsPartOf.IsPartOf.Name != "Nature & <Friends>" || ld.Pagination != "123–130" {
		t.Errorf("%s: JSON-LD isPartOf %+v, pagination %q", nature, p, ld.Pagination)
	}
	if bib := bibDownload(t, out.file(t, nature)); !strings.HasPrefix(bib, "@article{smith2024folding,\n") ||
		!strings.Contains(bib, "  journal = {Nature \\& <Friends>},\n  volume = {630},\n  number = {8016},\n  pages = {123--130},\n") ||
		!strings.Contains(bib, "  doi = {10.1038/s41586-024-07421-0},\n") {
		t.Errorf("%s: BibTeX =\n%s", nature, bib)
	}

	const neurips = "papers/1706.03762/index.html"
	out.contains(t, neurips, `<p>In <cite>Advances in Neural Information Processing Systems 30 (NeurIPS 2017)</cite>, 5998–6008</p>`)
	out.lacks(t, neurips, "<p>Published in NeurIPS 2017</p>", "citation_journal_title", `"isPartOf"`)
	m = metas(t, out.file(t, neurips))
	if got := strings.Join(m["citation_conference_title"], "|"); got != "Advances in Neural Information Processing Systems 30 (NeurIPS 2017)" {
		t.Errorf("%s: citation_conference_title = %q", neurips, got)
	}
	if bib := bibDownload(t, out.file(t, neurips)); !strings.HasPrefix(bib, "@inproceedings{vaswani2017attention,\n") ||
		!strings.Contains(bib, "  booktitle = {Advances in Neural Information Processing Systems 30 (NeurIPS 2017)},\n  pages = {5998--6008},\n") ||
		!strings.Contains(bib, "  eprint = {1706.03762},\n") || !strings.Contains(bib, "  note = {{NeurIPS} 2017},\n") {
		t.Errorf("%s: BibTeX =\n%s", neurips, bib)
	}

	out.contains(t, "papers/inline-2024/index.html", `<meta name="citation_firstpage" content="e12">`, `<p>In <cite>ICML 2024</cite>, e12</p>`, "@inproceedings{doe2024inline,")
	out.contains(t, "papers/2405.00001/index.html", "<p>Published in Phys. Lett. B 716 (2012) 1-29</p>", "@misc{li2024plain,")
	out.lacks(t, "papers/2405.00001/index.html", "<cite>", "citation_journal_title", "citation_firstpage")
	out.contains(t, "days/2024-05-31/papers.bib", "@article{smith2024folding,", "@inproceedings{vaswani2017attention,", "@misc{li2024plain,", "@inproceedings{doe2024inline,")

	res, err := Build(context.Background(), Options{Site: siteFS(venueSite)})
	if err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]int{"nature": 1, "neural information processing": 1, "icml": 1, "phys": 0} {
		if hits, err := search.Lookup(res.Files, q); err != nil || len(hits) != want {
			t.Errorf("search %q: %d hits (%v), want %d", q, len(hits), err, want)
		}
	}
}
