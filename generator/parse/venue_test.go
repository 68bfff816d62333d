package parse

import (
	"strings"
	"testing"
)

// TestVenue: journal: or conference:, volume:, issue: and pages: are read
// as text (a number too: volume: 630), spaces collapsed, and a hyphen
// range of pages is written with an en dash.
func TestVenue(t *testing.T) {
	tests := []struct {
		front                                    string
		journal, conference, volume, issue, page string
	}{
		{"journal: \"Nature\"\nvolume: 630\nissue: 8016\npages: 123-130\n", "Nature", "", "630", "8016", "123–130"},
		{"journal: |-\n  Physical Review\n  B\nvolume: \"85\"\nissue: S1\npages: e1234\n", "Physical Review B", "", "85", "S1", "e1234"},
		{"conference: \"Advances in Neural Information Processing Systems 30 (NeurIPS 2017)\"\npages: 5998–6008\n",
			"", "Advances in Neural Information Processing Systems 30 (NeurIPS 2017)", "", "", "5998–6008"},
		{"conference: ICML\npages: \"101 -- 112\"\n", "", "ICML", "", "", "101–112"},
		{"journal: J\npages: 1-6, 9,12—14\n", "J", "", "", "", "1–6, 9, 12–14"},
		{"journal: LIPIcs\nvolume: 42\npages: 12:1-12:15\n", "LIPIcs", "", "42", "", "12:1–12:15"},
		{"journal: J\npages: xii\n", "J", "", "", "", "xii"},
		{"journal: \"\"\n", "", "", "", "", ""},
	}
	for _, tt := range tests {
		src := "---\ntitle: T\nid: x\ndate: 2024-01-01\n" + tt.front + "---\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		if err != nil {
			t.Errorf("%q: %v", tt.front, err)
			continue
		}
		got := [5]string{p.Journal, p.Conference, p.Volume, p.Issue, p.Pages}
		if want := [5]string{tt.journal, tt.conference, tt.volume, tt.issue, tt.page}; got != want {
			t.Errorf("%q: journal, conference, volume, issue, pages = %q, want %q", tt.front, got, want)
		}
	}
}

// TestVenueErrors: both journal: and conference:, a volume or issue
// without a journal, pages without either and pages that are not pages
// are each an error at the line of the field to change, saying what to
// write.
func TestVenueErrors(t *testing.T) {
	tests := []struct{ front, want string }{
		{"journal: Nature\nconference: NeurIPS\n",
			"x.md:6: give either `journal:` or `conference:`, not both; a journal article takes `journal:` (with `volume:`, `issue:` and `pages:`), a paper in a conference's proceedings `conference:` (with `pages:`)"},
		{"conference: NeurIPS\npages: 1-2\njournal: Nature\n", "x.md:7: give either `journal:` or `conference:`, not both"},
		{"volume: 12\n", "x.md:5: volume is a journal's, but the paper gives no `journal:`; add the journal's name, like `journal: \"Nature\"`, or remove the line"},
		{"issue: S1\n", "x.md:5: issue is a journal's, but the paper gives no `journal:`"},
		{"conference: NeurIPS\nvolume: 30\n",
			"x.md:6: volume is a journal's, but the paper gives `conference:`; remove the line (a paper in a conference's proceedings is cited by the conference's name and `pages:`), or write `journal:` for a journal"},
		{"conference: NeurIPS\nissue: 2\n", "x.md:6: issue is a journal's, but the paper gives `conference:`"},
		{"pages: 1-10\n",
			"x.md:5: pages are a journal's or a proceedings', but the paper gives neither `journal:` nor `conference:`; add where it was published, like `journal: \"Nature\"`, or remove the line"},
		{"journal: Nature\npages: pp. 123-130\n",
			"x.md:6: pages \"pp. 123-130\" is not a page or a range of pages; write them alone, like `pages: 123-130` or `pages: e1234` (no \"pp.\")"},
		{"journal: Nature\npages: 1-2-3\n", "x.md:6: pages \"1-2-3\" is not a page or a range of pages"},
		{"journal: Nature\npages: 1,,2\n", "x.md:6: pages \"1,,2\" is not a page or a range of pages"},
		{"journal: [Nature]\n", "x.md:5: journal: expected text, found a list"},
		{"volume: {a: 1}\njournal: J\n", "x.md:5: volume: expected text, found a mapping"},
		{"jornal: Nature\n", "x.md:5: unknown paper field \"jornal\"; did you mean \"journal\"?"},
		{"page: 1-2\n", "x.md:5: unknown paper field \"page\"; did you mean \"pages\"?"},
	}
	for _, tt := range tests {
		src := "---\ntitle: T\nid: x\ndate: 2024-01-01\n" + tt.front + "---\n"
		_, err := Paper("x.md", []byte(src), DefaultLimits())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.front, err, tt.want)
		}
		if err != nil && strings.Count(err.Error(), "x.md:") != 1 {
			t.Errorf("%q: error %v, want one", tt.front, err)
		}
	}
}
