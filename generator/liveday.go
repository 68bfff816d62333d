package generator

import (
	"context"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// quickDay tries the quick rebuild of a day file's edit: its title, its
// intro, its extra: or the order of its papers changed — papers listed,
// reordered or taken off its list, which then follow by upvotes — but not
// which papers the day has. It ranks the day's papers in the published
// site and renders again what shows the day or one of them (render's
// Day), with the feeds that carry one of them; the search index and the
// related papers read neither a day's text nor its order, so the rebuild
// is complete.
//
// A paper of another day that the day lists keeps the place its list
// gives it: pinned in papers:, or by its upvotes in listed: (where an
// import appends one that its source lists again).
// Anything else gets a full build: an edit of several files, a day not
// published, inline papers (the day file defines papers), a removed: list
// changed, a day with aliases: (the index checks them, and their pages
// name the day's title), a day that lists a paper of another day it did not list
// (listing it gives it a second day) or takes off its list one of
// another day or one without a date of its own (which may take the
// paper's day from it), a list the index would report a mistake in, an
// intro that links another source or another file beside the sources,
// and any source error.
func (l *Live) quickDay(ctx context.Context, changed []string) (*Result, bool) {
	if len(changed) != 1 {
		return nil, false
	}
	rel := l.relative(changed[0])
	if !strings.HasPrefix(rel, "content/days/") || !filename.IsMarkdown(rel) {
		return nil, false
	}
	i := slices.IndexFunc(l.site.Days, func(d *model.Day) bool { return d.Source == rel })
	if i < 0 {
		return nil, false
	}
	d := l.site.Days[i]
	r := parseCached(l.opts.Site, rel, true, l.site.Config, newMarkdown(l.site.Config, l.words), l.besides, l.opts.Cache)
	nd := r.day
	if r.err != nil || nd == nil || len(r.papers) != 0 || nd.Slug != d.Slug || !slices.Equal(nd.Removed, d.Removed) ||
		!slices.Equal(nd.Linked, d.Linked) || strings.Contains(string(nd.IntroHTML), sourceMarker) ||
		len(nd.Aliases)+len(nd.Redirects)+len(nd.Pasted)+len(d.Aliases)+len(d.Redirects) > 0 {
		return nil, false
	}
	for _, p := range d.Papers {
		// A paper without a date of its own has the day because the day
		// lists it (and no earlier one does), and one of another day
		// because the day lists it again: each must stay listed, and
		// keeps its day (index.Rerank).
		if p.Source == rel || (!p.Date.Equal(d.Date) || p.DateLine == 0) && !slices.Contains(nd.Order, p.ID) && !slices.Contains(nd.Listed, p.ID) {
			return nil, false
		}
	}
	// Old import pins (markImportPins) have a note at the papers: line,
	// which a full build tells again.
	if markImportPins(l.opts.Site, []*model.Day{nd}, l.site.Papers); len(nd.ImportPins)+len(d.ImportPins) > 0 {
		return nil, false
	}
	nd.Papers, nd.Prev, nd.Next, nd.Week, nd.Month = d.Papers, d.Prev, d.Next, d.Week, d.Month
	was := *d
	*d = *nd
	if index.Rerank(d) != nil {
		*d = was
		return nil, false
	}
	// Its pins lead its week's and month's top papers, which their pages
	// (rendered again with the day's) show.
	index.Retop(d, l.site.Config.TopSize)
	// From here on the published site is changed, until publishQuick
	// publishes it: a failure leaves it to the full build that Build runs
	// next, and to full builds until one succeeds (lost).
	l.lost = true
	out := newSink(nil)
	if err := l.rend.Day(ctx, d, out.add); err != nil {
		return nil, false
	}
	// The papers' ranks, and so their items' dates, and the day's item
	// changed.
	l.feeds.Forget(d.Papers, []*model.Day{d})
	fd, err := feeds.Showing(l.site, l.words, l.feeds, d.Papers)
	if err != nil || out.addAll(fd) != nil {
		return nil, false
	}
	var found sources
	found.warn = r.warn
	found.noteUnfound(rel, r.probes)
	res, ok := l.publishQuick(out, map[string]int{rel: 0}, nil, &found)
	if ok {
		l.daySums[rel] = r.sum
	}
	return res, ok
}
