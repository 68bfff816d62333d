package output

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
	noLeftovers(t, dir)
}

// TestWriteThroughLink: an output folder that is a symbolic link to the
// folder a server serves stays a link, and the build writes the folder it
// links to, where the swap replaced the link with a folder of its own;
// also when that folder is not there yet (a fresh web root), where the
// build replaced the link too. A link to a folder whose parent is not
// there is refused, naming the link and where it points.
func TestWriteThroughLink(t *testing.T) {
	for _, c := range []struct {
		name   string
		served bool   // the served folder is there before the first build
		to     string // the link's text; "" for the served folder's absolute path
		via    bool   // public links to a link to the served folder
		want   string // the error, if any
	}{
		{name: "served folder there", served: true},
		{name: "served folder not there yet"},
		{name: "relative link", to: "../www/digest"},
		{name: "link to a link", via: true},
		{name: "parent not there", to: "../srv/www/digest", want: "is a symbolic link to " + filepath.Join("srv", "www", "digest") + ", and " + filepath.Join("srv", "www") + " is not there"},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			t.Chdir(root)
			served := filepath.Join(root, "www", "digest")
			if err := os.MkdirAll(filepath.Dir(served), 0o755); err != nil {
				t.Fatal(err)
			}
			if c.served {
				if err := os.Mkdir(served, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			link := filepath.Join("site", "public")
			if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
				t.Fatal(err)
			}
			to := c.to
			if to == "" {
				to = served
			}
			if c.via {
				if err := os.Symlink(served, filepath.Join(root, "www", "current")); err != nil {
					t.Fatal(err)
				}
				to = "../www/current"
			}
			if err := os.Symlink(to, link); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			for _, v := range []string{"1", "2"} {
				err := Write(context.Background(), link, []model.File{{Path: "index.html", Data: []byte(v)}})
				if c.want != "" {
					if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "output folder "+link) {
						t.Fatalf("Write = %v, want an error naming %s with %q", err, link, c.want)
					}
				} else if err != nil {
					t.Fatal(err)
				}
				if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
					t.Fatalf("after build %s, %s is no longer a link (%v)", v, link, err)
				}
				if c.want != "" {
					return
				}
				if got := read(t, filepath.Join(served, "index.html")); got != v {
					t.Errorf("after build %s, the served folder's index.html = %q", v, got)
				}
			}
			noLeftovers(t, served)
		})
	}
}

// noLeftovers fails t if a temporary folder stayed next to dir.
func noLeftovers(t *testing.T, dir string) {
	t.Helper()
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

// TestStaleFoldersCleaned: a build removes the temporary folders a killed
// build of its output folder left behind, and puts back the old folder a
// build killed mid-swap moved aside; those of another output folder
// beside it (public-preview/ next to public/) it leaves alone.
func TestStaleFoldersCleaned(t *testing.T) {
	for _, c := range []struct {
		name string
		gone bool
	}{
		{tmpPrefix + "public-456", true},
		{tmpPrefix + "public-3385058780", true},
		{tmpPrefix + "public-preview-456", false},
		{tmpPrefix + "public-2024-456", false},
		{tmpPrefix + "public-", false},
		{tmpPrefix + "public", false},
		{oldPrefix + "public-123", true},
		{oldPrefix + "public-preview-123", false},
		{oldPrefix + "public-x1", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "public")
			p := filepath.Join(parent, c.name)
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(filepath.Join(p, "a"), []byte("left"), 0o644)
			cleanStale(parent, "public", dir)
			if _, err := os.Stat(p); os.IsNotExist(err) != c.gone {
				t.Errorf("after cleanStale %s: gone = %v, want %v", c.name, !c.gone, c.gone)
			}
			_, err := os.Stat(filepath.Join(dir, "a"))
			if back := err == nil; back != (c.gone && strings.HasPrefix(c.name, oldPrefix)) {
				t.Errorf("after cleanStale %s: public/ put back = %v", c.name, back)
			}
		})
	}
}

// TestSiblingBuildLeftAlone: a build of public/ while a build of
// public-preview/ runs beside it (each with its own lock) leaves that
// build's new folder alone, so it still commits.
func TestSiblingBuildLeftAlone(t *testing.T) {
	parent := t.TempDir()
	preview, err := Begin(t.Context(), filepath.Join(parent, "public-preview"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := preview.Write(file("index.html", "preview")); err != nil {
		t.Fatal(err)
	}
	build(t, filepath.Join(parent, "public"), file("index.html", "public"))
	if err := preview.Write(file("papers/a/index.html", "a")); err != nil {
		t.Fatalf("the preview build, after a build of public/: %v", err)
	}
	if err := preview.Commit(t.Context()); err != nil {
		t.Fatalf("the preview build, after a build of public/: %v", err)
	}
	if got := read(t, filepath.Join(parent, "public-preview", "index.html")); got != "preview" {
		t.Errorf("public-preview/index.html = %q, want preview", got)
	}
}

func file(path, data string) model.File { return model.File{Path: path, Data: []byte(data)} }

// build writes files to dir as one build and returns the Writer's Stats.
func build(t *testing.T, dir string, files ...model.File) (written, unchanged int) {
	t.Helper()
	w, err := Begin(t.Context(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteAll(files); err != nil {
		w.Abort()
		t.Fatal(err)
	}
	if err := w.Commit(context.Background()); err != nil {
		t.Fatal(err)
	}
	return w.Stats()
}

func lstat(t *testing.T, p string) os.FileInfo {
	t.Helper()
	fi, err := os.Lstat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi
}

// big is larger than one chunk of sameBytes, so comparing it takes several reads.
var big = strings.Repeat("0123456789abcdef", 10<<10)

func TestUnchangedFilesKeepInodeAndTime(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	files := []model.File{file("index.html", "<p>home</p>"), file("empty", ""), file("img/big.bin", big)}
	for i := range 40 {
		files = append(files, file(fmt.Sprintf("papers/%d/index.html", i), fmt.Sprint("paper ", i)))
	}
	if w, u := build(t, dir, files...); w != len(files) || u != 0 {
		t.Fatalf("first build: Stats() = %d, %d; want %d, 0", w, u, len(files))
	}
	then := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	before := map[string]os.FileInfo{}
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		if err := os.Chtimes(p, then, then); err != nil {
			t.Fatal(err)
		}
		before[f.Path] = lstat(t, p)
	}
	if w, u := build(t, dir, files...); w != 0 || u != len(files) {
		t.Errorf("second build: Stats() = %d, %d; want 0, %d", w, u, len(files))
	}
	for _, f := range files {
		p := filepath.Join(dir, f.Path)
		after := lstat(t, p)
		if !os.SameFile(before[f.Path], after) {
			t.Errorf("%s got a new inode", f.Path)
		}
		if !after.ModTime().Equal(then) {
			t.Errorf("%s modified at %v, want %v", f.Path, after.ModTime(), then)
		}
		if got := read(t, p); got != string(f.Data) {
			t.Errorf("%s = %.20q, want %.20q", f.Path, got, f.Data)
		}
	}
	noLeftovers(t, dir)
}

func TestChangedFilesWritten(t *testing.T) {
	for _, c := range []struct{ name, old, new string }{
		{"same size", "abc", "abd"},
		{"longer", "abc", "abcd"},
		{"shorter", "abc", "ab"},
		{"emptied", "abc", ""},
		{"large, last byte", big + "a", big + "b"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "public")
			build(t, dir, file("d/f", c.old))
			old := filepath.Join(dir, "d/f")
			before := lstat(t, old)
			w, err := Begin(t.Context(), dir, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(file("d/f", c.new)); err != nil {
				t.Fatal(err)
			}
			if got := read(t, old); got != c.old || !os.SameFile(before, lstat(t, old)) {
				t.Errorf("the old file changed before Commit")
			}
			tmp := filepath.Join(w.tmp, "d/f")
			if got := read(t, tmp); got != c.new || os.SameFile(before, lstat(t, tmp)) {
				t.Errorf("the new file is not a fresh copy of the new bytes")
			}
			if wr, u := w.Stats(); wr != 1 || u != 0 {
				t.Errorf("Stats() = %d, %d; want 1, 0", wr, u)
			}
			if err := w.Commit(context.Background()); err != nil {
				t.Fatal(err)
			}
			if got := read(t, old); got != c.new {
				t.Errorf("after Commit d/f = %.20q, want %.20q", got, c.new)
			}
		})
	}
}

func TestFolderBecomesFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	build(t, dir, file("x/index.html", "same"), file("y", "same"), file("z/a/b", "same"))
	if w, u := build(t, dir, file("x", "same"), file("y/index.html", "same"), file("z/a", "same")); w != 3 || u != 0 {
		t.Errorf("Stats() = %d, %d; want 3, 0", w, u)
	}
	for _, p := range []string{"x", "y/index.html", "z/a"} {
		if got := read(t, filepath.Join(dir, p)); got != "same" {
			t.Errorf("%s = %q, want same", p, got)
		}
	}
}

func TestSymlinksNotFollowed(t *testing.T) {
	outside := t.TempDir()
	target := filepath.Join(outside, "f")
	if err := os.WriteFile(target, []byte("same"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "public")
	build(t, dir, file("keep", "k"))
	// A symlink to a file with the same bytes, and one to a folder that has it.
	if err := os.Symlink(target, filepath.Join(dir, "s")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "d")); err != nil {
		t.Fatal(err)
	}
	if w, u := build(t, dir, file("s", "same"), file("d/f", "same"), file("keep", "k")); w != 2 || u != 1 {
		t.Errorf("Stats() = %d, %d; want 2, 1", w, u)
	}
	want := lstat(t, target)
	for _, p := range []string{"s", "d/f"} {
		fi := lstat(t, filepath.Join(dir, p))
		if !fi.Mode().IsRegular() || os.SameFile(fi, want) {
			t.Errorf("%s is not a file of its own: %v", p, fi.Mode())
		}
	}
	if read(t, target) != "same" {
		t.Error("the symlinked file changed")
	}
}

// entry is what snapshot records of one path.
type entry struct {
	info       os.FileInfo
	data, link string
}

// snapshot records every path below dir, with its inode, mode, time and contents.
func snapshot(t *testing.T, dir string) map[string]entry {
	t.Helper()
	m := map[string]entry{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		e := entry{info: lstat(t, p)}
		switch {
		case e.info.Mode().IsRegular():
			e.data = read(t, p)
		case e.info.Mode()&fs.ModeSymlink != 0:
			e.link, err = os.Readlink(p)
		}
		m[p] = e
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestAbortLeavesOldFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "public")
	build(t, dir, file("a/1", "one"), file("a/2", "two"), file("b", "bee"), file("c", "sea"))
	before := snapshot(t, dir)
	w, err := Begin(t.Context(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []model.File{
		file("a/1", "one"), file("a/2", "two"), file("c", "sea"), // linked
		file("b", "BEE"),
		file("a/1", "ONE"), // written again over its link: replaced, not truncated
		file("c", "sea"),   // the link is there already: written instead
	} {
		if err := w.Write(f); err != nil {
			t.Fatal(err)
		}
	}
	if wr, u := w.Stats(); wr != 3 || u != 3 {
		t.Errorf("Stats() = %d, %d; want 3, 3", wr, u)
	}
	w.Abort()
	after := snapshot(t, dir)
	if len(after) != len(before) {
		t.Errorf("%d paths after Abort, want %d", len(after), len(before))
	}
	for p, b := range before {
		a, ok := after[p]
		switch {
		case !ok:
			t.Errorf("%s is gone", p)
		case !os.SameFile(a.info, b.info) || a.info.Mode() != b.info.Mode() || !a.info.ModTime().Equal(b.info.ModTime()) ||
			a.info.Size() != b.info.Size() || a.data != b.data || a.link != b.link:
			t.Errorf("%s changed: %v %q, was %v %q", p, a.info.Mode(), a.data, b.info.Mode(), b.data)
		}
	}
	noLeftovers(t, dir)
}

func TestRemoveAll(t *testing.T) {
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "f"), []byte("x"), 0o644)
	root := filepath.Join(t.TempDir(), "old")
	for _, p := range []string{"top", "a/f", "a/b/f", "a/b/c/d/f", "e/f"} {
		os.MkdirAll(filepath.Join(root, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(root, p), []byte("x"), 0o644)
	}
	os.MkdirAll(filepath.Join(root, "empty/empty"), 0o755)
	os.Symlink(outside, filepath.Join(root, "link"))
	os.Symlink(outside, filepath.Join(root, "a/link"))
	if err := removeAll(root); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(root); !os.IsNotExist(err) {
		t.Errorf("%s survived: %v", root, err)
	}
	if read(t, filepath.Join(outside, "f")) != "x" {
		t.Error("removeAll followed a symlink")
	}
}

// TestBusy: Busy sums the time spent in Write over every goroutine that
// wrote, so with several writers it can exceed the wall time.
func TestBusy(t *testing.T) {
	w, err := Begin(t.Context(), filepath.Join(t.TempDir(), "public"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	if b := w.Busy(); b != 0 {
		t.Errorf("Busy() = %v before any write, want 0", b)
	}
	var files []model.File
	for i := range 200 {
		files = append(files, file(fmt.Sprintf("d%d/index.html", i), strings.Repeat("x", 4096)))
	}
	start := time.Now()
	var each time.Duration
	for _, f := range files[:100] {
		t0 := time.Now()
		if err := w.Write(f); err != nil {
			t.Fatal(err)
		}
		each += time.Since(t0)
	}
	if b := w.Busy(); b <= 0 || b > each {
		t.Errorf("Busy() = %v after 100 writes that took %v in all", b, each)
	}
	if err := w.WriteAll(files[100:]); err != nil {
		t.Fatal(err)
	}
	if b, wall := w.Busy(), time.Since(start); b <= each || b > wall*time.Duration(workers()) {
		t.Errorf("Busy() = %v after all writes: want more than %v and at most %d× the %v they took", b, each, workers(), wall)
	}
}

// TestParentNotWritable: a folder the user owns in one they cannot write
// (/var/www/digest, chowned to them) is told as that, with what to do.
func TestParentNotWritable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes any folder")
	}
	parent := filepath.Join(t.TempDir(), "www")
	dir := filepath.Join(parent, "digest")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(parent, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(parent, 0o755)
	err := Write(context.Background(), dir, []model.File{{Path: "index.html", Data: []byte("1")}})
	if err == nil || !strings.Contains(err.Error(), "so it needs to write there too; give the user that, or build into a folder of its own and copy the site in, rsync -a --delete public/ "+dir+"/") {
		t.Errorf("Write into a folder whose parent is read-only: %v", err)
	}
}
