// Package linkcheck finds broken internal links in a built site.
//
// Input: the site's files as the build returns them and the base path every
// internal URL starts with. Output: one Problem per internal href, src,
// srcset, action or stylesheet that names no file, and per #fragment that
// names no id in its target page. External URLs are not fetched.
package linkcheck

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"maps"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/csstext"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// Problem is one broken link.
type Problem struct {
	Page string // the page or stylesheet that links, as a file path
	Line int    // in a stylesheet, the line of the link; 0 in a page
	URL  string // the link as written
	Msg  string
	// Missing is the file of the site a link names that is not there
	// ("fonts/a.woff2"), or "" when it is broken otherwise.
	Missing string
	// Dup is the id that more than one element of Page has, which links
	// to it (URL, "#" and Dup) cannot tell apart; "" for a broken link.
	Dup string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s: %s", p.Page, p.URL, p.Msg) }

// Check returns every broken internal link of the HTML files in files.
// It reads each page once, for its ids and its links together, the pages
// spread over the CPUs; a link to another page's #fragment waits until
// every page's ids are known.
func Check(files []model.File, basePath string) []Problem {
	return check(files, basePath, 0)
}

// check is Check with workers resolving links (0: one per CPU).
func check(files []model.File, basePath string, workers int) []Problem {
	exists := make(map[string]bool, len(files))
	var pages Pages
	for _, f := range files {
		exists[f.Path] = true
		if strings.HasSuffix(f.Path, ".html") {
			pages.Add(f.Path, f.Data)
		}
	}
	return pages.problems(exists, basePath, workers)
}

// Pages holds what Check needs of a site's pages, read one page at a time
// as a build makes them, so that no page's bytes are kept: its ids and
// a names, the ids it uses twice, and its links in order, each distinct
// link's text held once however many pages have it. The zero Pages is
// empty and ready; Add is safe for concurrent use.
type Pages struct {
	// Site is the site's own address, its baseURL ending in /, or "": a
	// link that starts with it (one copied from the published site into
	// a paper's notes) is checked as the path it names.
	Site  string
	mu    sync.Mutex
	pages []page
	links []string          // every distinct link of the pages
	index map[string]uint32 // each link's place in links
	// scratch holds a page's links while Add reads it.
	scratch sync.Pool
}

// page is what Pages keeps of one page.
type page struct {
	name string
	ids  map[string]bool
	dups []string
	refs []uint32 // its links, by their place in Pages.links
}

// linkBuf is the links of one page as scanHTML reads them, one after
// another in buf, each ending where ends says.
type linkBuf struct {
	buf  []byte
	ends []int
	kept [][]byte // those Add keeps
}

// Add reads the HTML page name once for its ids and links; doc is not
// kept.
func (ps *Pages) Add(name string, doc []byte) {
	lb, _ := ps.scratch.Get().(*linkBuf)
	if lb == nil {
		lb = &linkBuf{}
	}
	defer ps.scratch.Put(lb)
	lb.buf, lb.ends, lb.kept = lb.buf[:0], lb.ends[:0], lb.kept[:0]
	p := page{name: name}
	p.ids, p.dups = scanHTML(doc, lb)
	// A link to another site, or a data: URL, is fine on every page
	// (see Resolve): it need not be kept, and a paper's own are many
	// (its code, its PDF, its BibTeX) and on its pages alone.
	start := 0
	for _, end := range lb.ends {
		if link := lb.buf[start:end]; !external(link) || ps.own(string(link)) != "" {
			lb.kept = append(lb.kept, link)
		}
		start = end
	}
	p.refs = make([]uint32, len(lb.kept))
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.index == nil {
		ps.index = map[string]uint32{}
	}
	for i, link := range lb.kept {
		ref, ok := ps.index[string(link)]
		if !ok {
			ref = uint32(len(ps.links))
			ps.links = append(ps.links, string(link))
			ps.index[ps.links[ref]] = ref
		}
		p.refs[i] = ref
	}
	ps.pages = append(ps.pages, p)
}

// own returns the rest of link after the site's own address (Site), or
// "" when it does not start with it (or is the address alone, the home
// page's).
func (ps *Pages) own(link string) string {
	if ps.Site == "" {
		return ""
	}
	rest, ok := strings.CutPrefix(strings.TrimSpace(link), ps.Site)
	if !ok {
		return ""
	}
	return rest
}

// external reports whether link names another site or is a data: URL,
// as Resolve finds it, which it then lets be: a URL that parses with a
// scheme or a host. It parses only what may have one.
func external(link []byte) bool {
	link = bytes.TrimSpace(link)
	if !bytes.HasPrefix(link, []byte("//")) {
		i := bytes.IndexByte(link, ':')
		if i < 1 || bytes.ContainsAny(link[:i], "/?#") {
			return false
		}
	}
	u, err := url.Parse(string(link))
	return err == nil && (u.Scheme != "" || u.Host != "")
}

// Problems returns every broken internal link of the pages added, as
// Check does: exists has the paths of every file of the site, basePath
// is the path every internal URL starts with.
func (ps *Pages) Problems(exists map[string]bool, basePath string) []Problem {
	return ps.problems(exists, basePath, 0)
}

// problems is Problems with workers resolving links (0: one per CPU).
func (ps *Pages) problems(exists map[string]bool, basePath string, workers int) []Problem {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	pages := ps.pages
	slices.SortFunc(pages, func(a, b page) int { return strings.Compare(a.name, b.name) })
	scans := make([]pageScan, len(pages))
	parallel.For(context.Background(), len(pages), workers, func() func(int) error {
		// A link that starts with / names the same file from every
		// page, and a theme writes the same ones on each; so does
		// one that names no file (broken as it is written).
		rooted := map[uint32]resolved{}
		return func(i int) error {
			scans[i] = ps.resolvePage(pages[i], basePath, exists, rooted)
			return nil
		}
	})
	ids := make(map[string]map[string]bool, len(pages))
	for _, p := range pages {
		ids[p.name] = p.ids
	}
	var out []Problem
	for i, p := range pages {
		out = append(out, scans[i].problems...)
		for _, l := range scans[i].elsewhere {
			if !ids[l.target][l.frag] {
				out = append(out, Problem{Page: p.name, URL: l.url, Msg: fmt.Sprintf("no element with id %q in %s%s", l.frag, l.target, nearestID(l.frag, ids[l.target]))})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Problem) int { return cmp.Or(cmp.Compare(a.Page, b.Page), cmp.Compare(a.URL, b.URL)) })
	return out
}

// nearestID names the id of ids that the missing fragment frag most
// likely means, as words after a broken link's: one that differs only in
// its hyphens, as GitHub's and Hugo's anchors for a heading do from its id
// here ("#using-torchcompile" for "## Using `torch.compile`", "#qa" for
// "## Q&A"), or else, for a fragment of four characters or more, a near
// spelling (diag.Suggest); "" when none is.
func nearestID(frag string, ids map[string]bool) string {
	if len(ids) == 0 {
		return ""
	}
	all := slices.Sorted(maps.Keys(ids)) // of ids as near, the first
	bare := strings.ReplaceAll(frag, "-", "")
	for _, id := range all {
		if id != "" && strings.ReplaceAll(id, "-", "") == bare {
			return fmt.Sprintf(`; the page has the id %q (GitHub's anchors leave out the signs that a heading's id here makes hyphens)`, id)
		}
	}
	if near := diag.Suggest(frag, all); near != "" && len(frag) >= 4 {
		return fmt.Sprintf("; did you mean %q?", near)
	}
	return ""
}

// pageScan is what Check finds on one page: the problems the page alone
// shows, and its links to a fragment of another page, which need that
// page's ids.
type pageScan struct {
	problems  []Problem
	elsewhere []fragLink
}

// fragLink is a link to the fragment frag of the page target.
type fragLink struct{ url, target, frag string }

// resolved is what Resolve returns for a link.
type resolved struct{ file, frag, msg string }

// resolvePage resolves each link of p against exists (rooted remembers
// the links that resolve the same from every page).
func (ps *Pages) resolvePage(p page, basePath string, exists map[string]bool, rooted map[uint32]resolved) pageScan {
	var s pageScan
	for _, d := range p.dups {
		s.problems = append(s.problems, Problem{Page: p.name, URL: "#" + d, Msg: fmt.Sprintf("the id %q is used by more than one element, so links to it are ambiguous", d), Dup: d})
	}
	for _, ref := range p.refs {
		link := ps.links[ref]
		r, ok := rooted[ref]
		if !ok {
			local := link
			if own := ps.own(link); own != "" {
				local = basePath + own
			}
			r.file, r.frag, r.msg = Resolve(p.name, local, basePath, exists)
			if strings.HasPrefix(local, "/") || r.file == "" { // names no file of the page's folder
				rooted[ref] = r
			}
		}
		switch {
		case r.msg != "":
			s.problems = append(s.problems, Problem{Page: p.name, URL: link, Msg: r.msg})
		case r.file == "" || r.frag == "" || r.frag == "top" || !strings.HasSuffix(r.file, ".html"):
		case r.file == p.name:
			if !p.ids[r.frag] {
				// the same words on every page, so check tells a theme's once
				s.problems = append(s.problems, Problem{Page: p.name, URL: link, Msg: fmt.Sprintf("no element with id %q on the page%s", r.frag, nearestID(r.frag, p.ids))})
			}
		default:
			s.elsewhere = append(s.elsewhere, fragLink{url: link, target: r.file, frag: r.frag})
		}
	}
	return s
}

// cssToken matches what cssRefs reads of a stylesheet, its comments
// blanked: a url(), quoted or not, and an @import's string, either in any
// letter case (its address in groups 1 to 5); image-set( (group 6), whose
// strings are addresses too; any other ( and ); and a string (groups 7
// and 8), which outside image-set() is text (content: "url(x)").
var cssToken = regexp.MustCompile(`(?i:url)\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)` +
	`|@(?i:import)\s+(?:"([^"]*)"|'([^']*)')` +
	`|((?i:-webkit-)?(?i:image-set))\(|[\w-]*\(|\)` +
	`|"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'`)

// cssLoads matches what CSS that loads a file has (a url(), an @import,
// an image-set()), which a page's style="" seldom has.
var cssLoads = regexp.MustCompile(`(?i)url\(|@import|image-set\(`)

// CSS returns every url() and @import of the stylesheets in files that
// names no file of the site (exists has the paths of files), with its
// line: a web font or background image a theme's stylesheet loads. A
// stylesheet is at the site's root or below, so a root path that leaves
// out the base path is broken too.
func CSS(files []model.File, exists map[string]bool, basePath string) []Problem {
	var out []Problem
	for _, f := range files {
		if path.Ext(f.Path) != ".css" {
			continue
		}
		cssRefs(f.Data, func(ref string, at int) {
			if named, _, msg := Resolve(f.Path, ref, basePath, exists); msg != "" {
				out = append(out, Problem{Page: f.Path, Line: diag.LineAt(f.Data, at), URL: ref, Msg: msg, Missing: named})
			}
		})
	}
	return out
}

// cssRefs calls fn with each file the CSS css loads (url(), @import,
// a string of image-set()), and the offset of its url() or string in css;
// an empty url(), a data: URL and an SVG's #id load none, and a url() in
// a comment or a string (content: "url(x)") is text.
func cssRefs(css []byte, fn func(ref string, at int)) {
	src := string(csstext.BlankComments(css))
	var imageSet []bool // for each ( open, whether it is image-set's
	for _, m := range cssToken.FindAllStringSubmatchIndex(src, -1) {
		g := slices.IndexFunc([]int{2, 4, 6, 8, 10, 12, 14, 16}, func(g int) bool { return m[g] >= 0 })
		switch {
		case g < 0 && src[m[1]-1] == ')':
			if len(imageSet) > 0 {
				imageSet = imageSet[:len(imageSet)-1]
			}
			continue
		case g < 0 || g == 5:
			imageSet = append(imageSet, g == 5)
			continue
		case g > 5 && (len(imageSet) == 0 || !imageSet[len(imageSet)-1]):
			continue // a string of text
		}
		at := m[0]
		if g > 5 {
			at = m[2*g+2] - 1 // the string's quote
		}
		ref := strings.TrimSpace(src[m[2*g+2]:m[2*g+3]])
		if ref == "" || strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "#") {
			continue
		}
		fn(ref, at)
	}
}

// Resolve maps link on page (a file path) to the file it names ("" for
// external links) and its fragment; msg says why it is broken, in the
// words Check uses. exists has the paths of the site's files. A link to a
// file the site does not have names it, with msg. Check reads every
// page's links; the build asks Resolve of the few links its sources write
// that may name no file.
func Resolve(page, link, base string, exists map[string]bool) (file, frag, msg string) {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return "", "", "not a valid URL"
	}
	if u.Scheme != "" || u.Host != "" || link == "" {
		if link == "" {
			return "", "", "empty link"
		}
		return "", "", ""
	}
	frag = u.Fragment
	p := u.Path
	switch {
	case p == "":
		return page, frag, ""
	case strings.HasPrefix(p, "/"):
		if !strings.HasPrefix(p, base) {
			return "", "", fmt.Sprintf("absolute path outside the base path %s", base)
		}
		p = strings.TrimPrefix(p, base)
	default:
		p = path.Join(path.Dir(page), p) + map[bool]string{true: "/", false: ""}[strings.HasSuffix(p, "/")]
	}
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	p = strings.TrimPrefix(path.Clean("/"+p), "/")
	if exists[p] {
		return p, frag, ""
	}
	if exists[p+"/index.html"] {
		return p + "/index.html", frag, ""
	}
	return p, "", "no such file " + p
}

// scanHTML reads an HTML page once and returns every id and a name of it
// and the ids used twice; it appends every URL it links to or loads to
// links.
func scanHTML(doc []byte, links *linkBuf) (ids map[string]bool, dups []string) {
	add := func(link []byte) {
		links.buf = append(links.buf, link...)
		links.ends = append(links.ends, len(links.buf))
	}
	ids = map[string]bool{}
	addCSS := func(css []byte) {
		if cssLoads.Match(css) {
			cssRefs(css, func(ref string, _ int) { add([]byte(ref)) })
		}
	}
	z := html.NewTokenizer(bytes.NewReader(doc))
	inStyle := false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ids, dups
		case html.TextToken:
			if inStyle { // a <style> element's files, as a stylesheet's
				addCSS(z.Text())
			}
		case html.EndTagToken:
			inStyle = false
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			inStyle = string(tag) == "style"
			var canonical bool
			n, size := len(links.ends), len(links.buf)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "href", "src", "action", "poster":
					add(v)
				case "srcset":
					for _, c := range bytes.Split(v, []byte(",")) {
						if f := bytes.Fields(c); len(f) > 0 {
							add(f[0])
						}
					}
				case "style": // a style attribute's url(), as a stylesheet's
					addCSS(v)
				case "rel":
					canonical = string(v) == "canonical" || string(v) == "alternate"
				case "id":
					if ids[string(v)] && !slices.Contains(dups, string(v)) {
						dups = append(dups, string(v))
					}
					ids[string(v)] = true
				case "name":
					if string(tag) == "a" {
						ids[string(v)] = true
					}
				}
			}
			if canonical && string(tag) == "link" {
				links.buf, links.ends = links.buf[:size], links.ends[:n] // absolute URLs of the published site
			}
		}
	}
}
