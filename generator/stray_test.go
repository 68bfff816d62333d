package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestStrayFolders: a paper written into a misspelt folder of content/
// is not built, and the build says so, once for the folder; check names
// the file instead, and not the folder as well. A source folder beside
// content/ is named too.
func TestStrayFolders(t *testing.T) {
	ok := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	site := siteYAML + paper("a", ok) + "-- content/paper/b.md --\n---\ntitle: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\n---\nB.\n" +
		"-- content/.git-notes/x.md --\nskipped\n" + "-- days/2024-01-02.md --\nIntro.\n"
	want := []string{
		"content/paper/: no build reads content/paper/: papers go in content/papers/, days in content/days/ and pages of your own in content/pages/; did you mean content/papers/? Rename the folder (paperboy check names each file in it)",
		"days/: no build reads days/ at the site's root: sources are read from content/ alone; move the folder to content/days/",
	}
	if got := warningsOf(t, site); !slices.Equal(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, p := range problems {
		if strings.HasPrefix(p.Path, "content/paper/") {
			paths = append(paths, p.Path)
		}
	}
	if !slices.Equal(paths, []string{"content/paper/b.md"}) {
		t.Errorf("check names %q under content/paper/, want the file alone", paths)
	}
}

// TestCaseSourceFolders: a source folder in other letter case
// (content/Papers/, as a Mac's Finder may rename it) stops the build, as
// a build on Linux would publish the site without its sources; beside the
// folder itself it is one with it on a Mac's or Windows's disk.
func TestCaseSourceFolders(t *testing.T) {
	front := "---\ntitle: P\narxiv: \"2401.00001\"\nauthors: [Ada]\ndate: 2024-01-01\n---\nAbstract.\n"
	for _, tt := range []struct{ name, site, want string }{
		{"Papers alone", siteYAML + "-- content/Papers/2401.00001.md --\n" + front,
			"content/Papers/: sources are read from content/papers/, in lower case: a Mac's or Windows's disk finds this folder under either name, but a build on Linux, as GitHub Actions runs it to publish the site, reads none of it; rename it with git mv content/Papers content/papers"},
		{"PAGES beside pages", siteYAML + paper("a", "title: A\narxiv: \"2401.00002\"\ndate: 2024-01-01\n") +
			"-- content/pages/about.md --\n---\ntitle: About\n---\nUs.\n-- content/PAGES/team.md --\n---\ntitle: Team\n---\nUs.\n",
			"content/PAGES/: this folder is content/pages/ in other letter case, and a Mac's or Windows's disk holds the two as one folder, while a build on Linux reads none of this one; move its files into content/pages/ (git mv) and delete it"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSite(t, tt.site, Options{})
			errorsStart(t, err, []string{tt.want})
		})
	}
}

// TestStrayPaperFiles: a paper saved as text (2401.00002.txt, or with no
// extension, its arXiv version or not) in content/papers/, and one put at the top of content/, are
// not built, and build and check both say so, once, with the name or the
// place to give it; a note in either place, with no front matter or a
// page's, is named by check alone, as before.
func TestStrayPaperFiles(t *testing.T) {
	front := func(id string) string {
		return "---\ntitle: P\narxiv: \"" + id + "\"\nauthors: [Ada]\ndate: 2024-01-01\n---\nAbstract.\n"
	}
	site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") +
		"-- content/papers/2401.00002.txt --\n" + front("2401.00002") +
		"-- content/papers/2401.00003 --\n" + front("2401.00003") +
		"-- content/papers/2401.00006v2 --\n" + front("2401.00006") +
		"-- content/2401.00004.md --\n" + front("2401.00004") +
		"-- content/2401.00005.md --\n---\ntitle: Named by its id\n---\n" +
		"-- content/papers/notes.txt --\nRead more.\n" +
		"-- content/about.md --\n---\ntitle: About\n---\nUs.\n"
	const none = "no build reads this file: "
	const saved = none + "it starts with a front matter, as a paper, a day or a page does, but only .md files are sources; rename it "
	want := []string{
		"content/2401.00004.md: " + none + "its front matter is a paper's (arxiv:, authors:), but papers are read from content/papers/ alone; move it to content/papers/2401.00004.md (git mv content/2401.00004.md content/papers/2401.00004.md)",
		"content/2401.00005.md: " + none + "its name is an arXiv id, but papers are read from content/papers/ alone; move it to content/papers/2401.00005.md (git mv content/2401.00005.md content/papers/2401.00005.md)",
		"content/papers/2401.00002.txt: " + saved + "2401.00002.md",
		"content/papers/2401.00003: " + saved + "2401.00003.md",
		"content/papers/2401.00006v2: " + saved + "2401.00006.md",
	}
	got := warningsOf(t, site)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checked := checkProblems(t, site, "orphan")
	for _, w := range want {
		if n := slices.Index(checked, w); n < 0 || slices.Index(checked[n+1:], w) >= 0 {
			t.Errorf("check says %q %d times, want once; it says\n%s", w, strings.Count(strings.Join(checked, "\n"), w), strings.Join(checked, "\n"))
		}
	}
	for _, p := range []string{"content/about.md: " + none + "pages are made", "content/papers/notes.txt: " + none + "no paper, day or page links to it"} {
		if !slices.ContainsFunc(checked, func(c string) bool { return strings.HasPrefix(c, p) }) {
			t.Errorf("check does not say %q…; it says\n%s", p, strings.Join(checked, "\n"))
		}
	}
}

// TestUnreadAtTop: a paper or a day uploaded at the site's root (GitHub's
// "Add file → Upload files" on the repository's home page puts it beside
// content/), a day at the top of content/, and settings saved beside
// content/site.yaml under another name (content/site.yml, a phone's
// upload) are not read, and build and check both say so, once, with
// where to move the file or what to merge; a repository's README.md,
// LICENSE and notes at its root are let be.
func TestUnreadAtTop(t *testing.T) {
	const none = "no build reads this file: "
	tests := []struct {
		name, files string
		want        string // the warning; "" for none
	}{
		{"paper at the root", "-- 2406.01234.md --\n---\ntitle: P\narxiv: \"2406.01234\"\nauthors: [Grace Hopper]\ndate: 2024-06-04\n---\nAbstract.\n",
			"2406.01234.md: " + none + "its front matter is a paper's (arxiv:, authors:), but papers are read from content/papers/ alone; move it to content/papers/2406.01234.md (git mv 2406.01234.md content/papers/2406.01234.md)"},
		{"paper named by its id at the root", "-- 2406.01235.md --\n---\ntitle: P\n---\nAbstract.\n",
			"2406.01235.md: " + none + "its name is an arXiv id, but papers are read from content/papers/ alone; move it to content/papers/2406.01235.md (git mv 2406.01235.md content/papers/2406.01235.md)"},
		{"day at the root", "-- 2024-06-04.md --\nToday's picks.\n",
			"2024-06-04.md: " + none + "its name is a day's, but days are read from content/days/ alone; move it to content/days/2024-06-04.md (git mv 2024-06-04.md content/days/2024-06-04.md)"},
		{"day at the top of content", "-- content/2024-06-04.md --\n---\npapers: [\"2401.00001\"]\n---\n",
			"content/2024-06-04.md: " + none + "its name is a day's, but days are read from content/days/ alone; move it to content/days/2024-06-04.md (git mv content/2024-06-04.md content/days/2024-06-04.md)"},
		{"site.yml beside site.yaml", "-- content/site.yml --\ntitle: Renamed\n",
			"content/site.yml: " + none + "the site's settings are read from content/site.yaml alone; merge what this file changes into content/site.yaml, then delete it (git rm content/site.yml)"},
		{"Site.yaml beside site.yaml", "-- content/Site.yaml --\ntitle: Renamed\n",
			"content/Site.yaml: " + none + "the site's settings are read from content/site.yaml alone; merge what this file changes into content/site.yaml, then delete it (git rm content/Site.yaml)"},
		{"README with authors", "-- README.md --\n---\nauthors: [Ada]\n---\nOur digest.\n", ""},
		{"notes at the root", "-- notes.md --\n---\ntitle: Notes\n---\n-- LICENSE --\nMIT\n-- CHANGELOG.md --\nv1\n", ""},
		{"workflow settings at the root", "-- mkdocs.yml --\nsite_name: x\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + tt.files
			var want []string
			if tt.want != "" {
				want = []string{tt.want}
			}
			if got := warningsOf(t, site); !slices.Equal(got, want) {
				t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
			checked := checkProblems(t, site, "orphan")
			if n := slices.Index(checked, tt.want); tt.want != "" && (n < 0 || slices.Index(checked[n+1:], tt.want) >= 0) {
				t.Errorf("check does not say %q once; it says\n%s", tt.want, strings.Join(checked, "\n"))
			}
			if tt.want != "" && len(checked) != 1 {
				t.Errorf("check says\n%s\nwant the warning alone", strings.Join(checked, "\n"))
			}
		})
	}
}
