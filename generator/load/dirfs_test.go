package load

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"testing"
	"testing/fstest"
)

func TestDirFS(t *testing.T) {
	dir := t.TempDir()
	files := fstest.MapFS{
		"content/site.yaml":              {Data: []byte("title: Test\n")},
		"content/papers/2410.07166.md":   {Data: []byte("---\ntitle: A paper\n---\nAbstract.\n")},
		"content/days/2024-10-09.md":     {Data: nil},
		"themes/mine/templates/day.html": {Data: []byte("{{.Title}}")},
	}
	if err := os.CopyFS(dir, files); err != nil {
		t.Fatal(err)
	}
	fsys := DirFS(dir)
	if err := fstest.TestFS(fsys, "content/site.yaml", "content/papers/2410.07166.md", "content/days/2024-10-09.md", "themes/mine/templates/day.html"); err != nil {
		t.Fatal(err)
	}
	for name, f := range files {
		got, err := fs.ReadFile(fsys, name)
		if err != nil || !bytes.Equal(got, f.Data) {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, got, err, f.Data)
		}
	}

	// Errors name the path as the caller gave it, as os.DirFS's do.
	std := os.DirFS(dir)
	for _, name := range []string{"content/papers/missing.md", "../outside.md", "/etc/passwd", "content/papers"} {
		_, err := fs.ReadFile(fsys, name)
		_, want := fs.ReadFile(std, name)
		if (err == nil) != (want == nil) || errors.Is(err, fs.ErrNotExist) != errors.Is(want, fs.ErrNotExist) {
			t.Errorf("ReadFile(%q) = %v; want an error like os.DirFS's %v", name, err, want)
			continue
		}
		var pe, wpe *fs.PathError
		if errors.As(want, &wpe) && (!errors.As(err, &pe) || pe.Path != wpe.Path) {
			t.Errorf("ReadFile(%q) = %v; want its path given as %q, as os.DirFS's %v", name, err, wpe.Path, want)
		}
	}
}
