package render

import (
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestOrganizationIndexOrder: the organizations index without letters is
// in the order of its sections with letters, one after the other, so a
// growing index keeps its order: on an English site "Ångström Lab" is
// under A and "Örebro AI" under O with letters, and so in the one list
// too; on a Swedish site Å and Ö are letters of their own, after Z, in
// both; names with no letter to file them under come last.
func TestOrganizationIndexOrder(t *testing.T) {
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"sv", []string{"Aalto AI", "Oslo Lab", "Zeta AI", "Ångström Lab", "Örebro AI", "01.AI", "清华大学"}},
		{"en", []string{"Aalto AI", "Ångström Lab", "Örebro AI", "Oslo Lab", "Zeta AI", "01.AI", "清华大学"}},
	} {
		var orgs []*model.Organization
		for i, n := range []string{"Zeta AI", "01.AI", "Örebro AI", "清华大学", "Oslo Lab", "Ångström Lab", "Aalto AI"} {
			orgs = append(orgs, &model.Organization{Name: n, Slug: string(rune('a' + i))})
		}
		var got []string
		for _, o := range organizationIndex(tt.lang, orgs) {
			got = append(got, o.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("organizationIndex(%s) = %q, want %q", tt.lang, got, tt.want)
		}
		for len(orgs) < organizationLettersMin {
			orgs = append(orgs, &model.Organization{Name: "Zz", Slug: "zz"})
		}
		var lettered []string
		for _, g := range organizationLetters(tt.lang, orgs) {
			for _, o := range g.Organizations {
				if o.Name != "Zz" {
					lettered = append(lettered, o.Name)
				}
			}
		}
		if !slices.Equal(lettered, tt.want) {
			t.Errorf("organizationLetters(%s) in order = %q, want %q", tt.lang, lettered, tt.want)
		}
	}
}
