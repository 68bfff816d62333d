package generator

import (
	"regexp"
	"strings"
	"testing"
)

const mathSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/vae.md --
---
title: "$\\beta$-VAE for $5 and $6 Budgets"
id: vae
authors: ["Ada Lovelace"]
date: 2024-05-31
---
A residual $\mathcal{F}(x)$ is learned, from $5 to $10 a run.
-- content/papers/tldr.md --
---
title: "Plain Title"
id: tldr
authors: ["Ada Lovelace"]
date: 2024-05-31
tldr: "Squares $x^2$ for $5 and $6."
---
Abstract.
`

// TestMathInTitlesAndSummaries checks that the math of titles, summaries
// and TL;DRs shows as MathML on pages, prices stay text, and the page
// title and meta tags keep the TeX source.
func TestMathInTitlesAndSummaries(t *testing.T) {
	out := mustBuild(t, mathSite)
	day := out.file(t, "days/2024-05-31/index.html")
	for _, want := range []string{
		`<math display="inline" alttext="\beta">`,          // the title in the list
		`-VAE for $5 and $6 Budgets</a>`,                   // prices are text
		`<math display="inline" alttext="\mathcal{F}(x)">`, // the summary
		`is learned, from $5 to $10 a run.</p>`,            // prices are text
		`<math display="inline" alttext="x^2">`,            // the TL;DR
		`</math> for $5 and $6.</p>`,
	} {
		if !strings.Contains(day, want) {
			t.Errorf("day page lacks %q", want)
		}
	}
	paper := out.file(t, "papers/vae/index.html")
	if !regexp.MustCompile(`<h1 id="paper-title"><math display="inline" alttext="\\beta">.*</math>-VAE for \$5 and \$6 Budgets</h1>`).MatchString(paper) {
		t.Errorf("paper page title is not MathML then text:\n%s", paper[strings.Index(paper, "<h1"):][:300])
	}
	if !strings.Contains(paper, `<title>$\beta$-VAE for $5 and $6 Budgets · T</title>`) {
		t.Errorf("the page's <title> should keep the TeX source")
	}
	if strings.Contains(paper[:strings.Index(paper, "</head>")], "<math") {
		t.Errorf("MathML in <head>")
	}
}
