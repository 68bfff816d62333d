package generator

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"golang.org/x/text/unicode/norm"
)

// beside are the files that sit beside the sources (an image under
// content/papers/, a PDF under content/pages/) and are not sources
// themselves. A file is published when a source's Markdown links to it,
// as an editor or GitHub's preview of the .md file reads the link:
// relative to the source's folder (![Chart](figures/chart.png)), or
// from the site's root at the address it is published at
// (![Team](/team.jpg)). It is published at its path below content/, with
// content/pages/ left out as a page's is: content/papers/figures/chart.png
// at /papers/figures/chart.png, content/pages/team.jpg at /team.jpg; and
// each relative link to it is rewritten to that address. A file nothing
// links to is not published (check names it), so notes, data and drafts
// kept beside the sources stay private. Paths are compared, and files
// published, in NFC, so a name a Mac saved decomposed (café.png) is found
// by the name as typed, as a theme's static file is.
//
// A relative link to another source (../papers/2106.09685.md, or a page
// bundle's folder, ../lora/ for ../lora/index.md) is a link to its page,
// as GitHub's preview follows it, and so is Zola's internal link, a path
// below content/ after @/ (@/papers/2106.09685.md#results): the Markdown renders it as sourceMarker
// and the source's path, which linkSources replaces with the page's
// address once the index knows every source's page.
type beside struct {
	files   map[string]string // the files' content paths in NFC → as on disk
	sources map[string]bool   // the Markdown sources' content paths in NFC
	sizes   *sizes            // the images' sizes, read once a build; nil reads none
	// papers maps each paper's id, slug and arXiv id to its file's
	// content path in NFC, for explain to name the paper a link names
	// by its id from another folder; set once the index has the papers
	// (withPapers), nil before.
	papers map[string]string
}

// withPapers returns b knowing the files of papers (beside.papers): a
// paper kept in content/papers/ or a folder of it, not one written
// inline in a day, whose file's page is the day's.
func (b beside) withPapers(papers []*model.Paper) beside {
	b.papers = make(map[string]string, len(papers))
	for _, p := range papers {
		src := norm.NFC.String(p.Source)
		if !strings.HasPrefix(src, "content/papers/") {
			continue
		}
		for _, id := range []string{p.ID, p.Slug, p.ArXiv} {
			if id != "" {
				b.papers[id] = src
			}
		}
	}
	return b
}

// besideFiles are the files of srcs that may be published, and its
// sources; the images among them and the theme's static files are sized
// by sz (nil: none is).
func besideFiles(srcs *load.Sources, sz *sizes) beside {
	b := beside{files: map[string]string{}, sources: map[string]bool{}, sizes: sz}
	if srcs == nil {
		return b
	}
	for _, p := range srcs.Other {
		if publishedAt(p) != "" {
			b.files[norm.NFC.String(p)] = p
		}
	}
	for _, p := range slices.Concat(srcs.Papers, srcs.Days, srcs.Pages) {
		b.sources[norm.NFC.String(p)] = true
	}
	return b
}

// sourceMarker starts, under the base path, the address a link to a
// source has until linkSources gives it its page's.
const sourceMarker = ".paperboy-source/"

// source returns the source that the content path c names: c itself, or
// the index.md of the folder c (a page bundle's); "" when it names none.
func (b beside) source(c string) string {
	switch {
	case b.sources[c]:
		return c
	case b.sources[c+"/index.md"]:
		return c + "/index.md"
	}
	return ""
}

// hasSource reports whether a source is at the content path p.
func (b beside) hasSource(p string) bool { return b.sources[norm.NFC.String(p)] }

// disk returns the path on disk of each of the files at paths (in NFC).
func (b beside) disk(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = b.files[p]
	}
	return out
}

// publishedAt is the output path of the content file p, or "" for a
// file that is never published: one outside content/papers/, days/ and
// pages/, and one in a folder of content/pages/ named like a folder the
// build fills (content/pages/papers/x.png would be papers/x.png, which is
// content/papers/x.png's address).
func publishedAt(p string) string {
	for _, dir := range []string{"content/papers/", "content/days/"} {
		if strings.HasPrefix(p, dir) {
			return strings.TrimPrefix(p, "content/")
		}
	}
	rel, ok := strings.CutPrefix(p, "content/pages/")
	if !ok {
		return ""
	}
	if top, _, nested := strings.Cut(rel, "/"); nested && slices.Contains(model.Sections, top) {
		return ""
	}
	return rel
}

// contentAt is the content path a file published at the output path out
// would have.
func contentAt(out string) string {
	if top, _, _ := strings.Cut(out, "/"); top == "papers" || top == "days" {
		return "content/" + out
	}
	return "content/pages/" + out
}

// probe is one file a source's link named: its content path, and whether
// it was there to publish, or is a source; or, sized, one image it shows:
// its output path and what reading it gave. A cached parse holds only
// while each of its probes finds what it found.
type probe struct {
	path          string
	found, source bool
	// root is the path from the site's root that the link wrote
	// ("/papers/2106.09685/", without the base path), or "" for a
	// relative one: only the build's output says whether it names a file.
	root  string
	sized bool
	size  sized
}

// resolver returns the markdown.Resolve of the source at src, which
// appends each file a link names to probes: every path from the site's
// root, and every relative path, so that the build can warn of those
// that name no file (brokenLinks).
func (b beside) resolver(src string, probes *[]probe) markdown.Resolve {
	return func(p string) string {
		var c, root string
		if rel, ok := strings.CutPrefix(p, "/"); ok {
			c, root = contentAt(strings.TrimSuffix(rel, "/")), p
		} else {
			c = linkedPath(src, p)
		}
		c = norm.NFC.String(c)
		out := publishedAt(c)
		if out == "" || path.Clean(c) != c {
			// Never a file to publish; one that leaves content/
			// (../../public/feed.xml) is broken unless it names a file
			// from its page, as the page's own relative link.
			*probes = append(*probes, probe{path: c, root: root})
			return ""
		}
		if s := b.source(c); s != "" && root == "" {
			*probes = append(*probes, probe{path: s, source: true})
			return "/" + sourceMarker + s
		}
		if page := dayPage(c); page != "" && root == "" {
			*probes = append(*probes, probe{path: c, root: "/" + page})
			return "/" + page
		}
		found := b.files[c] != ""
		*probes = append(*probes, probe{path: c, found: found, root: root})
		if !found {
			return ""
		}
		return "/" + out
	}
}

// dayPage is the page of the day whose file the content path c would be
// (content/days/2024-05-27.md: days/2024-05-27/), or "". A relative link
// to a day's .md names the day's page whether or not the day has a file:
// a day that papers are dated on has its page without one, as every day
// an import brings has.
func dayPage(c string) string {
	dir, name := path.Split(c)
	if dir != "content/days/" || !filename.IsMarkdown(name) {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, filename.Stem(name)); err != nil {
		return ""
	}
	return "days/" + filename.Stem(name) + "/"
}

// besideOf is the content path that rel, a path relative to the source
// src, names.
func besideOf(src, rel string) string { return path.Join(path.Dir(src), rel) }

// linkedPath is the content path that p, the decoded path of a link
// written in the source src, names: relative to src's folder, or, after
// Zola's @/, to content/ (@/papers/bert.md is content/papers/bert.md).
func linkedPath(src, p string) string {
	if rel, ok := strings.CutPrefix(p, "@/"); ok {
		return path.Join("content", rel)
	}
	return besideOf(src, p)
}

// holds reports whether every probe finds in b what it found: a relative
// link that named no source names none still (the resolver links a
// source's page before any file).
func (b beside) holds(probes []probe) bool {
	for _, p := range probes {
		switch {
		case p.sized:
			if b.size(p.path) != p.size {
				return false
			}
		case p.source:
			if !b.sources[p.path] {
				return false
			}
		case p.root == "" && publishedAt(p.path) != "" && b.source(p.path) != "":
			return false // a source added where the link named none: a link to its page now
		case (b.files[p.path] != "") != p.found:
			return false
		}
	}
	return true
}

// linked returns the content paths of the files probes found, sorted and
// each once.
func linked(probes []probe) []string {
	var out []string
	for _, p := range probes {
		if p.found {
			out = append(out, p.path)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// linkedFiles returns the files beside the sources that papers, days and
// pages link to, sorted and each once. The build publishes those of the
// papers, days and pages it publishes: a file only a draft, a removed
// paper or a day without papers links to stays unpublished.
func linkedFiles(papers []*model.Paper, days []*model.Day, pages []*model.Page) []string {
	var out []string
	for _, p := range papers {
		out = append(out, p.Linked...)
	}
	for _, d := range days {
		out = append(out, d.Linked...)
	}
	for _, p := range pages {
		out = append(out, p.Linked...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// lfsPointer starts a Git LFS pointer file, which a checkout without LFS
// has in place of the file.
const lfsPointer = "version https://git-lfs.github.com/spec/v1"

// largeFile is the size from which a published file is worth a warning:
// GitHub refuses files over 100 MB, and a Pages site over 1 GB.
const largeFile = 50 << 20

// emit publishes the files of b at paths (in NFC). It returns a warning
// for each that is a Git LFS pointer or is large, and check's note for
// each image of heavyImage bytes or more (heavyNote). A text file with a
// merge conflict git left in it (a figure's SVG, a refs.bib two curators
// edited; besideText) is not published but added to bad, at its marker's
// line, as a theme's static file is (conflictErr).
func (b beside) emit(fsys fs.FS, paths []string, add func(model.File) error, bad *diag.List) (warn, notes []Problem, err error) {
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, b.files[p])
		if err != nil {
			return nil, nil, diag.Unreadable(b.files[p], "file", err)
		}
		if besideText(p, data) {
			if err := conflictErr(b.files[p], p, data); err != nil {
				bad.Append(err)
				continue
			}
		}
		switch {
		case bytes.HasPrefix(data, []byte(lfsPointer)):
			warn = append(warn, Problem{Kind: "beside", Path: b.files[p], Msg: "is a Git LFS pointer, not the file itself, and the site publishes it as it is; " +
				"fetch the file before building (git lfs pull; in GitHub Actions, actions/checkout with lfs: true)"})
		case len(data) >= largeFile:
			warn = append(warn, Problem{Kind: "beside", Path: b.files[p], Msg: fmt.Sprintf("has %d MB, and every deploy copies it: GitHub refuses files over 100 MB and Pages sites over 1 GB; "+
				"make it smaller, or link to a copy hosted elsewhere", len(data)>>20)})
		case len(data) >= heavyImage && filename.IsImage(p):
			notes = append(notes, heavyNote(b.files[p], len(data)))
		}
		if err := add(model.File{Path: publishedAt(p), Data: data}); err != nil {
			return nil, nil, err
		}
	}
	return warn, notes, nil
}

// besideText reports whether the file p beside the sources, data, is
// text a merge conflict may be left in: one named as a theme's static
// text file is (conflictChecked), or one whose bytes are UTF-8 (a .py, a
// notes file without an extension), which an image or a PDF's are not.
func besideText(p string, data []byte) bool { return conflictChecked(p) || utf8.Valid(data) }

// target is the content path, in NFC, of the file that the relative link
// dest (as a page has it: escaped, with any query and fragment), written
// in the source src, names; ok is false for a link of another kind.
func target(src, dest string) (c string, ok bool) {
	raw, _, _ := strings.Cut(dest, "#")
	raw, _, _ = strings.Cut(raw, "?")
	p, err := url.PathUnescape(raw)
	if err != nil || p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, ":") {
		return "", false
	}
	return norm.NFC.String(linkedPath(src, p)), true
}

// explain says why the relative link dest, written in the source src and
// broken, names no file beside the sources that the build publishes, and
// what to write instead; "" for a link that leaves content/, which then
// reads as the page's own relative link (see outside). (A link to
// another source is its page's, which linkSources gave it.)
func (b beside) explain(fsys fs.FS, src, dest string) string {
	c, ok := target(src, dest)
	if !ok || !strings.HasPrefix(c, "content/") {
		return ""
	}
	info, err := fs.Stat(fsys, c)
	named := "" // the one source named as c's last folder: Hugo's ../bert/ for bert.md
	if publishedAt(c) == "" && err != nil {
		named = b.sourceNamed(path.Base(c))
	}
	switch {
	case strings.HasPrefix(dest, "@/") && err != nil:
		// A post moved from its section to content/papers/ under its name.
		if _, rest, ok := strings.Cut(strings.TrimPrefix(c, "content/"), "/"); ok && !strings.HasPrefix(c, "content/papers/") {
			if _, err := fs.Stat(fsys, "content/papers/"+rest); err == nil {
				return "there is no " + c + ", and content/papers/" + rest + " is there: a post moved to content/papers/ is @/papers/" + rest + " (Zola's @/ names a file below content/); write that"
			}
		}
		return "there is no " + c + " (Zola's @/ names a file below content/: a paper moved to content/papers/ is @/papers/<its file>.md, or link to it relative to this .md); fix the link or put the file there"
	case named != "":
		// Hugo's link from a post's page to another's (../bert/).
		return "it names " + c + ", which is not there; a link to " + named + " reaches its page: write " + relPath(src, named) + fragment(dest)
	case publishedAt(c) == "":
		return "it names " + c + ", and only files below content/papers/, content/days/ and content/pages/ are published " +
			"(not in a folder of content/pages/ named like one the build fills); move the file there"
	case err == nil && info.IsDir():
		return "it names the folder " + c + "; link to a file in it"
	case err == nil && slices.ContainsFunc(strings.Split(c, "/"), load.Skipped):
		return "it names " + c + ", and a file whose name, or a folder's, starts with _ or . is never published; rename it"
	}
	if strings.Contains(c, `\`) {
		// A path copied from Windows' Explorer: a URL's folders are
		// parted by / alone, and the browser would ask for figs%5Cfig.png.
		raw, _, _ := strings.Cut(dest, "#")
		raw, _ = url.PathUnescape(raw)
		return "there is no " + c + ": a link parts folders with /, not with \\ as Windows does; write " + strings.ReplaceAll(raw, `\`, "/")
	}
	if other := b.otherCase(c); other != "" {
		return "there is no " + c + ", only " + other + ": letter case counts on the site; write the name as the file has it"
	}
	if md := b.pageSource(c); md != "" {
		why := "there is no " + c + "; a link to " + md + " reaches its page: write " + relinked(dest, path.Base(md))
		if id := strings.TrimSuffix(path.Base(md), ".md"); strings.HasSuffix(c, ".pdf") && arxivid.Valid(id) {
			why += ", or https://arxiv.org/pdf/" + id + " for arXiv's PDF"
		}
		return why
	}
	if md := b.paperNamed(c); md != "" {
		why := "there is no " + c + "; it names the paper " + md + ", and a link to it reaches its page: write " + relPath(src, md) + fragment(dest)
		if id, ok := strings.CutSuffix(path.Base(c), ".pdf"); ok && arxivid.Valid(id) {
			why += ", or https://arxiv.org/pdf/" + id + " for arXiv's PDF"
		}
		return why
	}
	if near := b.nearFile(c); near != "" {
		return "there is no " + c + ", but there is " + near + "; fix the link or put the file there"
	}
	switch raw, _, _ := strings.Cut(dest, "#"); {
	case emailRE.MatchString(raw):
		return "there is no " + c + ": " + raw + " is an email address, which a link writes with mailto: before it; write mailto:" + raw
	case hostRE.MatchString(raw):
		return "there is no " + c + ": " + raw + " is a web address without its https://, which a link needs (without it, it names a file here); write https://" + dest
	}
	return "there is no " + c + " (a relative link names a file beside the .md file, as an editor's preview reads it); fix the link or put the file there"
}

// outside says why the relative link dest, written in the source src
// and broken, names no file the site publishes when it leaves content/
// (explain's are the links below it), and what to write instead: a file
// the build wrote to the site's output folder (../../public/feed.xml) or
// a theme's static file is linked from the site's root, at its address
// there (files has every output file); any other file of the site's
// folder (../../README.md) is not published. It is "" for a link below
// content/, and for one that names no file of the site's folder, which
// the page's address may read (../../days/2024-5-29/).
func outside(fsys fs.FS, cfg *model.Config, src, dest string, files map[string]bool) string {
	c, ok := target(src, dest)
	if !ok || strings.HasPrefix(c, "content/") {
		return ""
	}
	if c == ".." || strings.HasPrefix(c, "../") {
		return "it climbs out of the site's folder, to a file no reader of the site can open; put the file beside the .md file and link it relative to it, or link its address on the web"
	}
	first, rest, nested := strings.Cut(c, "/")
	what := "a file the build wrote to the site's output folder, " + first + "/"
	if theme, file, ok := strings.Cut(rest, "/static/"); first == "themes" && ok && !strings.Contains(theme, "/") {
		what, rest = "a static file of the theme "+theme, file
	}
	there := fileAt(fsys, c)
	if f, ok := rootFile("/"+rest, files); nested && ok && (first == "public" || there) {
		at, _, _ := strings.Cut(linkTo(cfg, dest, f), "#")
		return "it names " + c + ", " + what + ", which the site publishes at " + at + "; link it there, from the site's root: write " + linkTo(cfg, dest, f)
	}
	if !there {
		// No file there: most likely a link written from the page's
		// address (../../days/2024-5-29/), whose near miss the link's
		// other explanations name.
		return ""
	}
	return "it names " + c + ", outside content/, and only files below content/papers/, content/days/ and content/pages/ are published; move the file there and link it relative to this .md file, or link its address on the web"
}

// fileAt reports whether the site's folder fsys has a file at p.
func fileAt(fsys fs.FS, p string) bool {
	info, err := fs.Stat(fsys, p)
	return err == nil && !info.IsDir()
}

// otherCase returns the file beside the sources that is the content
// path c in other letter case (content/papers/Figure.PNG for
// content/papers/figure.png), the first by name when more are, or ""
// when none is.
func (b beside) otherCase(c string) string {
	var other []string
	for have := range b.files {
		if strings.EqualFold(have, c) {
			other = append(other, have)
		}
	}
	if len(other) == 0 {
		return ""
	}
	return slices.Min(other)
}

var (
	// emailRE is an email address written as a link's address, without
	// the mailto: it needs.
	emailRE = regexp.MustCompile(`^[\w.+-]+@[\w-]+(\.[\w-]+)+$`)
	// hostRE is a web address written without its scheme: www. and a
	// host, or a host of a top-level domain that names no kind of file,
	// then a path or nothing (github.com/ada/digest, ada.dev).
	hostRE = regexp.MustCompile(`^(?:www\.[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+(?:com|org|net|io|dev|ai|edu|gov|app|info|xyz|me|co|uk|de|fr|jp|cn|ca|eu|ch|nl|us|tech|page|site|blog|science))(?:[/?][^\s]*)?$`)
)

// pageExts are the endings a link to a source's page may be written
// with in place of .md: none (2405.15738, ../papers/2405.15738/, as the
// published page's address has it), or the page's HTML or the paper's
// PDF.
var pageExts = []string{"", ".html", ".htm", ".pdf"}

// pageSource returns the .md of a page that the content path c names
// without its .md (content/papers/2405.15738, .../2405.15738.html): a
// source's, or a day's, which has its page without a file; "" when
// there is none.
func (b beside) pageSource(c string) string {
	for _, ext := range append(pageExts, ".md") {
		stem, ok := strings.CutSuffix(c, ext)
		if !ok || stem == "" {
			continue
		}
		if ext != ".md" && (b.sources[stem+".md"] || dayPage(stem+".md") != "") {
			return stem + ".md"
		}
		// An arXiv id with its version (2405.00023v2), as arXiv's
		// addresses have it: the paper's file has none.
		if m := versionRE.FindStringSubmatch(stem); m != nil && b.sources[m[1]+".md"] {
			return m[1] + ".md"
		}
	}
	return ""
}

// versionRE is a path ending in an arXiv id with a version: the path
// without it, then the version.
var versionRE = regexp.MustCompile(`^(.*(?:\d{4}\.\d{4,5}|/\d{7}))v\d+$`)

// paperNamed returns the file of the paper that the content path c,
// which names no file, names by its name in another folder: by the
// paper's id, as a note in content/papers/2024-05/ writes 2401.00001.md
// for content/papers/2401.00001.md, or bert.md's 1810.04805.md (with an
// arXiv version, or as its page's .html or .pdf, as pageSource reads
// them), or by the paper's file name, when one paper has it; "" when
// there is none. A name like another paper's in c's own folder is no
// reason to suggest that one (nearFile): an id names one paper.
func (b beside) paperNamed(c string) string {
	name := path.Base(c)
	for _, ext := range append(pageExts, ".md") {
		stem, ok := strings.CutSuffix(name, ext)
		if m := versionRE.FindStringSubmatch(stem); m != nil {
			stem = m[1]
		}
		if !ok || stem == "" || ext == "" && strings.Contains(stem, ".") && !arxivid.Valid(stem) {
			continue // a file's name with its ending, chart.png, read whole
		}
		if md := b.papers[stem]; md != "" {
			return md
		}
		if md := b.sourceNamed(stem); strings.HasPrefix(md, "content/papers/") {
			return md
		}
	}
	return ""
}

// paperLink returns the markdown.PaperLink of the source src: the path
// from src's folder to the file of the paper of an arXiv id, the one
// paperNamed finds (its id.md in any folder of content/papers/), or
// content/papers/<id>.md, where an import puts it, when it finds none
// (a paper whose file has another name, which a broken link's advice
// then names).
func (b beside) paperLink(src string) markdown.PaperLink {
	return func(id string) string {
		md := "content/papers/" + id + ".md"
		if named := b.paperNamed(md); named != "" {
			md = named
		}
		return relPath(src, md)
	}
}

// sourceNamed returns the one source named name.md, or "" when there is
// none, or more than one.
func (b beside) sourceNamed(name string) string {
	var found []string
	for s := range b.sources {
		if path.Base(s) == name+".md" {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return ""
	}
	return found[0]
}

// relPath is the relative link from the source src to the content path
// to, both slash paths below content/.
func relPath(src, to string) string {
	from, dest := strings.Split(path.Dir(src), "/"), strings.Split(to, "/")
	i := 0
	for i < len(from) && i < len(dest)-1 && from[i] == dest[i] {
		i++
	}
	return strings.Repeat("../", len(from)-i) + strings.Join(dest[i:], "/")
}

// relinked is the link dest (as a page has it) with its last path
// element written name: 2405.15738.html#x with 2405.15738.md is
// 2405.15738.md#x; ../papers/2405.15738/ is ../papers/2405.15738.md.
func relinked(dest, name string) string {
	raw, _, _ := strings.Cut(dest, "#")
	raw = strings.TrimSuffix(raw, "/")
	raw, _, _ = strings.Cut(raw, "?")
	out := path.Join(path.Dir(raw), name)
	if !strings.Contains(raw, "/") {
		out = name
	}
	return out + fragment(dest)
}

// fragment is the #fragment of the link dest, with its #, or "".
func fragment(dest string) string {
	if _, frag, ok := strings.Cut(dest, "#"); ok {
		return "#" + frag
	}
	return ""
}

// nearFile returns the file beside the sources, or the source, in the
// folder of the content path c whose name is nearest c's, when it is
// close enough to be a typo of it (chart.png for chat.png, 2106.09685.md
// for 2106.0968.md); "" when there is none.
func (b beside) nearFile(c string) string {
	dir, name := path.Split(c)
	var names []string
	for p := range b.files {
		if d, n := path.Split(p); d == dir {
			names = append(names, n)
		}
	}
	for p := range b.sources {
		if d, n := path.Split(p); d == dir {
			names = append(names, n)
		}
	}
	slices.Sort(names) // of two as near, the first
	if near := diag.Nearest(name, names); near != "" {
		return dir + near
	}
	return ""
}

// sourcePages maps each source of papers, days and pages (its content
// path in NFC) to the site path of its page: a day file's is the day's,
// though it holds papers too. A draft's page is where it would be.
func sourcePages(papers []*model.Paper, days []*model.Day, pages []*model.Page) map[string]string {
	out := map[string]string{}
	for _, p := range papers {
		out[norm.NFC.String(p.Source)] = p.Path()
	}
	for _, d := range days {
		out[norm.NFC.String(d.Source)] = d.Path()
	}
	for _, p := range pages {
		out[norm.NFC.String(p.Source)] = p.Path()
	}
	return out
}

// unpublishedPages maps the site path of each page a source would have
// that the build leaves out to why, for check to say why a link to it is
// broken: a draft's, in a build without drafts ("the paper 2401.00001
// (content/papers/x.md) is a draft; build with --drafts to include it"),
// a paper's that no day lists, taken off its day by removed: (site,
// the built site, has the papers published), and a day's whose day file
// lists none, or takes every paper off it.
func unpublishedPages(papers []*model.Paper, pages []*model.Page, drafts bool, site *model.Site) map[string]string {
	out := map[string]string{}
	published := make(map[*model.Paper]bool, len(site.Papers))
	for _, p := range site.Papers {
		published[p] = true
	}
	for _, p := range papers {
		switch {
		case p.Draft && !drafts:
			out[p.Path()] = "the paper " + p.ID + " (" + p.Source + ") is a draft; build with --drafts to include it"
		case !p.Draft && !published[p]:
			out[p.Path()] = "the paper " + p.ID + " (" + p.Source + ") has no page, as no day lists it" + removedBy(site.Days, p.ID) + "; link another page"
		}
	}
	for _, p := range pages {
		if p.Draft && !drafts {
			out[p.Path()] = "the page " + p.Source + " is a draft; build with --drafts to include it"
		}
	}
	for _, d := range site.Unlisted {
		fix := "link another day"
		if f := d.UnlistedFix(); f != "" {
			fix = f + ", link another day"
		}
		out[d.Path()] = "the day " + d.Slug + " has no page: " + d.WhyUnlisted() + "; " + fix
	}
	return out
}

// removedBy names the day file of days whose removed: takes the paper id
// off its list: ": content/days/2024-05-27.md:6 takes it off with
// removed:"; "" when none does.
func removedBy(days []*model.Day, id string) string {
	for _, d := range days {
		if i := slices.Index(d.Removed, id); i >= 0 && d.Source != "" {
			line := 0
			if i < len(d.RemovedLines) {
				line = d.RemovedLines[i]
			}
			return fmt.Sprintf(": %s:%d takes it off with removed:", d.Source, line)
		}
	}
	return ""
}

// linkSources gives each link to a source in the HTML of the site's
// papers, days and pages the address of the source's page in pages
// (sourcePages). A draft's page is not on the site: a link to it is
// broken, and check says so at the link's line.
func linkSources(site *model.Site, pages map[string]string) {
	marker := site.Config.BasePath() + sourceMarker
	fix := func(h template.HTML) template.HTML {
		s := string(h)
		if !strings.Contains(s, marker) {
			return h
		}
		var out strings.Builder
		for {
			i := strings.Index(s, marker)
			if i < 0 {
				break
			}
			out.WriteString(s[:i])
			s = s[i+len(marker):]
			end := strings.IndexAny(s, "\"'#?<> ")
			if end < 0 {
				end = len(s)
			}
			c, err := url.PathUnescape(s[:end])
			page, ok := pages[c]
			if err != nil || !ok {
				out.WriteString(marker) // a source that did not parse: the build fails anyway
				continue
			}
			out.WriteString(site.Config.Rel(page))
			s = s[end:]
		}
		out.WriteString(s)
		return template.HTML(out.String())
	}
	for _, p := range site.Papers {
		if strings.Contains(string(p.Content), marker) {
			summary, abstract := p.Summary(), p.AbstractText() // of the HTML as parsed
			p.Abstract, p.Notes = fix(p.Abstract), fix(p.Notes)
			p.Content = p.Abstract + p.Notes
			p.SetTexts(summary, abstract)
		}
	}
	for _, d := range site.Days {
		d.IntroHTML = fix(d.IntroHTML)
	}
	for _, p := range site.Pages {
		p.Content = fix(p.Content)
	}
}
