// Package output writes a built site to its folder, all at once.
//
// The files are written into a temporary sibling folder, which then takes
// the place of the old one with two renames, so a failed or interrupted
// build never leaves the output half-written: the old folder stays exactly
// as it was until the new one is complete. A lock file next to the output
// folder keeps two builds from writing at once, and folders left behind by
// a killed build are removed by the next one.
package output

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// Prefixes of the temporary folders next to the output folder.
const (
	tmpPrefix = ".paperboy-new-"
	oldPrefix = ".paperboy-old-"
)

// Write replaces the folder dir with exactly files. When ctx is cancelled
// before the new folder is complete, dir is left as it was.
func Write(ctx context.Context, dir string, files []model.File) error {
	w, err := Begin(dir)
	if err != nil {
		return err
	}
	if err := w.WriteAll(files); err != nil {
		w.Abort()
		return err
	}
	return w.Commit(ctx)
}

// Writer writes a new version of an output folder file by file, next to the
// old one, and swaps it in on Commit. Its Write is safe for concurrent use,
// so a build can stream pages to disk as it renders them.
type Writer struct {
	dir, parent, base string
	tmp               string
	unlock            func()
	dirs              sync.Map // folders below tmp already created
}

// Begin starts writing a new version of dir. It waits for any other build
// writing dir, and removes folders a killed build left behind.
func Begin(dir string) (*Writer, error) {
	dir = filepath.Clean(dir)
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lock(filepath.Join(parent, "."+base+".lock"))
	if err != nil {
		return nil, err
	}
	cleanStale(parent, base, dir)
	tmp, err := os.MkdirTemp(parent, tmpPrefix+base+"-")
	if err != nil {
		unlock()
		return nil, err
	}
	return &Writer{dir: dir, parent: parent, base: base, tmp: tmp, unlock: unlock}, nil
}

// Write writes one file into the new folder.
func (w *Writer) Write(f model.File) error {
	if !safePath(f.Path) {
		return fmt.Errorf("output: refusing to write %q outside the output folder", f.Path)
	}
	rel := filepath.FromSlash(f.Path)
	if d := filepath.Dir(rel); d != "." {
		if _, done := w.dirs.Load(d); !done {
			if err := os.MkdirAll(filepath.Join(w.tmp, d), 0o755); err != nil {
				return err
			}
			w.dirs.Store(d, true)
		}
	}
	return os.WriteFile(filepath.Join(w.tmp, rel), f.Data, 0o644)
}

// WriteAll writes files over several goroutines.
func (w *Writer) WriteAll(files []model.File) error {
	return parallel.For(context.Background(), len(files), min(runtime.GOMAXPROCS(0)*2, 8), func() func(int) error {
		return func(i int) error { return w.Write(files[i]) }
	})
}

// Abort throws the new folder away and leaves dir as it was.
func (w *Writer) Abort() {
	os.RemoveAll(w.tmp)
	w.unlock()
}

// Commit puts the new folder in place of dir. When ctx is already
// cancelled, it aborts instead and dir stays as it was.
func (w *Writer) Commit(ctx context.Context) error {
	defer w.unlock()
	tmp, dir := w.tmp, w.dir
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := ctx.Err(); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if _, err := os.Lstat(dir); err == nil {
		// Swap both folders in one step where the system can, so there
		// is no moment without an output folder.
		if exchange(tmp, dir) == nil {
			os.RemoveAll(tmp)
			return nil
		}
	}
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = filepath.Join(w.parent, fmt.Sprintf("%s%s-%d", oldPrefix, w.base, os.Getpid()))
		os.RemoveAll(old)
		if err := os.Rename(dir, old); err != nil {
			os.RemoveAll(tmp)
			return fmt.Errorf("output: cannot move the old %s aside: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		os.RemoveAll(tmp)
		return fmt.Errorf("output: cannot put the new site in place: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// cleanStale removes temporary folders a killed build left behind. If a
// build was killed between moving the old folder aside and moving the new
// one in, the old folder is put back first.
func cleanStale(parent, base, dir string) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() {
			continue
		}
		full := filepath.Join(parent, n)
		if strings.HasPrefix(n, oldPrefix+base+"-") {
			if _, err := os.Lstat(dir); os.IsNotExist(err) && os.Rename(full, dir) == nil {
				continue
			}
			os.RemoveAll(full)
		} else if strings.HasPrefix(n, tmpPrefix+base+"-") {
			os.RemoveAll(full)
		}
	}
}

// safePath reports whether the slash path p stays inside its root.
func safePath(p string) bool {
	if p == "" || strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}
