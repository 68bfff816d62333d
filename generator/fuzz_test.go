package generator

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// FuzzBuild runs whole builds of arbitrary sites (txtar archives): the
// loader, parsers, index and renderers must never panic, a failing build
// names a source file at one of its lines, every output path stays inside the output folder,
// a broken link is warned of at a line of the source that writes it, and
// the same site built with 2 workers and with 1, streamed to disk as a
// build does (Options.Emit), gives the same bytes and the same warnings,
// and so do its sources saved with CRLF, as on Windows, or with CR.
func FuzzBuild(f *testing.F) {
	f.Add(smallSite)
	f.Add(hostileSite)
	f.Add(scholarSite)
	f.Add(besideSite)
	f.Add(sizedSite)
	f.Add(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + "-- content/days/2024-01-01.md --\n---\npapers:\n  - title: X\n    id: x\n---\n")
	f.Add("-- content/site.yaml --\n")
	f.Add(linksSite)
	broken := strings.NewReplacer("[B](b.md)", "[B](b.md) [x](x.md) [s](/nope/) [d](d.md)", "An inline abstract.", "An inline abstract, [c](c.zip).").Replace(linksSite)
	f.Add(broken)
	f.Add(withLineEndings(broken, "\r"))
	f.Fuzz(func(t *testing.T, archive string) {
		fsys := siteFS(archive)
		res, err := Build(context.Background(), Options{Site: fsys, Workers: 2})
		if err != nil {
			list, ok := diag.Source(err)
			if !ok {
				t.Fatalf("the build's error names no source file:\n%v", err)
			}
			for _, e := range list {
				if src, ok := fsys[e.Path]; ok && (e.Line < 0 || e.Line > diag.Lines(src.Data)) {
					t.Fatalf("an error is at no line of its source: %s", e)
				}
			}
			return
		}
		for _, w := range res.Warnings {
			if !isBrokenLink(w) {
				continue
			}
			if src, ok := fsys[w.Path]; !ok || w.Line < 1 || w.Line > diag.Lines(src.Data) {
				t.Fatalf("a broken link is warned of at no line of a source: %s", w)
			}
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
		two := built{}
		for _, file := range res.Files {
			two[file.Path] = string(file.Data)
		}
		one := built{}
		var mu sync.Mutex
		streamed, err := Build(context.Background(), Options{Site: fsys, Workers: 1, Emit: func(f model.File) error {
			mu.Lock()
			defer mu.Unlock()
			one[f.Path] = string(f.Data)
			return nil
		}})
		if err != nil {
			t.Fatalf("built with 2 workers, failed with 1, streamed: %v", err)
		}
		if d := firstDifference(one, two); d != "" {
			t.Fatalf("built with 2 workers and with 1, streamed, the outputs differ: %s", d)
		}
		if a, b := problemLines(res.Warnings), problemLines(streamed.Warnings); a != b {
			t.Fatalf("built with 2 workers, the build warns\n%s\nwhere with 1, streamed, it warns\n%s", a, b)
		}
		if strings.Contains(archive, "\r") {
			return
		}
		// Saved on Windows (CRLF) or an old Mac (CR, for every other
		// archive), the sources build the same site.
		eol := []string{"\r\n", "\r"}[len(archive)%2]
		saved := siteFS(archive)
		for name, f := range saved {
			if strings.HasPrefix(name, "content/") && (strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".yaml")) {
				f.Data = bytes.ReplaceAll(f.Data, []byte("\n"), []byte(eol))
			}
		}
		other, err := Build(context.Background(), Options{Site: saved, Workers: 2})
		if err != nil {
			t.Fatalf("the sources saved with %q fail to build: %v", eol, err)
		}
		if d := firstDifference(filesOf(other), two); d != "" {
			t.Fatalf("the sources saved with %q build another site: %s", eol, d)
		}
		if a, b := problemLines(res.Warnings), problemLines(other.Warnings); a != b {
			t.Fatalf("the sources warn\n%s\nwhere saved with %q they warn\n%s", a, eol, b)
		}
	})
}
