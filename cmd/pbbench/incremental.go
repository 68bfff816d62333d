package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"time"
)

// Limits of the incremental measurement.
const (
	firstBuildTimeout = 20 * time.Minute // serve's first, full build
	rebuildTimeout    = 5 * time.Minute  // one edit's rebuild
)

var (
	// servingLine is what serve logs once the first build is served.
	servingLine = regexp.MustCompile(`serving the site at (http://\S+)`)
	// rebuiltLine is what serve logs after each successful build.
	rebuiltLine = regexp.MustCompile(`^built \d+ files in (\S+)`)
)

// incremental is what the serve measurement found.
type incremental struct {
	middle, newest edits
	skipped        string // why nothing was measured, or ""
}

// edits are the timings of the edits of one paper.
type edits struct {
	reload []time.Duration // from the file write to the reload event, per edit
	server []time.Duration // the server's own build time, per edit (when it logs it)
}

// measureIncremental starts `paperboy serve` on site, follows its event
// stream and times n edits of each of two papers' abstracts, from writing
// the file to the reload event: one in the middle of the archive, which no
// feed lists, then the newest, which the whole-site feed and its topics'
// feeds do. The papers are restored afterwards.
func measureIncremental(ctx context.Context, t tools, site string, n int, logf func(string, ...any)) (incremental, error) {
	if !t.serve {
		return incremental{skipped: "serve not available"}, nil
	}
	if n == 0 {
		return incremental{skipped: "-edits 0"}, nil
	}
	middle, newest, err := pickPapers(site)
	if err != nil {
		return incremental{}, err
	}
	origs := map[string][]byte{}
	for _, p := range []string{middle, newest} {
		if origs[p], err = os.ReadFile(p); err != nil {
			return incremental{}, err
		}
	}
	marker := filepath.Join(site, editingFile)
	if err := os.WriteFile(marker, []byte(middle+"\n"+newest+"\n"), 0o644); err != nil {
		return incremental{}, err
	}

	ctx, cancel := context.WithCancel(ctx)
	cmd := exec.CommandContext(ctx, t.paperboy, "serve", "-s", site, "--port", "0")
	cmd.Cancel = func() error { return cmd.Process.Signal(os.Interrupt) }
	cmd.WaitDelay = 10 * time.Second
	log := newLineWriter()
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		cancel()
		os.Remove(marker)
		return incremental{}, err
	}
	// waitCtx ends when the server exits, so no wait outlives it.
	waitCtx, serverGone := context.WithCancel(ctx)
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		serverGone()
		close(exited)
	}()
	// Stop the server before putting the papers back, so the restore does
	// not trigger a rebuild, and leave the marker if a restore fails.
	defer func() {
		cancel()
		<-exited
		restored := true
		for p, orig := range origs {
			restored = os.WriteFile(p, orig, 0o644) == nil && restored
		}
		if restored {
			os.Remove(marker)
		}
	}()

	logf("incremental: waiting for serve's first build")
	url, err := waitLine(waitCtx, log, servingLine, firstBuildTimeout)
	if err != nil {
		return incremental{}, fmt.Errorf("serve: %w\n%s", err, tail(log.String(), 20))
	}
	events, err := openEvents(waitCtx, url+"__paperboy/events")
	if err != nil {
		return incremental{}, err
	}
	if _, err := waitEvent(waitCtx, events, "", time.Minute); err != nil {
		return incremental{}, fmt.Errorf("event stream did not open: %w", err)
	}
	var res incremental
	for _, e := range []struct {
		name  string
		paper string
		into  *edits
	}{{"middle", middle, &res.middle}, {"newest", newest, &res.newest}} {
		for i := range n {
			changed := editAbstract(origs[e.paper], i+1)
			drain(log.lines)
			start := time.Now()
			if err := os.WriteFile(e.paper, changed, 0o644); err != nil {
				return res, err
			}
			if _, err := waitEvent(waitCtx, events, "reload", rebuildTimeout); err != nil {
				return res, fmt.Errorf("edit %d of %s: %w\n%s", i+1, e.paper, err, tail(log.String(), 20))
			}
			e.into.reload = append(e.into.reload, time.Since(start))
			if m, err := waitLine(waitCtx, log, rebuiltLine, 2*time.Second); err == nil {
				if d, ok := parseDuration(m); ok {
					e.into.server = append(e.into.server, d)
				}
			}
			logf("incremental: %s paper, edit %d: %s", e.name, i+1, e.into.reload[i].Round(time.Millisecond))
			time.Sleep(200 * time.Millisecond) // let the watcher settle
		}
	}
	return res, nil
}

// pickPapers returns the paper files in the middle and at the end of the
// sorted list: papers are named by arXiv id, so by date, and the last is
// the newest.
func pickPapers(site string) (middle, newest string, err error) {
	names, err := filepath.Glob(filepath.Join(site, "content", "papers", "*.md"))
	if err != nil || len(names) == 0 {
		return "", "", fmt.Errorf("%s has no papers to edit", site)
	}
	slices.Sort(names)
	return names[len(names)/2], names[len(names)-1], nil
}

// editAbstract returns a paper's source with k words appended to the first
// line of its body.
func editAbstract(src []byte, k int) []byte {
	body := 0
	if bytes.HasPrefix(src, []byte("---\n")) {
		if end := bytes.Index(src[4:], []byte("\n---\n")); end >= 0 {
			body = 4 + end + len("\n---\n")
		}
	}
	for body < len(src) && src[body] == '\n' {
		body++
	}
	eol := bytes.IndexByte(src[body:], '\n')
	if eol < 0 {
		eol = len(src) - body
	}
	var words []byte
	for i := range k {
		words = fmt.Appendf(words, " edited%d", i+1)
	}
	return slices.Concat(src[:body+eol], words, src[body+eol:])
}

// waitLine waits for a line of log that matches re and returns its first
// submatch.
func waitLine(ctx context.Context, log *lineWriter, re *regexp.Regexp, timeout time.Duration) (string, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case line := <-log.lines:
			if m := re.FindStringSubmatch(line); m != nil {
				return m[1], nil
			}
		case <-timer.C:
			return "", fmt.Errorf("no line matching %q within %s", re, timeout)
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

// waitEvent waits for an event named name; an "error" event is a failed
// build.
func waitEvent(ctx context.Context, events <-chan string, name string, timeout time.Duration) (string, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				return "", errors.New("the event stream closed")
			}
			if ev == name {
				return ev, nil
			}
			if ev == "error" {
				return ev, errors.New("the rebuild failed")
			}
		case <-timer.C:
			return "", fmt.Errorf("no %q event within %s", name, timeout)
		case <-ctx.Done():
			return "", ctx.Err()
		}
	}
}

// drain empties ch without blocking.
func drain(ch <-chan string) {
	for {
		select {
		case <-ch:
		default:
			return
		}
	}
}
