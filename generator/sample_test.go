package generator

import (
	"context"
	"os"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/linkcheck"
)

// buildSample builds the repository's sample site in ../content.
func buildSample(t *testing.T) *Result {
	t.Helper()
	res, err := Build(context.Background(), Options{Site: os.DirFS("..")})
	if err != nil {
		t.Fatalf("the sample site does not build:\n%v", err)
	}
	return res
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
