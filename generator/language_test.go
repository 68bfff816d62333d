package generator

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/search"
	"github.com/paperboy-digest/paperboy/themes"
)

// languageSite is a site in French whose papers are in English but one,
// in French: the English titles are marked lang="en", the French one is
// not, on every page that shows a title and in the search index.
const languageSite = `
-- content/site.yaml --
title: Revue
baseURL: https://example.org/
language: fr
-- content/papers/2405.00001.md --
---
title: "Attention Is All You Need"
arxiv: "2405.00001"
date: 2024-06-03
upvotes: 3
ai_summary: "A model of attention."
---
An abstract in English.
-- content/papers/hal-01.md --
---
title: "L'attention est tout ce qu'il vous faut"
id: hal-01
language: fr
date: 2024-06-03
upvotes: 1
---
Un résumé en français.
-- content/papers/2405.00002.md --
---
title: "Notes Only"
arxiv: "2405.00002"
date: 2024-06-03
tldr: "Une ligne du curateur."
---
## Notes

Nos notes.
`

func TestPaperLanguage(t *testing.T) {
	out := mustBuild(t, languageSite)
	day := out.file(t, "days/2024-06-03/index.html")
	for _, want := range []string{
		`<html lang="fr">`,
		`<h3 class="paper-title" lang="en"><a href="/papers/2405.00001/" data-cite="arXiv:2405.00001">Attention Is All You Need</a></h3>`,
		`<p class="summary" lang="en">An abstract in English.</p>`,
		`<h3 class="paper-title"><a href="/papers/hal-01/" data-url="https://example.org/papers/hal-01/">L&#39;attention est tout ce qu&#39;il vous faut</a></h3>`,
		`<p class="summary">Un résumé en français.</p>`,
		"<time datetime=\"2024-06-03\">lundi 3\u00a0juin 2024</time> · 3\u00a0articles",
	} {
		if !strings.Contains(day, want) {
			t.Errorf("the day page lacks %s", want)
		}
	}
	paper := out.file(t, "papers/2405.00001/index.html")
	for _, want := range []string{`<h1 id="paper-title" lang="en">Attention Is All You Need</h1>`, `<p lang="en">A model of attention.</p>`} {
		if !strings.Contains(paper, want) {
			t.Errorf("the paper page lacks %s", want)
		}
	}
	if fr := out.file(t, "papers/hal-01/index.html"); !strings.Contains(fr, `<h1 id="paper-title">L&#39;attention`) {
		t.Errorf("the French paper's title is marked:\n%s", fr)
	}
	// In the feeds, the English paper's title and summary are marked
	// (Atom's xml:lang, JSON Feed's item language); the French paper is
	// not, nor the summary of a curator's notes, nor an item whose
	// summary is not in the title's language.
	atom := out.file(t, "atom.xml")
	for _, want := range []string{
		`<title xml:lang="en">Attention Is All You Need</title>`,
		`<summary type="text" xml:lang="en">An abstract in English.</summary>`,
		`<title>L&#39;attention est tout ce qu&#39;il vous faut</title>`,
		`<summary type="text">Un résumé en français.</summary>`,
		`<title xml:lang="en">Notes Only</title>`,
		`<summary type="text">Nos notes.</summary>`,
	} {
		if !strings.Contains(atom, want) {
			t.Errorf("atom.xml lacks %s", want)
		}
	}
	json := out.file(t, "feed.json")
	if n := strings.Count(json, `"language": "en"`); n != 1 || !strings.Contains(json, `"summary": "An abstract in English.",
      "date_published": "2024-06-03T12:00:00Z",
      "attachments": [
        {
          "url": "https://arxiv.org/pdf/2405.00001",
          "mime_type": "application/pdf"
        }
      ],
      "language": "en"`) {
		t.Errorf("feed.json: want one item marked en, the English abstract's; %d marked:\n%s", n, json)
	}
	var docs string
	for path, data := range out {
		if strings.HasPrefix(path, "search/docs/") {
			docs += data
		}
	}
	// After the excerpt, its text's file ("": none, the excerpt is all of it).
	if !strings.Contains(docs, `"An abstract in English.","","en"]`) || !strings.Contains(docs, `"Un résumé en français.",""]`) {
		t.Errorf("search records: the English one should end with its language, the French one not:\n%s", docs)
	}

	// A regional tag is its language: an fr-CA site does not mark the
	// French paper; fr_ca is written fr-CA.
	ca := mustBuild(t, strings.Replace(languageSite, "language: fr\n-- content", "language: fr_ca\n-- content", 1))
	day = ca.file(t, "days/2024-06-03/index.html")
	if !strings.Contains(day, `<html lang="fr-CA">`) || !strings.Contains(day, `<h3 class="paper-title"><a href="/papers/hal-01/" data-url="https://example.org/papers/hal-01/">`) {
		t.Errorf("fr-CA site: want lang fr-CA and the French title unmarked:\n%s", day)
	}

	// The same papers on an English site: only the French one is marked.
	en := mustBuild(t, strings.Replace(languageSite, "language: fr\n", "", 1))
	day = en.file(t, "days/2024-06-03/index.html")
	if !strings.Contains(day, `<h3 class="paper-title"><a href="/papers/2405.00001/" data-cite="arXiv:2405.00001">`) || !strings.Contains(day, `<h3 class="paper-title" lang="fr"><a href="/papers/hal-01/" data-url="https://example.org/papers/hal-01/">`) {
		t.Errorf("English site: want only the French title marked:\n%s", day)
	}
}

// TestPaperLanguageErrors: a language that is not a tag is an error at
// its line, in a paper and in site.yaml; a country's code (jp) is told
// its language's tag (ja).
func TestPaperLanguageErrors(t *testing.T) {
	for _, tt := range []struct{ old, new, want string }{
		{"language: fr\ndate", "language: French\ndate", "content/papers/hal-01.md:4: language \"French\" is the language's name, and the field takes its BCP 47 tag; write `language: fr`"},
		{"language: fr\n-- content", "language: fr\npaperLanguage: English please\n-- content", `content/site.yaml:4: paperLanguage "English please" is not a BCP 47 language tag`},
		// A country's code, the commonest slip: the language's tag to write.
		{"language: fr\ndate", "language: cn\ndate", "content/papers/hal-01.md:4: language \"cn\" is a country's code, not a BCP 47 language tag; for Chinese write `language: zh`"},
		{"language: fr\n-- content", "language: jp\n-- content", "content/site.yaml:3: language \"jp\" is a country's code, not a BCP 47 language tag; for Japanese write `language: ja`"},
		{"language: fr\n-- content", "language: fr\npaperLanguage: GR\n-- content", "content/site.yaml:4: paperLanguage \"GR\" is a country's code, not a BCP 47 language tag; for Greek write `paperLanguage: el`"},
	} {
		_, err := buildSite(t, strings.Replace(languageSite, tt.old, tt.new, 1), Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("error = %v\nwant %s", err, tt.want)
		}
	}
}

// TestPageLanguage: a page of the site's own in another language than
// the site's (a French "À propos" on an English site) says so with
// language:, and its title and text are marked with it, as a paper's
// are, and so are its menu links; the rest of the page (the site's own
// words) stays in the site's language. A page in the site's language
// (fr-CA on an fr site) is not marked, and one written right to left on
// a site written left to right is given its direction.
func TestPageLanguage(t *testing.T) {
	site := `
-- content/site.yaml --
title: Digest
baseURL: https://example.org/
-- content/papers/2405.00001.md --
---
title: "A Paper"
arxiv: "2405.00001"
date: 2024-06-03
---
An abstract.
-- content/pages/a-propos.md --
---
title: À propos
language: FR
menu: [main, footer]
---
Chaque matin, nous lisons arXiv.
-- content/pages/about.md --
---
title: About
language: en-GB
---
Every morning.
-- content/pages/odot.md --
---
title: אודות
language: he
---
כל בוקר.
`
	out := mustBuild(t, site)
	page := out.file(t, "a-propos/index.html")
	for _, want := range []string{
		`<html lang="en">`,
		"<article lang=\"fr\" aria-labelledby=\"page-title\">\n  <header class=\"page-header\">\n    <h1 id=\"page-title\">À propos</h1>",
		`<li><a href="/a-propos/" aria-current="page" lang="fr">À propos</a></li>`,
		` · <a href="/a-propos/" aria-current="page" lang="fr">À propos</a> · `,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("a-propos/index.html lacks %s", want)
		}
	}
	if about := out.file(t, "about/index.html"); !strings.Contains(about, `<article aria-labelledby="page-title">`) {
		t.Errorf("a page in the site's language is marked:\n%s", about)
	}
	if he := out.file(t, "odot/index.html"); !strings.Contains(he, `<article lang="he" dir="rtl" aria-labelledby="page-title">`) {
		t.Errorf("a page in Hebrew on an English site is not marked lang=\"he\" dir=\"rtl\":\n%s", he)
	}
	_, err := buildSite(t, strings.Replace(site, "language: FR", "language: French", 1), Options{})
	if want := "content/pages/a-propos.md:3: language \"French\" is the language's name, and the field takes its BCP 47 tag; write `language: fr`"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v\nwant %s", err, want)
	}
}

// TestSearchFindsCuratorsWords: a Chinese curator's TL;DR, notes and topic
// name find the paper, by two characters in a row, and two characters
// that are not neighbours there do not.
func TestSearchFindsCuratorsWords(t *testing.T) {
	site := `
-- content/site.yaml --
title: 每日论文
baseURL: https://example.org/
language: zh
topics:
  agents:
    name: 智能体
-- content/papers/2405.00001.md --
---
title: "Grokking at the Edge"
arxiv: "2405.00001"
date: 2024-06-03
topics: [agents]
tldr: 顿悟现象出现在数值稳定性的边缘。
ai_summary: Grokking appears at numerical edges.
keywords: [softmax collapse]
---
An abstract in English.

## 笔记

训练后期的泛化。
`
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		query string
		hits  int
	}{
		{"顿悟", 1}, {"稳定性", 1}, {"泛化", 1}, {"智能体", 1}, {"softmax", 1}, {"numerical", 1},
		{"悟顿", 0}, {"顿化", 0},
	} {
		hits, err := search.Lookup(res.Files, tt.query)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != tt.hits {
			t.Errorf("search %q: %d hits, want %d", tt.query, len(hits), tt.hits)
		}
	}
}

// TestTopicByName: a paper that names a topic of site.yaml by its name, not
// its slug, is on that topic, not on a second one of the same name.
func TestTopicByName(t *testing.T) {
	site := `
-- content/site.yaml --
title: 每日论文
baseURL: https://example.org/
topics:
  agents:
    name: 智能体
  llm:
    name: Large language models
-- content/papers/a.md --
---
title: A
id: a
date: 2024-06-03
topics: [智能体, Large Language Models, agents]
---
x
`
	out := mustBuild(t, site)
	for path := range out {
		if strings.HasPrefix(path, "topics/") && strings.Count(path, "/") == 2 && !strings.HasPrefix(path, "topics/agents/") && !strings.HasPrefix(path, "topics/llm/") {
			t.Errorf("a topic of its own: %s", path)
		}
	}
	if page := out.file(t, "papers/a/index.html"); strings.Count(page, `class="topic"`) != 2 {
		t.Errorf("want the paper on agents and llm once each:\n%s", page)
	}
}

// TestTopicsByName: topics are listed by name in the site language's
// order, an accented name among the others.
func TestTopicsByName(t *testing.T) {
	site := `
-- content/site.yaml --
title: Revue
baseURL: https://example.org/
language: fr
topics:
  vision:
    name: Vision
  ethique:
    name: Éthique
  agents:
    name: Agents
-- content/papers/a.md --
---
title: A
id: a
date: 2024-06-03
topics: [vision, ethique, agents]
---
x
`
	page := mustBuild(t, site).file(t, "topics/index.html")
	a, e, v := strings.Index(page, ">Agents<"), strings.Index(page, ">Éthique<"), strings.Index(page, ">Vision<")
	if a < 0 || !(a < e && e < v) {
		t.Errorf("want Agents, Éthique, Vision in that order:\n%s", page)
	}
}

// TestTopicAliases: a topic's former slug (aliases:) still puts a paper
// that names it on the topic, keeps a page that sends readers on (and one
// for each further page of its list) and copies of the topic's feeds and
// BibTeX file; aliases that are not slugs, or that are a
// topic of their own, are errors at their lines.
func TestTopicAliases(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
topics:
  llms:
    name: LLMs
    aliases: [large-language-models, llm]
-- content/papers/a.md --
---
title: A
id: a
date: 2024-06-03
topics: [large-language-models]
---
x
-- content/papers/b.md --
---
title: B
id: b
date: 2024-06-04
topics: [llms]
---
x
`
	out := mustBuild(t, site)
	out.contains(t, "topics/llms/index.html", ">B<", ">A<")
	out.contains(t, "topics/large-language-models/index.html", `<link rel="canonical" href="https://example.org/repo/topics/llms/">`,
		`<meta http-equiv="refresh" content="0; url=/repo/topics/llms/">`, `<a href="/repo/topics/llms/">LLMs</a>`)
	for _, f := range []string{"feed.xml", "atom.xml", "feed.json"} {
		if got, want := out.file(t, "topics/llm/"+f), out.file(t, "topics/llms/"+f); got != want {
			t.Errorf("topics/llm/%s is not the feed of llms", f)
		}
	}
	if strings.Contains(out.file(t, "sitemap.xml"), "large-language-models") || strings.Contains(out.file(t, "topics/index.html"), "large-language-models") {
		t.Error("an alias is listed as a page of its own")
	}
	// Its BibTeX file too, and, a page to a paper, the list's further page.
	if got, want := out.file(t, "topics/llm/papers.bib"), out.file(t, "topics/llms/papers.bib"); got != want {
		t.Error("topics/llm/papers.bib is not the BibTeX file of llms")
	}
	paged := mustBuild(t, strings.Replace(site, "topics:", "pageSize: 1\ntopics:", 1))
	paged.contains(t, "topics/llm/page/2/index.html", `<meta http-equiv="refresh" content="0; url=/repo/topics/llms/page/2/">`)
	if _, ok := paged["topics/llm/page/3/index.html"]; ok {
		t.Error("a page 3 of the alias, which llms has not")
	}
	// A tag's address of a site moved here keeps a page and Hugo's feed.
	moved := mustBuild(t, strings.Replace(site, "[large-language-models, llm]", "[llm, /tags/llm/, /categories/ai/]", 1))
	for _, dir := range []string{"tags/llm/", "categories/ai/"} {
		moved.contains(t, dir+"index.html", `<meta http-equiv="refresh" content="0; url=/repo/topics/llms/">`)
		if got, want := moved.file(t, dir+"index.xml"), moved.file(t, "topics/llms/feed.xml"); got != want {
			t.Errorf("%sindex.xml is not the RSS feed of llms", dir)
		}
	}
	if strings.Contains(moved.file(t, "sitemap.xml"), "tags/llm") {
		t.Error("a tag's former address is in the sitemap")
	}
	// A page of the site's own there is told at its line, by name.
	withPage := strings.Replace(site, "[large-language-models, llm]", "[/tags/llm/, /categories/ai/]", 1) +
		"-- content/pages/tags/llm.md --\n---\ntitle: LLM\n---\nx\n-- content/pages/about.md --\n---\ntitle: About\naliases: [/categories/ai]\n---\nx\n"
	_, err := buildSite(t, withPage, Options{})
	for _, want := range []string{
		"content/pages/tags/llm.md:2: the page's address /tags/llm/ is an alias of the topic llms in content/site.yaml too; keep it on one of the two",
		"content/pages/about.md:3: its alias /categories/ai/ is an alias of the topic llms in content/site.yaml too; keep it on one of the two",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("a page at a topic's former address: err = %v, want %q", err, want)
		}
	}

	for _, tt := range []struct{ aliases, want string }{
		{"[Large Language Models]", `content/site.yaml:6: topic "llms": alias "Large Language Models" is not a slug; use the topic's former slug, e.g. "large-language-models", or a former address with / before it (/tags/large-language-models/)`},
		{"[tags/llm]", `content/site.yaml:6: topic "llms": alias "tags/llm" is not a slug; use the topic's former slug, e.g. "tags-llm", or a former address with / before it (/tags/llm/)`},
		{"[/topics/llm/]", `content/site.yaml:6: topic "llms": alias "/topics/llm/": the address /topics/llm/ is in /topics/, a folder the build fills itself`},
		{"[/tags/llm.html]", `content/site.yaml:6: topic "llms": alias "/tags/llm.html" names a page's file; a topic's former address is a folder, like /tags/llms/`},
		{"[/tags/llm/, /tags/llm]", `content/site.yaml:6: topic "llms": alias "/tags/llm" is already an alias of topic "llms"; keep it under one topic`},
		{"[/Tags/LLM/, /tags/llm/]", `content/site.yaml:6: topic "llms": alias "/tags/llm/" is already an alias of topic "llms", as /Tags/LLM/ in other letter case, one folder on a Mac's or Windows's disk; keep it under one topic`},
		{"[/tags/LLM.htm]", `content/site.yaml:6: topic "llms": alias "/tags/LLM.htm" names a page's file; a topic's former address is a folder, like /tags/llms/`},
		{"[llms]", `content/site.yaml:6: topic "llms": alias "llms" is the topic's own slug; remove it`},
		{"[\"LLM*\"]", `content/site.yaml:6: topic "llms": alias "LLM*" is not a slug; use the topic's former slug, e.g. "llm-star"`},
		{"[vision]\n  vision:\n    name: Vision", `content/site.yaml:7: topic "vision" is also an alias of topic "llms", whose pages and feeds would take its place; remove one`},
	} {
		broken := strings.Replace(site, "[large-language-models, llm]", tt.aliases, 1)
		if _, err := buildSite(t, broken, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("aliases: %s: err = %v, want %q", tt.aliases, err, tt.want)
		}
	}
}

// TestPaperAliases: a paper's former ids (aliases:) each keep a page at
// /papers/<alias>/ that sends readers on to the paper, out of the sitemap;
// Hugo's /papers/<slug>/ form is read too, and a former address elsewhere
// (a Hugo post's /posts/<slug>/) keeps such a page at its path; an alias
// that is another paper's id or alias, or an address a page has or the
// build fills, is an error at its line.
func TestPaperAliases(t *testing.T) {
	site := `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/pages/about.md --
---
title: About
---
x
-- content/papers/a.md --
---
title: 'Attention, $\beta$'
arxiv: "2410.07166"
aliases: [smith-2024-attention, /papers/old-slug/, /posts/2024-06-attention/]
date: 2024-06-03
---
x
-- content/papers/b.md --
---
title: B
id: b
date: 2024-06-04
---
x
`
	out := mustBuild(t, site)
	for _, old := range []string{"papers/smith-2024-attention", "papers/old-slug", "posts/2024-06-attention"} {
		out.contains(t, old+"/index.html", "<title>Attention, β</title>", `<link rel="canonical" href="https://example.org/repo/papers/2410.07166/">`,
			`<meta name="robots" content="noindex">`, `<meta http-equiv="refresh" content="0; url=/repo/papers/2410.07166/">`, `<a href="/repo/papers/2410.07166/">Attention, β</a>`)
		if strings.Contains(out.file(t, "sitemap.xml"), old) {
			t.Errorf("the alias %s is in the sitemap", old)
		}
	}
	for _, tt := range []struct{ aliases, want string }{
		{"[b]", `content/papers/a.md:4: alias "b" is the id of content/papers/b.md:3, whose page is at that address; an alias is a former id no paper has now: remove it`},
		{"[B]", `content/papers/a.md:4: alias "B" is the id of content/papers/b.md:3`},
		{"[2410.07166]", `content/papers/a.md:4: alias "2410.07166" is the paper's own id; an alias is a former one: remove it`},
		{"[/About/]", `content/papers/a.md:4: alias "/About/" is the address of content/pages/about.md too; keep it on one of the two`},
		{"[/days/old/]", `content/papers/a.md:4: alias "/days/old/": the address /days/old/ is in /days/, a folder the build fills itself`},
		{"[/about/]", `content/papers/a.md:4: alias "/about/" is the address of content/pages/about.md too; keep it on one of the two`},
		{"[../x]", `content/papers/a.md:4: alias "../x" is relative, as Hugo reads one from the post's address`},
	} {
		broken := strings.Replace(site, "[smith-2024-attention, /papers/old-slug/, /posts/2024-06-attention/]", tt.aliases, 1)
		if _, err := buildSite(t, broken, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("aliases: %s: err = %v, want %q", tt.aliases, err, tt.want)
		}
	}
	twice := strings.Replace(site, "id: b\n", "id: b\naliases: [/posts/2024-06-attention/]\n", 1)
	if _, err := buildSite(t, twice, Options{}); err == nil || !strings.Contains(err.Error(), `alias "/posts/2024-06-attention/" is an alias of content/papers/`) {
		t.Errorf("a former address of two papers: err = %v", err)
	}
	twice = strings.Replace(site, "id: b\n", "id: b\naliases: [/2024/06/01/attention.html]\n", 1)
	twice = strings.Replace(twice, "/posts/2024-06-attention/]", "/2024/06/01/attention.html]", 1)
	if _, err := buildSite(t, twice, Options{}); err == nil || !strings.Contains(err.Error(), `alias "/2024/06/01/attention.html" is an alias of content/papers/`) {
		t.Errorf("a former page name of two papers: err = %v", err)
	}
	twice = strings.Replace(site, "id: b\n", "id: b\naliases: [smith-2024-attention]\n", 1)
	if _, err := buildSite(t, twice, Options{}); err == nil || !strings.Contains(err.Error(), `alias "smith-2024-attention" is an alias of content/papers/`) {
		t.Errorf("an alias of two papers: err = %v", err)
	}
}

// rtlSite is a site in Hebrew (a partial translation: the rest shows in
// English) whose papers are in English but one, in Hebrew, on two days.
const rtlSite = `
-- content/site.yaml --
title: איבערבליק
baseURL: https://example.org/
language: yi
theme: mine
-- themes/mine/i18n/yi.yaml --
abstract: תקציר
-- content/papers/2405.00001.md --
---
title: "Is Attention All You Need?"
arxiv: "2405.00001"
authors: [Ada Lovelace, דוד כהן]
date: 2024-06-03
---
An abstract in English, with code:

` + "```python\ndef f(x): return x\n```" + `
-- content/papers/he-01.md --
---
title: "קשב הוא כל מה שצריך"
id: he-01
language: yi
date: 2024-06-04
---
תקציר בעברית.
`

// TestRightToLeft: a site in a language written right to left is
// <html dir="rtl">, its English titles take dir="ltr" with their lang,
// the previous and next links' arrows point outward, and the stylesheet
// lays the page out by start and end, keeping code left to right.
func TestRightToLeft(t *testing.T) {
	out := mustBuild(t, rtlSite)
	day := out.file(t, "days/2024-06-03/index.html")
	for _, want := range []string{
		`<html lang="yi" dir="rtl">`,
		`<h3 class="paper-title" lang="en" dir="ltr"><a href="/papers/2405.00001/" data-cite="arXiv:2405.00001">Is Attention All You Need?</a></h3>`,
		"rel=\"next\">יוני\u00a04, 2024 <span aria-hidden=\"true\">←</span></a>", // the date in English order: yi.yaml has no dateShort
	} {
		if !strings.Contains(day, want) {
			t.Errorf("the day page lacks %s:\n%s", want, day)
		}
	}
	if next := out.file(t, "days/2024-06-04/index.html"); !strings.Contains(next, `rel="prev"><span aria-hidden="true">→</span>`) {
		t.Errorf("the next day's link back lacks →")
	}
	paper := out.file(t, "papers/2405.00001/index.html")
	for _, want := range []string{`<h1 id="paper-title" lang="en" dir="ltr">`, `<div lang="en" dir="ltr">`, `<h2 id="abstract">תקציר</h2>`} {
		if !strings.Contains(paper, want) {
			t.Errorf("the paper page lacks %s", want)
		}
	}
	if he := out.file(t, "papers/he-01/index.html"); !strings.Contains(he, `<h1 id="paper-title">קשב`) {
		t.Errorf("the Hebrew paper's title is marked:\n%s", he)
	}
	if feed := out.file(t, "feed.json"); !strings.Contains(feed, `\u003cdiv lang=\"en\" dir=\"ltr\"\u003e`) {
		t.Errorf("the JSON feed's English abstract lacks its lang and dir:\n%s", feed)
	}
	css := builtinStyle(t) // the site's is it minified
	for _, want := range []string{"code, pre, kbd, samp, math { direction: ltr; unicode-bidi: isolate; }", "inset-inline-start: 0; top: 0.9rem"} {
		if !strings.Contains(css, want) {
			t.Errorf("style.css lacks %s", want)
		}
	}
	if strings.Contains(css, "left: 0;") || strings.Contains(css, "margin-left") || strings.Contains(css, "padding-left") || strings.Contains(css, "border-left") {
		t.Errorf("style.css has a physical left: the layout would not mirror")
	}
	// The partial translation builds, and the build says so.
	res, err := Build(context.Background(), Options{Site: siteFS(rtlSite)})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(res.Warnings, func(p Problem) bool {
		return p.Kind == "untranslated" && p.Path == "themes/mine/i18n/yi.yaml" && strings.Contains(p.Msg, "messages are not translated into yi and show in English")
	}) {
		t.Errorf("the build's warnings are %v, want one naming the untranslated messages", res.Warnings)
	}
	// The build's warning names a few; check names every one, for the
	// translator to work through.
	problems, err := Check(context.Background(), Options{Site: siteFS(rtlSite)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		of      string
		list    []Problem
		all, is bool
	}{{"build", res.Warnings, false, true}, {"check", problems, true, false}} {
		i := slices.IndexFunc(tt.list, func(p Problem) bool { return p.Kind == "untranslated" && p.Path == "themes/mine/i18n/yi.yaml" })
		if i < 0 {
			t.Errorf("%s names no untranslated messages: %v", tt.of, tt.list)
			continue
		}
		msg := tt.list[i].Msg
		if strings.Contains(msg, "weekShort") != tt.all || strings.Contains(msg, "(`paperboy check` names them all)") != tt.is {
			t.Errorf("%s: %s\nwant every id named: %v", tt.of, msg, tt.all)
		}
	}
	// An LTR site writes no dir.
	if fr := mustBuild(t, languageSite).file(t, "days/2024-06-03/index.html"); strings.Contains(fr, "dir=") && !strings.Contains(fr, `dir="auto"`) {
		t.Errorf("a French page has a dir")
	}
}

// TestRightToLeftPlainTitle: on a site written right to left, a paper's
// English title is isolated (U+2068 … U+2069) where no dir="ltr" can
// go, its page's <title> and og:title, so its "?" stays at its end; a
// title in the site's own language, and every title of a site written
// left to right (TestGolden), keeps its bytes.
func TestRightToLeftPlainTitle(t *testing.T) {
	out := mustBuild(t, rtlSite)
	out.contains(t, "papers/2405.00001/index.html",
		"<title>\u2068Is Attention All You Need?\u2069 · איבערבליק</title>",
		"<meta property=\"og:title\" content=\"\u2068Is Attention All You Need?\u2069\">")
	out.contains(t, "papers/he-01/index.html", "<title>קשב הוא כל מה שצריך · איבערבליק</title>")
	out.lacks(t, "papers/he-01/index.html", "\u2068")
}

// builtinRTLSite is a site in lang, with the built-in translation: two
// papers on 2025-06-16, eleven on 2025-06-17.
func builtinRTLSite(lang string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- content/site.yaml --\ntitle: Digest\nbaseURL: https://example.org/\nlanguage: %s\n", lang)
	for i := range 13 {
		day := "2025-06-16"
		if i >= 2 {
			day = "2025-06-17"
		}
		fmt.Fprintf(&b, "-- content/papers/2506.%05d.md --\n---\ntitle: \"Paper %d (v2).\"\narxiv: \"2506.%05d\"\nauthors: [Ada Lovelace]\ndate: %s\nupvotes: %d\n---\nAn abstract.\n", i+1, i+1, i+1, day, 1000+i)
	}
	return b.String()
}

// TestBuiltinRightToLeft: a site in a built-in language written right to
// left is in it whole: the page's lang and dir, its words, Arabic's dual
// (2 papers, ورقتان; on 2 days, في يومين, genitive after the preposition)
// and its count of 11 to 99 (11 ورقة), and Persian's
// digits in counts, dates, week numbers and ranks.
func TestBuiltinRightToLeft(t *testing.T) {
	ar := mustBuild(t, builtinRTLSite("ar"))
	for path, wants := range map[string][]string{
		"days/2025-06-16/index.html":   {`<html lang="ar" dir="rtl">`, "<time datetime=\"2025-06-16\">الاثنين، 16\u00a0يونيو 2025</time> · ورقتان</p>", ">الأسبوع\u00a025</a>"},
		"days/2025-06-17/index.html":   {"<time datetime=\"2025-06-17\">الثلاثاء، 17\u00a0يونيو 2025</time> · 11\u00a0ورقة</p>", `rel="prev"><span aria-hidden="true">→</span>`},
		"papers/2506.00001/index.html": {`<h2 id="abstract">الملخص</h2>`, `lang="en" dir="ltr"`, "1,000\u00a0صوت"},
		"weeks/2025-W25/index.html":    {" في يومين</p>"}, // the dual after في is genitive, not يومان
		"months/2025-06/index.html":    {" في يومين</p>"},
	} {
		page := ar.file(t, path)
		for _, want := range wants {
			if !strings.Contains(page, want) {
				t.Errorf("ar: %s lacks %s", path, want)
			}
		}
		if strings.Contains(page, "data-digits") {
			t.Errorf("ar: %s has data-digits: Arabic is written in 0–9", path)
		}
	}
	fa := mustBuild(t, builtinRTLSite("fa"))
	day := fa.file(t, "days/2025-06-17/index.html")
	for _, want := range []string{`<html lang="fa" dir="rtl" data-digits="arabext">`, "<time datetime=\"2025-06-17\">سه\u200cشنبه ۱۷\u00a0ژوئن ۲۰۲۵</time> · ۱۱\u00a0مقاله</p>", ">هفتهٔ\u00a0۲۵</a>"} {
		if !strings.Contains(day, want) {
			t.Errorf("fa: the day page lacks %s", want)
		}
	}
	if css := builtinStyle(t); !strings.Contains(css, `[data-digits="arabext"] .paper-list > li::before { content: counter(rank, persian); }`) {
		t.Errorf("fa: style.css does not write the ranks in Persian digits")
	}
}

// builtinStyle returns the built-in theme's style.css as written, which
// sites publish minified.
func builtinStyle(t *testing.T) string {
	t.Helper()
	data, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
