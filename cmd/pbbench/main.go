// Command pbbench is the driver behind `make bench`: it measures clean
// builds, incremental rebuilds and the search budgets of Paperboy on
// generated corpora.
//
//	go run ./cmd/pbbench [-sizes 1000,10000,100000] [-runs 3] [-seed 1] [-work DIR] [-hugo]
//
// For each size it generates a corpus with cmd/gencorpus (cached in the
// work folder by size, seed and generator), builds cmd/paperboy once, and
// runs `paperboy build` as a subprocess: -warmup runs, then -runs timed
// clean builds (the previous public/ moved aside first), reporting the
// median wall time, pages per second, peak RSS, output files and bytes and
// the time of each stage. It then times `cp -r` of the output (the disk's
// floor), starts `paperboy serve` and times -edits edits of one paper from
// the file write to the live-reload event, and builds the site in-process
// with generator.Build to report the search budgets: the bytes a first
// query downloads (gzip) against 150 KB, and the index size against 40% of
// the site's HTML.
//
// The benchmark builds exactly what a normal build does: the same binary,
// the same flags, every page, feed, related list and search file. With
// -hugo it also times Hugo on the same corpus (../shared/bench/hugo-site).
//
// Progress goes to stderr, the tables to stdout.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintf(os.Stderr, "pbbench: %v\n", err)
		os.Exit(1)
	}
}

// config is the command line.
type config struct {
	sizes    []int
	runs     int
	warmup   int
	edits    int
	seed     uint64
	work     string // folder for binaries, corpora and copies
	trash    string // old outputs and copies, deleted when the run ends
	root     string // the module root, where cmd/paperboy lives
	paperboy string // a prebuilt paperboy binary; "" builds one
	search   bool
	hugo     bool
	hugoSite string
}

// run parses args, then benchmarks every size and prints the tables.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := parseArgs(args, stderr)
	if err != nil {
		return err
	}
	logf := func(format string, a ...any) { fmt.Fprintf(stderr, format+"\n", a...) }
	tools, err := buildTools(ctx, cfg, logf)
	if err != nil {
		return err
	}
	// Nothing is deleted until every figure is taken: on a file system like
	// ext4 without a journal, files made in the minutes after a large
	// delete cost several times the system time (the inode allocator skips
	// recently freed inodes one by one), which would skew every later build.
	defer os.RemoveAll(cfg.trash)
	rep := report{env: environment(ctx, tools), runs: cfg.runs, warmup: cfg.warmup}
	for _, n := range cfg.sizes {
		logf("== %d papers", n)
		site, err := ensureCorpus(ctx, tools.gencorpus, cfg.root, cfg.work, n, cfg.seed, logf)
		if err != nil {
			return err
		}
		r, err := benchSize(ctx, cfg, tools, site, n, logf)
		if err != nil {
			return fmt.Errorf("%d papers: %w", n, err)
		}
		rep.sizes = append(rep.sizes, r)
		if cfg.hugo {
			h, err := benchHugo(ctx, cfg, site, n, logf)
			if err != nil {
				logf("hugo: %v", err)
			} else {
				rep.hugo = append(rep.hugo, h)
			}
		}
	}
	rep.print(stdout)
	return nil
}

// parseArgs reads the flags.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("pbbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sizes := fs.String("sizes", "1000,10000,100000", "comma-separated corpus sizes (papers)")
	cfg := config{}
	fs.IntVar(&cfg.runs, "runs", 3, "timed clean builds per size (the median is reported)")
	fs.IntVar(&cfg.warmup, "warmup", 1, "untimed builds before the timed ones")
	fs.IntVar(&cfg.edits, "edits", 5, "edits timed in serve (0 skips the incremental measurement)")
	fs.Uint64Var(&cfg.seed, "seed", 1, "corpus seed")
	fs.StringVar(&cfg.work, "work", filepath.Join(os.TempDir(), "pbbench"), "work folder: binaries, cached corpora, copies")
	fs.StringVar(&cfg.paperboy, "paperboy", "", "use this paperboy binary instead of building ./cmd/paperboy")
	fs.BoolVar(&cfg.search, "search", true, "measure the search budgets with an in-process build")
	fs.BoolVar(&cfg.hugo, "hugo", false, "also time Hugo on the same corpus (needs hugo on PATH)")
	fs.StringVar(&cfg.hugoSite, "hugo-site", "", "the Hugo site skeleton (default ../shared/bench/hugo-site next to the module)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q; pass sizes with -sizes", fs.Arg(0))
	}
	for s := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("-sizes: %q is not a number of papers", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.runs < 1 || cfg.warmup < 0 || cfg.edits < 0 {
		return cfg, fmt.Errorf("-runs must be at least 1, -warmup and -edits at least 0")
	}
	root, err := moduleRoot()
	if err != nil {
		return cfg, err
	}
	cfg.root = root
	if cfg.hugoSite == "" {
		cfg.hugoSite = filepath.Join(root, "..", "shared", "bench", "hugo-site")
	}
	if cfg.work, err = filepath.Abs(cfg.work); err != nil {
		return cfg, err
	}
	cfg.trash = filepath.Join(cfg.work, "trash")
	return cfg, os.MkdirAll(cfg.work, 0o755)
}
