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
	"fmt"
	"net/url"
	"path"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/paperboy-digest/paperboy/generator/model"
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
func Check(files []model.File, basePath string) []Problem {
	exists := make(map[string]bool, len(files))
	pages := map[string][]byte{}
	for _, f := range files {
		exists[f.Path] = true
		if strings.HasSuffix(f.Path, ".html") {
			pages[f.Path] = f.Data
		}
	}
	ids := make(map[string]map[string]bool, len(pages))
	var out []Problem
	for _, name := range sortedKeys(pages) {
		m, dups := collectIDs(pages[name])
		ids[name] = m
		for _, d := range dups {
			out = append(out, Problem{Page: name, URL: "#" + d, Msg: fmt.Sprintf("the id %q is used by more than one element, so links to it are ambiguous", d)})
		}
	}
	idsOf := func(p string) map[string]bool { return ids[p] }
	for _, name := range sortedKeys(pages) {
		for _, link := range links(pages[name]) {
			target, frag, msg := Resolve(name, link, basePath, exists)
			if msg != "" {
				out = append(out, Problem{Page: name, URL: link, Msg: msg})
				continue
			}
			if target == "" || frag == "" || frag == "top" {
				continue
			}
			if !strings.HasSuffix(target, ".html") {
				continue
			}
			if !idsOf(target)[frag] {
				where := "in " + target
				if target == name {
					where = "on the page" // the same words on every page, so check tells a theme's once
				}
				out = append(out, Problem{Page: name, URL: link, Msg: fmt.Sprintf("no element with id %q %s", frag, where)})
			}
		}
	}
	slices.SortFunc(out, func(a, b Problem) int { return cmp.Or(cmp.Compare(a.Page, b.Page), cmp.Compare(a.URL, b.URL)) })
	return out
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

// links returns every URL an HTML page links to or loads.
func links(doc []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			var rel string
			var hrefs []string
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
				}
			}
			if string(tag) == "link" && (rel == "canonical" || rel == "alternate") {
				continue // absolute URLs of the published site
			}
			out = append(out, hrefs...)
		}
	}
}

// collectIDs returns every id and a name of a page, and the ids used twice.
func collectIDs(doc []byte) (map[string]bool, []string) {
	m := map[string]bool{}
	var dups []string
	z := html.NewTokenizer(bytes.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return m, dups
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			for hasAttr {
				var k, v []byte
				k, v, hasAttr = z.TagAttr()
				if string(k) == "id" && m[string(v)] && !slices.Contains(dups, string(v)) {
					dups = append(dups, string(v))
				}
				if string(k) == "id" || (string(k) == "name" && string(tag) == "a") {
					m[string(v)] = true
				}
			}
		}
	}
}

func sortedKeys(m map[string][]byte) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
