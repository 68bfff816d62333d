package generator

import (
	"context"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/mail"
)

// nbsp is U+00A0 NO-BREAK SPACE.
const nbsp = "\u00a0"

// TestNoBreakSpacesInTitles: a no-break space written in a paper's, a
// day's or a page's title or in a page's description ("10 000 tokens",
// "Fig. 3"), or in the abstract that describes a paper, is kept wherever the text is read: the window's title, the
// heading, the meta and Open Graph tags, the citation tags and JSON-LD,
// the feeds (RSS, Atom and JSON), the search index and the email, where
// the parse (and the abstract's summary) turned it into a plain space, at which "10" could end a line
// and "000" begin the next. A run of spaces around one is still one.
func TestNoBreakSpacesInTitles(t *testing.T) {
	site := `-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: "GPT‑4 at 10` + nbsp + `000  tokens, Fig. ` + nbsp + `3"
arxiv: "2401.00001"
date: 2024-01-01
---
An abstract at 10` + nbsp + `000 tokens.
-- content/days/2024-01-01.md --
---
title: "Day at 10` + nbsp + `000 feet"
---
An intro.
-- content/pages/about.md --
---
title: "About 10` + nbsp + `000 things"
description: "See Fig.` + nbsp + `6 of the paper"
---
A page.
`
	opts := Options{Site: siteFS(site)}
	res, err := Build(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	out := built{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	const title = "GPT‑4 at 10" + nbsp + "000 tokens, Fig." + nbsp + "3"
	out.contains(t, "papers/2401.00001/index.html", "<title>"+title+" · T</title>", `<meta property="og:title" content="`+title+`">`,
		`<meta name="citation_title" content="`+title+`">`, `"headline":"`+title+`"`, `<h1 id="paper-title">`+title+`</h1>`)
	const abstract = "An abstract at 10" + nbsp + "000 tokens."
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="`+abstract+`">`, `<meta name="citation_abstract" content="`+abstract+`">`)
	out.contains(t, "feed.xml", "<title>"+title+"</title>", "<description><![CDATA["+abstract+"]]></description>")
	out.contains(t, "atom.xml", "<title>"+title+"</title>", `<summary type="text">`+abstract+"</summary>")
	out.contains(t, "feed.json", `"title": "`+title+`"`, `"summary": "`+abstract+`"`)
	out.contains(t, "days/2024-01-01/index.html", "<h1>Day at 10"+nbsp+"000 feet</h1>", `>`+title+`</a></h3>`)
	out.contains(t, "days/feed.xml", "<title>2024-01-01 — Day at 10"+nbsp+"000 feet</title>")
	out.contains(t, "about/index.html", "<title>About 10"+nbsp+"000 things · T</title>",
		`<meta name="description" content="See Fig.`+nbsp+`6 of the paper">`, `<meta property="og:description" content="See Fig.`+nbsp+`6 of the paper">`,
		`<h1 id="page-title">About 10`+nbsp+`000 things</h1>`)
	searched := false
	for p, s := range out {
		if strings.HasPrefix(p, "search/docs/") && strings.Contains(s, `"papers/2401.00001/"`) {
			searched = true
			out.contains(t, p, `"`+title+`"`, `"`+abstract+`"`)
		}
	}
	if !searched {
		t.Error("no search document holds the paper")
	}
	d, err := mail.Select(res.Site, mail.Selector{Kind: mail.DayDigest, Key: "2024-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.Compose(res.Site, d, mail.Settings{From: "d@example.org"}, res.Mail)
	if err != nil {
		t.Fatal(err)
	}
	day, paper := "Day at 10"+nbsp+"000 feet", title
	for _, c := range []struct{ part, text, want string }{
		{"subject", m.Subject, day}, {"text", m.Text, day}, {"text", m.Text, paper}, {"HTML", m.HTML, day}, {"HTML", m.HTML, paper},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("the email's %s lacks %q", c.part, c.want)
		}
	}
}

// nnbsp is U+202F NARROW NO-BREAK SPACE.
const nnbsp = "\u202f"

// TestNoBreakSpacesInReadText: a no-break space written in text a reader
// reads, a figure's alt text (a paper's, a page's, site.yaml's) and
// where a paper was published (journal:, conference:, volume:), is kept
// where it shows, and TeX's thin space and tie in a title's math ($10\,000$,
// $n~=~3$) are the narrow and the plain no-break space where the title is
// text; where the parse and tex.Unicode made each a plain space. An
// organization's name, compared across papers, still collapses them.
func TestNoBreakSpacesInReadText(t *testing.T) {
	site := `-- content/site.yaml --
title: T
baseURL: https://example.org/
theme: mine
image: /card.png
imageAlt: "Logo at 10` + nbsp + `px"
-- themes/mine/static/card.png --
-- content/papers/a.md --
---
title: 'Attention at $10\,000$ tokens, $n~=~3$'
arxiv: "2401.00001"
date: 2024-01-01
image: https://example.org/fig.png
image_alt: "Loss at 10` + nbsp + `000 steps"
journal: "Proc.` + nbsp + `IEEE"
volume: "Vol.` + nbsp + `12"
organization: "Shanghai` + nbsp + `AI Lab"
---
An abstract.
-- content/papers/b.md --
---
title: B
arxiv: "2401.00002"
date: 2024-01-01
conference: "Proc.` + nbsp + `ICML"
organization: "Shanghai AI Lab"
---
An abstract.
-- content/pages/about.md --
---
title: About
image: https://example.org/us.png
image_alt: "Us, Fig.` + nbsp + `1"
---
A page.
`
	out := mustBuild(t, site)
	const title = "Attention at 10" + nnbsp + "000 tokens, n" + nbsp + "=" + nbsp + "3"
	for _, want := range []string{"<title>" + title + " · T</title>", `<meta property="og:title" content="` + title + `">`,
		`<meta property="og:image:alt" content="Loss at 10` + nbsp + `000 steps">`, `alt="Loss at 10` + nbsp + `000 steps"`,
		`<meta name="citation_journal_title" content="Proc.` + nbsp + `IEEE">`, `<meta name="citation_volume" content="Vol.` + nbsp + `12">`} {
		out.contains(t, "papers/2401.00001/index.html", want)
	}
	out.contains(t, "feed.xml", "<title>"+title+"</title>")
	out.contains(t, "papers/2401.00002/index.html", `<meta name="citation_conference_title" content="Proc.`+nbsp+`ICML">`)
	out.contains(t, "about/index.html", `<meta property="og:image:alt" content="Us, Fig.`+nbsp+`1">`)
	out.contains(t, "index.html", `<meta property="og:image:alt" content="Logo at 10`+nbsp+`px">`)
	if strings.Contains(out.file(t, "papers/2401.00001/index.html"), "Shanghai"+nbsp) {
		t.Error("the organization's name kept its no-break space, so it would be another organization than its plain-spaced spelling")
	}
}
