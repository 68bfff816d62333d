//go:build unix

package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestRebuildKeepsFolderMode: an output folder an admin set up for a
// group of curators (2775) or the web server's group (0750) keeps its
// mode through a rebuild, where the swapped-in folder was 0755; a new
// folder is 0755. The subfolders of a group-writable folder are
// group-writable too.
func TestRebuildKeepsFolderMode(t *testing.T) {
	for _, c := range []struct {
		name string
		set  fs.FileMode // 0: the folder is new
		want fs.FileMode
	}{
		{"new", 0, 0o755},
		{"default", 0o755, 0o755},
		{"shared", 0o775 | fs.ModeSetgid, 0o775 | fs.ModeSetgid},
		{"web server group", 0o750, 0o750},
		{"sticky", 0o777 | fs.ModeSticky, 0o777 | fs.ModeSticky},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "digest")
			if c.set != 0 {
				build(t, dir, file("index.html", "1"))
				if err := os.Chmod(dir, c.set); err != nil {
					t.Fatal(err)
				}
				if got := mode(t, dir); got != c.set {
					t.Skipf("this file system keeps %v for %v", got, c.set)
				}
			}
			build(t, dir, file("index.html", "2"), file("papers/a/index.html", "a"))
			if got := mode(t, dir); got != c.want {
				t.Errorf("mode after a rebuild = %v, want %v", got, c.want)
			}
			if c.set&fs.ModeSetgid != 0 && mode(t, filepath.Join(dir, "papers"))&fs.ModeSetgid == 0 {
				t.Error("papers/ is not setgid: the build wrote it before the folder became setgid")
			}
			// Another curator's build removes these, whatever our umask.
			for _, sub := range []string{"papers", "papers/a"} {
				got := mode(t, filepath.Join(dir, sub))
				if shared := c.want&0o020 != 0; shared != (got&0o020 != 0) {
					t.Errorf("%s/ is %v in a %v folder: group-writable should follow the folder's", sub, got, c.want)
				}
			}
		})
	}
}

// TestRebuildKeepsFolderGroup: the new folder, and what the build writes
// in it, get the old folder's group where the process may give it.
func TestRebuildKeepsFolderGroup(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "digest")
	build(t, dir, file("index.html", "1"))
	gid := otherGroup(t, dir)
	if err := os.Chown(dir, -1, gid); err != nil {
		t.Skip("cannot give the folder another group:", err)
	}
	if err := os.Chmod(dir, 0o775|fs.ModeSetgid); err != nil {
		t.Fatal(err)
	}
	build(t, dir, file("index.html", "2"), file("papers/a/index.html", "a"))
	for _, p := range []string{dir, filepath.Join(dir, "papers", "a", "index.html")} {
		if got := group(t, p); got != gid {
			t.Errorf("%s has group %d, want %d", p, got, gid)
		}
	}
}

// otherGroup returns a group other than dir's the process may give a
// folder: any as root, else one of its groups; it skips t if none.
func otherGroup(t *testing.T, dir string) int {
	now := group(t, dir)
	if os.Geteuid() == 0 {
		return now + 4242
	}
	groups, _ := os.Getgroups()
	for _, g := range groups {
		if g != now {
			return g
		}
	}
	t.Skip("the process is in one group only")
	return 0
}

func mode(t *testing.T, p string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode() &^ fs.ModeDir
}

func group(t *testing.T, p string) int {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return int(fi.Sys().(*syscall.Stat_t).Gid)
}

// TestRebuildGivesFreshFileModes: an unchanged file is linked to the old
// folder's only when it has the mode a file written now gets; else it is
// written again. One build under umask 077 (a cron job) left 0600 on
// every file, which the hard links kept through all later builds under
// umask 022, where changed files got 0644.
func TestRebuildGivesFreshFileModes(t *testing.T) {
	for _, c := range []struct {
		name  string
		umask int         // the first build's, when not -1
		chmod fs.FileMode // given to the old file after the first build, when not 0
	}{
		{"same umask", -1, 0},
		{"umask 077 before", 0o077, 0},
		{"0600", -1, 0o600},
		{"0664", -1, 0o664},
		{"executable", -1, 0o755},
	} {
		t.Run(c.name, func(t *testing.T) {
			root := t.TempDir()
			build(t, filepath.Join(root, "fresh"), file("a/index.html", "same"))
			fresh := mode(t, filepath.Join(root, "fresh", "a", "index.html"))
			dir := filepath.Join(root, "digest")
			if c.umask != -1 {
				old := syscall.Umask(c.umask)
				build(t, dir, file("a/index.html", "same"))
				syscall.Umask(old)
			} else {
				build(t, dir, file("a/index.html", "same"))
			}
			p := filepath.Join(dir, "a", "index.html")
			if c.chmod != 0 {
				if err := os.Chmod(p, c.chmod); err != nil {
					t.Fatal(err)
				}
			}
			changed := mode(t, p) != fresh
			w, u := build(t, dir, file("a/index.html", "same"))
			if got := mode(t, p); got != fresh {
				t.Errorf("after a rebuild a/index.html is %v, want %v as a fresh build gives", got, fresh)
			}
			wantW, wantU := 0, 1 // linked
			if changed {
				wantW, wantU = 1, 0
			}
			if w != wantW || u != wantU {
				t.Errorf("Stats() = %d, %d; want %d, %d", w, u, wantW, wantU)
			}
		})
	}
}
