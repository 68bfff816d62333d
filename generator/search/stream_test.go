package search

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestStreamMatchesBuild checks that Stream hands over each of Build's
// files once, with the same bytes, and meta.json last.
func TestStreamMatchesBuild(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(300)...)
	opts := Options{ShardBytes: 2 << 10, ChunkDocs: 7}
	want, wantSt := mustBuild(t, docs, opts)
	var (
		mu  sync.Mutex
		got []model.File
	)
	st, err := Stream(slices.Clone(docs), opts, func(f model.File) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, f)
		return nil
	})
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if st != wantSt {
		t.Errorf("Stream's stats = %+v, want Build's %+v", st, wantSt)
	}
	if len(got) == 0 || got[len(got)-1].Path != Dir+MetaFile {
		t.Errorf("Stream's last file is not %s%s", Dir, MetaFile)
	}
	byPath := func(a, b model.File) int { return strings.Compare(a.Path, b.Path) }
	slices.SortFunc(got, byPath)
	slices.SortFunc(want, byPath)
	if !slices.EqualFunc(got, want, func(a, b model.File) bool { return a.Path == b.Path && bytes.Equal(a.Data, b.Data) }) {
		t.Errorf("Stream made %d files, Build %d; want the same paths and bytes", len(got), len(want))
	}
}

// TestStreamStopsAtError checks that Stream returns the error emit
// returns.
func TestStreamStopsAtError(t *testing.T) {
	full := errors.New("disk full")
	_, err := Stream(genDocs(100), Options{}, func(model.File) error { return full })
	if !errors.Is(err, full) {
		t.Errorf("Stream with a failing emit = %v, want %v", err, full)
	}
}

// TestStreamHoldsFewFiles checks that Stream hands each file over as it
// is made rather than holding the index until it is all made: at 100,000
// papers the index is 256 MB. At every 20th file emit is given, the heap
// the build holds (what the collector finds live, less the docs') stays
// under half the index's bytes; holding every file, it is above them all.
func TestStreamHoldsFewFiles(t *testing.T) {
	docs := longDocs(2000)
	size := indexBytes(t, docs)
	before := liveBytes()
	var (
		mu    sync.Mutex
		calls int
		most  int64
	)
	_, err := Stream(docs, Options{}, func(f model.File) error {
		mu.Lock()
		defer mu.Unlock()
		if calls++; calls%20 == 1 {
			most = max(most, liveBytes()-before)
		}
		return nil
	})
	runtime.KeepAlive(docs) // held before, so counted in before
	if err != nil {
		t.Fatalf("Stream: %v", err)
	}
	if most > size/2 {
		t.Errorf("Stream held %d bytes while it emitted an index of %d; want less than half", most, size)
	}
}

// indexBytes returns the size of the index Build makes of docs.
func indexBytes(t *testing.T, docs []Doc) int64 {
	_, st := mustBuild(t, docs, Options{})
	return st.Bytes
}

// longDocs returns n documents whose abstracts are long but repeat a few
// words, so that their index is mostly snippet text, not postings.
func longDocs(n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		words := fmt.Sprintf("word%d learning model data ", i%50)
		docs[i] = Doc{ID: fmt.Sprintf("p%d", i), URL: fmt.Sprintf("papers/p%d/", i), Title: fmt.Sprintf("Paper %d", i),
			Day: "2024-01-02", Abstract: strings.Repeat(words, 100)}
	}
	return docs
}

// liveBytes is the heap a full collection finds reachable.
func liveBytes() int64 {
	runtime.GC()
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(m)
	return int64(m[0].Value.Uint64())
}
