package generator

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// sink receives the files of a build from every stage: it forwards them to
// the caller's Emit as they come, or collects them, and refuses two files at
// one path.
type sink struct {
	emit  func(model.File) error // nil: collect
	mu    sync.Mutex
	paths map[string]bool
	files []model.File
	bytes int64
}

func newSink(emit func(model.File) error) *sink {
	return &sink{emit: emit, paths: map[string]bool{}}
}

// add takes one file; it is safe for concurrent use.
func (s *sink) add(f model.File) error {
	s.mu.Lock()
	if s.paths[f.Path] {
		s.mu.Unlock()
		return fmt.Errorf("two outputs would be written to %s; rename one of the sources", f.Path)
	}
	s.paths[f.Path] = true
	s.bytes += int64(len(f.Data))
	if s.emit == nil {
		f.Data = bytes.Clone(f.Data) // the caller may reuse its buffer
		s.files = append(s.files, f)
	}
	s.mu.Unlock()
	if s.emit != nil {
		return s.emit(f)
	}
	return nil
}

// addAll takes files, on every core: the search index's hundreds of
// files were otherwise written from one goroutine while the other cores
// waited.
func (s *sink) addAll(files []model.File) error {
	return parallel.For(context.Background(), len(files), 0, func() func(int) error {
		return func(i int) error { return s.add(files[i]) }
	})
}

// sorted returns the collected files by path (nil when streaming).
func (s *sink) sorted() []model.File {
	slices.SortFunc(s.files, func(a, b model.File) int { return strings.Compare(a.Path, b.Path) })
	return s.files
}
