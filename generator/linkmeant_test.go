package generator

import (
	"slices"
	"strings"
	"testing"
)

// meantSite has a topic shown "LLM", papers on 2024-02-29, 2024-03-01
// and 2024-05-02 (so no April) and an old-style arXiv id's paper, and a
// day's intro whose link each test writes in place of LINK.
const meantSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
topics:
  llm:
    name: LLM
-- content/papers/a.md --
---
title: A
arxiv: "2402.00001"
date: 2024-02-29
topics: [llm]
---
An abstract.
-- content/papers/b.md --
---
title: B
arxiv: "2403.00002"
date: 2024-03-01
---
An abstract.
-- content/papers/c.md --
---
title: C
arxiv: "hep-th/9901001"
date: 2024-05-02
---
An abstract.
-- content/days/2024-03-01.md --
---
title: March
---
See LINK.
`

// TestBrokenLinkNamesMeantPage: a link from the root to a page the site
// has under another spelling (letter case, an escape, a date's number
// without its zero, a paper's id with its version or an old-style id's
// /) names the page and the link to write; one to a day, week or month
// the site lacks names the nearest it has, before and after it, and a
// week past its year's last the year's weeks.
func TestBrokenLinkNamesMeantPage(t *testing.T) {
	t.Parallel()
	const at = "content/days/2024-03-01.md:4: the link "
	for _, tt := range []struct{ link, want string }{
		{"[LLM](/topics/LLM/)", "/topics/LLM/ is broken: the site has no topics/LLM/, only topics/llm/: letter case counts on the site; write /topics/llm/"},
		{"[LLM](/repo/Topics/llm/#top)", "/repo/Topics/llm/#top is broken: the site has no Topics/llm/, only topics/llm/: letter case counts on the site; write /repo/topics/llm/#top"},
		{"[week](/weeks/2024-w09/)", "/weeks/2024-w09/ is broken: the site has no weeks/2024-w09/, only weeks/2024-W09/: letter case counts on the site; write /weeks/2024-W09/"},
		{"[week](/weeks/2024-W9/)", "/weeks/2024-W9/ is broken: the site has no weeks/2024-W9/, only weeks/2024-W09/: a week's address writes its number with two digits, after a capital W; write /weeks/2024-W09/"},
		{"[leap day](/days/2024-2-29/)", "/days/2024-2-29/ is broken: the site has no days/2024-2-29/, only days/2024-02-29/: a day's address writes its month and day with two digits; write /days/2024-02-29/"},
		{"[March](/months/2024-3/)", "/months/2024-3/ is broken: the site has no months/2024-3/, only months/2024-03/: a month's address writes it with two digits; write /months/2024-03/"},
		{"[v2](/papers/2402.00001v2/)", "/papers/2402.00001v2/ is broken: the site has no papers/2402.00001v2/, only papers/2402.00001/: a paper's page is at its id without a version; write /papers/2402.00001/"},
		{"[old](/papers/hep-th/9901001v1/)", "/papers/hep-th/9901001v1/ is broken: the site has no papers/hep-th/9901001v1/, only papers/hep-th-9901001/: a paper's page is at its id without a version, and an old-style id's page has - for its /; write /papers/hep-th-9901001/"},
		{"[April](/months/2024-04/)", "/months/2024-04/ is broken: the site has no month 2024-04, as no paper is dated in it; the nearest months it has are 2024-03, before it, and 2024-05, after it; fix the date, or remove the link"},
		{"[week](/weeks/2024-W11/)", "/weeks/2024-W11/ is broken: the site has no week 2024-W11, as no paper is dated in it; the nearest weeks it has are 2024-W09, before it, and 2024-W18, after it; fix the date, or remove the link"},
		{"[day](/days/2024-3-2/)", "/days/2024-3-2/ is broken: the site has no day 2024-03-02, as no paper is dated on it and no day file lists one; the nearest days it has are 2024-03-01, before it, and 2024-05-02, after it; fix the date, or remove the link"},
		{"[late](/days/2030-01-01/)", "/days/2030-01-01/ is broken: the site has no day 2030-01-01, as no paper is dated on it and no day file lists one; the nearest day it has is 2024-05-02; fix the date, or remove the link"},
		{"[week](/weeks/2024-W53/)", "/weeks/2024-W53/ is broken: the site has no week 2024-W53: 2024 has weeks W01 to W52; fix the week, or remove the link"},
		{"[none](/topics/nlp/)", "/topics/nlp/ is broken: no such file topics/nlp/index.html; fix it or remove it"},
	} {
		t.Run(tt.link, func(t *testing.T) {
			t.Parallel()
			got := linkWarnings(t, strings.Replace(meantSite, "LINK", tt.link, 1), Options{})
			if want := []string{at + tt.want}; !slices.Equal(got, want) {
				t.Errorf("link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
	// A link escaped twice names a page only when its escapes are
	// decoded twice, which check, reading the built page, finds.
	_, got := checkSite(t, strings.Replace(meantSite, "LINK", "[LLM](/topics/%256Clm/)", 1))
	if want := at + "/topics/%256Clm/ is broken: the site has no topics/%6Clm/, only topics/llm/: letter case and %-escapes count on the site; write /topics/llm/"; !slices.Contains(got, want) {
		t.Errorf("check says\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// TestBrokenLinkWithFormerBasePath: after the site moved from under
// /repo/ (feedIDBase), a link from the root written with the former base
// path in front names the link to write without it, under the new base
// path too; one that names no file without it either is broken as any.
func TestBrokenLinkWithFormerBasePath(t *testing.T) {
	t.Parallel()
	const at = "content/days/2024-03-01.md:4: the link "
	const moved = "/repo/ was the site's base path before it moved (feedIDBase: https://example.org/repo/), and the site has no "
	for _, tt := range []struct{ base, link, want string }{
		{"https://papers.lab.net/", "[B](/repo/papers/2403.00002/)", "/repo/papers/2403.00002/ is broken: " + moved + "repo/papers/2403.00002/; write /papers/2403.00002/"},
		{"https://papers.lab.net/", "[LLM](/repo/topics/llm/#top)", "/repo/topics/llm/#top is broken: " + moved + "repo/topics/llm/; write /topics/llm/#top"},
		{"https://papers.lab.net/", "[feed](/repo/feed.xml)", "/repo/feed.xml is broken: " + moved + "repo/feed.xml; write /feed.xml"},
		{"https://papers.lab.net/new/", "[B](/repo/papers/2403.00002/)", "/repo/papers/2403.00002/ is broken: " + moved + "repo/papers/2403.00002/; write /papers/2403.00002/"},
		{"https://papers.lab.net/", "[none](/repo/topics/nlp/)", "/repo/topics/nlp/ is broken: no such file repo/topics/nlp/index.html; fix it or remove it"},
	} {
		t.Run(tt.base+tt.link, func(t *testing.T) {
			t.Parallel()
			site := strings.Replace(meantSite, "baseURL: https://example.org/repo/", "baseURL: "+tt.base+"\nfeedIDBase: https://example.org/repo/", 1)
			got := linkWarnings(t, strings.Replace(site, "LINK", tt.link, 1), Options{})
			if want := []string{at + tt.want}; !slices.Equal(got, want) {
				t.Errorf("link warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}
