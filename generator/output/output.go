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
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Prefixes of the temporary folders next to the output folder.
const (
	tmpPrefix = ".paperboy-new-"
	oldPrefix = ".paperboy-old-"
)

// Write replaces the folder dir with exactly files. When ctx is cancelled
// before the new folder is complete, dir is left as it was.
func Write(ctx context.Context, dir string, files []model.File) error {
	dir = filepath.Clean(dir)
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	unlock, err := lock(filepath.Join(parent, "."+base+".lock"))
	if err != nil {
		return err
	}
	defer unlock()
	cleanStale(parent, base, dir)

	tmp, err := os.MkdirTemp(parent, tmpPrefix+base+"-")
	if err != nil {
		return err
	}
	if err := writeAll(tmp, files); err != nil {
		os.RemoveAll(tmp)
		return err
	}
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
		old = filepath.Join(parent, fmt.Sprintf("%s%s-%d", oldPrefix, base, os.Getpid()))
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

// writeAll writes files below root, creating folders first, then the files
// over several goroutines.
func writeAll(root string, files []model.File) error {
	dirs := map[string]bool{}
	for _, f := range files {
		if !safePath(f.Path) {
			return fmt.Errorf("output: refusing to write %q outside the output folder", f.Path)
		}
		for d := filepath.Dir(filepath.FromSlash(f.Path)); d != "." && !dirs[d]; d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	list := make([]string, 0, len(dirs))
	for d := range dirs {
		list = append(list, d)
	}
	slices.Sort(list)
	for _, d := range list {
		if err := os.Mkdir(filepath.Join(root, d), 0o755); err != nil && !os.IsExist(err) {
			return err
		}
	}
	var (
		next   atomic.Int64
		wg     sync.WaitGroup
		mu     sync.Mutex
		first  error
		worker = min(runtime.GOMAXPROCS(0)*2, 8)
	)
	for range worker {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				f := files[i]
				if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(f.Path)), f.Data, 0o644); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	return first
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
