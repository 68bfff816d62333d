package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestCheckDestination: a build replaces its whole output folder, so the
// folder must not be or hold the site's sources, nor hold anything but a
// site Paperboy built (another generator's has index.html and sitemap.xml
// too, but no search/meta.json), nor be under a file (which one is said, not "not a
// directory"); a symbolic link is checked where it points, also to a
// folder not there yet.
func TestCheckDestination(t *testing.T) {
	site := filepath.Join(t.TempDir(), "site")
	var files []model.File
	for _, f := range []string{"content/site.yaml", "content/papers/a.md", "themes/t/templates/day.html", ".git/HEAD",
		"public/index.html", "public/sitemap.xml", "public/search/meta.json", "public/papers/a/index.html",
		"hugo/index.html", "hugo/sitemap.xml", "hugo/posts/hello/index.html", "hugo/.nojekyll",
		"docs/notes.md", "pages/.git", "pages/index.html", "pages/sitemap.xml", "file.txt"} {
		files = append(files, file(f, "x"))
	}
	build(t, site, files...)
	if err := os.Mkdir(filepath.Join(site, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	for link, to := range map[string]string{"alias": "content", "dangling": "content/new", "webroot": "../www"} {
		if err := os.Symlink(to, filepath.Join(site, link)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ dest, want string }{
		{"public", ""},
		{"empty", ""},
		{"new", ""},
		{"new/deeper", ""},
		{".", "is the site folder"},
		{"..", "holds the site folder"},
		{"content", "inside the site's sources"},
		{"content/papers", "inside the site's sources"},
		{"content/new", "inside the site's sources"},
		{"themes", "inside the site's sources"},
		{"alias", "inside the site's sources"},
		{"dangling", "inside the site's sources"}, // a build would make content/new/
		{"webroot", ""},                           // ../www/, made by the build
		{".git", "inside the site's sources"},
		{"docs", "holds " + filepath.Join(site, "docs", "notes.md") + " and is not a built site"},
		{"pages", "holds .git"},
		{"hugo", "holds " + filepath.Join(site, "hugo", ".nojekyll") + " and is a site another program built (it has no search/meta.json"},
		{"file.txt", "is a file"},
		{"file.txt/out", "output folder " + filepath.Join(site, "file.txt", "out") + ": " + filepath.Join(site, "file.txt") + " is a file, not a folder; give another path"},
		{"file.txt/a/b", ": " + filepath.Join(site, "file.txt") + " is a file, not a folder"},
	} {
		err := CheckDestination(filepath.Join(site, c.dest), site)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.dest, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want an error with %q", c.dest, err, c.want)
		}
	}
	// The same folder spelt relative to the working directory.
	t.Chdir(site)
	if err := CheckDestination("content", "."); err == nil {
		t.Error("relative content/ accepted")
	}
	if err := CheckDestination("public", "."); err != nil {
		t.Error(err)
	}
}
