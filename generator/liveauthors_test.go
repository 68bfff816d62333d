package generator

import (
	"slices"
	"strings"
	"testing"
)

// authorsSite is fieldsSite with authorNames: in site.yaml, a paper by
// an author it renames (Zeta), one of Gamma's year and first author but
// another's key (Gamma's first), one of an author written as two, one
// of an author with a space before a comma and one of the spelling of an
// author that a line of authorNames: that renames nobody names.
var authorsSite = strings.Replace(fieldsSite, "authorPageSize: 2\n", "authorPageSize: 2\nauthorNames:\n  Juergen Schmidhuber: Jürgen Schmidhuber\n  GRACE HOPPER: Grace B. Hopper\n", 1) + `-- content/papers/2405.00010.md --
---
title: "Zeta"
arxiv: "2405.00010"
authors: ["Juergen Schmidhuber", "Alan Turing"]
date: 2024-05-31
upvotes: 4
---
Zeta abstract.
-- content/papers/2404.00005.md --
---
title: "Gamma first"
arxiv: "2404.00005"
authors: ["Erwin Schrodinger", "Ada Lovelace"]
date: 2024-05-31
upvotes: 2
---
Gamma first abstract.
-- content/papers/2405.00011.md --
---
title: "Eta"
arxiv: "2405.00011"
authors: ["Ada Lovelace", "Alan Turing and Grace Hopper"]
date: 2024-06-03
upvotes: 1
---
Eta abstract.
-- content/papers/2405.00012.md --
---
title: "Theta"
arxiv: "2405.00012"
authors: ["Lovelace , Ada", "Alan Turing"]
date: 2024-06-03
upvotes: 1
---
Theta abstract.
-- content/papers/2405.00013.md --
---
title: "Iota"
arxiv: "2405.00013"
authors: ["Grace Hopper", "Alan Turing"]
date: 2024-06-03
upvotes: 1
---
Iota abstract.
`

// TestLiveAuthorEdits: an edit of a paper's authors: (in brackets on its
// line or an item on each line below it) that lists the same names in
// another order, or writes them otherwise in the same, takes the quick
// path, incomplete when the order changed (the search index has it):
// its pages, cards, feed items, BibTeX entry and key (the first
// author's) change, and no author's page or the index of authors. The
// files and warnings are then a clean build's (before Complete, all
// files but the search index and the pages of papers whose related
// papers changed). A new name, one more or one fewer, a name
// authorNames: renames, a warning at an author's line, a first author
// that changes another paper's BibTeX key and a name changed while a
// line of authorNames: renames nobody take the full build.
func TestLiveAuthorEdits(t *testing.T) {
	const (
		zetaFile  = "content/papers/2405.00010.md"
		firstFile = "content/papers/2404.00005.md"
		etaFile   = "content/papers/2405.00011.md"
		thetaFile = "content/papers/2405.00012.md"
		iotaFile  = "content/papers/2405.00013.md"
	)
	dir := writeArchive(t, authorsSite)
	liveEdits(t, dir, []sourceEdit{
		{"authors reordered", alphaFile, `["Erwin Schrödinger", "Ada Lovelace"]`, `["Ada Lovelace", "Erwin Schrödinger"]`, true, true},
		{"as items, in the same order", alphaFile, `authors: ["Ada Lovelace", "Erwin Schrödinger"]`, "authors:\n  - Ada Lovelace\n  - \"Erwin Schrödinger\"", true, false},
		{"items reordered", alphaFile, "  - Ada Lovelace\n  - \"Erwin Schrödinger\"", "  - \"Erwin Schrödinger\" # first\n  - Ada Lovelace", true, true},
		{"reordered with new upvotes", alphaFile, "upvotes: 5\n", "upvotes: 8\n", true, false},
		{"and a new title", alphaFile, "title: \"Alpha\"\narxiv: \"2405.00001\"\nauthors:\n  - \"Erwin Schrödinger\" # first\n  - Ada Lovelace", "title: \"Alpha two\"\narxiv: \"2405.00001\"\nauthors:\n  - Ada Lovelace\n  - \"Erwin Schrödinger\"", true, true},
		{"a name changed", alphaFile, "  - Ada Lovelace\n", "  - Ada King\n", false, false},
		{"an author more", alphaFile, "  - Ada King\n", "  - Ada King\n  - Grace Hopper\n", false, false},
		{"an author fewer", alphaFile, "  - Grace Hopper\n", "", false, false},
		{"the body of a paper by a renamed author", zetaFile, "Zeta abstract.", "Zeta's abstract.", true, true},
		{"a renamed author reordered", zetaFile, `["Juergen Schmidhuber", "Alan Turing"]`, `["Alan Turing", "Juergen Schmidhuber"]`, false, false},
		// lovelace2024gamma is Gamma's, whose id is later: it would add it.
		{"another paper's key", firstFile, `["Erwin Schrodinger", "Ada Lovelace"]`, `["Ada Lovelace", "Erwin Schrodinger"]`, false, false},
		{"and back", firstFile, `["Ada Lovelace", "Erwin Schrodinger"]`, `["Erwin Schrodinger", "Ada Lovelace"]`, false, false},
		{"an author written as two reordered", etaFile, `["Ada Lovelace", "Alan Turing and Grace Hopper"]`, `["Alan Turing and Grace Hopper", "Ada Lovelace"]`, false, false},
		{"an author with a space before a comma reordered", thetaFile, `["Lovelace , Ada", "Alan Turing"]`, `["Alan Turing", "Lovelace , Ada"]`, false, false},
		// authorNames:' GRACE HOPPER, which renames nobody, names the
		// line of this file's Grace Hopper, the first so spelt.
		{"the spelling an authorNames: warning names reordered", iotaFile, `["Grace Hopper", "Alan Turing"]`, `["Alan Turing", "Grace Hopper"]`, false, false},
		{"the author's page of a paper not on arXiv", epsilonFile, `authors: ["Grace Hopper"]`, "authors:\n  - Grace Hopper", true, false},
		// Its near spelling of the line's name is Iota's: a new name's
		// first paper may be another (TestLiveAuthorNameEdits).
		{"a name changed where a line of authorNames: renames nobody", epsilonFile, "  - Grace Hopper", "  - Erwin Schrödinger", false, false},
	})
}

// TestLiveRetitleListedAgain: a new title of a paper that a later day
// lists again (Alpha, of 2024-05-31, on 2024-06-03) renders again the
// pages of the papers that have it above or below them there (Epsilon's,
// which names it), whose neighbours are not the paper's own.
func TestLiveRetitleListedAgain(t *testing.T) {
	dir := writeArchive(t, authorsSite)
	_, res := startLive(t, dir)
	for _, p := range res.Site.Papers {
		if p.ID == "epsilon" && (p.Prev == nil || p.Prev.ID != "2405.00001" || slices.Contains(p.Related, p.Prev)) {
			t.Fatalf("Epsilon's paper above is not Alpha, or it lists Alpha as related: the test needs another site")
		}
	}
	liveEdits(t, dir, []sourceEdit{
		{"a new title", alphaFile, `title: "Alpha"`, `title: "Alpha two"`, true, true},
	})
}

// TestLiveRankListedAgain: a day that lists again a paper of another day
// (Alpha, of May 31, on June 3 above Epsilon) ranked anew by an edit of
// its day file, or by new upvotes of the paper listed again, which rank
// its own day anew, takes the quick path, and the pages that name it as
// the paper above or below are a clean build's.
func TestLiveRankListedAgain(t *testing.T) {
	const day = "content/days/2024-06-03.md"
	dir := writeArchive(t, fieldsSite)
	liveEdits(t, dir, []sourceEdit{
		{"the day's order", day, `papers: ["2406.00004", "2405.00001"]`, `papers: ["2405.00001", "2406.00004"]`, true, false},
		{"upvotes that rank Alpha first on its own day", alphaFile, "upvotes: 5", "upvotes: 12", true, false},
		{"the day's order back", day, `papers: ["2405.00001", "2406.00004"]`, `papers: ["2406.00004", "2405.00001"]`, true, false},
		{"upvotes that rank Alpha last again", alphaFile, "upvotes: 12", "upvotes: 1", true, false},
	})
}

// namesSite is fieldsSite with papers whose authors have pages of their
// own that an edit of a name can give a paper or take from it: Alan
// Turing (Kappa, Lambda, both of June 3), Grace Hopper (Epsilon and
// Kappa, of June 3), Barbara Liskov (Lambda, and Mu of May 31) and Alan
// Turning (Mu alone), a misspelling, and Erwin Schrödinger (Alpha and
// Xi of May 31); Kappa is on a topic; authorNames: renames Juergen
// Schmidhuber, whom Nu spells so.
var namesSite = strings.Replace(fieldsSite, "authorPageSize: 2\n", "authorPageSize: 2\nauthorNames:\n  Juergen Schmidhuber: Jürgen Schmidhuber\n", 1) + `-- content/papers/2406.00020.md --
---
title: "Kappa"
arxiv: "2406.00020"
authors:
  - Alan Turing
  - Grace Hopper
date: 2024-06-03
upvotes: 3
topics: [agents]
---
Kappa abstract.
-- content/papers/2406.00021.md --
---
title: "Lambda"
arxiv: "2406.00021"
authors: ["Alan Turing", "Barbara Liskov"]
date: 2024-06-03
upvotes: 2
---
Lambda abstract.
-- content/papers/2405.00022.md --
---
title: "Mu"
arxiv: "2405.00022"
authors: ["Barbara Liskov", "Alan Turning"]
date: 2024-05-31
upvotes: 4
---
Mu abstract.
-- content/papers/2405.00023.md --
---
title: "Nu"
arxiv: "2405.00023"
authors: ["Juergen Schmidhuber"]
date: 2024-05-31
upvotes: 1
---
Nu abstract.
-- content/papers/2405.00024.md --
---
title: "Xi"
arxiv: "2405.00024"
authors: ["Emmy Noether", "Erwin Schrödinger"]
date: 2024-05-31
upvotes: 2
---
Xi abstract.
`

// TestLiveAuthorNameEdits: an edit of a paper's authors: that changes a
// name to one that has an author page already, where the old name keeps
// its page, takes the quick path, incomplete (the search index has the
// names): the paper's pages and lists, its feed items and BibTeX entry
// and key (a new first author's), every page of the authors it had and
// has (their lists, counts, co-authors, topics; a page that leaves or
// joins the sitemap as the author is left with one paper or gets a
// second), the index of authors, their .bib files and the sitemap are
// made again, and the files and warnings are a clean build's. A name
// whose page would come or go, an author whose papers would take more
// or fewer pages or whose oldest paper would change (which decides who
// keeps a slug), another spelling of an author's name, a name
// authorNames: renames to, and a new name with a new title take the
// full build.
func TestLiveAuthorNameEdits(t *testing.T) {
	const (
		kappaFile  = "content/papers/2406.00020.md"
		lambdaFile = "content/papers/2406.00021.md"
		muFile     = "content/papers/2405.00022.md"
		xiFile     = "content/papers/2405.00024.md"
	)
	dir := writeArchive(t, namesSite)
	liveEdits(t, dir, []sourceEdit{
		// Grace Hopper is left with Epsilon alone (out of the sitemap),
		// Erwin Schrodinger gets Kappa, Alan Turing a new co-author.
		{"a name changed to an author's with a page", kappaFile, "  - Grace Hopper\n", "  - Erwin Schrodinger\n", true, true},
		// A new key (lovelace2024kappa); Ada Lovelace's pages paginated
		// anew, Kappa first.
		{"the first author's name changed", kappaFile, "  - Alan Turing\n", "  - Ada Lovelace\n", true, true},
		// Ada Lovelace's four papers on two pages would be five on three.
		{"an author's papers on a page more", lambdaFile, `"Barbara Liskov"`, `"Ada Lovelace"`, false, false},
		{"and a page fewer", lambdaFile, `"Ada Lovelace"`, `"Barbara Liskov"`, false, false},
		{"a name changed with a new abstract", kappaFile, "  - Erwin Schrodinger\ndate: 2024-06-03\nupvotes: 3\ntopics: [agents]\n---\nKappa abstract.", "  - Grace Hopper\ndate: 2024-06-03\nupvotes: 3\ntopics: [agents]\n---\nKappa's abstract.", true, true},
		{"a name changed and the names reordered", kappaFile, "  - Ada Lovelace\n  - Grace Hopper\n", "  - Grace Hopper\n  - Alan Turing\n", true, true},
		// Alan Turning would have no paper: his page goes.
		{"a misspelt name whose page goes", muFile, `"Alan Turning"`, `"Alan Turing"`, false, false},
		// Barbara Liskov's oldest paper would be of June 3, not May 31
		// (which decides who keeps a slug that two names make), then,
		// with Lambda alone, of May 31.
		{"the oldest paper of an author it loses changed", muFile, `"Barbara Liskov"`, `"Ada Lovelace"`, false, false},
		{"the oldest paper of an author it gains changed", xiFile, `"Erwin Schrödinger"`, `"Barbara Liskov"`, false, false},
		{"a new name", kappaFile, "  - Grace Hopper\n", "  - Grace M. Hopper\n", false, false},
		{"a name whose page goes", kappaFile, "  - Grace M. Hopper\n", "  - Grace Hopper\n", false, false},
		{"a name spelt as an author's another way", kappaFile, "  - Grace Hopper\n", "  - GRACE HOPPER\n", false, false},
		{"the spelling back", kappaFile, "  - GRACE HOPPER\n", "  - Grace Hopper\n", false, false},
		{"a name authorNames: renames to", kappaFile, "  - Grace Hopper\n", "  - Juergen Schmidhuber\n", false, false},
		{"and back", kappaFile, "  - Juergen Schmidhuber\n", "  - Grace Hopper\n", false, false},
		{"a name changed with a new title", kappaFile, "title: \"Kappa\"\narxiv: \"2406.00020\"\nauthors:\n  - Grace Hopper\n", "title: \"Kappa two\"\narxiv: \"2406.00020\"\nauthors:\n  - Erwin Schrodinger\n", false, false},
	})
}
