package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/fsnotify/fsnotify"
	"github.com/paperboy-digest/paperboy/generator/filename"
)

// watcher watches folders recursively and single files through their parent
// folder, so that editors that save by writing a new file and renaming it
// over the old one are seen, and turns fsnotify events into changed paths.
type watcher struct {
	fs    *fsnotify.Watcher
	roots []string        // folders watched recursively, cleaned
	files map[string]bool // single files watched, cleaned
	dirs  map[string]bool // folders added to fs below roots
	// awaited are watched folders that did not exist yet (a site's
	// themes/ before its first theme), watched through their parent
	// folder until they are created.
	awaited map[string]bool
	// unreadable are the files an attribute change last left unreadable
	// (chmod 000), which the next such change may make readable again.
	unreadable map[string]bool
	// readable reports whether the file can be read (tests replace it:
	// root reads any file).
	readable func(name string) bool
	logf     func(format string, args ...any)
}

// canRead reports whether the file name opens for reading.
func canRead(name string) bool {
	f, err := os.Open(name)
	if err == nil {
		f.Close()
	}
	return !errors.Is(err, fs.ErrPermission)
}

// newWatcher watches paths: each folder with all its subfolders, each file
// through its parent folder. A path that does not exist is watched for
// through its parent folder, when that exists, and is skipped with a log
// line otherwise.
func newWatcher(paths []string, logf func(string, ...any)) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("serve: start watching files: %w", err)
	}
	w := &watcher{fs: fw, files: map[string]bool{}, dirs: map[string]bool{}, awaited: map[string]bool{}, unreadable: map[string]bool{}, readable: canRead, logf: logf}
	for _, p := range paths {
		p = filepath.Clean(p)
		fi, err := os.Stat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist) && fw.Add(filepath.Dir(p)) == nil:
			w.awaited[p] = true
		case err != nil:
			logf("serve: not watching %s: %v", p, err)
		case fi.IsDir():
			w.roots = append(w.roots, p)
			w.addTree(p)
		default:
			w.files[p] = true
			if err := fw.Add(filepath.Dir(p)); err != nil {
				logf("serve: not watching %s: %v", p, err)
			}
		}
	}
	return w, nil
}

// close stops watching.
func (w *watcher) close() error { return w.fs.Close() }

// addTree watches dir and every folder below it and returns the files found
// there. It follows a symbolic link to a folder, as the build reads
// through it (a theme developed in a repository of its own and linked into
// themes/), and watches the folder under the link's name, which is the
// name events then carry.
func (w *watcher) addTree(dir string) []string {
	return w.addTreeSeen(dir, map[string]bool{})
}

// addTreeSeen is addTree; seen holds the real paths of the folders it
// watches, so that a link to a folder above ends and no folder is watched
// under two names (inotify would report it under the last one).
func (w *watcher) addTreeSeen(dir string, seen map[string]bool) []string {
	var files []string
	root := dir
	if fi, err := os.Lstat(dir); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		root = dir + string(filepath.Separator) // Lstat, which WalkDir starts with, follows a link named with a trailing separator
	}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		p = filepath.Clean(p)
		if err != nil {
			w.logf("serve: not watching %s: %v", p, err)
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 && p != dir {
			if fi, err := os.Stat(p); err == nil && fi.IsDir() {
				files = append(files, w.addTreeSeen(p, seen)...)
				return nil
			}
		}
		if !d.IsDir() {
			files = append(files, p)
			return nil
		}
		if real, err := filepath.EvalSymlinks(p); err == nil {
			if seen[real] {
				return fs.SkipDir
			}
			seen[real] = true
		}
		if w.dirs[p] {
			return nil
		}
		if err := w.fs.Add(p); err != nil {
			w.logf("serve: not watching %s: %v", p, err)
			return nil
		}
		w.dirs[p] = true
		return nil
	})
	return files
}

// handle updates the watches for ev and returns the paths it changed, none
// when the event is irrelevant: outside the watched paths, an editor's
// temporary file, or only an attribute change that leaves the file as
// readable as it was.
func (w *watcher) handle(ev fsnotify.Event) []string {
	name := filepath.Clean(ev.Name)
	if w.awaited[name] && ev.Has(fsnotify.Create) {
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			delete(w.awaited, name)
			w.roots = append(w.roots, name)
			return append([]string{name}, w.addTree(name)...)
		}
	}
	if !w.files[name] && !w.inTree(name) {
		return nil
	}
	if ignored(filepath.Base(name)) || savingFolder(filepath.Base(filepath.Dir(name))) {
		return nil
	}
	if !ev.Has(fsnotify.Create | fsnotify.Write | fsnotify.Remove | fsnotify.Rename) {
		if ev.Has(fsnotify.Chmod) && w.readableChanged(name) {
			return []string{name} // chmod 000, or its fix: the build says so, or recovers
		}
		return nil
	}
	if ev.Has(fsnotify.Remove | fsnotify.Rename) {
		w.forget(name)
	}
	changed := []string{name}
	if ev.Has(fsnotify.Create) && !w.files[name] {
		if fi, err := os.Stat(name); err == nil && fi.IsDir() {
			if w.dirs[name] {
				// A link re-pointed (ln -sfn v2 themes/lab): the watches
				// are on the folders it named before.
				w.forget(name)
			}
			// Files may have appeared before the watch did.
			changed = append(changed, w.addTree(name)...)
		}
	}
	return changed
}

// readableChanged reports whether an attribute change made the file name
// unreadable, or readable again after one made it unreadable. Other
// attribute changes (a touch, an editor's, a backup tool's) rebuild
// nothing.
func (w *watcher) readableChanged(name string) bool {
	unreadable := !w.readable(name)
	if unreadable == w.unreadable[name] {
		return false
	}
	if unreadable {
		w.unreadable[name] = true
	} else {
		delete(w.unreadable, name)
	}
	return true
}

// forget drops the watches on name and below it: a folder that was removed
// or renamed away. A renamed folder's new name arrives as a Create. A
// watched folder itself (themes/, gone while git checks out a branch
// without it) is awaited again through its parent folder, as newWatcher
// awaits one that does not exist yet, so that it is watched again once
// it is back.
func (w *watcher) forget(name string) {
	watched := w.dirs[name] // a removal, then a rename, is told once
	for d := range w.dirs {
		if filename.Within(name, d) {
			w.fs.Remove(d) // inotify may have removed it already
			delete(w.dirs, d)
		}
	}
	if i := slices.Index(w.roots, name); i >= 0 && watched {
		if err := w.fs.Add(filepath.Dir(name)); err != nil {
			w.logf("serve: the watched folder %s was removed or renamed, and its folder cannot be watched (%v); once it is back, restart paperboy serve", name, err)
			return
		}
		w.roots = slices.Delete(w.roots, i, i+1)
		w.awaited[name] = true
	}
}

// inTree reports whether name is one of the watched folders or below one.
func (w *watcher) inTree(name string) bool {
	for _, r := range w.roots {
		if filename.Within(r, name) {
			return true
		}
	}
	return false
}

// savingFolder reports whether base is the folder macOS writes a file's
// new version into before it replaces the file ("(A Document Being Saved
// By TextEdit)").
func savingFolder(base string) bool {
	return strings.HasPrefix(base, "(A Document Being Saved By ")
}

// ignored reports whether base is the name of an editor's temporary, swap or
// backup file, or of a folder one saves through, which never triggers a
// rebuild: the file it saves is changed when the temporary one is renamed
// over it, and is the one the log names.
func ignored(base string) bool {
	return filename.Junk(base) || // .DS_Store, Thumbs.db, Office's ~$ owner files; editors' swap, backup and temporary files, vim's 4913
		savingFolder(base)
}
