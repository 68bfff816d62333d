package main

import (
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPathsFromHere: run on another folder (-s my-digest), build, check,
// mail and serve name the site's files from the current folder
// (my-digest/content/papers/a.md:3), where the path:line opens, as they
// do the site's folder (my-digest/public/); run in the site's folder,
// from there, as before. GitHub's annotations name them from the
// repository either way, and a built file (feed.xml) is named as it is.
func TestPathsFromHere(t *testing.T) {
	bad := maps.Clone(goodSite)
	bad["content/papers/a.md"] = "---\ntitle: A\n  arxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nAbstract.\n"
	broken := maps.Clone(goodSite)
	broken["content/papers/a.md"] += "\nSee [the slides](slides.pdf).\n"
	parent := t.TempDir()
	for name, files := range map[string]map[string]string{"bad": bad, "broken": broken} {
		for p, s := range files {
			writeFile(t, filepath.Join(parent, name), p, s)
		}
	}
	t.Chdir(parent)
	a := filepath.Join("content", "papers", "a.md")
	eml := filepath.Join(t.TempDir(), "m.eml")
	tests := []struct {
		dir     string // the folder to run in, from parent
		args    []string
		actions bool
		want    string // the start of a line of the output
	}{
		{".", []string{"build", "-s", "bad"}, false, filepath.Join("bad", a) + ":3: "},
		{".", []string{"build", "-s", "./bad/"}, false, filepath.Join("bad", a) + ":3: "},
		{".", []string{"check", "-s", "bad"}, false, filepath.Join("bad", a) + ":3: "},
		{".", []string{"mail", "--out", eml, "-s", "bad"}, false, filepath.Join("bad", a) + ":3: "},
		{".", []string{"build", "-s", "broken"}, false, "warning: " + filepath.Join("broken", a) + ":9: "},
		{".", []string{"check", "-s", "broken"}, false, filepath.Join("broken", a) + ":9: "},
		{".", []string{"build", "-s", "bad"}, true, "::error file=bad/content/papers/a.md,line=3,"},
		{".", []string{"build", "-s", "broken"}, true, "::warning file=broken/content/papers/a.md,line=9,"},
		{"bad", []string{"build"}, false, "content/papers/a.md:3: "},
		{"bad", []string{"check"}, false, "content/papers/a.md:3: "},
		{"broken", []string{"build"}, false, "warning: content/papers/a.md:9: "},
		{"broken", []string{"build", "-s", "."}, false, "warning: content/papers/a.md:9: "},
	}
	for _, tt := range tests {
		t.Run(tt.dir+" "+strings.Join(tt.args, " "), func(t *testing.T) {
			t.Chdir(filepath.Join(parent, tt.dir))
			if tt.actions {
				t.Setenv("GITHUB_ACTIONS", "true")
				t.Setenv("GITHUB_WORKSPACE", parent)
			}
			_, stdout, stderr := runCLI(tt.args...)
			lines := strings.Split(stdout+stderr, "\n")
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, tt.want) }) {
				t.Errorf("paperboy %q in %s printed\n%s\nwant a line starting %q", tt.args, tt.dir, stdout+stderr, tt.want)
			}
		})
	}
}

// TestServePathsFromHere: serve -s my-digest logs the build's warnings
// with the paths build prints, from the current folder.
func TestServePathsFromHere(t *testing.T) {
	broken := maps.Clone(goodSite)
	broken["content/papers/a.md"] += "\nSee [the slides](slides.pdf).\n"
	dir := writeSite(t, broken)
	_, stderr := startServeArgs(t, dir)
	want := "warning: " + filepath.Join(dir, "content", "papers", "a.md") + ":9: "
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if strings.Contains(stderr.String(), want) {
			return
		}
	}
	t.Errorf("serve -s %s logged\n%s\nwant %q", dir, stderr.String(), want)
}
