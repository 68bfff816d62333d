package generator

import (
	"slices"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// reorganizes reports whether an edit of the organization: line of a
// paper, whose published paper is old and whose new organization is
// written raw, warns as it did: no line of site.yaml's
// organizationNames: renames nobody (its warning names where a paper
// first spells an organization like it, which the edit may move), and
// neither the new spelling nor the published one is one it renames or
// shows (whose warnings read how each paper spells it; the published
// paper shows the renamed one). Nothing else warns of an organization;
// index.Reorganize then refuses a change of the organizations' pages.
func (l *Live) reorganizes(raw string, old *model.Paper) bool {
	cfg := l.site.Config
	spelt := []string{norm.NFC.String(raw), norm.NFC.String(old.Organization)}
	for from, to := range cfg.OrganizationNames {
		if slices.Contains(spelt, from) || slices.Contains(spelt, to) {
			return false
		}
	}
	return !l.siteWarns("organizationNames")
}

// reorganized gives each edit's paper whose organization changed its new
// one (index.Reorganize), and returns the organizations whose papers
// changed; ok is false, and the site unchanged, where Reorganize refused
// the change.
func (l *Live) reorganized(edits []paperEdit) (orgs []*model.Organization, ok bool) {
	names := map[*model.Paper]string{}
	for _, e := range edits {
		if e.reorganized {
			names[e.old] = e.new.Organization
		}
	}
	if len(names) == 0 {
		return nil, true
	}
	orgs, err := index.Reorganize(l.site, names)
	return orgs, err == nil
}
