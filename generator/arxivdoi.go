package generator

import (
	"fmt"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// arxivDOI warns in warn when the doi: of the paper p is the DOI arXiv
// gives a paper (10.48550/arXiv.2401.00002, as arXiv's abstract page
// shows it) and p does not say so: a paper written with id: is then an
// arXiv paper written as one not on arXiv, with no arXiv links, which
// imports never update and the nightly import adds a second time; an
// arXiv paper's doi: of another arXiv id is a paste from the wrong
// page. An arXiv paper with its own arXiv DOI is let be: the DOI is
// right, if one its arXiv links already give.
func arxivDOI(path string, p *model.Paper, warn *[]Problem) {
	id := doi.ArXiv(p.DOI)
	if id == "" || p.DOILine == 0 {
		return
	}
	var msg string
	switch {
	case p.ArXiv == "":
		msg = fmt.Sprintf("doi: is the DOI arXiv gives the paper %s, so the paper is on arXiv: write `arxiv: \"%[1]s\"` in place of `id: %s` (with `aliases: [%[2]s]` if its page was published) and delete doi:; "+
			"the page then links arXiv's, imports keep the paper up to date, and the nightly import does not add it a second time", id, p.ID)
	case !arxivid.Same(id, p.ArXiv):
		msg = fmt.Sprintf("doi: is the DOI arXiv gives the paper %s, and this paper is arXiv's %s; write the DOI of this paper's published version, or delete doi:", id, p.ArXiv)
	default:
		return
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: p.DOILine, Msg: msg})
}
