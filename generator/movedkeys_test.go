package generator

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestMovedBibTeXKey: a build into a destination whose site gave a paper
// a key that another paper, added to an earlier day, takes now warns at
// the first paper's file with the citekey: that keeps it; one that keeps
// it, and a paper whose key had its id before, are not told.
func TestMovedBibTeXKey(t *testing.T) {
	first := smallSite + smithPaper("2405.99999", "2024-05-28", "") + smithPaper("2405.77777", "2024-05-29", "")
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, first) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	backfill := smithPaper("2405.88888", "2024-05-27", "")
	for _, c := range []struct {
		name, site string
		want       []string
	}{
		{"unchanged", first, nil},
		{"backfilled", first + backfill, []string{
			"content/papers/2405.99999.md:3: the BibTeX key smith2024notes, which the site published for this paper, is now smith2024notes-2405.99999: 2405.88888 (content/papers/2405.88888.md), listed before it (an earlier day, or the same day and a smaller id), has it, and readers' \\cite{smith2024notes} now cites that paper; add `citekey: smith2024notes` here to keep it (the other paper then adds its id)"}},
		{"pinned", strings.Replace(first, "date: 2024-05-28\n", "date: 2024-05-28\ncitekey: smith2024notes\n", 1) + backfill, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			opened := 0
			res, err := Build(context.Background(), Options{Site: siteFS(c.site), Former: pageOpens{former, &opened}})
			if err != nil {
				t.Fatal(err)
			}
			if c.name == "unchanged" && opened > 0 {
				t.Errorf("a rebuild with no new paper opened %d former paper pages, want none", opened)
			}
			var got []string
			for _, p := range res.Warnings {
				if strings.Contains(p.Msg, "BibTeX key") {
					got = append(got, p.String())
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// pageOpens is a former site that counts the paper pages opened in it.
type pageOpens struct {
	fs.FS
	n *int
}

func (p pageOpens) Open(name string) (fs.File, error) {
	if strings.HasPrefix(name, "papers/") && strings.HasSuffix(name, "/index.html") {
		*p.n++
	}
	return p.FS.Open(name)
}

// TestChangedBibTeXKey: a build into a destination whose site gave a
// paper another key than the paper has now (retitled, its year
// corrected, its author respelled by authorNames:) warns at the paper's
// file with the citekey: that keeps the old key; one that keeps it, and
// a rebuild with no change, are not told.
func TestChangedBibTeXKey(t *testing.T) {
	first := smallSite + smithPaper("2405.99999", "2024-05-28", "published: 2024-05-20\n")
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, first) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	const msg = "content/papers/2405.99999.md:3: the BibTeX key smith2024notes, which the site published for this paper, is now %s (keys are made from the first author's family name, the year and the title's first word), and readers' \\cite{smith2024notes} would find nothing; add `citekey: smith2024notes` to keep it"
	for _, c := range []struct {
		name, site, now string // now: the key the warning names, "" for none
	}{
		{"unchanged", first, ""},
		{"retitled", strings.Replace(first, `title: "Notes on 2405.99999"`, `title: "Remarks on 2405.99999"`, 1), "smith2024remarks"},
		{"year corrected", strings.Replace(first, "published: 2024-05-20", "published: 2023-05", 1), "smith2023notes"},
		{"respelled", strings.Replace(first, "description: A test digest.\n", "description: A test digest.\nauthorNames:\n  Jane Smith: Jane Smyth\n", 1), "smyth2024notes"},
		{"pinned", strings.Replace(first, "published: 2024-05-20\n", "published: 2023-05\ncitekey: smith2024notes\n", 1), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formerWarnings(t, c.site, former, func(p Problem) bool { return strings.Contains(p.Msg, "BibTeX key") })
			var want []string
			if c.now != "" {
				want = []string{fmt.Sprintf(msg, c.now)}
			}
			if !slices.Equal(got, want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, want)
			}
		})
	}
}
