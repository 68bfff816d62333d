package render

import (
	"errors"
	"io/fs"
	"slices"
)

// overlay is a theme: the site's own theme folder over the built-in theme.
// A file in the site's folder replaces the built-in file at the same path.
type overlay struct {
	site    fs.FS // nil when the site has no theme of its own
	builtin fs.FS
}

// Open opens name from the site's theme, or else from the built-in theme.
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
func (o overlay) origin(name, siteDir string) string {
	if o.site != nil {
		if _, err := fs.Stat(o.site, name); err == nil {
			return siteDir + "/" + name
		}
	}
	return "themes/default/" + name + " (built in)"
}

// files lists every regular file under dir in both layers, sorted, once each.
func (o overlay) files(dir string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	for _, fsys := range []fs.FS{o.site, o.builtin} {
		if fsys == nil {
			continue
		}
		err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == dir {
					return fs.SkipDir
				}
				return err
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

// inSite reports whether name is a file of the site's theme.
func (o overlay) inSite(name string) bool {
	if o.site == nil {
		return false
	}
	_, err := fs.Stat(o.site, name)
	return err == nil
}

// exists reports whether name is a file of either layer.
func (o overlay) exists(name string) bool {
	_, err := fs.Stat(o, name)
	return err == nil
}
