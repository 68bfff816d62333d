package generator

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net/netip"
	"net/url"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Problem is one thing paperboy check found wrong, or a note (Note).
// check --json writes it as {kind, path, line, message} (MarshalJSON).
type Problem struct {
	Kind string `json:"kind"` // source, link, markup, feed, sitemap, orphan, filename, untranslated, placeholder, date, config, setting, beside, image, outdated, unchanged, style, removed, note
	Path string `json:"path"`
	Line int    `json:"line"` // 0: none, written null
	Msg  string `json:"message"`
}

// MarshalJSON writes p with every key the README names, line null for a
// problem of a whole file or of none (a stray file, a feed, the
// sitemap): with omitempty the key was missing, and a consumer written
// from the README's {kind, path, line, message} failed on p["line"].
func (p Problem) MarshalJSON() ([]byte, error) {
	var line *int
	if p.Line > 0 {
		line = &p.Line
	}
	return json.Marshal(struct {
		Kind string `json:"kind"`
		Path string `json:"path"`
		Line *int   `json:"line"`
		Msg  string `json:"message"`
	}{p.Kind, p.Path, line, p.Msg})
}

// String formats p as a diag.Error does: "path:line: message", the path
// quoted and the message's control characters escaped where a source's
// text would otherwise print raw (diag.PathText, diag.Printable).
func (p Problem) String() string {
	msg := p.Msg
	if p.Note() {
		msg = "note: " + msg
	}
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", diag.PathText(p.Path), p.Line, diag.Printable(msg))
	case p.Path == "":
		return diag.Printable(msg) // a problem of no one file (builtLinkProblem)
	}
	return fmt.Sprintf("%s: %s", diag.PathText(p.Path), diag.Printable(msg))
}

// Note reports whether p is a note (Kind "note"): a hint about something
// that builds and is likely not meant, which check prints but does not
// fail on.
func (p Problem) Note() bool { return p.Kind == "note" }

// Check builds the site in memory, writing nothing, and returns every
// problem: mistakes in the sources, broken internal links and fragments,
// feeds that do not parse back or have duplicate ids or relative links,
// sitemap entries that name no page, files in content/ and the site's
// theme folders that no build reads, a Hugo site's folders and files
// (static/, layouts/, hugo.toml) at its root, names under content/ and
// themes/ that a Windows or Mac checkout cannot hold, and what a theme's
// templates lost of the markup readers and search.js need
// (markupProblems); and notes: the short topics shown title-cased (nlp
// as "Nlp"), the images the sources show with no text alternative
// (altNotes), the papers' figures with no image_alt: (figureNotes),
// links whose text says nothing of where they lead (vagueLinkNotes),
// the images of a megabyte or more (heavyNote), the share images that
// are SVGs, which link previews do not show (svgShareNotes), authors
// whose names differ only in accents
// (accentedNames), authors written with initials who are most likely
// one written in full (initialedNames), papers with no language: whose
// title and abstract are in another script than the site's
// paperLanguage (foreignScripts), the topics whose keyword rule tags no
// paper or every one (keywordRuleNotes), the papers whose empty topics:
// the keyword rules fill all the same (emptyTopicsNotes) and the steps of the site's
// GitHub Actions workflows that use a release made for Node 20
// (oldActions). The error is for failures of Check itself.
func Check(ctx context.Context, opts Options) ([]Problem, error) {
	return checkWith(ctx, opts, &checked{})
}

// checkWith is Check, the build streaming its files to c, which reads
// each as it is made and keeps only what the checks need of it, so that
// check's memory does not grow with the whole site's bytes.
func checkWith(ctx context.Context, opts Options, c *checked) ([]Problem, error) {
	opts.Emit, opts.check = c.add, c
	res, err := Build(ctx, opts)
	if err != nil {
		list, ok := diag.Source(err)
		if !ok {
			return nil, err
		}
		var out []Problem
		for _, e := range list {
			out = append(out, Problem{Kind: "source", Path: e.Path, Line: e.Line, Msg: e.Msg})
		}
		// A Hugo site's leftovers do not depend on the sources, so a
		// site moved over, whose posts' TOML front matter fails, has them
		// named in the same run, with site.yaml's placeholders: all its
		// problems at once.
		cfg := &model.Config{}
		if data, err := fs.ReadFile(opts.Site, load.Config); err == nil {
			if c, _ := parse.Config(load.Config, data, opts.BaseURL); c != nil {
				cfg = c
			}
		}
		orphans, err := themeOrphans(opts.Site, cfg)
		if err != nil {
			return nil, err
		}
		return slices.Concat(out, sitePlaceholders(cfg, opts.BaseURL), hugoPlaces(opts.Site, cfg), orphans), nil
	}
	if opts.Progress != nil {
		opts.Progress("checking links, feeds and the sitemap")
	}
	cfg := res.Site.Config
	theme, err := siteThemes(opts.Site, cfg) // as the build, which read them, found them
	if err != nil {
		return nil, err
	}
	files := res.paths
	paths := slices.Sorted(maps.Keys(files))
	c.sortByPath()
	// The build warned of the links its sources write to files that are
	// not there (brokenLinks): linkProblems leaves those out, and they
	// are reported with the rest.
	out := linkProblems(opts.Site, theme, res.Site, res.besides, res.sourcePages, res.drafts, res.statics, files, res.warnedLinks, c.links.Problems(files, cfg.BasePath()))
	out = append(out, slices.DeleteFunc(slices.Clone(res.Warnings), func(p Problem) bool { return !isBrokenLink(p) })...)
	sortByLine(out)
	alt, written := altNotes(res.Site, res.besides)
	placeholder, _ := res.Words.Text("figureAlt")
	alt = append(alt, figureNotes(res.Site.Papers, placeholder)...)
	alt = append(alt, vagueLinkNotes(res.Site)...)
	alt = append(alt, movedPapers(opts.Site, res.Site)...)
	alt = append(alt, movedPages(opts.Site, res.Site)...)
	alt = append(alt, res.heavy...)
	alt = append(alt, svgShareNotes(res.Site)...)
	out = append(out, markupProblems(c.samples, files, c.sampled, cfg.BasePath(), written)...)
	out = append(out, styleProblems(theme, cfg, c.kept, paths, files)...)
	out = append(out, manifestProblems(theme, cfg, c.kept, files)...)
	out = append(out, customProperties(theme)...)
	out = append(out, headerMenuStyle(theme)...)
	out = append(out, replacedStylesheets(theme)...)
	for _, e := range slices.Concat(res.Words.Misspelt(shownBy(theme)), res.Words.LackingForms()) {
		out = append(out, Problem{Kind: "untranslated", Path: e.Path, Line: e.Line, Msg: e.Msg})
	}
	out = append(out, futureDays(res.Site, checkNow())...)
	out = append(out, earlyDays(res.Site)...)
	out = append(out, publishedDates(res.Site, checkNow())...)
	out = append(out, titlePlaceholder(cfg)...) // the baseURL's is a warning of the build's
	out = append(out, exampleSender(cfg)...)
	out = append(out, bigFeeds(c.feeds, cfg)...)
	out = append(out, c.feedAndSitemapProblems(cfg.BaseURL, files)...)
	if srcs, err := load.Find(opts.Site, cfg.Limits.MaxFileBytes); err == nil {
		for _, p := range unreadContent(opts.Site, srcs, res.besides.disk(res.linked), cfg) {
			if !slices.Contains(res.Warnings, p) { // a Markdown file misnamed, which the build warned of
				out = append(out, p)
			}
		}
	}
	moved := movedIDs(cfg, false)
	out = append(out, slices.DeleteFunc(slices.Clone(res.Warnings), func(p Problem) bool { return isStrayFolder(p) || isBrokenLink(p) || slices.Contains(moved, p) })...)
	out = append(out, asNotes(moved)...) // check -b at a preview's address is no problem of the site's
	if yaml, err := fs.ReadFile(opts.Site, cfg.Source); err == nil {
		out = append(out, titleCasedTopics(res.Site, yaml)...)
	}
	out = append(out, unauthored(res.Site.Papers)...)
	out = append(out, keywordRuleNotes(ctx, cfg, res.Site.Papers)...)
	out = append(out, emptyTopicsNotes(res.Site.Papers)...)
	out = append(out, foreignScripts(res.Site)...)
	out = append(out, oldActions(opts.Site)...)
	out = append(out, otherDeploys(opts.Site)...)
	out = append(out, accentedNames(res.Site)...)
	out = append(out, initialedNames(res.Site)...)
	out = append(out, alt...)
	names, err := unportableNames(opts.Site)
	if err != nil {
		return nil, err
	}
	out = append(out, names...)
	old, err := outdated(opts.Site, cfg, paths)
	if err != nil {
		return nil, err
	}
	out = append(out, old...)
	return out, nil
}

// unauthored notes each paper that names no authors: Google Scholar
// indexes a page only with at least one citation_author, and its
// citations (BibTeX, JSON-LD, COinS) would name nobody. A note, not a
// problem: a short note of the curator's own may have no authors; and
// none on a site whose papers all have none, which names no one by design.
func unauthored(papers []*model.Paper) []Problem {
	if !slices.ContainsFunc(papers, func(p *model.Paper) bool { return len(p.Authors) > 0 }) {
		return nil
	}
	var out []Problem
	for _, p := range papers {
		if len(p.Authors) == 0 {
			out = append(out, Problem{Kind: "note", Path: p.Source, Line: p.Line, Msg: "the paper has no authors:, so Google Scholar leaves its page out (it needs at least one author) and its citations name nobody; add them as the paper lists them, e.g. `authors: [Ada Lovelace, Alan Turing]`"})
		}
	}
	return out
}

// sharedDOIs reports each paper whose doi: another paper has too (DOIs
// are case-insensitive): one publication written twice, under two ids,
// whose pages and citations then compete.
func sharedDOIs(papers []*model.Paper) []Problem {
	var out []Problem
	sameKey(papers, func(p *model.Paper) string { return strings.ToLower(p.DOI) }, func(p, q *model.Paper) {
		out = append(out, Problem{Kind: "source", Path: p.Source, Line: p.DOILine, Msg: fmt.Sprintf(
			"doi %s is the DOI of %s:%d too, so the two are one publication; keep one of them (and its former id under aliases:), or correct the DOI", p.DOI, q.Source, q.DOILine)})
	})
	return out
}

// sameKey calls clash with each of papers, in their order (by id), whose
// key (key returns "" for none) an earlier one has, and the first paper
// that has it.
func sameKey(papers []*model.Paper, key func(*model.Paper) string, clash func(p, first *model.Paper)) {
	first := map[string]*model.Paper{}
	for _, p := range papers {
		k := key(p)
		if k == "" {
			continue
		}
		if q := first[k]; q != nil {
			clash(p, q)
			continue
		}
		first[k] = p
	}
}

// sharedFeedIDs is an error at each feed_id: that gives a paper's feed
// items the id another paper's have (by its own feed_id:, its page's
// address or its former one under aliases:): two curators who each gave a
// migrated post's id, or one who gave the address of another paper's
// page. Feed readers know an item by its id alone, so they would show
// one of the two papers and drop the other. A site with no absolute base
// URL has no ids, which the feeds' own error tells.
func sharedFeedIDs(site *model.Site) error {
	idOf, err := feeds.ItemID(site)
	if err != nil {
		return nil
	}
	var errs diag.List
	sameKey(site.Papers, idOf, func(p, q *model.Paper) {
		if p.FeedID == "" { // q's feed_id: is the one that takes p's id
			p, q = q, p
		}
		pl, ph := idSource(p)
		ql, qh := idSource(q)
		errs.Add(p.Source, pl, "the paper's feed items get the id %s from %s, as those of %s:%d do from %s, so feed readers would take the two papers for one and show only one; "+
			"keep the id on the paper whose post the former site's feed gave it, and remove or correct the other's", idOf(p), ph, q.Source, ql, qh)
	})
	return errs.Err()
}

// idSource returns the line of p that its feed items' id comes from, and
// what that line is: its feed_id:, its former address under aliases:, or
// its page's address (at its first line).
func idSource(p *model.Paper) (int, string) {
	switch {
	case p.FeedID != "":
		return p.FeedIDLine, "its feed_id: " + p.FeedID
	case len(p.Redirects) > 0:
		return p.AliasesLine, "its former address under aliases:"
	}
	return p.Line, "its page's address"
}

// unportableNames reports the files and folders under content/ and
// themes/ whose names a Windows checkout cannot hold (filename.Unportable),
// and those whose paths differ from another's only in letter case, which a
// Mac or Windows checkout holds as one. The operating system's own files
// (filename.Junk) are let be.
func unportableNames(fsys fs.FS) ([]Problem, error) {
	var out []Problem
	names := filename.Names{}
	for _, root := range []string{"content", "themes"} {
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == root && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			if d.IsDir() && d.Name() == ".git" {
				return fs.SkipDir // a theme's submodule: git's own
			}
			if p == root || filename.Junk(d.Name()) {
				return nil
			}
			if why := filename.Unportable(d.Name()); why != "" {
				out = append(out, Problem{Kind: "filename", Path: p, Msg: fmt.Sprintf("the name %q %s, so a Windows checkout of the repository cannot hold it; rename it", d.Name(), why)})
			}
			if mine, theirs := names.Add(p); mine == p {
				out = append(out, Problem{Kind: "filename", Path: p, Msg: filename.Clash(theirs, mine) + ", and a checkout there keeps only one; rename one"})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// exampleSender notes a newsletter.from of cfg at a domain kept for
// examples (digest@example.org, as new site's site.yaml shows it), from
// which no mail provider sends: a note, since a site that sends no email
// may keep one, as the sample site does.
func exampleSender(cfg *model.Config) []Problem {
	n := cfg.Newsletter
	a, err := mailheader.Address(n.From, mailheader.FromHint)
	if n.From == "" || err != nil || mailheader.ExampleDomain(a.Address) == "" {
		return nil
	}
	return []Problem{{Kind: "note", Path: cfg.Source, Line: cfg.NewsletterFromLine, Msg: fmt.Sprintf(
		"newsletter.from %s is at %s, a domain kept for examples, from which no mail provider sends: write your own address before paperboy mail --send mails the digest",
		a.Address, mailheader.ExampleDomain(a.Address))}}
}

// The title and baseURL paperboy new site writes in site.yaml, for the
// curator to replace; check reports a site that still has them.
const (
	NewSiteTitle   = "My Paper Digest"
	NewSiteBaseURL = "https://example.org/"
)

// sitePlaceholders reports the title and baseURL of paperboy new site's
// site.yaml that cfg still has, at their lines; the baseURL only when no
// --base-url (flag) replaced it.
func sitePlaceholders(cfg *model.Config, flag string) []Problem {
	return append(titlePlaceholder(cfg), baseURLPlaceholder(cfg, flag)...)
}

// titlePlaceholder reports the title of paperboy new site's site.yaml,
// if cfg still has it.
func titlePlaceholder(cfg *model.Config) []Problem {
	if cfg.Title != NewSiteTitle {
		return nil
	}
	return []Problem{{Kind: "placeholder", Path: cfg.Source, Line: cfg.TitleLine, Msg: fmt.Sprintf(
		"title is still %q, which paperboy new site wrote; write the site's own name: it heads every page, feed and email", cfg.Title)}}
}

// baseURLPlaceholder reports a baseURL in site.yaml that no reader of
// the published site reaches, unless --base-url (flag) replaced it: the
// one paperboy new site wrote, an address of the computer the site is
// built on (http://localhost:1313/, Hugo's server's, carried over from a
// Hugo config), or a repository's page on GitHub, pasted for the address
// GitHub Pages publishes it at. Build warns of it too: a site deployed
// with it has every feed, its sitemap and its canonical links name that
// address, which a preview does not show.
func baseURLPlaceholder(cfg *model.Config, flag string) []Problem {
	if flag != "" {
		return nil
	}
	const write = "write the address the site is published at (https://<user>.github.io/<repo>/ for a GitHub project site): feeds, the sitemap, canonical and share links and emails are made from it"
	var msg string
	switch {
	case cfg.BaseURL == NewSiteBaseURL:
		msg = fmt.Sprintf("baseURL is still %s, which paperboy new site wrote; %s", cfg.BaseURL, write)
	case cfg.Base != nil && thisComputer(cfg.Base.Hostname()):
		msg = fmt.Sprintf("baseURL is %s, an address of the computer the site is built on, which no reader of the published site reaches; %s (paperboy serve serves the site on this computer whatever baseURL says)", cfg.BaseURL, write)
	case cfg.Base != nil && pagesAddress(cfg.Base) != "":
		msg = fmt.Sprintf("baseURL is %s, the repository's page on GitHub, where GitHub Pages publishes nothing; write the address it publishes the site at, %s (or your own domain, if the repository's Settings → Pages names one): feeds, the sitemap, canonical and share links and emails are made from it", cfg.BaseURL, pagesAddress(cfg.Base))
	case cfg.Base != nil && userSiteAddress(cfg.Base) != "":
		at := userSiteAddress(cfg.Base)
		msg = fmt.Sprintf("baseURL is %s, under a folder named after the repository %s, the user site, which GitHub Pages publishes at %s://%[2]s/, never under /%[2]s/, so every link would name a folder that is not there; write `baseURL: %[4]s`", cfg.BaseURL, cfg.Base.Hostname(), cfg.Base.Scheme, at)
	default:
		return nil
	}
	return []Problem{{Kind: "placeholder", Path: cfg.Source, Line: cfg.BaseURLLine, Msg: msg}}
}

// movedIDs warns when the --base-url flag builds the site at another
// address than site.yaml's baseURL (cfg.WrittenBase) and no feedIDBase
// keeps the feeds' ids, which are made from the whole address the site
// is built at, scheme, host and path: a deploy at a custom domain GitHub
// Pages was given (the deploy workflow builds at the address Pages
// names), or at http:// while Pages does not yet enforce HTTPS on it,
// would give every item a new id, and readers would show each again as
// new. A build for this computer (a preview) is none, nor one at the
// domain: site.yaml names from another host, which domainMismatch tells
// of in the builds without the flag. Check tells it as a note: -b there
// checks a preview deploy's address, which is no deploy of the site's
// feeds. Nor is a --noindex build's (cfg.NoIndex): a preview copy, whose
// feeds no reader follows; nor a preview of paperboy serve's (serve -b
// http://devbox.lan:1313/), which publishes no feed.
func movedIDs(cfg *model.Config, preview bool) []Problem {
	written := cfg.WrittenBase
	if !movedByFlag(cfg) || cfg.NoIndex || preview || cfg.FeedIDBase != "" || thisComputer(cfg.Base.Hostname()) || written.String() == NewSiteBaseURL {
		return nil
	}
	if d := cfg.Domain; d != "" && !strings.EqualFold(written.Host, cfg.Base.Host) && (strings.EqualFold(cfg.Base.Hostname(), d) || strings.EqualFold(cfg.Base.Hostname(), "www."+d)) {
		return nil // the domain: site.yaml names, which domainMismatch tells of
	}
	https := ""
	if cfg.Base.Scheme == "http" && written.Scheme == "https" {
		https = fmt.Sprintf(" (GitHub Pages names a custom domain's http:// address until Enforce HTTPS is on in Settings → Pages: turn it on, or build at %s)", written)
	}
	return []Problem{{Kind: "setting", Path: cfg.Source, Line: cfg.BaseURLLine, Msg: fmt.Sprintf(
		"the site is built at %s (--base-url), not at baseURL %s, and its feeds' item ids are made from the address it is built at: "+
			"every reader would get each item again as new%s; if the site now lives at %[1]s, write `baseURL: %[1]s` and `feedIDBase: %[2]s`, which keeps the ids (see the README's \"Ids and dates\")",
		cfg.BaseURL, written, https)}}
}

// movedByFlag reports whether the --base-url flag builds the site at
// another address than site.yaml's baseURL (see sameAddress).
func movedByFlag(cfg *model.Config) bool {
	return cfg.WrittenBase != nil && cfg.Base != nil && !sameAddress(cfg.WrittenBase.String(), cfg.BaseURL)
}

// asNotes returns problems as notes, which check prints but does not
// fail on.
func asNotes(problems []Problem) []Problem {
	out := slices.Clone(problems)
	for i := range out {
		out[i].Kind = "note"
	}
	return out
}

// changedBase warns when the feeds of the site already published into
// the build's destination (built at published, from builtAt) made their
// item ids from another address (ids, from formerIDBase) than this build
// makes them from, feedIDBase or else baseURL: a baseURL edited for a new
// domain, or a feedIDBase taken out or edited, gives every item a new id
// (papers', days' and weeks'), and readers would show each again as new.
// It is told once, at the line to write, rather than at each paper
// (changedFeedIDs). movedIDs tells of --base-url's address when the ids
// are made from it (no feedIDBase); an address
// of this computer (a preview) is none, and so is a --noindex build, a
// preview copy built over the published site.
func changedBase(cfg *model.Config, published, ids string) []Problem {
	was, err := url.Parse(published)
	if published == "" || err != nil || was.Host == "" || cfg.NoIndex || cfg.Base == nil || movedByFlag(cfg) && cfg.FeedIDBase == "" ||
		thisComputer(was.Hostname()) || thisComputer(cfg.Base.Hostname()) || published == NewSiteBaseURL {
		return nil
	}
	ids = cmp.Or(ids, published)
	if sameAddress(ids, cmp.Or(cfg.FeedIDBase, cfg.BaseURL)) {
		return nil
	}
	const again = "every reader would get each item (paper, day and week) again as new: "
	keep := fmt.Sprintf("`feedIDBase: %s`, which keeps the ids (see the README's \"Ids and dates\")", ids)
	switch {
	case cfg.FeedIDBase != "":
		return []Problem{{Kind: "setting", Path: cfg.Source, Line: cfg.FeedIDBaseLine, Msg: fmt.Sprintf(
			"feedIDBase is %s, and the feeds of the site built before made their item ids from %s, so "+again+"write %s", cfg.FeedIDBase, ids, keep)}}
	case !sameAddress(ids, published):
		return []Problem{{Kind: "setting", Path: cfg.Source, Line: cfg.BaseURLLine, Msg: fmt.Sprintf(
			"site.yaml has no feedIDBase, and the feeds of the site built before made their item ids from %s (its feedIDBase), not from baseURL %s, so "+again+"put back %s", ids, cfg.BaseURL, keep)}}
	}
	return []Problem{{Kind: "setting", Path: cfg.Source, Line: cfg.BaseURLLine, Msg: fmt.Sprintf(
		"baseURL is %s, and the site built before was at %s; its feeds' item ids are made from the address, so every reader would get each item again as new: write %s", cfg.BaseURL, published, keep)}}
}

// builtAt returns the address the site in dest, a destination folder,
// was built at: its JSON Feed's home_page_url, which every build writes
// (as the page of the feeds of the whole site), or "" when dest holds
// none: no folder (nil), no site yet, one whose feed.json does not
// parse, or a --noindex build's (see preview) or one --base-url built at
// another address than its site.yaml's (its feed.json's
// _paperboy.base_url): a copy at another address, which the site built
// next would otherwise be told it had moved from.
func builtAt(dest fs.FS) string {
	if dest == nil {
		return ""
	}
	data, err := readFormer(dest, "feed.json")
	if err != nil || preview(dest) {
		return ""
	}
	var feed struct {
		Home     string `json:"home_page_url"`
		Paperboy struct {
			BaseURL string `json:"base_url"`
		} `json:"_paperboy"`
	}
	if json.Unmarshal(data, &feed) != nil {
		return ""
	}
	if b := feed.Paperboy.BaseURL; b != "" && !sameAddress(b, feed.Home) {
		return "" // built with --base-url at another address than its site.yaml's
	}
	return feed.Home
}

// preview reports whether the site in dest was built with --noindex: its
// sitemap.xml lists no page, where every other build's lists at least the
// home page (or, past 50,000 pages, the sitemap files that do). The
// sitemap is written by the build, not the theme, so it tells a preview
// whatever its templates write.
func preview(dest fs.FS) bool {
	data, err := readFormer(dest, "sitemap.xml")
	return err == nil && !bytes.Contains(data, []byte("<loc>"))
}

// pagesAddress returns the GitHub Pages address of the repository whose
// page on GitHub u is (https://github.com/user/repo, maybe a folder of
// it): https://user.github.io/repo/, or https://user.github.io/ for the
// repository user.github.io; "" when u is no repository's page.
func pagesAddress(u *url.URL) string {
	if host := strings.ToLower(u.Hostname()); host != "github.com" && host != "www.github.com" {
		return ""
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	if len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return ""
	}
	user, repo := strings.ToLower(parts[0]), strings.TrimSuffix(parts[1], ".git")
	if strings.EqualFold(repo, user+".github.io") {
		return "https://" + user + ".github.io/"
	}
	return "https://" + user + ".github.io/" + repo + "/"
}

// userSiteAddress returns the address GitHub Pages publishes the user
// site at when u is under a folder named after its repository
// (https://ada.github.io/ada.github.io/ is https://ada.github.io/, as
// the pattern https://<user>.github.io/<repo>/ of a project site gives
// for the repository ada/ada.github.io), or "" for any other address.
func userSiteAddress(u *url.URL) string {
	host := strings.ToLower(u.Hostname())
	if !strings.HasSuffix(host, ".github.io") {
		return ""
	}
	first, rest, _ := strings.Cut(strings.TrimPrefix(u.Path, "/"), "/")
	if !strings.EqualFold(first, host) {
		return ""
	}
	return u.Scheme + "://" + u.Host + "/" + rest
}

// thisComputer reports whether host names the computer it is used on:
// localhost (and a name under .localhost, RFC 6761), a loopback address
// or the unspecified one (0.0.0.0, ::).
func thisComputer(host string) bool {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && (ip.IsLoopback() || ip.IsUnspecified())
}

// linkProblems reports each broken link at the line of the Markdown source
// that writes it (a paper's body or a day's intro), once however many pages
// show it; a link no source writes, such as a theme's, is reported on the
// page that has it.
//
// A link is matched to where it is written unescaped, as the page has it
// escaped (my%20fig.png is ![…](<my fig.png>)); one to a file beside the
// sources that the build published was rewritten, so the page has it at
// another address, and a broken one of the same text comes from raw HTML.
//
// A link to another source was rewritten to its page's address
// (sourcePages has each source's), which a draft's is broken at: drafts
// has the page of each draft the build left out, and what it is; files
// has the path of every output file, for the page a broken link means
// (linkProblem). A page the build copied as it is, a theme's static HTML
// file, has its links reported at their lines in that file (statics has
// the origin of each such page).
func linkProblems(fsys fs.FS, theme themefs.Stack, site *model.Site, b beside, sourcePages, drafts, statics map[string]string, files map[string]bool, warned map[linkAt]bool, broken []linkcheck.Problem) []Problem {
	type place struct {
		path string
		line int
		as   string // the link as the source writes it
	}
	written := map[string][]place{}     // link as the page has it, unescaped → where
	dropped := map[place]bool{}         // a javascript: link's, which the build warned of (markdown.Check)
	md := newMarkdown(site.Config, nil) // for its links only
	b = b.withPapers(site.Papers)
	markdownSources(site, func(src, body string, first int, inline bool) {
		pageLinks(md, site.Config, b, sourcePages, src, body, first, inline, func(u, as string, line int, drop bool) {
			written[unescaped(u)] = append(written[unescaped(u)], place{src, line, as})
			if drop {
				dropped[place{src, line, as}] = true
			}
		})
	})
	onOwn := map[[2]string]bool{} // a link and a page it is broken on
	for _, bad := range broken {
		onOwn[[2]string{bad.URL, bad.Page}] = true
	}
	var out []Problem
	seen := map[Problem]bool{}
	type unwritten struct{ url, msg, dup string }
	onPages := map[unwritten][]string{} // a link no source writes (or an id written twice) → the pages that have it, in order
	var order []unwritten
	for _, bad := range broken {
		places := written[unescaped(bad.URL)]
		if len(places) == 0 || bad.Dup != "" { // an id written twice is no link: where it is written is found below
			k := unwritten{bad.URL, bad.Msg, bad.Dup}
			if onPages[k] == nil {
				order = append(order, k)
			}
			if pages := onPages[k]; len(pages) == 0 || pages[len(pages)-1] != bad.Page { // a page that has it twice counts once
				onPages[k] = append(pages, bad.Page)
			}
			continue
		}
		for _, pl := range places {
			// The source's own page names no other: a link it writes is
			// reported as that page has it, and on another page (the
			// day's, for an abstract) only when its own has it not.
			own := ""
			if page, ok := sourcePages[norm.NFC.String(pl.path)]; ok {
				own = page + "index.html"
			}
			seenOn := ""
			if bad.Page != own {
				if onOwn[[2]string{bad.URL, own}] {
					continue // reported as the source's own page has it
				}
				seenOn = " (seen on " + bad.Page + ")"
			}
			if warned[linkAt{pl.path, pl.line, unescaped(bad.URL)}] || bad.URL == "" && dropped[pl] {
				continue // the build's warning, which check reports
			}
			p := linkProblem(fsys, b, site.Config, drafts, files, pl.path, pl.line, bad.URL, pl.as, bad.Msg, seenOn)
			key := p
			key.Msg = bad.URL // once per link and line, whichever page showed it first
			if !seen[key] {
				seen[key] = true
				out = append(out, p)
			}
		}
	}
	// A link no source writes comes from the theme, which writes it on
	// every page of a kind: one problem, not one per page.
	// One a template of the site's theme writes as it is, it names at the
	// template's line, with what to write.
	var templates []themeText
	if len(order) > 0 {
		templates = themeTemplates(theme, "templates")
	}
	// A template's link is one problem however many pages have it, and
	// whatever it names on each: a relative one names a file of each
	// page's folder.
	type inTemplate struct {
		file     string
		line     int
		url, msg string
		pages    []string
	}
	var fromTemplates []*inTemplate
	at := map[[3]string]*inTemplate{} // file, line and link
	for _, k := range order {
		pages := onPages[k]
		if k.dup != "" {
			out = append(out, dupIDProblems(site, theme, templates, sourcePages, k.dup, k.msg, pages)...)
			continue
		}
		pages = slices.DeleteFunc(pages, func(page string) bool {
			if origin := statics[page]; origin != "" {
				out = append(out, staticLinkProblem(fsys, origin, page, k.url, k.msg, site.Config.BasePath()))
				return true
			}
			return false
		})
		if len(pages) == 0 {
			continue
		}
		file, line := writtenIn(templates, k.url)
		if rel, ok := strings.CutPrefix(k.url, site.Config.BasePath()); file == "" && ok && rel != "" {
			file, line = writtenIn(templates, rel) // {{url "nowhere/"}}
		}
		if file == "" {
			out = append(out, builtLinkProblem(theme, k.url, k.msg, pages))
			continue
		}
		key := [3]string{file, fmt.Sprint(line), k.url}
		if w := at[key]; w != nil {
			w.pages = append(w.pages, pages...)
			continue
		}
		at[key] = &inTemplate{file, line, k.url, k.msg, pages}
		fromTemplates = append(fromTemplates, at[key])
	}
	for _, w := range fromTemplates {
		on := w.pages[0]
		if n := len(w.pages) - 1; n > 0 {
			on = fmt.Sprintf("%s and %s", w.pages[0], textutil.Plural(n, "other page", "other pages"))
		}
		out = append(out, Problem{Kind: "link", Path: w.file, Line: w.line, Msg: fmt.Sprintf("the link %s is broken: %s (on %s); %s", w.url, w.msg, on, templateLinkFix(theme, w.url, w.msg))})
	}
	sortByLine(out)
	return out
}

// builtLinkProblem is the problem of a broken link that no source and no
// template writes as it is: a template builds it (with url, print or a
// field of the site's), on the built pages named. It has no path, as no
// file of the site holds the link and a built page is none of the
// repository's, where a CI annotation or a review bot would look for it;
// its message names the pages and the theme folder to look in.
func builtLinkProblem(theme themefs.Stack, u, msg string, pages []string) Problem {
	on := builtPages(pages)
	where := "no source writes it as it is: the built-in theme builds it, from site.yaml's settings or a source's fields; fix the address there"
	if dir := theme.Dir(); dir != "" {
		where = fmt.Sprintf("a template of %s/ or the built-in theme builds it (with url, print or a field); find it there and fix it", dir)
	}
	return Problem{Kind: "link", Msg: fmt.Sprintf("the link %s is broken: %s (on %s); %s", cmp.Or(u, `""`), msg, on, where)}
}

// staticLinkProblem is the problem of the broken link u (msg says why)
// on the built page page, which the build copied as it is from the file
// origin (a theme's static/legal/index.html): at the link's line in that
// file, which no template writes, with what to write there.
func staticLinkProblem(fsys fs.FS, origin, page, u, msg, basePath string) Problem {
	line := 0
	if data, err := fs.ReadFile(fsys, origin); err == nil {
		_, line = writtenIn([]themeText{{origin, string(data)}}, u)
	}
	fix := "fix the link in this file, or add the file it names"
	if rel, ok := strings.CutPrefix(u, "/"); ok && strings.HasPrefix(msg, "absolute path outside the base path") {
		fix = fmt.Sprintf("write %s, or %s relative to this page", basePath+rel, strings.Repeat("../", strings.Count(page, "/"))+rel)
	}
	return Problem{Kind: "link", Path: origin, Line: line, Msg: fmt.Sprintf("the link %s is broken: %s; %s", cmp.Or(u, `""`), msg, fix)}
}

// builtPages names the built pages a problem is seen on: "the built
// page index.html", or "the built pages index.html and 3 others".
func builtPages(pages []string) string {
	if n := len(pages) - 1; n > 0 {
		return fmt.Sprintf("the built pages %s and %s", pages[0], textutil.Plural(n, "other", "others"))
	}
	return "the built page " + pages[0]
}

// dupIDProblems are the problems of the id that more than one element of
// each of pages has (msg says so): one at the line of the site's
// template that writes it as an attribute, which every page it is on
// has; else one at the line of each page's own source that writes it
// (id="x" in raw HTML, {#x} after a heading, not in code), and one of no
// file for the pages whose source does not.
func dupIDProblems(site *model.Site, theme themefs.Stack, templates []themeText, sourcePages map[string]string, id, msg string, pages []string) []Problem {
	const fix = "give each element an id of its own"
	for _, t := range templates {
		if line := attributeLine(t.text, id, false); line > 0 {
			return []Problem{{Kind: "link", Path: t.path, Line: line, Msg: fmt.Sprintf("%s (on %s); %s", msg, builtPages(pages), fix)}}
		}
	}
	sourceOf := map[string]string{} // a page → its own source
	for src, page := range sourcePages {
		sourceOf[page+"index.html"] = src
	}
	type at struct {
		path string
		line int
	}
	found := map[string]at{} // a page → where its source writes the id
	markdownSources(site, func(src, body string, first int, inline bool) {
		for _, page := range pages {
			if _, ok := found[page]; !ok && norm.NFC.String(sourceOf[page]) == norm.NFC.String(src) {
				if l := attributeLine(body, id, true); l > 0 {
					found[page] = at{src, bodyLine(first, l, inline)}
				}
			}
		}
	})
	var out []Problem
	var unfound []string
	for _, page := range pages {
		if w, ok := found[page]; ok {
			out = append(out, Problem{Kind: "link", Path: w.path, Line: w.line, Msg: msg + "; " + fix})
		} else {
			unfound = append(unfound, page)
		}
	}
	if len(unfound) > 0 {
		where := "a template builds it"
		if dir := theme.Dir(); dir != "" {
			where = fmt.Sprintf("a template of %s/ or the built-in theme builds it", dir)
		}
		out = append(out, Problem{Kind: "link", Msg: fmt.Sprintf("%s (on %s); %s: %s", msg, builtPages(unfound), where, fix)})
	}
	return out
}

// attributeLine returns the line of text (a template's, or Markdown's
// when markdown is set) that first gives an element the id: id="x" or
// id='x', or in Markdown {#x} after a heading, outside its code (fenced
// or indented blocks, and code spans); 0 when none does.
func attributeLine(text, id string, markdown bool) int {
	forms := []string{`id="` + id + `"`, `id='` + id + `'`}
	if markdown {
		forms = append(forms, "{#"+id+"}", "{#"+id+" ")
	}
	var fence string
	for i, line := range strings.Split(text, "\n") {
		if markdown {
			t := strings.TrimLeft(line, " ")
			if f := fenceOf(t); f != "" && (fence == "" || strings.HasPrefix(t, fence)) {
				if fence == "" {
					fence = f
				} else {
					fence = ""
				}
				continue
			}
			if fence != "" || strings.HasPrefix(line, "    ") || strings.HasPrefix(line, "\t") {
				continue
			}
		}
		for _, f := range forms {
			if j := strings.Index(line, f); j >= 0 && (!markdown || strings.Count(line[:j], "`")%2 == 0) {
				return i + 1
			}
		}
	}
	return 0
}

// fenceOf returns the fence a line of Markdown opens or closes a code
// block with (``` or ~~~, three or more), or "".
func fenceOf(line string) string {
	for _, c := range []string{"`", "~"} {
		if strings.HasPrefix(line, c+c+c) {
			return line[:len(line)-len(strings.TrimLeft(line, c))]
		}
	}
	return ""
}

// sortByLine sorts problems by path, then line, keeping the order of
// those at one line.
func sortByLine(problems []Problem) {
	slices.SortStableFunc(problems, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line))
	})
}

// markdownSources calls visit with the Markdown of each source of site,
// the file src it is in and the line of src it starts on: a day's intro,
// a paper's body (an inline paper's abstract, in its day's file, with
// inline set when YAML folds it: see bodyLine) and a page's.
func markdownSources(site *model.Site, visit func(src, body string, first int, inline bool)) {
	for _, d := range site.Days {
		visit(d.Source, d.Intro, d.IntroLine, false)
	}
	for _, p := range site.Papers {
		visit(p.Source, p.Body, p.BodyLine, p.BodyFolded)
	}
	for _, p := range site.Pages {
		visit(p.Source, p.Body, p.BodyLine, false)
	}
}

// themeText is the text of a template of the site's theme folders, by
// where it comes from ("themes/mine/templates/base.html").
type themeText struct{ path, text string }

// themeTemplates returns the templates of the site's theme folders that
// a build uses (a file of an earlier folder over one at its path in a
// later), in path order: the pages' (templates/), and the emails' too
// (email/) when dirs names it.
func themeTemplates(theme themefs.Stack, dirs ...string) []themeText {
	var out []themeText
	for _, dir := range dirs {
		_ = fs.WalkDir(theme, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || path.Ext(p) != ".html" && path.Ext(p) != ".txt" {
				return nil
			}
			if data, err := theme.ReadFile(p); err == nil {
				out = append(out, themeText{theme.Origin(p), string(data)})
			}
			return nil
		})
	}
	return out
}

// shownBy reports whether a template of the site's theme folders, a
// page's or an email's, names the message id as the message functions
// take it, quoted ({{T "labPapers" 3}}).
func shownBy(theme themefs.Stack) func(id string) bool {
	templates := themeTemplates(theme, "templates", "email")
	return func(id string) bool {
		return slices.ContainsFunc(templates, func(t themeText) bool {
			return textutil.ContainsAny(t.text, `"`+id+`"`, "`"+id+"`")
		})
	}
}

// writtenIn returns the first of templates, and its line, that writes the
// link u as it is (an href="/img/logo.svg" or href="#main" in the
// template's text), or "" when none does: the link is then made by a
// function, or by the built-in theme.
func writtenIn(templates []themeText, u string) (string, int) {
	if u == "" {
		return "", 0
	}
	for _, t := range templates {
		for _, q := range []string{`"` + u + `"`, `'` + u + `'`, "=" + u + " ", "=" + u + ">"} {
			if i := strings.Index(t.text, q); i >= 0 {
				return t.path, 1 + strings.Count(t.text[:i], "\n")
			}
		}
	}
	return "", 0
}

// templateLinkFix says what a template that writes the broken link u (as
// msg says it is broken) should write instead.
func templateLinkFix(theme themefs.Stack, u, msg string) string {
	switch {
	case strings.HasPrefix(u, "#"):
		return fmt.Sprintf("give the element it means id=%q, or fix the link", strings.TrimPrefix(u, "#"))
	case strings.HasPrefix(u, "/") && strings.HasPrefix(msg, "absolute path outside the base path"):
		rel := strings.TrimPrefix(u, "/")
		if theme.Has("static/" + strings.SplitN(rel, "#", 2)[0]) {
			return fmt.Sprintf("write {{static %q}}, which gives the theme's static file its address under the base path", rel)
		}
		return fmt.Sprintf("write {{url %q}}, which puts the base path in front", rel)
	case !strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "#"):
		return fmt.Sprintf("a relative link names a file of each page's own folder; for a page of the site write {{url %q}}, its path from the site's root, or fix the link", u)
	}
	return "fix the link in the template or remove it"
}

// pagePath is the site path of the page folder that the root-relative
// link u names ("papers/d/" for /repo/papers/d/#x), or "".
func pagePath(cfg *model.Config, u string) string {
	u, _, _ = strings.Cut(u, "#")
	u, _, _ = strings.Cut(u, "?")
	rel, ok := strings.CutPrefix(unescaped(u), cfg.BasePath())
	if !ok || rel == "" {
		return ""
	}
	return strings.TrimSuffix(strings.TrimSuffix(rel, "index.html"), "/") + "/"
}

// unescaped is the link s with its escapes decoded, or s when they do not
// decode.
func unescaped(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// checkFeed parses a feed back and checks its ids and links.
func checkFeed(f model.File) []Problem {
	feed, err := gofeed.NewParser().ParseString(string(f.Data))
	if err != nil {
		return []Problem{{Kind: "feed", Path: f.Path, Msg: "does not parse: " + err.Error()}}
	}
	var out []Problem
	bad := func(format string, args ...any) {
		out = append(out, Problem{Kind: "feed", Path: f.Path, Msg: fmt.Sprintf(format, args...)})
	}
	if !absolute(feed.Link) {
		bad("feed link %q is not absolute", feed.Link)
	}
	seen := map[string]bool{}
	for _, it := range feed.Items {
		if it.GUID == "" {
			bad("item %q has no id", it.Title)
		} else if seen[it.GUID] {
			bad("id %q is used by two items", it.GUID)
		}
		seen[it.GUID] = true
		for _, l := range append([]string{it.Link}, it.Links...) {
			if !absolute(l) {
				bad("item %q: link %q is not absolute", it.Title, l)
			}
		}
	}
	return out
}

// maxFeedBytes is the size of a feed past which check names feedSize: a
// reader downloads the whole feed at every look, hourly or so, for each
// subscriber, and some give up on a feed of a few megabytes.
const maxFeedBytes = 4 << 20

// bigFeeds names site.yaml's feedSize once if any of feeds (in path
// order) is larger than maxFeedBytes, with the largest and a feedSize
// that makes it about a megabyte.
func bigFeeds(feeds []checkedFeed, cfg *model.Config) []Problem {
	var big checkedFeed
	n := 0
	for _, f := range feeds {
		if f.size > maxFeedBytes {
			n++
			if f.size > big.size {
				big = f
			}
		}
	}
	if n == 0 {
		return nil
	}
	fit := max(10, cfg.FeedSize*(1<<20)/big.size/10*10)
	return []Problem{{Kind: "feed", Path: cfg.Source, Line: cfg.FeedSizeLine, Msg: fmt.Sprintf(
		"feedSize %d makes feeds larger than 4 MB (%d of them; %s is %.1f MB), which every subscriber's reader downloads whole at each look, and some give up on; "+
			"write feedSize: %d or less, for about 1 MB (a reader keeps the items it has read)", cfg.FeedSize, n, big.path, float64(big.size)/(1<<20), fit)}}
}

// checkSitemap checks a sitemap or sitemap index: that every <loc> lies
// under baseURL and names a page (a sitemap, for an index), and that it
// keeps to the protocol's 50,000 entries and 50 MB.
func checkSitemap(f model.File, baseURL string, files map[string]bool) []Problem {
	type loc struct {
		Loc string `xml:"loc"`
	}
	var set struct {
		XMLName  xml.Name
		URLs     []loc `xml:"url"`
		Sitemaps []loc `xml:"sitemap"`
	}
	if err := xml.Unmarshal(f.Data, &set); err != nil {
		return []Problem{{Kind: "sitemap", Path: f.Path, Msg: "does not parse: " + err.Error()}}
	}
	var out []Problem
	if n := len(set.URLs) + len(set.Sitemaps); n > 50000 || len(f.Data) > 50<<20 {
		out = append(out, Problem{Kind: "sitemap", Path: f.Path, Msg: fmt.Sprintf("has %d entries in %d bytes, more than the sitemap protocol's 50,000 entries or 50 MB, so search engines refuse it", n, len(f.Data))})
	}
	entries, what := set.URLs, "page"
	if set.XMLName.Local == "sitemapindex" {
		entries, what = set.Sitemaps, "sitemap"
	}
	for _, u := range entries {
		rel, ok := strings.CutPrefix(u.Loc, baseURL)
		if !ok {
			out = append(out, Problem{Kind: "sitemap", Path: f.Path, Msg: u.Loc + " is not under baseURL " + baseURL})
			continue
		}
		rel = unescapePath(rel)
		if !files[rel+"index.html"] && !files[rel] {
			out = append(out, Problem{Kind: "sitemap", Path: f.Path, Msg: u.Loc + " names no " + what})
		}
	}
	return out
}

func absolute(u string) bool {
	return u == "" || strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// unescapePath undoes the percent-encoding of a URL path.
func unescapePath(p string) string {
	if s, err := url.PathUnescape(p); err == nil {
		return s
	}
	return p
}

// themeOrphans reports the files of the site's theme folders that no
// build reads (render.Used), each with what to do about it. Build returns
// them as warnings, so serve logs them too: a page template misnamed in
// letter case (templates/Paper.html) leaves its pages to the built-in
// theme without a word otherwise. A theme's own files (a README, .git/)
// are let be, as is a folder site.yaml names that is not there (an error
// of its own).
func themeOrphans(site fs.FS, cfg *model.Config) ([]Problem, error) {
	var out []Problem
	for _, name := range cfg.Themes {
		dir := "themes/" + name
		err := fs.WalkDir(site, dir, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == dir && errors.Is(err, fs.ErrNotExist) {
					return fs.SkipDir
				}
				return err
			}
			if d.IsDir() || filename.Junk(d.Name()) {
				return nil
			}
			if rel := strings.TrimPrefix(p, dir+"/"); !render.Used(rel) && !strings.HasPrefix(path.Base(p), ".") {
				out = append(out, Problem{Kind: "orphan", Path: p, Msg: orphanThemeFile(rel)})
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
	}
	return out, nil
}

// themeFolders are the folders of a theme that a build reads, longest
// first.
var themeFolders = []string{"templates/partials", "templates", "static", "email", "i18n"}

// orphanThemeFile says what to do about the theme file rel that no build
// reads: one whose folder or name differs only in letter case from one a
// build reads gets that name; a page template that is no page kind gets
// the nearest kind, or word that a theme cannot add pages.
func orphanThemeFile(rel string) string {
	const none = "no build reads this theme file"
	fixed := rel
	for _, dir := range themeFolders {
		if len(rel) > len(dir) && rel[len(dir)] == '/' && strings.EqualFold(rel[:len(dir)], dir) {
			fixed = dir + rel[len(dir):]
			break
		}
	}
	caseOnly := func(name string) string {
		return fmt.Sprintf("%s: names are case-sensitive (a Mac's disk finds it under either name, the Linux machine that builds the site for GitHub Pages does not); did you mean %s?", none, name)
	}
	if h := hugoThemeFile(fixed); h != "" {
		return none + ": " + h
	}
	if path.Dir(fixed) == "templates" && path.Ext(fixed) == ".html" {
		kind := strings.TrimSuffix(path.Base(fixed), ".html")
		s := diag.Suggest(kind, append(render.PageKinds(), "base"))
		switch {
		case strings.EqualFold(kind, s):
			return caseOnly("templates/" + s + ".html")
		case s != "":
			return fmt.Sprintf("%s: %s is not a page kind; did you mean templates/%s.html?", none, kind, s)
		}
		return fmt.Sprintf("%s: %s is not a page kind (%s), and a theme cannot add pages of its own; "+
			"write the page in content/pages/%s.md, which templates/page.html shows, or delete the file", none, kind, strings.Join(render.PageKinds(), ", "), kind)
	}
	if fixed != rel && render.Used(fixed) {
		return caseOnly(fixed)
	}
	if html := strings.TrimSuffix(fixed, path.Ext(fixed)) + ".html"; html != fixed && render.Used(html) && (path.Dir(fixed) == "templates" || strings.HasPrefix(fixed, "templates/partials/")) {
		return fmt.Sprintf("%s: templates are read only from files ending .html; rename it %s", none, html)
	}
	return none + "; check its name against the built-in theme's, or delete it"
}

// checkNow is the clock of check, which alone among the commands looks at
// the date: pages never depend on it.
var checkNow = time.Now

// futureDays names the digest days after now (a day ahead is allowed, for
// curators in time zones ahead of UTC): a typo such as 2031 for 2021 puts
// a day at the top of the home page and of every feed for years. A day
// with a file is named there, at its date: (else at line 1: its date is
// its file's name), a day implied by papers' dates at each paper's date:
// (which it has: a paper without one is on a day that lists it, in a file).
func futureDays(site *model.Site, now time.Time) []Problem {
	limit := now.UTC().Truncate(24*time.Hour).AddDate(0, 0, 1)
	var out []Problem
	for _, d := range site.Days {
		if !d.Date.After(limit) {
			break // newest first
		}
		msg := fmt.Sprintf("the day %s is after today (%s), so it leads the home page and every feed until then; fix the date if it is a typo",
			d.Slug, now.UTC().Format("2006-01-02"))
		if d.Source != "" {
			out = append(out, Problem{Kind: "date", Path: d.Source, Line: cmp.Or(d.DateLine, d.Line, 1), Msg: msg})
			continue
		}
		for _, p := range d.Papers {
			out = append(out, Problem{Kind: "date", Path: p.Source, Line: cmp.Or(p.DateLine, p.Line, 1), Msg: "its date: " + msg})
		}
	}
	return out
}
