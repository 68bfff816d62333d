package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThemeLinksStayInside: a symbolic link in a site's theme that leads
// out of the theme folder (to the repository's .git/config, to /etc/passwd)
// fails the build and publishes nothing; one within the theme is followed,
// and so is the theme folder being a link itself.
func TestThemeLinksStayInside(t *testing.T) {
	dir := writeArchive(t, themed("-- themes/mine/assets/lab.css --\nbody{}\n"))
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Skip("no symbolic links here:", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "themes/mine/static"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secret.txt"), []byte("TOKEN"), 0o644); err != nil {
		t.Fatal(err)
	}
	link("../assets/lab.css", "themes/mine/static/lab.css")
	res, err := Build(context.Background(), Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatalf("a link within the theme: %v", err)
	}
	if filesOf(res)["lab.css"] != "body{}\n" {
		t.Error("lab.css was not published through its link")
	}

	for _, target := range []string{"../../../secret.txt", "/etc/passwd"} {
		os.Remove(filepath.Join(dir, "themes/mine/static/leak.txt"))
		link(target, "themes/mine/static/leak.txt")
		_, err := Build(context.Background(), Options{Site: os.DirFS(dir)})
		if err == nil || !strings.Contains(err.Error(), "themes/mine/static/leak.txt: the symbolic link points outside the theme folder ("+target+")") {
			t.Errorf("a link to %s: err = %v", target, err)
		}
	}
	os.Remove(filepath.Join(dir, "themes/mine/static/leak.txt"))

	// The theme folder itself a link, as a theme kept in its own repository.
	if err := os.Rename(filepath.Join(dir, "themes/mine"), filepath.Join(dir, "lab-repo")); err != nil {
		t.Fatal(err)
	}
	link("../lab-repo", "themes/mine")
	if res, err := Build(context.Background(), Options{Site: os.DirFS(dir)}); err != nil || filesOf(res)["lab.css"] != "body{}\n" {
		t.Errorf("a linked theme folder: %v", err)
	}
}
