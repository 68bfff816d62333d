package generator

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/imagesize"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// parsed is the outcome of one source file.
type parsed struct {
	papers []*model.Paper
	day    *model.Day
	err    error
	front  front   // with a cache, a paper file's front matter
	sum    uint64  // with a cache, the hash of the file's bytes (Cache.sum)
	probes []probe // the files beside the sources that its links name, and the images it shows
	warn   []Problem
}

// sources are the parsed sources of a site.
type sources struct {
	papers []*model.Paper // of the files that parsed, in the order of the files
	days   []*model.Day
	pages  []*model.Page    // the site's own pages that parsed
	failed []index.Failed   // the files that did not parse
	fronts map[string]front // with a cache: each paper file's front matter
	// daySums has, with a cache, the hash of each day file's bytes
	// (Cache.sum), by path.
	daySums map[string]uint64
	warn    []Problem // the images they show that do not read as images
	// unfound are the links of the sources that found no file beside the
	// sources to publish: of those, the build's output tells the broken
	// ones (brokenLinks).
	unfound []sourceLink
}

// sourceLink is a link that found no file beside the sources to publish,
// as the build keeps it (unfoundLink), and the source that writes it.
type sourceLink struct{ src, link string }

// noteUnfound notes in s.unfound the links of the source src, as probes
// has them, that found no file beside the sources to publish.
func (s *sources) noteUnfound(src string, probes []probe) {
	for _, p := range probes {
		if unfound(p) {
			s.unfound = append(s.unfound, sourceLink{src, unfoundLink(p)})
		}
	}
}

// unfound reports whether p is a link's that found no file beside the
// sources to publish.
func unfound(p probe) bool { return !p.found && !p.sized }

// unfoundLink is what the build keeps of such a link, p, until its
// output says whether it is broken: the path from the site's root it
// writes ("/papers/nope/"), the source it names ("content/papers/b.md"),
// or "" for a relative path that names no file, which is broken whatever
// the output (held by the thousand: a string, not a probe).
func unfoundLink(p probe) string {
	switch {
	case p.root != "":
		return p.root
	case p.source:
		return p.path
	}
	return ""
}

// parseAll reads and parses every source over workers goroutines, renders
// its Markdown and tags each paper by the site's keyword rules. Results keep
// the order of srcs. A file with errors gives no papers, only its entry in
// failed, so the index reports nothing that follows from its errors. With
// lean set (a streamed build, whose papers are not kept), each paper's
// Markdown source is dropped once tagged, so the sources of the whole
// archive are never in memory at once (but for the inline papers of day
// files with links that may be broken: see brokenLinks), and the strings
// it keeps to the end go to a slab. Links to the
// files of b are resolved (see beside).
func parseAll(ctx context.Context, fsys fs.FS, cfg *model.Config, words *i18n.Catalog, srcs *load.Sources, b beside, workers int, cache *Cache, lean bool) (*sources, error) {
	out := &sources{}
	if srcs == nil {
		return out, nil
	}
	md := newMarkdown(cfg, words)
	rules := index.NewKeywordRules(cfg.Topics)
	paths := append(append([]string(nil), srcs.Papers...), srcs.Days...)
	results := make([]parsed, len(paths))
	err := parallel.For(ctx, len(paths), workers, func() func(int) error {
		tag := rules.Tagger()
		var kept slab
		return func(i int) error {
			r := parseCached(fsys, paths[i], i >= len(srcs.Papers), cfg, md, b, cache)
			// A day file with links that may be broken keeps its inline
			// papers' Markdown, which brokenLinks reads for their lines
			// (a paper file's it reads again).
			keep := r.day != nil && slices.ContainsFunc(r.probes, unfound)
			for _, p := range r.papers {
				tag(p)
				if lean && !keep {
					p.Body = ""
				}
				if lean {
					kept.keep(p)
				}
			}
			results[i] = r
			return nil
		}
	})
	if err != nil {
		return nil, err
	}
	if cache != nil {
		cache.prune(paths)
		out.fronts = make(map[string]front, len(srcs.Papers))
		out.daySums = make(map[string]uint64, len(srcs.Days))
	}
	var errs diag.List
	for i, r := range results {
		errs.Append(r.err)
		out.warn = append(out.warn, r.warn...)
		out.noteUnfound(paths[i], r.probes)
		if r.day != nil {
			out.days = append(out.days, r.day)
		}
		if r.err == nil {
			out.papers = append(out.papers, r.papers...)
		} else {
			f := index.Failed{Path: paths[i], Day: i >= len(srcs.Papers)}
			for _, p := range r.papers {
				f.Known = append(f.Known, p.ID)
			}
			out.failed = append(out.failed, f)
		}
		switch {
		case out.fronts == nil:
		case i < len(srcs.Papers):
			out.fronts[paths[i]] = r.front
		default:
			out.daySums[paths[i]] = r.sum
		}
	}
	for _, path := range srcs.Pages {
		if err := ctx.Err(); err != nil {
			return nil, err // Ctrl-C or SIGTERM between two pages
		}
		var found []probe
		p, err := parsePage(fsys, path, writtenBasePath(cfg), md, b, &found, &out.warn)
		errs.Append(err)
		out.noteUnfound(path, found)
		if err == nil {
			p.Linked = linked(found)
			out.pages = append(out.pages, p)
		}
	}
	return out, errs.Err()
}

// writtenBasePath is the base path of site.yaml's baseURL ("/notes/"),
// under any --base-url: the one a former address that a message names as
// an alias is written without.
func writtenBasePath(cfg *model.Config) string {
	return cmp.Or(cfg.WrittenBasePath(), cfg.BasePath())
}

// parsePage reads and parses the page of the site's own at path and
// renders its Markdown, noting the files of b it names in probes and
// warning of images that do not read. There are few such pages, so they
// are parsed one after another, and each time.
func parsePage(fsys fs.FS, path, base string, md *markdown.Renderer, b beside, probes *[]probe, warn *[]Problem) (*model.Page, error) {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, diag.Unreadable(path, "file", err)
	}
	p, err := parse.PageUnder(path, data, base)
	if p == nil {
		return nil, err
	}
	var errs diag.List
	errs.Append(err)
	body := tex.Plain(p.Body)
	unclosed := shortcodes(path, body, p.Body, p.BodyLine, false, md, b, &errs, warn)
	leftoverTeX(path, p.Body, p.BodyLine, false, unclosed, warn)
	pagePlaceholder(path, p, warn)
	pageMarkup(path, p, warn)
	resolve, measure := b.resolver(path, probes), b.measurer(path, probes, warn)
	if parse.IsFilePath(p.Image) {
		p.Image = figure(path, md.SitePath(p.Image), p.ImageLine, resolve, b, &errs)
	}
	p.ImageWidth, p.ImageHeight = sizeOf(measure, p.Image, p.ImageLine)
	if res, ok := renderBody(path, p.BodyLine, body, md.RenderWith, markdownFiles(resolve, measure, p.BodyLine, false), &errs); ok {
		p.Content, p.Summary, p.HasMath, p.HasCode = htmlOf(res.HTML), res.Summary, res.HasMath, res.HasCode
	}
	return p, errs.Err()
}

// parseCached reads path and parses it, or takes its parse from cache when
// the file's bytes are unchanged and its links name the files of b they
// named then.
func parseCached(fsys fs.FS, path string, isDay bool, cfg *model.Config, md *markdown.Renderer, b beside, cache *Cache) parsed {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return parsed{err: diag.Unreadable(path, "file", err)}
	}
	if cache == nil || isDay && parse.DayName(path, nil) != nil {
		// A misnamed day's error names the files beside it, which the
		// cache does not follow; it is soon told.
		return parseOne(path, data, isDay, cfg, md, b)
	}
	r, sum, ok := cache.get(path, data, b)
	if !ok {
		r = parseOne(path, data, isDay, cfg, md, b)
		r.front = cache.put(path, data, sum, r)
	}
	r.sum = sum
	return r
}

// parseOne parses one paper or day file and renders its Markdown, its
// links to the files of b resolved.
func parseOne(path string, data []byte, isDay bool, cfg *model.Config, md *markdown.Renderer, b beside) parsed {
	var r parsed
	resolve, measure := b.resolver(path, &r.probes), b.measurer(path, &r.probes, &r.warn)
	if isDay {
		if r.err = parse.DayName(path, b.hasSource); r.err == nil {
			r.day, r.papers, r.err = parse.DayUnder(path, data, cfg.Limits, writtenBasePath(cfg))
		}
	} else {
		var p *model.Paper
		p, r.err = parse.PaperUnder(path, data, cfg.Limits, writtenBasePath(cfg))
		if p != nil {
			r.papers = []*model.Paper{p}
		}
	}
	var errs diag.List
	errs.Append(r.err)
	if r.day != nil {
		intro := dayIntro(path, r.day, md.RenderWith, markdownFiles(resolve, measure, r.day.IntroLine, false), &errs)
		r.day.Linked = linked(r.probes)
		unclosed := shortcodes(path, intro, r.day.Intro, r.day.IntroLine, false, md, b, &errs, &r.warn)
		leftoverTeX(path, r.day.Intro, r.day.IntroLine, false, unclosed, &r.warn)
		dayPlaceholder(path, r.day, &r.warn)
		dayMarkup(path, r.day, &r.warn)
	}
	bodies := make([]string, len(r.papers)) // each paper's body as Markdown (tex.Plain)
	for i, p := range r.papers {
		bodies[i] = tex.Plain(p.Body)
		from := len(r.warn)
		mistypedArXivID(path, p, &r.warn)
		undatedCitation(path, p, &r.warn)
		olderPDF(path, p, &r.warn)
		arxivDOI(path, p, &r.warn)
		if !isDay {
			misnamedPaper(path, p, &r.warn)
		}
		jointAuthors(path, p, &r.warn)
		twiceNamed(path, p, &r.warn)
		unknownCategories(path, p, &r.warn)
		paperPlaceholders(path, p, &r.warn)
		for _, check := range pastedChecks {
			check(path, p, &r.warn)
		}
		unclosed := shortcodes(path, bodies[i], p.Body, p.BodyLine, p.BodyFolded, md, b, &errs, &r.warn)
		leftoverTeX(path, p.Body, p.BodyLine, p.BodyFolded, unclosed, &r.warn)
		asImportedAbstract(p, r.warn[from:])
	}
	for i, p := range r.papers {
		from := len(r.probes)
		if parse.IsFilePath(p.Image) {
			p.Image = figure(path, md.SitePath(p.Image), p.ImageLine, resolve, b, &errs)
		}
		p.ImageWidth, p.ImageHeight = sizeOf(measure, p.Image, p.ImageLine)
		res, ok := renderBody(path, p.BodyLine, bodies[i], md.RenderWith, markdownFiles(resolve, measure, p.BodyLine, p.BodyFolded), &errs)
		if !ok {
			continue
		}
		p.Content, p.Text, p.HasMath, p.HasCode = htmlOf(res.HTML), res.Text, res.HasMath, res.HasCode
		p.Abstract, p.Notes = p.Content[:res.NotesAt], p.Content[res.NotesAt:]
		p.SetTexts(res.Summary, res.AbstractText)
		mismatchedLanguage(path, p, &r.warn)
		p.Linked = linked(r.probes[from:])
	}
	r.err = errs.Err()
	return r
}

// renderFunc renders a source's Markdown: markdown.Renderer's RenderWith.
type renderFunc func(src []byte, files markdown.Files) (markdown.Result, error)

// renderBody renders body, the Markdown of the source at path that starts
// at its line first, with render, and reports whether it rendered; a
// failure is an error at that line, which goldmark gives no closer.
func renderBody(path string, first int, body string, render renderFunc, files markdown.Files, errs *diag.List) (markdown.Result, bool) {
	res, err := render([]byte(body), files)
	if errors.As(err, new(*markdown.CostlyError)) {
		return res, false // an error of Check's (shortcodes), at its line
	}
	if err != nil {
		errs.Add(path, first, "the Markdown from this line on does not render (%v); report it as a bug of Paperboy's, with this file", err)
		return res, false
	}
	return res, true
}

// dayIntro renders the intro of the day d, parsed from the day file at
// path, into its IntroHTML, Summary, HasMath and HasCode, with render and
// files, and returns the intro as the Markdown it rendered (tex.Plain); a
// failure is an error at the intro's first line.
func dayIntro(path string, d *model.Day, render renderFunc, files markdown.Files, errs *diag.List) string {
	intro := tex.Plain(d.Intro)
	if res, ok := renderBody(path, d.IntroLine, intro, render, files, errs); ok {
		d.IntroHTML, d.Summary, d.HasMath, d.HasCode = htmlOf(res.HTML), res.Summary, res.HasMath, res.HasCode
	}
	return intro
}

// figure returns the path from the site's root of a paper's image: that
// of the file beside the sources that img, written relative to the source
// at path, names (which resolve notes, to publish); img as it is when it
// is from the root already (a theme's static file, or a file beside the
// sources at its address; the caller leaves out the base path, as
// markdown.SitePath does). An img that names no file is an error at line,
// which names the file b has under that name in other letter case, as a
// broken link's does (a phone uploads Figure.PNG).
func figure(path, img string, line int, resolve markdown.Resolve, b beside, errs *diag.List) string {
	site := resolve(img)
	switch {
	case strings.HasPrefix(img, "/"):
		return img
	case site != "":
		return site
	}
	c := besideOf(path, img)
	switch other := b.otherCase(c); {
	case other != "":
		errs.Add(path, line, "image %q names no file: there is no %s, only %s: letter case counts on the site; write `image: %s`, as the file has it", img, c, other, relPath(path, other))
	case publishedAt(c) != "":
		errs.Add(path, line, "image %q names no file: there is no %s; put the figure there (its path is relative to this file), or write an http(s) URL", img, c)
	default:
		errs.Add(path, line, "image %q is outside content/papers/, content/days/ and content/pages/, where a figure must be to be published; move it beside this file, or write an http(s) URL", img)
	}
	return img
}

// sizeOf returns the width and height of the image: img, written at line,
// as measure reads them; 0, 0 for none.
func sizeOf(measure func(string, int) imagesize.Size, img string, line int) (int, int) {
	s := measure(img, line)
	return s.Width, s.Height
}

// shortcodes reports each Hugo shortcode, Jekyll Liquid tag and kramdown
// attribute list in the Markdown body (a source's body as tex.Plain makes
// it, the Markdown the page is rendered from), which starts at line first of
// path, as an error, and each $$…$$ inside a line of text, each line
// of raw HTML the page leaves out and each heading that breaks the page's
// outline as a warning in warn; an inline paper's abstract that YAML
// folds has each at its abstract:'s line, first, with inline set. It
// returns the lines of math that no $ closes, for leftoverTeX. A link
// that names a paper as a citation does (arXiv:2401.00001) is told the
// path to the paper's file from path's folder (beside.paperLink).
func shortcodes(path, body, written string, first int, inline bool, md *markdown.Renderer, b beside, errs *diag.List, warn *[]Problem) (unclosed map[int]bool) {
	at := func(l int) int { return bodyLine(first, l, inline) }
	found := md.CheckLinking(body, written, b.paperLink(path))
	for _, s := range found.Shortcodes {
		if s.Escaped {
			errs.Add(path, at(s.Line), "%s is %s, which the page would show as written, /* */ and all; %s", s.Text, s.Of, s.Hint)
			continue
		}
		errs.Add(path, at(s.Line), "%s is %s, which Paperboy does not have (it would show as text); %s", s.Text, s.Of, s.Hint)
	}
	for _, h := range found.Errors {
		errs.Add(path, at(h.Line), "%s", h.Msg)
	}
	for _, h := range found.Warnings {
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: at(h.Line), Msg: h.Msg})
	}
	for _, l := range found.UnclosedMath {
		if unclosed == nil {
			unclosed = map[int]bool{}
		}
		unclosed[at(l)] = true
	}
	return unclosed
}

// bodyLine is the line of its file that line l of a Markdown body, which
// starts on the file's line first, is on; an inline paper's abstract
// that YAML folds (Paper.BodyFolded) has each of its lines at first, with
// inline set.
func bodyLine(first, l int, inline bool) int {
	if inline {
		return first
	}
	return first + l - 1
}

// mistypedArXivID warns in warn when the id: of a paper not on arXiv is
// one arxivid.Parse refuses for a digit too many or too few (2506.1089)
// or a version arXiv never gives (2506.10892v0), not as no arXiv id at
// all: it is most likely an arXiv id with a mistake, which arxiv: would
// have told, and the paper would link to no arXiv page.
func mistypedArXivID(path string, p *model.Paper, warn *[]Problem) {
	if p.ArXiv != "" || p.IDLine == 0 {
		return
	}
	_, _, err := arxivid.Parse(p.ID)
	var digits *arxivid.DigitsError
	var version *arxivid.VersionError
	if !errors.As(err, &digits) && !errors.As(err, &version) {
		return
	}
	write := "write it under arxiv: as the paper's page on arXiv shows it, in place of id:"
	if version != nil {
		write = fmt.Sprintf("write `arxiv: \"%s\"` in place of id:, with the version arXiv lists if you want one (`arxiv: \"%[1]sv2\"`)", version.ID)
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: p.IDLine, Msg: fmt.Sprintf(
		"id %q looks like an arXiv id with a mistake (%v); if it is one, %s; else rename it, e.g. `id: smith-2024-attention`", p.ID, err, write)})
}

// undatedCitation warns in warn when the paper p, not on arXiv, names
// where it was published (doi:, journal:, conference:) but not when
// (published:): its citations (BibTeX's year, citation_publication_date,
// datePublished, COinS, RIS) would give its digest day, which for a paper
// added by hand can be years after it appeared. An arXiv paper has the
// month its id encodes, and a bioRxiv or medRxiv preprint the day its DOI
// does (doi.Posted); one that names its journal: or conference: is
// warned still, as that day is its preprint's, not its publication's.
func undatedCitation(path string, p *model.Paper, warn *[]Problem) {
	if p.ArXiv != "" || !p.Published.IsZero() || p.DOI == "" && p.Journal == "" && p.Conference == "" {
		return
	}
	line := p.DOILine
	if line == 0 {
		line = p.Line
	}
	msg := "the paper is not on arXiv and has no published: date, so its citations (BibTeX, Google Scholar, Zotero) give its digest day as the day it appeared; add the date it was published, e.g. `published: 2016-01-28`"
	if posted, ok := doi.Posted(p.DOI); ok {
		if p.Journal == "" && p.Conference == "" {
			return
		}
		msg = fmt.Sprintf("the paper has no published: date, so its citations (BibTeX, Google Scholar, Zotero) give %s, the day its DOI says its preprint was posted, as the day it appeared; "+
			"add the date its journal or conference published it (`published: YYYY-MM-DD`, or `YYYY-MM` or `YYYY` as it is known), or `published: %[1]s` to cite it so", posted.Format("2006-01-02"))
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: msg})
}

// olderPDF warns in warn when the pdf: of the arXiv paper p is arXiv's
// PDF of an older version than its version: says (pdf: …v1 with version:
// 3, as a curator who renumbers the version leaves an imported file): the
// page, feeds and citations would say version 3 and open version 1.
func olderPDF(path string, p *model.Paper, warn *[]Problem) {
	if p.ArXiv == "" || p.Version == 0 || p.PDFLine == 0 {
		return
	}
	id, version, ok := arxivid.FromURL(p.PDF)
	if !ok || version == 0 || version >= p.Version || !arxivid.Same(id, p.ArXiv) {
		return
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: p.PDFLine, Msg: fmt.Sprintf(
		"pdf: opens version %d of the paper, and version: says %d; write `pdf: https://arxiv.org/pdf/%s`, or delete pdf:, and the page links arXiv's PDF of its latest version",
		version, p.Version, arxivid.Format(p.ArXiv, p.Version))})
}

// misnamedPaper warns in warn when the file of the paper p is named
// after an arXiv id that is not p's (2405.00003.md with arxiv:
// "2405.00009"), as import names a paper's file: one of the two is most
// likely a typo, and import, which updates the file named after an id,
// would write the other paper beside it. A former id of p's (aliases:)
// is let be.
func misnamedPaper(path string, p *model.Paper, warn *[]Problem) {
	stem := filename.Stem(path)
	id, _, err := arxivid.Parse(stem)
	if err != nil || p.ID == "" || id == p.ID || stem == p.Slug || slices.Contains(p.Aliases, id) {
		return
	}
	field := "arxiv"
	if p.ArXiv == "" {
		field = "id"
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: p.Line, Msg: fmt.Sprintf(
		"the file is named after the arXiv id %s, but its %s: is %s; if the %[2]s: is right, rename the file %s.md, else correct the %[2]s:", id, field, p.ID, p.Slug)})
}

// groupWords are words of a group's name, which may hold "and" ("The
// ATLAS and CMS Collaborations"), as two people's names do not.
var groupWords = regexp.MustCompile(`(?i)\b(collaborations?|consortium|team|group|project|lab|laboratory|institute|university|society|association|committee|cent(er|re)|council|foundation)\b`)

// jointAuthors warns in warn of an author of p that is most likely two
// or more people written as one item, with a semicolon or "and" between
// them (authors: ["Ada Lovelace and Alan Turing"], pasted from a
// citation): the site would show, cite and give a page to one author of
// that name. A name with a comma (Lovelace, Ada) and a group's name are
// let be. It warns too of an author copied with the marks of a PDF's
// title block ("Ashish Vaswani∗", or names side by side with them; see
// pastedNames), which the pages and citations would show as part of the
// name. So does a list of names copied from a citation (parse.CitedNames:
// "Vaswani, A., Shazeer, N." in one item, or as items of which every
// other is initials, or Vancouver's "Vaswani A"), with the names to
// write, and each author authorProblem finds another mistake in. In an
// author list as the import wrote it, each is a note (asImported).
func jointAuthors(path string, p *model.Paper, warn *[]Problem) {
	if names, ok := parse.CitedNames(p.Authors); ok && len(p.AuthorLines) > 0 {
		msg := fmt.Sprintf("authors: these %d items are %d people written as a citation writes them, each family name and its initials (%s, %s) parted by the list at their comma: the site shows, cites and gives a page to each item; write %s", len(p.Authors), len(names), p.Authors[0], p.Authors[1], citedFix(names, p.Authors...))
		if len(names) == len(p.Authors) {
			msg = fmt.Sprintf("authors: these %d names are written as a citation writes them, family name first and initials last (%s), so the site takes the initials for the family name (in citations and the authors index); write them given names first: %s", len(names), p.Authors[0], citedFix(names, p.Authors...))
		}
		*warn = append(*warn, asImported(p, "authors", Problem{Kind: "source", Path: path, Line: p.AuthorLines[0], Msg: msg}))
		return
	}
	for i, a := range p.Authors {
		if msg := authorProblem(a); msg != "" {
			*warn = append(*warn, asImported(p, "authors", Problem{Kind: "source", Path: path, Line: p.AuthorLines[i], Msg: msg}))
		}
	}
}

// authorProblem is the warning for the author a that is not one person's
// name as a page shows it (see jointAuthors), or "". An HTML character
// reference in it (AT&amp;T Labs, as a name copied from a web page's
// source has it) is told first, with the name written with its
// character.
func authorProblem(a string) string {
	if refs := entitiesIn(a); refs != nil {
		return fmt.Sprintf("author %q has HTML's %s, which a name does not read (it is text): the pages and citations show it as written; write %q", a, entityNames(a, refs), entitiesWritten(a))
	}
	if alone, rest := parse.EtAl(a); alone != "" {
		return fmt.Sprintf("author %q is one name to the site, with %q in it; write the author alone, %q, and each of the others as an item of their own", a, rest, alone)
	} else if rest != "" {
		return fmt.Sprintf("author %q stands for the authors a citation leaves out, and the site would give it a page and cite it as a person; write every author (an import writes them all: paperboy import arxiv --fetch <id>), or remove it", a)
	}
	if m := affiliation(a); m != nil {
		return fmt.Sprintf("author %q has (%s) after the name, an affiliation most likely, copied with it: the pages and citations show it as part of the name; write %q (the organization that published the paper is its organization:)", a, m[2], strings.TrimSpace(m[1]))
	}
	if names, ok := parse.CitedAuthors(a); ok {
		return fmt.Sprintf("authors: %q is one author to the site, shown, cited and given a page under that name; it is %d people, written as a citation writes them: write each as an item of their own, given names first: %s", a, len(names), citedFix(names, a))
	}
	if names, marks := pastedNames(a); names != nil {
		return markedMessage(a, names, marks)
	}
	if strings.Contains(a, ",") || !strings.Contains(a, ";") && !strings.Contains(a, " and ") || groupWords.MatchString(a) {
		return ""
	}
	if names := parse.AuthorItems(a); len(names) >= 2 {
		return fmt.Sprintf("authors: %q is one author to the site, shown, cited and given a page under that name; if it is %d people, write each as an item of its own: [%s]", a, len(names), strings.Join(names, ", "))
	}
	return ""
}

// affiliationRE matches a name with words in parentheses after it
// ("Ashish Vaswani (Google Brain)"): the name in group 1, the words in 2.
var affiliationRE = regexp.MustCompile(`^(\S.*\S)\s*\(([^()]*\pL[^()]*)\)$`)

// affiliation returns affiliationRE's match of the author a, when the
// words in its parentheses are in Latin letters (not the name in its
// own script, Hao Zhang (张浩)) and are no romanisation of a name in
// another script before them (山田花子 (Hanako Yamada)), or nil.
func affiliation(a string) []string {
	if !strings.HasSuffix(a, ")") {
		return nil // most names
	}
	m := affiliationRE.FindStringSubmatch(a)
	if m == nil || strings.ContainsFunc(m[2], notLatin) {
		return nil
	}
	if !strings.ContainsFunc(m[1], isLatin) && romanised(m[2]) {
		return nil
	}
	return m
}

func isLatin(r rune) bool  { return unicode.Is(unicode.Latin, r) }
func notLatin(r rune) bool { return unicode.IsLetter(r) && !isLatin(r) }

// romanised reports whether s reads as a person's name in Latin letters,
// "Hanako Yamada", "Min-su Kim", "H. Yamada": one to four words, each
// capitalised and either with a small letter or an initial, and no word
// of an organization's (groupWords: "Tsinghua University" is one). An
// acronym, "NTT", is an organization's too.
func romanised(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || groupWords.MatchString(s) {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		initial := utf8.RuneCountInString(w) == 2 && strings.HasSuffix(w, ".")
		if !unicode.IsUpper(r) || !initial && !strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !strings.ContainsRune(".-'’", r) }) {
			return false
		}
	}
	return true
}

// citedFix is the list of names to write for a citation's written, and,
// when it leaves names out with an ellipsis, a word on those.
func citedFix(names []string, written ...string) string {
	fix := "[" + strings.Join(names, ", ") + "]"
	if w := strings.Join(written, ","); strings.Contains(w, "...") || strings.Contains(w, "…") {
		fix += ", with the names the citation's ellipsis leaves out"
	}
	return fix
}

// unknownCategories warns in warn of each primary_category: and
// categories: of p written as an arXiv category is that arXiv has not
// (cs.CLL), with the nearest it has (parse.UnknownCategory), at its own
// line (Paper.CategoryLines): a warning, not an error, since arXiv adds
// categories now and then and a scheduled import of a paper with a new
// one must still publish.
func unknownCategories(path string, p *model.Paper, warn *[]Problem) {
	for i := range 1 + len(p.Categories) {
		key, c, line := "primary_category", p.PrimaryCategory, p.Line
		if i > 0 {
			key, c = "categories", p.Categories[i-1]
		}
		if i < len(p.CategoryLines) {
			line = cmp.Or(p.CategoryLines[i], p.Line)
		}
		if msg := parse.UnknownCategory(c); msg != "" {
			*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: key + ": " + msg})
		}
	}
}

// leftoverTeX warns in warn of each TeX command in the prose of a body (a
// paper's, a day's intro, a page's) that the page shows as written
// (tex.Leftovers): a \cite{…} or a macro the paper defines, which arXiv's
// abstracts carry and a curator copies; but not on a line of unclosed,
// the lines of math no $ closes (shortcodes' result), whose commands are
// that math's, which shortcodes told. Lines count as shortcodes counts
// them.
func leftoverTeX(path, body string, first int, inline bool, unclosed map[int]bool, warn *[]Problem) {
	line, counted := first, 0 // the line of body[counted]
	for _, at := range tex.Leftovers(body) {
		if !inline {
			// Counted on from the last command, not from the top: a body
			// of many (a hostile one) took quadratic time.
			line += strings.Count(body[counted:at], "\n")
			counted = at
		}
		if unclosed[line] {
			continue // in the math no $ closes, which is told
		}
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: tex.TextProblem(body, at)})
	}
}

// newMarkdown returns the Markdown renderer for the site's configuration,
// its labels in the language of words.
func newMarkdown(cfg *model.Config, words *i18n.Catalog) *markdown.Renderer {
	return markdown.New(markdown.Options{UnsafeHTML: cfg.UnsafeHTML, Math: tex.MathML, MathProblem: tex.Problem, BasePath: cfg.BasePath(), WrittenBasePath: cfg.WrittenBasePath(), Origin: origin(cfg), Labels: markdownLabels(words)})
}

// markdownLabels are the words of words that Markdown's HTML holds; a
// message that fails (reported where the pages use the catalog) leaves
// the English one, as nil words do.
func markdownLabels(words *i18n.Catalog) markdown.Labels {
	if words == nil {
		return markdown.Labels{}
	}
	t := i18n.Texts{Catalog: words}
	return markdown.Labels{Equation: t.Text("mdEquation"), Table: t.Text("mdTable"),
		Footnote: t.Text("mdFootnote", "Num", "^^"), Backlink: t.Text("mdBacklink", "Num", "^^"),
		Alerts: map[string]string{"note": t.Text("mdNote"), "tip": t.Text("mdTip"), "important": t.Text("mdImportant"),
			"warning": t.Text("mdWarning"), "caution": t.Text("mdCaution")},
		Done: t.Text("mdDone"), ToDo: t.Text("mdToDo")}
}

// origin is the scheme and host of the address the site is built at
// ("https://lab.example.org"), under which Markdown gives links to the
// site's own pages their whole address; "" without one.
func origin(cfg *model.Config) string {
	if cfg.Base == nil || cfg.Base.Host == "" {
		return ""
	}
	return cfg.Base.Scheme + "://" + cfg.Base.Host
}
