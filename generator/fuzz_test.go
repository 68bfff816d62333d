package generator

import (
	"context"
	"strings"
	"testing"
)

// FuzzBuild runs whole builds of arbitrary sites (txtar archives): the
// loader, parsers, index and renderers must never panic, and every output
// path must stay inside the output folder.
func FuzzBuild(f *testing.F) {
	f.Add(smallSite)
	f.Add(hostileSite)
	f.Add(scholarSite)
	f.Add(besideSite)
	f.Add(sizedSite)
	f.Add(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + "-- content/days/2024-01-01.md --\n---\npapers:\n  - title: X\n    id: x\n---\n")
	f.Add("-- content/site.yaml --\n")
	f.Fuzz(func(t *testing.T, archive string) {
		res, err := Build(context.Background(), Options{Site: siteFS(archive), Workers: 2})
		if err != nil {
			return
		}
		for i, file := range res.Files {
			p := file.Path
			if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || strings.Contains(p, "\x00") {
				t.Fatalf("unsafe output path %q", p)
			}
			for _, seg := range strings.Split(p, "/") {
				if seg == "" || seg == "." || seg == ".." {
					t.Fatalf("unsafe output path %q", p)
				}
			}
			if i > 0 && res.Files[i-1].Path >= p {
				t.Fatalf("outputs out of order or repeated: %q, %q", res.Files[i-1].Path, p)
			}
		}
	})
}
