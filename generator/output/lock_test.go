//go:build unix

package output

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestLockAfterRemoval: a locker that opened the lock file just before
// its holder removed it gets the lock on that file once the holder lets
// go, a lock no one else sees; it must tell and try the new file, and a
// lock on the new file must still keep others out.
func TestLockAfterRemoval(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".public.lock")
	unlockA, err := lock(t.Context(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	stale, err := os.OpenFile(path, os.O_RDWR, 0) // B opens it, then A lets go
	if err != nil {
		t.Fatal(err)
	}
	defer stale.Close()
	unlockA()
	unlockC, err := lock(t.Context(), path, nil) // C takes a new file
	if err != nil {
		t.Fatal(err)
	}
	defer unlockC()
	if err := syscall.Flock(int(stale.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatalf("flock of the removed file: %v", err)
	}
	if current(stale, path) {
		t.Error("B's lock on the removed file passes for the lock: B and C would both build")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 3*lockPoll)
	defer cancel()
	if unlock, err := lock(ctx, path, nil); !errors.Is(err, context.DeadlineExceeded) {
		if err == nil {
			unlock()
		}
		t.Errorf("lock while C holds the new file = %v, want it to wait", err)
	}
}

// TestLockFileRemoved: a build leaves no lock file beside its output
// folder (where a server would serve it), whether it succeeded, failed
// or was cancelled, and an import none in the site folder.
func TestLockFileRemoved(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "digest")
	lockFile := filepath.Join(parent, ".digest.lock")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, c := range []struct {
		name string
		run  func() error
	}{
		{"committed", func() error { return Write(context.Background(), dir, []model.File{file("index.html", "1")}) }},
		{"aborted", func() error {
			w, err := Begin(context.Background(), dir, nil)
			if err == nil {
				w.Abort()
			}
			return err
		}},
		{"cancelled", func() error {
			Write(cancelled, dir, []model.File{file("index.html", "2")})
			return nil
		}},
		{"import", func() error {
			unlock, err := LockSources(context.Background(), parent, nil)
			if err == nil {
				unlock()
			}
			lockFile = filepath.Join(parent, ".public.lock")
			return err
		}},
	} {
		if err := c.run(); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if _, err := os.Lstat(lockFile); !os.IsNotExist(err) {
			t.Errorf("%s: %s left behind (%v)", c.name, lockFile, err)
		}
	}
}
