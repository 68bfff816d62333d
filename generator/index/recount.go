package index

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Recount orders again what the upvotes of the changed papers order, after
// their counts (upvotes, comments, stars) changed and nothing else of the
// site did: each day that lists one is ranked again (Rerank), the top
// papers of those days' weeks and months are chosen again, and the papers
// of the changed papers' topics, authors and organizations sorted again.
// It returns the days ranked again, by date.
//
// A day that lists a paper dated on another day keeps its place (see
// Rerank). Recount fails, leaving the site partly changed (to be built
// again), where a paper moved could be one that none of those days
// lists: when a paper dated on one of them is not listed there (in its
// removed:, or listed on another day only), whose place in a list among
// the day's papers may change too.
func Recount(site *model.Site, changed []*model.Paper) ([]*model.Day, error) {
	var days []*model.Day
	for _, p := range changed {
		for _, d := range p.Days {
			if !slices.Contains(days, d) {
				days = append(days, d)
			}
		}
	}
	slices.SortFunc(days, func(a, b *model.Day) int { return strings.Compare(a.Slug, b.Slug) })
	listed := map[*model.Paper]bool{}
	dates := map[int64]bool{}
	for _, d := range days {
		if err := Rerank(d); err != nil {
			return nil, err
		}
		for _, p := range d.Papers {
			listed[p] = true
		}
		dates[d.Date.Unix()] = true
	}
	for _, d := range days {
		Retop(d, site.Config.TopSize)
	}
	var lists [][]*model.Paper
	seen := map[**model.Paper]bool{} // each list by its first element's address
	add := func(list []*model.Paper) {
		if len(list) > 0 && !seen[&list[0]] {
			seen[&list[0]] = true
			lists = append(lists, list)
		}
	}
	for _, p := range changed {
		for _, t := range p.TopicRefs {
			add(t.Papers)
		}
		for _, a := range p.AuthorRefs {
			add(a.Papers)
		}
		if o := p.OrganizationRef; o != nil {
			add(o.Papers)
		}
	}
	for _, list := range lists {
		for _, q := range list {
			if dates[q.Date.Unix()] && !listed[q] {
				return nil, fmt.Errorf("paper %q is dated %s but not listed on it", q.ID, q.Date.Format(time.DateOnly))
			}
		}
		slices.SortFunc(list, byNewest)
	}
	return days, nil
}

// Retop chooses again the n top papers of the week and the month of d,
// after d was ranked again (Rerank): its upvotes or its pins changed.
func Retop(d *model.Day, n int) {
	if w := d.Week; w != nil {
		w.Top, w.Count = topOf(w.Days, n)
	}
	if m := d.Month; m != nil {
		m.Top, m.Count = topOf(m.Days, n)
	}
}
