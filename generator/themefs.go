package generator

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/paperboy-digest/paperboy/generator/load"
)

// containedFS is a site's theme folder that refuses every file reached
// through a symbolic link to outside the folder. A theme comes from
// elsewhere (a clone, a submodule), git keeps symbolic links, and one in
// static/ to ../../../.git/config or /etc/passwd would otherwise be
// published with the site, a GitHub token in the first case. A link within
// the theme is followed; so is the theme folder itself being a link (a
// theme developed in a repository of its own and linked into themes/).
type containedFS struct {
	fs.FS
	dir string // the theme folder as the user sees it, for messages
}

// Open opens name once every link on its path is known to stay inside.
func (c containedFS) Open(name string) (fs.File, error) {
	if err := c.check(name); err != nil {
		return nil, err
	}
	return c.FS.Open(name)
}

// ReadDir, ReadFile and Stat go through Open's check, which the wrapped
// FS's own methods would skip.
func (c containedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := c.check(name); err != nil {
		return nil, err
	}
	return fs.ReadDir(c.FS, name)
}

func (c containedFS) ReadFile(name string) ([]byte, error) {
	if err := c.check(name); err != nil {
		return nil, err
	}
	return fs.ReadFile(c.FS, name)
}

func (c containedFS) Stat(name string) (fs.FileInfo, error) {
	if err := c.check(name); err != nil {
		return nil, err
	}
	return fs.Stat(c.FS, name)
}

// check follows the symbolic links on the path name, each a path below
// the theme folder, and refuses one that leads out of it.
func (c containedFS) check(name string) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	link, target, err := load.LinkOutside(c.FS, name, "", 16)
	switch {
	case errors.Is(err, load.ErrLinkLoop):
		return fmt.Errorf("%s/%s: too many levels of symbolic links; link to the file itself", c.dir, name)
	case err != nil:
		return err
	case link != "":
		return fmt.Errorf("%s/%s: the symbolic link points outside the theme folder (%s), and a build publishes no file from outside the site's folders; copy the file into the theme instead", c.dir, link, target)
	}
	return nil
}
