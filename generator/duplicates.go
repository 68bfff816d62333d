package generator

import (
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// duplicatePapers warns of one paper published twice, under two ids: two
// papers of one DOI (sharedDOIs), and two of the same title and first
// author (sameTitles). The build warns of them, where only check did: a
// nightly import runs build, not check, and committed the second copy
// unread.
func duplicatePapers(papers []*model.Paper) []Problem {
	return append(sharedDOIs(papers), sameTitles(papers)...)
}

// sameTitles reports a paper on arXiv and one not whose titles are the
// same but for letter case, accents' forms and punctuation, and whose
// first authors have the same family name: the same paper added by hand
// under an id of its own (an ACL Anthology id, a short name) and imported
// under its arXiv id, which rarely share a doi: for sharedDOIs to see.
// Two with different DOIs are two publications (a workshop paper and its
// journal version), and let be; so are two arXiv papers, which arXiv
// itself keeps apart. Papers are matched through a map, so a site of
// 100,000 papers costs one pass; of papers of one key the first stands
// for the rest. The warning is at the arXiv paper, the one to keep
// (imports keep it up to date), and says how to keep the other's address.
func sameTitles(papers []*model.Paper) []Problem {
	var out []Problem
	first := map[string]*model.Paper{}
	for _, p := range papers { // by id
		k := titleKey(p)
		if k == "" {
			continue
		}
		q := first[k]
		if q == nil {
			first[k] = p
			continue
		}
		if (p.ArXiv == "") == (q.ArXiv == "") || p.DOI != "" && q.DOI != "" && !strings.EqualFold(p.DOI, q.DOI) {
			continue
		}
		keep, other := p, q
		if q.ArXiv != "" {
			keep, other = q, p
		}
		out = append(out, Problem{Kind: "source", Path: keep.Source, Line: titleLine(keep), Msg: fmt.Sprintf(
			"the paper at %s:%d (%s) has this title and first author too, so the two are most likely one paper published twice; keep this one, add `%s` to its aliases: (the other's address then leads here) and delete %s; if they are two publications, give each its doi:",
			other.Source, titleLine(other), other.ID, other.ID, other.Source)})
	}
	return out
}

// titleKey is what sameTitles matches papers by: the title's slug and the
// first author's family name (the last word of the name), "" for a paper
// without either.
func titleKey(p *model.Paper) string {
	if len(p.Authors) == 0 {
		return ""
	}
	title := slug.Make(p.Title)
	name := slug.Make(p.Authors[0])
	if title == "" || name == "" {
		return ""
	}
	return title + "\x00" + name[strings.LastIndexByte(name, '-')+1:]
}

// titleLine is the line of p's title:, else of the paper.
func titleLine(p *model.Paper) int {
	if p.TitleLine > 0 {
		return p.TitleLine
	}
	return p.Line
}
