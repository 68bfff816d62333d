package main

import (
	"bufio"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// stage is the time one pipeline stage took.
type stage struct {
	name string
	d    time.Duration
}

// String returns "name duration", as --timings prints it.
func (s stage) String() string { return s.name + " " + s.d.String() }

var (
	// stageLine is what `paperboy build --timings` prints per stage.
	stageLine = regexp.MustCompile(`^stage (\S+) (\S+)$`)
	// builtLine and wroteLine are build's summary lines: the in-memory build
	// took the first duration, the whole command the second.
	builtLine = regexp.MustCompile(`^built .* in (\S+)$`)
	wroteLine = regexp.MustCompile(`^wrote .* in (\S+)$`)
)

// parseStages returns the stage lines of a build's stderr in order. Without
// any (a paperboy without --timings) it returns the one stage the summary
// lines give, write: the time between "built …" and "wrote …".
func parseStages(stderr string) (stages []stage, fromTimings bool) {
	var built, wrote time.Duration
	sc := bufio.NewScanner(strings.NewReader(stderr))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if m := stageLine.FindStringSubmatch(line); m != nil {
			if d, ok := parseDuration(m[2]); ok {
				stages = append(stages, stage{m[1], d})
			}
		} else if m := builtLine.FindStringSubmatch(line); m != nil {
			built, _ = parseDuration(m[1])
		} else if m := wroteLine.FindStringSubmatch(line); m != nil {
			wrote, _ = parseDuration(m[1])
		}
	}
	if len(stages) > 0 {
		return stages, true
	}
	if built > 0 && wrote >= built {
		return []stage{{"write", wrote - built}}, false
	}
	return nil, false
}

// parseDuration reads a Go duration ("12.5ms") or a bare number of
// milliseconds.
func parseDuration(s string) (time.Duration, bool) {
	if d, err := time.ParseDuration(s); err == nil {
		return d, true
	}
	if ms, err := strconv.ParseFloat(s, 64); err == nil {
		return time.Duration(ms * float64(time.Millisecond)), true
	}
	return 0, false
}

// medianStages returns, per stage name, the median over runs, in the order
// the names first appear.
func medianStages(runs [][]stage) []stage {
	var names []string
	by := map[string][]time.Duration{}
	for _, r := range runs {
		for _, s := range r {
			if _, ok := by[s.name]; !ok {
				names = append(names, s.name)
			}
			by[s.name] = append(by[s.name], s.d)
		}
	}
	out := make([]stage, len(names))
	for i, n := range names {
		out[i] = stage{n, median(by[n])}
	}
	return out
}

// median returns the median of ds (the mean of the middle two for an even
// count), or 0 for none.
func median[T int64 | time.Duration](ds []T) T {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
