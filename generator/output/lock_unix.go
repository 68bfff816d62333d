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
// SIGTERM). The lock file stays; the kernel releases the lock when the
// process ends, even if it is killed.
func lock(ctx context.Context, path string, waiting func(lock string)) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	for told := false; ; {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, err
		}
		if !told && waiting != nil {
			waiting(path)
		}
		told = true
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(lockPoll):
		}
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
