package serve

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/paperboy-digest/paperboy/generator/filename"
)

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"a.md", false},
		{"site.yaml", false},
		{"4913.md", false},
		{"a.md.tmp", true},
		{"1706.03762.md.tmp1234", true},
		{"~WRL0001.tmp", true},
		{"~$notes.md", true},
		{".~lock.notes.md#", true},
		{"Thumbs.db", true},
		{"(A Document Being Saved By TextEdit)", true},
		{"template.md", false},
		{"tmp.md", false},
		{".a.md.swp", true},
		{".a.md.swx", true},
		{"a.md~", true},
		{".#a.md", true},
		{"#a.md#", true},
		{"4913", true},
		{".DS_Store", true},
		{".goutputstream-ABC123", true},
		{"a.md___jb_tmp___", true},
		{".a.md.swn", true},
		{".a.md.kate-swp", true},
		{"a.swn", false},
	}
	for _, tt := range tests {
		if got := ignored(tt.name); got != tt.want {
			t.Errorf("ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	sep := string(filepath.Separator)
	tests := []struct {
		dir, name string
		want      bool
	}{
		{"content", "content", true},
		{"content", "content" + sep + "a.md", true},
		{"content", "content2" + sep + "a.md", false},
		{"content", "con", false},
		{".", "a.md", true},
		{".", "..", false},
		{".", ".." + sep + "a", false},
		{".", "..a", true},
	}
	for _, tt := range tests {
		if got := filename.Within(tt.dir, tt.name); got != tt.want {
			t.Errorf("filename.Within(%q, %q) = %v, want %v", tt.dir, tt.name, got, tt.want)
		}
	}
}

func TestSettled(t *testing.T) {
	dir := t.TempDir()
	here := filepath.Join(dir, "here.md")
	if err := os.WriteFile(here, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	came, went, removed := filepath.Join(dir, "sedKZSsLU"), filepath.Join(dir, "new.md"), filepath.Join(dir, "old.md")
	pending := map[string]bool{here: true, came: true, went: true, removed: true}
	created := map[string]bool{here: true, came: true, went: true}
	// here.md was created and is there; sedKZSsLU and new.md came and went;
	// old.md was there before the burst and was removed.
	want := []string{here, removed}
	if got := settled(pending, created); !slices.Equal(got, want) {
		t.Errorf("settled = %q, want %q", got, want)
	}
	if got := settled(map[string]bool{came: true}, map[string]bool{came: true}); got == nil || len(got) != 0 {
		t.Errorf("settled of a file that came and went = %#v, want empty and not nil (nil asks for a full build)", got)
	}
}

// TestWatchFollowsLinks: a folder linked into a watched tree (a theme kept
// in a repository of its own) is watched under the link's name, as the
// build reads it; a link to a folder above it does not loop.
func TestWatchFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	repo := filepath.Join(dir, "repo")
	themes := filepath.Join(dir, "site", "themes")
	for _, d := range []string{filepath.Join(repo, "static"), themes} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(repo, filepath.Join(themes, "lab")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(dir, filepath.Join(repo, "loop")); err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher([]string{themes}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	if err := os.WriteFile(filepath.Join(repo, "static", "lab.css"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	waitChange(t, w, filepath.Join(themes, "lab", "static", "lab.css"))
}

// waitChange waits up to 5 s for w's events to change the path want.
func waitChange(t *testing.T, w *watcher, want string) {
	t.Helper()
	timeout := time.After(5 * time.Second)
	for {
		select {
		case ev := <-w.fs.Events:
			if slices.Contains(w.handle(ev), want) {
				return
			}
		case err := <-w.fs.Errors:
			t.Fatal(err)
		case <-timeout:
			t.Fatalf("no change of %s seen", want)
		}
	}
}

// TestWatchPermissions: an attribute change that makes a watched file
// unreadable (chmod 000) is a change, so the build says so, and so is the
// one that makes it readable again, so the preview recovers; one that
// leaves it as readable as it was (a touch) is none.
func TestWatchPermissions(t *testing.T) {
	dir := t.TempDir()
	paper := filepath.Join(dir, "a.md")
	if err := os.WriteFile(paper, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	w, err := newWatcher([]string{dir}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	denied := false // as chmod 000 leaves it for a user other than root
	w.readable = func(string) bool { return !denied }
	chmod := fsnotify.Event{Name: paper, Op: fsnotify.Chmod}
	for _, step := range []struct {
		what   string
		denied bool
		want   bool
	}{
		{"a touch", false, false},
		{"chmod 000", true, true},
		{"chmod 000 again", true, false},
		{"chmod 644", false, true},
		{"a touch after", false, false},
	} {
		denied = step.denied
		if got := slices.Contains(w.handle(chmod), paper); got != step.want {
			t.Errorf("%s: a change %v, want %v", step.what, got, step.want)
		}
	}
}

// TestWatchRootBack: a watched folder removed (git checking out a branch
// without themes/) and made again (checking out the first branch again)
// is watched again: an edit in it is a change, without a restart. The
// removal, reported twice by inotify, is handled once.
func TestWatchRootBack(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "themes")
	css := filepath.Join(dir, "lab", "static", "custom.css")
	if err := os.MkdirAll(filepath.Dir(css), 0o755); err != nil {
		t.Fatal(err)
	}
	var told []string
	w, err := newWatcher([]string{dir}, func(format string, args ...any) { told = append(told, format) })
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	seen := func(want string, do func() error) {
		t.Helper()
		if err := do(); err != nil {
			t.Fatal(err)
		}
		waitChange(t, w, want)
	}
	seen(dir, func() error { return os.RemoveAll(dir) })
	w.forget(dir) // inotify's second report
	seen(dir, func() error { return os.MkdirAll(filepath.Dir(css), 0o755) })
	seen(css, func() error { return os.WriteFile(css, []byte("a { color: red }"), 0o644) })
	if len(told) != 0 {
		t.Errorf("told %q, want nothing: the folder is watched again", told)
	}
}

// TestWatchRepointedLink: a linked theme re-pointed to another folder
// (ln -sfn v2 themes/lab, a rename over the link) is watched where it
// points now.
func TestWatchRepointedLink(t *testing.T) {
	dir := t.TempDir()
	v1, v2, themes := filepath.Join(dir, "v1"), filepath.Join(dir, "v2"), filepath.Join(dir, "site", "themes")
	for _, d := range []string{filepath.Join(v1, "static"), filepath.Join(v2, "static"), themes} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	lab := filepath.Join(themes, "lab")
	if err := os.Symlink(v1, lab); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	w, err := newWatcher([]string{themes}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	defer w.close()
	// seen waits for the watcher to report want, handling every event.
	seen := func(want string) bool {
		timeout := time.After(5 * time.Second)
		for {
			select {
			case ev := <-w.fs.Events:
				if slices.Contains(w.handle(ev), want) {
					return true
				}
			case err := <-w.fs.Errors:
				t.Fatal(err)
			case <-timeout:
				return false
			}
		}
	}
	tmp := filepath.Join(themes, ".lab.tmp")
	if err := os.Symlink(v2, tmp); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, lab); err != nil {
		t.Fatal(err)
	}
	if !seen(lab) {
		t.Fatal("the re-pointed link is not seen")
	}
	if err := os.WriteFile(filepath.Join(v2, "static", "lab.css"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(lab, "static", "lab.css"); !seen(want) {
		t.Errorf("no change of %s seen, in the folder the link names now", want)
	}
}
