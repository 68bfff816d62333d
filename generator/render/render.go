// Package render writes the pages of an indexed site from theme templates.
//
// Input: an immutable model.Site and a theme (the site's theme folder over
// the built-in theme). Output: every page (one per kind of pageKinds: home,
// day, week, month, archive, paper, topics, topic, authors, author,
// organizations, organization, feeds, search, subscribe, the site's own
// pages, 404), the theme's static files, the .bib files of each day,
// week, month (its top papers), topic, author and organization, and the
// files that are not pages (extras: the highlighting stylesheet, sitemap, robots.txt,
// opensearch.xml, .nojekyll, CNAME and the redirect pages of aliases and
// section folders), each passed to an emit function as soon as it is
// made. Templates are parsed once per version of the theme in a process
// (loadTemplates); pages render in parallel, each into its own buffer, and
// a page's bytes depend only on the site, never on scheduling (the caller
// orders the files). A template error names the template file and line.
package render

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"strings"
	"sync"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/textutil"
	"golang.org/x/text/unicode/norm"
)

// Options configure rendering.
type Options struct {
	Builtin   fs.FS         // the built-in theme
	SiteTheme themefs.Stack // the site's theme folders, or nil
	Words     *i18n.Catalog // the theme's messages in the site's language
	Workers   int           // pages rendered at once; 0 means GOMAXPROCS
	// Once says All runs once and the renderer is then dropped (a build
	// that keeps nothing): All renders the pages that list cards first and
	// frees the cards before the paper and author pages, which (in the
	// built-in theme) show none, so the render's memory peaks lower.
	Once bool
	// Calls are the calls of T in the theme's other templates (the
	// email templates' and newsletter fields', mail.Checker's): New
	// checks them with the page templates', so that a message's text is
	// checked against all its calls and each mistake is told once.
	Calls []i18n.Call
	// VerifyAll says each cached rendering whose data is not its key is
	// made again for every page that asks for it, not only the next
	// verifyRuns (check's thoroughness): a partial that reads a field
	// only some pages set (.NoIndex) differs on those pages alone.
	VerifyAll bool
}

// Renderer renders one indexed site: its templates are parsed and its
// papers' cards rendered once, so pages can be rendered again later, as the
// preview server does after an edit.
type Renderer struct {
	site     *model.Site
	opts     Options
	l        links
	th       overlay
	sch      *scholar
	cards    *cards
	parts    *partials
	tmpl     *templates
	folder   *folder           // takes out of the page templates the calls that cannot change a page
	statics  map[string]bool   // the output paths of the static files (their names in NFC)
	folded   map[string]string // each static file's path in the theme by its output path, letter case folded
	mu       sync.Mutex
	misnamed map[string]string // a static file a condition asked for → the file in the theme that has its name in another letter case
	pages    pages
	jobs     []job // every page, listed once (Prepare)
	prepared bool  // Prepare made sch's entries and jobs
	// relatedBy lists the papers that list each paper as related, made
	// on the first quick rebuild (Related changes only in a full build,
	// which makes a new Renderer).
	relatedOnce sync.Once
	relatedBy   map[*model.Paper][]*model.Paper
	// coauthors and authorTopics are the template functions' results
	// for each author (perAuthor), which Reauthored forgets of the
	// authors whose papers changed.
	coauthors    *remembered[*model.Author]
	authorTopics *remembered[*model.Topic]
}

// New loads the theme's templates and checks the calls of T in them and
// in opts.Calls, rendering nothing: the papers' cards are rendered when
// the first pages are, and what else pages need is made by Prepare.
func New(ctx context.Context, site *model.Site, opts Options) (*Renderer, error) {
	r := &Renderer{site: site, opts: opts, l: links{cfg: site.Config}, cards: &cards{}}
	r.th = overlay{site: opts.SiteTheme, builtin: opts.Builtin}
	names, err := r.th.files("static")
	if err != nil {
		return nil, err
	}
	r.statics, r.folded, r.misnamed = map[string]bool{}, map[string]string{}, map[string]string{}
	for _, n := range names {
		out := staticOut(n)
		if site.Config.LeavesOut(out, !r.th.inSite(n)) {
			continue // not published (static): a page must not link it
		}
		r.statics[out] = true
		r.folded[filename.Fold(out)] = n
	}
	funcs := r.templateFuncs()
	tmpl, err := loadTemplates(r.th, funcs)
	if tmpl != nil {
		tmpl.cfg, tmpl.site = r.site.Config, r.site
	}
	if err := withMessages(err, tmpl, opts.Words, opts.Calls); err != nil {
		return nil, err
	}
	if err := r.missingStatics(tmpl); err != nil {
		return nil, err
	}
	r.tmpl, r.parts, r.folder = tmpl, newPartials(tmpl.parts), newFolder(funcs)
	r.parts.verifyAll = opts.VerifyAll
	r.cards.fold = r.folder.fold
	daily := i18n.Texts{Catalog: opts.Words}
	dailyTitle, weeklyTitle := daily.Text("feedDailyTitle", "Site", site.Config.Title), daily.Text("feedWeeklyTitle", "Site", site.Config.Title)
	r.pages = pages{site: site, feeds: siteFeeds(site.Config.Title, dailyTitle), l: r.l, words: opts.Words, cards: r.cards,
		figureAlt: daily.Text("figureAlt")}
	r.pages.weekly = weekFeeds(weeklyTitle, r.pages.feeds)
	r.pages.digests = map[string][]Feed{"days/": feedSet(dailyTitle, "days/"), "weeks/": feedSet(weeklyTitle, "weeks/")}
	return r, nil
}

// templateFuncs returns the functions of r's templates, making what they
// keep of r's: its scholar (whose keys and entries are Prepare's) and
// the results of coauthors and authorTopics.
func (r *Renderer) templateFuncs() template.FuncMap {
	r.sch = &scholar{l: r.l, copies: r.site.FormerFolders()}
	funcs := funcMap(r.l, r.opts.Words)
	maps.Copy(funcs, r.sch.funcs())
	funcs["card"] = r.cards.card
	r.coauthors, r.authorTopics = perAuthor(coauthors), perAuthor(authorTopics)
	funcs["coauthors"], funcs["authorTopics"] = r.coauthors.get, r.authorTopics.get
	funcs["static"], funcs[optionalStaticFunc] = r.staticURL, r.staticIfThere
	funcs["cached"] = func(name string, data any, keys ...any) (template.HTML, error) {
		return r.parts.render(name, data, pageKeys(data, keys)...)
	}
	funcs["authorNames"] = r.authorNames
	return funcs
}

// CheckTemplates parses the site's theme templates and checks their
// calls of T against opts.Words, as New does, rendering nothing and
// needing no papers: for a build that stops before New on mistakes of
// its sources, among them its translation files', whose partial
// catalog (i18n.Load's) still knows every id. It returns the templates'
// mistakes, or nil for a site without a theme of its own.
func CheckTemplates(cfg *model.Config, opts Options) error {
	if opts.SiteTheme == nil || opts.Words == nil {
		return nil
	}
	r := &Renderer{site: &model.Site{Config: cfg}, opts: opts, l: links{cfg: cfg}, cards: &cards{}}
	r.th = overlay{site: opts.SiteTheme, builtin: opts.Builtin}
	tmpl, err := loadTemplates(r.th, r.templateFuncs())
	return withMessages(err, tmpl, opts.Words, nil)
}

// Prepare makes what the pages need besides the templates: every paper's
// BibTeX key and entry, and the list of pages, whose titles may fail on a
// theme's message. A build calls it after the search index, whose peak of
// memory these would raise (a 10,000-paper build's by a quarter, 216 to
// 272 MiB, when New made them); All calls it when nothing did.
func (r *Renderer) Prepare() error {
	if r.prepared {
		return nil
	}
	r.sch.fill(r.site.Papers, r.opts.Workers)
	var err error
	r.jobs, err = jobs(r.pages)
	r.prepared = err == nil
	return err
}

// All renders every page, static file and .bib file and the files extras
// makes, and passes each to emit as soon as it is made. emit is called
// from several goroutines at once, so it must be safe
// for concurrent use, and must copy f.Data if it keeps it after returning
// (the buffer is reused).
func (r *Renderer) All(ctx context.Context, emit func(model.File) error) error {
	if err := r.Prepare(); err != nil {
		return err
	}
	if err := r.ensureCards(ctx); err != nil {
		return err
	}
	if r.sch.dropped.Load() { // an earlier All let entries go
		r.sch.fill(r.site.Papers, r.opts.Workers)
	}
	js, bibs := r.jobs, bibFiles(r.site)
	phases := [][]job{js}
	var between func() error
	if r.opts.Once {
		phases = [][]job{nil, nil}
		for _, j := range js {
			i := 0
			if j.kind == "paper" || j.kind == "author" {
				i = 1
			}
			phases[i] = append(phases[i], j)
		}
		// The .bib files are made before the paper pages, so that each
		// entry goes as its paper's page is made (scholar.countUses).
		r.sch.countUses(bibs)
		between = func() error {
			err := r.sch.emitBibs(ctx, bibs, emit, r.opts.Workers)
			bibs = nil
			return err
		}
	}
	if err := r.render(ctx, phases, between, emit); err != nil {
		return err
	}
	assets, err := static(r.th, r.site.Config)
	if err != nil {
		return err
	}
	assets = withRedirects(assets, r.site)
	for _, group := range [][]model.File{assets, extras(r.site, js, r.l, r.pages.digests)} {
		for _, f := range group {
			if err := emit(f); err != nil {
				return err
			}
		}
	}
	return r.sch.emitBibs(ctx, bibs, emit, r.opts.Workers)
}

// Papers renders again what shows the given papers after their abstracts
// and notes changed (their front matter, and so the site's structure, being
// the same): their cards, and every page that shows one of them — its own
// page, and every page listing it or linking it as related. It emits those
// pages only, to emit.
func (r *Renderer) Papers(ctx context.Context, papers []*model.Paper, emit func(model.File) error) error {
	return r.again(ctx, papers, nil, emit)
}

// Recited renders again what shows the given papers after plain fields
// of their front matter changed (model.PlainKeys: their links, TL;DR,
// comment, where they were published, DOI) or the dates of their
// versions, and nothing else that places them in the site: what Papers
// renders again, and for cited, those of them whose BibTeX entries
// changed, their entries and the .bib files that have one of them. The
// keys of rekeyed, among cited, may have changed too (a first version's
// new year): it fails, having rendered nothing, if that changes the key
// of another paper. It emits those files only, to emit.
func (r *Renderer) Recited(ctx context.Context, papers, cited, rekeyed []*model.Paper, emit func(model.File) error) error {
	if len(rekeyed) > 0 {
		if err := r.sch.rekey(r.site.Papers, rekeyed); err != nil {
			return err
		}
	}
	r.sch.recite(cited)
	if err := r.again(ctx, papers, nil, emit); err != nil {
		return err
	}
	return r.sch.emitBibs(ctx, bibsShowing(cited), emit, r.opts.Workers)
}

// Reauthored renders again what shows the given papers after the names
// of their authors changed, and nothing else of their front matter but
// what Recited takes (the index moved each paper from the authors it no
// longer has to those it now has: index.Reauthor): what Recited renders
// again, and every page of the authors, those the papers had and have,
// whose lists, counts, co-authors and topics changed, with their .bib
// files, and the index of authors, which counts each author's papers.
// It fails, having rendered nothing, if a new first author changes the
// BibTeX key of another paper, or an author's papers take more or fewer
// pages than they did (a page would come or go).
func (r *Renderer) Reauthored(ctx context.Context, papers, cited, rekeyed []*model.Paper, authors []*model.Author, emit func(model.File) error) error {
	rl, moved, err := relistingOf(r, "author", "authors", authors, func(a *model.Author) string { return a.Slug },
		func(p *Page) *model.Author { return p.Author },
		func(a *model.Author, w *i18n.Texts) ([]*Page, bib) {
			return r.pages.authorPages(a, w), bib{a.Path(), a.Papers}
		})
	if err != nil {
		return err
	}
	rl.forget = func() {
		r.coauthors.forget(moved)
		r.authorTopics.forget(moved)
	}
	return r.relisted(ctx, papers, cited, rekeyed, rl, emit)
}

// Reorganized renders again what shows the given papers after their
// organizations changed, and nothing else of their front matter but
// what Recited takes (the index moved each paper from the organization
// it left to the one it joined: index.Reorganize, whose organizations
// orgs are): what Recited renders again, and every page of those
// organizations, whose lists, counts and descriptions changed, with
// their .bib files, and the index of organizations, which counts each
// one's papers. It fails, having rendered nothing, if a new first
// author changes the BibTeX key of another paper, or an organization's
// papers take more or fewer pages than they did.
func (r *Renderer) Reorganized(ctx context.Context, papers, cited, rekeyed []*model.Paper, orgs []*model.Organization, emit func(model.File) error) error {
	rl, _, err := relistingOf(r, "organization", "organizations", orgs, func(o *model.Organization) string { return o.Slug },
		func(p *Page) *model.Organization { return p.Organization },
		func(o *model.Organization, w *i18n.Texts) ([]*Page, bib) {
			return r.pages.organizationListPages(o, w), bib{o.Path(), o.Papers}
		})
	if err != nil {
		return err
	}
	return r.relisted(ctx, papers, cited, rekeyed, rl, emit)
}

// relistingOf returns the relisting of the lists (authors,
// organizations) whose papers changed, their pages of kind counted by
// the index of kind index: each list's pages made anew and its .bib
// file (made), in the site's order, by slug, as the jobs have them, with
// of, the list a page is of; and those lists as a set.
func relistingOf[T comparable](r *Renderer, kind, index string, lists []T, slug func(T) string, of func(*Page) T,
	made func(T, *i18n.Texts) ([]*Page, bib)) (relisting, map[T]bool, error) {
	moved := make(map[T]bool, len(lists))
	for _, l := range lists {
		moved[l] = true
	}
	rl := relisting{kind: kind, index: index, forget: func() {}}
	rl.of = func(p *Page) any {
		if l := of(p); moved[l] {
			return l
		}
		return nil
	}
	w := i18n.Texts{Catalog: r.opts.Words}
	for _, l := range slices.SortedFunc(maps.Keys(moved), func(a, b T) int { return strings.Compare(slug(a), slug(b)) }) {
		pages, b := made(l, &w)
		rl.pages, rl.bibs = append(rl.pages, pages...), append(rl.bibs, b)
	}
	return rl, moved, w.Err()
}

// relisting is what relisted renders again of the lists (an author's
// papers, an organization's) whose papers changed.
type relisting struct {
	kind, index string // the kind of their pages, and of the index that counts their papers
	// pages are their pages made anew, in the site's order; of returns
	// the list (its author, its organization) a page of kind is of, when
	// it is one of them, else nil.
	pages  []*Page
	of     func(*Page) any
	bibs   []bib  // their .bib files
	forget func() // forgets what the renderer remembered of them
}

// relisted renders again what Recited does, and the lists of rl: their
// pages made anew in place of the site's, the index of their kind and
// their .bib files. It fails, having rendered nothing, if a paper's new
// BibTeX key is another's, or the new pages do not pair up, one for one
// and list by list, with the site's (a list takes a page more or fewer).
func (r *Renderer) relisted(ctx context.Context, papers, cited, rekeyed []*model.Paper, rl relisting, emit func(model.File) error) error {
	var at []int // the jobs of the lists' pages, in the order of rl.pages
	for i, j := range r.jobs {
		if j.page != nil && j.page.Kind == rl.kind && rl.of(j.page) != nil {
			at = append(at, i)
		}
	}
	same := len(at) == len(rl.pages) // each job a page of the same list, in turn
	for k := 0; same && k < len(at); k++ {
		same = rl.of(r.jobs[at[k]].page) == rl.of(rl.pages[k])
	}
	if !same {
		return fmt.Errorf("a list of %ss takes more or fewer pages", rl.kind)
	}
	if len(rekeyed) > 0 {
		if err := r.sch.rekey(r.site.Papers, rekeyed); err != nil {
			return err
		}
	}
	for k, i := range at {
		r.jobs[i].page = rl.pages[k]
	}
	rl.forget()
	r.sch.recite(cited)
	listed := func(j job) bool {
		return j.page != nil && (j.page.Kind == rl.index || j.page.Kind == rl.kind && rl.of(j.page) != nil)
	}
	if err := r.again(ctx, papers, listed, emit); err != nil {
		return err
	}
	bibs := bibsShowing(cited)
	for _, b := range rl.bibs {
		if !slices.ContainsFunc(bibs, func(c bib) bool { return c.dir == b.dir }) {
			bibs = append(bibs, b)
		}
	}
	return r.sch.emitBibs(ctx, bibs, emit, r.opts.Workers)
}

// Day renders again what shows the day d after its day file's title,
// intro or order of papers changed, and nothing else of the site (the
// index ranked its papers again, the same papers): what Papers renders
// again for its papers, whose ranks, neighbours and cards may have
// changed; the pages of the day and of the days before and after it, its
// week and month, and the archive, which show a day's title or intro; and
// its .bib file, in the day's order, and its week's and month's, whose
// top papers its pins lead. It emits those files only, to emit.
func (r *Renderer) Day(ctx context.Context, d *model.Day, emit func(model.File) error) error {
	if err := r.days(ctx, []*model.Day{d}, nil, emit); err != nil {
		return err
	}
	return r.sch.emitBibs(ctx, []bib{{d.Path(), d.Papers}, {d.Week.Path(), d.Week.Top}, {d.Month.Path(), d.Month.Top}}, emit, r.opts.Workers)
}

// Recounted renders again what shows the days ds after the counts of the
// papers changed (upvotes, comments, stars) and nothing else (the index
// ranked the days again, chose their weeks' and months' top papers again
// and sorted the changed papers' topics, authors and organizations
// again: index.Recount): what Day renders again for each of ds, every
// page of the changed papers' authors and organizations, whose
// descriptions name their newest papers, and the .bib files that have one
// of the changed papers. The BibTeX entries of cited, among changed,
// changed too (a new title, a plain field Recited tells): they are made
// again (what else Retitled renders again, the pages of their neighbours
// on their days, Day does). It emits those files only, to emit, and fails
// having rendered nothing if a new title or year changes the BibTeX key
// of another paper.
func (r *Renderer) Recounted(ctx context.Context, ds []*model.Day, changed, cited []*model.Paper, emit func(model.File) error) error {
	if len(cited) > 0 {
		if err := r.sch.rekey(r.site.Papers, cited); err != nil {
			return err
		}
	}
	described, err := r.describeAgain(changed)
	if err != nil {
		return err
	}
	if err := r.days(ctx, ds, func(j job) bool { return described[j.page] }, emit); err != nil {
		return err
	}
	return r.sch.emitBibs(ctx, bibsShowing(changed), emit, r.opts.Workers)
}

// days renders again what shows the days ds, ranked again, or that also
// (when not nil) says to: their papers, as Papers does, and the pages of
// each day and the days before and after it, its week and month, and the
// archive.
func (r *Renderer) days(ctx context.Context, ds []*model.Day, also func(job) bool, emit func(model.File) error) error {
	if err := r.dayPages(ds); err != nil {
		return err
	}
	near := func(j job) bool {
		p := j.page
		if p == nil {
			return also != nil && also(j)
		}
		for _, d := range ds {
			if p.Day != nil && (p.Day == d || p.Day == d.Prev || p.Day == d.Next) ||
				p.Week != nil && p.Week == d.Week || p.Month != nil && p.Month == d.Month {
				return true
			}
		}
		return p.Kind == "archive" || also != nil && also(j)
	}
	var papers []*model.Paper
	for _, d := range ds {
		papers = append(papers, d.Papers...)
	}
	return r.again(ctx, papers, near, emit)
}

// dayPages makes the pages of the days ds again: their titles,
// descriptions and share images are the days'.
func (r *Renderer) dayPages(ds []*model.Day) error {
	w := i18n.Texts{Catalog: r.opts.Words}
	for i, j := range r.jobs {
		if j.page != nil && j.page.Day != nil && slices.Contains(ds, j.page.Day) {
			r.jobs[i].page = r.pages.dayPage(j.page.Day, w.Text)
		}
	}
	return w.Err()
}

// Refigure makes again the pages of the days that list one of papers,
// whose figures (image:) changed: shared, a day's page shows its best
// paper's figure. Papers, Recited or Retitled, which render again what
// shows those papers, then render those pages so.
func (r *Renderer) Refigure(papers []*model.Paper) error {
	var ds []*model.Day
	for _, p := range papers {
		ds = append(ds, p.Days...)
	}
	return r.dayPages(ds)
}

// Sitemaps returns the sitemap files, made as All makes them: after an
// edit of a paper's latest version's date (updated:), which its page's
// lastmod reads, the pages being the same.
func (r *Renderer) Sitemaps() []model.File {
	return sitemaps(r.jobs, r.l, maxSitemapURLs)
}

// Retitled renders again what shows the given papers after their titles
// changed, and nothing else of their front matter: their BibTeX entries,
// what Papers renders again, the pages of the papers that have one of them
// before or after them in their days' rankings, which name it (a day may
// list again a paper of another day), every page of their authors and
// organizations, whose descriptions name their newest papers, and the .bib
// files that have one of them. It fails, having rendered nothing, if a new
// title changes the BibTeX key of another paper.
func (r *Renderer) Retitled(ctx context.Context, papers []*model.Paper, emit func(model.File) error) error {
	if err := r.sch.rekey(r.site.Papers, papers); err != nil {
		return err
	}
	retitled := make(map[*model.Paper]bool, len(papers))
	for _, p := range papers {
		retitled[p] = true
	}
	described, err := r.describeAgain(papers)
	if err != nil {
		return err
	}
	// A paper's neighbours are on its home day, which may list again a
	// retitled paper of another day: their pages name it.
	near := func(q *model.Paper) bool { return q != nil && (retitled[q.Prev] || retitled[q.Next]) }
	err = r.again(ctx, papers, func(j job) bool { return near(j.paper) || described[j.page] }, emit)
	if err != nil {
		return err
	}
	return r.sch.emitBibs(ctx, bibsShowing(papers), emit, r.opts.Workers)
}

// describeAgain sets again the description of every page of the authors
// and organizations of papers, which names their newest papers, and
// returns those pages.
func (r *Renderer) describeAgain(papers []*model.Paper) (map[*Page]bool, error) {
	authors, orgs := map[*model.Author]bool{}, map[*model.Organization]bool{}
	for _, p := range papers {
		for _, a := range p.AuthorRefs {
			authors[a] = true
		}
		orgs[p.OrganizationRef] = true
	}
	described := map[*Page]bool{}
	w := i18n.Texts{Catalog: r.opts.Words}
	for _, j := range r.jobs {
		switch p := j.page; {
		case p == nil:
		case p.Kind == "author" && authors[p.Author]:
			p.Description, described[p] = numbered(w.Text, authorDescription(&w, p.Author), p.Pager.Num), true
		case p.Kind == "organization" && p.Organization != nil && orgs[p.Organization]:
			p.Description, described[p] = numbered(w.Text, organizationDescription(&w, p.Organization), p.Pager.Num), true
		}
	}
	return described, w.Err()
}

// again renders again the cards of papers and the pages that show one of
// them, or that also (when not nil) says to, and emits those pages.
func (r *Renderer) again(ctx context.Context, papers []*model.Paper, also func(job) bool, emit func(model.File) error) error {
	changed := make(map[*model.Paper]bool, len(papers))
	for _, p := range papers {
		changed[p] = true
	}
	r.relatedOnce.Do(func() { r.relatedBy = relatedBy(r.site.Papers) })
	showing := showingPapers(papers, r.relatedBy)
	r.parts.forget(func(key any) bool { return mayShow(key, showing) })
	if err := r.ensureCards(ctx); err != nil {
		return err
	}
	if err := r.cards.update(ctx, papers); err != nil {
		return r.tmpl.errorList(err)
	}
	var js []job
	for _, j := range r.jobs {
		if j.paper != nil && showing[j.paper] || j.paper == nil && shows(j, changed) || also != nil && also(j) {
			js = append(js, j)
		}
	}
	return r.render(ctx, [][]job{js}, nil, emit)
}

// ensureCards renders every paper's card again if an earlier All freed
// them.
func (r *Renderer) ensureCards(ctx context.Context) error {
	if r.cards.html != nil {
		return nil
	}
	if err := r.cards.render(ctx, r.tmpl.item, r.site.Papers, r.opts.Workers); err != nil {
		return r.tmpl.errorList(err)
	}
	return nil
}

// relatedBy returns, for each paper that one of papers lists as related,
// the papers that list it.
func relatedBy(papers []*model.Paper) map[*model.Paper][]*model.Paper {
	by := map[*model.Paper][]*model.Paper{}
	for _, p := range papers {
		for _, q := range p.Related {
			by[q] = append(by[q], p)
		}
	}
	return by
}

// showingPapers returns the papers whose own page shows one of changed:
// each of them, and each that lists one as related (by, from relatedBy).
// Asking each paper's Related instead, for every cached partial under a
// paper and every paper page, took 24 of a day edit's 131 ms of CPU at
// 10,000 papers.
func showingPapers(changed []*model.Paper, by map[*model.Paper][]*model.Paper) map[*model.Paper]bool {
	showing := make(map[*model.Paper]bool, len(changed))
	for _, p := range changed {
		showing[p] = true
		for _, q := range by[p] {
			showing[q] = true
		}
	}
	return showing
}

// mayShow reports whether a partial cached under key may show any of the
// changed papers, whose pages and those that show them are showing (see
// showingPapers). A cached partial reads only its keys and the site's
// configuration, so one under no key or a plain value (a page kind) cannot,
// and one under a paper can if the page of that paper would (the paper or
// one it lists as related changed), and one under several keys can if one
// of them can. Any other key — a topic, an author, a list — might reach a
// changed paper, so what was rendered under it is rendered again. Forgetting every rendering instead made an
// edit of a paper by a prolific author render all the rows of that
// author's page again: at 10,000 generated papers (an author with 2,043),
// the quick rebuild took 31–32 ms rather than 14–15 ms.
func mayShow(key any, showing map[*model.Paper]bool) bool {
	switch k := key.(type) {
	case nil:
		return false
	case printedKey:
		return true // a list, which may hold a paper
	case keyTuple:
		return slices.ContainsFunc(k.keys[:min(k.n, len(k.keys))], func(k any) bool { return mayShow(k, showing) })
	case *model.Paper:
		return showing[k]
	}
	switch reflect.TypeOf(key).Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return false
	}
	return true
}

// shows reports whether the page of job j shows any of the changed papers:
// its own paper, one it lists, or, on the home page, any (a theme's home
// page may show whichever it likes).
func shows(j job, changed map[*model.Paper]bool) bool {
	if j.paper != nil && changed[j.paper] || j.page != nil && j.page.Kind == "home" {
		return true
	}
	return lists(j, func(q *model.Paper) bool { return changed[q] })
}

// render executes every job over the workers and emits each page, one
// phase after the other; after the first of several, the cards are freed
// and between (when not nil) runs. A paper page made tells its paper's
// BibTeX entry used (scholar.used).
func (r *Renderer) render(ctx context.Context, phases [][]job, between func() error, emit func(model.File) error) error {
	tmpl := r.tmpl
	var (
		mu   sync.Mutex
		errs = map[string]*pageError{} // by template file and line: the same mistake fails many pages
	)
	for n, js := range phases {
		if n > 0 {
			r.cards.release()
			if between != nil {
				if err := between(); err != nil {
					return err
				}
			}
		}
		var sets []*pageSet // the workers' page templates
		err := parallel.For(ctx, len(js), r.opts.Workers, func() func(int) error {
			var buf bytes.Buffer
			pages := tmpl.pages.get()
			mu.Lock()
			sets = append(sets, pages)
			mu.Unlock()
			return func(i int) error {
				j := js[i]
				buf.Reset()
				var desc string
				if j.paper != nil {
					desc = r.sch.hold(j.paper)
				}
				data, err := r.pages.of(j, desc)
				if err != nil {
					return err // a message's error, path:line: every page that shows it fails alike
				}
				page, err := pages.kind(j.kind)
				if err == nil {
					err = page.Execute(&pageWriter{buf: &buf, ctx: ctx}, data)
				}
				if err == nil && !pages.folded[j.kind] {
					// html/template escaped the templates on this
					// first run, which wrote what the folded ones do.
					r.folder.fold(page)
					pages.folded[j.kind] = true
				}
				if j.paper != nil {
					r.sch.used(j.paper)
					r.sch.release(j.paper)
				}
				if err != nil {
					if ctx.Err() != nil {
						return ctx.Err() // interrupted: a template's run stops at its next write
					}
					if errors.Is(err, errPageTooLarge) {
						// The build stops here: every page may loop as long.
						return diag.Errorf(tmpl.theme.origin("templates/"+j.kind+".html"), 0,
							"template error: a page grew past %d MB and was stopped: a {{range}} over a number, or a template that calls itself, writing without end? Fix the loop in this template or a partial it calls", maxPageBytes>>20)
					}
					e := tmpl.templateError(err)
					if ne := tmpl.nilArgError(err, j.kind); ne != nil {
						e = ne
					}
					if tooDeep(err) {
						// The build stops here: every page that shows
						// the template takes as long to fail.
						return (&pageError{err: tmpl.deepError(e), page: j.out(), pages: 1}).error()
					}
					at := e.Error()
					if d, ok := e.(*diag.Error); ok {
						at = fmt.Sprintf("%s:%d", d.Path, d.Line)
					}
					mu.Lock()
					pe := errs[at]
					if pe == nil {
						pe = &pageError{}
						errs[at] = pe
					}
					pe.add(e, n, i, j.out())
					mu.Unlock()
					return nil
				}
				return emit(model.File{Path: j.out(), Data: buf.Bytes()})
			}
		})
		tmpl.pages.put(sets...)
		if err != nil {
			return err
		}
	}
	list := slices.SortedFunc(maps.Values(errs), func(a, b *pageError) int {
		return cmp.Or(cmp.Compare(a.phase, b.phase), cmp.Compare(a.job, b.job))
	})
	var out diag.List
	for _, pe := range list {
		out.Append(pe.error())
	}
	return out.Err()
}

// tooDeep reports whether err is text/template's for a template that ran
// itself 100,000 levels deep: one whose {{if}}, {{with}} or {{range}}
// around its own call never ends it (checkRecursion tells one with
// none before any page is made).
func tooDeep(err error) bool {
	return strings.Contains(err.Error(), "exceeded maximum template depth")
}

// deepError is e, the error of a template run too deep, with what to do.
func (t *templates) deepError(e error) error {
	d, ok := e.(*diag.Error)
	if !ok {
		return e
	}
	msg, _, _ := strings.Cut(d.Msg, "; fix the template")
	return &diag.Error{Path: d.Path, Line: d.Line, Msg: msg + ": the template runs itself here, and what is around the call never ends it; make the {{if}}, {{with}} or {{range}} end, or call the template you meant"}
}

// maxPageBytes is the most a page's template may write: far more than a
// page of a year's papers, and a loop without end in a theme's template
// ({{range 2000000000}}) stops there, where html/template would write on
// until memory ran out.
const maxPageBytes = 64 << 20

// errPageTooLarge is pageWriter's error for a page past maxPageBytes.
var errPageTooLarge = errors.New("the page is too large")

// pageWriter is the buffer a page's template writes into. It fails the
// template's run once the page passes maxPageBytes, and, looking at each
// megabyte, once the build is cancelled (Ctrl-C), so that neither waits
// for a template that never ends.
type pageWriter struct {
	buf  *bytes.Buffer
	ctx  context.Context
	next int // the size at which it looks at ctx again
}

func (w *pageWriter) Write(p []byte) (int, error) {
	n := w.buf.Len() + len(p)
	if n > maxPageBytes {
		return 0, errPageTooLarge
	}
	if n >= w.next {
		if err := w.ctx.Err(); err != nil {
			return 0, err
		}
		w.next = n + 1<<20
	}
	return w.buf.Write(p)
}

// pageError is a template mistake at one file and line, which fails every
// page that runs it: reported once, with the first page it fails in build
// order (not the first a worker happened to finish) and how many others.
type pageError struct {
	err        error
	phase, job int    // the first failing page's place in the build order
	page       string // its file
	pages      int    // how many pages failed here
}

// add counts the failure err of page, job number job of phase; the first
// in build order gives the message, so that the error is the same each
// build (one line can fail with different messages on different pages).
func (pe *pageError) add(err error, phase, job int, page string) {
	pe.pages++
	if pe.pages == 1 || phase < pe.phase || phase == pe.phase && job < pe.job {
		pe.err, pe.phase, pe.job, pe.page = err, phase, job, page
	}
}

// error is the mistake with the pages it fails on.
func (pe *pageError) error() error {
	d, ok := pe.err.(*diag.Error)
	if !ok {
		return pe.err
	}
	on := " (on " + pe.page + ")"
	if pe.pages > 1 {
		on = fmt.Sprintf(" (on %s and %s)", pe.page, textutil.Plural(pe.pages-1, "other page", "other pages"))
	}
	return &diag.Error{Path: d.Path, Line: d.Line, Msg: d.Msg + on}
}

// staticURL is the template function static: the site-relative URL of
// name, a file under the theme's static/ folder (the site's theme or the
// built-in one), with or without a leading slash. A file that is not there
// is an error naming the nearest one that is, except in the condition of
// an {{if}} or {{with}}, where static is staticIfThere (see
// optionalStatics): {{with static "custom.css"}} links an optional file.
func (r *Renderer) staticURL(name string) (string, error) {
	if u := r.optionalStatic(name); u != "" {
		return u, nil
	}
	if out := staticAsked(name); r.site.Config.LeavesOutBuiltin(out) {
		return "", leftOutError(name, out, r.site.Config.Icon)
	}
	if s := diag.Suggest(strings.TrimPrefix(name, "/"), slices.Sorted(maps.Keys(r.statics))); s != "" {
		return "", fmt.Errorf("static %q: no such file in the theme's static/ folder or the built-in one; did you mean %q?", name, s)
	}
	return "", fmt.Errorf("static %q: no such file in the theme's static/ folder or the built-in one; add it, or link it only when it is there with {{with static %q}}…{{end}}", name, name)
}

// leftOutError is staticURL's error for name, the built-in theme's icon
// out that the site does not publish, as its theme has the icon icon of
// its own (model.Config.LeavesOutBuiltin).
func leftOutError(name, out, icon string) error {
	if out == model.IconFiles[0] {
		return fmt.Errorf("static %q: the built-in %s is not published, as the theme's icon is its own %s; link the site's icon, whichever it is, with {{url .Config.IconPath}}", name, out, icon)
	}
	return fmt.Errorf("static %q: the built-in %s is not published, as the theme has an icon of its own (%s) and not this one, which would show the site by Paperboy's; add your own static/%s, or link it only when it is there with {{with static %q}}…{{end}}", name, out, icon, out, name)
}

// missingStatics reports each {{static "name"}} of the site's theme
// templates, outside the condition of an {{if}} or {{with}}, whose file
// is not there, at its line: a page that runs it would fail, and a page
// kind the site has none of yet (an organization's) would fail the build
// that makes the first.
func (r *Renderer) missingStatics(tmpl *templates) error {
	var errs diag.List
	r.staticCalls(tmpl, "static", func(file string, line int, name string, _ parse.Pos) bool {
		if _, err := r.staticURL(name); err != nil {
			msg, hint, _ := strings.Cut(err.Error(), "; ")
			errs.Append(tmpl.atHint(file, line, msg, hint))
		}
		return true
	})
	return errs.Err()
}

// staticCalls calls visit with each call of the function fn with a name
// written out ({{static "logo.svg"}}; fn optionalStaticFunc for one in
// the condition of an {{if}} or {{with}}) in the templates of the site's
// theme folders, in path order: its file, its line, the name and where
// the call begins in the file, until visit returns false.
func (r *Renderer) staticCalls(tmpl *templates, fn string, visit func(file string, line int, name string, pos parse.Pos) bool) {
	if r.th.site == nil {
		return
	}
	more := true
	for _, file := range slices.Sorted(maps.Keys(tmpl.trees)) {
		if !r.th.inSite(file) {
			continue
		}
		for _, tree := range tmpl.trees[file] {
			tmplwalk.Walk(tree.Root, func(n parse.Node) {
				cmd, ok := n.(*parse.CommandNode)
				if !more || !ok || len(cmd.Args) != 2 || funcName(cmd.Args[0]) != fn {
					return
				}
				if name, ok := cmd.Args[1].(*parse.StringNode); ok {
					loc, _ := tree.ErrorContext(cmd)
					_, line := splitLocation(loc)
					more = visit(file, line, name.Text, cmd.Args[0].Position())
				}
			})
		}
	}
}

// optionalStatic is the URL of the static file name, or "" when there is
// none. Names are compared in NFC, the form static files are published
// under: a file a Mac saved as "café.svg" decomposed is found by the name
// as typed. They are compared as they are, in letter case too, on every
// disk: a Mac's would find "Custom.css" as "custom.css", which the site
// then links at an address it does not publish.
func (r *Renderer) optionalStatic(name string) string {
	name = staticAsked(name)
	if !r.statics[name] {
		return ""
	}
	return r.l.Rel(name)
}

// staticIfThere is static in the condition of an {{if}} or {{with}}
// (optionalStatics): optionalStatic. A file that is there in another
// letter case only (Custom.css for {{with static "custom.css"}}) is noted
// for Misnamed, since no page links it.
func (r *Renderer) staticIfThere(name string) string {
	u := r.optionalStatic(name)
	if u == "" {
		name = staticAsked(name)
		if had := r.folded[filename.Fold(name)]; had != "" {
			r.mu.Lock()
			r.misnamed[name] = had
			r.mu.Unlock()
		}
	}
	return u
}

// Misnamed returns a warning at each static file of the theme that the
// templates asked for in a condition ({{with static "custom.css"}}) by a
// name it has in another letter case only, so that no page links it;
// nil when there is none. It is complete once All has run.
func (r *Renderer) Misnamed() diag.List {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out diag.List
	for _, asked := range slices.Sorted(maps.Keys(r.misnamed)) {
		had := r.misnamed[asked]
		if at, line, call := r.askedIn(asked); at != "" {
			// The site's template names the file otherwise: the name to
			// fix is the template's.
			out = append(out, &diag.Error{Path: at, Line: line, Msg: fmt.Sprintf(
				"%s links nothing, as the theme's file is %s: letter case counts on the site; write %q", call, r.th.origin(had), staticOut(had))})
			continue
		}
		out = append(out, &diag.Error{Path: r.th.origin(had), Msg: fmt.Sprintf(
			"the theme links %s only when a file of exactly that name is there ({{with static %q}}), and this one's name differs in letter case, so no page links it; rename it static/%s", asked, asked, asked)})
	}
	return out
}

// TemplateWarnings returns a warning at each template of the site's theme
// that loses, without an error, what the built-in one writes: a paper.html
// whose paper pages run no citationMeta, a card that starts with an <li>
// inside a list's own; nil when there is none.
func (r *Renderer) TemplateWarnings() diag.List { return r.tmpl.warnings }

// askedIn returns the template of the site's theme folders that asks for
// the static file asked in a condition ({{with static "Custom.css"}}) or
// with staticIfThere, the line it does so at, and the call as the file
// writes it, which a search of the theme finds; "" when none does (the
// built-in theme's templates ask for it).
func (r *Renderer) askedIn(asked string) (at string, line int, call string) {
	r.staticCalls(r.tmpl, optionalStaticFunc, func(file string, l int, name string, pos parse.Pos) bool {
		if staticAsked(name) != asked {
			return true
		}
		at, line, call = r.th.origin(file), l, fmt.Sprintf("{{with static %q}}", name)
		if src, err := fs.ReadFile(r.th, file); err == nil && strings.HasPrefix(string(src[min(int(pos), len(src)):]), optionalStaticFunc) {
			call = fmt.Sprintf("{{%s %q}}", optionalStaticFunc, name) // written so, not renamed (optionalStatics)
		}
		return false
	})
	return at, line, call
}

// static returns every file under the theme's static/ folder at its
// output path (staticOut), as the site publishes it (publishedStatic):
// but those cfg leaves out (LeavesOut: built-in icons, a preview's
// CNAME), and, unless cfg.AsWritten, the built-in theme's stylesheets and
// scripts minified.
func static(th overlay, cfg *model.Config) ([]model.File, error) {
	names, err := th.files("static")
	if err != nil {
		return nil, err
	}
	out := make([]model.File, 0, len(names))
	minify := !cfg.AsWritten
	for _, n := range names {
		if cfg.LeavesOut(staticOut(n), !th.inSite(n)) {
			continue
		}
		data, err := fs.ReadFile(th, n)
		if errors.Is(err, fs.ErrPermission) {
			return nil, diag.Unreadable(th.origin(n), "file", err)
		}
		if err != nil {
			return nil, err // a folder of the site's where the built-in theme has a file: the build names it (withClashes)
		}
		out = append(out, model.File{Path: staticOut(n), Data: publishedStatic(th.builtin, minify, staticOut(n), data)})
	}
	return out, nil
}

// staticOut is the output path of the theme's static file at the path
// static/name: name, in NFC. The template function static looks files up
// by it (New) and they are published at it (static), so one function
// keeps a link and its file at the same address.
func staticOut(path string) string { return norm.NFC.String(strings.TrimPrefix(path, "static/")) }

// staticAsked is the output path of the static file a template asks for
// by name, with or without a leading slash: name in NFC, as staticOut.
func staticAsked(name string) string { return norm.NFC.String(strings.TrimPrefix(name, "/")) }

// authorNames links each of authors (the cached partial author-link),
// joined by comma, each in a <span class="author">, an inline block, with
// the punctuation that follows it: comma's, or after the last author the
// start of after (", and 3 others"; splitPunct). A line breaks between
// two names, or inside one wider than the line, but not before its comma,
// which a line could start with where the name's link ended in an inline
// block (.authors a > span). One such block remains, a name of three
// words or more's last two (authorName): in a line at least as wide as
// the whole name but not as wide as it and its comma, the name fills a
// line of its block and the comma goes to the next.
func (r *Renderer) authorNames(authors []*model.Author, comma, after any) (template.HTML, error) {
	commaPunct, commaRest, err := splitPunct(comma)
	if err != nil {
		return "", err
	}
	afterPunct, afterRest, err := splitPunct(after)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i, a := range authors {
		if i > 0 {
			b.WriteString(commaPunct)
			b.WriteString("</span>")
			b.WriteString(commaRest)
		}
		link, err := r.parts.render("author-link", a, a)
		if err != nil {
			return "", err
		}
		b.WriteString(`<span class="author">`)
		b.WriteString(string(link))
	}
	if len(authors) > 0 {
		b.WriteString(afterPunct)
		b.WriteString("</span>")
		b.WriteString(afterRest)
	}
	return template.HTML(b.String()), nil
}
