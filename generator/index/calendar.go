package index

import (
	"cmp"
	"fmt"
	"math"
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

// topOf returns the n top papers listed on days (each paper once), and
// how many distinct papers the days list. The curator's picks come first:
// the papers each day's papers: pins, the first pinned of every day before
// any day's second, and so on, picks of the same place by upvotes; then
// the other papers by upvotes. So a pick that has few or no upvotes (a
// bioRxiv or journal paper added by hand) is in its week's and month's
// top papers, and their email, as it is first on its day.
func topOf(days []*model.Day, n int) ([]*model.Paper, int) {
	seen := map[*model.Paper]bool{}
	pin := map[*model.Paper]int{} // a pick's place on its day, from 1 (the best, if on several)
	var all []*model.Paper
	for _, d := range days {
		for _, p := range d.Papers {
			if !seen[p] {
				seen[p] = true
				all = append(all, p)
			}
		}
		for i, p := range pinned(d) {
			if pin[p] == 0 || i+1 < pin[p] {
				pin[p] = i + 1
			}
		}
	}
	slices.SortFunc(all, func(a, b *model.Paper) int {
		return cmp.Or(cmp.Compare(place(pin, a), place(pin, b)), byUpvotes(a, b))
	})
	return all[:min(n, len(all))], len(all)
}

// place is p's place among the picks of pin, after them all when it is
// none.
func place(pin map[*model.Paper]int, p *model.Paper) int {
	if i := pin[p]; i > 0 {
		return i
	}
	return math.MaxInt
}

// pinned returns the papers the day file's papers: pins on d, in its
// order: the first of d.Papers, as rank puts them, but those of its ids
// that name no paper listed there, and those an old import pinned
// (d.ImportPins): it listed every paper it brought, so its first is no
// curator's pick, and on a site never unpinned they would push the most
// upvoted papers out of the week's top.
func pinned(d *model.Day) []*model.Paper {
	var out []*model.Paper
	for i, p := range d.Papers {
		if i == len(d.Order) || !slices.Contains(d.Order, p.ID) {
			break
		}
		if !slices.Contains(d.ImportPins, p.ID) {
			out = append(out, p)
		}
	}
	return out
}
