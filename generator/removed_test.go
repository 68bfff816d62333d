package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// publishedSite is the site as it was first published: a paper by its
// own id, smith-notes, and a page at /about-us/.
const publishedSite = smallSite + `-- content/papers/smith-notes.md --
---
title: "Notes on something"
id: smith-notes
date: 2024-05-31
---
Abstract.
-- content/pages/about-us.md --
---
title: About us
---
Who we are.
`

// TestRemovedAddresses: a build into a destination holding the site built
// before warns of each paper page and page it published that this build
// removes, at the file of the paper or page that most likely was there
// (one still named after the old id; else the one new when one went),
// with the alias that keeps the address, and the feed_id: that keeps its
// feed items' id when the former feeds listed it; none when an alias keeps it, on
// a first build, or for a folder without a page (removedDays tells a day
// emptied).
func TestRemovedAddresses(t *testing.T) {
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, publishedSite) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	former["fonts/a.woff2"] = &fstest.MapFile{Data: []byte("font")}          // a theme's static folder, no page
	former["papers/figures/fig1.png"] = &fstest.MapFile{Data: []byte("png")} // files linked beside the papers, no page
	smithAs := func(file, front string) string {
		return "-- content/papers/" + file + " --\n---\ntitle: \"Notes on something\"\n" + front + "date: 2024-05-31\n---\nAbstract.\n"
	}
	about := func(file, front string) string {
		return "-- content/pages/" + file + " --\n---\ntitle: About us\n" + front + "---\nWho we are.\n"
	}
	for _, c := range []struct {
		name   string
		site   string
		former fstest.MapFS
		want   []string
	}{
		{"unchanged", publishedSite, former, nil},
		{"first build", smallSite + smithAs("2405.15216.md", "arxiv: \"2405.15216\"\n") + about("about.md", ""), nil, nil},
		{"id changed, file kept", smallSite + smithAs("smith-notes.md", "arxiv: \"2405.15216\"\n") + about("about-us.md", ""), former, []string{
			"content/papers/smith-notes.md:3: papers/smith-notes/ was published and this build removes it, while this paper's page is now papers/2405.15216/: readers' and other sites' links to the old address would find nothing; if this is the paper that was there, add `aliases: [smith-notes]` to keep the address (a page there sends readers on), and `feed_id: /papers/smith-notes/`, which keeps the id its feed items had: without it every feed reader shows the paper again as new"}},
		{"id changed, feed id kept", smallSite + smithAs("smith-notes.md", "arxiv: \"2405.15216\"\nfeed_id: /papers/smith-notes/\n") + about("about-us.md", ""), former, []string{
			"content/papers/smith-notes.md:3: papers/smith-notes/ was published and this build removes it, while this paper's page is now papers/2405.15216/: readers' and other sites' links to the old address would find nothing; if this is the paper that was there, add `aliases: [smith-notes]` to keep the address (a page there sends readers on)"}},
		{"file renamed with it", smallSite + smithAs("2405.15216.md", "arxiv: \"2405.15216\"\n") + about("about-us.md", ""), former, []string{
			"content/papers/2405.15216.md:3: papers/smith-notes/ was published and this build removes it, while this paper's page is now papers/2405.15216/: readers' and other sites' links to the old address would find nothing; if this is the paper that was there, add `aliases: [smith-notes]` to keep the address (a page there sends readers on), and `feed_id: /papers/smith-notes/`, which keeps the id its feed items had: without it every feed reader shows the paper again as new"}},
		{"kept by an alias", smallSite + smithAs("2405.15216.md", "arxiv: \"2405.15216\"\naliases: [smith-notes]\n") + about("about.md", "aliases: [/about-us/]\n"), former, nil},
		{"removed", smallSite, former, []string{
			"content/pages: /about-us/ was published and this build removes it: if a page of content/pages/ was renamed, add `aliases: [/about-us/]` to it to keep the address (a page there sends readers on); if it was taken off on purpose, build once to publish that, and this is not told again",
			"content/papers: papers/smith-notes/ was published and this build removes it, as no paper has its id now: if a paper was renamed (given its arXiv id), add the old id to its aliases, `aliases: [smith-notes]`, to keep the address; if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"page renamed", smallSite + smithAs("smith-notes.md", "id: smith-notes\n") + about("about.md", ""), former, []string{
			"content/pages/about.md:2: /about-us/ was published and this build removes it, while this page is new at /about/: readers' and other sites' links to the old address would find nothing; if this page was there, add `aliases: [/about-us/]` to keep the address (a page there sends readers on)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := Options{Site: siteFS(c.site)}
			if c.former != nil {
				opts.Former = c.former
			}
			res, err := Build(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Warnings {
				if p.Kind == "removed" {
					got = append(got, p.String())
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestRemovedTopics: a topic's page that the site built before has and
// the build removes, with its feeds, is warned of at content/site.yaml
// with the alias that keeps the address; a topic new in the build, when
// one went, is named at its line as the likely rename; none when an
// alias keeps the address.
func TestRemovedTopics(t *testing.T) {
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, smallSite) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	renamed := func(to, more string) string {
		s := strings.Replace(smallSite, "  agents:\n    name: Agents\n", "  "+to+":\n    name: Agents\n"+more, 1)
		return strings.ReplaceAll(s, "topics: [agents]", "topics: ["+to+"]")
	}
	const feeds = "topics/agents/ was published, with its RSS, Atom and JSON feeds (topics/agents/feed.xml, atom.xml, feed.json), and this build removes them"
	const harm = "readers' and other sites' links to the page would find nothing, and the feeds' subscribers would get no more items, with no error to tell them"
	for _, c := range []struct {
		name, site string
		want       []string
	}{
		{"unchanged", smallSite, nil},
		{"retired", strings.Replace(renamed("", ""), "  :\n    name: Agents\n", "", 1), []string{
			"content/site.yaml: " + feeds + ", as no paper is on the topic agents now: " + harm + "; if its papers went to another topic, add agents to that topic's aliases under topics: (`aliases: [agents]`) to keep the address (a page there sends readers on, with copies of that topic's feeds); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"renamed", renamed("ai-agents", ""), []string{
			"content/site.yaml:11: " + feeds + ", while the topic ai-agents is new at topics/ai-agents/: " + harm + "; if ai-agents is the topic renamed, add `aliases: [agents]` under it to keep the address (a page there sends readers on, with copies of the topic's feeds); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"renamed in the papers only", strings.Replace(renamed("ai-agents", ""), "  ai-agents:\n    name: Agents\n", "", 1), []string{
			"content/site.yaml: " + feeds + ", while the topic ai-agents is new at topics/ai-agents/: " + harm + "; if ai-agents is the topic renamed, add it under topics: with the old slug as its alias, `ai-agents: {aliases: [agents]}`, to keep the address (a page there sends readers on, with copies of the topic's feeds); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"kept by an alias", renamed("ai-agents", "    aliases: [agents]\n"), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formerWarnings(t, c.site, former, func(p Problem) bool { return p.Kind == "removed" })
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}
