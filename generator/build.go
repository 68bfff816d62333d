// Package generator builds a Paperboy site: it wires the pipeline stages
// together and is the only package that depends on all of them.
//
//	content/ (fs.FS) → load → parse (front matter + Markdown) → index
//	                 → related → email templates tried → search index
//	                 → render pages ∥ feeds → files
//
// Build returns the site's files and writes nothing; the output package
// writes them to public/, and the preview server serves them from memory.
package generator

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/generator/search"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/themes"
)

// Options configure a build.
type Options struct {
	Site    fs.FS  // the site folder: content/ and themes/
	BaseURL string // replaces site.yaml's baseURL when not empty
	Drafts  bool   // include papers marked draft: true
	NoIndex bool   // ask search engines to leave every page out (a preview deploy)
	// Offline makes a copy to open from disk (file://, a zip): the
	// links of its pages into the site are relative, a folder's to its
	// index.html (see offline). Build alone reads it; serve has no use
	// for it.
	Offline bool
	Workers int    // parallelism of parse and render; 0 means GOMAXPROCS
	Cache   *Cache // parses kept between builds (serve); nil parses everything

	// Former, when set, is the site the destination holds, the build
	// before: the paper pages and pages it has that this build removes
	// are warned of (removedAddresses), as the addresses readers link to
	// would find nothing; a baseURL edited since it was built, with no
	// feedIDBase, or a feedIDBase edited or taken out, is told
	// (changedBase), as it gives every feed item a new id, and so is a
	// paper whose items' id changed otherwise (changedFeedIDs). Only its
	// folders are listed, and the former pages of the papers whose BibTeX
	// keys have their ids added read, whose keys another paper may have
	// taken (movedKeys), and its days' papers.bib, for the keys that
	// changed otherwise (changedKeys). Its files are read only as the
	// build wrote them, regular and bounded (readFormer): a pull request
	// can commit anything into the destination folder.
	Former fs.FS

	// Emit, when set, receives every output file as soon as it is made,
	// from several goroutines at once, and Result.Files stays empty: a
	// build streamed to disk never holds the whole site in memory. Without
	// a Cache, such a build also drops each paper's Markdown source and
	// plain text once used, so Result.Site's papers lack Body and Text.
	Emit func(model.File) error

	// prev, when set, are the files of the build before (Live's), sorted
	// by path: a file with the same bytes at its path shares them (see
	// sink.keep).
	prev []model.File

	// release, when set, is called once the sources have built without a
	// mistake, before the pages are made: Live lets go of the published
	// build then, which it keeps for its quick rebuilds while a build
	// fails on the sources.
	release func()

	// feeds, when set, keeps the feeds' items for the quick rebuilds of
	// Live that follow (feeds.Showing): Live's, new for each full build.
	feeds *feeds.Cache

	// preview, set by NewLive, marks the builds of paperboy serve: a
	// preview whose feeds no reader follows, so a --base-url at another
	// address than baseURL is not told to change their ids (movedIDs).
	preview bool

	// Digests stops the build once the site is indexed and its email
	// templates are checked: Result has Site, Words, Mail and the
	// sources' Warnings, and no files, for paperboy mail, which needs a
	// digest's papers, not the pages, feeds and search index of the whole
	// archive.
	Digests bool

	// Progress, when set, is told the stage the build starts ("parsing
	// 10400 sources"), for a line that shows a long build at work.
	Progress func(stage string)

	// check, set by Check, which reads the files as Emit gets them, keeps
	// the papers' Markdown that a streamed build drops (check reads it for
	// the lines of links), and is told the pages it samples before they
	// render.
	check *checked
}

// Result is a built site.
type Result struct {
	Site   *model.Site
	Files  []model.File  // sorted by path; empty when Options.Emit is set
	Count  int           // output files
	Bytes  int64         // output bytes
	Stages []Stage       // time spent in each stage, in pipeline order
	Words  *i18n.Catalog // the theme's messages in the site's language
	Mail   mail.Theme    // the email templates: the site's theme folders over the built-in ones, in Words
	// Warnings are what the build does not read although the site means
	// it to (static/ of a site moved from Hugo, at the site's root; a
	// theme's templates/Paper.html), or publishes though it is most
	// likely not meant (a link to a file that is not there): not errors,
	// since the site builds, but its files go missing. They are sorted by
	// path, then line.
	Warnings []Problem

	// Beside are the files beside the sources that the build published
	// because links name them (see beside), by content path.
	Beside []string

	// Unchanged, when set, says why the rebuild found nothing to do: the
	// changed files are none that the published site was built from, or
	// are as it read them (Live). Files and Warnings are the published
	// ones.
	Unchanged string

	fronts  map[string]front  // with Options.Cache: each paper file's front matter
	daySums map[string]uint64 // with Options.Cache: the hash of each day file's bytes
	config  uint64            // with Options.Cache: the hash of the configuration it parsed under (Cache.useConfig)
	besides beside            // the files beside the sources links could name
	// statics has the origin of each file the build copied as it is, by
	// output path: a theme's static file as the user sees it, or a file
	// beside the sources by its content path (in NFC).
	statics map[string]string
	linked  []string  // those any source links to, drafts' too (in NFC)
	heavy   []Problem // check's notes of the heavy images among those it published (heavyNote)
	// links says a source, or a file beside the sources, is a symbolic
	// link (load.Sources.Links): a save of any file of content/ may then
	// change what the build reads.
	links bool
	// sourcePages has the page of every source that parsed (sourcePages).
	sourcePages map[string]string
	// drafts has the page of every draft, and every paper, left out, and
	// why (unpublishedPages).
	drafts map[string]string
	// warnedLinks are the broken links of the sources that Warnings has
	// (brokenLinks), which check does not report again.
	warnedLinks map[linkAt]bool
	paths       map[string]bool // every output file's path: check's links resolve against them, and serve's quick rebuilds (Live) add to them
}

// Stage is the duration of one pipeline stage.
type Stage struct {
	Name     string
	Duration time.Duration
}

// renderGCPercent is the collector's GOGC while a lean build renders,
// unless the GOGC environment variable sets one. It is high on purpose: the
// render runs under a soft memory limit of what the search stage before it
// held, so the heap may grow back to the peak the process already reached,
// and no further, before the collector runs. The render's live heap is small
// (papers, cards) and its garbage plentiful, so fewer, later collections
// save CPU without raising the peak. At 100,000 papers the render
// collected 15 times under GOGC 60 alone and 12 times under the limit; at
// 10,000 its peak memory did not rise.
const renderGCPercent = 200

// minRenderLimit is the least soft memory limit a lean build renders
// under. A small site holds little at the search stage's peak, so little
// that under that limit alone its render collected all the time; below
// this much memory, the collector's CPU is worth more than the memory.
const minRenderLimit = 64 << 20

// searchLimit and renderLimit, in tenths, are the soft memory limits a
// lean build makes its search index and renders under, as multiples of the
// live heap each stage starts with (never lower than minRenderLimit, nor
// higher than the limit in force). Under GOGC alone the search stage grew
// its heap to twice its live heap and more, and the memory it then held,
// or three times the render's live heap, became the render's limit: the
// peak. At 10,000 papers, four builds each alternating with the earlier
// limits, peak RSS fell from 220.6-229.3 MiB to 207.1-213.3 (13 to 21 MiB
// less in each pair), for 59-63 collections against 57-59 and the same
// user time within the noise (14.2 s on average for both, at load 17-25).
// The lower the limits, the more the render collects: 2.3 and 2.7 peaked at
// 201-202 MiB but collected 64-67 times. Once papers no longer kept the
// text of their abstracts (model.Paper.SetTexts), the render started with
// 51 MB live where it had 67, and collected 26-28 times under 2.8 where it
// had 20 (peak 177-186 MiB); under 3.4, 22 times (peak 193-194 MiB).
// Features since then raised that peak to 214 MiB (Hugo's is 640); under
// 3.2 it is 203 MiB for 63-65 collections against 61-62, and under 3.0,
// 192 MiB for 68-70.
const searchLimit, renderLimit = 24, 32

// Build reads the sources in opts.Site and returns every output file. A
// build with mistakes in its sources returns a diag.List naming each one.
func Build(ctx context.Context, opts Options) (*Result, error) {
	res, _, err := build(ctx, opts)
	return res, err
}

// build is Build, also returning the renderer of the built site.
func build(ctx context.Context, opts Options) (*Result, *render.Renderer, error) {
	res := &Result{}
	progress := func(format string, args ...any) {
		if opts.Progress != nil {
			opts.Progress(fmt.Sprintf(format, args...))
		}
	}
	progress("reading the sources")
	clock := time.Now()
	lap := func(name string) {
		now := time.Now()
		res.Stages = append(res.Stages, Stage{name, now.Sub(clock)})
		clock = now
	}

	cfgData, err := fs.ReadFile(opts.Site, load.Config)
	if err != nil {
		return nil, nil, unreadConfig(opts.Site, err)
	}
	// A site.yaml that parses but has mistakes (an unknown key, a value
	// out of range) is read on with those fields at their defaults, so
	// that one build names its mistakes and the sources' together; one
	// that does not parse gives no config to read the rest by, but the
	// sources' mistakes that need none are named with its own.
	cfg, err := parse.Config(load.Config, cfgData, opts.BaseURL)
	if cfg == nil {
		if list, ok := diag.Source(err); ok {
			err = append(list, textMistakes(opts.Site)...)
		}
		return nil, nil, err
	}
	cfg.NoIndex = opts.NoIndex
	var errs diag.List
	errs.Append(err)
	feedIDs := readFormerIDs(opts.Former, cfg) // read once, for changedBase, removedPapers and changedFeedIDs
	res.Warnings = slices.Concat(hugoPlaces(opts.Site, cfg), domainMismatch(cfg), plainHTTP(cfg), baseURLPlaceholder(cfg, opts.BaseURL), siteMarkup(cfg), movedIDs(cfg, opts.preview), changedBase(cfg, builtAt(opts.Former), formerIDBase(feedIDs)), strayFolders(opts.Site))
	errs.Append(caseSourceFolders(opts.Site))
	// A theme: that names no folder is site.yaml's mistake too, and the
	// build reads on without it, so one run names the sources' as well.
	siteTheme, err := siteThemes(opts.Site, cfg)
	if _, ok := diag.Source(err); err != nil && !ok {
		return nil, nil, err
	}
	errs.Append(err)
	orphans, err := themeOrphans(opts.Site, cfg)
	if err != nil {
		return nil, nil, err
	}
	res.Warnings = append(res.Warnings, orphans...)
	res.Warnings = append(res.Warnings, notFoundLinks(siteTheme, cfg)...)
	// The theme's words come first: Markdown's HTML has some. A mistake
	// in them is reported with the sources' (in English meanwhile).
	words, err := i18n.Load(i18n.Theme{Site: siteTheme, Root: opts.Site},
		i18n.Language{Tag: cfg.Language, Path: cfg.Source, Line: cfg.LangLine})
	if err != nil {
		errs.Append(err)
		// The build stops on the mistake, before the templates are
		// parsed; their calls of T are checked now, against the ids
		// that loaded, so that one run names a misspelt id on both
		// sides.
		if err := render.CheckTemplates(cfg, render.Options{Builtin: themes.Default(), SiteTheme: siteTheme, Words: words}); err != nil {
			errs.Append(stageError("render", err))
		}
		if words, err = i18n.Builtin("en"); err != nil {
			return nil, nil, err
		}
	}
	res.Words = words
	untranslated := words.Untranslated
	if opts.check != nil {
		untranslated = words.UntranslatedAll // check names each, for the translator
	}
	if e := untranslated(); e != nil { // a partial translation builds, and says so
		res.Warnings = append(res.Warnings, Problem{Kind: "untranslated", Path: e.Path, Msg: e.Msg})
	}
	if opts.Cache != nil {
		res.config = opts.Cache.useConfig(cfgData, markdownLabels(words))
	}
	srcs, err := load.Find(opts.Site, cfg.Limits.MaxFileBytes)
	errs.Append(err)
	res.links = srcs == nil || len(srcs.Links) > 0
	if srcs != nil {
		res.Warnings = append(res.Warnings, misnamedSources(opts.Site, srcs.Other)...)
		res.Warnings = append(res.Warnings, underscoredPapers(opts.Site, srcs.Underscored)...)
	}
	failed := unread(errs)
	lap("load")

	// A streamed build without a cache keeps nothing after it returns, so
	// it frees what each stage no longer needs as it goes.
	lean := opts.Emit != nil && opts.Cache == nil
	if srcs != nil {
		progress("parsing %d sources", len(srcs.Papers)+len(srcs.Days)+len(srcs.Pages))
	}
	besides := besideFiles(srcs, newSizes(opts.Site, append(slices.Clip(siteTheme), themefs.Layer{FS: themes.Default(), Dir: "themes/default"})))
	parsed, err := parseAll(ctx, opts.Site, cfg, words, srcs, besides, opts.Workers, opts.Cache, lean && opts.check == nil)
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	res.fronts, res.daySums, res.linked = parsed.fronts, parsed.daySums, linkedFiles(parsed.papers, parsed.days, parsed.pages)
	errs.Append(err)
	res.Warnings = append(res.Warnings, parsed.warn...)
	res.Warnings = append(res.Warnings, authorNameWarnings(cfg, parsed.papers)...)
	res.Warnings = append(res.Warnings, organizationNameWarnings(cfg, parsed.papers)...)
	res.Warnings = append(res.Warnings, topicTypos(cfg, parsed.papers)...)
	res.Warnings = append(res.Warnings, deletedRuleTopics(cfg, parsed.papers)...)
	res.Warnings = append(res.Warnings, notTopicWarnings(cfg, parsed.papers)...)
	// The site's image: is read as a page's is (with the base path it may
	// be written with left out) and sized, for og:image; a URL on the
	// site's own baseURL is sized as the file it names (RootPath).
	cfg.Image = markdown.SitePath(cfg.Image, cfg.BasePath())
	cfg.ImageWidth, cfg.ImageHeight = sizeOf(besides.measurer(cfg.Source, new([]probe), &res.Warnings), cfg.RootPath(cfg.Image), cfg.ImageLine)
	lap("parse")
	progress("indexing %d papers", len(parsed.papers))

	markImportPins(opts.Site, parsed.days, parsed.papers)
	res.Warnings = append(res.Warnings, importPinNotes(parsed.days)...)
	site, err := index.Build(cfg, parsed.papers, parsed.days, index.Options{Drafts: opts.Drafts, Failed: append(failed, parsed.failed...), Pages: parsed.pages})
	errs.Append(err)
	if err == nil {
		errs.Append(sharedFeedIDs(site))
		errs.Append(yearOneDay(site))
	}
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	res.Warnings = append(res.Warnings, unlistedPapers(parsed.days, site)...)
	res.Warnings = append(res.Warnings, duplicatePapers(site.Papers)...)
	res.sourcePages = sourcePages(parsed.papers, parsed.days, parsed.pages)
	res.drafts = unpublishedPages(parsed.papers, parsed.pages, opts.Drafts, site)
	linkSources(site, res.sourcePages)
	lap("index")
	progress("finding related papers")

	linkRelated(site, opts.Workers)
	lap("related")
	// The email templates the site makes its own run on the newest day,
	// so that a mistake fails this build, not the mail job after the
	// deploy; it costs one day's email. Their calls of T are checked with
	// the page templates' when those are parsed (render.New, before
	// anything is rendered), and the mistakes of both are told together:
	// mailAlone tells theirs when the build stops before.
	mailTheme := mail.Theme{Builtin: themes.Default(), Site: siteTheme, Words: words}
	res.Mail = mailTheme
	mailCheck := mail.Prepare(site, mail.Settings(cfg.Newsletter), mailTheme, newsletterLines(cfg, cfgData))
	mailAlone := func(err error) error { return together(mailCheck.Alone(), err) }
	if opts.Digests {
		if err := mailAlone(nil); err != nil {
			return nil, nil, err
		}
		if opts.release != nil {
			opts.release()
		}
		sortByLine(res.Warnings)
		res.Site = site
		return res, nil, nil
	}
	// The theme's static files are listed before anything is made, so
	// that the sink writes no file that clashes with one. Their own
	// problems (names that clash, or that Windows cannot hold) are
	// reported with the clashes with generated files, so one build names
	// them all.
	static, err := themeStatics(themes.Default(), siteTheme)
	if static == nil {
		return nil, nil, mailAlone(err)
	}
	cfg.Icon = siteIcon(siteTheme, static)
	cfg.HomeIcons = homeIcons(siteTheme, static, cfg.Icon)
	var iconWarn []Problem
	cfg.HomeIconImages, iconWarn = homeIconImages(append(slices.Clip(siteTheme), themefs.Layer{FS: themes.Default(), Dir: "themes/default"}), cfg)
	res.Warnings = append(res.Warnings, iconWarn...)
	static.leaveOut(cfg)
	published, besideErr := static.addBeside(linkedFiles(site.Papers, site.Days, site.Pages))
	var staticErrs diag.List
	staticErrs.Append(err)
	staticErrs.Append(besideErr)
	staticErrs.Append(static.images(site))
	if opts.check != nil {
		opts.check.links.Site = cfg.BaseURL // before it reads a page
	}
	out := newSink(opts.Emit)
	out.prev = opts.prev
	out.static = static
	if opts.Offline {
		out.relink = newOffline(cfg).file
	}
	res.Beside, res.besides, res.statics = besides.disk(published), besides, static.origin
	warn, heavy, err := besides.emit(opts.Site, published, out.add, &staticErrs)
	if err != nil {
		return nil, nil, mailAlone(err)
	}
	out.staticErr = staticErrs.Err()
	res.heavy = heavy
	res.Warnings = append(res.Warnings, warn...)
	if static.robots != nil {
		if err := out.replace(robots(static.robots, cfg)); err != nil {
			return nil, nil, mailAlone(err)
		}
		res.Warnings = append(res.Warnings, robotsUnread(cfg, static.origin[robotsFile])...)
		res.Warnings = append(res.Warnings, robotsSitemaps(static.robots, cfg, static.origin[robotsFile])...)
	}
	res.Warnings = append(res.Warnings, staticCNAME(cfg, static.cname, static.origin["CNAME"])...)
	if static.manifest != nil {
		if err := out.replace(model.File{Path: render.ManifestFile, Data: static.manifest}); err != nil {
			return nil, nil, mailAlone(err)
		}
	}
	// The page templates are parsed and the email templates run before
	// any page or feed is made, so that no file of a build whose email
	// templates fail is written. Such a build still makes the rest into
	// nothing (out.discard), for the mistakes that only a page's render
	// finds, so that one build tells them with the email's; mailFailed
	// adds the email's to each error from here on. A preview keeps its
	// published site until the email templates pass.
	renderOpts := render.Options{Builtin: themes.Default(), SiteTheme: siteTheme, Words: words, Workers: opts.Workers, Once: lean, Calls: mailCheck.Calls(), VerifyAll: opts.check != nil}
	rend, err := render.New(ctx, site, renderOpts)
	mailErr := mailCheck.Run()
	if err != nil {
		return nil, nil, templatesError(err, mailErr, out)
	}
	mailFailed := func(err error) error { return together(mailErr, err) }
	if mailErr != nil {
		out.discard()
	}
	if lean {
		// A lean build parses the templates again after the search index
		// (6 ms): held through the index's peak of memory, they raised a
		// 10,000-paper build's by 10 MB, a twentieth.
		rend = nil
	}
	if opts.release != nil && mailErr == nil {
		opts.release()
	}

	progress("building the search index")
	// A lean build makes it under a soft memory limit (see searchLimit),
	// which it puts back when the index is made or the build fails.
	unlimit := func() {}
	if lean && os.Getenv("GOGC") == "" {
		unlimit = lowerMemoryLimit(max(searchLimit*liveHeap()/10, minRenderLimit))
		defer unlimit()
	}
	// The search index comes first, on every core: its documents hold the
	// papers' plain text, which a lean build then frees (parseAll dropped
	// the Markdown sources) before the pages render, the stage that needs
	// the most memory.
	docs := searchDocs(site)
	if lean {
		for _, p := range site.Papers {
			p.Text = ""
		}
	}
	// Its files go to the sink as they are made, so that a streamed build
	// never holds them all (256 MB at 100,000 papers).
	_, err = search.Stream(docs, search.Options{Consume: lean, Show: tex.UnicodeText}, func(f model.File) error {
		if err := out.add(f); err != nil {
			return fmt.Errorf("search: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, nil, mailFailed(err) // search's errors name the index already
	}
	lap("search")
	unlimit()
	if lean {
		// The index's working memory and the papers' text are garbage now:
		// collect it before the render, so the collector's next goal is set
		// from the smaller heap the render starts with, not from the
		// index's peak. The memory the process held at that peak becomes
		// the render's soft limit (see renderGCPercent), but never less
		// than minRenderLimit or renderLimit tenths of the live heap: the
		// render's live heap grows as it caches, and a limit it nearly
		// fills makes the collector run all the time (a 1,000-paper site,
		// which holds 29 MB at that peak, collected 131 times in a 1.0 s
		// build; with the floor, 26 times in 0.48 s). At 100,000 papers the
		// latter (2.8 times 629 MB) is above cmd/paperboy's own limit,
		// which stays.
		held := heldMemory()
		runtime.GC()
		if os.Getenv("GOGC") == "" {
			defer debug.SetGCPercent(debug.SetGCPercent(renderGCPercent))
			limit := max(held, renderLimit*liveHeap()/10, minRenderLimit)
			if opts.check != nil {
				// Check keeps each page's links as it renders, so its
				// live heap grows where a build's does not: at 10,000
				// papers it collected 83 times under the build's limit,
				// 61 under a quarter more.
				limit += limit / 4
			}
			defer lowerMemoryLimit(limit)()
		}
	}

	if rend == nil {
		renderOpts.Calls = nil // checked already
		if rend, err = render.New(ctx, site, renderOpts); err != nil {
			return nil, nil, mailFailed(stageError("render", err))
		}
	}
	if err := rend.Prepare(); err != nil {
		return nil, nil, mailFailed(stageError("render", err))
	}
	progress("rendering the pages and feeds")
	// The feeds read the same immutable site as the pages, so they are made
	// while the pages render (their stage time overlaps the render's).
	var side errgroup.Group
	var feedsTime time.Duration
	side.Go(func() error {
		t0 := time.Now()
		defer func() { feedsTime = time.Since(t0) }()
		if err := feeds.Emit(site, words, opts.feeds, out.add); err != nil {
			return fmt.Errorf("feeds: %w", err)
		}
		opml, err := feeds.OPML(site, words)
		if err != nil {
			return fmt.Errorf("feeds: %w", err)
		}
		return out.add(opml)
	})
	if opts.check != nil {
		opts.check.sample(rend.Samples())
	}
	if err := rend.All(ctx, out.add); err != nil {
		side.Wait()
		return nil, nil, mailFailed(stageError("render", withClashes(err, out)))
	}
	lap("render")
	if err := side.Wait(); err != nil {
		return nil, nil, mailFailed(withClashes(err, out))
	}
	if err := mailFailed(out.err()); err != nil {
		return nil, nil, err
	}
	for _, e := range rend.Misnamed() {
		res.Warnings = append(res.Warnings, Problem{Kind: "filename", Path: e.Path, Line: e.Line, Msg: e.Msg})
	}
	for _, e := range rend.TemplateWarnings() {
		res.Warnings = append(res.Warnings, Problem{Kind: "markup", Path: e.Path, Line: e.Line, Msg: e.Msg})
	}
	// Every output file is known now: the links the sources write to
	// files that are not there are warned of.
	broken, warned := brokenLinks(opts.Site, site, besides, parsed.unfound, res.sourcePages, res.drafts, out.paths)
	res.Warnings, res.warnedLinks = append(res.Warnings, broken...), warned
	had := formerPapers(opts.Former)
	res.Warnings = append(res.Warnings, removedAddresses(opts.Former, had, feedIDs, site, out.paths, res.drafts)...)
	res.Warnings = append(res.Warnings, removedDays(opts.Former, site, out.paths)...)
	res.Warnings = append(res.Warnings, removedPeriods(opts.Former, out.paths)...)
	moved := movedKeys(opts.Former, had, site.Papers, rend.BibKey)
	res.Warnings = append(res.Warnings, moved...)
	res.Warnings = append(res.Warnings, changedKeys(opts.Former, site, rend.BibKey, moved)...)
	res.Warnings = append(res.Warnings, changedFeedIDs(feedIDs, site)...)
	res.Warnings = append(res.Warnings, removedCNAME(opts.Former, site.Config, out.paths)...)
	sortByLine(res.Warnings) // as build and serve print them: by file, then line
	res.Stages = append(res.Stages, Stage{"feeds", feedsTime})

	res.Site, res.Files, res.Count, res.Bytes, res.paths = site, out.sorted(), len(out.paths), out.bytes, out.paths
	return res, rend, nil
}

// domainMismatch warns when site.yaml's domain: is not the host of the
// site's address (cnameMismatch). A build whose --base-url is on another
// host than a baseURL at the domain is warned of by the flag's address:
// the deploy workflow builds at the address Settings → Pages gives, which
// is the domain's once it is set there.
func domainMismatch(cfg *model.Config) []Problem {
	if cfg.Domain == "" {
		return nil
	}
	if w := cfg.WrittenBase; w != nil && !cfg.NoIndex && cfg.Base != nil && onDomain(w.Hostname(), cfg.Domain) && (w.Path == "/" || w.Path == "") && !onDomain(cfg.Base.Hostname(), cfg.Domain) {
		return []Problem{{Kind: "config", Path: cfg.Source, Line: cfg.DomainLine, Msg: fmt.Sprintf(
			"domain %s is the host of baseURL %s, but the site is built at %s (--base-url), and every canonical link, the sitemap and the feeds name that address; "+
				"the deploy workflow passes the address Settings → Pages gives, so the custom domain is not set there yet: enter %[1]s under Settings → Pages → Custom domain (and add the DNS record GitHub names there), or remove domain: until then", cfg.Domain, w, cfg.BaseURL)}}
	}
	return cnameMismatch(cfg, cname{path: cfg.Source, line: cfg.DomainLine, domain: cfg.Domain})
}

// cname is a CNAME the site publishes: domain:'s, at its line of
// site.yaml, or a theme's static/CNAME (static).
type cname struct {
	path   string
	line   int
	domain string
	static bool
}

// cnameMismatch warns when the CNAME c names another host than the
// site's address: GitHub Pages then serves the site at the domain's root,
// while its canonical links, sitemap and robots.txt name the other host
// and its pages link their styles under the other address's path. It
// warns too when the address is on that host but below its root
// (https://lab.example.org/reading/): the domain's root is where GitHub
// Pages serves the site, so its links under /reading/ name nothing. A
// --noindex build at another address (a preview's) is judged by
// site.yaml's own baseURL: the preview is a copy, which the domain does
// not serve.
func cnameMismatch(cfg *model.Config, c cname) []Problem {
	base, baseURL := cfg.Base, cfg.BaseURL
	if cfg.NoIndex && cfg.WrittenBase != nil {
		base, baseURL = cfg.WrittenBase, cfg.WrittenBase.String()
	}
	if base == nil {
		return nil
	}
	d := c.domain
	writes, is, set, remove := "domain "+d+" writes a CNAME", "domain "+d+" is", "set `baseURL: https://"+d+"/`", "remove domain:"
	if c.static {
		writes, is, remove = "this CNAME names "+d, "this CNAME names "+d+", which is", "delete this file"
		set = "set `baseURL: https://" + d + "/` and `domain: " + d + "` in site.yaml in place of this file"
	}
	if onDomain(base.Hostname(), d) {
		if bp := base.Path; bp != "/" && bp != "" {
			return []Problem{{Kind: "config", Path: c.path, Line: c.line, Msg: fmt.Sprintf(
				"%s, with which GitHub Pages serves the site at the domain's root, https://%s/, but baseURL %s puts it under %s, so every link of the site (to its styles, its pages) names a folder %s that is not there; "+
					"%s, or %s when the site is served under %s by another server (a lab's), which reads no CNAME", writes, d, baseURL, bp, bp, set, remove, bp)}}
		}
		return nil
	}
	return []Problem{{Kind: "config", Path: c.path, Line: c.line, Msg: fmt.Sprintf(
		"%s not the host of the site's address %s, so the site served at https://%s/ has canonical links, a sitemap and links to its styles that name %s; "+
			"%s (with `feedIDBase: %s` when its feeds were read there, which keeps their items' ids), or %s until the site moves there", is, baseURL, d, baseURL, set, baseURL, remove)}}
}

// onDomain reports whether host is the domain's, with or without www.,
// which GitHub Pages serves as one site.
func onDomain(host, domain string) bool {
	return host == domain || host == "www."+domain || "www."+host == domain
}

// plainHTTP warns when the site's address is a github.io one written with
// http://: GitHub Pages serves github.io only over HTTPS and answers every
// http:// address with a redirect, so the canonical links, the sitemap and
// the feeds would name redirects, which search engines do not index.
func plainHTTP(cfg *model.Config) []Problem {
	if cfg.Base == nil || cfg.Base.Scheme != "http" || !strings.HasSuffix(strings.ToLower(cfg.Base.Hostname()), ".github.io") {
		return nil
	}
	https := "https" + strings.TrimPrefix(cfg.BaseURL, "http")
	return []Problem{{Kind: "config", Path: cfg.Source, Line: cfg.BaseURLLine, Msg: fmt.Sprintf(
		"baseURL %s starts with http://, but GitHub Pages serves github.io only over HTTPS and redirects each http:// address, so the canonical links, the sitemap and the feeds would name redirects; "+
			"write `baseURL: %s` (with `feedIDBase: %s` when readers already follow its feeds, which keeps their items' ids)", cfg.BaseURL, https, cfg.BaseURL)}}
}

// siteThemes returns the site's theme folders, its own first, or nil for a
// site without a theme.
func siteThemes(site fs.FS, cfg *model.Config) (themefs.Stack, error) {
	var stack themefs.Stack
	var errs diag.List
	for i, name := range cfg.Themes {
		dir := "themes/" + name
		sub, err := fs.Sub(site, dir)
		if err != nil {
			return nil, err
		}
		if _, err := fs.Stat(sub, "."); err != nil {
			line := cfg.ThemeLine
			if i < len(cfg.ThemeLines) {
				line = cfg.ThemeLines[i]
			}
			errs.Append(missingTheme(site, cfg, name, line))
			continue
		}
		stack = append(stack, themefs.Layer{FS: containedFS{FS: sub, dir: dir}, Dir: dir})
	}
	return stack, errs.Err()
}

// missingTheme is the error of a theme: that names no folder, at line. A
// folder linked into themes/ is a theme folder too, so it is suggested;
// "default", the built-in theme's name, is told to be left out.
func missingTheme(site fs.FS, cfg *model.Config, name string, line int) error {
	dir := "themes/" + name
	remove := "remove `theme:`"
	if len(cfg.Themes) > 1 {
		remove = "remove it from `theme:`"
	}
	if name == "default" {
		return diag.Errorf(cfg.Source, line, "theme %q is the built-in theme, which every theme stack already ends with: what your themes do not replace comes from it; %s", name, remove)
	}
	if entries, err := fs.ReadDir(site, "themes"); err == nil {
		var names []string
		for _, e := range entries {
			if isDir(site, "themes/"+e.Name()) && !slices.Contains(cfg.Themes, e.Name()) {
				names = append(names, e.Name())
			}
		}
		if s := diag.Suggest(name, names); s != "" {
			return diag.Errorf(cfg.Source, line, "theme %q: the folder %s does not exist; did you mean %q?", name, dir, s)
		}
	}
	return diag.Errorf(cfg.Source, line, "theme %q: the folder %s does not exist; create it (paperboy new theme %s) or %s", name, dir, name, remove)
}

// withClashes adds to err, the source errors of a build that failed, the
// static files that clash with generated ones so far, so that one build
// reports both; any other error is returned as it is, unless the static
// files had problems of their own, which it follows from (a site's folder
// where the built-in theme has a file cannot be read as one).
func withClashes(err error, out *sink) error {
	errs, ok := diag.Source(err)
	if !ok && out.staticErr != nil {
		return out.err()
	}
	if !ok {
		return err
	}
	errs = slices.Clone(errs)
	errs.Append(out.err())
	return errs.Err()
}

// templatesError returns the mistakes of the page templates (render.New's
// error, with the static files that clash with generated ones so far)
// and of the email templates (mailErr) together, or nil.
func templatesError(err, mailErr error, out *sink) error {
	if err != nil {
		err = stageError("render", withClashes(err, out))
	}
	return together(mailErr, err)
}

// together returns the mistakes of the email templates, mailErr, with
// err, the build's other error, as one list; err alone when mailErr is
// nil, mailErr alone when err is.
func together(mailErr, err error) error {
	if mailErr == nil {
		return err
	}
	var errs diag.List
	errs.Append(err)
	errs.Append(mailErr)
	return errs.Err()
}

// newsletterLines returns the line of each field of site.yaml's
// newsletter: mapping, for messages about its templates, when it sets one.
func newsletterLines(cfg *model.Config, data []byte) map[string]int {
	if cfg.Newsletter.Subject == "" && cfg.Newsletter.Preheader == "" {
		return nil
	}
	return parse.Lines(data, "newsletter")
}

// unread lists the sources that the load stage's errors errs name (too
// large, unreadable), for the index: their papers are missing because of
// an error already reported.
func unread(errs diag.List) []index.Failed {
	var out []index.Failed
	for _, e := range errs {
		switch {
		case strings.HasPrefix(e.Path, "content/papers/"):
			out = append(out, index.Failed{Path: e.Path})
		case strings.HasPrefix(e.Path, "content/days/"):
			out = append(out, index.Failed{Path: e.Path, Day: true})
		}
	}
	return out
}

// stageError prefixes err with the name of the stage it comes from,
// unless it is a source error (a diag.Error or List), which begins with
// the path and line at fault already: a prefix would only push that from
// the start of its first line.
func stageError(stage string, err error) error {
	if _, ok := diag.Source(err); ok {
		return err
	}
	return fmt.Errorf("%s: %w", stage, err)
}

// heldMemory is the memory the Go runtime holds from the operating system
// and has not returned to it: what the soft memory limit is measured
// against.
func heldMemory() int64 {
	m := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(m)
	return int64(m[0].Value.Uint64() - m[1].Value.Uint64())
}

// lowerMemoryLimit makes limit the soft memory limit when it is lower
// than the one in force, and returns what puts the one in force back.
func lowerMemoryLimit(limit int64) (restore func()) {
	old := debug.SetMemoryLimit(-1)
	if limit >= old {
		return func() {}
	}
	debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(old) }
}

// liveHeap is the heap the last collection found reachable.
func liveHeap() int64 {
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(m)
	return int64(m[0].Value.Uint64())
}

// unreadConfig is the error for a content/site.yaml that reading failed
// with err: NoSite when there is none, and otherwise one that names the
// file and what to do, as every other source's does (a folder by that
// name, or a file the builder may not read).
func unreadConfig(site fs.FS, err error) error {
	if errors.Is(err, fs.ErrNotExist) {
		return NoSite()
	}
	if info, statErr := fs.Stat(site, load.Config); statErr == nil && info.IsDir() {
		return diag.Errorf(load.Config, 0, "is a folder, not a file; move what is in it elsewhere and write the site's settings in a file of that name")
	}
	return diag.Unreadable(load.Config, "file", err)
}

// NoSite is the error for a site folder without content/site.yaml: what
// Build returns, and what a command that checks first says.
func NoSite() error {
	return diag.Errorf(load.Config, 0, "not found; run paperboy in the site folder (the one with content/site.yaml), pass --source, or start a site with paperboy new site <folder>")
}

// textMistakes are the errors diag.Text finds in the paper, day and page
// files of site, which need no setting of site.yaml to be found: a merge
// conflict git left (a merge conflicts in site.yaml and the sources at
// once), a file not in UTF-8. A build whose site.yaml does not parse
// names them with its error, so one run names every conflicted file
// rather than one a run. The sources are listed with the default
// limits: site.yaml's may be any.
func textMistakes(site fs.FS) diag.List {
	srcs, _ := load.Find(site, parse.DefaultLimits().MaxFileBytes)
	if srcs == nil {
		return nil
	}
	var errs diag.List
	for _, p := range slices.Concat(srcs.Papers, srcs.Days, srcs.Pages) {
		if data, err := fs.ReadFile(site, p); err == nil {
			_, err = diag.Text(p, data)
			errs.Append(err)
		}
	}
	return errs
}
