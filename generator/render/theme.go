package render

import (
	"errors"
	"io/fs"
	"path"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
)

// overlay is a theme: the site's own theme folders over the built-in
// theme. A file in the site's folders replaces the built-in file at the
// same path.
type overlay struct {
	site    themefs.Stack // nil when the site has no theme of its own
	builtin fs.FS
}

// Open opens name from the site's themes, or else from the built-in theme.
func (o overlay) Open(name string) (fs.File, error) {
	if o.site != nil {
		f, err := o.site.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return o.builtin.Open(name)
}

// origin says where name comes from, for error messages.
func (o overlay) origin(name string) string {
	if at := o.site.Origin(name); at != "" {
		return at
	}
	return "themes/default/" + name + " (built in)"
}

// files lists every regular file under dir in both layers, sorted, once
// each, but those the operating system leaves (filename.Junk).
func (o overlay) files(dir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	layers := []fs.FS{o.builtin}
	if o.site != nil {
		layers = []fs.FS{o.site, o.builtin}
	}
	for _, fsys := range layers {
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == dir {
					return fs.SkipDir
				}
				return err
			}
			if filename.Junk(d.Name()) {
				return nil // .DS_Store, Thumbs.db: the system's, not the theme's
			}
			if !d.IsDir() && !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(out)
	return out, nil
}

// partials lists the partial files, each .html file under
// templates/partials/ in either layer: a file of another name there
// (lab-note.tmpl) is not read, which Used says of it too, so that the
// build warns of it.
func (o overlay) partials() ([]string, error) {
	names, err := o.files("templates/partials")
	return slices.DeleteFunc(names, func(n string) bool { return path.Ext(n) != ".html" }), err
}

// inSite reports whether name is a file of the site's themes.
func (o overlay) inSite(name string) bool {
	return o.site.Has(name)
}

// exists reports whether name is a file of either layer.
func (o overlay) exists(name string) bool {
	_, err := fs.Stat(o, name)
	return err == nil
}
