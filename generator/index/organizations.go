package index

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// organizations groups papers by the organization that lists them on
// Hugging Face and links each paper to its own (OrganizationRef).
//
// Names whose slugs are alike once case folded are one organization:
// Hugging Face shows an account's name as its owner last wrote it, so
// "Shanghai AI Lab" and "shanghai ai lab" are one lab on two days. It is
// shown as the spelling most of its papers use, and links out to the
// organization_url most of them give, each tie going to the first in byte
// order, so the same sources always give the same page. Two organizations
// that are really different and yet slugify alike ("AI-Lab" and "AI Lab")
// are taken for one: a name is all a paper says of its organization. A
// name with no letters or digits (which parse refuses) has no page.
func organizations(papers []*model.Paper) []*model.Organization {
	byKey := map[string]*model.Organization{}
	names := map[*model.Organization]map[string]int{} // spelling → papers
	urls := map[*model.Organization]map[string]int{}  // organization_url → papers
	for _, p := range papers {
		s := slug.Shorten(slug.Make(p.Organization), slug.MaxBytes)
		if s == "" {
			continue
		}
		k := filename.Fold(s)
		o := byKey[k]
		if o == nil {
			o = &model.Organization{}
			byKey[k], names[o], urls[o] = o, map[string]int{}, map[string]int{}
		}
		o.Papers = append(o.Papers, p)
		names[o][p.Organization]++
		if p.OrganizationURL != "" {
			urls[o][p.OrganizationURL]++
		}
		p.OrganizationRef = o
	}
	all := make([]*model.Organization, 0, len(byKey))
	for _, o := range byKey {
		slices.SortFunc(o.Papers, byNewest)
		o.Name, o.URL = mostGiven(names[o]), mostGiven(urls[o])
		all = append(all, o)
	}
	slices.SortFunc(all, func(a, b *model.Organization) int { return strings.Compare(a.Name, b.Name) })
	// Each gets its name's slug, unique as their keys are; one that
	// Windows keeps (CON) gets -organization after it, and should that be
	// another's slug too, the first free -N after that.
	used := make(map[string]bool, len(all))
	for _, o := range all {
		base := slug.Shorten(slug.Make(o.Name), slug.MaxBytes)
		if slug.WindowsReserved(base) {
			base += "-organization"
		}
		s := base
		for n := 2; used[s]; n++ {
			s = base + "-" + strconv.Itoa(n)
		}
		used[s], o.Slug = true, s
	}
	slices.SortFunc(all, func(a, b *model.Organization) int { return strings.Compare(a.Slug, b.Slug) })
	return all
}

// mostGiven is the value of counts given most often, the first in byte
// order of those tied; "" for none.
func mostGiven(counts map[string]int) string {
	best := ""
	for _, v := range slices.Sorted(maps.Keys(counts)) {
		if best == "" || cmp.Compare(counts[v], counts[best]) > 0 {
			best = v
		}
	}
	return best
}
