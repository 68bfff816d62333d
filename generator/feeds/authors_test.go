package feeds

import (
	"encoding/json"
	"encoding/xml"
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// feedAuthors returns the names and URLs of the first item's authors in
// each format of the whole-site feed (RSS has no URL: its dc:creator is a
// name).
func feedAuthors(t *testing.T, files map[string][]byte) map[string][]person {
	t.Helper()
	var js struct {
		Items []struct {
			Authors []struct{ Name, URL string } `json:"authors"`
		} `json:"items"`
	}
	var atom struct {
		Entries []struct {
			Authors []struct {
				Name string `xml:"name"`
				URI  string `xml:"uri"`
			} `xml:"author"`
		} `xml:"entry"`
	}
	var rss struct {
		Items []struct {
			Creators []string `xml:"http://purl.org/dc/elements/1.1/ creator"`
		} `xml:"channel>item"`
	}
	if err := json.Unmarshal(files[JSONFile], &js); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(files[AtomFile], &atom); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(files[RSSFile], &rss); err != nil {
		t.Fatal(err)
	}
	out := map[string][]person{}
	for _, a := range js.Items[0].Authors {
		out[JSONFile] = append(out[JSONFile], person{a.Name, a.URL})
	}
	for _, a := range atom.Entries[0].Authors {
		out[AtomFile] = append(out[AtomFile], person{a.Name, a.URI})
	}
	for _, name := range rss.Items[0].Creators {
		out[RSSFile] = append(out[RSSFile], person{name: name})
	}
	return out
}

// TestAuthorSpellings: an item names each author as the paper's page and
// JSON-LD do, as their author page spells them, linked to that page,
// whatever the paper's own spelling: the index makes one author of
// spellings that differ in case and punctuation, Unicode normalization
// or a "Last, First" order, and the feeds, which looked the page up by
// the paper's spelling, showed each other spelling raw and unlinked.
func TestAuthorSpellings(t *testing.T) {
	okafor := &model.Author{Name: "Oskar T. Okafor", Slug: "oskar-t-okafor"}
	jose := &model.Author{Name: "José Núñez", Slug: "josé-núñez"}
	ada := &model.Author{Name: "Ada Lovelace", Slug: "ada-lovelace"}
	for _, c := range []struct {
		name    string
		authors []string
		refs    []*model.Author
		want    []person
	}{
		{"capitals", []string{"OSKAR T OKAFOR"}, []*model.Author{okafor},
			[]person{{"Oskar T. Okafor", testBase + "authors/oskar-t-okafor/"}}},
		{"NFD", []string{"Jose\u0301 Nu\u0301n\u0303ez"}, []*model.Author{jose},
			[]person{{"José Núñez", testBase + "authors/jos%C3%A9-n%C3%BA%C3%B1ez/"}}},
		{"last, first", []string{"Lovelace, Ada", "OSKAR T OKAFOR"}, []*model.Author{ada, okafor},
			[]person{{"Ada Lovelace", testBase + "authors/ada-lovelace/"}, {"Oskar T. Okafor", testBase + "authors/oskar-t-okafor/"}}},
		{"not indexed", []string{"Ada Lovelace", "Grace Hopper"}, []*model.Author{ada},
			[]person{{"Ada Lovelace", ""}, {"Grace Hopper", ""}}},
	} {
		site := testSite()
		p := site.Days[0].Papers[0] // the whole-site feed's first item
		p.Authors, p.AuthorRefs = c.authors, c.refs
		got := feedAuthors(t, build(t, site))
		for _, f := range []string{JSONFile, AtomFile, RSSFile} {
			want := c.want
			if f == RSSFile {
				want = nil
				for _, a := range c.want {
					want = append(want, person{name: a.name})
				}
			}
			if !slices.Equal(got[f], want) {
				t.Errorf("%s: %s authors = %+v, want %+v", c.name, f, got[f], want)
			}
		}
	}
}
