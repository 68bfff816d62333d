package generator

import (
	"context"
	"os"
	"testing"
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
