// Package index links parsed papers and days into the site graph.
//
// Input: the site configuration, every parsed paper and every day file.
// Output: a model.Site with days ranked (the day file's explicit order, then
// upvotes descending, then id), previous/next links, ISO weeks and calendar
// months with their top papers, topics from front matter and from site.yaml
// keyword rules (KeywordRules, which the parse stage applies to each paper),
// and authors with unique slugs. Every list ends its order on an id, so the
// same sources always give the same site. Index reports every
// inconsistency between sources (duplicate ids, days naming papers that do
// not exist, papers without a day) as path:line errors.
package index

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Options control what the index keeps.
type Options struct {
	Drafts bool // keep papers marked draft: true
}

// Build links papers and days into a Site.
func Build(cfg *model.Config, papers []*model.Paper, dayFiles []*model.Day, opts Options) (*model.Site, error) {
	var errs diag.List
	site := &model.Site{Config: cfg}
	byID := map[string]*model.Paper{}
	for _, p := range papers {
		if p.Draft && !opts.Drafts {
			continue
		}
		if first, dup := byID[p.ID]; dup {
			errs.Add(p.Source, p.Line, "paper id %q is already used by %s:%d; give each paper its own id, or delete one of the two", p.ID, first.Source, first.Line)
			continue
		}
		byID[p.ID] = p
		site.Papers = append(site.Papers, p)
	}
	slices.SortFunc(site.Papers, func(a, b *model.Paper) int { return strings.Compare(a.ID, b.ID) })

	site.Days = days(site.Papers, byID, dayFiles, &errs)
	// The calendar, the topics and the authors each read the days and the
	// papers and write fields of their own (a day's Week and Month, a
	// paper's TopicRefs, its AuthorRefs), so they are built side by side:
	// at 100,000 papers the authors alone take half a second.
	var wg sync.WaitGroup
	wg.Go(func() {
		site.Weeks = weeks(site.Days, cfg.TopSize)
		site.Months = months(site.Days, cfg.TopSize)
	})
	wg.Go(func() { site.Topics = topics(cfg.Topics, site.Papers) })
	site.Authors = authors(site.Papers)
	wg.Wait()
	return site, errs.Err()
}

// days builds every day from the day files and the papers' dates, ranks
// their papers and links them newest first.
func days(papers []*model.Paper, byID map[string]*model.Paper, files []*model.Day, errs *diag.List) []*model.Day {
	bySlug := map[string]*model.Day{}
	for _, d := range files {
		bySlug[d.Slug] = d
	}
	// A paper without a date takes the earliest day file that lists it.
	listed := map[string]*model.Day{}
	for _, d := range sortedDays(files, false) {
		for _, id := range d.Order {
			if _, ok := listed[id]; !ok {
				listed[id] = d
			}
		}
	}
	members := map[*model.Day][]*model.Paper{}
	for _, p := range papers {
		if p.Date.IsZero() {
			d, ok := listed[p.ID]
			if !ok {
				errs.Add(p.Source, p.Line, "paper %q has no date; add `date: YYYY-MM-DD` (the digest day it appears on), or list it in a day file", p.ID)
				continue
			}
			p.Date = d.Date
		}
		slug := p.Date.Format("2006-01-02")
		d := bySlug[slug]
		if d == nil {
			d = &model.Day{Date: p.Date, Slug: slug}
			bySlug[slug] = d
		}
		members[d] = append(members[d], p)
	}
	all := make([]*model.Day, 0, len(bySlug))
	for _, d := range bySlug {
		all = append(all, d)
	}
	all = sortedDays(all, true)
	for i, d := range all {
		rank(d, byID, members[d], errs)
		if i > 0 {
			d.Next = all[i-1]
			all[i-1].Prev = d
		}
	}
	for i := len(all) - 1; i >= 0; i-- {
		for _, p := range all[i].Papers {
			p.Days = append(p.Days, all[i])
		}
	}
	return all
}

// rank orders a day's papers: the day file's list first, then every other
// paper dated that day by upvotes (descending) and id; removed ids are left out.
func rank(d *model.Day, byID map[string]*model.Paper, dated []*model.Paper, errs *diag.List) {
	removed := map[string]bool{}
	for _, id := range d.Removed {
		removed[id] = true
	}
	in := map[string]bool{}
	for i, id := range d.Order {
		line := d.Line
		if i < len(d.OrderLines) {
			line = d.OrderLines[i]
		}
		p, ok := byID[id]
		switch {
		case !ok:
			hint := "add content/papers/" + strings.ReplaceAll(id, "/", "-") + ".md or remove the entry"
			if s := diag.Suggest(id, keys(byID)); s != "" {
				hint = fmt.Sprintf("did you mean %q? Otherwise %s", s, hint)
			}
			errs.Add(d.Source, line, "the day lists paper %q, which does not exist; %s", id, hint)
		case in[id]:
			errs.Add(d.Source, line, "paper %q is listed twice on this day; remove one entry", id)
		case removed[id]:
			errs.Add(d.Source, line, "paper %q is both listed and in removed:; delete it from one of them", id)
		default:
			in[id] = true
			d.Papers = append(d.Papers, p)
		}
	}
	var rest []*model.Paper
	for _, p := range dated {
		if !in[p.ID] && !removed[p.ID] {
			rest = append(rest, p)
		}
	}
	slices.SortFunc(rest, byUpvotes)
	d.Papers = append(d.Papers, rest...)
}

// byUpvotes orders papers by upvotes descending, then id.
func byUpvotes(a, b *model.Paper) int {
	return cmp.Or(cmp.Compare(b.Upvotes, a.Upvotes), strings.Compare(a.ID, b.ID))
}

// byNewest orders papers by digest day descending, then upvotes descending, then id.
func byNewest(a, b *model.Paper) int {
	return cmp.Or(b.Date.Compare(a.Date), byUpvotes(a, b))
}

// sortedDays returns days sorted by date, newest first when desc.
func sortedDays(ds []*model.Day, desc bool) []*model.Day {
	out := slices.Clone(ds)
	slices.SortFunc(out, func(a, b *model.Day) int {
		if desc {
			return strings.Compare(b.Slug, a.Slug)
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	return out
}

func keys(m map[string]*model.Paper) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
