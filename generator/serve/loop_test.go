package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/fsnotify/fsnotify"
)

// TestSaveInProgressWaits feeds the watch loop the events of editors'
// saves that pass through a state where the file is gone or empty, with
// the loop's debounce elapsing in that state (a slow editor, or a busy
// machine), and checks that the loop builds once, after the save, with
// the saved file's final content.
func TestSaveInProgressWaits(t *testing.T) {
	type step struct {
		do     func(p string) error // the editor's file operations
		events []fsnotify.Event     // what fsnotify reports for them; Name "" is p
	}
	write := func(text string) func(string) error {
		return func(p string) error { return os.WriteFile(p, []byte(text), 0o644) }
	}
	ev := func(op fsnotify.Op, suffix string) fsnotify.Event { return fsnotify.Event{Name: suffix, Op: op} }
	tests := []struct {
		name   string
		during step // the save's first half, after which the debounce elapses
		after  step // its end
	}{
		{
			name:   "delete and create",
			during: step{os.Remove, []fsnotify.Event{ev(fsnotify.Remove, "")}},
			after:  step{write("new"), []fsnotify.Event{ev(fsnotify.Create, ""), ev(fsnotify.Write, "")}},
		},
		{
			name:   "truncate, then write",
			during: step{write(""), []fsnotify.Event{ev(fsnotify.Write, "")}},
			after:  step{write("new"), []fsnotify.Event{ev(fsnotify.Write, "")}},
		},
		{
			name: "rename to a backup, write anew, remove the backup (vim's writebackup)",
			during: step{func(p string) error { return os.Rename(p, p+"~") },
				[]fsnotify.Event{ev(fsnotify.Rename, ""), ev(fsnotify.Create, "~")}},
			after: step{func(p string) error {
				if err := os.WriteFile(p, []byte("new"), 0o644); err != nil {
					return err
				}
				return os.Remove(p + "~")
			}, []fsnotify.Event{ev(fsnotify.Create, ""), ev(fsnotify.Write, ""), ev(fsnotify.Remove, "~")}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "a.md")
			if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			type build struct {
				changed []string
				text    string
				err     error
			}
			builds := make(chan build, 8)
			settling := make(chan struct{}, 8)
			events := runLoop(t, dir, Options{
				Build: func(_ context.Context, changed []string) (Site, error) {
					data, err := os.ReadFile(p)
					builds <- build{slices.Clone(changed), string(data), err}
					return Site{}, nil
				},
				Debounce: 10 * time.Millisecond, // the hook, not the clock, orders the steps
			}, func() { settling <- struct{}{} })

			run := func(st step) {
				t.Helper()
				if err := st.do(p); err != nil {
					t.Fatal(err)
				}
				for _, e := range st.events {
					e.Name = p + e.Name
					events <- e
				}
			}
			run(tt.during)
			select {
			case b := <-builds:
				t.Fatalf("built in the middle of the save: changed %q, file %q (%v); want the build put off until the save ends", b.changed, b.text, b.err)
			case <-settling:
			case <-time.After(wait):
				t.Fatal("the loop neither built nor put the build off")
			}
			run(tt.after)
			var b build
			select {
			case b = <-builds:
			case <-time.After(wait):
				t.Fatal("no build after the save")
			}
			if want := []string{p}; !slices.Equal(b.changed, want) || b.text != "new" {
				t.Errorf("build after the save: changed %q, file %q (%v); want %q, %q", b.changed, b.text, b.err, want, "new")
			}
		})
	}
}

// TestManyFilesOneBurst feeds the watch loop a change of many files whose
// events go on for longer than maxWaitBursts debounce intervals without a
// pause (git checkout): it is one build of them all, not one per
// maxWaitBursts intervals. It runs in a synctest bubble, on its fake
// clock: the pauses are exact whatever the machine's load.
func TestManyFilesOneBurst(t *testing.T) {
	synctest.Test(t, testManyFilesOneBurst)
}

func testManyFilesOneBurst(t *testing.T) {
	dir := t.TempDir()
	const debounce = 100 * time.Millisecond
	var names []string
	for i := range 12 * maxWaitBursts {
		p := filepath.Join(dir, fmt.Sprintf("%03d.md", i))
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, p)
	}
	builds := make(chan []string, 8)
	events := runLoop(t, dir, Options{
		Build: func(_ context.Context, changed []string) (Site, error) {
			builds <- slices.Clone(changed)
			return Site{}, nil
		},
		Debounce: debounce,
	}, nil)

	// One path every debounce/10: the events last 12 maxWaitBursts intervals.
	for _, p := range names {
		events <- fsnotify.Event{Name: p, Op: fsnotify.Write}
		select {
		case b := <-builds:
			t.Fatalf("built %d of the %d changed files while they were still changing", len(b), len(names))
		case <-time.After(debounce / 10):
		}
	}
	select {
	case b := <-builds:
		if !slices.Equal(b, names) {
			t.Errorf("build of %d files, want one of all %d", len(b), len(names))
		}
	case <-time.After(wait):
		t.Fatal("no build after the change")
	}
}

// runLoop runs the watch loop of a Server for opts, with settling as its
// hook, on a watcher of dir whose events are the returned channel's,
// until the test ends.
func runLoop(t *testing.T, dir string, opts Options, settling func()) chan<- fsnotify.Event {
	t.Helper()
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	s.settling = settling
	events := make(chan fsnotify.Event)
	w := &watcher{fs: &fsnotify.Watcher{Events: events, Errors: make(chan error)}, roots: []string{dir},
		files: map[string]bool{}, dirs: map[string]bool{}, awaited: map[string]bool{}, logf: t.Logf}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.watchLoop(ctx, w); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return events
}

// TestTwoPartSave: a save in two parts with a pause between, whose first
// part reads as a mistake (a build of it fails), shows no error on open
// pages: the error waits for the rest of the save, whose build takes its
// place. A mistake that stays is shown, once the wait is over.
func TestTwoPartSave(t *testing.T) {
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<p>first</p>"})
	url, _ := start(t, site.options())
	events := subscribe(t, url+"/"+eventsPath, nil)
	site.write(t, "content/a.md", "<p>ERROR half")
	time.Sleep(3 * site.options().Debounce) // its build fails
	site.write(t, "content/a.md", "<p>second</p>")
	deadline := time.After(wait)
	for saved := false; !saved; {
		select {
		case ev := <-events:
			if ev.name == "error" {
				t.Fatalf("an error was shown for a save in two parts: %s", ev.data)
			}
			_, body := get(t, url+"/a/")
			saved = strings.Contains(body, "second")
		case <-deadline:
			t.Fatal("no reload after the save")
		}
	}
	site.write(t, "content/a.md", "<p>ERROR for good</p>")
	select {
	case ev := <-events:
		if ev.name != "error" || !strings.Contains(ev.data, "ERROR is not allowed") {
			t.Errorf("event %s %q, want the error", ev.name, ev.data)
		}
	case <-time.After(wait):
		t.Error("a mistake that stays is not shown")
	}
}
