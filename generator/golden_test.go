package generator

import (
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/paperboy-digest/paperboy/generator/internal/golden"
	"github.com/paperboy-digest/paperboy/generator/model"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden from the current output")

// staticAssets are copies of the theme's files, left out of the golden
// output: they are the theme's source, not something the build makes.
var staticAssets = append([]string{"favicon.svg", "search.js", "style.css", "syntax.css"}, model.HomeIconFiles...)

// TestGoldenSite builds testdata/golden/site.txtar and compares every file
// it writes, byte for byte, with testdata/golden/public.txtar.
func TestGoldenSite(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	checkGolden(t, string(src), "public.txtar", func(p string) bool { return !slices.Contains(staticAssets, p) })
}

// frenchPages are the files of the golden site TestGoldenFrench keeps:
// one of each kind of page and feed that holds the theme's words.
var frenchPages = []string{
	"index.html", "days/2024-06-03/index.html", "papers/2405.00001/index.html", "papers/smith-2024-delta/index.html",
	"weeks/2024-W22/index.html", "months/2024-06/index.html", "archive/index.html", "topics/index.html",
	"topics/agents/page/2/index.html", "authors/index.html", "authors/ada-lovelace/index.html", "organizations/index.html",
	"organizations/example-lab/index.html", "search/index.html",
	"feeds/index.html", "subscribe/index.html", "about/index.html", "404.html", "days/feed.xml", "feed.xml", "feeds.opml",
}

// TestGoldenFrench builds the golden site in French (language: fr) and
// compares the pages and feeds that hold words with
// testdata/golden/public-fr.txtar: every word the theme and the generator
// write is French, dates included.
func TestGoldenFrench(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "site.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	fr := strings.Replace(string(src), "title: Golden Digest\n", "title: Golden Digest\nlanguage: fr\n", 1)
	checkGolden(t, fr, "public-fr.txtar", func(p string) bool { return slices.Contains(frenchPages, p) })
}

// checkGolden builds the site archive and compares the files keep accepts,
// byte for byte, with testdata/golden/<name>; with -update it rewrites
// the golden file instead.
func checkGolden(t *testing.T, archive, name string, keep func(path string) bool) {
	t.Helper()
	out := mustBuild(t, archive)
	got := &txtar.Archive{Comment: []byte("The output of site.txtar (see TestGolden* in golden_test.go). Made by\ngo test ./generator -run TestGolden -update; do not edit.\n")}
	for _, p := range slices.Sorted(maps.Keys(out)) {
		if keep(p) {
			got.Files = append(got.Files, txtar.File{Name: p, Data: withNewline(out[p])})
		}
	}
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./generator -run TestGolden -update)", err)
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
	for _, name := range slices.Sorted(maps.Keys(wantFiles)) {
		t.Errorf("%s: in the golden output, but not written", name)
	}
	if t.Failed() {
		t.Logf("if the change is intended, run go test ./generator -run TestGolden -update and review the diff of testdata/golden/%s", name)
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
