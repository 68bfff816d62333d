package output

import (
	"context"
	"path/filepath"
)

// LockSources takes the lock a build of the default destination, public/
// in the site folder site, takes (.public.lock), for a command that
// writes the site's sources: paperboy import. Two imports then take
// turns, each reading the paper files the other wrote, where the last to
// rename its files into place lost the other's changes; and a build does
// not read an import's files half written. While another holds it,
// waiting is called once with the lock's path. The returned func lets it
// go.
func LockSources(ctx context.Context, site string, waiting func(lock string)) (func(), error) {
	return lock(ctx, filepath.Join(site, ".public.lock"), waiting)
}
