package generator

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// zoteroItem is the item Zotero saves from a page's meta tags, as its
// Embedded Metadata and RDF translators make it (zotero/translators,
// "Embedded Metadata.js" and "RDF.js"; zotero/utilities, cleanAuthor).
type zoteroItem struct {
	Type      string
	Title     string
	Creators  []zoteroCreator
	Date      string
	Publisher string // the repository of a preprint
	URL       string
	DOI       string
	PDF       string
}

type zoteroCreator struct{ Last, First string }

// zoteroTypes are the Zotero item types a DC.type may name
// (ZU.itemTypeExists), of those this test needs.
var zoteroTypes = map[string]bool{"preprint": true, "journalArticle": true, "conferencePaper": true, "report": true}

// zoteroItemOf follows the translators' steps for the tags paper pages
// carry:
//   - the type: citation_journal_title or citation_conference_title set
//     it (init's hwType, which "hwTypes are generally most accurate"
//     puts first); else a DC.type naming an item type (RDF.js detectType,
//     t.dc, ahead of exports.defaultUnknownType); else citation_title's
//     guess, journalArticle.
//   - the creators: processHighwireCreators, one per citation_author,
//     split by comma when the page has one citation_author whose two
//     sides of a comma both have a space; each through cleanAuthor with
//     useComma when it has a comma.
//   - the fields of HIGHWIRE_MAPPINGS (the first tag of each name), the
//     URL from citation_public_url before citation_abstract_html_url.
func zoteroItemOf(m map[string][]string) zoteroItem {
	first := func(name string) string {
		if v := m[name]; len(v) > 0 {
			return v[0]
		}
		return ""
	}
	it := zoteroItem{
		Type:      "journalArticle",
		Date:      zoteroDate(first),
		Publisher: first("citation_publisher"),
		URL:       cmpOr(first("citation_public_url"), first("citation_abstract_html_url")),
		DOI:       first("citation_doi"),
		PDF:       first("citation_pdf_url"),
	}
	switch t := first("DC.type"); {
	case first("citation_journal_title") != "":
		it.Type = "journalArticle"
	case first("citation_conference_title") != "":
		it.Type = "conferencePaper"
	case zoteroTypes[t]:
		it.Type = t
	}
	nodes := m["citation_author"]
	var last string
	for _, node := range nodes {
		creators := regexp.MustCompile(`\s*;\s*`).Split(node, -1)
		if len(creators) == 1 && len(nodes) == 1 {
			byComma := regexp.MustCompile(`\s*,\s*`).Split(creators[0], -1)
			if len(byComma) > 1 && strings.Contains(byComma[0], " ") && strings.Contains(byComma[1], " ") {
				creators = byComma
			}
		}
		for _, c := range creators {
			c = strings.TrimSpace(c)
			if c == "" || c == last {
				continue
			}
			last = c
			it.Creators = append(it.Creators, cleanAuthor(c, strings.Contains(c, ",")))
		}
	}
	return it
}

// cleanAuthor is zotero/utilities' cleanAuthor: the name trimmed of
// spaces and punctuation, split at its comma or else its last space, and
// a period after each one-letter initial of the given names.
func cleanAuthor(author string, useComma bool) zoteroCreator {
	author = strings.Trim(author, " \u00a0.,/[]:")
	var c zoteroCreator
	if useComma {
		parts := regexp.MustCompile(`, ?`).Split(author, -1)
		c.Last = parts[0]
		if len(parts) > 1 {
			c.First = parts[1]
		}
	} else if i := strings.LastIndex(author, " "); i >= 0 {
		c = zoteroCreator{Last: author[i+1:], First: author[:i]}
	} else {
		c.Last = author
	}
	if c.First != "" {
		names := regexp.MustCompile(`[\s.]+`).Split(c.First, -1)
		for i, n := range names {
			if regexp.MustCompile(`^-?[A-Z\x{0400}-\x{042f}]$`).MatchString(n) {
				names[i] += "."
			}
		}
		c.First = strings.Join(names, " ")
	}
	return c
}

// zoteroDate is the date Zotero saves from a page's tags: processFields
// sets it from each of HIGHWIRE_MAPPINGS' citation_publication_date,
// citation_cover_date and citation_date in turn, so the last of them the
// page has wins; without any, citation_online_date, unless citation_year
// is earlier.
func zoteroDate(first func(string) string) string {
	d := ""
	for _, name := range []string{"citation_publication_date", "citation_cover_date", "citation_date"} {
		if v := strings.TrimSpace(first(name)); v != "" {
			d = v
		}
	}
	if d != "" {
		return d
	}
	online, year := first("citation_online_date"), first("citation_year")
	if online != "" && year != "" && year < online[:min(4, len(online))] {
		return year
	}
	return cmpOr(online, year)
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// zoteroSite has papers of each kind Zotero saves differently: a
// preprint (with a title of characters that mean something in HTML or a
// query string), a journal article by a group, a conference paper, two
// preprints without published: (a new and an old arXiv id), a paper
// not on arXiv, a bioRxiv preprint known by its DOI, and a paper by one author whose family and given names
// both have a space.
const zoteroSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: "A Preprint: Fast & Exact, a=b + c; $O(n^2)$ \"IO\" <aware> #1 100%"
arxiv: "2106.09685"
authors: ["Edward J. Hu", "Jan van der Berg", "Łukasz Kaiser", "Prabhat", "ATLAS Collaboration", "佐藤 健", "Martin Luther King Jr.", "Acme, Inc."]
date: 2024-05-31
published: 2021-06-17T00:00:00Z
---
Abstract.
-- content/papers/b.md --
---
title: "A Journal Paper"
arxiv: "2106.09686"
journal: "Nature"
volume: "595"
issue: "7867"
pages: "583–589"
authors: ["Gemini Team"]
date: 2024-05-31
published: 2021-06-17T00:00:00Z
---
Abstract.
-- content/papers/c.md --
---
title: "A Conference Paper"
arxiv: "2106.09687"
conference: "NeurIPS 2021"
authors: ["Ada Lovelace"]
date: 2024-05-31
published: 2021-06-17T00:00:00Z
---
Abstract.
-- content/papers/d.md --
---
title: "Unpublished"
arxiv: "2406.01234"
authors: ["Ada Lovelace"]
date: 2024-07-01
---
Abstract.
-- content/papers/e.md --
---
title: "Old Style"
arxiv: "hep-th/9901001"
authors: ["Ada Lovelace"]
date: 2024-07-01
---
Abstract.
-- content/papers/g.md --
---
title: "Alone"
arxiv: "2407.00001"
authors: ["Jan Hendrik van der Berg"]
date: 2024-07-01
---
Abstract.
-- content/papers/f.md --
---
title: "A Report"
id: my-report
authors: ["Zoë Müller"]
date: 2024-07-01
doi: "10.1000/xyz#1"
---
Abstract.
-- content/papers/h.md --
---
title: "A bioRxiv Preprint"
id: smith-2024-retina
authors: ["Jane Smith"]
date: 2024-07-01
published: 2024-03-01
doi: 10.1101/2024.03.01.582937
pdf: "https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2.full.pdf"
---
Abstract.
`

// TestZoteroItem checks the item Zotero saves from a paper page: an arXiv
// paper is a preprint in the repository arXiv, at arXiv's URL; a paper
// in a journal or at a conference is an article or conference paper; a
// group author is one family name, with a comma in it or not, as is a
// single name, and a family name with particles or in another script
// stays whole.
func TestZoteroItem(t *testing.T) {
	out := mustBuild(t, zoteroSite)
	a := zoteroItemOf(metas(t, out.file(t, "papers/2106.09685/index.html")))
	want := zoteroItem{
		Type: "preprint",
		Creators: []zoteroCreator{{"Hu", "Edward J."}, {"van der Berg", "Jan"}, {"Kaiser", "Łukasz"}, {"Prabhat", ""},
			{"ATLAS Collaboration", ""}, {"佐藤", "健"}, {"King", "Martin Luther"}, {"Acme Inc", ""}},
		Date:      "2021/06/17",
		Publisher: "arXiv",
		URL:       "https://arxiv.org/abs/2106.09685",
		DOI:       "10.48550/arXiv.2106.09685",
		PDF:       "https://arxiv.org/pdf/2106.09685",
	}
	if !zoteroEqual(a, want) {
		t.Errorf("Zotero item of a preprint =\n%+v\nwant\n%+v", a, want)
	}
	b := zoteroItemOf(metas(t, out.file(t, "papers/2106.09686/index.html")))
	if b.Type != "journalArticle" || b.Publisher != "" || !slices.Equal(b.Creators, []zoteroCreator{{"Gemini Team", ""}}) {
		t.Errorf("Zotero item of a journal paper by a group alone = %+v, want a journalArticle by Gemini Team, no publisher", b)
	}
	c := zoteroItemOf(metas(t, out.file(t, "papers/2106.09687/index.html")))
	if c.Type != "conferencePaper" || c.Publisher != "" {
		t.Errorf("Zotero item of a conference paper = %+v, want a conferencePaper, no publisher", c)
	}
	// A bioRxiv preprint, known by its DOI alone, is a preprint in the
	// repository its PDF's site names, saved with its DOI's link as URL
	// (as BibTeX's url), not the digest's page.
	h := zoteroItemOf(metas(t, out.file(t, "papers/smith-2024-retina/index.html")))
	if h.Type != "preprint" || h.Publisher != "bioRxiv" || h.DOI != "10.1101/2024.03.01.582937" || h.URL != "https://doi.org/10.1101/2024.03.01.582937" {
		t.Errorf("Zotero item of a bioRxiv preprint = %+v, want a preprint in bioRxiv with its DOI, and its link as URL", h)
	}
	// A paper's only author, whose family and given names both have a
	// space, is one author, not two.
	if g := zoteroItemOf(metas(t, out.file(t, "papers/2407.00001/index.html"))); !slices.Equal(g.Creators, []zoteroCreator{{"van der Berg", "Jan Hendrik"}}) {
		t.Errorf("Zotero's creators of a paper by Jan Hendrik van der Berg alone = %+v, want one, van der Berg, Jan Hendrik", g.Creators)
	}
	// Without published:, the year and month of first submission that
	// an arXiv id encodes, new or old style; never a day.
	for id, want := range map[string]string{"2406.01234": "2024/06", "hep-th-9901001": "1999/01"} {
		if d := zoteroItemOf(metas(t, out.file(t, "papers/"+id+"/index.html"))).Date; d != want {
			t.Errorf("Zotero's date of %s, with no published:, = %q, want %q", id, d, want)
		}
	}
}

func zoteroEqual(a, b zoteroItem) bool {
	return a.Type == b.Type && slices.Equal(a.Creators, b.Creators) && a.Date == b.Date && a.Publisher == b.Publisher &&
		a.URL == b.URL && a.DOI == b.DOI && a.PDF == b.PDF
}
