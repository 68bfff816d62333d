package importer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// TestKnownByDOI: an arXiv preprint whose DOI a paper of the site written
// under an id of its own has (the journal article, added by hand) is that
// publication; the import leaves it out, naming the file and how to make
// the two one, where it added a second paper the build published beside
// the first. A paper of that arXiv id, or of another DOI, is imported.
func TestKnownByDOI(t *testing.T) {
	const article = "---\ntitle: \"Testing DL Models\"\nid: ahuja-2022-icstw\ndate: 2024-03-01\ndoi: 10.1109/ICSTW55395.2022.00035\n---\nBy hand.\n"
	day := time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, file, doi string
		known           string // in Known; "" for an import of the paper
	}{
		{"same DOI", article, "10.1109/ICSTW55395.2022.00035",
			"item 1 (2202.12139): doi 10.1109/ICSTW55395.2022.00035 is the DOI of content/papers/ahuja-2022-icstw.md:5 (ahuja-2022-icstw) already, the same publication; not imported: to have imports keep it up to date, write `arxiv: \"2202.12139\"` there in place of `id: ahuja-2022-icstw`, add `aliases: [ahuja-2022-icstw]`"},
		{"as a link, in other case", article, "https://doi.org/10.1109/icstw55395.2022.00035", "is the DOI of content/papers/ahuja-2022-icstw.md:5"},
		{"another DOI", article, "10.1109/ICSTW55395.2022.00036", ""},
		{"the paper's own file", strings.Replace(article, "id: ahuja-2022-icstw", "arxiv: \"2202.12139\"\naliases: [ahuja-2022-icstw]", 1), "10.1109/ICSTW55395.2022.00035", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site := fstest.MapFS{"content/papers/ahuja-2022-icstw.md": {Data: []byte(tc.file)}}
			b := importer.Batch{Source: "arxiv", Day: day, Papers: []importer.Paper{
				{ID: "2202.12139", Item: "item 1 (2202.12139)", Title: "Testing DL Models", DOI: tc.doi},
			}}
			pl, err := importer.Prepare(site, b)
			if err != nil {
				t.Fatalf("Prepare: %v", err)
			}
			if tc.known == "" {
				if len(pl.Known) > 0 || len(pl.Papers) != 1 {
					t.Errorf("Known = %q, %d papers; want the paper imported", pl.Known, len(pl.Papers))
				}
				return
			}
			if len(pl.Known) != 1 || !strings.Contains(pl.Known[0], tc.known) {
				t.Errorf("Known = %q, want %q", pl.Known, tc.known)
			}
			if len(pl.Papers) != 0 || pl.AllLeftOut() {
				t.Errorf("%d papers, AllLeftOut %v; want none, not all left out", len(pl.Papers), pl.AllLeftOut())
			}
			if s := pl.Summary(); !strings.Contains(s, "on the site already under another id: item 1 (2202.12139)") {
				t.Errorf("Summary = %q, want the paper named", s)
			}
		})
	}
}
