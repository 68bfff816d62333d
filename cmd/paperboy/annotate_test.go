package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
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

// TestAnnotateLimit: GitHub shows ten annotations of a level a step and
// drops the rest silently, so the tenth says how many more there are,
// none is written past it, and every problem is a row of the job
// summary, its Markdown and HTML escaped. A problem at a path the
// repository does not hold (a built page) is an annotation with no
// file=, which GitHub could place at none.
func TestAnnotateLimit(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	summary := filepath.Join(t.TempDir(), "summary.md")
	t.Setenv("GITHUB_ACTIONS", "true")
	t.Setenv("GITHUB_WORKSPACE", dir)
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	var ps []generator.Problem
	for i := 1; i <= 12; i++ {
		ps = append(ps, generator.Problem{Kind: "source", Path: "a.md", Line: i, Msg: fmt.Sprintf("problem %d", i)})
	}
	ps = append(ps,
		generator.Problem{Kind: "note", Path: "a.md", Line: 20, Msg: "a note"},
		generator.Problem{Kind: "link", Path: "404.html", Msg: "the link <a|b> *is* broken"})
	var b strings.Builder
	annotate(&b, "check", dir, "error", ps)
	out := b.String()
	tests := []struct {
		want string
		n    int
	}{
		{"::error ", 10},
		{"::notice file=a.md,line=20,", 1},
		{"::error file=a.md,line=10,title=paperboy check%3A source::problem 10 (and 3 more errors past GitHub's 10 a step: see the job summary or the log)\n", 1},
		{"problem 11", 0},
		{"404.html", 0},
	}
	for _, tt := range tests {
		if got := strings.Count(out, tt.want); got != tt.n {
			t.Errorf("annotate wrote %q %d times, want %d:\n%s", tt.want, got, tt.n, out)
		}
	}
	data, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| a.md:12 | error | source | problem 12 |\n",
		"| a.md:20 | notice | note | a note |\n",
		"|  | error | link | the link &lt;a\\|b&gt; \\*is\\* broken |\n",
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("job summary lacks %q:\n%s", want, data)
		}
	}
}
