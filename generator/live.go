package generator

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
	"golang.org/x/text/unicode/norm"
)

// Live keeps a built site in memory for the preview server and rebuilds it
// after changes as cheaply as the change allows. When only the Markdown
// bodies of papers changed — the commonest edit — it parses just those files
// and renders again just the pages and feeds that show those papers, in
// milliseconds; the search index and related-paper lists, which depend on
// every abstract, are then brought up to date by a full build the caller
// runs next (Complete); so do new titles and AI summaries of papers, and
// their plain fields (a code link, a TL;DR written on its line or over
// several, a journal's name, a DOI: Complete only for those the search
// index reads), figures (image:, complete), the dates of their
// versions (published:, updated:, complete), keywords that give them
// no other topic, their authors in another order, their authors'
// names changed to those of other authors with pages, where every
// author keeps their page, and their organizations changed to others
// with pages, written or taken out, where every organization keeps its
// page (Complete: the search index has them). An edit of a day file's title, intro or order of papers ranks that day
// again and renders what shows it (quickDay), and new counts of papers,
// as an import's refresh of a day writes them, rank their days again and
// render what shows those (quickCounts): neither needs Complete, unless
// the refresh brought new titles, AI summaries or bodies too. A save of
// email templates alone tries them again (emailOnly); saved with files
// that a quick rebuild takes, after it (quicklyWithEmail). A save that
// changes nothing the site is built from (a file of a theme site.yaml
// does not use, a note in content/, a file saved as it was) rebuilds
// nothing (unchanged). Any other change gets a full build, which
// re-parses only the files whose bytes changed and shares the published
// files' bytes where its own are the same.
type Live struct {
	opts Options
	root string // the site folder as the watcher names paths

	mu  sync.Mutex
	gen uint64 // builds published so far
	// failed says the last Build failed: the sources are not the published
	// site's. They differ from it in the paths of unpublished, the changes
	// handed to the builds since the published one, unless one of those
	// was a full build or a quick rebuild failed after changing the
	// published site (lost): then only a full build will do.
	failed      bool
	lost        bool
	unpublished []string
	// pending says a quick rebuild since the last full build left the
	// search index and related papers to Complete: every rebuild until
	// one completes them is incomplete, so that the caller, which drops
	// a Complete that has not run when the next change comes, runs one.
	pending bool
	// config is the hash of the site.yaml and labels that the Cache
	// parsed the published site under (Cache.useConfig). A failed build
	// of another site.yaml may have changed the Cache's: a quick rebuild
	// then parses under a configuration the Cache does not hold, and
	// would leave its parses there for the next full build to take.
	config uint64
	site   *model.Site
	rend   *render.Renderer
	words  *i18n.Catalog
	// warnings are the published build's: a quick rebuild replaces those
	// of the edited papers' bodies (see quickWarnings).
	warnings []Problem
	files    []model.File    // sorted by path
	paths    map[string]bool // the path of every file of files
	// sourcePages and drafts are the published build's (Result), for the
	// broken links of an edited body.
	sourcePages, drafts map[string]string
	fronts              map[string]front  // each paper file's front matter, as published
	daySums             map[string]uint64 // the hash of each day file's bytes, as published
	besides             beside            // the files beside the sources, as published
	statics             map[string]string // the origin of each file copied as it is, as published (Result.statics)
	links               bool              // a source or a file beside them is a symbolic link, as published (Result.links)
	// feeds holds the feed items of the published site, which quick
	// rebuilds copy into the feeds they make again; each forgets the
	// items it changed.
	feeds *feeds.Cache
	// authorship finds the published site's authors by their names, made
	// on the first quick rebuild of new names (renamed), which changes
	// no author's name.
	authorship index.Authorship
}

// NewLive returns a Live for the site in opts.Site, whose folder on disk is
// root (changed paths are relative to it or below it). Its builds are
// previews, whose feeds no reader follows.
func NewLive(opts Options, root string) *Live {
	if opts.Cache == nil {
		opts.Cache = NewCache()
	}
	opts.Emit, opts.preview = nil, true
	return &Live{opts: opts, root: root}
}

// Build rebuilds the site after the files in changed changed (nil: a full
// build). incomplete reports a quick rebuild whose search index and related
// papers wait for Complete: one that left them so, or any that follows it
// before a Complete or a full build has brought them up to date.
func (l *Live) Build(ctx context.Context, changed []string) (res *Result, incomplete bool, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// After a failed build the sources differ from the published site in
	// the files changed since it, all of them: a quick rebuild of those
	// files alone would publish the edits of the builds that failed
	// without looking at them again. Fixing a mistake the previous save
	// made (a paper's front matter, a day file) is then quick again, where
	// it took a full build of the whole site.
	if l.failed && !l.lost && changed != nil {
		changed = union(l.unpublished, changed)
	}
	published := changed != nil && l.site != nil && !l.lost && l.opts.Cache.configSum() == l.config
	read := changed
	if published {
		// A save that changes nothing the site is built from (a file of
		// another theme, a note in content/, a file saved as it was)
		// rebuilds nothing; after a failed build, it is the published
		// site's fix. Saved with files that do change it, it is left out
		// of what they take.
		var why string
		if read, why = l.unchanged(changed); len(read) == 0 {
			l.failed, l.unpublished = false, nil
			return &Result{Site: l.site, Files: l.files, Count: len(l.files), Warnings: l.warnings, Unchanged: why}, l.pending, nil
		}
		var (
			res            *Result
			incomplete, ok bool
			err            error
		)
		// A save of email templates alone checks them again, and nothing
		// else: their mistakes, or their fix, leave the published site.
		if email, rest := l.emailTemplates(read); len(rest) == 0 {
			res, ok, err = l.emailOnly(ctx)
		} else {
			res, incomplete, ok, err = l.quicklyWithEmail(ctx, rest, len(email) > 0)
		}
		if err != nil {
			// A quick rebuild that the email templates' mistakes failed
			// stays in Live (quicklyWithEmail): its edited files are as
			// it read them, so the fix may rebuild nothing of them, and
			// the search index it left waits for the fix's Complete.
			l.failed, l.unpublished = true, changed
			l.pending = l.pending || incomplete
			return nil, false, err
		} else if ok {
			l.failed, l.unpublished = false, nil
			l.pending = l.pending || incomplete
			return res, l.pending, nil
		}
	}
	// A save that breaks paper files fails as the full build would,
	// without finding, parsing and indexing the whole site first.
	if published {
		if err := l.failsEarly(read); err != nil {
			l.failed, l.unpublished = true, changed
			return nil, false, err
		}
	}
	// A full build needs nothing of the published one but its files, whose
	// bytes it shares where they are the same: the rest (the site, its
	// renderer) is let go once the sources have built, rather than held
	// beside the new build's pages. A build that fails before, on a
	// mistake in the sources, leaves it for the quick rebuild of the fix.
	opts := l.opts
	opts.prev, opts.feeds = l.files, feeds.NewCache()
	opts.release = func() {
		l.site, l.rend, l.fronts, l.daySums, l.paths, l.sourcePages, l.drafts = nil, nil, nil, nil, nil, nil, nil
		l.besides, l.statics, l.feeds, l.authorship = beside{}, nil, nil, nil
	}
	res, rend, err := build(ctx, opts)
	if err != nil {
		if _, statErr := fs.Stat(l.opts.Site, load.Config); l.files != nil && errors.Is(statErr, fs.ErrNotExist) {
			// Not a folder that is no site, as NoSite says: the site's
			// content/ was moved away while it was previewed.
			err = diag.Errorf(load.Config, 0, "is gone: it, or content/, was removed or renamed while paperboy serve ran; put it back, and the preview builds again")
		}
		l.failed, l.unpublished = true, changed
		l.lost = l.lost || changed == nil || l.site == nil
		return nil, false, err
	}
	l.publish(res, rend, opts.feeds)
	return res, false, nil
}

// quickly tries the rebuilds that need no full build, cheapest first:
// static files copied over, paper bodies and titles (incomplete), papers'
// counts, a day file.
func (l *Live) quickly(ctx context.Context, changed []string) (res *Result, incomplete, ok bool) {
	if res, ok := l.staticOnly(changed); ok {
		return res, false, true
	}
	if res, incomplete, ok := l.quick(ctx, changed); ok {
		return res, incomplete, true
	}
	if res, incomplete, ok := l.quickCounts(ctx, changed); ok {
		return res, incomplete, true
	}
	res, ok = l.quickDay(ctx, changed)
	return res, false, ok
}

// union returns the paths of a and b, sorted, each once.
func union(a, b []string) []string {
	u := slices.Concat(a, b)
	slices.Sort(u)
	return slices.Compact(u)
}

// Complete runs the full build that follows a quick one. It returns nil
// and no error when ctx was cancelled (a newer edit's build takes over) or
// another build was published meanwhile (a later Complete will follow
// that one), and the full build's error when it failed: the sources
// whose quick rebuild was published have mistakes that it did not read,
// and its search index and related papers are stale. The next Build is
// then a full one, which tells them again until they are fixed.
func (l *Live) Complete(ctx context.Context) (*Result, error) {
	l.mu.Lock()
	gen := l.gen
	opts := l.opts
	opts.prev, opts.feeds = l.files, feeds.NewCache()
	l.mu.Unlock()
	res, rend, err := build(ctx, opts)
	if ctx.Err() != nil {
		return nil, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.gen != gen {
		return nil, nil
	}
	if err != nil {
		l.failed, l.lost = true, true
		return nil, err
	}
	l.publish(res, rend, opts.feeds)
	return res, nil
}

// publish makes res the current build, whose renderer is rend and feed
// items fc.
func (l *Live) publish(res *Result, rend *render.Renderer, fc *feeds.Cache) {
	l.gen++
	l.failed, l.lost, l.unpublished, l.pending = false, false, nil, false
	l.config = res.config
	l.site, l.rend, l.feeds, l.files, l.fronts, l.words, l.warnings = res.Site, rend, fc, res.Files, res.fronts, res.Words, res.Warnings
	l.besides, l.statics, l.links, l.daySums = res.besides, res.statics, res.links, res.daySums
	l.paths, l.sourcePages, l.drafts = res.paths, res.sourcePages, res.drafts
	l.authorship = nil
}

// at returns the index in l.files of the file at path.
func (l *Live) at(path string) (int, bool) {
	return slices.BinarySearchFunc(l.files, path, func(f model.File, p string) int { return strings.Compare(f.Path, p) })
}

// quick tries the quick rebuild of papers' bodies, titles, AI summaries,
// plain fields (model.PlainKeys: links, TL;DR, comment, venue, DOI),
// figures, the dates of their versions, the order of their authors
// (reorders), their authors' names where no author's page comes or
// goes (renamed) and their organizations where no organization's page
// does (reorganizes): every changed path must be a
// paper file that looseEdits takes, with the counts it had. It renders
// again what shows the papers (render's Papers), and with new titles
// what Retitled does, with new BibTeX entries (a first version's new
// year, a new first author: new keys) what Recited does, with new
// authors' names what Reauthored does (their authors' pages, the index
// of authors) and the sitemap (the authors' pages' lastmod), with new
// organizations what Reorganized does (their organizations' pages, the
// index of organizations) and the sitemap, with new figures the pages of their
// days too (render's Refigure), with a latest version's new date the
// sitemap (relastmod); incomplete reports an edit the search index or
// related papers read (searchedAgain), which waits for Complete. New
// names or organizations with a new title, and new names with new
// organizations, take a full build.
func (l *Live) quick(ctx context.Context, changed []string) (res *Result, incomplete, ok bool) {
	edits, ok := l.looseEdits(changed)
	if !ok || slices.ContainsFunc(edits, func(e paperEdit) bool { return recounted(e.old, e.new) }) {
		return nil, false, false // new counts are quickCounts'
	}
	renamed := slices.ContainsFunc(edits, func(e paperEdit) bool { return e.refs != nil })
	moved := slices.ContainsFunc(edits, func(e paperEdit) bool { return e.reorganized })
	if (renamed || moved) && slices.ContainsFunc(edits, listedAnew) || renamed && moved {
		return nil, false, false
	}
	incomplete = slices.ContainsFunc(edits, searchedAgain)
	// The published site is changed from here on, until publishQuick
	// publishes it: if a failure leaves it to a full build and that build
	// fails too, it is not the published one anymore.
	l.lost = true
	figured, rekeyed, lastmod := refigured(edits), rekeyed(edits), relastmod(edits) || renamed || moved
	authors, ok := reauthored(edits)
	if !ok {
		return nil, false, false
	}
	orgs, ok := l.reorganized(edits)
	if !ok {
		return nil, false, false
	}
	papers, retitled, cited := l.applyEdits(edits)
	if l.rend.Refigure(figured) != nil {
		return nil, false, false
	}
	for _, p := range papers {
		// Its item, and those of the days that list it, which say
		// what its summary does, change.
		l.feeds.Forget([]*model.Paper{p}, p.Days)
	}
	out := newSink(nil)
	var err error
	switch {
	case renamed:
		err = l.rend.Reauthored(ctx, papers, cited, rekeyed, authors, out.add)
	case moved:
		err = l.rend.Reorganized(ctx, papers, cited, rekeyed, orgs, out.add)
	case retitled != nil:
		err = l.rend.Retitled(ctx, papers, out.add)
	case cited != nil:
		err = l.rend.Recited(ctx, papers, cited, rekeyed, out.add)
	default:
		err = l.rend.Papers(ctx, papers, out.add)
	}
	if err != nil {
		return nil, false, false
	}
	fd, err := feeds.Showing(l.site, l.words, l.feeds, papers)
	if err != nil || out.addAll(fd) != nil || lastmod && out.addAll(l.rend.Sitemaps()) != nil {
		return nil, false, false
	}
	res, ok = l.publishEdits(out, edits)
	return res, incomplete, ok
}

// searchedAgain reports whether the edit e changed what the search index
// or the related papers read (its title, AI summary, body, TL;DR, journal,
// conference, DOI, keywords, authors or organization, or its withdrawal,
// which a result marks and which keeps it off other papers' lists),
// which a quick rebuild leaves to Complete.
func searchedAgain(e paperEdit) bool {
	p, np := e.old, e.new
	return e.retitled || p.Withdrawn() != np.Withdrawn() || np.AISummary != p.AISummary || np.Body != p.Body || np.TLDR != p.TLDR ||
		np.Journal != p.Journal || np.Conference != p.Conference || np.DOI != p.DOI || !slices.Equal(np.Keywords, p.Keywords) ||
		!slices.Equal(np.Authors, p.Authors) || np.Organization != p.Organization
}

// refigured returns the published papers of the edits whose figures
// (image:, or its size) changed.
func refigured(edits []paperEdit) []*model.Paper {
	return edited(edits, func(p, np *model.Paper) bool {
		return p.Image != np.Image || p.ImageWidth != np.ImageWidth || p.ImageHeight != np.ImageHeight
	})
}

// edited returns the published papers of the edits that differs says
// their new parses differ from.
func edited(edits []paperEdit, differs func(p, np *model.Paper) bool) []*model.Paper {
	var out []*model.Paper
	for _, e := range edits {
		if differs(e.old, e.new) {
			out = append(out, e.old)
		}
	}
	return out
}

// rekeyed returns the published papers of the edits whose BibTeX keys
// may change (render's Recited makes them again): those whose first
// versions' dates (published:), which give the key a year, changed, and
// those whose authors come in another order (reorders takes no other
// change of them), the first of whom gives the key a name. Dates are
// compared with their zones, which a year and a citation's date read in
// two ways.
func rekeyed(edits []paperEdit) []*model.Paper {
	return edited(edits, func(p, np *model.Paper) bool {
		return p.Published != np.Published || !slices.Equal(p.Authors, np.Authors)
	})
}

// relastmod reports whether the date of a latest version (updated:)
// changed in one of the edits, which the sitemap's lastmod of its
// paper's page reads.
func relastmod(edits []paperEdit) bool {
	return slices.ContainsFunc(edits, func(e paperEdit) bool { return e.old.Updated != e.new.Updated })
}

// recited reports whether the BibTeX entry of the paper p, as published,
// and of its new parse np differ in a plain field (model.PlainKeys): its
// URL (project:, pdf:, for a paper not on arXiv), where it was published
// or its DOI; or in its year, its first version's (published:); or in
// the order of its authors.
func recited(p, np *model.Paper) bool {
	return p.Project != np.Project || p.PDF != np.PDF || p.Journal != np.Journal || p.Conference != np.Conference ||
		p.Volume != np.Volume || p.Issue != np.Issue || p.Pages != np.Pages || p.DOI != np.DOI || p.Published != np.Published ||
		!slices.Equal(p.Authors, np.Authors)
}

// listedAnew reports whether the edit e changed the paper's title as a
// list names it (i18n.Catalog.ListTitle): its title, or its comment's
// withdrawal ("[Withdrawn] …"), which the descriptions of its authors'
// and organization's pages name as render's Retitled makes them again.
func listedAnew(e paperEdit) bool {
	return e.retitled || e.old.Withdrawn() != e.new.Withdrawn()
}

// paperEdit is the new parse of a published paper file: old is its
// published paper, which applyEdits changes, and bodyLine and retitled
// say where its body started before and whether its title changed.
type paperEdit struct {
	rel      string
	old, new *model.Paper
	r        parsed
	bodyLine int
	retitled bool
	same     bool // saved as it was published
	// refs are the authors of its new names, where they are not the
	// published ones (renamed); nil otherwise.
	refs []*model.Author
	// reorganized says its organization changed (reorganizes).
	reorganized bool
}

// looseEdits parses again the paper files at the changed paths, each of
// which must be published and parse without error with the front matter
// it had but its loose lines (see front): its title, AI summary, counts,
// plain fields, figure and the dates of its versions may change, with
// its body and keywords, and its authors come in another order
// (reorders) or with names of other authors (renamed), and its
// organization change (reorganizes), unless a new title, body or keywords change
// its topics through keyword rules, a new title is of a
// paper with former addresses (whose redirect pages name it), its body
// or figure links another source or a file beside the sources to publish
// first, or no longer links one that no other source links (stillLinked),
// its figure is not one sameFigures takes, a line of its front matter
// moved (a loose line came or went above it, or took more or fewer
// lines) where the file has a warning there, or a warning of its front
// matter came or went (a DOI written for a paper with no date).
func (l *Live) looseEdits(changed []string) ([]paperEdit, bool) {
	bySource := l.bySource()
	var edits []paperEdit
	for _, c := range changed {
		rel, old, before, r, ok := l.reparse(c, bySource)
		if !ok || r.front.loose != before.loose {
			return nil, false
		}
		np := r.papers[0]
		raw := np.Organization // as written
		index.RenameAuthors(r.papers, l.site.Config.AuthorNames)
		index.RenameOrganizations(r.papers, l.site.Config.OrganizationNames)
		if np.Title != old.Title && len(old.Aliases)+len(old.Redirects) > 0 {
			return nil, false
		}
		var refs []*model.Author // the authors of new names
		if r.front.authors != before.authors && !l.reorders(rel, old, np) {
			if refs, ok = l.renamed(rel, old, np, r.warn); !ok {
				return nil, false
			}
		}
		if r.front.organization != before.organization && !l.reorganizes(raw, old) {
			return nil, false
		}
		for _, f := range linked(r.probes) {
			if !l.paths[publishedAt(f)] {
				return nil, false // a file beside the sources to publish first
			}
		}
		if !l.sameFigures(rel, old, np, r.warn) {
			return nil, false
		}
		if strings.Contains(string(np.Content), sourceMarker) {
			return nil, false // a link to another source, whose page a full build finds
		}
		if np.Title != old.Title || np.Body != old.Body || !slices.Equal(np.Keywords, old.Keywords) {
			np.Topics = slices.Clone(np.Topics)
			index.ApplyKeywordRules(l.site.Config.Topics, []*model.Paper{np})
			if !slices.Equal(np.Topics, old.Topics) {
				return nil, false
			}
		}
		// A quick rebuild keeps the front matter's warnings as published
		// but those at a new title's line (quickWarnings): none may move,
		// and no other may come or go.
		moved := r.front.placed != before.placed || np.TitleLine != old.TitleLine
		was := slices.DeleteFunc(slices.Clone(l.warnings), func(w Problem) bool { return w.Path != rel || w.Line >= old.BodyLine })
		is := slices.DeleteFunc(slices.Clone(r.warn), func(w Problem) bool { return w.Line >= np.BodyLine })
		if np.Title != old.Title && !moved { // at the same line
			was = slices.DeleteFunc(was, func(w Problem) bool { return w.Line == old.TitleLine })
			is = slices.DeleteFunc(is, func(w Problem) bool { return w.Line == np.TitleLine })
		}
		if moved && len(was)+len(is) > 0 || !slices.EqualFunc(was, is, func(a, b Problem) bool { return a.Line == b.Line && a.Msg == b.Msg }) {
			return nil, false
		}
		edits = append(edits, paperEdit{rel, old, np, r, old.BodyLine, np.Title != old.Title, r.front == before && np.Body == old.Body, refs, np.Organization != old.Organization})
	}
	return edits, l.stillLinked(edits)
}

// stillLinked reports whether every file beside the sources that an
// edited paper linked (its figure, its body's images and links) and no
// longer links is linked by another source still, which keeps it
// published.
func (l *Live) stillLinked(edits []paperEdit) bool {
	edited := make(map[*model.Paper]*model.Paper, len(edits))
	for _, e := range edits {
		edited[e.old] = e.new
	}
	links := func(f string) bool {
		for _, p := range l.site.Papers {
			if np := edited[p]; np != nil {
				p = np
			}
			if slices.Contains(p.Linked, f) {
				return true
			}
		}
		return slices.ContainsFunc(l.site.Days, func(d *model.Day) bool { return slices.Contains(d.Linked, f) }) ||
			slices.ContainsFunc(l.site.Pages, func(p *model.Page) bool { return slices.Contains(p.Linked, f) })
	}
	for _, e := range edits {
		for _, f := range e.old.Linked {
			if !slices.Contains(e.new.Linked, f) && !links(f) {
				return false // a file no source publishes anymore
			}
		}
	}
	return true
}

// sameFigures reports whether the published paper old at rel and its new
// parse np, whose warnings are warn, leave the site's build as it was
// but for the pages that show the paper: its figure (image:) from the
// site's root names a file the site publishes (else the build fails),
// and neither has a warning at its image: line (a figure that does not
// read as an image), which quickWarnings would not bring up to date.
// (stillLinked checks the files beside the sources it published.)
func (l *Live) sameFigures(rel string, old, np *model.Paper, warn []Problem) bool {
	if out, ok := strings.CutPrefix(np.Image, "/"); ok && !strings.HasPrefix(out, "/") && l.statics[out] == "" {
		return false
	}
	return (old.ImageLine == 0 || !slices.ContainsFunc(l.warnings, func(w Problem) bool { return w.Path == rel && w.Line == old.ImageLine })) &&
		(np.ImageLine == 0 || !slices.ContainsFunc(warn, func(w Problem) bool { return w.Line == np.ImageLine }))
}

// reorder returns refs, the authors of the names of a paper, in the
// order of reordered, the same names in another.
func reorder(names, reordered []string, refs []*model.Author) []*model.Author {
	out := make([]*model.Author, len(reordered))
	for i, name := range reordered {
		out[i] = refs[slices.Index(names, name)]
	}
	return out
}

// applyEdits puts the edits' new bodies, titles, AI summaries, counts,
// plain fields, figures, dates of versions, authors' names and
// organizations, and the lines of their front matter, into their
// published papers, and returns those, the ones whose titles changed as
// a list names them (listedAnew) and the ones whose BibTeX entries changed (a new title, or a plain field
// that recited reports).
func (l *Live) applyEdits(edits []paperEdit) (papers, retitled, recitedPapers []*model.Paper) {
	for _, e := range edits {
		p, np := e.old, e.new
		if e.retitled || recited(p, np) {
			recitedPapers = append(recitedPapers, p)
		}
		if listedAnew(e) {
			retitled = append(retitled, p)
		}
		if e.retitled {
			p.Title = np.Title
		}
		p.Code, p.Project, p.PDF, p.TLDR, p.Comment = np.Code, np.Project, np.PDF, np.TLDR, np.Comment
		p.Journal, p.Conference, p.Volume, p.Issue, p.Pages, p.DOI = np.Journal, np.Conference, np.Volume, np.Issue, np.Pages, np.DOI
		p.AISummary, p.Upvotes, p.Comments, p.Stars = np.AISummary, np.Upvotes, np.Comments, np.Stars
		p.Body, p.Content, p.Abstract, p.Notes = np.Body, np.Content, np.Abstract, np.Notes
		p.Text = np.Text
		p.SetTexts(np.Summary(), np.AbstractText())
		p.HasMath, p.HasCode, p.Linked = np.HasMath, np.HasCode, np.Linked
		p.Image, p.ImageWidth, p.ImageHeight = np.Image, np.ImageWidth, np.ImageHeight
		p.Published, p.PublishedAs, p.Updated, p.Keywords = np.Published, np.PublishedAs, np.Updated, np.Keywords
		p.Organization = np.Organization // reorganized gave it its organization
		if !slices.Equal(p.Authors, np.Authors) {
			if e.refs == nil { // else reauthored gave it its authors
				p.AuthorRefs = reorder(p.Authors, np.Authors, p.AuthorRefs)
			}
			p.Authors = np.Authors
		}
		setLines(p, np)
		l.fronts[p.Source] = e.r.front
		papers = append(papers, p)
	}
	return papers, retitled, recitedPapers
}

// setLines gives the published paper p the lines in its file of np, its
// new parse, where a loose line that came or went moved them: every field
// that says where in the file something is written, so that no warning
// of a later build from the published site names a line the edit moved
// (TestSetLines asks for each such field of model.Paper).
func setLines(p, np *model.Paper) {
	p.Line, p.BodyLine, p.BodyFolded, p.TitleLine, p.IDLine, p.DateLine = np.Line, np.BodyLine, np.BodyFolded, np.TitleLine, np.IDLine, np.DateLine
	p.AliasesLine, p.AliasLines, p.DOILine, p.PDFLine, p.ImageLine, p.ImageAltLine, p.OrganizationLine, p.LanguageLine = np.AliasesLine, np.AliasLines, np.DOILine, np.PDFLine, np.ImageLine, np.ImageAltLine, np.OrganizationLine, np.LanguageLine
	p.CountLines, p.AISummaryLine, p.VersionLines, p.PlainLines, p.CategoryLines = np.CountLines, np.AISummaryLine, np.VersionLines, np.PlainLines, np.CategoryLines
	p.KeywordsLine, p.CiteKeyLine, p.FeedIDLine, p.DateKeyLine = np.KeywordsLine, np.CiteKeyLine, np.FeedIDLine, np.DateKeyLine
	p.AuthorLines, p.TopicNames, p.ExtraLines, p.NotTopicNames, p.TopicsLine = np.AuthorLines, np.TopicNames, np.ExtraLines, np.NotTopicNames, np.TopicsLine
}

// publishEdits publishes the files of out (see publishQuick), with the
// warnings of the edited paper files brought up to date: those of their
// bodies, from the line where the body starts before or after the edit,
// and those of their new titles.
func (l *Live) publishEdits(out *sink, edits []paperEdit) (*Result, bool) {
	var found sources // the edited bodies' warnings and links that found no file
	body, titles := make(map[string]int, len(edits)), map[string]int{}
	for _, e := range edits {
		body[e.rel] = min(e.new.BodyLine, e.bodyLine)
		if e.retitled {
			titles[e.rel] = e.new.TitleLine
		}
		found.warn = append(found.warn, e.r.warn...)
		found.noteUnfound(e.rel, e.r.probes)
	}
	return l.publishQuick(out, body, titles, &found)
}

// bySource returns the published site's papers by their source paths.
func (l *Live) bySource() map[string]*model.Paper {
	by := make(map[string]*model.Paper, len(l.site.Papers))
	for _, p := range l.site.Papers {
		by[p.Source] = p
	}
	return by
}

// reparse parses again the paper file at the changed path c, which a
// quick rebuild of papers needs to be a published paper file (by, from
// bySource) that parses without error: its path relative to the site,
// its published paper and front matter, and its new parse.
func (l *Live) reparse(c string, by map[string]*model.Paper) (rel string, old *model.Paper, before front, r parsed, ok bool) {
	rel = l.relative(c)
	old = by[rel]
	if old == nil || !filename.IsMarkdown(rel) || !strings.HasPrefix(rel, "content/papers/") {
		return rel, nil, front{}, parsed{}, false
	}
	if before, ok = l.fronts[rel]; !ok {
		return rel, nil, front{}, parsed{}, false
	}
	r = parseCached(l.opts.Site, rel, false, l.site.Config, newMarkdown(l.site.Config, l.words), l.besides, l.opts.Cache)
	return rel, old, before, r, r.err == nil && len(r.papers) == 1
}

// publishQuick publishes the files of out in place of the published ones
// at their paths, and the warnings with those at the lines from body[path]
// on, and at the line titles[path], of each source path that the quick
// rebuild parsed again in place of found's (see quickWarnings), and the
// site the quick rebuild changed (no longer lost). It fails if out has a
// file at a path the published build has none at, leaving the site to
// full builds.
func (l *Live) publishQuick(out *sink, body, titles map[string]int, found *sources) (*Result, bool) {
	files := slices.Clone(l.files)
	for _, f := range out.files {
		i, ok := l.at(f.Path)
		if !ok {
			return nil, false
		}
		files[i] = f
	}
	l.gen++
	l.lost = false
	l.files = files
	l.warnings = l.quickWarnings(body, titles, found)
	return &Result{Site: l.site, Files: files, Count: len(files), Warnings: l.warnings}, true
}

// quickWarnings returns the published warnings with those of the sources
// that a quick rebuild parsed again (found) brought up to date: the
// parse's and the broken links' at the lines from body[path] on of each
// source path of body (a paper's body, a whole day file), and at the line
// titles[path] (a new title's). Its other lines and the output files are
// the published ones, so no other warning can have changed; and in a full
// build the warnings at those lines are only those two kinds, the parse's
// first, as here.
func (l *Live) quickWarnings(body, titles map[string]int, found *sources) []Problem {
	inBody := func(w Problem) bool {
		first, ok := body[w.Path]
		return ok && (w.Line >= first || w.Line == titles[w.Path])
	}
	var warn []Problem
	for _, w := range l.warnings {
		if !inBody(w) {
			warn = append(warn, w)
		}
	}
	for _, w := range found.warn {
		if inBody(w) {
			warn = append(warn, w)
		}
	}
	broken, _ := brokenLinks(l.opts.Site, l.site, l.besides, found.unfound, l.sourcePages, l.drafts, l.paths)
	warn = append(warn, broken...)
	sortByLine(warn)
	return warn
}

// staticOnly is the rebuild after edits of the site theme's static files
// alone (a stylesheet, a script, an image), or of published files beside
// the sources: each is copied again over its output, and nothing else
// changes, since pages link such a file by name whatever it holds. Only a
// file the published build copied to that output takes this path: a file
// added (which may clash with a generated page or feed, or be replaced by
// a theme listed before its own), removed or not published, search.js
// (its index format is checked), robots.txt and _redirects (the build
// adds to them), manifest.webmanifest (it is checked), a home-screen
// icon (the manifest declares its size) and an image a page shows whose
// size changed (the page has its width and height) need a full build.
func (l *Live) staticOnly(changed []string) (*Result, bool) {
	var files []model.File // the published files, cloned once a changed path is one of them
	for _, c := range changed {
		rel := l.relative(c)
		nfc := norm.NFC.String(rel)
		out, ok := publishedAt(nfc), l.besides.files[nfc] == rel
		beside := ok
		for _, name := range l.site.Config.Themes {
			if ok {
				break // a file beside the sources
			}
			out, ok = strings.CutPrefix(nfc, "themes/"+name+"/static/")
		}
		if !ok || out == "search.js" || out == robotsFile || out == render.ManifestFile || slices.Contains(model.HomeIconFiles, out) || out == render.RedirectsFile || l.besides.sizes.changed(out, l.besides) {
			return nil, false
		}
		if from := l.statics[out]; from != rel && from != nfc {
			return nil, false
		}
		i, ok := l.at(out)
		if !ok {
			return nil, false
		}
		data, err := fs.ReadFile(l.opts.Site, rel)
		if err != nil {
			return nil, false // removed, or a folder
		}
		if beside && besideText(nfc, data) || !beside && conflictChecked(out) {
			if line, _ := conflict(out, data); line > 0 {
				return nil, false // the full build says where
			}
		}
		if files == nil {
			// Not before: every paper's edit asks here first, and a
			// clone of 10,000 papers' files took 9 ms of its CPU.
			files = slices.Clone(l.files)
		}
		if !beside {
			data = l.rend.Static(out, data)
		}
		files[i] = model.File{Path: out, Data: data}
	}
	if files == nil {
		return nil, false // nothing changed
	}
	l.gen++
	l.files = files
	return &Result{Site: l.site, Files: files, Count: len(files), Warnings: l.warnings}, true
}

// relative turns a changed path as the watcher names it into a slash path
// relative to the site folder.
func (l *Live) relative(p string) string {
	if rel, err := filepath.Rel(l.root, p); err == nil {
		p = rel
	}
	return filepath.ToSlash(p)
}
