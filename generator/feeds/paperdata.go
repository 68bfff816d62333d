package feeds

import (
	"cmp"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// paperData is a paper item's JSON Feed extension "_paperboy" (JSON Feed
// 1.1 lets a feed add an object under a key starting with "_"): the data
// a digest ranks and links a paper by, as numbers and URLs, which the
// item otherwise gives only as text in its HTML. A dataset of papers and
// upvotes had to scrape the pages. Each field is left out when the paper
// has none (a count of 0 is none).
type paperData struct {
	ArXiv        string `json:"arxiv,omitempty"`
	DOI          string `json:"doi,omitempty"`
	Upvotes      int    `json:"upvotes,omitempty"`
	Comments     int    `json:"comments,omitempty"`
	Code         string `json:"code,omitempty"`
	Stars        int    `json:"stars,omitempty"`
	Project      string `json:"project,omitempty"`
	Organization string `json:"organization,omitempty"`
	Withdrawn    bool   `json:"withdrawn,omitempty"` // its comment withdraws it (Paper.Withdrawn)
}

// paperData returns the extension of p's items, or nil when p has none
// of its fields. Its DOI is the paper's doi: as written, the published
// version's even for an arXiv preprint (whose citations give arXiv's). The code and project URLs are absolute http(s) URLs, as
// the item's links are (webURL); the organization is named as its page
// names it.
func (b *builder) paperData(p *model.Paper) *paperData {
	d := paperData{ArXiv: p.ArXiv, DOI: p.DOI, Upvotes: p.Upvotes, Comments: p.Comments, Stars: p.Stars, Organization: p.Organization, Withdrawn: p.Withdrawn()}
	if p.OrganizationRef != nil {
		d.Organization = cmp.Or(p.OrganizationRef.Name, d.Organization)
	}
	for _, l := range []struct {
		to   *string
		href string
	}{{&d.Code, p.Code}, {&d.Project, p.Project}} {
		if u, ok := b.webURL(l.href); ok {
			*l.to = u
		}
	}
	if d == (paperData{}) {
		return nil
	}
	return &d
}
