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
	reload  []time.Duration // from the file write to the reload event, per edit
	server  []time.Duration // the server's own build time, per edit (when it logs it)
	skipped string          // why nothing was measured, or ""
}

// measureIncremental starts `paperboy serve` on site, follows its event
// stream and times edits edits of one paper, from writing the file to the
// reload event. The paper is restored afterwards.
func measureIncremental(ctx context.Context, t tools, site string, edits int, logf func(string, ...any)) (incremental, error) {
	if !t.serve {
		return incremental{skipped: "serve not available"}, nil
	}
	if edits == 0 {
		return incremental{skipped: "-edits 0"}, nil
	}
	paper, err := pickPaper(site)
	if err != nil {
		return incremental{}, err
	}
	orig, err := os.ReadFile(paper)
	if err != nil {
		return incremental{}, err
	}
	marker := filepath.Join(site, editingFile)
	if err := os.WriteFile(marker, []byte(paper), 0o644); err != nil {
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
	// Stop the server before putting the paper back, so the restore does
	// not trigger a rebuild, and leave the marker if the restore fails.
	defer func() {
		cancel()
		<-exited
		if os.WriteFile(paper, orig, 0o644) == nil {
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
	for i := range edits {
		changed := editAbstract(orig, i+1)
		drain(log.lines)
		start := time.Now()
		if err := os.WriteFile(paper, changed, 0o644); err != nil {
			return res, err
		}
		if _, err := waitEvent(waitCtx, events, "reload", rebuildTimeout); err != nil {
			return res, fmt.Errorf("edit %d of %s: %w\n%s", i+1, paper, err, tail(log.String(), 20))
		}
		res.reload = append(res.reload, time.Since(start))
		if m, err := waitLine(waitCtx, log, rebuiltLine, 2*time.Second); err == nil {
			if d, ok := parseDuration(m); ok {
				res.server = append(res.server, d)
			}
		}
		logf("incremental: edit %d: %s", i+1, res.reload[i].Round(time.Millisecond))
		time.Sleep(200 * time.Millisecond) // let the watcher settle
	}
	return res, nil
}

// pickPaper returns the paper file in the middle of the sorted list.
func pickPaper(site string) (string, error) {
	names, err := filepath.Glob(filepath.Join(site, "content", "papers", "*.md"))
	if err != nil || len(names) == 0 {
		return "", fmt.Errorf("%s has no papers to edit", site)
	}
	slices.Sort(names)
	return names[len(names)/2], nil
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
