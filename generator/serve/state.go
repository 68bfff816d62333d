package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// state is what the server shows: the last good site and the outcome of the
// latest build. A published state is never modified.
type state struct {
	gen  uint64    // builds finished so far, failed ones included
	id   string    // epoch.gen: the build id event streams compare
	site *snapshot // last successful build; nil before the first one
	base string    // the site's base path, "/" before the first success
	errs []string  // messages of the latest build when it failed
	// former are the base paths the site had before (baseURL edited while
	// it is previewed), longest first: an open page reloads its address
	// under one, which is sent on to the page's address under base.
	former []string
}

// snapshot is one successful build, indexed for serving.
type snapshot struct {
	base  string
	files map[string]*file
	// warnings are the build's (Site.Warnings), which open pages show.
	warnings []string
}

// file is one built file ready to serve.
type file struct {
	data  []byte
	ctype string
	html  bool // gets the live-reload script

	once sync.Once
	sum  string // strong validator of data, computed on first use
}

// etag returns the file's strong validator. It is computed when the file is
// first requested, not when a build is published: hashing every file of a
// large site would slow down each rebuild.
func (f *file) etag() string {
	f.once.Do(func() {
		sum := sha256.Sum256(f.data)
		f.sum = `"` + hex.EncodeToString(sum[:12]) + `"`
	})
	return f.sum
}

// newSnapshot indexes site by path. Files with paths that are not clean
// relative slash paths are dropped with a warning, as are all but the last
// of several files with one path.
func newSnapshot(site Site) (*snapshot, []string) {
	var warnings []string
	snap := &snapshot{base: normalizeBase(site.BasePath), files: make(map[string]*file, len(site.Files)), warnings: site.Warnings}
	for _, f := range site.Files {
		if !fs.ValidPath(f.Path) || f.Path == "." || strings.Contains(f.Path, `\`) {
			warnings = append(warnings, fmt.Sprintf("serve: build produced the file path %q; it is not a clean relative slash path, so it is not served", f.Path))
			continue
		}
		if _, dup := snap.files[f.Path]; dup {
			warnings = append(warnings, fmt.Sprintf("serve: build produced %s twice; serving the last one", f.Path))
		}
		ctype := contentType(f.Path)
		snap.files[f.Path] = &file{
			data:  f.Data,
			ctype: ctype,
			html:  strings.HasPrefix(ctype, "text/html"),
		}
	}
	return snap, warnings
}

// normalizeBase turns a base path into the form "/" or "/a/b/".
func normalizeBase(base string) string {
	base = path.Clean("/" + base)
	if base == "/" {
		return "/"
	}
	return base + "/"
}

// messages splits a build error into its lines, one message each.
func messages(err error) []string {
	var msgs []string
	for _, line := range strings.Split(err.Error(), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			msgs = append(msgs, line)
		}
	}
	if len(msgs) == 0 {
		msgs = []string{"build failed without a message"}
	}
	return msgs
}

// joinLines indents msgs for the log, one per line.
func joinLines(msgs []string) string {
	return "  " + strings.Join(msgs, "\n  ")
}
