package importer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// Changes returns the plan's changed files: papers in batch order, then the
// day file.
func (pl *Plan) Changes() []Change {
	var out []Change
	for _, c := range pl.files() {
		if c.Status != Unchanged {
			out = append(out, c)
		}
	}
	return out
}

// files returns every Change of the plan: the papers in batch order, then
// the day file (the zero Change when there is none). Papers is clipped
// first so that the append never writes into the array behind it.
func (pl *Plan) files() []Change {
	return append(slices.Clip(pl.Papers), pl.DayFile)
}

// Write writes every changed file of the plan below the site folder root,
// as WriteChanges does.
func (pl *Plan) Write(root string) error { return WriteChanges(root, pl.Changes()) }

// WriteChanges writes every change below the site folder root. Each file is
// first written in full to a temporary file beside it; only when all of them
// are written are they renamed into place, so a failure while writing (a
// full disk, a read-only folder) leaves every source as it was.
func WriteChanges(root string, changes []Change) (err error) {
	type pending struct{ tmp, dst string }
	var done []pending
	defer func() {
		if err != nil {
			for _, p := range done {
				os.Remove(p.tmp)
			}
		}
	}()
	for _, c := range changes {
		dst := filepath.Join(root, filepath.FromSlash(c.Path))
		tmp, err := writeTemp(dst, c.Data)
		if err != nil {
			return fmt.Errorf("%s: %w; nothing was written", c.Path, err)
		}
		done = append(done, pending{tmp, dst})
	}
	for i, p := range done {
		if err := os.Rename(p.tmp, p.dst); err != nil {
			for _, q := range done[i+1:] {
				os.Remove(q.tmp)
			}
			done = nil
			return fmt.Errorf("%s: %w (%d of %d files were written)", p.dst, err, i, len(changes))
		}
	}
	return nil
}

// writeTemp writes data to a new temporary file in dst's folder, with dst's
// permissions if it exists (0644 if not), and returns its name.
func writeTemp(dst string, data []byte) (string, error) {
	dir := filepath.Dir(dst)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	mode := fs.FileMode(0o644)
	if fi, err := os.Stat(dst); err == nil {
		mode = fi.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	f, err := os.CreateTemp(dir, ".paperboy-import-*")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), mode)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
