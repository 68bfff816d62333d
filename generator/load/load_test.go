package load

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestBrokenLink: a symbolic link to no file is an error that names its
// target and the file a relative one names from where the link is (a
// link moved to a sub-folder names another file), with what to do.
func TestBrokenLink(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"content/papers/2024", "content/_drafts"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "content/_drafts/real.md"), []byte("---\ntitle: A\n---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../_drafts/real.md", filepath.Join(dir, "content/papers/2024/2405.66666.md")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err := Find(DirFS(dir), 1<<20)
	want := "content/papers/2024/2405.66666.md: broken symbolic link to ../_drafts/real.md, which names content/papers/_drafts/real.md (a relative link's target is read from the link's own folder: a link moved to another folder names another file): there is no such file; point it at the file again (ln -sfn), or remove it"
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Find = %v, want\n%s", err, want)
	}
}

// TestUnderscored: the Markdown files of content/papers whose names start
// with _ are listed, for the build to warn of one that holds a paper; not
// those of a skipped folder, another source folder, or not Markdown.
func TestUnderscored(t *testing.T) {
	fsys := fstest.MapFS{
		"content/papers/_VjQlMeSB_J.md": {Data: []byte("---\ntitle: A\n---\n")},
		"content/papers/2024/_index.md": {Data: []byte("---\ntitle: B\n---\n")},
		"content/papers/_drafts/x.md":   {Data: []byte("---\ntitle: C\n---\n")},
		"content/papers/_notes.txt":     {Data: []byte("notes")},
		"content/papers/.hidden.md":     {Data: []byte("---\ntitle: D\n---\n")},
		"content/pages/_about.md":       {Data: []byte("---\ntitle: E\n---\n")},
		"content/papers/2405.00001.md":  {Data: []byte("---\ntitle: F\n---\n")},
	}
	src, err := Find(fsys, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"content/papers/2024/_index.md", "content/papers/_VjQlMeSB_J.md"}
	if !slices.Equal(src.Underscored, want) {
		t.Errorf("Underscored = %q, want %q", src.Underscored, want)
	}
}
