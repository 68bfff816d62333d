package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeArchive writes a txtar site into a new folder and returns it.
func writeArchive(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, siteFS(archive)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// filesOf returns a build's files by path.
func filesOf(res *Result) map[string]string {
	out := map[string]string{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	return out
}

func TestLiveQuickRebuild(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, incomplete, err := live.Build(ctx, nil); err != nil || incomplete {
		t.Fatalf("first build: incomplete %v, %v", incomplete, err)
	}
	paper := filepath.Join(dir, "content/papers/2405.00001.md")
	src, _ := os.ReadFile(paper)
	os.WriteFile(paper, []byte(strings.Replace(string(src), "An agent abstract", "An edited agent abstract", 1)), 0o644)

	res, incomplete, err := live.Build(ctx, []string{paper})
	if err != nil || !incomplete {
		t.Fatalf("body edit: incomplete %v, %v; want the quick path", incomplete, err)
	}
	quick := filesOf(res)
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	for p, s := range filesOf(clean) {
		if quick[p] != s && !strings.HasPrefix(p, "search/") {
			t.Errorf("after the quick rebuild %s differs from a clean build", p)
		}
	}
	if !strings.Contains(quick["papers/2405.00001/index.html"], "An edited agent abstract") ||
		!strings.Contains(quick["feed.xml"], "An edited agent abstract") {
		t.Error("the quick rebuild did not show the edit on the paper page and in the feed")
	}
	full := live.Complete(ctx)
	if full == nil {
		t.Fatal("Complete returned nothing")
	}
	got := filesOf(full)
	for p, s := range filesOf(clean) {
		if got[p] != s {
			t.Errorf("after Complete %s differs from a clean build", p)
		}
	}

	// A front matter edit takes the full build.
	src, _ = os.ReadFile(paper)
	os.WriteFile(paper, []byte(strings.Replace(string(src), "upvotes: 5", "upvotes: 50", 1)), 0o644)
	res, incomplete, err = live.Build(ctx, []string{paper})
	if err != nil || incomplete {
		t.Fatalf("front matter edit: incomplete %v, %v; want a full build", incomplete, err)
	}
	if !strings.Contains(filesOf(res)["papers/2405.00001/index.html"], "50 upvotes") {
		t.Error("the full rebuild did not show the new upvotes")
	}
	// A body edit that brings in a keyword rule's topic changes topic pages: full build.
	src, _ = os.ReadFile(paper)
	os.WriteFile(paper, []byte(string(src)+"\nNow about diffusion.\n"), 0o644)
	if _, incomplete, _ := live.Build(ctx, []string{paper}); incomplete {
		t.Error("a body edit that adds a keyword topic took the quick path")
	}
}
