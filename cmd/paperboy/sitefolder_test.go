package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSiteNearby: build, check, serve, new, import and mail run in the
// folder above a site (where new site was run, before a cd into it), or in
// a site whose settings are misplaced or misnamed, say which folder or file
// it is and what to do, and write nothing; so do they given a --source
// that is no folder (serve, which cannot watch it, at once).
func TestSiteNearby(t *testing.T) {
	parent := t.TempDir()
	site := filepath.Join(parent, "my-digest")
	if code, _, stderr := runCLI("new", "site", site); code != 0 {
		t.Fatalf("new site: %s", stderr)
	}
	two := t.TempDir()
	for _, name := range []string{"a", "b"} {
		if code, _, stderr := runCLI("new", "site", filepath.Join(two, name)); code != 0 {
			t.Fatalf("new site: %s", stderr)
		}
	}
	misplaced := writeSite(t, map[string]string{"site.yaml": "title: T\n", "content/papers/a.md": "x"})
	misnamed := writeSite(t, map[string]string{"content/site.yml": "title: T\n"})
	bare := writeSite(t, map[string]string{"site.yml": "title: T\n"})
	capital := writeSite(t, map[string]string{"content/Site.yaml": "title: T\n"})                            // as a phone names it
	folder := writeSite(t, map[string]string{"Content/site.yaml": "title: T\n", "Content/papers/a.md": "x"}) // as a Mac's Finder names it
	sep := string(filepath.Separator)
	missing := filepath.Join(parent, "my-digset")
	file := filepath.Join(site, "content", "site.yaml")
	for _, tt := range []struct{ dir, want string }{
		{missing, missing + ": no such folder; pass --source the folder of a site (the one with content/site.yaml), or start a site there: paperboy new site " + missing},
		{file, file + ": is a file, not a folder; pass --source the folder of a site"},
		{parent, "content" + sep + "site.yaml: not found, but " + site + sep + " is a site: cd " + site + ", or pass --source " + site},
		{two, ": not found, but " + filepath.Join(two, "a") + sep + " and " + filepath.Join(two, "b") + sep + " are sites: "},
		{misplaced, filepath.Join(misplaced, "site.yaml") + ": paperboy reads the site's settings from " + filepath.Join(misplaced, "content", "site.yaml") +
			", not from this file; move it there: mv " + filepath.Join(misplaced, "site.yaml") + " " + filepath.Join(misplaced, "content", "site.yaml")},
		{misnamed, filepath.Join(misnamed, "content", "site.yml") + ": paperboy reads the site's settings from " + filepath.Join(misnamed, "content", "site.yaml")},
		{bare, "not from this file; move it there: mkdir " + filepath.Join(bare, "content") + " && mv " + filepath.Join(bare, "site.yml") + " "},
		{capital, filepath.Join(capital, "content", "Site.yaml") + ": paperboy reads the site's settings from " + filepath.Join(capital, "content", "site.yaml") +
			", not from this file; rename it: mv " + filepath.Join(capital, "content", "Site.yaml") + " " + filepath.Join(capital, "content", "site.yaml")},
		{folder, filepath.Join(folder, "Content") + sep + ": paperboy reads the site from " + filepath.Join(folder, "content") + sep + ", in lower case, not from this folder: " +
			"a Mac's or Windows's disk finds it under either name, but Linux, where GitHub Actions builds the site, does not; rename it: mv " + filepath.Join(folder, "Content") + " " + filepath.Join(folder, "content")},
	} {
		before := snapshot(t, filepath.Dir(tt.dir)) // the folder above a --source that is none
		for _, args := range [][]string{
			{"build", "-s", tt.dir},
			{"check", "-s", tt.dir},
			{"serve", "--port", "0", "-s", tt.dir},
			{"new", "paper", "2405.15738", "-s", tt.dir},
			{"import", "hf", importSample, "-s", tt.dir},
			{"mail", "--out", filepath.Join(t.TempDir(), "m.eml"), "-s", tt.dir},
		} {
			code, _, stderr := runCLI(args...)
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("paperboy %q: exit %d, %q; want 1 and %q", args, code, stderr, tt.want)
			}
		}
		if after := snapshot(t, filepath.Dir(tt.dir)); len(after) != len(before) {
			t.Errorf("commands run in %s wrote %d files", tt.dir, len(after)-len(before))
		}
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("commands run above the site wrote in %s: %d entries", parent, len(entries))
	}
}
