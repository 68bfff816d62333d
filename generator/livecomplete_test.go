package generator

import (
	"context"
	"strings"
	"testing"
)

// TestLiveCompleteFails: the full build that completes a quick one
// returns its error when the sources fail it (a mistake the quick
// rebuild did not read), where it returned nil as for a build that was
// only superseded, and serve kept a stale search index without a word;
// the next Build is full and tells it again until it is fixed, rather
// than a quick one that would publish over it. A cancelled Complete (a
// newer save) is no error.
func TestLiveCompleteFails(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	quickEdit(t, live, dir, "content/papers/2405.00001.md", "An agent abstract", "An edited agent abstract")
	// A mistake Live was not told of, as one saved while the full build
	// read the sources would be.
	editFile(t, dir, "content/papers/2405.00002.md", "date: 2024-05-31", "date: someday")
	const want = "content/papers/2405.00002.md:5: date: "

	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if res, err := live.Complete(cancelled); res != nil || err != nil {
		t.Errorf("Complete, cancelled = %v, %v; want nil, nil", res, err)
	}
	if res, err := live.Complete(ctx); res != nil || err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("Complete of sources that fail = %v, %v; want the error %q…", res, err, want)
	}
	paper := editFile(t, dir, "content/papers/2405.00001.md", "An edited agent abstract", "An agent abstract, edited again")
	if _, _, err := live.Build(ctx, []string{paper}); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("the next save's build = %v, want the error %q…", err, want)
	}
	fixed := editFile(t, dir, "content/papers/2405.00002.md", "date: someday", "date: 2024-05-31")
	res, incomplete, err := live.Build(ctx, []string{fixed})
	if err != nil || incomplete {
		t.Fatalf("the fix's build: incomplete %v, %v; want a full build", incomplete, err)
	}
	if page := filesOf(res)["papers/2405.00001/index.html"]; !strings.Contains(page, "An agent abstract, edited again") {
		t.Error("the fix's build lacks the edit saved while the sources failed")
	}
}
