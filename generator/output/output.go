// Package output writes a built site to its folder, all at once.
//
// The files are written into a temporary sibling folder, which then takes
// the place of the old one in one atomic exchange (two renames where the
// system has none), so a failed or interrupted build never leaves the
// output half-written: the old folder stays exactly as it was until the new
// one is complete. The new folder gets the old one's mode and, where the
// process may give it, its group. A lock file next to the output folder,
// removed when the build ends, keeps two builds from writing at once, and
// folders left behind by a killed build are removed by the next one.
//
// A file whose bytes did not change since the last build is not written
// again: the new folder gets a hard link to the old folder's file, so it
// keeps its inode and modification time and a deploy diff or rsync sees
// only what changed. Only regular files reached without symlinks are
// linked, and a file is never modified in place: writing one replaces
// whatever the new folder held at that path, so the old folder stays as
// it was. A file whose mode, owner or group is not what a file written
// now gets (an earlier build ran under another umask) is written again,
// and so is one where a link cannot be made.
package output

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/internal/osfile"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/search"
)

// Prefixes of the temporary folders next to the output folder.
const (
	tmpPrefix = ".paperboy-new-"
	oldPrefix = ".paperboy-old-"
)

// Write replaces the folder dir with exactly files. When ctx is cancelled
// before the new folder is complete, dir is left as it was.
func Write(ctx context.Context, dir string, files []model.File) error {
	w, err := Begin(ctx, dir, nil)
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
	mode              fs.FileMode // the mode the new folder gets: the old one's
	shared            bool        // the old folder is group-writable, so its subfolders are made so too
	unlock            func()
	linkable          bool        // dir is a real folder, whose files may be linked
	fresh             fs.FileInfo // a file written in tmp: the mode and owner an old file must have to be linked
	dirsMu            sync.RWMutex
	dirs              map[string]bool // folders made below tmp → whether dir has a real folder there
	written, linked   atomic.Int64
	busy              atomic.Int64 // nanoseconds spent in Write, summed over goroutines
}

// Begin starts writing a new version of dir (of the folder it links to,
// when it is a symbolic link: see linkTarget). It waits for any other build
// writing dir, calling waiting (when not nil) once if it has to, until that
// build ends or ctx is done; then it removes folders a killed build left
// behind.
func Begin(ctx context.Context, dir string, waiting func(lock string)) (*Writer, error) {
	dir, err := linkTarget(filepath.Clean(dir))
	if err != nil {
		return nil, err
	}
	parent, base := filepath.Split(dir)
	if parent == "" {
		parent = "."
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	unlock, err := lock(ctx, filepath.Join(parent, "."+base+".lock"), waiting)
	if errors.Is(err, fs.ErrPermission) {
		return nil, fmt.Errorf("%w: a build writes the new site beside %s, in %s, and swaps it in, so it needs to write there too; give the user that, or build into a folder of its own and copy the site in, rsync -a --delete public/ %s/", err, dir, parent, dir)
	}
	if err != nil {
		return nil, err
	}
	cleanStale(parent, base, dir)
	fi, err := os.Lstat(dir)
	linkable := err == nil && fi.IsDir()
	tmp, err := os.MkdirTemp(parent, tmpPrefix+base+"-")
	if err != nil {
		unlock()
		return nil, err
	}
	mode := fs.FileMode(0o755)
	var fresh fs.FileInfo
	if linkable {
		mode, err = keepFolder(tmp, fi)
		if err == nil {
			fresh, err = newFile(tmp)
		}
		if err != nil {
			removeAll(tmp)
			unlock()
			return nil, err
		}
	}
	return &Writer{dir: dir, parent: parent, base: base, tmp: tmp, mode: mode, shared: mode&0o020 != 0, unlock: unlock, linkable: linkable, fresh: fresh, dirs: map[string]bool{}}, nil
}

// newFile writes an empty file in the new folder tmp, as Write writes
// one, and returns what it is like, removing it: its mode (0644 less the
// umask, or what a default ACL gives) and its owner and group. An old
// file is linked only when it is so too, or a build under umask 077
// would leave its 0600 on every file later builds do not change. One
// file per build tells it, where a stat per file would cost every file
// a system call.
func newFile(tmp string) (fs.FileInfo, error) {
	p := filepath.Join(tmp, ".paperboy-mode")
	if err := osfile.WriteNew(p, nil); err != nil {
		return nil, err
	}
	fi, err := os.Lstat(p)
	if err == nil {
		err = os.Remove(p)
	}
	return fi, err
}

// keepFolder gives the new folder tmp the group of the old folder old
// describes, and returns the mode it gets on Commit, the old folder's:
// an admin may have set up the served folder for a group of curators
// (2775, group-writable and setgid) or for the web server's group (0750),
// which a rebuild must not undo. A setgid old folder makes tmp setgid
// now, so what the build writes in it takes the group too. The owner
// keeps full rights on it, or the next build could not remove it.
func keepFolder(tmp string, old fs.FileInfo) (fs.FileMode, error) {
	if err := keepGroup(tmp, old); err != nil {
		return 0, err
	}
	mode := old.Mode()&(fs.ModePerm|fs.ModeSetgid|fs.ModeSticky) | 0o700
	if mode&fs.ModeSetgid != 0 {
		if err := os.Chmod(tmp, 0o700|fs.ModeSetgid); err != nil {
			return 0, err
		}
	}
	return mode, nil
}

// Write writes one file into the new folder, or links the old folder's
// file there when it holds the same bytes.
func (w *Writer) Write(f model.File) error {
	start := time.Now()
	defer func() { w.busy.Add(int64(time.Since(start))) }()
	if !safePath(f.Path) {
		return fmt.Errorf("output: refusing to write %q outside the output folder", f.Path)
	}
	rel := filepath.FromSlash(f.Path)
	linkable, err := w.folder(filepath.Dir(rel))
	if err != nil {
		return err
	}
	dst := filepath.Join(w.tmp, rel)
	if linkable && link(filepath.Join(w.dir, rel), dst, f.Data, w.fresh) {
		w.linked.Add(1)
		return nil
	}
	if err := create(dst, f.Data); err != nil {
		return err
	}
	w.written.Add(1)
	return nil
}

// Stats reports how many files Write has written so far, and how many it
// linked from the old folder because their bytes had not changed.
func (w *Writer) Stats() (written, unchanged int) {
	return int(w.written.Load()), int(w.linked.Load())
}

// Busy reports the time spent in Write so far, summed over the goroutines
// that called it: with pages streaming to disk as they render, writing is
// not a stage of its own but a share of the stages that make files.
func (w *Writer) Busy() time.Duration { return time.Duration(w.busy.Load()) }

// folder creates the folder d (relative, "." for the top) below the new
// folder once, and reports whether the old folder has a real folder at d,
// reached without symlinks, whose files may be linked.
func (w *Writer) folder(d string) (bool, error) {
	if d == "." {
		return w.linkable, nil
	}
	w.dirsMu.RLock()
	linkable, ok := w.dirs[d]
	w.dirsMu.RUnlock()
	if ok {
		return linkable, nil
	}
	linkable, err := w.folder(filepath.Dir(d))
	if err != nil {
		return false, err
	}
	// Another goroutine may have created it meanwhile; a file in the way
	// fails the write below.
	if err := w.mkdir(filepath.Join(w.tmp, d)); err != nil && !errors.Is(err, fs.ErrExist) {
		return false, err
	}
	if linkable {
		fi, err := os.Lstat(filepath.Join(w.dir, d))
		linkable = err == nil && fi.IsDir()
	}
	w.dirsMu.Lock()
	w.dirs[d] = linkable
	w.dirsMu.Unlock()
	return linkable, nil
}

// mkdir makes one folder of the new site. In a folder shared by a group
// of curators (group-writable, often setgid) it is group-writable too,
// whatever the builder's umask: the next curator's build removes the old
// site, which needs write access to every folder in it. Setgid, which
// Linux passes down from the parent, is kept.
func (w *Writer) mkdir(path string) error {
	if err := os.Mkdir(path, 0o755); err != nil || !w.shared {
		return err
	}
	return os.Chmod(path, 0o775|w.mode&fs.ModeSetgid)
}

// link makes dst a hard link to old when old is a regular file holding
// exactly data, with the mode, owner and group of fresh (a file written
// now: what a fresh build would give it), and reports whether it did. The
// size is checked first, so most changed files are told apart without
// reading them.
func link(old, dst string, data []byte, fresh fs.FileInfo) bool {
	fi, err := os.Lstat(old)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() != int64(len(data)) ||
		fi.Mode() != fresh.Mode() || !sameOwner(fi, fresh) {
		return false
	}
	return sameBytes(old, data) && os.Link(old, dst) == nil
}

// chunks are the buffers sameBytes reads old files into.
var chunks = sync.Pool{New: func() any { b := make([]byte, 64<<10); return &b }}

// sameBytes reports whether the file at path holds data (link has checked
// its size), reading it a chunk at a time up to the first difference.
func sameBytes(path string, data []byte) bool {
	if len(data) == 0 {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := chunks.Get().(*[]byte)
	defer chunks.Put(buf)
	for len(data) > 0 {
		n, err := io.ReadFull(f, (*buf)[:min(len(*buf), len(data))])
		if err != nil || !bytes.Equal((*buf)[:n], data[:n]) {
			return false
		}
		data = data[n:]
	}
	return true
}

// create writes data to a new file at path. A file already there is
// removed rather than truncated: it may be a link to a file of the old
// folder, which must stay as it was.
func create(path string, data []byte) error {
	err := osfile.WriteNew(path, data)
	if errors.Is(err, fs.ErrExist) {
		if err = os.Remove(path); err == nil {
			err = osfile.WriteNew(path, data)
		}
	}
	return err
}

// WriteAll writes files over several goroutines.
func (w *Writer) WriteAll(files []model.File) error {
	return parallel.For(context.Background(), len(files), workers(), func() func(int) error {
		return func(i int) error { return w.Write(files[i]) }
	})
}

// workers is how many goroutines write or remove files at once: the work
// is mostly waiting on the file system.
func workers() int { return min(runtime.GOMAXPROCS(0)*2, 8) }

// Abort throws the new folder away and leaves dir as it was.
func (w *Writer) Abort() {
	removeAll(w.tmp)
	w.unlock()
}

// Commit puts the new folder in place of dir. When ctx is already
// cancelled, it aborts instead and dir stays as it was.
func (w *Writer) Commit(ctx context.Context) error {
	defer w.unlock()
	tmp, dir := w.tmp, w.dir
	if err := os.Chmod(tmp, w.mode); err != nil {
		removeAll(tmp)
		return err
	}
	if err := ctx.Err(); err != nil {
		removeAll(tmp)
		return err
	}
	if _, err := os.Lstat(dir); err == nil {
		// Swap both folders in one step where the system can, so there
		// is no moment without an output folder.
		if exchange(tmp, dir) == nil {
			removeAll(tmp)
			return nil
		}
	}
	old := ""
	if _, err := os.Lstat(dir); err == nil {
		old = filepath.Join(w.parent, fmt.Sprintf("%s%s-%d", oldPrefix, w.base, os.Getpid()))
		removeAll(old)
		if err := os.Rename(dir, old); err != nil {
			removeAll(tmp)
			if errors.Is(err, syscall.EBUSY) {
				return fmt.Errorf("output: cannot move the old %s aside: %w: it is a mount point (a volume, a bind mount), which a build cannot replace; build into a folder beside it and copy the site in, rsync -a --delete public/ %s/", dir, err, dir)
			}
			return fmt.Errorf("output: cannot move the old %s aside: %w", dir, err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if old != "" {
			os.Rename(old, dir)
		}
		removeAll(tmp)
		return fmt.Errorf("output: cannot put the new site in place: %w", err)
	}
	if old != "" {
		removeAll(old)
	}
	return nil
}

// maxLinks is how many symbolic links linkTarget follows before it takes
// them for a loop, as Linux does.
const maxLinks = 40

// linkTarget returns the folder a build of dir writes: dir itself, or,
// when dir is a symbolic link to the folder a server serves (public ->
// /srv/www/digest), that folder, so the link stays and the served folder
// gets the site (swapping the new site in for the link would leave the
// served folder as it was). A link to a folder that is not there yet (a
// fresh web root) gives that folder, which the build makes, when the
// folder it would be in is there: the link says where the site goes. When
// that is not there either, the link is refused rather than followed
// there: a mistyped target, or a volume not mounted.
func linkTarget(dir string) (string, error) {
	if fi, err := os.Lstat(dir); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
		return dir, nil
	}
	if target, err := filepath.EvalSymlinks(dir); err == nil {
		return target, nil
	}
	p := dir
	for range maxLinks {
		to, err := os.Readlink(p)
		if err != nil {
			return "", fmt.Errorf("output folder %s: %w", dir, err)
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		fi, err := os.Lstat(to)
		switch {
		case err == nil && fi.Mode()&fs.ModeSymlink != 0:
			p = to
			continue
		case errors.Is(err, fs.ErrNotExist):
			if parent, err := filepath.EvalSymlinks(filepath.Dir(to)); err == nil {
				if fi, err := os.Stat(parent); err == nil && fi.IsDir() {
					return filepath.Join(parent, filepath.Base(to)), nil
				}
			}
			return "", fmt.Errorf("output folder %s is a symbolic link to %s, and %s is not there: a build writes the site where the link points and keeps the link; make that folder (mkdir -p %s) if the site goes there, or point the link at the right one (ln -sfn FOLDER %s)", dir, to, filepath.Dir(to), to, dir)
		default:
			return "", fmt.Errorf("output folder %s is a symbolic link to %s, which cannot be followed: %w", dir, to, err)
		}
	}
	return "", fmt.Errorf("output folder %s is a symbolic link that leads to links in a loop (ls -l %s); point it at a folder (ln -sfn FOLDER %s)", dir, dir, dir)
}

// cleanStale removes temporary folders a killed build left behind. If a
// build was killed between moving the old folder aside and moving the new
// one in, the old folder is put back first.
//
// Only this output folder's own are touched: a build of public/ must leave
// .paperboy-new-public-preview-123/ alone, the new site of a build of
// public-preview/ that may be running right now (it takes another lock).
// Each folder of ours was made by a build of base, which held the lock the
// caller holds now, so none of them belongs to a build still running.
func cleanStale(parent, base, dir string) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() {
			continue
		}
		full := filepath.Join(parent, n)
		if ours(n, oldPrefix, base) {
			if _, err := os.Lstat(dir); os.IsNotExist(err) && os.Rename(full, dir) == nil {
				continue
			}
			removeAll(full)
		} else if ours(n, tmpPrefix, base) {
			removeAll(full)
		}
	}
}

// ours reports whether name is prefix+base+"-" and a number, the name a
// build of base gives its temporary folders (MkdirTemp's random number,
// or the process id).
func ours(name, prefix, base string) bool {
	n, ok := strings.CutPrefix(name, prefix+base+"-")
	if !ok || n == "" {
		return false
	}
	for _, c := range n {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// removeAll removes the folder path and all below it, like os.RemoveAll
// but over a few goroutines: a site keeps most of its files a level or two
// down (papers/<slug>/index.html), so the entries of its top-level folders
// go first, in parallel, then whatever is left. Symlinks are removed, never
// followed. It returns once path is gone.
func removeAll(path string) error {
	var items []string
	tops, _ := os.ReadDir(path)
	for _, e := range tops {
		if e.IsDir() {
			sub := filepath.Join(path, e.Name())
			entries, _ := os.ReadDir(sub)
			for _, s := range entries {
				items = append(items, filepath.Join(sub, s.Name()))
			}
		}
	}
	parallel.For(context.Background(), len(items), workers(), func() func(int) error {
		return func(i int) error { os.RemoveAll(items[i]); return nil }
	})
	return os.RemoveAll(path)
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

// CheckDestination reports why dir must not be the output folder of the
// site in the folder site, or nil. A build replaces the whole output
// folder, so it must not be, or hold, the site's own sources, and a folder
// that already exists must hold a site Paperboy built (index.html,
// sitemap.xml and search/meta.json) or nothing: anything else in it, such
// as another generator's site, would be deleted without a word. A folder holding .git is refused too: it is a repository (a
// gh-pages worktree, say), whose history a build would delete.
func CheckDestination(dir, site string) error {
	target, err := linkTarget(filepath.Clean(dir))
	if err != nil {
		return err
	}
	d, err := realPath(target)
	if err != nil {
		return err
	}
	s, err := realPath(site)
	if err != nil {
		return err
	}
	switch {
	case filename.Within(d, s):
		what := "holds the site folder"
		if d == s {
			what = "is the site folder"
		}
		return fmt.Errorf("output folder %s %s: a build replaces the whole output folder; give a folder of its own, like %s", dir, what, filepath.Join(site, "public"))
	case filename.Within(filepath.Join(s, "content"), d), filename.Within(filepath.Join(s, "themes"), d), filename.Within(filepath.Join(s, ".git"), d):
		return fmt.Errorf("output folder %s is inside the site's sources: a build replaces the whole output folder; give a folder of its own, like %s", dir, filepath.Join(site, "public"))
	}
	fi, err := os.Stat(d)
	if err != nil {
		if f := fileAbove(dir); f != "" { // notes.txt/out: "not a directory"
			return fmt.Errorf("output folder %s: %s is a file, not a folder; give another path", dir, f)
		}
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("output folder %s is a file; a build would replace it with a folder: give another path, or remove the file first", dir)
	}
	entries, err := os.ReadDir(d)
	if err != nil {
		return err
	}
	has := map[string]bool{}
	for _, e := range entries {
		has[e.Name()] = true
	}
	switch {
	case has[".git"]:
		return fmt.Errorf("output folder %s holds .git, a repository a build would delete with the rest of the folder: build into another folder and copy the files in, or deploy with the GitHub Actions workflow (see the README)", dir)
	case len(entries) > 0 && !(has["index.html"] && has["sitemap.xml"]):
		return fmt.Errorf("output folder %s holds %s and is not a built site (no index.html and sitemap.xml at its top): a build replaces the whole folder and would delete them; give an empty or new folder, or move the files away first", dir, filepath.Join(dir, entries[0].Name()))
	case len(entries) > 0 && !builtByPaperboy(d):
		return fmt.Errorf("output folder %s holds %s and is a site another program built (it has no %s, which every Paperboy release writes): a build replaces the whole folder and would delete it; give an empty or new folder of its own, like %s, or move the files away first", dir, filepath.Join(dir, entries[0].Name()), searchMeta, filepath.Join(dir, "digest"))
	}
	return nil
}

// searchMeta is the search index's entry point, which every Paperboy
// build since the first has written, whatever its options: the mark of
// Paperboy's own output. (.nojekyll is written as long, but other
// generators' sites for GitHub Pages hold one too, and a copy made with
// `cp public/* docs/` loses it.)
const searchMeta = search.Dir + search.MetaFile

// builtByPaperboy reports whether the folder dir, which holds index.html
// and sitemap.xml, is a site Paperboy built: it holds searchMeta.
func builtByPaperboy(dir string) bool {
	fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(searchMeta)))
	return err == nil && fi.Mode().IsRegular()
}

// fileAbove returns the nearest of dir's parents, as dir spells them,
// that is there and is no folder (a file where a folder of the path
// should be), or "".
func fileAbove(dir string) string {
	for p := filepath.Dir(filepath.Clean(dir)); ; p = filepath.Dir(p) {
		if fi, err := os.Stat(p); err == nil {
			if fi.IsDir() {
				return ""
			}
			return p
		}
		if filepath.Dir(p) == p {
			return ""
		}
	}
}

// realPath returns path made absolute, with the symlinks of its longest
// existing prefix resolved, so two spellings of a folder compare equal.
func realPath(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for p := abs; ; p = filepath.Dir(p) {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest), nil
		}
		if filepath.Dir(p) == p {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}
