package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLiveSourceAdded: a paper, a day's intro and a page that link to a
// source before it exists (a broken link, warned of) link to its page once
// it is added, as a clean build of the same sources does: the parses
// cached while the link named no source are not taken for the rebuild;
// and back when it is removed again.
func TestLiveSourceAdded(t *testing.T) {
	t.Parallel()
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.net/\n" +
		"-- content/papers/2405.00001.md --\n---\ntitle: A\narxiv: \"2405.00001\"\ndate: 2024-05-27\nauthors: [Ada Lovelace]\n---\nAbstract.\n\n## Notes\n\nSee [the follow-up](2405.00009.md).\n" +
		"-- content/days/2024-05-27.md --\n---\ntitle: A day\n---\nRead [the follow-up](../papers/2405.00009.md) first.\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\nOur [latest](@/papers/2405.00009.md).\n"
	dir := writeArchive(t, site)
	live, first := startLive(t, dir)
	if n := len(first.Warnings); n != 3 {
		t.Fatalf("first build: %d warnings, want the 3 broken links: %v", n, first.Warnings)
	}
	ctx := context.Background()
	added := filepath.Join(dir, "content", "papers", "2405.00009.md")
	for _, step := range []string{"added", "removed"} {
		if step == "added" {
			if err := os.WriteFile(added, []byte("---\ntitle: Follow-up\narxiv: \"2405.00009\"\ndate: 2024-05-26\nauthors: [Bob Babbage]\n---\nAbstract of the follow-up.\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		} else if err := os.Remove(added); err != nil {
			t.Fatal(err)
		}
		res, _, err := live.Build(ctx, []string{added})
		if err != nil {
			t.Fatalf("paper %s: %v", step, err)
		}
		clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
		if err != nil {
			t.Fatal(err)
		}
		got, want := filesOf(res), filesOf(clean)
		for _, p := range []string{"papers/2405.00001/index.html", "days/2024-05-27/index.html", "about/index.html"} {
			if got[p] != want[p] {
				t.Errorf("paper %s: %s differs from a clean build's", step, p)
			}
			if linked := strings.Contains(got[p], `href="/papers/2405.00009/"`); linked != (step == "added") {
				t.Errorf("paper %s: %s links its page: %v", step, p, linked)
			}
		}
		if len(res.Warnings) != len(clean.Warnings) {
			t.Errorf("paper %s: warnings %v, want a clean build's %v", step, res.Warnings, clean.Warnings)
		}
	}
}
