package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/serve"
)

// TestServeCompletionFails: when the full build that completes a quick
// rebuild fails, serve gets an update with its errors, named from the
// current folder as a failed build's are, to show in the log and over
// the open pages; it used to get nothing, and kept a stale search index
// without a word. A completion a newer save cancelled sends nothing.
func TestServeCompletionFails(t *testing.T) {
	dir := writeSite(t, goodSite)
	ctx := context.Background()
	live := generator.NewLive((&buildFlags{source: dir}).options(), dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/papers/a.md", "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nAn edited abstract.\n")
	if _, incomplete, err := live.Build(ctx, []string{filepath.Join(dir, "content/papers/a.md")}); err != nil || !incomplete {
		t.Fatalf("body edit: incomplete %v, %v; want the quick path", incomplete, err)
	}
	// A mistake the quick rebuild did not read, as one saved while the
	// full build read the sources would be.
	writeFile(t, dir, "content/papers/b.md", "---\ntitle: B\narxiv: \"2401.00002\"\nauthors: [Y]\ndate: someday\n---\nB.\n")
	siteOf := func(*generator.Result) serve.Site {
		t.Error("a full build of sources that fail published a site")
		return serve.Site{}
	}

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if update, ok := completion(cancelled, live, dir, siteOf); ok {
		t.Errorf("a cancelled completion sends %+v, want nothing", update)
	}
	update, ok := completion(ctx, live, dir, siteOf)
	want := filepath.Join(dir, "content/papers/b.md") + ":5: date: "
	if !ok || update.Err == nil || !strings.Contains(update.Err.Error(), want) {
		t.Errorf("completion of sources that fail = %+v, %v; want an update with the error %q…", update, ok, want)
	}
}
