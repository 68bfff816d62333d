package generator

import (
	"context"
	"strings"
	"testing"
)

// fieldsSite is smallSite with a paper not on arXiv, whose BibTeX entry's
// url is its project page, and a paper with a code link.
var fieldsSite = strings.Replace(smallSite, "upvotes: 1\ntopics: [agents]\n", "upvotes: 1\ntopics: [agents]\ncode: \"https://github.com/a/delta\"\n", 1) + `-- content/papers/epsilon.md --
---
title: "Epsilon"
id: "epsilon"
authors: ["Grace Hopper"]
date: 2024-06-03
upvotes: 3
project: "https://example.org/epsilon/"
---
Epsilon abstract.
`

// The paper files of fieldsSite that the tests edit: two on arXiv, one
// not.
const (
	alphaFile   = "content/papers/2405.00001.md"
	deltaFile   = "content/papers/2406.00004.md"
	epsilonFile = "content/papers/epsilon.md"
)

// TestLiveFieldEdits: an edit of one plain field of a paper's front
// matter (model.PlainKeys: a code or project link written, changed or
// taken out, a TL;DR, an arXiv comment, where it was published, a DOI)
// takes the quick path, complete unless the search index reads the
// field (the TL;DR, a journal's or conference's name, the DOI, a
// comment's withdrawal, which also keeps the paper off related lists), and so
// with new upvotes (the quick path of counts); the files and warnings
// are then a clean build's (and before Complete, all files but the
// search index and the pages of papers whose related papers changed).
// A plain field may be written over several lines (a block scalar, a
// quoted or plain scalar that goes on); one whose value starts below its
// key, or a venue the parse refuses, takes the full build.
func TestLiveFieldEdits(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, fieldsSite)
	ctx := context.Background()
	live := liveEdits(t, dir, []sourceEdit{
		{"code changed", deltaFile, "github.com/a/delta", "github.com/b/delta", true, false},
		{"code taken out", deltaFile, "code: \"https://github.com/b/delta\"\n", "", true, false},
		{"code written", alphaFile, "upvotes: 5\n", "upvotes: 5\ncode: https://github.com/a/alpha\n", true, false},
		{"project of a paper not on arXiv (its BibTeX url)", epsilonFile, "example.org/epsilon/", "example.org/eps/", true, false},
		{"pdf written", epsilonFile, "upvotes: 3\n", "upvotes: 3\npdf: \"https://example.org/eps.pdf\"\n", true, false},
		{"tldr written", alphaFile, "upvotes: 5\n", "upvotes: 5\ntldr: Agents that plan.\n", true, true},
		{"tldr changed", alphaFile, "tldr: Agents that plan.", "tldr: \"Agents that plan, $n=3$.\"", true, true},
		{"comment written", alphaFile, "upvotes: 5\n", "upvotes: 5\ncomment: 12 pages, 3 figures\n", true, false},
		{"comment: withdrawn", alphaFile, "comment: 12 pages, 3 figures", "comment: \"Withdrawn: an error in Table 2\"", true, true},
		{"journal written", alphaFile, "upvotes: 5\n", "upvotes: 5\njournal: \"Nature Machine Intelligence\"\n", true, true},
		{"volume written", alphaFile, "upvotes: 5\n", "upvotes: 5\nvolume: 6\n", true, false},
		{"pages written", alphaFile, "upvotes: 5\n", "upvotes: 5\npages: 123-130\n", true, false},
		{"journal's typo", alphaFile, "Nature Machine Intelligence", "Nature Machine Inteligence", true, true},
		{"volume with new upvotes", alphaFile, "upvotes: 5\npages: 123-130\nvolume: 6\n", "upvotes: 7\npages: 123-130\nvolume: 7\n", true, false},
		{"code with new upvotes", deltaFile, "upvotes: 1\n", "upvotes: 4\ncode: https://github.com/c/delta\n", true, false},
		// A plain field written over several lines: a block scalar, a
		// quoted or plain scalar that goes on.
		{"tldr as a block", alphaFile, "tldr: \"Agents that plan, $n=3$.\"", "tldr: |\n  Agents that plan.\n\n  And act.", true, true},
		{"tldr's block folded", alphaFile, "tldr: |\n  Agents that plan.\n\n  And act.", "tldr: >-\n  Agents that\n  plan well.", true, true},
		{"comment over two lines", alphaFile, "comment: \"Withdrawn: an error in Table 2\"", "comment: \"Withdrawn: an error\n  in Table 2\"", true, false},
		{"comment's next line", alphaFile, "  in Table 2\"", "  in Table 3\"", true, false},
		{"code over two lines", deltaFile, "code: https://github.com/c/delta\n", "code: \"https://github.com/c/\\\n  delta\"\n", true, false},
		// A DOI: in the search index, the BibTeX entry (its url too for
		// a paper not on arXiv), the citation tags and the card's
		// data-cite of a paper not on arXiv.
		{"published written", epsilonFile, "upvotes: 3\n", "upvotes: 3\npublished: 2021-09-09\n", true, false},
		{"doi written", epsilonFile, "upvotes: 3\n", "upvotes: 3\ndoi: 10.1000/eps.1\n", true, true},
		{"doi as a link", epsilonFile, "doi: 10.1000/eps.1", "doi: https://doi.org/10.1000/eps.2", true, true},
		{"doi taken out", epsilonFile, "doi: https://doi.org/10.1000/eps.2\n", "", true, true},
		{"doi of an arXiv paper", alphaFile, "upvotes: 7\n", "upvotes: 7\ndoi: \"10.1038/s42256-024-00001-2\"\n", true, true},
		// A warning of the front matter that comes or goes (a DOI for a
		// paper not on arXiv with no date, whose citations give its
		// digest day) takes the full build.
		{"published taken out", epsilonFile, "published: 2021-09-09\n", "", true, false},
		{"doi of a paper with no date", epsilonFile, "upvotes: 3\n", "upvotes: 3\ndoi: 10.1000/eps.3\n", false, false},
		{"its doi's other value", epsilonFile, "eps.3", "eps.4", true, true},
		{"its date written", epsilonFile, "upvotes: 3\n", "upvotes: 3\npublished: 2021-09-09\n", false, false},
		{"tldr below its key", alphaFile, "tldr: >-\n  Agents that\n  plan well.", "tldr:\n  Agents that plan.", false, false},
	})
	// A venue the parse refuses fails as a full build does.
	path := editFile(t, dir, alphaFile, "journal: \"Nature Machine Inteligence\"\n", "")
	if _, _, err := live.Build(ctx, []string{path}); err == nil || !strings.Contains(err.Error(), "volume is a journal's") {
		t.Errorf("volume: without journal: %v; want the parse's error", err)
	}
}

// TestLiveFrontLinesMoved: a plain field's line taken out above a line
// with a warning (an author paperboy new paper wrote) and another
// written below it move that line but not the body: the rebuild warns at
// the author's new line, as a clean build does (the full build), where
// the quick path warned at the line it was on before.
func TestLiveFrontLinesMoved(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite+`-- content/papers/2406.00009.md --
---
title: "Iota"
arxiv: "2406.00009"
code: https://github.com/a/iota
authors: ["First Author"]
date: 2024-06-03
upvotes: 1
---
Iota abstract.
`)
	live, _ := startLive(t, dir)
	path := editFile(t, dir, "content/papers/2406.00009.md", "code: https://github.com/a/iota\nauthors: [\"First Author\"]\ndate: 2024-06-03\nupvotes: 1\n",
		"authors: [\"First Author\"]\ndate: 2024-06-03\nupvotes: 1\ntldr: Iota.\n")
	res, _, err := live.Build(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	matchesClean(t, dir, "code: out, tldr: in", res)
}
