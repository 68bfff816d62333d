package main

import (
	"context"
	"path/filepath"
	"runtime"
	"time"
)

// sizeResult is what the benchmark measured for one corpus size.
type sizeResult struct {
	papers      int
	runs        []buildRun // the timed clean builds
	usage                  // their medians
	stages      []stage
	stagesFrom  string // "--timings", or where the stage figures came from instead
	out         outputStats
	cp          time.Duration
	incremental incremental
	search      *searchBudget // nil without -search
}

// benchSize runs every measurement on the corpus in site.
func benchSize(ctx context.Context, cfg config, t tools, site string, n int, logf func(string, ...any)) (sizeResult, error) {
	r := sizeResult{papers: n}
	for i := range cfg.warmup + cfg.runs {
		b, err := cleanBuild(ctx, t, site, cfg.trash)
		if err != nil {
			return r, err
		}
		if i < cfg.warmup {
			logf("warm-up build: %s", b.wall.Round(time.Millisecond))
			continue
		}
		logf("clean build %d/%d: %s, %.0f MB peak", i-cfg.warmup+1, cfg.runs, b.wall.Round(time.Millisecond), float64(b.rssKB)/1024)
		r.runs = append(r.runs, b)
	}
	var us []usage
	var stageRuns [][]stage
	for _, b := range r.runs {
		us, stageRuns = append(us, b.usage), append(stageRuns, b.stages)
	}
	r.usage, r.stages = medianUsage(us), medianStages(stageRuns)
	r.stagesFrom = "--timings"

	public := filepath.Join(site, "public")
	var err error
	if r.out, err = countOutput(public); err != nil {
		return r, err
	}
	if r.cp, err = copyFloor(ctx, public, cfg.work, cfg.trash); err != nil {
		return r, err
	}
	logf("cp -r of the output: %s", r.cp.Round(time.Millisecond))

	if r.incremental, err = measureIncremental(ctx, t, site, cfg.edits, logf); err != nil {
		return r, err
	}

	if cfg.search {
		logf("search budgets: building in-process")
		b, err := measureSearch(ctx, site)
		if err != nil {
			return r, err
		}
		r.search = &b
		runtime.GC() // give the in-process site back before the next size
	}
	if len(r.runs) > 0 && !r.runs[0].fromTimings {
		// No --timings yet: take the pipeline stages from the in-process
		// build and keep the write stage the summary lines gave.
		r.stagesFrom = "summary lines (write only)"
		if r.search != nil {
			r.stages = append(append([]stage(nil), r.search.stages...), r.stages...)
			r.stagesFrom = "in-process generator.Build; write from the CLI's summary lines"
		}
	}
	return r, nil
}
