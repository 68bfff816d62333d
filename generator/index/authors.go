package index

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/slug"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// authors groups papers by author name (NFC-normalised) and gives every
// author a unique slug. Names that slugify alike ("Wei Li", "WEI LI") are
// told apart deterministically: the name with the oldest paper keeps the
// slug (then byte order of the names), and the others get the first free
// -2, -3, …, so a name that first appears later never takes an author's
// published address. Diacritics are kept in slugs, so "Schrödinger" and
// "Schrodinger" never collide in the first place.
func authors(papers []*model.Paper) []*model.Author {
	byName := map[string]*model.Author{}
	for _, p := range papers {
		for _, name := range p.Authors {
			name = norm.NFC.String(name)
			a := byName[name]
			if a == nil {
				a = &model.Author{Name: name}
				byName[name] = a
			}
			if n := len(a.Papers); n == 0 || a.Papers[n-1] != p {
				a.Papers = append(a.Papers, p)
			}
			p.AuthorRefs = append(p.AuthorRefs, a)
		}
	}
	all := make([]*model.Author, 0, len(byName))
	for _, a := range byName {
		slices.SortFunc(a.Papers, byNewest)
		all = append(all, a)
	}
	base := make(map[*model.Author]string, len(all))
	for _, a := range all {
		base[a] = slug.Make(a.Name)
		if base[a] == "" {
			base[a] = "author"
		}
	}
	oldest := func(a *model.Author) int64 { return a.Papers[len(a.Papers)-1].Date.Unix() } // Papers are newest first
	slices.SortFunc(all, func(a, b *model.Author) int {
		return cmp.Or(strings.Compare(base[a], base[b]), cmp.Compare(oldest(a), oldest(b)), strings.Compare(a.Name, b.Name))
	})
	// Each base slug goes to the first name that has it; the other names
	// then take the first free -N, skipping every slug some name has as its base.
	used := make(map[string]bool, len(all))
	var rest []*model.Author
	for _, a := range all {
		if used[base[a]] {
			rest = append(rest, a)
			continue
		}
		used[base[a]] = true
		a.Slug = base[a]
	}
	for _, a := range rest {
		s := base[a]
		for n := 2; used[s]; n++ {
			s = base[a] + "-" + strconv.Itoa(n)
		}
		used[s] = true
		a.Slug = s
	}
	slices.SortFunc(all, func(a, b *model.Author) int { return strings.Compare(a.Slug, b.Slug) })
	return all
}
