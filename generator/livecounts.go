package generator

import (
	"context"

	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// quickCounts tries the quick rebuild of paper files whose counts changed
// — upvotes, comments, stars, each written on a line of its own — and
// nothing else: what an import's refresh of a day does to the papers it
// imported before, or a curator correcting a count. Their body and title
// are the same, and their front matter differs from the published only in
// its loose lines (see front). The index ranks again each day that lists
// one of them, chooses again the top papers of those days' weeks and
// months, and sorts again their topics', authors' and organizations'
// papers (index.Recount); what shows those days or papers is rendered
// again (render's Recounted), with the feeds that carry one of the days'
// papers. The search index and the related papers read no count, so the
// rebuild is complete.
//
// Files among them that did not change are left as they are. Anything
// else gets a full build: a file that is not a published paper, or fails
// to parse, a new body or title (quick's) or any other field, a
// day that lists a paper of another day, or a paper dated on one of the
// days that the day does not list (see index.Recount).
func (l *Live) quickCounts(ctx context.Context, changed []string) (*Result, bool) {
	bySource := l.bySource()
	type edit struct {
		old, new *model.Paper
		front    front
	}
	var edits []edit
	for _, c := range changed {
		_, old, before, r, ok := l.reparse(c, bySource)
		if !ok {
			return nil, false
		}
		np := r.papers[0]
		switch {
		case np.Title != old.Title || np.Body != old.Body || r.front.loose != before.loose:
			return nil, false
		case r.front == before && !recounted(old, np):
			continue // saved again as it was, or the same as the others' refresh
		case !recounted(old, np):
			return nil, false
		}
		edits = append(edits, edit{old, np, r.front})
	}
	if len(edits) == 0 {
		return nil, false
	}
	// The published site is changed from here on, until publishQuick
	// publishes it (see quick).
	l.lost = true
	var papers []*model.Paper
	for _, e := range edits {
		p := e.old
		p.Upvotes, p.Comments, p.Stars = e.new.Upvotes, e.new.Comments, e.new.Stars
		l.fronts[p.Source] = e.front
		papers = append(papers, p)
	}
	days, err := index.Recount(l.site, papers)
	if err != nil {
		return nil, false
	}
	out := newSink(nil)
	if err := l.rend.Recounted(ctx, days, papers, out.add); err != nil {
		return nil, false
	}
	// The days' papers' ranks, and so their items' dates, and the days'
	// items, which give upvotes, changed.
	var shown []*model.Paper
	for _, d := range days {
		shown = append(shown, d.Papers...)
	}
	l.feeds.Forget(shown, days)
	fd, err := feeds.Showing(l.site, l.words, l.feeds, shown)
	if err != nil || out.addAll(fd) != nil {
		return nil, false
	}
	return l.publishQuick(out, nil, nil, &sources{})
}

// recounted reports whether the counts of the paper p, as published, and
// of its new parse np differ.
func recounted(p, np *model.Paper) bool {
	return p.Upvotes != np.Upvotes || p.Comments != np.Comments || p.Stars != np.Stars
}
