package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// stageOrder are the stage columns always shown: the measured stages come
// first in the order they ran, then any of these not measured (as n/a).
var stageOrder = []string{"load", "parse", "index", "render", "feeds", "search", "write"}

// report is everything the benchmark prints.
type report struct {
	env    string // the binaries and machine
	runs   int
	warmup int
	sizes  []sizeResult
	hugo   []hugoResult
}

// print writes the tables.
func (r report) print(w io.Writer) {
	fmt.Fprintf(w, "\nPaperboy benchmark: %s\n", r.env)
	fmt.Fprintf(w, "Clean builds of `paperboy build`: median of %d runs after %d warm-up; times in seconds unless marked ms.\n\n", r.runs, r.warmup)
	r.printBuilds(w)
	r.printSearch(w)
	r.printHugo(w)
}

func (r report) printBuilds(w io.Writer) {
	var names []string
	for _, s := range r.sizes {
		for _, st := range s.stages {
			if !slices.Contains(names, st.name) {
				names = append(names, st.name)
			}
		}
	}
	for _, n := range stageOrder {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"papers", "wall s", "user s", "sys s", "pages/s", "papers/s", "peak RSS MB", "files", "pages", "MB", "cp -r s"}
	for _, n := range names {
		head = append(head, n+" ms")
	}
	head = append(head, "incremental ms", "serve build ms", "newest ms", "newest build ms")
	fmt.Fprintln(tw, strings.Join(head, "\t")+"\t")
	for _, s := range r.sizes {
		secs := s.wall.Seconds()
		row := []string{fmt.Sprint(s.papers), fmt.Sprintf("%.2f", secs), fmt.Sprintf("%.2f", s.user.Seconds()), fmt.Sprintf("%.2f", s.sys.Seconds()),
			fmt.Sprintf("%.0f", float64(s.out.pages)/secs), fmt.Sprintf("%.0f", float64(s.papers)/secs),
			fmt.Sprintf("%.0f", float64(s.rssKB)/1024), fmt.Sprint(s.out.files), fmt.Sprint(s.out.pages),
			fmt.Sprintf("%.1f", float64(s.out.bytes)/1e6), fmt.Sprintf("%.2f", s.cp.Seconds())}
		for _, n := range names {
			row = append(row, stageMS(s.stages, n))
		}
		for _, e := range []edits{s.incremental.middle, s.incremental.newest} {
			if len(e.reload) > 0 {
				row = append(row, ms(median(e.reload)), msOr(e.server))
			} else {
				row = append(row, "n/a", "n/a")
			}
		}
		fmt.Fprintln(tw, strings.Join(row, "\t")+"\t")
	}
	tw.Flush()
	fmt.Fprintln(w, "write ms: time spent writing files, summed over the goroutines writing them (part of search, render and feeds, which stream their files to disk).")
	for _, s := range r.sizes {
		if s.stagesFrom != "--timings" {
			fmt.Fprintf(w, "stages at %d papers: %s (paperboy build has no --timings)\n", s.papers, s.stagesFrom)
		}
		if s.incremental.skipped != "" {
			fmt.Fprintf(w, "incremental at %d papers: n/a (%s)\n", s.papers, s.incremental.skipped)
			continue
		}
		for _, e := range []struct {
			column, what string
			edits
		}{
			{"incremental ms", "a paper in the middle of the archive", s.incremental.middle},
			{"newest ms", "the newest paper, which the whole-site and topic feeds list", s.incremental.newest},
		} {
			if n := len(e.reload); n > 0 {
				fmt.Fprintf(w, "%s at %d papers: %s, median of %d edits, file write to reload event: %s\n",
					e.column, s.papers, e.what, n, durations(e.reload))
			}
		}
	}
	fmt.Fprintln(w)
}

func (r report) printSearch(w io.Writer) {
	var rows []sizeResult
	for _, s := range r.sizes {
		if s.search != nil {
			rows = append(rows, s)
		}
	}
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "Search budgets (issue 7; they apply at 10,000 papers), from an in-process generator.Build:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "papers\tfirst query KB gzip\tworst query\t≤ 150 KB\tindex MB\tHTML MB\tindex/HTML\t≤ 40%\tindex build ms\t")
	for _, s := range rows {
		b := s.search
		fmt.Fprintf(tw, "%d\t%.1f\t%q\t%s\t%.1f\t%.1f\t%.1f%%\t%s\t%s\t\n", s.papers,
			float64(b.firstQuery)/1000, b.worstQuery, verdict(b.firstQuery <= firstQueryBudget),
			float64(b.indexBytes)/1e6, float64(b.htmlBytes)/1e6, 100*b.indexShare(), verdict(b.indexShare() <= indexShareBudget),
			ms(b.indexBuild))
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func (r report) printHugo(w io.Writer) {
	if len(r.hugo) == 0 {
		return
	}
	fmt.Fprintf(w, "Hugo on the same corpus (%s; page kinds of ../shared/bench/hugo-site):\n", r.hugo[0].version)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "papers\twall s\tuser s\tsys s\tpages/s\tpapers/s\tpeak RSS MB\tfiles\tpages\tMB\tpaperboy/hugo wall\tpaperboy/hugo user\tpaperboy/hugo RSS\t")
	ratio := func(p, h float64) string {
		if h <= 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.2f", p/h)
	}
	for _, h := range r.hugo {
		wall, user, mem := "n/a", "n/a", "n/a"
		for _, s := range r.sizes {
			if s.papers == h.papers {
				wall, user = ratio(s.wall.Seconds(), h.wall.Seconds()), ratio(s.user.Seconds(), h.user.Seconds())
				mem = ratio(float64(s.rssKB), float64(h.rssKB))
			}
		}
		secs := h.wall.Seconds()
		fmt.Fprintf(tw, "%d\t%.2f\t%.2f\t%.2f\t%.0f\t%.0f\t%.0f\t%d\t%d\t%.1f\t%s\t%s\t%s\t\n", h.papers, secs,
			h.user.Seconds(), h.sys.Seconds(), float64(h.out.pages)/secs, float64(h.papers)/secs, float64(h.rssKB)/1024,
			h.out.files, h.out.pages, float64(h.out.bytes)/1e6, wall, user, mem)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// stageMS returns the named stage's time in ms, or n/a.
func stageMS(stages []stage, name string) string {
	for _, s := range stages {
		if s.name == name {
			return ms(s.d)
		}
	}
	return "n/a"
}

// ms formats d in milliseconds.
func ms(d time.Duration) string {
	return fmt.Sprintf("%.0f", float64(d)/float64(time.Millisecond))
}

// msOr formats the median of ds in milliseconds, or n/a for none.
func msOr(ds []time.Duration) string {
	if len(ds) == 0 {
		return "n/a"
	}
	return ms(median(ds))
}

// durations lists ds in milliseconds.
func durations(ds []time.Duration) string {
	parts := make([]string, len(ds))
	for i, d := range ds {
		parts[i] = ms(d) + " ms"
	}
	return strings.Join(parts, ", ")
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "OVER"
}
