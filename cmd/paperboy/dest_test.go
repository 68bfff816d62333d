package main

import (
	"maps"
	"path/filepath"
	"strings"
	"testing"
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
