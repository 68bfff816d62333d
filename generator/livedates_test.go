package generator

import (
	"context"
	"strings"
	"testing"
)

// datesSite is fieldsSite with Alpha in its second version, whose page
// gives its latest version's date, and a paper whose BibTeX key is
// Alpha's with another year: schrodinger2022alpha.
var datesSite = strings.Replace(fieldsSite, "upvotes: 5\n", "upvotes: 5\nversion: 2\n", 1) + `-- content/papers/2405.00009.md --
---
title: "Alpha, again"
arxiv: "2405.00009"
authors: ["Erwin Schrödinger"]
date: 2024-06-03
published: 2022-03-01
upvotes: 2
---
Alpha again.
`

// againFile is the paper file of datesSite whose key is Alpha's with
// another year.
const againFile = "content/papers/2405.00009.md"

// TestLiveDateEdits: an edit of the dates of a paper's versions
// (published:, updated:), written, changed or taken out on its own line,
// takes the quick path, complete: a latest version's date is on the
// paper's page, in its feed items and in the sitemap's lastmod of its
// page; a first version's in its citations (its page's tags, the COinS
// of the pages that list it) and in its BibTeX entry's year and key,
// and so in the .bib files that have it. The files and warnings are then
// a clean build's. A year that changes another paper's key (which the
// earliest id keeps when two are the same) takes the full build; one
// that gives the paper with the later id another's key, or takes it
// back, is quick.
func TestLiveDateEdits(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, datesSite)
	ctx := context.Background()
	live := liveEdits(t, dir, []sourceEdit{
		{"updated written", alphaFile, "version: 2\n", "version: 2\nupdated: 2024-06-05\n", true, false},
		{"updated's time", alphaFile, "updated: 2024-06-05", "updated: 2024-06-05T14:30:00Z", true, false},
		{"updated on another day", alphaFile, "updated: 2024-06-05T14:30:00Z", "updated: \"2024-06-07\"", true, false},
		{"published written", alphaFile, "upvotes: 5\n", "upvotes: 5\npublished: 2023-12-30\n", true, false},
		{"published's year", alphaFile, "published: 2023-12-30", "published: 2024-01-02", true, false},
		// The same day in UTC, another year where it was written.
		{"published with an offset", alphaFile, "published: 2024-01-02", "published: 2024-01-01T00:30:00+01:00", true, false},
		{"published with new upvotes", alphaFile, "upvotes: 5\npublished: 2024-01-01T00:30:00+01:00", "upvotes: 6\npublished: 2023-11-20", true, false},
		{"updated with new upvotes", alphaFile, "upvotes: 6\npublished: 2023-11-20\nversion: 2\nupdated: \"2024-06-07\"", "upvotes: 7\npublished: 2023-11-20\nversion: 2\nupdated: 2024-06-06", true, false},
		{"both dates", alphaFile, "published: 2023-11-20\nversion: 2\nupdated: 2024-06-06", "published: 2023-11-21\nversion: 2\nupdated: 2024-06-08", true, false},
		{"updated taken out", alphaFile, "updated: 2024-06-08\n", "", true, false},
		{"published of a paper not on arXiv", epsilonFile, "upvotes: 3\n", "upvotes: 3\npublished: 2021-09-09\n", true, false},
		{"the year of another paper's key", alphaFile, "published: 2023-11-21", "published: 2022-06-01", false, false},
		{"and another again", alphaFile, "published: 2022-06-01", "published: 2023-11-21", false, false},
		{"published taken out", alphaFile, "published: 2023-11-21\n", "", true, false},
		// Alpha's key is its arXiv id's year's: the later id's year
		// makes its key Alpha's with the id added, and back.
		{"the year of another paper's key, to the later id", againFile, "published: 2022-03-01", "published: 2024-03-01", true, false},
		{"and back", againFile, "published: 2024-03-01", "published: 2022-03-01", true, false},
	})
	// A latest version before the first fails as a full build does.
	path := editFile(t, dir, alphaFile, "upvotes: 7\n", "upvotes: 7\npublished: 2024-05-01\nupdated: 2024-04-01\n")
	if _, _, err := live.Build(ctx, []string{path}); err == nil || !strings.Contains(err.Error(), "is before published") {
		t.Errorf("updated before published: %v; want the parse's error", err)
	}
}
