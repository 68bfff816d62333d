package render

import (
	"html/template"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// organizationPages are the organizations index (organizations/) and
// each organization's papers (organizations/<slug>/, paginated as a
// topic's, with cards), as an author's page has an author's; none on a
// site whose papers name no organization, whose pages then are as they
// were before organizations had pages.
func (m pages) organizationPages(text func(string, ...any) string) []*Page {
	site, cfg := m.site, m.site.Config
	if len(site.Organizations) == 0 {
		return nil
	}
	out := []*Page{m.page("organizations", "organizations/", text("organizations"), text("descOrganizations", "Site", cfg.Title))}
	for _, o := range site.Organizations {
		desc := listDescription(text("descOrganization", "Name", o.Name), o.Papers)
		for _, p := range paginate(m.page, text, "organization", o.Path(), o.Name, desc, o.Papers, cfg.PageSize) {
			p.Organization, p.NoIndex = o, thinList(o.Papers)
			out = append(out, p)
		}
	}
	return out
}

// organizationFuncs are the template functions of organizations:
// organizationURL, the root-relative URL of an organization's page, and
// organizationIndex.
func organizationFuncs(l links) template.FuncMap {
	return template.FuncMap{
		"organizationURL": func(o *model.Organization) string { return l.Rel(o.Path()) },
		"organizationIndex": func(orgs []*model.Organization) []*model.Organization {
			return organizationIndex(l.cfg.Language, orgs)
		},
	}
}

// organizationIndex is the template function "organizationIndex": the
// organizations by name in the order of the site's language, as the
// authors index orders names (then in byte order, then by slug).
func organizationIndex(lang string, orgs []*model.Organization) []*model.Organization {
	col := textutil.Collator(lang)
	return slices.SortedFunc(slices.Values(orgs), func(a, b *model.Organization) int {
		if c := col.CompareString(a.Name, b.Name); c != 0 {
			return c
		}
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	})
}
