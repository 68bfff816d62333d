package index

import (
	"errors"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// errReorganize is Reorganize's failure: the site's organizations would
// change more than their papers.
var errReorganize = errors.New("the organizations' pages would change")

// Reorganize gives each paper of names the organization named there (its
// new organization:, renamed as RenameOrganizations does; "" for none)
// in place of its own, for serve's quick rebuild of papers whose
// organization changed. It groups the site's papers as a build of the
// new names would (groupOrganizations) and, where that makes the same
// organizations, each with its slug, name and address, and moves no
// other paper, gives each organization whose papers changed those of the
// new grouping (newest first), and each paper of names its organization
// (OrganizationRef). It returns those organizations, by slug. It fails,
// changing nothing, where an organization would come or go, merge with
// another or split, or show another name, address or slug (which of its
// spellings most papers use, or whose oldest paper keeps a slug, may
// change with one paper).
func Reorganize(site *model.Site, names map[*model.Paper]string) ([]*model.Organization, error) {
	papers := make([]*model.Paper, len(site.Papers))
	edited := make(map[*model.Paper]*model.Paper, len(names)) // each renamed copy → its paper
	for i, p := range site.Papers {
		papers[i] = p
		if name, ok := names[p]; ok {
			q := *p
			q.Organization = name
			papers[i], edited[&q] = &q, p
		}
	}
	next := groupOrganizations(papers, site.Config.OrganizationNames)
	if len(next) != len(site.Organizations) {
		return nil, errReorganize
	}
	var changed []int
	refs := make(map[*model.Paper]*model.Organization, len(names))
	for i, o := range next {
		was := site.Organizations[i]
		if o.Slug != was.Slug || o.Name != was.Name || o.URL != was.URL {
			return nil, errReorganize
		}
		moved := len(o.Papers) != len(was.Papers)
		for k, q := range o.Papers {
			if p := edited[q]; p != nil {
				o.Papers[k], refs[p] = p, was
			} else if q.OrganizationRef != was {
				return nil, errReorganize // another paper would move
			}
			moved = moved || o.Papers[k] != was.Papers[k]
		}
		if moved {
			changed = append(changed, i)
		}
	}
	orgs := make([]*model.Organization, len(changed))
	for k, i := range changed {
		orgs[k] = site.Organizations[i]
		orgs[k].Papers = next[i].Papers
	}
	for p := range names {
		p.OrganizationRef = refs[p]
	}
	return orgs, nil
}
