package index

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/slug"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// authors groups papers by author and gives every author a unique slug.
//
// Names that differ only in case, spacing or punctuation — that slugify
// alike ("Oskar T. Okafor", "OSKAR T OKAFOR") once case folded (so an
// all-capital Greek name's final Σ is the ς of the mixed-case spelling,
// not σ) — are one author, shown as
// the spelling most of their papers use (then the oldest paper's, then
// byte order): arXiv and Hugging Face spell one person several ways, and
// a back-filled paper spelt in capitals used to take the address of the
// author with a hundred papers. Unless one paper lists two of them: those
// are different people (two Wei Lis of one lab), and every spelling of that
// slug is an author of its own, told apart deterministically: the name
// with the oldest paper keeps the slug (then byte order of the names), and
// the others get the first free -2, -3, …, so a name that first appears
// later never takes an author's published address. Diacritics are kept in
// slugs, so "Schrödinger" and "Schrodinger" are never merged or collide.
// A "Last, First" spelling is compared in the natural order, and a
// spelling in the natural order is shown before any written "Last, First";
// but a name site.yaml's authorNames: (renames) shows goes before any
// other, as organizations' do, since a curator's spelling is what imports
// must not outvote.
func authors(papers []*model.Paper, renames map[string]string) []*model.Author {
	key := mergedNames(papers, chosenNames(renames))
	byName := map[string]*model.Author{}
	for _, p := range papers {
		for _, name := range p.Authors {
			name = norm.NFC.String(name)
			if k, ok := key[name]; ok {
				name = k
			}
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
	assignSlugs(all, func(a *model.Author) claim { return claimOf(baseSlug(a.Name, "author"), a.Name, a.Papers) },
		func(a *model.Author, s string) { a.Slug = s })
	formerSlugs(all, papers, renames, func(name string) *model.Author {
		if k, ok := key[name]; ok {
			name = k
		}
		return byName[name]
	})
	slices.SortFunc(all, func(a, b *model.Author) int { return strings.Compare(a.Slug, b.Slug) })
	return all
}

// formerSlugs gives each author that authorNames: (renames) renames a
// spelling to the slug that spelling had as an author of its own, where
// it is not the author's slug now nor any other author's (Aliases):
// merging "Jose Garcia" into "José García" keeps a page at
// authors/jose-garcia/ that sends readers on, and copies of its feeds,
// as a renamed topic's former slug does. of finds the author shown by a
// name. A name a paper writes in TeX (Kurt G\"odel, read as Kurt Gödel:
// Paper.AuthorsTeX) keeps the slug its spelling had before the build
// read TeX in names (kurt-g-odel) the same way, with no line of the
// curator's.
func formerSlugs(all []*model.Author, papers []*model.Paper, renames map[string]string, of func(name string) *model.Author) {
	var taken map[string]bool
	keep := func(from string, a *model.Author) {
		if taken == nil {
			taken = make(map[string]bool, len(all))
			for _, a := range all {
				taken[a.Slug] = true
			}
		}
		if s := baseSlug(from, "author"); a != nil && !taken[s] {
			taken[s] = true
			a.Aliases = append(a.Aliases, s)
		}
	}
	for _, from := range slices.Sorted(maps.Keys(renames)) {
		keep(from, of(norm.NFC.String(renames[from])))
	}
	for _, p := range papers {
		for i, written := range p.AuthorsTeX {
			if written != "" && i < len(p.AuthorRefs) {
				keep(norm.NFC.String(written), p.AuthorRefs[i])
			}
		}
	}
}

// baseSlug is the slug a page of kind ("author", "organization") named
// name is addressed by before assignSlugs tells pages of one slug apart:
// kind itself for a name without letters or digits, and a slug Windows
// keeps followed by -kind (authors/con/ could not be checked out there).
func baseSlug(name, kind string) string {
	s := slug.Shorten(slug.Make(name), slug.MaxBytes)
	switch {
	case s == "":
		return kind
	case slug.WindowsReserved(s):
		return s + "-" + kind
	}
	return s
}

// claim is what a page (an author's, an organization's) claims its slug
// by: its base slug, its name and the home day (Paper.HomeDay) of its
// oldest paper.
type claim struct {
	base, name string
	oldest     int64
}

// claimOf is the claim of a page with the base slug base, named name,
// that lists papers (newest first, as authors and organizations do).
func claimOf(base, name string, papers []*model.Paper) claim {
	return claim{base: base, name: name, oldest: papers[len(papers)-1].HomeDay().Unix()}
}

// assignSlugs gives each of all a unique slug (set) from its base slug
// (claimOf): of those with one base, the one with the oldest paper keeps
// it (then byte order of the names), so that a name that first appears
// later never takes a published address; the others then take the first
// free base-N, in the same order, skipping every slug one of all has as
// its base, so that they never take another's own address either.
func assignSlugs[T any](all []T, claimOf func(T) claim, set func(T, string)) {
	claims := make([]claim, len(all))
	for i, it := range all {
		claims[i] = claimOf(it)
	}
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		a, b := claims[i], claims[j]
		return cmp.Or(strings.Compare(a.base, b.base), cmp.Compare(a.oldest, b.oldest), strings.Compare(a.name, b.name))
	})
	used := make(map[string]bool, len(all))
	var rest []int
	for _, i := range order {
		if b := claims[i].base; !used[b] {
			used[b] = true
			set(all[i], b)
		} else {
			rest = append(rest, i)
		}
	}
	for _, i := range rest {
		s := claims[i].base
		for n := 2; used[s]; n++ {
			s = claims[i].base + "-" + strconv.Itoa(n)
		}
		used[s] = true
		set(all[i], s)
	}
}

// naturalOrder is name with a "Last, First" spelling (which a curator
// writes to fix how citations split it) turned to "First Last", so that
// "O'Brien, Conan" merges with "Conan O'Brien"; other names as they are.
func naturalOrder(name string) string {
	if !strings.Contains(name, ",") {
		return name
	}
	n := cite.Split(name)
	return strings.Join(strings.Fields(n.Given+" "+n.Family+" "+n.Suffix), " ")
}

// mergedNames maps each spelling of an author that is merged with others
// (see authors) to the spelling shown for them all, one in chosen (that
// site.yaml's authorNames: shows) before any other (see preferred).
func mergedNames(papers []*model.Paper, chosen map[string]bool) map[string]string {
	type spelling struct {
		papers int
		oldest int64
	}
	bySlug := map[string]map[string]*spelling{}
	split := map[string]bool{} // slugs two spellings of which share a paper
	for _, p := range papers {
		var onPaper map[string]string // slug → the spelling this paper uses
		for _, name := range p.Authors {
			name = norm.NFC.String(name)
			s := filename.Fold(slug.Make(naturalOrder(name))) // full case folding: final ς is σ
			if s == "" {
				continue // no letters to compare: never merged
			}
			if onPaper == nil {
				onPaper = map[string]string{}
			}
			if other, ok := onPaper[s]; ok {
				if other != name {
					split[s] = true
				}
				continue
			}
			onPaper[s] = name
			names := bySlug[s]
			if names == nil {
				names = map[string]*spelling{}
				bySlug[s] = names
			}
			sp := names[name]
			if sp == nil {
				sp = &spelling{oldest: p.Date.Unix()}
				names[name] = sp
			}
			sp.papers++
			sp.oldest = min(sp.oldest, p.Date.Unix())
		}
	}
	key := map[string]string{}
	for s, names := range bySlug {
		if len(names) < 2 || split[s] {
			continue
		}
		inverted := func(n string) int { return strings.Count(n, ",") }
		shown := preferred(maps.Keys(names), chosen, func(a, b string) int {
			return cmp.Or(cmp.Compare(inverted(a), inverted(b)), -cmp.Compare(names[a].papers, names[b].papers), cmp.Compare(names[a].oldest, names[b].oldest), strings.Compare(a, b))
		})
		for name := range names {
			key[name] = shown
		}
	}
	return key
}
