package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestDuplicatePapers: one paper published twice under two ids, by one
// DOI or by the same title (in other letter case and punctuation) and
// authors (an initial for a given name, other accents), is warned of by
// the build, which an import runs, at the paper to keep (the arXiv one)
// naming the other; and by check once. Papers of other titles, of a first
// author of the same family name only (Wei Wang, Jun Wang), of other
// co-authors (a workshop version), or of two DOIs, are let be.
func TestDuplicatePapers(t *testing.T) {
	const site = "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/repo/\n"
	acl := "-- content/papers/2024.acl-long.12.md --\n---\ntitle: \"Clinical Notes Summarization with Large Language Models\"\nid: \"2024.acl-long.12\"\nauthors: [Maria Garcia, Tom Brown]\ndate: 2024-08-12\npublished: 2024-08-11\n%s---\nx\n"
	arxiv := "-- content/papers/2403.01234.md --\n---\ntitle: \"Clinical notes summarization with large language models.\"\narxiv: \"2403.01234\"\nauthors: [%s]\ndate: 2024-03-06\n%s---\ny\n"
	sameTitle := "content/papers/2403.01234.md:2: the paper at content/papers/2024.acl-long.12.md:2 (2024.acl-long.12) has this title and these authors too, so the two are most likely one paper published twice; keep this one, add `2024.acl-long.12` to its aliases:"
	for _, tc := range []struct {
		name                          string
		aclExtra, authors, arxivExtra string
		want                          string // "" for none
	}{
		{"same title and authors", "", "Maria Garcia, Tom Brown", "", sameTitle},
		{"first author written with an initial", "", "M. Garcia, Tom Brown", "", sameTitle},
		{"other letter case and accents", "", "MARÍA GARCÍA, T. Brown", "", sameTitle},
		{"another first author", "", "Ann Lee, Tom Brown", "", ""},
		{"first author of the same family name", "", "Mario Garcia, Tom Brown", "", ""},
		{"other co-authors", "", "Maria Garcia, Grace Hopper", "", ""},
		{"a co-author more", "", "Maria Garcia, Tom Brown, Ann Lee", "", ""},
		{"two DOIs", "doi: 10.18653/v1/2024.acl-long.12\n", "Maria Garcia, Tom Brown", "doi: 10.1000/journal.1\n", ""},
		{"one DOI", "doi: 10.18653/v1/2024.acl-long.12\n", "Maria Garcia, Tom Brown", "", sameTitle},
		{"same DOI", "doi: 10.18653/v1/2024.acl-long.12\n", "Ann Lee, Tom Brown", "doi: 10.18653/V1/2024.acl-long.12\n",
			"content/papers/2403.01234.md:6: doi 10.18653/V1/2024.acl-long.12 is the DOI of content/papers/2024.acl-long.12.md:7 too, so the two are one publication"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			archive := site + strings.Replace(acl, "%s", tc.aclExtra, 1) + strings.Replace(strings.Replace(arxiv, "%s", tc.authors, 1), "%s", tc.arxivExtra, 1)
			warnings := warningsOf(t, archive)
			problems, err := Check(context.Background(), Options{Site: siteFS(archive)})
			if err != nil {
				t.Fatal(err)
			}
			var found []string
			for _, p := range problems {
				if strings.Contains(p.Msg, "published twice") || strings.Contains(p.Msg, "one publication") {
					found = append(found, p.String())
				}
			}
			if tc.want == "" {
				if len(warnings) > 0 || len(found) > 0 {
					t.Errorf("warnings %q, check %q; want none", warnings, found)
				}
				return
			}
			if !slices.ContainsFunc(warnings, func(w string) bool { return strings.HasPrefix(w, tc.want) }) {
				t.Errorf("warnings = %q, want %q…", warnings, tc.want)
			}
			if len(found) != 1 || !strings.HasPrefix(found[0], tc.want) {
				t.Errorf("check = %q, want %q… once", found, tc.want)
			}
		})
	}
}
