package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
)

// shared holds the tools setupTools builds once for all the tests of the
// process, in a folder TestMain removes: each test that built them again
// spent some 5 s of CPU on go build.
var shared struct {
	dir  string
	once sync.Once
	tl   tools
	err  error
}

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pbbench-tools-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	shared.dir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// setupTools builds the benchmark's tools once (see shared) and gives the
// test a temporary work folder, or skips the test (in -short mode, saying
// why, or without the go command).
func setupTools(t *testing.T, why string) (context.Context, tools, config, func(string, ...any)) {
	t.Helper()
	if testing.Short() {
		t.Skip(why)
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command to build cmd/paperboy")
	}
	ctx := context.Background()
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	// Without cmd/paperboy's profile, as make test compiles the packages:
	// go build then links what the test's own compile left in the cache,
	// where with it (go build's default) it compiled every package again,
	// the standard library too, 9 minutes of a fresh clone's make test at
	// load 20. The tests check what the binary writes, which PGO does not
	// change.
	t.Setenv("GOFLAGS", strings.TrimSpace(os.Getenv("GOFLAGS")+" -pgo=off"))
	cfg := config{work: t.TempDir(), root: root}
	logf := func(format string, a ...any) { t.Logf(format, a...) }
	shared.once.Do(func() {
		shared.tl, shared.err = buildTools(ctx, config{work: shared.dir, root: root}, logf)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return ctx, shared.tl, cfg, logf
}

// TestBenchmarkBuildsWhatABuildDoes runs the benchmark's own steps on a
// 200-paper corpus (build the tools, generate, one clean build as a
// subprocess) and checks the output is exactly a normal generator.Build of
// the same sources: same files, same sizes. The benchmark drops nothing.
func TestBenchmarkBuildsWhatABuildDoes(t *testing.T) {
	ctx, tl, cfg, logf := setupTools(t, "builds cmd/paperboy and a 200-paper site")
	if got := pgoOf(tl.paperboy); got != "no PGO" {
		t.Errorf("the test's paperboy was built with %s, want no PGO: from a fresh clone that compile took minutes", got)
	}
	site, err := ensureCorpus(ctx, tl.gencorpus, cfg.root, cfg.work, 200, 1, logf)
	if err != nil {
		t.Fatal(err)
	}
	run, err := cleanBuild(ctx, tl, site, filepath.Join(cfg.work, "trash"))
	if err != nil {
		t.Fatal(err)
	}
	if run.wall <= 0 || len(run.stages) == 0 {
		t.Errorf("cleanBuild = wall %v, stages %v; want a wall time and stage times", run.wall, run.stages)
	}
	if run.user+run.sys <= 0 || run.user+run.sys > 64*run.wall {
		t.Errorf("cleanBuild = user %v, system %v in %v of wall time; want the build's CPU time", run.user, run.sys, run.wall)
	}
	public := filepath.Join(site, "public")
	out, err := countOutput(public)
	if err != nil {
		t.Fatal(err)
	}

	res, err := generator.Build(ctx, generator.Options{Site: os.DirFS(site)})
	if err != nil {
		t.Fatalf("generator.Build(200-paper corpus) = %v", err)
	}
	if out.files != len(res.Files) {
		t.Errorf("benchmark build wrote %d files, want %d as generator.Build returns", out.files, len(res.Files))
	}
	var want int64
	for _, f := range res.Files {
		want += int64(len(f.Data))
		info, err := os.Stat(filepath.Join(public, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Errorf("benchmark build lacks %s: %v", f.Path, err)
			continue
		}
		if info.Size() != int64(len(f.Data)) {
			t.Errorf("benchmark build's %s has %d bytes, want %d", f.Path, info.Size(), len(f.Data))
		}
	}
	if out.bytes != want {
		t.Errorf("benchmark build wrote %d bytes, want %d", out.bytes, want)
	}

	// The corpus is cached: a second call reuses it untouched.
	before := modTimes(t, site)
	if again, err := ensureCorpus(ctx, tl.gencorpus, cfg.root, cfg.work, 200, 1, logf); err != nil || again != site {
		t.Fatalf("ensureCorpus again = %q, %v; want %q", again, err, site)
	}
	if after := modTimes(t, site); after != before {
		t.Errorf("ensureCorpus regenerated a cached corpus")
	}

	b, err := measureSearch(ctx, site)
	if err != nil {
		t.Fatal(err)
	}
	if b.files != len(res.Files) || b.firstQuery == 0 || b.indexBytes == 0 || b.htmlBytes == 0 {
		t.Errorf("measureSearch = %d files, first query %d B, index %d B, HTML %d B; want %d files and sizes above 0",
			b.files, b.firstQuery, b.indexBytes, b.htmlBytes, len(res.Files))
	}
}

// TestIncremental times two edits of each of two papers through `paperboy
// serve` and checks the edited papers are restored.
func TestIncremental(t *testing.T) {
	ctx, tl, cfg, logf := setupTools(t, "builds cmd/paperboy and serves a site")
	if !tl.serve {
		t.Skip("paperboy has no serve command yet")
	}
	site, err := ensureCorpus(ctx, tl.gencorpus, cfg.root, cfg.work, 50, 1, logf)
	if err != nil {
		t.Fatal(err)
	}
	middle, newest, err := pickPapers(site)
	if err != nil {
		t.Fatal(err)
	}
	if middle == newest {
		t.Fatalf("pickPapers picked %s twice", middle)
	}
	origs := map[string]string{}
	for _, p := range []string{middle, newest} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		origs[p] = string(data)
	}
	inc, err := measureIncremental(ctx, tl, site, 2, logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(inc.middle.reload) != 2 || len(inc.newest.reload) != 2 || inc.skipped != "" {
		t.Errorf("measureIncremental(2 edits) = %d and %d times, skipped %q; want 2 of each paper",
			len(inc.middle.reload), len(inc.newest.reload), inc.skipped)
	}
	for p, orig := range origs {
		if got, _ := os.ReadFile(p); string(got) != orig {
			t.Errorf("%s after the edits differs from before; want it restored", p)
		}
	}
	if _, err := os.Stat(filepath.Join(site, editingFile)); !os.IsNotExist(err) {
		t.Errorf("the editing marker is still there (%v); want it removed", err)
	}
}

// modTimes returns the latest modification time under dir's content/.
func modTimes(t *testing.T, dir string) time.Time {
	t.Helper()
	var latest time.Time
	err := filepath.WalkDir(filepath.Join(dir, "content"), func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err == nil && info.ModTime().After(latest) {
			latest = info.ModTime()
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return latest
}
