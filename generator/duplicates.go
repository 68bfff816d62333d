package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

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
// authors are the same people (sameAuthors), first author first: the same
// paper added by hand under an id of its own (an ACL Anthology id, a
// short name) and imported under its arXiv id, which rarely share a doi:
// for sharedDOIs to see. Only the authors tell one paper from another of
// a common title ("Graph Neural Networks: A Survey" by Wei Wang and by Jun
// Wang) or from an earlier version with other co-authors (a non-archival
// workshop paper, which has no doi: to tell it apart); the years do not,
// as a preprint is often a year older than its proceedings. Two with
// different DOIs are two publications (a workshop paper and its journal
// version), and let be; so are two arXiv papers, which arXiv itself keeps
// apart. Papers are matched through a map by title and first author's
// family name, so a site of 100,000 papers costs one pass, and only the
// few of one key are compared. The warning is at the arXiv paper, the one
// to keep (imports keep it up to date), and says how to keep the other's
// address.
func sameTitles(papers []*model.Paper) []Problem {
	var out []Problem
	seen := map[string][]*model.Paper{}
	for _, p := range papers { // by id
		k := titleKey(p)
		if k == "" {
			continue
		}
		i := slices.IndexFunc(seen[k], func(q *model.Paper) bool { return publishedTwice(p, q) })
		if i < 0 {
			seen[k] = append(seen[k], p)
			continue
		}
		q := seen[k][i]
		keep, other := p, q
		if q.ArXiv != "" {
			keep, other = q, p
		}
		out = append(out, Problem{Kind: "source", Path: keep.Source, Line: cmp.Or(keep.TitleLine, keep.Line), Msg: fmt.Sprintf(
			"the paper at %s:%d (%s) has this title and these authors too, so the two are most likely one paper published twice; keep this one, add `%s` to its aliases: (the other's address then leads here) and delete %s; if they are two publications, give each its doi:",
			other.Source, cmp.Or(other.TitleLine, other.Line), other.ID, other.ID, other.Source)})
	}
	return out
}

// publishedTwice reports whether p and q, of one titleKey, are one paper
// under two ids: one on arXiv and one not, not of two DOIs, by the same
// authors.
func publishedTwice(p, q *model.Paper) bool {
	if (p.ArXiv == "") == (q.ArXiv == "") || p.DOI != "" && q.DOI != "" && !strings.EqualFold(p.DOI, q.DOI) {
		return false
	}
	return sameAuthors(p.Authors, q.Authors)
}

// sameAuthors reports whether a and b name the same people, the first
// first and the rest in any order (an author list reordered between
// versions): as many names, each of one matching one of the other
// (sameName).
func sameAuthors(a, b []string) bool {
	if len(a) != len(b) || len(a) == 0 || !sameName(a[0], b[0]) {
		return false
	}
	rest := slices.Clone(b[1:])
	for _, n := range a[1:] {
		i := slices.IndexFunc(rest, func(m string) bool { return sameName(n, m) })
		if i < 0 {
			return false
		}
		rest = slices.Delete(rest, i, i+1)
	}
	return true
}

// sameName reports whether two spellings of an author's name may be one
// person: the same family name (the last word) and given name (the
// first), but for letter case, accents and punctuation, where an initial
// matches a given name it starts ("J. Wang" is "Jun Wang", "Wei Wang" is
// not) and a name of one word matches any given name; middle names are
// not compared, as sources drop them.
func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) == 0 || len(wb) == 0 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	if len(wa) == 1 || len(wb) == 1 {
		return true
	}
	ga, gb := wa[0], wb[0]
	if utf8.RuneCountInString(ga) > utf8.RuneCountInString(gb) {
		ga, gb = gb, ga
	}
	return ga == gb || utf8.RuneCountInString(ga) == 1 && strings.HasPrefix(gb, ga)
}

// nameWords is name's words, folded: lower case, without accents or
// punctuation ("José A. Pérez-Ruiz" gives jose, a, perez, ruiz).
func nameWords(name string) []string {
	s := slug.Make(slug.Unaccented(name))
	if s == "" {
		return nil
	}
	return strings.Split(s, "-")
}

// titleKey is what sameTitles groups papers by: the title's slug and the
// first author's family name (the last word of the name, folded as
// sameName folds it), "" for a paper without either.
func titleKey(p *model.Paper) string {
	if len(p.Authors) == 0 {
		return ""
	}
	title := slug.Make(p.Title)
	name := nameWords(p.Authors[0])
	if title == "" || len(name) == 0 {
		return ""
	}
	return title + "\x00" + name[len(name)-1]
}
