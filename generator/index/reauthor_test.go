package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestReauthorAsBuilt: a paper's authors' names changed at random, where
// each name, old and new, is its author's only spelling (Sole) and
// Reauthor takes the change, leave the authors as authors makes them of
// the papers with the new names: the same names and slugs, each with the
// same papers in the same order, and the paper's authors in its order.
// Spellings that merge ("ADA LOVELACE", "Lovelace, Ada"), split (two on
// one paper) or make one slug ("Con", whose slug Windows keeps, is
// con-author; so is "Con Author", and the one with the older paper keeps
// it) are among the names; so are oldest papers that change.
func TestReauthorAsBuilt(t *testing.T) {
	pool := []string{"Ada Lovelace", "ADA LOVELACE", "Lovelace, Ada", "Alan Turing", "Grace Hopper", "Grace  Hopper",
		"Erwin Schrödinger", "Erwin Schrodinger", "Emmy Noether", "Kurt Gödel", "—", "Con", "Con Author"}
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	r := rand.New(rand.NewPCG(1, 2))
	names := func() []string {
		var out []string
		for n := 1 + r.IntN(3); len(out) < n; {
			if a := pool[r.IntN(len(pool))]; !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
		return out
	}
	taken := 0
	for try := range 10000 {
		var papers []*model.Paper
		for i := range 8 {
			papers = append(papers, &model.Paper{ID: fmt.Sprintf("2401.%05d", i), Date: day(1 + r.IntN(4)), Upvotes: r.IntN(3), Authors: names()})
		}
		all := authors(papers, nil)
		p, renamed := papers[r.IntN(len(papers))], names()
		s := NewAuthorship(all)
		refs := make([]*model.Author, len(renamed))
		sole := !slices.ContainsFunc(p.Authors, func(n string) bool { return s.Sole(n) == nil })
		for i, n := range renamed {
			refs[i] = s.Sole(n)
			sole = sole && refs[i] != nil
		}
		if !sole || Reauthor(p, refs) != nil {
			continue
		}
		taken++
		p.Authors = renamed
		got := describe(all)
		for _, q := range papers {
			q.AuthorRefs = nil
		}
		if want := describe(authors(papers, nil)); got != want {
			t.Fatalf("try %d: %s's authors renamed %q: Reauthor gives\n%s\nwhere authors gives\n%s", try, p.ID, renamed, got, want)
		}
	}
	if taken < 200 {
		t.Errorf("Reauthor took %d of 10,000 changes; want 200 or more", taken)
	}
}

// describe lists each author's name, slug and papers' ids, and each
// paper's authors' slugs.
func describe(authors []*model.Author) string {
	var b strings.Builder
	var papers []*model.Paper
	for _, a := range authors {
		fmt.Fprintf(&b, "%s %s:", a.Name, a.Slug)
		for _, p := range a.Papers {
			fmt.Fprintf(&b, " %s", p.ID)
			if !slices.Contains(papers, p) {
				papers = append(papers, p)
			}
		}
		b.WriteString("\n")
	}
	slices.SortFunc(papers, func(x, y *model.Paper) int { return strings.Compare(x.ID, y.ID) })
	for _, p := range papers {
		fmt.Fprintf(&b, "%s by", p.ID)
		for _, a := range p.AuthorRefs {
			fmt.Fprintf(&b, " %s", a.Slug)
		}
		b.WriteString("\n")
	}
	return b.String()
}
