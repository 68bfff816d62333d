package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// buildRun is one timed clean build.
type buildRun struct {
	wall        time.Duration
	rssKB       int64 // peak resident set of the build process
	stages      []stage
	fromTimings bool // stages came from --timings (else only write, from the summary lines)
}

// outputStats counts a built output folder.
type outputStats struct {
	files, pages int // every file; the HTML pages among them
	bytes        int64
}

// timedCommand runs cmd and returns its wall time and peak RSS.
func timedCommand(cmd *exec.Cmd) (time.Duration, int64, error) {
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return wall, 0, err
	}
	return wall, maxRSSKB(cmd.ProcessState), err
}

// moveAside moves dir, if it exists, into a new folder under trash, so the
// next build starts clean without paying for a delete.
func moveAside(dir, trash string) error {
	if _, err := os.Lstat(dir); os.IsNotExist(err) {
		return nil
	}
	if err := os.MkdirAll(trash, 0o755); err != nil {
		return err
	}
	to, err := os.MkdirTemp(trash, "old-")
	if err != nil {
		return err
	}
	return os.Rename(dir, filepath.Join(to, filepath.Base(dir)))
}

// cleanBuild moves site/public aside and times `paperboy build -s site`,
// asking for --timings when the binary has it.
func cleanBuild(ctx context.Context, t tools, site, trash string) (buildRun, error) {
	if err := moveAside(filepath.Join(site, "public"), trash); err != nil {
		return buildRun{}, err
	}
	args := []string{"build", "-s", site}
	if t.timings {
		args = append(args, "--timings")
	}
	cmd := exec.CommandContext(ctx, t.paperboy, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	wall, rss, err := timedCommand(cmd)
	if err != nil {
		return buildRun{}, fmt.Errorf("paperboy %s: %v\n%s", strings.Join(args, " "), err, tail(stderr.String(), 20))
	}
	r := buildRun{wall: wall, rssKB: rss}
	r.stages, r.fromTimings = parseStages(stderr.String())
	return r, nil
}

// countOutput counts the files, HTML pages and bytes under dir.
func countOutput(dir string) (outputStats, error) {
	var st outputStats
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		st.files++
		st.bytes += info.Size()
		if strings.HasSuffix(path, ".html") {
			st.pages++
		}
		return nil
	})
	return st, err
}

// copyFloor times `cp -r dir` into a scratch folder under work: reading and
// writing the same bytes, the least any generator could spend on output.
func copyFloor(ctx context.Context, dir, work string) (time.Duration, error) {
	dst := filepath.Join(work, "cpcopy")
	if err := os.RemoveAll(dst); err != nil {
		return 0, err
	}
	defer os.RemoveAll(dst)
	exec.CommandContext(ctx, "sync").Run() // best effort: start from a quiet disk
	cmd := exec.CommandContext(ctx, "cp", "-r", dir, dst)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	wall, _, err := timedCommand(cmd)
	if err != nil {
		return 0, fmt.Errorf("cp -r %s: %v: %s", dir, err, stderr.String())
	}
	return wall, nil
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
