package serve

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"slices"
	"time"

	"github.com/fsnotify/fsnotify"
)

// maxWaitBursts bounds how many debounce intervals one burst of changes may
// delay a rebuild, so a file written without pause still gets rebuilt.
const maxWaitBursts = 10

// watchLoop turns the watcher's events into rebuilds until ctx is done: the
// changed paths of one burst (events less than Debounce apart) are passed to
// one build. Builds run one at a time; changes made during a build are
// collected and form the next burst.
func (s *Server) watchLoop(ctx context.Context, w *watcher) {
	var (
		pending = map[string]bool{}
		created = map[string]bool{} // pending paths whose first event was a Create
		full    bool                // events were lost: rebuild everything
		first   time.Time
		timer   = time.NewTimer(time.Hour)
		armed   bool
	)
	timer.Stop()
	defer timer.Stop()

	schedule := func() {
		now := time.Now()
		if !armed {
			first, armed = now, true
		}
		wait := min(s.opts.Debounce, first.Add(maxWaitBursts*s.opts.Debounce).Sub(now))
		timer.Reset(max(wait, 0))
	}
	for {
		select {
		case <-ctx.Done():
			return
		case site := <-s.opts.Updates:
			s.update(site)
		case ev, ok := <-w.fs.Events:
			if !ok {
				return
			}
			paths := w.handle(ev)
			if len(paths) == 0 {
				continue
			}
			for _, p := range paths {
				if !pending[p] && ev.Has(fsnotify.Create) {
					created[p] = true
				}
				pending[p] = true
			}
			schedule()
		case err, ok := <-w.fs.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				s.opts.Logf("serve: too many file changes at once; rebuilding everything")
				full = true
				schedule()
				continue
			}
			s.opts.Logf("serve: watching files: %v", err)
		case <-timer.C:
			armed = false
			var changed []string
			if !full {
				changed = settled(pending, created)
			}
			clear(pending)
			clear(created)
			if !full && len(changed) == 0 {
				continue // only files that came and went: nothing changed
			}
			full = false
			s.rebuild(ctx, changed)
		}
	}
}

// settled returns the pending paths, sorted, except those created during
// the burst that are gone again: the temporary file of an editor (or of
// sed -i) that was written and then renamed over the file it saves, or
// removed, changed nothing since the last build. The result is never nil.
func settled(pending, created map[string]bool) []string {
	changed := make([]string, 0, len(pending))
	for p := range pending {
		if created[p] {
			if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
				continue
			}
		}
		changed = append(changed, p)
	}
	slices.Sort(changed)
	return changed
}
