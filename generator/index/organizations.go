package index

import (
	"cmp"
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// organizations groups papers by the organization that lists them on
// Hugging Face and links each paper to its own (OrganizationRef).
//
// Names whose slugs are alike once case folded are one organization:
// Hugging Face shows an account's name as its owner last wrote it, so
// "Shanghai AI Lab" and "shanghai ai lab" are one lab on two days. So are
// papers that give the same organization_url (in any letter case, as
// Hugging Face's account names are), whatever their names: the account
// "shanghai ailab" on a curator's paper corrected to "Shanghai AI Lab" is
// still the one whose next imports say "shanghai ailab". It is shown as
// the spelling most of its papers use, and links out to the
// organization_url most of them give, each tie going to the first in byte
// order, so the same sources always give the same page; but a name
// site.yaml's organizationNames: shows (chosen) goes before any other,
// since a curator's spelling is what imports must not outvote. Two
// organizations that are really different and yet slugify alike ("AI-Lab" and "AI Lab")
// are taken for one: a name is all a paper without an address says of its
// organization. A name with no letters or digits (which parse refuses)
// has no page.
func organizations(papers []*model.Paper, renames map[string]string) []*model.Organization {
	all := groupOrganizations(papers, renames)
	for _, o := range all {
		for _, p := range o.Papers {
			p.OrganizationRef = o
		}
	}
	return all
}

// groupOrganizations returns the organizations of papers, by slug, as
// organizations makes them, without linking the papers to them.
func groupOrganizations(papers []*model.Paper, renames map[string]string) []*model.Organization {
	chosen := chosenNames(renames)
	keys := sameOrganization(papers)
	byKey := map[string]*model.Organization{}
	names := map[*model.Organization]map[string]int{} // spelling → papers
	urls := map[*model.Organization]map[string]int{}  // organization_url → papers
	for _, p := range papers {
		k, ok := keys.find(nameKey(p))
		if !ok {
			continue
		}
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
	}
	all := make([]*model.Organization, 0, len(byKey))
	for _, o := range byKey {
		slices.SortFunc(o.Papers, byNewest)
		o.Name, o.URL = mostGiven(names[o], chosen), mostGiven(urls[o], nil)
		all = append(all, o)
	}
	// Each gets its Hugging Face account's slug, or without one its
	// name's, told apart as authors' are: the one with the oldest paper
	// keeps it, so a newcomer never takes a published address.
	assignSlugs(all, func(o *model.Organization) claim {
		return claimOf(baseSlug(cmp.Or(account(o.URL), o.Name), "organization"), o.Name, o.Papers)
	}, func(o *model.Organization, s string) { o.Slug = s })
	slices.SortFunc(all, func(a, b *model.Organization) int { return strings.Compare(a.Slug, b.Slug) })
	return all
}

// account is the Hugging Face account whose page url is
// (https://huggingface.co/facebook: "facebook"), or "" for another page
// or an account with no letters or digits to address. An organization's
// page is at its account's name where it has one: Hugging Face keeps an
// account's name when its owner renames the organization ("Facebook AI
// Research" became "AI at Meta", still huggingface.co/facebook), and the
// name most papers spell changes as imports add up, so a page addressed
// by the name would move, and every link to it break, with either.
func account(url string) string {
	rest, ok := strings.CutPrefix(strings.TrimSuffix(url, "/"), "https://huggingface.co/")
	if !ok || strings.ContainsAny(rest, "/?#") || slug.Make(rest) == "" {
		return ""
	}
	return rest
}

// nameKey is the key of a paper's organization by its name: its slug,
// case folded; "" for none.
func nameKey(p *model.Paper) string {
	return filename.Fold(slug.Shorten(slug.Make(p.Organization), slug.MaxBytes))
}

// unionFind joins keys into sets; find gives each set one key, the least
// in byte order, whichever order they were joined in.
type unionFind map[string]string

func (u unionFind) find(k string) (string, bool) {
	parent, ok := u[k]
	if !ok {
		return "", false
	}
	if parent == k {
		return k, true
	}
	root, _ := u.find(parent)
	u[k] = root
	return root, true
}

func (u unionFind) join(a, b string) {
	for _, k := range []string{a, b} {
		if _, ok := u[k]; !ok {
			u[k] = k
		}
	}
	ra, _ := u.find(a)
	rb, _ := u.find(b)
	if rb < ra {
		ra, rb = rb, ra
	}
	u[rb] = ra
}

// sameOrganization joins the name keys of papers that are one
// organization: each name with itself, and the names of the papers that
// give one organization_url. Addresses are keyed apart from names ("u "
// first) so that a name can never be taken for an address.
func sameOrganization(papers []*model.Paper) unionFind {
	keys := unionFind{}
	for _, p := range papers {
		k := nameKey(p)
		if k == "" {
			continue
		}
		keys.join(k, k)
		if u := strings.TrimSuffix(strings.TrimSpace(p.OrganizationURL), "/"); u != "" {
			keys.join(k, "u "+filename.Fold(u))
		}
	}
	return keys
}

// RenameOrganizations shows each paper's organization as site.yaml's
// organizationNames: spells it: "shanghai ailab", as the next import
// writes it again, is "Shanghai AI Lab" wherever the paper is shown.
// Build renames the papers it indexes; serve renames a paper parsed
// again to tell whether its organization changed.
func RenameOrganizations(papers []*model.Paper, names map[string]string) {
	if len(names) == 0 {
		return
	}
	for _, p := range papers {
		if to, ok := names[norm.NFC.String(p.Organization)]; ok {
			p.Organization = to
		}
	}
}
