package feeds

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPaperData: a paper's item in JSON Feed carries its arXiv id, counts,
// code and project URLs and organization as data, under "_paperboy",
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
