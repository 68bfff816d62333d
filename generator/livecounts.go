package generator

import (
	"context"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// quickCounts tries the quick rebuild of paper files whose counts changed
// — upvotes, comments, stars, each written on a line of its own — with at
// most their titles, AI summaries and bodies (looseEdits): what an
// import's refresh of a day does to the papers it imported before, or a
// curator correcting a count, maybe with an abstract edited meanwhile.
// The index ranks again each day that lists one of the edited papers,
// chooses again the top papers of those days' weeks and months, and sorts
// again their topics', authors' and organizations' papers
// (index.Recount); what shows those days or papers is rendered again
// (render's Recounted, which also renders what a new title changes, and
// every page that shows one of the days' papers, as quick does for a new
// body), with the feeds that carry one of the days' papers, and the
// sitemap when a latest version's date changed (relastmod). The related
// papers read no count nor AI summary, and the search index no count, so
// the rebuild is complete unless a title, an AI summary or a body changed
// (incomplete: the search index and related papers wait for Complete).
//
// Files among them that did not change are left as they are; a paper of
// another day that a day lists keeps its place there (index.Rerank).
// Anything else gets a full build: a file that looseEdits refuses, no new
// counts at all (quick's), or a paper dated on one of the days that the
// day does not list (see index.Recount).
func (l *Live) quickCounts(ctx context.Context, changed []string) (res *Result, incomplete, ok bool) {
	edits, ok := l.looseEdits(changed)
	edits = slices.DeleteFunc(edits, func(e paperEdit) bool { return e.same })
	if !ok || !slices.ContainsFunc(edits, func(e paperEdit) bool { return recounted(e.old, e.new) }) ||
		slices.ContainsFunc(edits, func(e paperEdit) bool { return e.refs != nil || e.reorganized }) {
		return nil, false, false // new names of authors, new organizations are quick's alone
	}
	incomplete = slices.ContainsFunc(edits, searchedAgain)
	// The published site is changed from here on, until publishQuick
	// publishes it (see quick).
	l.lost = true
	lastmod := relastmod(edits)
	papers, _, cited := l.applyEdits(edits)
	days, err := index.Recount(l.site, papers)
	if err != nil {
		return nil, false, false
	}
	out := newSink(nil)
	if err := l.rend.Recounted(ctx, days, papers, cited, out.add); err != nil {
		return nil, false, false
	}
	// The days' papers' ranks, and so their items' dates, and the days'
	// items, which give upvotes (and titles), changed.
	var shown []*model.Paper
	for _, d := range days {
		shown = append(shown, d.Papers...)
	}
	l.feeds.Forget(shown, days)
	fd, err := feeds.Showing(l.site, l.words, l.feeds, shown)
	if err != nil || out.addAll(fd) != nil || lastmod && out.addAll(l.rend.Sitemaps()) != nil {
		return nil, false, false
	}
	res, ok = l.publishEdits(out, edits)
	return res, incomplete, ok
}

// recounted reports whether the counts of the paper p, as published, and
// of its new parse np differ.
func recounted(p, np *model.Paper) bool {
	return p.Upvotes != np.Upvotes || p.Comments != np.Comments || p.Stars != np.Stars
}
