package generator

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/paperboy-digest/paperboy/generator/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/public.txtar from the current output")

// staticAssets are copies of the theme's files, left out of the golden
// output: they are the theme's source, not something the build makes.
var staticAssets = []string{"favicon.svg", "search.js", "style.css", "syntax.css"}

// TestGoldenSite builds testdata/golden/site.txtar and compares every file
// it writes, byte for byte, with testdata/golden/public.txtar.
func TestGoldenSite(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	out := mustBuild(t, string(src))
	got := &txtar.Archive{Comment: []byte("The output of site.txtar, without the theme's static files. Made by\ngo test ./generator -run TestGoldenSite -update; do not edit.\n")}
	for _, p := range slices.Sorted(func(yield func(string) bool) {
		for p := range out {
			if !slices.Contains(staticAssets, p) && !yield(p) {
				return
			}
		}
	}) {
		got.Files = append(got.Files, txtar.File{Name: p, Data: withNewline(out[p])})
	}
	path := filepath.Join("testdata", "golden", "public.txtar")
	if *update {
		if err := os.WriteFile(path, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./generator -run TestGoldenSite -update)", err)
	}
	want := txtar.Parse(data)
	wantFiles := map[string]string{}
	for _, f := range want.Files {
		wantFiles[f.Name] = string(f.Data)
	}
	for _, f := range got.Files {
		w, ok := wantFiles[f.Name]
		if !ok {
			t.Errorf("%s: written, but not in the golden output", f.Name)
			continue
		}
		delete(wantFiles, f.Name)
		if d := golden.Diff(string(f.Data), w); d != "" {
			t.Errorf("%s differs from the golden output: %s", f.Name, d)
		}
	}
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for n := range wantFiles {
			if !yield(n) {
				return
			}
		}
	}) {
		t.Errorf("%s: in the golden output, but not written", name)
	}
	if t.Failed() {
		t.Log("if the change is intended, run go test ./generator -run TestGoldenSite -update and review the diff of testdata/golden/public.txtar")
	}
}

// withNewline ends s with a newline, as txtar stores every file; an empty
// file stays empty.
func withNewline(s string) []byte {
	if s != "" && !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return []byte(s)
}
