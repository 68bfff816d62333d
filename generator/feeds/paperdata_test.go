package feeds

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPaperData: a paper's item in JSON Feed carries its arXiv id, DOI, counts,
// code and project URLs, organization and withdrawal as data, under "_paperboy",
// each only when the paper has it: they were only text in the item's
// HTML, and a dataset of papers and upvotes had to scrape the pages.
func TestPaperData(t *testing.T) {
	for _, c := range []struct {
		name string
		set  func(p *model.Paper)
		want string // the item's "_paperboy", compact; "" for none
	}{
		{"counts", func(p *model.Paper) { p.Upvotes, p.Comments, p.Stars = 4242, 7, 310 },
			`{"arxiv":"cond-mat/0603029","upvotes":4242,"comments":7,"stars":310}`},
		{"links made absolute", func(p *model.Paper) { p.Code, p.Project = "/code/spins/", "javascript:alert(1)" },
			`{"arxiv":"cond-mat/0603029","upvotes":3,"code":"https://example.org/code/spins/"}`},
		{"organization as its page names it", func(p *model.Paper) {
			p.Organization, p.OrganizationRef = "NVIDIA Corp", &model.Organization{Name: "NVIDIA", Slug: "nvidia"}
		}, `{"arxiv":"cond-mat/0603029","upvotes":3,"organization":"NVIDIA"}`},
		{"organization not indexed", func(p *model.Paper) { p.Organization = "NVIDIA Corp" },
			`{"arxiv":"cond-mat/0603029","upvotes":3,"organization":"NVIDIA Corp"}`},
		{"doi as written", func(p *model.Paper) { p.DOI = "10.1038/s41586-024-07421-0" },
			`{"arxiv":"cond-mat/0603029","doi":"10.1038/s41586-024-07421-0","upvotes":3}`},
		{"doi alone", func(p *model.Paper) { p.ArXiv, p.Upvotes, p.DOI = "", 0, "10.1101/2024.03.01.582937" },
			`{"doi":"10.1101/2024.03.01.582937"}`},
		{"withdrawn", func(p *model.Paper) { p.Comment = "This paper has been withdrawn by the authors" },
			`{"arxiv":"cond-mat/0603029","upvotes":3,"withdrawn":true}`},
		{"none", func(p *model.Paper) { p.ArXiv, p.Upvotes = "", 0 }, ""},
	} {
		site := testSite()
		c.set(site.Days[0].Papers[0]) // the whole-site feed's first item
		var doc struct {
			Items []map[string]json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(build(t, site)[JSONFile], &doc); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if raw, ok := doc.Items[0]["_paperboy"]; ok {
			if err := json.Compact(&got, raw); err != nil {
				t.Fatal(err)
			}
		}
		if got.String() != c.want {
			t.Errorf("%s: _paperboy = %s, want %s", c.name, got.String(), c.want)
		}
	}
}

// TestRelatedLink: a paper's item links the publication it is about, as
// JSON Feed's external_url and Atom's rel="related": its arXiv page, else
// its DOI's link, where a journal article known by its DOI had neither.
func TestRelatedLink(t *testing.T) {
	for _, c := range []struct {
		name       string
		arXiv, doi string
		want       string
	}{
		{"arXiv", "cond-mat/0603029", "10.1038/s41586-024-07421-0", "https://arxiv.org/abs/cond-mat/0603029"},
		{"DOI alone", "", "10.1056/NEJMoa2307563", "https://doi.org/10.1056/NEJMoa2307563"},
		{"neither", "", "", ""},
	} {
		site := testSite()
		p := site.Days[0].Papers[0] // the whole-site feed's first item
		p.ArXiv, p.DOI = c.arXiv, c.doi
		files := build(t, site)
		var doc struct {
			Items []struct {
				External string `json:"external_url"`
			} `json:"items"`
		}
		if err := json.Unmarshal(files[JSONFile], &doc); err != nil {
			t.Fatal(err)
		}
		if got := doc.Items[0].External; got != c.want {
			t.Errorf("%s: external_url = %q, want %q", c.name, got, c.want)
		}
		atom := string(files[AtomFile])
		entry, _, _ := strings.Cut(atom[strings.Index(atom, "<entry>"):], "</entry>")
		related := `href="` + c.want + `" rel="related"`
		if has := strings.Contains(entry, `rel="related"`); has != (c.want != "") || c.want != "" && !strings.Contains(entry, related) {
			t.Errorf("%s: Atom entry's links %q, want a related link to %q", c.name, entry, c.want)
		}
	}
}
