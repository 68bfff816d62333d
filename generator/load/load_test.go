package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
