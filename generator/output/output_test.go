package output

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteReplaces(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	if err := Write(context.Background(), dir, []model.File{{Path: "a/index.html", Data: []byte("1")}, {Path: "old.txt", Data: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	if err := Write(context.Background(), dir, []model.File{{Path: "a/index.html", Data: []byte("2")}, {Path: ".nojekyll"}}); err != nil {
		t.Fatal(err)
	}
	if got := read(t, filepath.Join(dir, "a/index.html")); got != "2" {
		t.Errorf("a/index.html = %q, want 2", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "old.txt")); !os.IsNotExist(err) {
		t.Error("old.txt survived")
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".paperboy-") {
			t.Errorf("left behind %s", e.Name())
		}
	}
}

func TestWriteRefusesUnsafePaths(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "keep"), []byte("k"), 0o644)
	for _, p := range []string{"../x", "/etc/x", "a/../../x", "a\\b", "", "a//b", "a/./b", "nul\x00"} {
		if err := Write(context.Background(), dir, []model.File{{Path: p, Data: []byte("x")}}); err == nil {
			t.Errorf("Write accepted %q", p)
		}
	}
	if read(t, filepath.Join(dir, "keep")) != "k" {
		t.Error("a refused write changed the folder")
	}
}

func TestWriteCancelledLeavesFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	Write(context.Background(), dir, []model.File{{Path: "a", Data: []byte("old")}})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Write(ctx, dir, []model.File{{Path: "a", Data: []byte("new")}}); err == nil {
		t.Fatal("cancelled Write succeeded")
	}
	if read(t, filepath.Join(dir, "a")) != "old" {
		t.Error("a cancelled Write changed the folder")
	}
}

func TestStaleFoldersCleaned(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "public")
	// A build killed after moving public/ aside, before moving the new one in.
	old := filepath.Join(parent, oldPrefix+"public-123")
	os.MkdirAll(old, 0o755)
	os.WriteFile(filepath.Join(old, "a"), []byte("old"), 0o644)
	tmp := filepath.Join(parent, tmpPrefix+"public-456")
	os.MkdirAll(tmp, 0o755)
	cleanStale(parent, "public", dir)
	if read(t, filepath.Join(dir, "a")) != "old" {
		t.Error("the old folder was not put back")
	}
	for _, p := range []string{old, tmp} {
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s survived", p)
		}
	}
}
