package serve

import (
	"context"
	"errors"
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
		full    bool // events were lost: rebuild everything
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
				changed = make([]string, 0, len(pending))
				for p := range pending {
					changed = append(changed, p)
				}
				slices.Sort(changed)
			}
			clear(pending)
			full = false
			s.rebuild(ctx, changed)
		}
	}
}
