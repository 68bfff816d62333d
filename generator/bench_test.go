package generator

import (
	"context"
	"os"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// BenchmarkBuildSite builds the site in $PAPERBOY_BENCH_SITE (a folder with
// content/), or the sample site, in memory.
func BenchmarkBuildSite(b *testing.B) {
	dir := os.Getenv("PAPERBOY_BENCH_SITE")
	if dir == "" {
		dir = ".."
	}
	for b.Loop() {
		if _, err := Build(context.Background(), Options{Site: os.DirFS(dir)}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderPages renders every page of the site in
// $PAPERBOY_BENCH_SITE (or the sample site) from its templates, with the
// site already parsed and indexed: the template hot path.
func BenchmarkRenderPages(b *testing.B) {
	dir := os.Getenv("PAPERBOY_BENCH_SITE")
	if dir == "" {
		dir = ".."
	}
	var files, bytes int
	discard := func(f model.File) error { files++; bytes += len(f.Data); return nil }
	_, rend, err := build(context.Background(), Options{Site: os.DirFS(dir), Workers: 1, Emit: discard})
	if err != nil {
		b.Fatal(err)
	}
	files, bytes = 0, 0
	for b.Loop() {
		if err := rend.All(context.Background(), discard); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(files)/float64(b.N), "files/op")
	b.SetBytes(int64(bytes / b.N))
}
