package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestOrganizationsFold: names that slugify alike once case folded are
// one organization (ß is ss), shown as most of its papers spell it and
// linking the address most give, each tie to the first in byte order,
// whatever the order papers come in; its papers are newest first; a
// slug Windows keeps gets -organization; a paper without one has none.
func TestOrganizationsFold(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	hf := "https://huggingface.co/"
	papers := []*model.Paper{
		{ID: "a", Date: day(1), Organization: "Shanghai AI Lab", OrganizationURL: hf + "shanghai-ai-lab"},
		{ID: "b", Date: day(3), Organization: "shanghai ai lab", OrganizationURL: hf + "opengvlab"},
		{ID: "c", Date: day(2), Organization: "Shanghai AI-Lab"},
		{ID: "d", Date: day(4), Organization: "SHANGHAI AI LAB", OrganizationURL: hf + "shanghai-ai-lab"},
		{ID: "e", Date: day(1), Organization: "Straße Lab"},
		{ID: "f", Date: day(2), Organization: "STRASSE LAB"},
		{ID: "g", Date: day(1), Organization: "CON"},
		{ID: "h", Date: day(1)},
	}
	want := []string{
		"con-organization: CON () [g]",
		"shanghai-ai-lab: SHANGHAI AI LAB (https://huggingface.co/shanghai-ai-lab) [d b c a]",
		"strasse-lab: STRASSE LAB () [f e]",
	}
	reversed := slices.Clone(papers)
	slices.Reverse(reversed)
	for _, order := range [][]*model.Paper{papers, reversed} {
		for _, p := range order {
			p.OrganizationRef = nil
		}
		var got []string
		for _, o := range organizations(order, nil) {
			ids := make([]string, len(o.Papers))
			for i, p := range o.Papers {
				ids[i] = p.ID
				if p.OrganizationRef != o {
					t.Errorf("paper %s: OrganizationRef is not %s", p.ID, o.Slug)
				}
			}
			got = append(got, fmt.Sprintf("%s: %s (%s) [%s]", o.Slug, o.Name, o.URL, strings.Join(ids, " ")))
		}
		if !slices.Equal(got, want) {
			t.Errorf("organizations =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if papers[7].OrganizationRef != nil {
			t.Errorf("a paper without an organization has one")
		}
	}
}

// TestOrganizationsByAddress: papers that give one organization_url (in
// any letter case, with or without a final slash) are one organization
// whatever their names, as a curator's corrected "Shanghai AI Lab" and
// the next import's "shanghai ailab" are, even through a third name;
// names alike and addresses unlike are one, as before; different names
// with different addresses, or none, stay apart. Papers in any order
// give the same organizations.
func TestOrganizationsByAddress(t *testing.T) {
	hf := "https://huggingface.co/"
	papers := []*model.Paper{
		{ID: "a", Organization: "shanghai ailab", OrganizationURL: hf + "ShanghaiAiLab"},
		{ID: "b", Organization: "Shanghai AI Lab", OrganizationURL: hf + "shanghaiailab/"},
		{ID: "c", Organization: "shanghai ai lab"},
		{ID: "d", Organization: "Shanghai AI Laboratory", OrganizationURL: hf + "ShanghaiAiLab"},
		{ID: "e", Organization: "OpenGVLab", OrganizationURL: hf + "OpenGVLab"},
		{ID: "f", Organization: "NVIDIA", OrganizationURL: hf + "nvidia"},
		{ID: "g", Organization: "Nvidia Research"},
	}
	want := []string{"nvidia: [f]", "nvidia-research: [g]", "opengvlab: [e]", "shanghaiailab: [a b c d]"}
	reversed := slices.Clone(papers)
	slices.Reverse(reversed)
	for _, order := range [][]*model.Paper{papers, reversed} {
		var got []string
		for _, o := range organizations(order, nil) {
			ids := make([]string, len(o.Papers))
			for i, p := range o.Papers {
				ids[i] = p.ID
			}
			slices.Sort(ids)
			got = append(got, fmt.Sprintf("%s: [%s]", o.Slug, strings.Join(ids, " ")))
		}
		if !slices.Equal(got, want) {
			t.Errorf("organizations =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestOrganizationPageStaysAtItsAccount: an organization's page is at its
// Hugging Face account's name, which stays when the organization renames
// itself and imports bring the new name until it outnumbers the old: the
// name shown changes, the address does not. One without an account, or
// with one that has no letters or digits to address, is at its name.
func TestOrganizationPageStaysAtItsAccount(t *testing.T) {
	fb := "https://huggingface.co/facebook"
	before := []*model.Paper{
		{ID: "a", Organization: "Facebook AI Research", OrganizationURL: fb},
		{ID: "b", Organization: "Facebook AI Research", OrganizationURL: fb},
		{ID: "c", Organization: "AI at Meta", OrganizationURL: fb},
		{ID: "d", Organization: "Example Lab", OrganizationURL: "https://example.org/lab"},
		{ID: "g", Organization: "Odd Lab", OrganizationURL: "https://huggingface.co/---"},
	}
	after := append(slices.Clone(before),
		&model.Paper{ID: "e", Organization: "AI at Meta", OrganizationURL: fb},
		&model.Paper{ID: "f", Organization: "AI at Meta", OrganizationURL: fb + "/"})
	for _, tt := range []struct {
		papers []*model.Paper
		want   string
	}{
		{before, "example-lab: Example Lab; facebook: Facebook AI Research; odd-lab: Odd Lab"},
		{after, "example-lab: Example Lab; facebook: AI at Meta; odd-lab: Odd Lab"},
	} {
		var got []string
		for _, o := range organizations(tt.papers, nil) {
			got = append(got, o.Slug+": "+o.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("organizations = %s, want %s", g, tt.want)
		}
	}
}

// TestOrganizationSlugsApart: organizations with one base slug are told
// apart as authors are: the one with the oldest paper keeps it (here all
// are of one day, so the first in name order), the other takes
// the first free -N that is no organization's own slug, so "Lab" does not
// take "Lab 2"'s lab-2.
func TestOrganizationSlugsApart(t *testing.T) {
	papers := []*model.Paper{
		{ID: "a", Organization: "Foo", OrganizationURL: "https://huggingface.co/lab"},
		{ID: "b", Organization: "Lab"},
		{ID: "c", Organization: "Lab 2"},
	}
	var got []string
	for _, o := range organizations(papers, nil) {
		got = append(got, o.Slug+": "+o.Name)
	}
	if g, want := strings.Join(got, "; "), "lab: Foo; lab-2: Lab 2; lab-3: Lab"; g != want {
		t.Errorf("organizations = %s, want %s", g, want)
	}
}

// TestOrganizationSlugOldestKeeps: of organizations with one base slug,
// the one with the oldest paper keeps it, whatever their names' order,
// so an account that first lists a paper later (Hugging Face's "lab",
// shown as "Acme") never takes the address the lab named "Lab" has had
// since its first paper; it takes lab-2.
func TestOrganizationSlugOldestKeeps(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	papers := []*model.Paper{
		{ID: "a", Date: day(1), Organization: "Lab"},
		{ID: "b", Date: day(9), Organization: "Lab"},
		{ID: "c", Date: day(5), Organization: "Acme", OrganizationURL: "https://huggingface.co/lab"},
	}
	var got []string
	for _, o := range organizations(papers, nil) {
		got = append(got, o.Slug+": "+o.Name)
	}
	if g, want := strings.Join(got, "; "), "lab: Lab; lab-2: Acme"; g != want {
		t.Errorf("organizations = %s, want %s", g, want)
	}
}
