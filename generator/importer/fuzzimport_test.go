package importer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/importer"
)

// FuzzImport imports any Hugging Face list or arXiv feed the parsers take
// into a new site: the import is refused with errors naming the input, or
// its files make a site that builds, as the README promises of every
// import (a scheduled import that wrote a file the build refuses would
// stop the site's deploys until someone mended it by hand).
func FuzzImport(f *testing.F) {
	for _, name := range append(append([]string{}, propHF...), propArXiv...) {
		f.Add(name, readSample(f, name))
	}
	for _, s := range []string{`[{"paper":{"id":"2401.00001","title":"T","summary":"a $x$ b","authors":[{"name":"Ada"}]},"publishedAt":"2024-01-01T00:00:00.000Z"}]`,
		`[{"paper":{"id":"2401.00001","title":"---\n","summary":"---\nx: y\n---","authors":[{"name":": -"}]}}]`,
		`[{"paper":{"id":"2401.00001","title":"T","summary":"from ~~120 ms~~ to 80~ms, ~3x and ~a~","authors":[{"name":null}],"upvotes":1e3}}]`} {
		f.Add("in.json", []byte(s))
	}
	site := "title: Fuzz\nbaseURL: https://example.org/\n"
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		xml := strings.HasSuffix(name, ".xml")
		name = "in.json"
		if xml {
			name = "in.xml"
		}
		b, err := parser(name)(name, data)
		if err != nil {
			return
		}
		if b.Day.IsZero() {
			b.Day = time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC)
		}
		fsys := fstest.MapFS{"content/site.yaml": {Data: []byte(site)}}
		pl, err := importer.Prepare(fsys, b)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, name+":") {
					t.Fatalf("the import's error %q does not name the input", line)
				}
			}
			return
		}
		for _, c := range pl.Changes() {
			fsys[c.Path] = &fstest.MapFile{Data: c.Data}
		}
		if _, err := generator.Build(context.Background(), generator.Options{Site: fsys, Workers: 1}); err != nil {
			t.Fatalf("the site an import of %q made does not build:\n%v", data, err)
		}
	})
}
