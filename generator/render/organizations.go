package render

import (
	"html/template"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// organizationPages are the organizations index (organizations/) and
// each organization's papers (organizations/<slug>/, paginated as a
// topic's, with cards), as an author's page has an author's; none on a
// site whose papers name no organization, whose pages then are as they
// were before organizations had pages.
func (m pages) organizationPages(w *i18n.Texts) []*Page {
	site, cfg, text := m.site, m.site.Config, w.Text
	if len(site.Organizations) == 0 {
		return nil
	}
	out := []*Page{m.page("organizations", "organizations/", text("organizations"), text("descOrganizations", "Site", cfg.Title))}
	for _, o := range site.Organizations {
		out = append(out, m.organizationListPages(o, w)...)
	}
	return out
}

// organizationListPages are the pages of the organization o's papers,
// their words from w.
func (m pages) organizationListPages(o *model.Organization, w *i18n.Texts) []*Page {
	cfg := m.site.Config
	out := paginate(m.page, w.Text, "organization", o.Path(), o.Name, organizationDescription(w, o), o.Papers, cfg.PageSize)
	feeds := m.listFeeds(cfg.OrganizationFeeds, o.Name, o.Path())
	for _, p := range out {
		p.Organization, p.NoIndex, p.Feeds = o, p.NoIndex || thinList(o.Papers), feeds
	}
	return out
}

// organizationFuncs are the template functions of organizations:
// organizationURL, the root-relative URL of an organization's page,
// organizationIndex and organizationLetters.
func organizationFuncs(l links) template.FuncMap {
	return template.FuncMap{
		"organizationURL": func(o *model.Organization) string { return l.Rel(o.Path()) },
		"organizationIndex": func(orgs []*model.Organization) []*model.Organization {
			return organizationIndex(l.cfg.Language, orgs)
		},
		"organizationLetters": func(orgs []*model.Organization) []OrganizationGroup {
			return organizationLetters(l.cfg.Language, orgs)
		},
	}
}

// OrganizationGroup is one letter of the organizations index: the
// organizations whose name starts with it.
type OrganizationGroup struct {
	Letter        string // as AuthorGroup.Letter: "A"…, or "" for names in Han, Hangul, digits…
	ID            string // its fragment: "a", …, or "other"
	Organizations []*model.Organization
}

// organizationLettersMin is the count of organizations from which the
// index is grouped by letter. A year of Hugging Face's daily lists names
// several hundred (three a day in July 2026's), a list no reader scans
// without letters to jump to; a week's dozen or two fit a phone's screen
// or two, where a heading over every name or two would be more heading
// than list.
const organizationLettersMin = 30

// organizationLetters is the template function "organizationLetters":
// the organizations grouped by the first letter of their names, as the
// authors index groups authors (accents folded but for the letters of
// the language's own alphabet, its script's letters first, names in
// scripts without letters last); nil for a site of fewer than
// organizationLettersMin, whose index is one list.
func organizationLetters(lang string, orgs []*model.Organization) []OrganizationGroup {
	if len(orgs) < organizationLettersMin {
		return nil
	}
	letters := byInitial(lang, orgs, organizationName)
	groups := make([]OrganizationGroup, len(letters))
	for i, l := range letters {
		groups[i] = OrganizationGroup{Letter: l.Letter, ID: l.ID, Organizations: l.Items}
	}
	return groups
}

// organizationIndex is the template function "organizationIndex": the
// organizations by name in the order of the site's language, as the
// authors index orders names. It is the order of organizationLetters'
// sections one after the other, so that a site's index keeps its order
// when it grows letters: an accented initial is filed under its letter
// ("Örebro" under O, where English folds Ö; after Z, under Ö, in
// Swedish, whose alphabet has it), and names without a letter to file
// them under (digits, Han) come last.
func organizationIndex(lang string, orgs []*model.Organization) []*model.Organization {
	out := make([]*model.Organization, 0, len(orgs))
	for _, l := range byInitial(lang, orgs, organizationName) {
		out = append(out, l.Items...)
	}
	return out
}

// organizationName is an organization's name as its index sorts it, and
// its slug, the tie-breaker.
func organizationName(o *model.Organization) (string, string) { return o.Name, o.Slug }
