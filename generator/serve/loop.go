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
// delay a rebuild after the last path it added, so a file written without
// pause still gets rebuilt. Counting from the last new path rather than
// the burst's first event keeps a change of many files one burst: git
// checkout of 1,000 paper files of a 10,000-paper site here sends its
// events over 815 ms without a pause of 1 ms, and was cut into several
// builds, each of them full.
const maxWaitBursts = 10

// maxSettleBursts bounds how many debounce intervals a burst waits for a
// save in progress to end (see midSave) before it rebuilds anyway: a file
// deleted, or emptied, for good is then built as it is. Measured saves of
// a paper file (one write; truncate and write in chunks, as vim and VS
// Code do; a temporary file renamed over it; delete and create) end
// within 10ms of their first event on an idle machine, and a full build
// running beside them (serve's Complete takes both cores) stretches that;
// 20 intervals, 300ms by default, leave room for a busy machine and cost
// a removal that much.
const maxSettleBursts = 20

// watchLoop turns the watcher's events into rebuilds until ctx is done: the
// changed paths of one burst (events less than Debounce apart) are passed to
// one build. Builds run one at a time; changes made during a build are
// collected and form the next burst.
func (s *Server) watchLoop(ctx context.Context, w *watcher) {
	var (
		pending = map[string]bool{}
		created = map[string]bool{} // pending paths whose first event was a Create
		full    bool                // events were lost: rebuild everything
		lastNew time.Time           // when the burst last added a path (see maxWaitBursts)
		timer   = time.NewTimer(time.Hour)
		armed   bool
		// held publishes a failed build's errors that wait for the rest
		// of a save (see saveGrace) until hold fires; a change first
		// stops hold, and the build that follows takes their place.
		held func()
		hold = time.NewTimer(time.Hour)
	)
	timer.Stop()
	defer timer.Stop()
	hold.Stop()
	defer hold.Stop()

	schedule := func() {
		now := time.Now()
		if !armed {
			lastNew, armed = now, true
		}
		wait := min(s.opts.Debounce, lastNew.Add(maxWaitBursts*s.opts.Debounce).Sub(now))
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
			hold.Stop() // the build this change starts decides
			for _, p := range paths {
				if !pending[p] {
					if ev.Has(fsnotify.Create) {
						created[p] = true
					}
					lastNew = time.Now() // a path new to the burst: it goes on
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
			if !full && time.Since(lastNew) < maxSettleBursts*s.opts.Debounce && midSave(pending, created) {
				// The editor has not finished saving: a build now would
				// read the file gone or empty, and fail or take the full
				// path, and the next event would build again.
				if s.settling != nil {
					s.settling()
				}
				timer.Reset(s.opts.Debounce)
				continue
			}
			armed = false
			var changed []string
			if !full {
				changed = settled(pending, created)
			}
			clear(pending)
			clear(created)
			if !full && len(changed) == 0 {
				if held != nil {
					held() // no build follows to take its place
					held = nil
				}
				continue // only files that came and went: nothing changed
			}
			full = false
			if held = s.rebuild(ctx, changed); held != nil {
				hold.Reset(saveGrace * s.opts.Debounce)
			}
		case <-hold.C:
			if held != nil {
				held()
				held = nil
			}
		}
	}
}

// midSave reports whether a pending path looks like a save in progress:
// a file that was there before the burst and is gone (removed or renamed
// away by an editor that writes it anew: delete and create, vim's
// writebackup) or a file that is empty (truncated before it is written
// again). A temporary file created during the burst and gone again is
// not one (settled leaves it out).
func midSave(pending, created map[string]bool) bool {
	for p := range pending {
		fi, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist) && !created[p]:
			return true
		case err == nil && fi.Mode().IsRegular() && fi.Size() == 0:
			return true
		}
	}
	return false
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
