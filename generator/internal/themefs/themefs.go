// Package themefs stacks a site's theme folders into one file system.
//
// A site names its themes in site.yaml, its own first (`theme: [mine,
// lab]`): a file of an earlier folder replaces the file at the same path
// in a later one, and the built-in theme, which each stage reads apart,
// lies under them all. A Stack answers what any layer has and says which
// folder a file comes from, for messages.
package themefs

import (
	"errors"
	"io"
	"io/fs"
	"slices"
	"strings"
)

// Layer is one theme folder of a site.
type Layer struct {
	FS  fs.FS
	Dir string // the folder as the user sees it ("themes/mine"), for messages
}

// Stack is a site's theme folders, the first over the rest. A nil Stack
// is a site without a theme of its own.
type Stack []Layer

// Open opens name from the first layer that has it. A folder lists what
// every layer has in it, as ReadDir does.
func (s Stack) Open(name string) (fs.File, error) {
	for _, l := range s {
		f, err := l.FS.Open(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			return nil, err
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return &folder{File: f, stack: s, name: name}, nil
		}
		return f, nil
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// folder is an open folder of a Stack: its entries are every layer's.
type folder struct {
	fs.File
	stack   Stack
	name    string
	entries []fs.DirEntry // nil until the first ReadDir
	read    bool
}

// ReadDir lists the folder as fs.ReadDirFile says: all that is left when
// n <= 0, else at most n entries, and io.EOF at the end.
func (f *folder) ReadDir(n int) ([]fs.DirEntry, error) {
	if !f.read {
		entries, err := f.stack.ReadDir(f.name)
		if err != nil {
			return nil, err
		}
		f.entries, f.read = entries, true
	}
	if n <= 0 {
		out := f.entries
		f.entries = nil
		return out, nil
	}
	if len(f.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(f.entries))
	out := f.entries[:n:n]
	f.entries = f.entries[n:]
	return out, nil
}

// ReadFile reads name from the first layer that has it.
func (s Stack) ReadFile(name string) ([]byte, error) {
	_, data, err := s.ReadFileAt(name)
	return data, err
}

// ReadFileAt reads name from the first layer that has it, and returns
// that layer's index too.
func (s Stack) ReadFileAt(name string) (int, []byte, error) {
	for i, l := range s {
		data, err := fs.ReadFile(l.FS, name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return i, data, err
		}
	}
	return 0, nil, &fs.PathError{Op: "read", Path: name, Err: fs.ErrNotExist}
}

// Stat describes name in the first layer that has it.
func (s Stack) Stat(name string) (fs.FileInfo, error) {
	_, fi, err := s.find(name)
	return fi, err
}

// ReadDir lists the folder name of every layer that has it, sorted by
// name, each name once: as the first layer that has it shows it. So
// fs.WalkDir over a Stack visits every file a build can read.
func (s Stack) ReadDir(name string) ([]fs.DirEntry, error) {
	var out []fs.DirEntry
	seen := map[string]bool{}
	found := false
	for _, l := range s {
		entries, err := fs.ReadDir(l.FS, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		for _, e := range entries {
			if !seen[e.Name()] {
				seen[e.Name()] = true
				out = append(out, e)
			}
		}
	}
	if !found {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// Origin returns where the file name comes from as the user sees it
// ("themes/lab/templates/paper.html"), or "" when no layer has it.
func (s Stack) Origin(name string) string {
	if i, _, err := s.find(name); !absent(err) {
		return s[i].Dir + "/" + name // one that cannot be read (permission denied) too
	}
	return ""
}

// Dir returns the first layer's folder ("themes/mine"), the site's own
// and so where a new file of the site's goes; "" for a nil Stack.
func (s Stack) Dir() string {
	if len(s) == 0 {
		return ""
	}
	return s[0].Dir
}

// Has reports whether some layer has the file or folder name (one that
// cannot be read too). A name fs.FS does not take has none: a folder's
// written with its slash ("static/archive/", a page's address).
func (s Stack) Has(name string) bool {
	_, _, err := s.find(name)
	return !absent(err)
}

// absent reports whether err, find's, says that no layer has the name:
// it is not there, or it is no name of an fs.FS (fs.ValidPath).
func absent(err error) bool {
	return errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid)
}

// find returns the index of the first layer that has name, and its info;
// or the index of the first layer where looking for it failed otherwise
// than for its absence (a file without read access: fs.Stat of a
// sub-folder's file opens it), and that error. A name no fs.FS takes
// ("static/archive/") is fs.ErrInvalid, which no layer need be asked.
func (s Stack) find(name string) (int, fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return 0, nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	for i, l := range s {
		fi, err := fs.Stat(l.FS, name)
		if err == nil {
			return i, fi, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return i, nil, err
		}
	}
	return 0, nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
}

// Unused returns the folder under themes/ of site ("themes/mine") that
// has the file name ("static/images/fig.png") but is none of used, the
// themes site.yaml names, so that no build reads it; "" when no such
// folder has it. A message about a file the site lacks says with it
// where the file is, as a Hugo site's static/ moved into a theme before
// `theme:` is set has every image.
func Unused(site fs.FS, used []string, name string) string {
	entries, _ := fs.ReadDir(site, "themes")
	for _, e := range entries {
		dir := "themes/" + e.Name()
		if !e.IsDir() || slices.Contains(used, e.Name()) || !fs.ValidPath(name) {
			continue
		}
		if fi, err := fs.Stat(site, dir+"/"+name); err == nil && !fi.IsDir() {
			return dir
		}
	}
	return ""
}
