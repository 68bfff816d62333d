//go:build unix

package output

import (
	"context"
	"errors"
	"os"
	"syscall"
	"time"
)

// lockPoll is how often a build waiting for another one tries the lock.
const lockPoll = 100 * time.Millisecond

// lock takes an exclusive lock on path. While another build holds it, it
// calls waiting (when not nil) once with path and tries again every lockPoll until it gets the lock
// or ctx is done (a blocking flock would not hear Ctrl-C or a CI job's
// SIGTERM). The kernel releases the lock when the process ends, even if
// it is killed.
//
// Letting go removes the lock file, so none is left beside the output
// folder (where a server would serve it, .digest.lock in /srv/www/~group/)
// or in the site folder. The file is removed while the lock is still held,
// and a locker that got the lock checks that its file is still the one at
// path, trying again on a new file when not: another process may have
// opened the old file before it was removed, and locking it then locks
// nothing anyone else sees.
func lock(ctx context.Context, path string, waiting func(lock string)) (func(), error) {
	for told := false; ; {
		f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
		if err != nil {
			return nil, err
		}
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			if current(f, path) {
				return func() {
					os.Remove(path)
					syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
					f.Close()
				}, nil
			}
			f.Close() // its holder removed it: lock the new one
			continue
		}
		f.Close()
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			return nil, err
		}
		if !told && waiting != nil {
			waiting(path)
		}
		told = true
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(lockPoll):
		}
	}
}

// current reports whether the open file f is still the file at path.
func current(f *os.File, path string) bool {
	held, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Stat(path)
	return err == nil && os.SameFile(held, now)
}
