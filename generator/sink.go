package generator

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// sink receives the files of a build from every stage: it forwards them to
// the caller's Emit as they come, or collects them, and refuses two files at
// one path. Given the theme's static files, it passes on no generated
// file that clashes with one of them (see statics), noting the clash
// instead, for err.
type sink struct {
	emit    func(model.File) error      // nil: collect
	prev    []model.File                // collecting: the last build's files, sorted by path, whose bytes a file that has them shares (keep)
	static  *statics                    // nil: no clashes to look for
	relink  func(model.File) model.File // nil: files as they are made; else each file as it is to be written (offline)
	mu      sync.Mutex
	paths   map[string]bool
	files   []model.File
	bytes   int64
	own     map[string]bool   // paths whose file the build made itself: what the stages make there is dropped
	clashed map[string]string // static file's output path → the generated file it clashes with
	// staticErr is the problems of the static files themselves
	// (themeStatics), which err reports with the clashes.
	staticErr error
}

func newSink(emit func(model.File) error) *sink {
	return &sink{emit: emit, paths: map[string]bool{}, own: map[string]bool{}, clashed: map[string]string{}}
}

// add takes one file; it is safe for concurrent use.
func (s *sink) add(f model.File) error {
	f = s.keep(s.relinked(f))
	s.mu.Lock()
	if s.own[f.Path] {
		s.mu.Unlock()
		return nil
	}
	return s.put(f)
}

// replace takes f, a file the build makes itself, in place of any file the
// stages make at its path.
func (s *sink) replace(f model.File) error {
	f = s.keep(s.relinked(f))
	s.mu.Lock()
	s.own[f.Path] = true
	return s.put(f)
}

// put is add and replace, called with s.mu locked, which it unlocks.
func (s *sink) put(f model.File) error {
	if s.clash(f.Path) {
		s.mu.Unlock()
		return nil
	}
	if s.paths[f.Path] {
		s.mu.Unlock()
		return fmt.Errorf("two outputs would be written to %s; rename one of the sources", f.Path)
	}
	s.paths[f.Path] = true
	s.bytes += int64(len(f.Data))
	if s.emit == nil {
		s.files = append(s.files, f)
	}
	s.mu.Unlock()
	if s.emit != nil {
		return s.emit(f)
	}
	return nil
}

// relinked returns f as relink makes it, or as it is without one.
func (s *sink) relinked(f model.File) model.File {
	if s.relink == nil {
		return f
	}
	return s.relink(f)
}

// keep returns f as the sink collects it: with its bytes copied, since
// the caller may reuse its buffer, or, when a file of prev at its path
// has the same bytes, with those. A rebuild in serve, where most files
// are the same as the last build's, so holds them once, not twice, while
// it builds, and copies only the files that changed. A streamed file is
// passed on as it is.
func (s *sink) keep(f model.File) model.File {
	if s.emit != nil {
		return f
	}
	if i, ok := slices.BinarySearchFunc(s.prev, f.Path, func(g model.File, p string) int { return strings.Compare(g.Path, p) }); ok && bytes.Equal(s.prev[i].Data, f.Data) {
		f.Data = s.prev[i].Data
		return f
	}
	f.Data = bytes.Clone(f.Data)
	return f
}

// clash reports whether a file at p clashes with a static file, noting
// each clash. A second file at a static file's path clashes with it (one
// of the two is the static file, which one does not matter); a file at
// another path clashes with a static file where it needs a folder, with
// those in the folder it would replace, and with one whose path differs
// from it only in letter case.
func (s *sink) clash(p string) bool {
	if s.static == nil {
		return false
	}
	var hit []string
	if s.static.origin[p] != "" {
		if s.paths[p] {
			hit = []string{p}
		}
	} else {
		hit = s.static.clashes(p)
		if h := s.static.caseClash(p); h != "" {
			hit = append(hit, h)
		}
	}
	for _, h := range hit {
		if had, ok := s.clashed[h]; !ok || better(h, p, had) {
			s.clashed[h] = p
		}
	}
	return len(hit) > 0
}

// err returns the clashes noted, each at its theme file, or nil.
func (s *sink) err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs diag.List
	errs.Append(s.staticErr)
	for h, g := range s.clashed {
		errs.Add(s.static.origin[h], 0, "%s", clashMsg(h, g, "the generated "+g, generated(g)))
	}
	return errs.Err()
}

// discard makes the sink take files from here on without passing them
// on or collecting them, still noting clashes and paths taken twice: a
// build that failed already (its email templates) goes on for the
// mistakes the rest finds, and writes nothing. It is called before the
// stages that add files concurrently.
func (s *sink) discard() {
	s.mu.Lock()
	s.emit = func(model.File) error { return nil }
	s.mu.Unlock()
}

// addAll takes files, on every core: a quick rebuild's feeds were
// otherwise written from one goroutine while the other cores waited.
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
