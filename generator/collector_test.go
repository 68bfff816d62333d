package generator

import (
	"context"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestLeanRenderCollector: while a streamed build renders its pages, the
// collector runs at renderGCPercent under a soft memory limit below the one
// the build started with (what the search stage held, but at least
// minRenderLimit: this small site holds less); afterwards both are what
// they were.
func TestLeanRenderCollector(t *testing.T) {
	t.Setenv("GOGC", "") // the build keeps a GOGC the environment sets
	const outerPercent, outerLimit = 100, int64(1) << 40
	defer debug.SetGCPercent(debug.SetGCPercent(outerPercent))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(outerLimit))

	percents, limits := collectorWhile(t, func(path string) bool { return strings.HasSuffix(path, ".html") })
	if len(percents) == 0 {
		t.Fatal("the build rendered no pages")
	}
	for i := range percents {
		if percents[i] != renderGCPercent {
			t.Fatalf("GOGC while rendering = %d, want %d", percents[i], renderGCPercent)
		}
		if limits[i] >= outerLimit || limits[i] < minRenderLimit {
			t.Fatalf("memory limit while rendering = %d, want below the build's %d and at least %d", limits[i], outerLimit, minRenderLimit)
		}
	}
	if percent, limit := collector(); percent != outerPercent || limit != outerLimit {
		t.Errorf("after the build: GOGC %d, memory limit %d; want %d and %d as before", percent, limit, outerPercent, outerLimit)
	}
}

// collectorWhile builds smallSite streamed and returns the collector's
// GOGC and soft memory limit as each file it emits whose path match
// takes was emitted.
func collectorWhile(t *testing.T, match func(path string) bool) (percents, limits []int64) {
	t.Helper()
	var mu sync.Mutex
	emit := func(f model.File) error {
		if !match(f.Path) {
			return nil
		}
		percent, limit := collector()
		mu.Lock()
		defer mu.Unlock()
		percents = append(percents, percent)
		limits = append(limits, limit)
		return nil
	}
	if _, err := Build(context.Background(), Options{Site: siteFS(smallSite), Emit: emit}); err != nil {
		t.Fatal(err)
	}
	return percents, limits
}

// collector reads the garbage collector's GOGC and soft memory limit.
func collector() (percent, limit int64) {
	m := []metrics.Sample{{Name: "/gc/gogc:percent"}, {Name: "/gc/gomemlimit:bytes"}}
	metrics.Read(m)
	return int64(m[0].Value.Uint64()), int64(m[1].Value.Uint64())
}

// TestLeanSearchCollector: while a streamed build makes its search index,
// the collector runs under a soft memory limit below the one the build
// started with (searchLimit tenths of the live heap, but at least
// minRenderLimit), so that the index's working memory does not set the
// process's peak; afterwards the limit is what it was.
func TestLeanSearchCollector(t *testing.T) {
	t.Setenv("GOGC", "") // the build keeps a GOGC the environment sets
	const outerLimit = int64(1) << 40
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(outerLimit))

	_, limits := collectorWhile(t, func(path string) bool { return strings.HasPrefix(path, "search/") })
	if len(limits) == 0 {
		t.Fatal("the build made no search index")
	}
	for _, limit := range limits {
		if limit >= outerLimit || limit < minRenderLimit {
			t.Fatalf("memory limit while making the search index = %d, want below the build's %d and at least %d", limit, outerLimit, minRenderLimit)
		}
	}
	if _, limit := collector(); limit != outerLimit {
		t.Errorf("after the build: memory limit %d, want %d as before", limit, outerLimit)
	}
}
