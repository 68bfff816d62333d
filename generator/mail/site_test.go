package mail

import (
	"html/template"
	"net/url"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// testBase is the base URL of the test site: a GitHub Pages project site.
const testBase = "https://example.org/repo/"

// day returns UTC midnight of the ISO date s.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// testSite returns a small indexed site built by hand: two days in one
// week and month, three papers, a non-ASCII title and author, hostile
// strings, and a day intro with root-relative, relative and fragment links.
func testSite() *model.Site {
	base, _ := url.Parse(testBase)
	cfg := &model.Config{
		Title:       "Zoë's Papers — daily",
		BaseURL:     testBase,
		Description: "Daily papers <curated> & ranked",
		Language:    "en",
		TopSize:     10,
		Source:      "content/site.yaml",
		Base:        base,
	}
	llm := &model.Topic{Slug: "llm", Name: "Large language models"}
	jose := &model.Author{Name: "José Núñez", Slug: "josé-núñez"}
	p1 := &model.Paper{
		ID: "2403.00001", Slug: "2403.00001", ArXiv: "2403.00001",
		Title:   `Attention & "Transformers" </title><script>alert(1)</script>`,
		Authors: []string{"Ada Lovelace", "José Núñez"},
		Date:    day("2024-03-14"), Upvotes: 42,
		Code:       "https://github.com/example/attention",
		TopicRefs:  []*model.Topic{llm},
		AuthorRefs: []*model.Author{jose},
	}
	p2 := &model.Paper{
		ID: "paper-two", Slug: "paper-two",
		Title:   "Plain Paper With A Very Long Unbreakable Word Supercalifragilisticexpialidociouslylongerthanthescreenisawide",
		Authors: []string{"Grace Hopper"},
		Date:    day("2024-03-14"), Upvotes: 7,
		TLDR:    "A one-line summary.",
		Project: "https://example.com/plain?a=1&b=2",
	}
	p3 := &model.Paper{
		ID: "cond-mat/0603029", Slug: "cond-mat-0603029", ArXiv: "cond-mat/0603029",
		Title: "Checkerboards", Authors: []string{"Bobby Tables"},
		Date: day("2024-03-15"), Upvotes: 3,
	}
	p1.SetTexts(`We show that <script>alert(1)</script> & "quotes" survive, in Ünïcode too.`, "")
	p3.SetTexts("Old but gold.", "")
	d1 := &model.Day{Date: day("2024-03-14"), Slug: "2024-03-14", Papers: []*model.Paper{p1, p2}, Source: "content/days/2024-03-14.md",
		Title: "Crème brûlée day",
		IntroHTML: template.HTML(`<p>See <a href="/repo/papers/2403.00001/">the first</a>, <a href="../2024-03-15/">tomorrow</a>, ` +
			`<a href="#fn1">a note</a> and <a href="https://example.net/x" onclick="evil()">elsewhere</a>.</p>` +
			`<script>alert(1)</script><ul><li>one <math display="inline" alttext="E = mc^2"><mi>E</mi></math></li><li>two</li></ul>`)}
	d2 := &model.Day{Date: day("2024-03-15"), Slug: "2024-03-15", Papers: []*model.Paper{p3}}
	d1.Next, d2.Prev = d2, d1
	w := &model.Week{Year: 2024, Num: 11, Slug: "2024-W11", Start: day("2024-03-11"), Days: []*model.Day{d2, d1}, Top: []*model.Paper{p1, p2, p3}, Count: 3}
	m := &model.Month{Year: 2024, Num: time.March, Slug: "2024-03", Start: day("2024-03-01"), Days: []*model.Day{d2, d1}, Top: []*model.Paper{p1, p2, p3}, Count: 3}
	for _, d := range []*model.Day{d1, d2} {
		d.Week, d.Month = w, m
	}
	p1.Days, p2.Days, p3.Days = []*model.Day{d1}, []*model.Day{d1}, []*model.Day{d2}
	return &model.Site{Config: cfg, Papers: []*model.Paper{p1, p3, p2}, Days: []*model.Day{d2, d1},
		Weeks: []*model.Week{w}, Months: []*model.Month{m}, Topics: []*model.Topic{llm}, Authors: []*model.Author{jose}}
}

// builtin is the built-in theme alone.
func builtin() Theme { return Theme{Builtin: themes.Default()} }

// testSettings are newsletter settings with a non-ASCII sender name.
func testSettings() Settings {
	return Settings{From: "Zoë Digest <digest@example.org>", Unsubscribe: []string{"mailto:leave@example.org", "https://example.org/repo/subscribe/"}}
}

// compose composes the digest sel of the test site with the built-in theme.
func compose(sel Selector, s Settings, site *model.Site) (*Message, error) {
	d, err := Select(site, sel)
	if err != nil {
		return nil, err
	}
	return Compose(site, d, s, builtin())
}

// mapFS is a theme folder given as path → content.
func mapFS(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for k, v := range files {
		m[k] = &fstest.MapFile{Data: []byte(v)}
	}
	return m
}

func mustURL(s string) *url.URL {
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}
