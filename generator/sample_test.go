package generator

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// buildSample builds the repository's sample site in ../content.
func buildSample(t *testing.T) *Result {
	t.Helper()
	res, err := sampleBuild()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// sampleBuild builds the sample site, the project's own content/.
func sampleBuild() (*Result, error) {
	res, err := Build(context.Background(), Options{Site: os.DirFS("..")})
	if err != nil {
		return nil, fmt.Errorf("the sample site does not build:\n%w", err)
	}
	return res, nil
}

func TestSampleSiteHasNoBrokenLinks(t *testing.T) {
	res := buildSample(t)
	if n := len(res.Site.Papers); n < 20 {
		t.Errorf("the sample site has %d papers, want at least 20", n)
	}
	if n := len(res.Site.Days); n < 3 {
		t.Errorf("the sample site has %d days, want at least 3", n)
	}
	for _, p := range linkcheck.Check(res.Files, res.Site.Config.BasePath()) {
		t.Errorf("broken link: %s", p)
	}
}

// TestStreamedBuildMatchesInMemory: a build that streams its files (as
// paperboy build does, freeing sources and text early and tagging papers
// while parsing) writes exactly the files of a build kept in memory (as
// serve's).
func TestStreamedBuildMatchesInMemory(t *testing.T) {
	want := buildSample(t)
	var mu sync.Mutex
	got := map[string]string{}
	_, err := Build(context.Background(), Options{Site: os.DirFS(".."), Emit: func(f model.File) error {
		mu.Lock()
		defer mu.Unlock()
		got[f.Path] = string(f.Data)
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want.Files) {
		t.Errorf("streamed build made %d files, in-memory build %d", len(got), len(want.Files))
	}
	for _, f := range want.Files {
		if g, ok := got[f.Path]; !ok {
			t.Errorf("streamed build lacks %s", f.Path)
		} else if g != string(f.Data) {
			t.Errorf("%s differs between a streamed and an in-memory build", f.Path)
		}
	}
}
