package importer_test

import (
	"bytes"
	"context"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/importer/arxiv"
	"github.com/paperboy-digest/paperboy/generator/importer/hf"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// parser returns the parser for input named name: arXiv's for .xml, else
// Hugging Face's.
func parser(name string) func(string, []byte) (importer.Batch, error) {
	if strings.HasSuffix(name, ".xml") {
		return arxiv.Parse
	}
	return hf.Parse
}

// parseSample parses a file of testdata (or any bytes named like one).
func parseSample(t *testing.T, name string, data []byte) importer.Batch {
	t.Helper()
	b, err := parser(name)(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return b
}

// readSample reads testdata/name.
func readSample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// run imports b into the site folder dir and returns the plan.
func run(t *testing.T, dir string, b importer.Batch) *importer.Plan {
	t.Helper()
	pl, err := importer.Prepare(os.DirFS(dir), b)
	if err != nil {
		t.Fatalf("Prepare: %v", err)
	}
	if err := pl.Write(dir); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return pl
}

// importSample imports testdata/name into dir.
func importSample(t *testing.T, dir, name string) *importer.Plan {
	t.Helper()
	return run(t, dir, parseSample(t, name, readSample(t, name)))
}

// snapshot returns every file below dir by slash path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// readFile reads a file of the site dir.
func readFile(t *testing.T, dir, rel string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// writeFile writes a file of the site dir.
func writeFile(t *testing.T, dir, rel, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// edit replaces old by new in a file of the site, which must contain it.
func edit(t *testing.T, dir, rel, old, new string) {
	t.Helper()
	s := readFile(t, dir, rel)
	if !strings.Contains(s, old) {
		t.Fatalf("%s does not contain %q:\n%s", rel, old, s)
	}
	writeFile(t, dir, rel, strings.Replace(s, old, new, 1))
}

// sameFiles fails unless two snapshots are equal byte for byte.
func sameFiles(t *testing.T, what string, got, want map[string]string) {
	t.Helper()
	for p, w := range want {
		if g, ok := got[p]; !ok {
			t.Errorf("%s: %s is gone", what, p)
		} else if !bytes.Equal([]byte(g), []byte(w)) {
			t.Errorf("%s: %s changed:\n--- got\n%s\n--- want\n%s", what, p, g, w)
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			t.Errorf("%s: %s appeared", what, p)
		}
	}
}

func removeFile(dir, rel string) error { return os.Remove(filepath.Join(dir, filepath.FromSlash(rel))) }

func osDirFS(dir string) fs.FS { return os.DirFS(dir) }

// shownOn builds the site in dir and returns the ids the day (YYYY-MM-DD)
// shows, in order.
func shownOn(t *testing.T, dir, day string) []string {
	t.Helper()
	res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	var ids []string
	for _, d := range res.Site.Days {
		if d.Slug == day {
			for _, p := range d.Papers {
				ids = append(ids, p.ID)
			}
		}
	}
	return ids
}
