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
	usage
	stages      []stage
	fromTimings bool // stages came from --timings (else only write, from the summary lines)
}

// usage is what a command cost: wall time, CPU time and peak memory.
type usage struct {
	wall, user, sys time.Duration
	rssKB           int64 // peak resident set of the process
}

// medianUsage returns the median of each figure of us.
func medianUsage(us []usage) usage {
	var wall, user, sys []time.Duration
	var rss []int64
	for _, u := range us {
		wall, user, sys, rss = append(wall, u.wall), append(user, u.user), append(sys, u.sys), append(rss, u.rssKB)
	}
	return usage{wall: median(wall), user: median(user), sys: median(sys), rssKB: median(rss)}
}

// outputStats counts a built output folder.
type outputStats struct {
	files, pages int // every file; the HTML pages among them
	bytes        int64
}

// timedCommand runs cmd and returns what it cost. CPU time is the steadier
// figure on a shared machine, where wall time also holds other tenants' load.
func timedCommand(cmd *exec.Cmd) (usage, error) {
	start := time.Now()
	err := cmd.Run()
	u := usage{wall: time.Since(start)}
	if ps := cmd.ProcessState; ps != nil {
		u.user, u.sys, u.rssKB = ps.UserTime(), ps.SystemTime(), maxRSSKB(ps)
	}
	return u, err
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
	u, err := timedCommand(cmd)
	if err != nil {
		return buildRun{}, fmt.Errorf("paperboy %s: %v\n%s", strings.Join(args, " "), err, tail(stderr.String(), 20))
	}
	r := buildRun{usage: u}
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
// The copy is moved into trash afterwards, like old outputs.
func copyFloor(ctx context.Context, dir, work, trash string) (time.Duration, error) {
	dst := filepath.Join(work, "cpcopy")
	if err := moveAside(dst, trash); err != nil {
		return 0, err
	}
	defer moveAside(dst, trash)
	exec.CommandContext(ctx, "sync").Run() // best effort: start from a quiet disk
	cmd := exec.CommandContext(ctx, "cp", "-r", dir, dst)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	u, err := timedCommand(cmd)
	if err != nil {
		return 0, fmt.Errorf("cp -r %s: %v: %s", dir, err, stderr.String())
	}
	return u.wall, nil
}

// tail returns the last n lines of s.
func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
