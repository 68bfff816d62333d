package index

import (
	"errors"
	"slices"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// Authorship finds the authors of a site by the names its papers write,
// for serve's quick rebuild of a paper whose authors' names changed
// (Reauthor): each author under the key that authors merges spellings
// by.
type Authorship map[string][]*model.Author

// NewAuthorship returns the Authorship of the site's authors.
func NewAuthorship(authors []*model.Author) Authorship {
	s := Authorship{}
	for _, a := range authors {
		k := authorKey(a.Name)
		s[k] = append(s[k], a)
	}
	return s
}

// authorKey is what the spellings of an author that authors merges have
// in common (see mergedNames); "" for a name without letters or digits.
func authorKey(name string) string {
	return filename.Fold(slug.Make(naturalOrder(name)))
}

// Sole returns the author of the name (as renamed by authorNames:) when
// its spelling is the only one of its kind in the site: no other author
// has a spelling authors would merge with it, or split from it, and
// every paper of the author writes the name so. A paper that gains or
// loses that name then makes no author, merges or splits none, and
// changes no author's name. It returns nil otherwise, and for a name
// with no letters or digits.
func (s Authorship) Sole(name string) *model.Author {
	name = norm.NFC.String(name)
	k := authorKey(name)
	if k == "" || len(s[k]) != 1 || s[k][0].Name != name {
		return nil
	}
	a := s[k][0]
	for _, p := range a.Papers {
		for i, ref := range p.AuthorRefs {
			if ref == a && (i >= len(p.Authors) || norm.NFC.String(p.Authors[i]) != name) {
				return nil
			}
		}
	}
	return a
}

// errReauthor is Reauthor's failure: the site's authors would change
// more than their papers.
var errReauthor = errors.New("the authors' pages would change")

// Reauthor gives the paper p the authors refs (each Sole's, of the
// paper's new names in order, none twice) in place of its AuthorRefs:
// each author it no longer has loses it from their papers, each it
// newly has gains it in its place among theirs (newest first), as a
// build of the new names would list them. It fails, changing nothing,
// where that is not all a build would change: an author left with no
// papers (whose page goes), or one whose oldest paper changes (which
// decides, of authors whose names make one slug, who keeps it).
func Reauthor(p *model.Paper, refs []*model.Author) error {
	gone := slices.DeleteFunc(slices.Clone(p.AuthorRefs), func(a *model.Author) bool { return slices.Contains(refs, a) })
	added := slices.DeleteFunc(slices.Clone(refs), func(a *model.Author) bool { return slices.Contains(p.AuthorRefs, a) })
	without := func(a *model.Author) []*model.Paper {
		return slices.DeleteFunc(slices.Clone(a.Papers), func(q *model.Paper) bool { return q == p })
	}
	with := func(a *model.Author) []*model.Paper {
		i, _ := slices.BinarySearchFunc(a.Papers, p, byNewest)
		return slices.Concat(a.Papers[:i], []*model.Paper{p}, a.Papers[i:])
	}
	oldest := func(papers []*model.Paper) int64 { return claimOf("", "", papers).oldest }
	for _, a := range gone {
		if w := without(a); len(w) == 0 || oldest(w) != oldest(a.Papers) {
			return errReauthor
		}
	}
	for _, a := range added {
		if oldest(with(a)) != oldest(a.Papers) {
			return errReauthor
		}
	}
	for _, a := range gone {
		a.Papers = without(a)
	}
	for _, a := range added {
		a.Papers = with(a)
	}
	p.AuthorRefs = slices.Clone(refs)
	return nil
}
