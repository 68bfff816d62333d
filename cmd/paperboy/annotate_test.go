package main

import (
	"maps"
	"strings"
	"testing"
)

// TestAnnotationsInActions: in GitHub Actions, build's warnings and
// errors, and import's errors, are also ::warning and ::error workflow
// commands at the file's line, as check writes its problems; the pages
// workflow's build from the default branch and the nightly import then
// show them in the run's summary and on the file. So are the site's
// settings under a name no build reads (content/Site.yaml, as a phone
// names it), which stop every command. Elsewhere there are none.
func TestAnnotationsInActions(t *testing.T) {
	broken := maps.Clone(goodSite)
	broken["content/papers/a.md"] += "\nSee [the slides](slides.pdf).\n"
	bad := maps.Clone(goodSite)
	bad["content/papers/a.md"] = "---\ntitle: A\n  arxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nAbstract.\n"
	badImport := maps.Clone(goodSite) // the file of a paper of the list, broken
	badImport["content/papers/2405.15738.md"] = "---\ntitle: C\n  arxiv: \"2405.15738\"\ndate: 2024-05-27\n---\nAbstract.\n"
	misnamed := func(name string) map[string]string {
		site := maps.Clone(goodSite)
		site[name] = site["content/site.yaml"]
		delete(site, "content/site.yaml")
		return site
	}
	tests := []struct {
		name  string
		site  map[string]string
		args  []string
		want  string
		wantC int
	}{
		{"build warning", broken, []string{"build"}, "::warning file=content/papers/a.md,line=9,title=paperboy build%3A link::", 0},
		{"build error", bad, []string{"build"}, "::error file=content/papers/a.md,line=3,title=paperboy build%3A source::", 1},
		{"settings capitalised", misnamed("content/Site.yaml"), []string{"build"}, "::error file=content/Site.yaml,title=paperboy build%3A source::paperboy reads the site's settings from ", 1},
		{"settings as site.yml", misnamed("content/site.yml"), []string{"check"}, "::error file=content/site.yml,title=paperboy check%3A source::paperboy reads the site's settings from ", 1},
		{"import error", badImport, []string{"import", "hf", importSample}, "::error file=content/papers/2405.15738.md,line=3,title=paperboy import%3A source::", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeSite(t, tt.site)
			args := append(append([]string{}, tt.args...), "-s", dir)
			t.Setenv("GITHUB_WORKSPACE", dir)
			t.Setenv("GITHUB_ACTIONS", "true")
			code, _, stderr := runCLI(args...)
			if code != tt.wantC || !strings.Contains(stderr, "\n"+tt.want) {
				t.Errorf("%q in GitHub Actions: exit %d, stderr:\n%s\nwant exit %d and a line starting %q", args, code, stderr, tt.wantC, tt.want)
			}
			t.Setenv("GITHUB_ACTIONS", "")
			if _, _, stderr := runCLI(args...); strings.Contains(stderr, "::") {
				t.Errorf("%q outside GitHub Actions wrote a workflow command:\n%s", args, stderr)
			}
		})
	}
}
