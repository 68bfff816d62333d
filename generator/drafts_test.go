package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/themes"
)

// draftSite is smallSite with drafts wherever a paper can be named: a
// draft paper file listed second on a day, in another day's removed:, and
// a draft written inline in a day file. Every draft says "secret".
var draftSite = strings.Replace(smallSite, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2406.00004", "2405.00009", "2405.00001"]`, 1) + `
-- content/papers/2405.00009.md --
---
title: "Secret Epsilon"
arxiv: "2405.00009"
authors: ["Secret Author", "Ada Lovelace"]
date: 2024-06-03
topics: [agents, secret-topic]
upvotes: 3
draft: true
---
A secret denoising diffusion agent abstract.
-- content/days/2024-06-04.md --
---
papers:
  - {title: "Secret Zeta", id: zeta, authors: [Secret Author], draft: true, abstract: "Secret."}
removed: ["2405.00009"]
---
`

// secrets returns the files that mention a draft.
func secrets(files map[string]string) []string {
	var out []string
	for p, s := range files {
		if strings.Contains(strings.ToLower(s), "secret") || strings.Contains(s, "2405.00009") {
			out = append(out, p)
		}
	}
	return out
}

// TestDrafts: a draft listed on a day leaves the day (and every page,
// feed, index and related list) without it, however it is named; with
// Drafts it takes its place in the day's order.
func TestDrafts(t *testing.T) {
	out, err := buildSite(t, draftSite, Options{})
	if err != nil {
		t.Fatalf("build without drafts failed:\n%v", err)
	}
	if leaks := secrets(out); len(leaks) > 0 {
		t.Errorf("without drafts, these files show a draft: %q", leaks)
	}
	out.contains(t, "days/2024-06-03/index.html", "Delta", "Alpha")

	out, err = buildSite(t, draftSite, Options{Drafts: true})
	if err != nil {
		t.Fatalf("build with drafts failed:\n%v", err)
	}
	out.contains(t, "days/2024-06-03/index.html", "Delta", "Secret Epsilon", "Alpha")
	out.contains(t, "days/2024-06-04/index.html", "Secret Zeta")
	out.lacks(t, "days/2024-06-04/index.html", "Secret Epsilon")
}

// TestDraftsNotMailed: the email of a day that lists a draft leaves it out.
func TestDraftsNotMailed(t *testing.T) {
	m := dayMail(t, draftSite, "2024-06-03")
	if !strings.Contains(m.Text, "Delta") || strings.Contains(strings.ToLower(m.Text+m.HTML), "secret") {
		t.Errorf("the day's email shows the draft, or not the day:\n%s", m.Text)
	}
}

// dayMail is the built-in theme's email of the day key of the site archive.
func dayMail(t *testing.T, archive, key string) *mail.Message {
	t.Helper()
	res, err := Build(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	d, err := mail.Select(res.Site, mail.Selector{Kind: mail.DayDigest, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.Compose(res.Site, d, mail.Settings{From: "d@example.org"}, mail.Theme{Builtin: themes.Default()})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestLiveDrafts: the preview server's rebuilds after an edit of a draft
// keep it out, until its draft: true goes.
func TestLiveDrafts(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, draftSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	draft := editFile(t, dir, "content/papers/2405.00009.md", "A secret denoising", "An edited secret denoising")
	res, _, err := live.Build(ctx, []string{draft})
	if err != nil {
		t.Fatalf("rebuild after editing a draft's body: %v", err)
	}
	if leaks := secrets(filesOf(res)); len(leaks) > 0 {
		t.Errorf("after a draft's body was edited, these files show it: %q", leaks)
	}
	editFile(t, dir, "content/papers/2405.00009.md", "draft: true\n", "")
	res, _, err = live.Build(ctx, []string{filepath.Join(dir, "content/papers/2405.00009.md")})
	if err != nil {
		t.Fatalf("rebuild after publishing a draft: %v", err)
	}
	if !strings.Contains(filesOf(res)["days/2024-06-03/index.html"], "Secret Epsilon") {
		t.Error("the day does not show the paper once it is no longer a draft")
	}
}

// TestEmptyDaysNotPublished: a day with no papers to show (a day file with
// only an intro, or listing only drafts) gets no page, no place in the
// archive, calendar or feeds, and its neighbours link past it.
func TestEmptyDaysNotPublished(t *testing.T) {
	site := draftSite + `
-- content/days/2024-06-01.md --
---
title: "Holiday"
---
Nothing today.
`
	out := mustBuild(t, site)
	for p, s := range out {
		if strings.HasPrefix(p, "days/2024-06-01/") || strings.HasPrefix(p, "days/2024-06-04/") {
			t.Errorf("%s written for a day without papers", p)
		}
		if strings.Contains(s, "2024-06-01") || strings.Contains(s, "Holiday") || strings.Contains(s, "2024-06-04") {
			t.Errorf("%s names a day without papers", p)
		}
	}
	out.contains(t, "days/2024-05-31/index.html", `href="/repo/days/2024-06-03/" rel="next"`)
	out.contains(t, "days/2024-06-03/index.html", `href="/repo/days/2024-05-31/" rel="prev"`)
	out.lacks(t, "days/2024-06-03/index.html", `rel="next"`)
}

// TestRemovedPaperNotPublished: a paper removed: from the only day it is
// dated on has no page, and is in no list: not the site's papers (the
// archive counts them), its authors', its topics', search or feeds.
func TestRemovedPaperNotPublished(t *testing.T) {
	site := strings.Replace(smallSite, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2406.00004", "2405.00001"]`+"\nremoved: [\"2406.00005\"]", 1) + `
-- content/papers/2406.00005.md --
---
title: "Secret Removed"
arxiv: "2406.00005"
authors: ["Secret Author"]
date: 2024-06-03
topics: [secret-topic]
---
A secret abstract.
`
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Site.Papers {
		if p.ID == "2406.00005" {
			t.Error("the removed paper is among the site's papers")
		}
	}
	out := mustBuild(t, site)
	if leaks := secrets(out); len(leaks) > 0 {
		t.Errorf("these files show the removed paper: %q", leaks)
	}
	out.contains(t, "archive/index.html", "4\u00a0papers")
}
