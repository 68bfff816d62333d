package main

import (
	"bytes"
	"context"
	"debug/buildinfo"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
)

// modulePath is the module whose commands the benchmark builds.
const modulePath = "github.com/paperboy-digest/paperboy"

// tools are the binaries the benchmark runs and what the paperboy binary
// supports.
type tools struct {
	paperboy, gencorpus string
	timings             bool // build --timings prints "stage <name> <duration>" lines
	serve               bool // the serve command exists
}

// moduleRoot returns the folder of the go.mod of modulePath, searching from
// the working folder upwards.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module "+modulePath+"\n")) {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the paperboy module; run pbbench from the repository (make bench)")
		}
		dir = parent
	}
}

// goBuild builds the command pkg (a path below the module root) into out.
func goBuild(ctx context.Context, root, pkg, out string) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./"+pkg)
	cmd.Dir = root
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./%s: %v\n%s", pkg, err, msg)
	}
	return nil
}

// buildTools builds gencorpus, and paperboy unless cfg names a binary, into
// the work folder, and asks paperboy what it supports.
func buildTools(ctx context.Context, cfg config, logf func(string, ...any)) (tools, error) {
	bin := filepath.Join(cfg.work, "bin")
	t := tools{paperboy: cfg.paperboy, gencorpus: filepath.Join(bin, exe("gencorpus"))}
	logf("building cmd/gencorpus and cmd/paperboy into %s", bin)
	if err := goBuild(ctx, cfg.root, "cmd/gencorpus", t.gencorpus); err != nil {
		return t, err
	}
	if t.paperboy == "" {
		t.paperboy = filepath.Join(bin, exe("paperboy"))
		if err := goBuild(ctx, cfg.root, "cmd/paperboy", t.paperboy); err != nil {
			return t, err
		}
	} else if abs, err := filepath.Abs(t.paperboy); err == nil {
		t.paperboy = abs
	}
	help, _ := exec.CommandContext(ctx, t.paperboy, "help", "build").CombinedOutput()
	t.timings = bytes.Contains(help, []byte("--timings"))
	t.serve = exec.CommandContext(ctx, t.paperboy, "help", "serve").Run() == nil
	return t, nil
}

// exe returns name with the platform's executable suffix.
func exe(name string) string {
	if runtime.GOOS == "windows" {
		return name + ".exe"
	}
	return name
}

// environment describes the machine and binaries, for the report's header.
func environment(ctx context.Context, t tools) string {
	ver, _ := exec.CommandContext(ctx, t.paperboy, "version").Output()
	ver, _, _ = bytes.Cut(ver, []byte("\n")) // its first line names the version
	gov, _ := exec.CommandContext(ctx, "go", "env", "GOVERSION").Output()
	return fmt.Sprintf("%s (%s), %s/%s, %d CPUs, %s",
		strings.TrimSpace(string(ver)), pgoOf(t.paperboy), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), strings.TrimSpace(string(gov)))
}

// pgoOf says whether the binary at path was compiled with a PGO profile
// (cmd/paperboy/default.pgo, see make pgo), and which.
func pgoOf(path string) string {
	info, err := buildinfo.ReadFile(path)
	if err != nil {
		return "build settings unknown"
	}
	return pgoSetting(info)
}

// pgoSetting reads the -pgo build setting of info.
func pgoSetting(info *debug.BuildInfo) string {
	for _, s := range info.Settings {
		if s.Key == "-pgo" && s.Value != "" {
			return "PGO " + filepath.Base(s.Value)
		}
	}
	return "no PGO"
}
