package index

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestReorganizeAsBuilt: papers' organizations changed at random, where
// Reorganize takes the change, leave the organizations as organizations
// makes them of the papers with the new names: the same names, slugs
// and addresses, each with the same papers in the same order, and each
// paper linked to its own; and the organizations it returns are those
// whose papers changed. Spellings that merge ("Lone Lab", "LONE LAB"),
// share an address (which joins names), make one slug (the account
// lone-lab is Lone Lab's slug), or that organizationNames: renames are
// among the names; so are oldest papers that change, and names shown
// that would change.
func TestReorganizeAsBuilt(t *testing.T) {
	hf := "https://huggingface.co/"
	pool := []string{"", "Lone Lab", "LONE LAB", "Lone Company", "NVIDIA", "nvidia", "Meta AI", "Solo Lab", "shanghai ailab", "Shanghai AI Lab"}
	urls := []string{"", "", "", hf + "lone-lab", hf + "facebook", hf + "nvidia", hf + "NVIDIA"}
	renames := map[string]string{"shanghai ailab": "Shanghai AI Lab"}
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	r := rand.New(rand.NewPCG(1, 2))
	taken, kept := 0, 0
	for try := range 20000 {
		var papers []*model.Paper
		for i := range 10 {
			p := &model.Paper{ID: fmt.Sprintf("2401.%05d", i), Date: day(1 + r.IntN(4)), Upvotes: r.IntN(3), Organization: pool[r.IntN(len(pool))]}
			if p.Organization != "" {
				p.OrganizationURL = urls[r.IntN(len(urls))]
			}
			papers = append(papers, p)
		}
		RenameOrganizations(papers, renames)
		site := &model.Site{Config: &model.Config{OrganizationNames: renames}, Papers: papers}
		site.Organizations = organizations(papers, renames)
		before := describeOrganizations(site.Organizations, papers)
		names := map[*model.Paper]string{}
		for range 1 + r.IntN(2) {
			p := papers[r.IntN(len(papers))]
			names[p] = pool[r.IntN(len(pool))]
			if names[p] == "" && p.OrganizationURL != "" {
				delete(names, p) // an address needs a name
			}
		}
		was := map[*model.Organization][]*model.Paper{}
		for _, o := range site.Organizations {
			was[o] = slices.Clone(o.Papers)
		}
		changed, err := Reorganize(site, names)
		if err != nil {
			if got := describeOrganizations(site.Organizations, papers); got != before {
				t.Fatalf("try %d: Reorganize failed and changed the organizations:\n%s\nwhere they were\n%s", try, got, before)
			}
			kept++
			continue
		}
		taken++
		moved := slices.DeleteFunc(slices.Clone(site.Organizations), func(o *model.Organization) bool { return slices.Equal(o.Papers, was[o]) })
		if !slices.Equal(changed, moved) {
			t.Fatalf("try %d: %v: Reorganize returns %d organizations; want the %d whose papers changed", try, names, len(changed), len(moved))
		}
		for p, name := range names {
			p.Organization = name
		}
		got := describeOrganizations(site.Organizations, papers)
		for _, p := range papers {
			p.OrganizationRef = nil
		}
		if want := describeOrganizations(organizations(papers, renames), papers); got != want {
			t.Fatalf("try %d: %v: Reorganize gives\n%s\nwhere organizations gives\n%s", try, names, got, want)
		}
	}
	t.Logf("Reorganize took %d of 20,000 changes", taken)
	if taken < 1000 || kept < 1000 {
		t.Errorf("Reorganize took %d of 20,000 changes and refused %d; want 1,000 or more of each", taken, kept)
	}
}

// describeOrganizations lists each organization's name, slug, address
// and papers' ids, and each of papers' organization's slug.
func describeOrganizations(orgs []*model.Organization, papers []*model.Paper) string {
	var b strings.Builder
	for _, o := range orgs {
		fmt.Fprintf(&b, "%s %s %s:", o.Name, o.Slug, o.URL)
		for _, p := range o.Papers {
			fmt.Fprintf(&b, " %s", p.ID)
		}
		b.WriteString("\n")
	}
	for _, p := range papers {
		if o := p.OrganizationRef; o != nil {
			fmt.Fprintf(&b, "%s of %s\n", p.ID, o.Slug)
		}
	}
	return b.String()
}
