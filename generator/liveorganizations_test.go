package generator

import (
	"fmt"
	"strings"
	"testing"
)

// orgsSite is fieldsSite with three papers a page and organizations:
// NVIDIA (Alpha of May 31, Omicron of June 3), Meta AI (Pi and Rho, whose
// organization_url is one account, facebook), Shanghai AI Lab (Sigma,
// and Tau, which spells it as organizationNames: renames), Lone Lab
// (Upsilon of May 31, Phi of June 3), Lone Company (Psi, of June 3, whose
// account, lone-lab, is Lone Lab's slug: Lone Lab, with the older paper,
// keeps it) and Solo Lab (Chi alone).
var orgsSite = strings.Replace(strings.Replace(fieldsSite, "pageSize: 2\n", "pageSize: 3\norganizationNames:\n  shanghai ailab: Shanghai AI Lab\n", 1),
	"upvotes: 5\n", "upvotes: 5\norganization: NVIDIA\n", 1) + orgPapers(
	"2406.00030 Omicron 2024-06-03 NVIDIA", "2406.00031 Pi 2024-06-03 Meta AI|https://huggingface.co/facebook",
	"2405.00032 Rho 2024-05-31 Meta AI|https://huggingface.co/facebook", "2405.00033 Sigma 2024-05-31 Shanghai AI Lab",
	"2406.00034 Tau 2024-06-03 shanghai ailab", "2405.00035 Upsilon 2024-05-31 Lone Lab", "2406.00036 Phi 2024-06-03 Lone Lab",
	"2406.00037 Psi 2024-06-03 Lone Company|https://huggingface.co/lone-lab", "2406.00038 Chi 2024-06-03 Solo Lab")

// orgPapers returns the txtar files of papers, each "id title date
// organization|organization_url" (the url optional).
func orgPapers(papers ...string) string {
	var b strings.Builder
	for _, p := range papers {
		f := strings.SplitN(p, " ", 4)
		org, url, _ := strings.Cut(f[3], "|")
		fmt.Fprintf(&b, "-- content/papers/%s.md --\n---\ntitle: %q\narxiv: %q\nauthors: [\"Grace Hopper\"]\ndate: %s\nupvotes: 2\norganization: %s\n", f[0], f[1], f[0], f[2], org)
		if url != "" {
			fmt.Fprintf(&b, "organization_url: %s\n", url)
		}
		fmt.Fprintf(&b, "---\n%s abstract.\n", f[1])
	}
	return b.String()
}

// TestLiveOrganizationEdits: an edit of a paper's organization: that
// moves it to an organization with a page, or takes it out or writes it
// where the organization keeps its page, takes the quick path,
// incomplete (the search index has the name): the paper's pages and
// lists, every page of the organizations it left and joined (their
// lists, counts, descriptions; a page that leaves or joins the sitemap
// as an organization is left with one paper or gets a second), their
// .bib files, the index of organizations and the sitemap are made again,
// and the files and warnings are a clean build's. An organization whose
// page would come or go, whose papers would take a page more or fewer,
// whose shown name or slug would change, that would merge with another
// (a name given with another's address), and a spelling organizationNames:
// renames take the full build.
func TestLiveOrganizationEdits(t *testing.T) {
	const (
		omicronFile = "content/papers/2406.00030.md"
		piFile      = "content/papers/2406.00031.md"
		tauFile     = "content/papers/2406.00034.md"
		upsilonFile = "content/papers/2405.00035.md"
		phiFile     = "content/papers/2406.00036.md"
		chiFile     = "content/papers/2406.00038.md"
	)
	dir := writeArchive(t, orgsSite)
	liveEdits(t, dir, []sourceEdit{
		// NVIDIA is left with Alpha alone (out of the sitemap).
		{"an organization corrected to another's with a page", omicronFile, "organization: NVIDIA", "organization: Lone Lab", true, true},
		{"another spelling that is not the one shown", omicronFile, "organization: Lone Lab", "organization: lone lab", true, true},
		{"the same name quoted", omicronFile, "organization: lone lab", `organization: "lone lab"`, true, false},
		{"an organization taken out", omicronFile, "organization: \"lone lab\"\n", "", true, true},
		{"an organization written", omicronFile, "upvotes: 2\n", "upvotes: 2\norganization: NVIDIA\n", true, true},
		{"a name with a new abstract", omicronFile, "organization: NVIDIA\n---\nOmicron abstract.", "organization: Solo Lab\n---\nOmicron's abstract.", true, true},
		{"with a new journal", omicronFile, "organization: Solo Lab\n", "organization: Lone Lab\njournal: \"Nature\"\n", true, true},
		// Lone Lab's three papers on one page would be four on two.
		{"an organization's papers on a page more", deltaFile, "upvotes: 1\n", "upvotes: 1\norganization: Lone Lab\n", false, false},
		{"and a page fewer", deltaFile, "organization: Lone Lab\n", "", false, false},
		{"a new organization", omicronFile, "organization: Lone Lab", "organization: New Lab", false, false},
		{"and another with a page", omicronFile, "organization: New Lab", "organization: NVIDIA", false, false},
		{"an organization whose page goes", chiFile, "organization: Solo Lab", "organization: NVIDIA", false, false},
		{"and comes back", chiFile, "organization: NVIDIA", "organization: Solo Lab", false, false},
		// One of each spelling: the first in byte order is shown.
		{"a spelling that would be shown", phiFile, "organization: Lone Lab", "organization: LONE LAB", false, false},
		{"and back", phiFile, "organization: LONE LAB", "organization: Lone Lab", false, false},
		// Pi's address is Meta AI's: NVIDIA and Meta AI would be one.
		{"a name that merges two organizations", piFile, "organization: Meta AI", "organization: NVIDIA", false, false},
		{"and back", piFile, "organization: NVIDIA", "organization: Meta AI", false, false},
		// Lone Lab's oldest paper would be of June 3, as Lone Company's:
		// the name first in byte order, Lone Company, would take lone-lab.
		{"the oldest paper of an organization changed", upsilonFile, "organization: Lone Lab", "organization: NVIDIA", false, false},
		{"and back", upsilonFile, "organization: NVIDIA", "organization: Lone Lab", false, false},
		{"a spelling organizationNames: renames", tauFile, "organization: shanghai ailab", "organization: Shanghai AI Lab", false, false},
		{"and back", tauFile, "organization: Shanghai AI Lab", "organization: shanghai ailab", false, false},
		{"an organization changed with a new title", omicronFile, "title: \"Omicron\"\narxiv: \"2406.00030\"\nauthors: [\"Grace Hopper\"]\ndate: 2024-06-03\nupvotes: 2\norganization: NVIDIA",
			"title: \"Omicron two\"\narxiv: \"2406.00030\"\nauthors: [\"Grace Hopper\"]\ndate: 2024-06-03\nupvotes: 2\norganization: Lone Lab", false, false},
	})
}

// TestLiveOrganizationNameWarned: while a line of organizationNames:
// renames nobody, an organization corrected to another's with a page
// takes the full build: the line's warning names the spelling of an
// organization like it that is first in byte order (Lone Lab, then
// Omicron's LONE lab) and where a paper first spells it.
func TestLiveOrganizationNameWarned(t *testing.T) {
	dir := writeArchive(t, strings.Replace(orgsSite, "  shanghai ailab: Shanghai AI Lab\n", "  shanghai ailab: Shanghai AI Lab\n  LONE LAB: Lone Laboratory\n", 1))
	liveEdits(t, dir, []sourceEdit{
		{"an organization corrected to one a warning names", "content/papers/2406.00030.md", "organization: NVIDIA", "organization: LONE lab", false, false},
	})
}
