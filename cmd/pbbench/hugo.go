package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// hugoResult is Hugo's clean build of one corpus.
type hugoResult struct {
	papers  int
	version string
	usage   // medians of the timed builds
	out     outputStats
}

// dateLine is a paper's date: line; Hugo's day pages come from a days
// taxonomy given next to it.
var dateLine = regexp.MustCompile(`(?m)^date: (\S+)$`)

// benchHugo times clean Hugo builds of the corpus in site, laid out in the
// Hugo site skeleton of cfg.hugoSite the way ../shared/bench/run.sh does.
func benchHugo(ctx context.Context, cfg config, site string, n int, logf func(string, ...any)) (hugoResult, error) {
	hugo, err := exec.LookPath("hugo")
	if err != nil {
		return hugoResult{}, fmt.Errorf("hugo is not on PATH; skipped")
	}
	if _, err := os.Stat(filepath.Join(cfg.hugoSite, "hugo.toml")); err != nil {
		return hugoResult{}, fmt.Errorf("no Hugo site skeleton at %s (-hugo-site); skipped", cfg.hugoSite)
	}
	ver, _ := exec.CommandContext(ctx, hugo, "version").Output()
	res := hugoResult{papers: n, version: strings.Join(strings.Fields(string(ver))[:min(2, len(strings.Fields(string(ver))))], " ")}
	hsite := filepath.Join(cfg.work, filepath.Base(site)+"-hugo")
	if err := layoutHugo(cfg.hugoSite, site, hsite); err != nil {
		return res, err
	}
	var us []usage
	for i := range cfg.warmup + cfg.runs {
		os.RemoveAll(filepath.Join(hsite, "resources"))
		os.Remove(filepath.Join(hsite, ".hugo_build.lock"))
		if err := moveAside(filepath.Join(hsite, "public"), cfg.trash); err != nil {
			return res, err
		}
		cmd := exec.CommandContext(ctx, hugo, "--quiet")
		cmd.Dir = hsite
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		u, err := timedCommand(cmd)
		if err != nil {
			return res, fmt.Errorf("hugo: %v\n%s", err, tail(out.String(), 20))
		}
		if i >= cfg.warmup {
			logf("hugo clean build %d/%d: %s, %.0f MB peak", i-cfg.warmup+1, cfg.runs, u.wall.Round(time.Millisecond), float64(u.rssKB)/1024)
			us = append(us, u)
		}
	}
	res.usage = medianUsage(us)
	res.out, err = countOutput(filepath.Join(hsite, "public"))
	return res, err
}

// layoutHugo copies the skeleton and the corpus in site into hsite, unless
// hsite already holds this corpus.
func layoutHugo(skeleton, site, hsite string) error {
	stamp, err := os.ReadFile(filepath.Join(site, stampFile))
	if err != nil {
		return err
	}
	if old, err := os.ReadFile(filepath.Join(hsite, stampFile)); err == nil && bytes.Equal(old, stamp) {
		return nil
	}
	if err := os.RemoveAll(hsite); err != nil {
		return err
	}
	if err := os.CopyFS(hsite, os.DirFS(skeleton)); err != nil {
		return err
	}
	papers, err := filepath.Glob(filepath.Join(site, "content", "papers", "*.md"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(hsite, "content", "papers"), 0o755); err != nil {
		return err
	}
	for _, p := range papers {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		data = dateLine.ReplaceAll(data, []byte("date: $1\ndays: [\"$1\"]"))
		if err := os.WriteFile(filepath.Join(hsite, "content", "papers", filepath.Base(p)), data, 0o644); err != nil {
			return err
		}
	}
	days, err := filepath.Glob(filepath.Join(site, "content", "days", "*.md"))
	if err != nil {
		return err
	}
	for _, d := range days {
		data, err := os.ReadFile(d)
		if err != nil {
			return err
		}
		dir := filepath.Join(hsite, "content", "days", strings.TrimSuffix(filepath.Base(d), ".md"))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "_index.md"), data, 0o644); err != nil {
			return err
		}
	}
	return os.WriteFile(filepath.Join(hsite, stampFile), stamp, 0o644)
}
