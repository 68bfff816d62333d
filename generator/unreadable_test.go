package generator

import (
	"context"
	"io/fs"
	"strings"
	"testing"
)

// deniedFS is a site whose files and folders named in deny cannot be
// opened, though they can be stat'ed, as ones another user made (root,
// in a container) without read access for others.
type deniedFS struct {
	fsys fs.FS
	deny map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.deny[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.fsys.Open(name)
}

func (d deniedFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.fsys, name) }

// TestUnreadableSources: a source file, a folder of sources, site.yaml, a
// theme's template or static file, or a file beside the sources that a
// page links, that cannot be read is an error naming it (the theme's
// file, not the built-in one it replaces), what went wrong and what to
// do, not the file system's message repeating the path.
func TestUnreadableSources(t *testing.T) {
	const fix = "cannot be read: permission denied; make the %s readable by the user who builds the site"
	site := strings.Replace(strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1), "Gamma abstract.", "Gamma abstract, [the slides](slides.pdf).", 1) +
		"-- themes/mine/templates/partials/head-extra.html --\n{{define \"head-extra\"}}{{end}}\n" +
		"-- themes/mine/static/custom.css --\na { color: red }\n" +
		"-- content/papers/slides.pdf --\n%PDF-1.4\n"
	for _, tt := range []struct{ path, want string }{
		{"content/papers/2405.00002.md", "content/papers/2405.00002.md: " + strings.Replace(fix, "%s", "file", 1)},
		{"content/days", "content/days: " + strings.Replace(fix, "%s", "folder", 1)},
		{"content/site.yaml", "content/site.yaml: " + strings.Replace(fix, "%s", "file", 1)},
		{"themes/mine/templates/partials/head-extra.html", "themes/mine/templates/partials/head-extra.html: " + strings.Replace(fix, "%s", "file", 1)},
		{"themes/mine/static/custom.css", "themes/mine/static/custom.css: " + strings.Replace(fix, "%s", "file", 1)},
		{"content/papers/slides.pdf", "content/papers/slides.pdf: " + strings.Replace(fix, "%s", "file", 1)},
	} {
		_, err := Build(context.Background(), Options{Site: deniedFS{siteFS(site), map[string]bool{tt.path: true}}})
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s unreadable: build = %v, want\n%s", tt.path, err, tt.want)
		}
	}
}
