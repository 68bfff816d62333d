package main

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/load"
)

// TestBuildRefusesSourcesAsDestination: a slip like -d content must not
// replace the site's sources with the built site, nor -d docs delete a
// folder of the curator's own files.
func TestBuildRefusesSourcesAsDestination(t *testing.T) {
	dir := writeSite(t, goodSite)
	writeFile(t, dir, "docs/notes.md", "mine\n")
	before := snapshot(t, dir)
	for _, d := range []string{"content", "content/papers", ".", "docs"} {
		code, _, stderr := runCLI("build", "-s", dir, "-d", filepath.Join(dir, d))
		if code != 1 || !strings.Contains(stderr, "a build replaces the whole") {
			t.Errorf("-d %s: exit %d, stderr %q", d, code, stderr)
		}
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("a refused build changed the site folder:\nbefore %v\nafter  %v", before, after)
	}
	// A folder holding a built site is replaced as before.
	for range 2 {
		if code, _, stderr := runCLI("build", "-q", "-s", dir, "-d", filepath.Join(dir, "out")); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
	}
}

// TestBuildUnderAFile: -d notes.txt/out, where notes.txt is a file, says
// which part of the path is a file, as -d notes.txt does, where it gave
// the system's "stat …: not a directory", and writes nothing.
func TestBuildUnderAFile(t *testing.T) {
	dir := writeSite(t, goodSite)
	writeFile(t, dir, "notes.txt", "mine\n")
	before := snapshot(t, dir)
	notes := filepath.Join(dir, "notes.txt")
	dest := filepath.Join(notes, "out")
	want := "paperboy: output folder " + dest + ": " + notes + " is a file, not a folder; give another path\n"
	if code, _, stderr := runCLI("build", "-s", dir, "-d", dest); code != 1 || stderr != want {
		t.Errorf("build -d %s: exit %d, %q; want 1, %q", dest, code, stderr, want)
	}
	if after := snapshot(t, dir); !maps.Equal(before, after) {
		t.Errorf("a refused build changed the site folder")
	}
}

// TestBuildWithoutSiteWritesNothing: build in a folder without
// content/site.yaml gives the build's own error, in one that does not
// exist an error that names it, and writes nothing: no folder, lock file
// or profile.
func TestBuildWithoutSiteWritesNothing(t *testing.T) {
	root := t.TempDir()
	empty := filepath.Join(root, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	_, want := generator.Build(context.Background(), generator.Options{Site: load.DirFS(empty)})
	if want == nil {
		t.Fatal("generator.Build of an empty folder succeeded")
	}
	for _, args := range [][]string{
		{"build", "-s", empty},
		{"build", "-s", empty, "-d", filepath.Join(root, "out", "site"), "--cpuprofile", filepath.Join(root, "cpu.prof")},
	} {
		if code, _, stderr := runCLI(args...); code != 1 || stderr != "paperboy: "+want.Error()+"\n" {
			t.Errorf("paperboy %q: exit %d, %q; want 1, %q", args, code, stderr, "paperboy: "+want.Error())
		}
	}
	missing := filepath.Join(root, "missing")
	if code, _, stderr := runCLI("build", "-s", missing, "-d", filepath.Join(root, "out")); code != 1 || !strings.HasPrefix(stderr, "paperboy: "+missing+": no such folder;") {
		t.Errorf("paperboy build -s %s: exit %d, %q; want 1 and the folder named", missing, code, stderr)
	}
	var made []string
	filepath.WalkDir(root, func(p string, _ os.DirEntry, err error) error {
		if p != root && p != empty {
			made = append(made, p)
		}
		return err
	})
	if len(made) > 0 {
		t.Errorf("a build without a site wrote %q", made)
	}
}
