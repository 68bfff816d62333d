package generator

import (
	"encoding/json"
	stdhtml "html"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const scholarSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/attention.md --
---
title: "Attention Is All You Need"
arxiv: "1706.03762v7"
authors: ["Ashish Vaswani", "Jan van der Berg", "Łukasz Kaiser"]
date: 2024-05-31
published: 2017-06-12T17:57:34Z
primary_category: cs.CL
topics: [transformers]
code: "https://github.com/tensorflow/tensor2tensor"
---
We propose the Transformer </script><b>x</b> & more.
-- content/papers/report.md --
---
title: "A Report {with} 100% braces_"
id: my-report
authors: ["Zoë Müller"]
date: 2024-05-31
doi: "10.1000/xyz"
---
Report.
`

// metas returns the content of every <meta name|property=…> of a page, by name.
func metas(t *testing.T, page string) map[string][]string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "meta" {
			var name, content string
			for _, a := range n.Attr {
				switch a.Key {
				case "name", "property":
					name = a.Val
				case "content":
					content = a.Val
				}
			}
			out[name] = append(out[name], content)
		}
		if n.Type == html.ElementNode && n.Data == "script" && n.FirstChild != nil {
			for _, a := range n.Attr {
				if a.Key == "type" && a.Val == "application/ld+json" {
					out["ld+json"] = append(out["ld+json"], n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func TestCitationMetadata(t *testing.T) {
	out := mustBuild(t, scholarSite)
	m := metas(t, out.file(t, "papers/1706.03762/index.html"))
	want := map[string][]string{
		"citation_title":            {"Attention Is All You Need"},
		"citation_author":           {"Vaswani, Ashish", "van der Berg, Jan", "Kaiser, Łukasz"},
		"citation_publication_date": {"2017/06/12"},
		"citation_online_date":      {"2017/06/12"},
		"citation_pdf_url":          {"https://arxiv.org/pdf/1706.03762"},
		"citation_arxiv_id":         {"1706.03762"},
		"citation_doi":              {"10.48550/arXiv.1706.03762"},
		"citation_abstract":         {"We propose the Transformer x & more."},
		"og:type":                   {"article"},
		"og:url":                    {"https://example.org/repo/papers/1706.03762/"},
		"twitter:card":              {"summary"},
	}
	for k, v := range want {
		if strings.Join(m[k], "|") != strings.Join(v, "|") {
			t.Errorf("meta %s = %q, want %q", k, m[k], v)
		}
	}
	if len(m["ld+json"]) != 1 {
		t.Fatalf("%d JSON-LD scripts, want 1", len(m["ld+json"]))
	}
	var ld map[string]any
	if err := json.Unmarshal([]byte(m["ld+json"][0]), &ld); err != nil {
		t.Fatalf("JSON-LD is not JSON: %v\n%s", err, m["ld+json"][0])
	}
	for _, k := range []string{"@context", "@type", "headline", "name", "author", "datePublished", "url", "description"} {
		if ld[k] == nil {
			t.Errorf("JSON-LD lacks %s", k)
		}
	}
	if ld["@type"] != "ScholarlyArticle" || ld["datePublished"] != "2017-06-12" {
		t.Errorf("JSON-LD type/date = %v/%v", ld["@type"], ld["datePublished"])
	}
	if strings.Contains(m["ld+json"][0], "</script") {
		t.Error("JSON-LD can close its script element")
	}
	out.contains(t, "papers/1706.03762/index.html", `rel="canonical" href="https://example.org/repo/papers/1706.03762/"`,
		"@misc{vaswani2017attention,", "eprint = {1706.03762}", "archivePrefix = {arXiv}", "primaryClass = {cs.CL}",
		`download="vaswani2017attention.bib"`)
}

func TestBibTeXFiles(t *testing.T) {
	out := mustBuild(t, scholarSite)
	one := bibDownload(t, out.file(t, "papers/1706.03762/index.html"))
	if !strings.HasPrefix(one, "@misc{vaswani2017attention,\n") || !strings.Contains(one, `author = {Vaswani, Ashish and van der Berg, Jan and Kaiser, {\L}ukasz}`) {
		t.Errorf("the paper's .bib download =\n%s", one)
	}
	rep := bibDownload(t, out.file(t, "papers/my-report/index.html"))
	for _, w := range []string{"@misc{muller2024report,", `title = {A Report \textbraceleft{}with\textbraceright{} 100\% braces\_}`, "doi = {10.1000/xyz}", "url = {https://doi.org/10.1000/xyz}"} {
		if !strings.Contains(rep, w) {
			t.Errorf("my-report's .bib download lacks %q:\n%s", w, rep)
		}
	}
	day := out.file(t, "days/2024-05-31/papers.bib")
	if strings.Count(day, "@misc{") != 2 {
		t.Errorf("the day's .bib has %d entries, want 2", strings.Count(day, "@misc{"))
	}
	out.file(t, "topics/transformers/papers.bib")
	out.file(t, "authors/zoë-müller/papers.bib")

	// Each page's link downloads its .bib under a name of its own, not as
	// one more papers.bib beside the last ("papers (1).bib").
	out.contains(t, "days/2024-05-31/index.html", `<a href="/repo/days/2024-05-31/papers.bib" download="2024-05-31.bib">`)
	out.contains(t, "topics/transformers/index.html", `<a href="/repo/topics/transformers/papers.bib" download="transformers.bib">`)
	out.contains(t, "authors/zoë-müller/index.html", `<a href="/repo/authors/zo%C3%AB-m%C3%BCller/papers.bib" download="zoë-müller.bib">`)

	// The link of a list of one paper downloads its BibTeX, and says no
	// more ("BibTeX of all these papers" on the page of one).
	out.contains(t, "days/2024-05-31/index.html", `download="2024-05-31.bib">BibTeX of all the day's papers</a>`)
	out.contains(t, "topics/transformers/index.html", `download="transformers.bib">Download BibTeX (.bib)</a>`)
	out.contains(t, "authors/zoë-müller/index.html", `download="zoë-müller.bib">Download BibTeX (.bib)</a>`)
	alone := mustBuild(t, scholarSite+`-- content/papers/2406.00001.md --
---
title: "Alone"
arxiv: "2406.00001"
authors: ["Ada Lovelace"]
date: 2024-06-01
---
Abstract.
`)
	alone.contains(t, "days/2024-06-01/index.html", `download="2024-06-01.bib">Download BibTeX (.bib)</a>`)
}

// bibDownload returns the .bib a paper page offers for download.
func bibDownload(t *testing.T, page string) string {
	t.Helper()
	return dataDownload(t, page, "application/x-bibtex", ".bib")
}

// dataDownload returns the file of type mime and extension ext that a
// paper page offers for download as a data: URL.
func dataDownload(t *testing.T, page, mime, ext string) string {
	t.Helper()
	re := regexp.MustCompile(`<a href="data:` + regexp.QuoteMeta(mime) + `;charset=utf-8,([^"]*)" download="[^"]+` + regexp.QuoteMeta(ext) + `"`)
	m := re.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no %s download link on the page", ext)
	}
	s, err := url.PathUnescape(stdhtml.UnescapeString(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestRISDownload: a paper page offers its RIS entry beside its BibTeX,
// under the same name, for EndNote, Mendeley and RefWorks, which import
// RIS and not BibTeX.
func TestRISDownload(t *testing.T) {
	out := mustBuild(t, scholarSite)
	page := out.file(t, "papers/1706.03762/index.html")
	ris := dataDownload(t, page, "application/x-research-info-systems", ".ris")
	for _, w := range []string{"TY  - GEN\r\n", "AU  - van der Berg, Jan\r\n", "AU  - Kaiser, Łukasz\r\n", "PB  - arXiv\r\n",
		"DO  - 10.48550/arXiv.1706.03762\r\n", "UR  - https://arxiv.org/abs/1706.03762\r\n"} {
		if !strings.Contains(ris, w) {
			t.Errorf("the paper's .ris download lacks %q:\n%s", w, ris)
		}
	}
	if !strings.HasSuffix(ris, "ER  - \r\n") {
		t.Errorf("the paper's .ris download does not end its record:\n%s", ris)
	}
	out.contains(t, "papers/1706.03762/index.html", `download="vaswani2017attention.ris" type="application/x-research-info-systems">Download RIS (.ris)</a>`)
	rep := dataDownload(t, out.file(t, "papers/my-report/index.html"), "application/x-research-info-systems", ".ris")
	if !strings.Contains(rep, "UR  - https://doi.org/10.1000/xyz\r\n") || strings.Contains(rep, "PB  - ") {
		t.Errorf("my-report's .ris download, of a paper not on arXiv, =\n%s", rep)
	}
}

// TestWeekMonthBibTeX: a week's and a month's page offer the BibTeX of
// the papers they list, their top papers (topSize), as a day's page does
// of all its papers.
func TestWeekMonthBibTeX(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
topSize: 2
`
	for i, up := range []string{"5", "1", "9"} {
		id := "2405.1000" + string(rune('1'+i))
		site += "-- content/papers/" + id + ".md --\n---\ntitle: \"Paper " + id + "\"\narxiv: \"" + id +
			"\"\nauthors: [\"Ada Lovelace\"]\ndate: 2024-05-0" + string(rune('6'+i)) + "\nupvotes: " + up + "\n---\nAbstract.\n"
	}
	out := mustBuild(t, site)
	for _, tc := range []struct{ dir, name string }{
		{"weeks/2024-W19/", "2024-W19.bib"},
		{"months/2024-05/", "2024-05.bib"},
	} {
		out.contains(t, tc.dir+"index.html", `<a href="/repo/`+tc.dir+`papers.bib" download="`+tc.name+`">BibTeX of all these papers</a>`)
		bib := out.file(t, tc.dir+"papers.bib")
		if got := strings.Count(bib, "@misc{"); got != 2 || !strings.Contains(bib, "2405.10003") || !strings.Contains(bib, "2405.10001") {
			t.Errorf("%spapers.bib has %d entries, want the 2 top papers 2405.10003 and 2405.10001:\n%s", tc.dir, got, bib)
		}
	}
}
