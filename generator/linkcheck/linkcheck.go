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
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

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
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s: %s", p.Page, p.URL, p.Msg) }

// Check returns every broken internal link of the HTML files in files.
// It reads each page once, for its ids and its links together, the pages
// spread over the CPUs; a link to another page's #fragment waits until
// every page's ids are known.
func Check(files []model.File, basePath string) []Problem {
	return check(files, basePath, 0)
}

// check is Check with workers reading pages (0: one per CPU).
func check(files []model.File, basePath string, workers int) []Problem {
	exists := make(map[string]bool, len(files))
	var pages []model.File
	for _, f := range files {
		exists[f.Path] = true
		if strings.HasSuffix(f.Path, ".html") {
			pages = append(pages, f)
		}
	}
	scans := make([]pageScan, len(pages))
	parallel.For(context.Background(), len(pages), workers, func() func(int) error {
		// A link that starts with / names the same file from every
		// page, and a theme writes the same ones on each.
		rooted := map[string]resolved{}
		return func(i int) error {
			scans[i] = scanPage(pages[i].Path, pages[i].Data, basePath, exists, rooted)
			return nil
		}
	})
	ids := make(map[string]map[string]bool, len(pages))
	for i, f := range pages {
		ids[f.Path] = scans[i].ids
	}
	var out []Problem
	for i, f := range pages {
		out = append(out, scans[i].problems...)
		for _, l := range scans[i].elsewhere {
			if !ids[l.target][l.frag] {
				out = append(out, Problem{Page: f.Path, URL: l.url, Msg: fmt.Sprintf("no element with id %q in %s", l.frag, l.target)})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Problem) int { return cmp.Or(cmp.Compare(a.Page, b.Page), cmp.Compare(a.URL, b.URL)) })
	return out
}

// pageScan is what Check finds on one page: its ids and a names, the
// problems the page alone shows, and its links to a fragment of another
// page, which need that page's ids.
type pageScan struct {
	ids       map[string]bool
	problems  []Problem
	elsewhere []fragLink
}

// fragLink is a link to the fragment frag of the page target.
type fragLink struct{ url, target, frag string }

// resolved is what Resolve returns for a link.
type resolved struct{ file, frag, msg string }

// scanPage reads page name's HTML once: its ids (and those used twice),
// and each of its links, resolved against exists (rooted remembers the
// links that start with /, which resolve the same from every page).
func scanPage(name string, doc []byte, basePath string, exists map[string]bool, rooted map[string]resolved) pageScan {
	ids, dups, hrefs := scanHTML(doc)
	s := pageScan{ids: ids}
	for _, d := range dups {
		s.problems = append(s.problems, Problem{Page: name, URL: "#" + d, Msg: fmt.Sprintf("the id %q is used by more than one element, so links to it are ambiguous", d)})
	}
	for _, link := range hrefs {
		r, ok := rooted[link]
		if !ok {
			r.file, r.frag, r.msg = Resolve(name, link, basePath, exists)
			if strings.HasPrefix(link, "/") {
				rooted[link] = r
			}
		}
		switch {
		case r.msg != "":
			s.problems = append(s.problems, Problem{Page: name, URL: link, Msg: r.msg})
		case r.file == "" || r.frag == "" || r.frag == "top" || !strings.HasSuffix(r.file, ".html"):
		case r.file == name:
			if !ids[r.frag] {
				// the same words on every page, so check tells a theme's once
				s.problems = append(s.problems, Problem{Page: name, URL: link, Msg: fmt.Sprintf("no element with id %q on the page", r.frag)})
			}
		default:
			s.elsewhere = append(s.elsewhere, fragLink{url: link, target: r.file, frag: r.frag})
		}
	}
	return s
}

// cssURL matches a url() of a stylesheet, quoted or not, and the string
// of an @import.
var cssURL = regexp.MustCompile(`url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')`)

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
		src := string(f.Data)
		for _, m := range cssURL.FindAllStringSubmatchIndex(src, -1) {
			var ref string
			for g := 2; g < len(m); g += 2 {
				if m[g] >= 0 {
					ref = src[m[g]:m[g+1]]
					break
				}
			}
			if ref == "" || strings.HasPrefix(ref, "data:") || strings.HasPrefix(ref, "#") {
				continue // an empty url() or a data: URL loads nothing; #id is an SVG reference
			}
			if named, _, msg := Resolve(f.Path, ref, basePath, exists); msg != "" {
				out = append(out, Problem{Page: f.Path, Line: 1 + strings.Count(src[:m[0]], "\n"), URL: ref, Msg: msg, Missing: named})
			}
		}
	}
	return out
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

// scanHTML reads an HTML page once and returns every id and a name of it,
// the ids used twice, and every URL it links to or loads.
func scanHTML(doc []byte) (ids map[string]bool, dups, hrefs []string) {
	ids = map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ids, dups, hrefs
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			var rel string
			n := len(hrefs)
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				switch string(k) {
				case "href", "src", "action", "poster":
					hrefs = append(hrefs, string(v))
				case "srcset":
					for _, c := range strings.Split(string(v), ",") {
						if f := strings.Fields(c); len(f) > 0 {
							hrefs = append(hrefs, f[0])
						}
					}
				case "rel":
					rel = string(v)
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
			if string(tag) == "link" && (rel == "canonical" || rel == "alternate") {
				hrefs = hrefs[:n] // absolute URLs of the published site
			}
		}
	}
}
