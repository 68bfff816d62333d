package generator

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/generator/search"
	"golang.org/x/text/unicode/norm"
)

// statics are the theme's static files, which the build copies to the
// site's root, as the sink checks the generated files against them. A
// static file at the path of a generated file, where the build needs a
// folder, or in a folder where the build writes a file clashes with it:
// the sink passes on only one of the two files (so that no write
// fails on the other), and the build fails with an error at the theme
// file, whichever stage made the other file. The files a theme may
// replace are robots.txt and manifest.webmanifest. A path that differs from another only in letter
// case (Logo.svg and logo.svg, Index.html and the home page index.html)
// clashes with it too: macOS and Windows hold the two as one file. A
// static file's output path is its name in NFC, the form the static
// template function looks names up in, so a name a Mac saved decomposed
// is found by the name as typed.
type statics struct {
	origin map[string]string   // output path → the theme file as the user sees it
	under  map[string][]string // each folder static files need → their output paths
	names  filename.Names      // the output paths and their folders, case folded
	robots []byte              // the site theme's static/robots.txt, or nil
	cname  []byte              // the site theme's static/CNAME, or nil
	// manifest is the site theme's static/manifest.webmanifest, or nil:
	// its colours (theme_color, background_color) and icons are the
	// theme's to give, which the generated one has only the built-in
	// theme's of.
	manifest []byte
}

// robotsFile is the generated file a theme's static file of the same name
// replaces.
const robotsFile = "robots.txt"

// themeStatics lists the static files of the site's theme folders (nil
// when the site has none) over those of the built-in theme. A site's file
// in a folder where the built-in theme has a file clashes with it, since
// it would hide that file.
func themeStatics(builtin fs.FS, site themefs.Stack) (*statics, error) {
	st := &statics{origin: map[string]string{}, under: map[string][]string{}, names: filename.Names{}}
	var errs diag.List
	type layer struct {
		fsys   fs.FS
		origin func(string) string
	}
	layers := []layer{{builtin, func(p string) string { return "themes/default/" + p + " (built in)" }}}
	if site != nil {
		layers = append([]layer{{site, site.Origin}}, layers...)
	}
	for i, layer := range layers {
		builtIn := i == len(layers)-1
		err := fs.WalkDir(layer.fsys, "static", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if errors.Is(err, fs.ErrNotExist) && p == "static" {
					return fs.SkipDir
				}
				return err
			}
			out := norm.NFC.String(strings.TrimPrefix(p, "static/"))
			if filename.Junk(d.Name()) {
				return nil // render does not publish it
			}
			if why := filename.Unportable(d.Name()); why != "" && p != "static" && !builtIn {
				errs.Add(layer.origin(p), 0, unportableMsg, d.Name(), why)
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || st.origin[out] != "" {
				return nil // a site's file replaces the built-in one
			}
			switch h := st.caseClash(out); {
			case builtIn:
				for _, h := range append(st.clashes(out), h) {
					if h != "" {
						errs.Add(st.origin[h], 0, "%s", clashMsg(h, out, "the built-in theme's static/"+out, ""))
					}
				}
			case h != "":
				errs.Add(layer.origin(p), 0, "%s", clashMsg(out, h, st.origin[h], ""))
			case out == robotsFile:
				if st.robots, err = fs.ReadFile(layer.fsys, p); err != nil {
					return err
				}
				if st.robots == nil {
					st.robots = []byte{} // an empty file replaces the generated one too
				}
			case out == "CNAME":
				if st.cname, err = fs.ReadFile(layer.fsys, p); err != nil {
					return err
				}
			case out == render.ManifestFile:
				data, bad, err := themeManifest(layer.fsys, p, layer.origin(p))
				if err != nil {
					return err
				}
				st.manifest = data
				if bad != nil {
					errs = append(errs, bad)
				}
			case conflictChecked(out): // a site's text file: the built-in ones are the case above
				data, err := fs.ReadFile(layer.fsys, p)
				if err != nil {
					if out == "search.js" {
						return err
					}
					break // a file that cannot be read is told where it is copied
				}
				errs.Append(conflictErr(layer.origin(p), out, data))
				if out != "search.js" {
					break
				}
				if line, format := searchFormat(data); line > 0 && format != search.FormatVersion {
					errs.Add(layer.origin(p), line, "this copy of search.js reads search index format %d, and this Paperboy writes format %d, so its search would only say it is unavailable; "+
						"delete the file to use the built-in script (or copy it again from paperboy new theme into a scratch site)", format, search.FormatVersion)
				}
			}
			st.add(out, layer.origin(p))
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("theme: %w", err)
		}
	}
	return st, errs.Err()
}

// conflict returns the line of the first merge-conflict marker of the
// static file data, read as it is (CRLF or LF), and the markers' length,
// or 0, 0; out, the file's name, says whether it is Markdown.
func conflict(out string, data []byte) (line, size int) {
	return diag.Conflict(out, diag.Normalize(data))
}

// conflictErr returns the error at each merge conflict of data
// (diag.ConflictError), a file published as it is (a theme's static
// file, or one beside the sources), as the user sees it at origin, or
// nil. out, the file's name, says whether it is Markdown. Git's markers in it would go live:
// a broken SVG, a stylesheet that stops at them, a .bib no reference
// manager reads.
func conflictErr(origin, out string, data []byte) error {
	return diag.ConflictError(origin, out, diag.Normalize(data))
}

// conflictChecked reports whether the static file out is text a merge
// conflict may be left in (a stylesheet, a script, markup, data, a
// bibliography), which a build refuses to publish with git's marker
// lines in it.
func conflictChecked(out string) bool {
	switch strings.ToLower(path.Ext(out)) {
	case ".css", ".js", ".mjs", ".html", ".htm", ".svg", ".json", ".xml", ".txt", ".webmanifest", ".csv", ".tsv", ".md", ".yml", ".yaml", ".bib", ".ris", ".tex":
		return true
	}
	return false
}

// addBeside adds the files beside the sources that links name (content
// paths, see beside), which the build publishes as it does the theme's
// static files: each at a path no theme file and no other such file has,
// in letter case too, and never where the other needs a folder. It
// returns those it added, which the build is to publish.
func (st *statics) addBeside(paths []string) ([]string, error) {
	var errs diag.List
	var added []string
	for _, p := range paths {
		out := publishedAt(p)
		if name, why := unportable(out); why != "" {
			errs.Add(p, 0, unportableMsg, name, why)
			continue
		}
		hit := st.clashes(out)
		if st.origin[out] != "" {
			hit = append(hit, out)
		} else if h := st.caseClash(out); h != "" {
			hit = append(hit, h)
		}
		if len(hit) > 0 {
			desc := ""
			if strings.HasPrefix(st.origin[hit[0]], "content/") {
				desc = "published at /" + hit[0]
			}
			errs.Add(p, 0, "%s", clashMsg(out, hit[0], st.origin[hit[0]], desc))
			continue
		}
		st.add(out, p)
		added = append(added, p)
	}
	return added, errs.Err()
}

// images reports each image: of site.yaml, the site's papers and pages
// written as a path from the site's root that names no file the site
// publishes there: none of the theme's static files, none beside the
// sources. site.yaml's is on every page that has none of its own, so a
// missing one breaks the card of every link to the site; a URL on the
// site's own baseURL is checked as the path it names (RootPath).
func (st *statics) images(site *model.Site) error {
	var errs diag.List
	former := ""
	if site.Config != nil {
		former = site.Config.FormerBasePath()
	}
	// moved says that img is written with the site's former base path
	// in front, and names a file the site publishes without it; "" when
	// it is not.
	moved := func(img string) string {
		if p := markdown.SitePath(img, former); former != "" && p != img && st.origin[strings.TrimPrefix(p, "/")] != "" {
			return fmt.Sprintf("%s was the site's base path before it moved (feedIDBase: %s), and the site publishes the file at %s; write `image: %s`", former, site.Config.FeedIDBase, p, p)
		}
		return ""
	}
	check := func(img, src string, line int) {
		if p, ok := strings.CutPrefix(img, "/"); ok && !strings.HasPrefix(p, "/") && st.origin[p] == "" {
			why := moved(img)
			if why == "" {
				why = "no static file of the theme and no file beside the sources is at that address; " +
					"put the picture in your theme's static/ (or beside this file, written relative to it), or write an http(s) URL"
			}
			errs.Add(src, line, "image %q names no file the site publishes: %s", img, why)
		}
	}
	if cfg := site.Config; cfg != nil && cfg.ImageLine > 0 {
		if p, ok := strings.CutPrefix(cfg.RootPath(cfg.Image), "/"); ok && !strings.HasPrefix(p, "/") && st.origin[p] == "" {
			why := moved("/" + p)
			if why == "" {
				why = "no static file of the theme is at that address; " +
					"put the picture in your theme's static/ and write its path there (static/card.png is `image: /card.png`), or write an http(s) URL"
			}
			errs.Add(cfg.Source, cfg.ImageLine, "image %q names no file the site publishes: %s", cfg.Image, why)
		}
	}
	for _, p := range site.Papers {
		check(p.Image, p.Source, p.ImageLine)
	}
	for _, p := range site.Pages {
		check(p.Image, p.Source, p.ImageLine)
	}
	return errs.Err()
}

// siteIcon returns the site's icon (model.Config.Icon): the first of
// model.IconFiles that the site's theme folders have in static/ and the
// build publishes, or "" when they have none (the built-in favicon.svg).
// A lab's favicon.png is linked so, not published beside a favicon.svg
// no page names.
func siteIcon(theme themefs.Stack, st *statics) string {
	if theme == nil {
		return ""
	}
	for _, name := range model.IconFiles {
		if _, err := fs.Stat(theme, "static/"+name); err == nil && st.origin[name] != "" {
			return name
		}
	}
	return ""
}

// homeIcons returns the site's home-screen icons (model.Config.HomeIcons):
// every one of model.HomeIconFiles where the site's icon is the built-in
// one (icon ""), else those the site's theme folders have in static/ and
// the build publishes, where the built-in ones would show a lab's site
// with Paperboy's icon.
func homeIcons(theme themefs.Stack, st *statics, icon string) []string {
	if icon == "" {
		return model.HomeIconFiles
	}
	var own []string
	for _, name := range model.HomeIconFiles {
		if _, err := fs.Stat(theme, "static/"+name); err == nil && st.origin[name] != "" {
			own = append(own, name)
		}
	}
	return own
}

// leaveOut drops the files cfg leaves out (LeavesOut: built-in icons, a
// preview's CNAME) from what the build publishes.
func (st *statics) leaveOut(cfg *model.Config) {
	for out, origin := range st.origin {
		if cfg.LeavesOut(out, strings.HasSuffix(origin, " (built in)")) {
			delete(st.origin, out)
		}
	}
}

// unportableMsg says that a static file's or a published file's name (the
// first argument), for the reason the second gives, cannot be on Windows.
const unportableMsg = "the name %q %s, so a Windows checkout of the site could not hold it; rename it"

// unportable returns the first name in the slash path p that a Windows
// checkout could not hold, and why; "" when there is none.
func unportable(p string) (name, why string) {
	for _, seg := range strings.Split(p, "/") {
		if why := filename.Unportable(seg); why != "" {
			return seg, why
		}
	}
	return "", ""
}

// add lists the file at the output path out, which is origin.
func (st *statics) add(out, origin string) {
	st.origin[out] = origin
	st.names.Add(out)
	for d := out; strings.Contains(d, "/"); {
		d = d[:strings.LastIndexByte(d, '/')]
		st.under[d] = append(st.under[d], out)
	}
}

// clashes returns the static files that a file at out, a path no static
// file has, clashes with: one where the file needs a folder, and those in
// a folder where it is a file.
func (st *statics) clashes(out string) []string {
	var hit []string
	for d := out; strings.Contains(d, "/"); {
		d = d[:strings.LastIndexByte(d, '/')]
		if st.origin[d] != "" {
			hit = append(hit, d)
		}
	}
	return append(hit, st.under[out]...)
}

// caseClash returns the static file that the output path p, or a folder
// of it, is one with on a disk that ignores letter case, though it is not
// the same path: the file itself, or the first file in that folder; "" when
// there is none.
func (st *statics) caseClash(p string) string {
	_, theirs := st.names.Match(p)
	if theirs == "" || st.origin[theirs] != "" {
		return theirs
	}
	return st.under[theirs][0]
}

// better reports whether the generated file g makes a clearer message
// about the static file at s than the one already chosen, had: the file at
// the same path, then the page of the folder s would be, then the first by
// path (so the message does not depend on the order the stages run in).
func better(s, g, had string) bool {
	rank := func(p string) int {
		switch p {
		case s:
			return 0
		case s + "/index.html":
			return 1
		}
		return 2
	}
	return cmp.Or(cmp.Compare(rank(g), rank(had)), strings.Compare(g, had)) < 0
}

// clashMsg says how the static file at s clashes with other, a file at
// out, which the build needs: named other and described as desc.
func clashMsg(s, out, other, desc string) string {
	if desc != "" {
		other += " (" + desc + ")"
	}
	if mine, _ := filename.CaseOnly(s, out); mine != "" {
		if mine != s {
			mine += "/"
		}
		return filename.Clash(mine, other) + "; rename or remove it"
	}
	switch {
	case s == out:
		return fmt.Sprintf("clashes with %s; rename or remove it", other)
	case strings.HasPrefix(out, s+"/"):
		return fmt.Sprintf("clashes with %s, which needs %s/ to be a folder; rename or remove it", other, s)
	}
	return fmt.Sprintf("clashes with %s, a file where this needs a folder; rename or remove it", other)
}

// generated describes a file the build generates at p, for a message
// about a static file that clashes with it.
func generated(p string) string {
	fixed := map[string]string{
		"index.html":           "the home page",
		"404.html":             "the page for addresses that do not exist",
		"robots.txt":           "the site's crawler rules",
		"sitemap.xml":          "the sitemap",
		".nojekyll":            "the marker that has GitHub Pages publish the files as they are",
		"CNAME":                "the custom domain, from domain: in site.yaml",
		"syntax.css":           "the code highlighting stylesheet",
		"feeds.opml":           "the list of every feed",
		"opensearch.xml":       "the description that lets browsers search the site",
		"manifest.webmanifest": "the web app manifest, by which a phone adds the site to its home screen",
	}
	if d, ok := fixed[p]; ok {
		return d
	}
	dir, base := "", p
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		dir, base = p[:i+1], p[i+1:]
	}
	switch base {
	case "feed.xml", "atom.xml", "feed.json":
		return "a feed"
	case "papers.bib":
		if what := subject(dir); what != "" {
			return "the BibTeX file of " + what
		}
	case "index.html":
		return page(dir)
	}
	if strings.HasPrefix(p, "search/") {
		return "the search index"
	}
	return "a file the build writes"
}

// page describes the page of the site folder dir ("days/2024-05-29/"),
// a later page of a topic's or an author's papers ("authors/ada/page/2/")
// as "page 2 of the author ada".
func page(dir string) string {
	named := map[string]string{
		"archive/": "the archive page", "topics/": "the list of topics", "authors/": "the list of authors", "organizations/": "the list of organizations",
		"feeds/": "the list of feeds", "search/": "the search page", "subscribe/": "the subscribe page",
	}
	if d, ok := named[dir]; ok {
		return d
	}
	if segs := strings.Split(dir, "/"); len(segs) == 5 && segs[2] == "page" && subject(segs[0]+"/"+segs[1]+"/") != "" {
		return "page " + segs[3] + " of " + subject(segs[0]+"/"+segs[1]+"/")
	}
	if what := subject(dir); what != "" {
		return "the page of " + what
	}
	return "a page"
}

// subject names what the site folder dir is about ("the day 2024-05-29"),
// or returns "" for any other folder.
func subject(dir string) string {
	segs := strings.Split(dir, "/")
	what := map[string]string{"days": "day", "weeks": "week", "months": "month", "papers": "paper", "topics": "topic", "authors": "author", "organizations": "organization"}[segs[0]]
	if what == "" || len(segs) != 3 {
		return ""
	}
	return "the " + what + " " + segs[1]
}

// sitemapLine matches a robots.txt line that names a sitemap.
var sitemapLine = regexp.MustCompile(`(?i)(?:^|[\r\n])[ \t]*sitemap[ \t]*:`)

// robots is the robots.txt of a site whose theme has one (theme): the
// theme's rules, followed by the site's sitemap unless they name one (on
// any line, the first after a byte-order mark too), with the file's own
// line ending.
func robots(theme []byte, cfg *model.Config) model.File {
	data := slices.Clone(theme)
	if !sitemapLine.Match(bytes.TrimPrefix(data, []byte("\uFEFF"))) {
		eol := []byte("\n")
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 && data[i] == '\r' {
			eol = []byte("\r")
			if i+1 < len(data) && data[i+1] == '\n' {
				eol = []byte("\r\n")
			}
		}
		if len(data) > 0 {
			if !bytes.HasSuffix(data, eol) {
				data = append(data, eol...)
			}
			data = append(data, eol...)
		}
		data = append(append(data, "Sitemap: "+cfg.Abs("sitemap.xml")...), eol...)
	}
	return model.File{Path: robotsFile, Data: data}
}

// robotsUnread warns when the site is below its host's root
// (https://lab.example.org/reading/) and its theme has a robots.txt (at
// origin): published at /reading/robots.txt, where no crawler looks for
// one, its rules would do nothing, with no word.
func robotsUnread(cfg *model.Config, origin string) []Problem {
	bp := cfg.BasePath()
	if bp == "/" || cfg.Base == nil {
		return nil
	}
	root := cfg.Base.Scheme + "://" + cfg.Base.Host + "/robots.txt"
	return []Problem{{Kind: "config", Path: origin, Msg: fmt.Sprintf(
		"the site is under %s, so this file is published at %s, where no crawler reads it (crawlers read robots.txt only at a host's root), and its rules do nothing; "+
			"put them, with %s in front of their paths, in %s, which the host's root serves, with the line `Sitemap: %s`, and delete this file", bp, cfg.Abs(robotsFile), bp, root, cfg.Abs("sitemap.xml"))}}
}

// staticCNAME warns when the theme's static/CNAME (at origin, holding
// data) names another host than the site's address, as domainMismatch
// does of domain:, which is where a custom domain is written: with
// domain: set, the file clashes with the CNAME the build writes.
func staticCNAME(cfg *model.Config, data []byte, origin string) []Problem {
	if data == nil || cfg.Domain != "" {
		return nil
	}
	domain := cnameDomain(data)
	if domain == "" {
		return nil
	}
	return cnameMismatch(cfg, cname{path: origin, line: 1, domain: domain, static: true})
}

// robotsSitemaps reports the Sitemap: lines of the theme's robots.txt
// (theme, at origin) that crawlers would not take for the site's sitemap:
// one whose address is relative (RFC 9309 and sitemaps.org read only a
// full URL), on another host (a site's former address, left over from a
// move), or, when no line names the site's sitemap, another file. Such a
// line stands in for the one the build adds, so the site's sitemap would
// go unread.
func robotsSitemaps(theme []byte, cfg *model.Config, origin string) []Problem {
	want := cfg.Abs("sitemap.xml")
	ok := func(v string) bool {
		return v == want || cfg.WrittenBase != nil && v == cfg.WrittenBase.JoinPath("sitemap.xml").String()
	}
	data := bytes.TrimPrefix(theme, []byte("\uFEFF"))
	skip := len(theme) - len(data)
	type entry struct {
		line int
		text string
		u    *url.URL
	}
	var lines []entry
	named := false
	for _, m := range sitemapLine.FindAllIndex(data, -1) {
		end := m[1] + bytes.IndexAny(data[m[1]:], "\r\n")
		if end < m[1] {
			end = len(data)
		}
		v, _, _ := strings.Cut(string(data[m[1]:end]), "#")
		v = strings.TrimSpace(v)
		text := strings.TrimSpace(string(data[m[0]:end]))
		u, err := url.Parse(v)
		if err != nil || !u.IsAbs() || u.Host == "" {
			u = nil
		}
		named = named || ok(v)
		lines = append(lines, entry{diag.LineAt(theme, skip+m[1]), text, u})
	}
	var out []Problem
	for _, e := range lines {
		var what string
		switch {
		case e.u == nil:
			what = "a relative address, which crawlers ignore (they read only a full URL)"
		case cfg.Base != nil && !strings.EqualFold(e.u.Host, cfg.Base.Host) && (cfg.WrittenBase == nil || !strings.EqualFold(e.u.Host, cfg.WrittenBase.Host)):
			what = "a sitemap on another host than the site's " + cfg.Base.Host + " (a former address?), which crawlers do not read for this site"
		case !named && !ok(e.u.String()):
			what = "another file than the site's sitemap"
		default:
			continue
		}
		out = append(out, Problem{Kind: "config", Path: origin, Line: e.line, Msg: fmt.Sprintf(
			"`%s` names %s, and it stands in for the line the build adds, so the site's sitemap goes unread; write `Sitemap: %s`, or delete the line to have the build add it", e.text, what, want)})
	}
	return out
}

// themeManifest reads the theme's web app manifest p in fsys, shown as
// origin, which replaces the generated one as it is. A file that is not a
// JSON object is bad, an error at its line: a browser would ignore it,
// and the site could not be added to a home screen.
func themeManifest(fsys fs.FS, p, origin string) (data []byte, bad *diag.Error, err error) {
	if data, err = fs.ReadFile(fsys, p); err != nil {
		return nil, nil, err
	}
	var v map[string]any
	err = json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &v)
	if err == nil {
		return data, nil, nil
	}
	line := 0
	if syn := (*json.SyntaxError)(nil); errors.As(err, &syn) {
		line = diag.LineAt(data, int(min(syn.Offset, int64(len(data)))))
	}
	return data, diag.Errorf(origin, line, "this web app manifest is not a JSON object (%v), so browsers would ignore it and no phone could add the site to its home screen; "+
		"fix it, or delete it to have the build write one (with the built-in theme's colours)", err), nil
}

// formatRE finds the index format a copy of the built-in search.js reads.
var formatRE = regexp.MustCompile(`\bvar FORMAT = (\d+);`)

// searchFormat returns the line of a search.js copied from the built-in
// theme that declares the index format it reads, and that format; 0, 0 for
// a script of the theme's own.
func searchFormat(js []byte) (line, format int) {
	m := formatRE.FindSubmatchIndex(js)
	if m == nil {
		return 0, 0
	}
	format, _ = strconv.Atoi(string(js[m[2]:m[3]]))
	return diag.LineAt(js, m[0]), format
}
