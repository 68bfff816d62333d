package index

import (
	"fmt"
	"slices"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// weeks groups days (newest first) into ISO weeks, newest first.
func weeks(days []*model.Day, top int) []*model.Week {
	var out []*model.Week
	for _, d := range days {
		y, n := d.Date.ISOWeek()
		if len(out) == 0 || out[len(out)-1].Year != y || out[len(out)-1].Num != n {
			start := d.Date.AddDate(0, 0, -((int(d.Date.Weekday()) + 6) % 7))
			out = append(out, &model.Week{Year: y, Num: n, Slug: fmt.Sprintf("%04d-W%02d", y, n), Start: start})
		}
		w := out[len(out)-1]
		w.Days = append(w.Days, d)
		d.Week = w
	}
	for i, w := range out {
		w.Top, w.Count = topOf(w.Days, top)
		if i > 0 {
			w.Next, out[i-1].Prev = out[i-1], w
		}
	}
	return out
}

// months groups days (newest first) into calendar months, newest first.
func months(days []*model.Day, top int) []*model.Month {
	var out []*model.Month
	for _, d := range days {
		y, m, _ := d.Date.Date()
		if len(out) == 0 || out[len(out)-1].Year != y || out[len(out)-1].Num != m {
			out = append(out, &model.Month{Year: y, Num: m, Slug: fmt.Sprintf("%04d-%02d", y, int(m)),
				Start: time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)})
		}
		mo := out[len(out)-1]
		mo.Days = append(mo.Days, d)
		d.Month = mo
	}
	for i, mo := range out {
		mo.Top, mo.Count = topOf(mo.Days, top)
		if i > 0 {
			mo.Next, out[i-1].Prev = out[i-1], mo
		}
	}
	return out
}

// topOf returns the n papers with the most upvotes listed on days (each
// paper once), and how many distinct papers the days list.
func topOf(days []*model.Day, n int) ([]*model.Paper, int) {
	seen := map[*model.Paper]bool{}
	var all []*model.Paper
	for _, d := range days {
		for _, p := range d.Papers {
			if !seen[p] {
				seen[p] = true
				all = append(all, p)
			}
		}
	}
	slices.SortFunc(all, byUpvotes)
	return all[:min(n, len(all))], len(all)
}
