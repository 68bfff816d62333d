package generator

import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/htmlspec"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// markupProblems reads the sampled pages (render's Samples: the first
// page of each kind, and the pages that take its templates down the
// branches the first may not) for what a theme's override can lose
// without an error: the language, the viewport, the main landmark and
// the skip link to it, an image's alt, a field's label, an element never
// closed, and on the search page the markup search.js needs. The built-in
// theme has all of them; a problem names the page and, where it has one,
// the line of the page (as build writes it to public/). An <img> with
// no alt whose address written has comes from a source's raw HTML, not
// from the theme (see altNotes). data has the sampled pages' bytes, by
// path.
func markupProblems(data map[string][]byte, exists map[string]bool, samples []render.Sample, basePath string, written map[string]bool) []Problem {
	samples = slices.Clone(samples)
	slices.SortStableFunc(samples, func(a, b render.Sample) int { return strings.Compare(a.Kind, b.Kind) })
	// A problem a template has shows on the pages it makes, and one of
	// base.html or a shared partial on the pages of every kind: each is
	// reported once, on the first page that has it, with the kinds and
	// sampled pages that do. One about an element (an <img>'s alt, a
	// field's label) is the same problem wherever the element sits in
	// the same place, whatever the page's data in its attributes, and
	// wherever its message is the same: a partial's <img> sits in other
	// places on the pages of other kinds.
	type finding struct {
		msg, page string
		line      int
		kinds     []string
		on        map[string][]int // by kind, the samples that have it
		n         int
	}
	found := map[string]*finding{} // by message, and by format and place
	var order []*finding
	read := map[string]int{} // the samples read, by kind
	var kinds []string
	for i, s := range samples {
		src := data[s.Path]
		if src == nil {
			continue
		}
		if read[s.Kind]++; read[s.Kind] == 1 {
			kinds = append(kinds, s.Kind)
		}
		add := func(n *html.Node, line int, format string, args ...any) {
			msg := fmt.Sprintf(format, args...)
			keys := []string{msg}
			if n != nil {
				keys = append(keys, format+" at "+nodePath(n))
			}
			var f *finding
			for _, k := range keys {
				if f = found[k]; f != nil {
					break
				}
			}
			if f == nil {
				f = &finding{msg: msg, page: s.Path, line: line, on: map[string][]int{}}
				order = append(order, f)
			}
			for _, k := range keys {
				if found[k] == nil {
					found[k] = f
				}
			}
			f.n++
			if !slices.Contains(f.kinds, s.Kind) {
				f.kinds = append(f.kinds, s.Kind)
			}
			if on := f.on[s.Kind]; len(on) == 0 || on[len(on)-1] != i {
				f.on[s.Kind] = append(on, i)
			}
		}
		for _, u := range unclosed(src) {
			add(nil, u.line, "%s", u.msg)
		}
		doc, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			continue
		}
		landmarks(doc, written, add)
		if s.Kind == "search" {
			searchMarkup(doc, s.Path, basePath, exists, add)
		}
	}
	var out []Problem
	for _, f := range order {
		var where []string // on which pages of each kind, where not every one
		pages := 0
		for _, k := range f.kinds {
			pages += len(f.on[k])
			if len(f.on[k]) < read[k] {
				where = append(where, somePages(k, samples, f.on[k], f.page))
			} else {
				where = append(where, everyPage(k))
			}
		}
		msg := f.msg
		every := !slices.ContainsFunc(f.kinds, func(k string) bool { return len(f.on[k]) < read[k] })
		switch {
		case every && len(f.kinds) == len(kinds) && len(kinds) > 1:
			msg += "; base.html or a partial every page has writes it, on every page"
		case len(f.kinds) == 1:
			msg += fmt.Sprintf("; templates/%s.html or a partial it has writes it, on %s", f.kinds[0], where[0])
		default:
			msg += "; a partial that the " + textutil.List(kindNames(f.kinds)) + " pages have writes it"
			if !every {
				msg += ", on " + textutil.List(where)
			}
		}
		if extra := f.n - pages; extra > 0 {
			msg += fmt.Sprintf(" (%s more on the pages checked)", textutil.Plural(extra, "time", "times"))
		}
		out = append(out, Problem{Kind: "markup", Path: f.page, Line: f.line, Msg: msg})
	}
	return out
}

// somePages says which of the sampled pages of the kind a problem is on,
// those of samples at the indexes on, with the first of them where it is
// not page, the one the problem is reported at: "paper pages with an
// image", "topic pages with a description (such as
// topics/diffusion-models/index.html)". The example is in brackets, so
// that a list of kinds reads as one.
func somePages(kind string, samples []render.Sample, on []int, page string) string {
	var example string
	if p := samples[on[0]].Path; p != page {
		example = " (such as " + p + ")"
	}
	pages, some := kind+" pages", "some "+kind+" pages"
	if kind == "page" { // not "page pages"
		pages, some = "the site's own pages", "some of the site's own pages"
	}
	var traits []string
	for _, i := range on {
		if len(samples[i].Traits) == 0 {
			return some + example
		}
		for _, t := range samples[i].Traits {
			if !slices.Contains(traits, t) {
				traits = append(traits, t)
			}
		}
	}
	return pages + " " + textutil.Either(traits) + example
}

// everyPage is "every paper page" for the kind paper; pages of the kind
// page, which would read "every page page", are the site's own.
func everyPage(kind string) string {
	if kind == "page" {
		return "every page of the site's own"
	}
	return "every " + kind + " page"
}

// kindNames are the kinds as a message lists them before "pages": the
// kind page as "site's own" ("the paper and site's own pages").
func kindNames(kinds []string) []string {
	names := slices.Clone(kinds)
	if i := slices.Index(names, "page"); i >= 0 {
		names[i] = "site's own"
	}
	return names
}

// nodePath is where the element n sits in its page: the names and
// classes of it and the elements it is in ("html>body>main.page>img").
func nodePath(n *html.Node) string {
	var parts []string
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		p := n.Data
		if c := strings.Fields(attr(n, "class")); len(c) > 0 {
			p += "." + strings.Join(c, ".")
		}
		parts = append(parts, p)
	}
	slices.Reverse(parts)
	return strings.Join(parts, ">")
}

// landmarks reports what a page lacks for readers who do not see it or do
// not use a mouse; an <img> with no alt whose address written has is a
// source's, which altNotes names.
func landmarks(doc *html.Node, written map[string]bool, add func(n *html.Node, line int, format string, args ...any)) {
	root := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Html })
	if root == nil || strings.TrimSpace(attr(root, "lang")) == "" {
		add(nil, 0, `<html> has no lang, so screen readers read the page in their own language; write <html lang="{{.Config.Language}}">`)
	}
	if find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Meta && strings.EqualFold(attr(n, "name"), "viewport")
	}) == nil {
		add(nil, 0, `no <meta name="viewport">, so phones show the page zoomed out to a desktop's width; add <meta name="viewport" content="width=device-width, initial-scale=1"> to <head>`)
	}
	main := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Main || attr(n, "role") == "main" })
	if main == nil {
		add(nil, 0, `no <main>, so screen-reader users cannot jump to the page's content; put it in <main id="main">`)
	}
	body := find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	first := find(body, func(n *html.Node) bool { return n.DataAtom == atom.A && hasAttr(n, "href") })
	if main != nil && (first == nil || !strings.HasPrefix(attr(first, "href"), "#") ||
		find(doc, func(n *html.Node) bool { return attr(n, "id") == strings.TrimPrefix(attr(first, "href"), "#") }) == nil) {
		id := cmp.Or(attr(main, "id"), "main")
		add(nil, 0, `the page's first link is not a skip link, so keyboard users tab through the whole header on every page; make it <a class="skip-link" href="#%s">{{T "skipToContent"}}</a>, first in <body>, and give <main> id="%s"`, id, id)
	}
	labels := map[string]bool{}
	walk(doc, func(n *html.Node) {
		if n.DataAtom == atom.Label && attr(n, "for") != "" {
			labels[attr(n, "for")] = true
		}
	})
	walk(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Img:
			if !hasAttr(n, "alt") && !written[attr(n, "src")] {
				add(n, 0, "%s", imgWithoutAlt(attr(n, "src")))
			}
		case atom.Input, atom.Select, atom.Textarea:
			switch strings.ToLower(attr(n, "type")) {
			case "hidden", "submit", "button", "reset", "image":
				return
			}
			if labelled(n, labels) {
				return
			}
			name := n.Data
			if v := attr(n, "name"); v != "" {
				name += fmt.Sprintf(` name="%s"`, v)
			}
			add(n, 0, `<%s> has no label, so screen readers announce a field without a name; add <label for="%s">…</label> (class="visually-hidden" hides it from sight), or aria-label`, name, cmp.Or(attr(n, "id"), "its id"))
		}
	})
}

// imgWithoutAlt is what is wrong with an <img> of the address src that
// has no alt, and what to do: a theme's (landmarks) or a source's
// (altNotes).
func imgWithoutAlt(src string) string {
	return fmt.Sprintf(`<img src="%s"> has no alt, so screen readers read its address; give it alt="" if it is decoration, else the words it shows`, src)
}

// labelled reports whether the field n has an accessible name.
func labelled(n *html.Node, labels map[string]bool) bool {
	for _, a := range []string{"aria-label", "aria-labelledby", "title"} {
		if strings.TrimSpace(attr(n, a)) != "" {
			return true
		}
	}
	if id := attr(n, "id"); id != "" && labels[id] {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Label {
			return true
		}
	}
	return false
}

// searchMarkup reports what the search page lacks of the markup search.js
// looks for (the README's "Search" has it), which would leave search off
// with only a warning in the browser's console.
func searchMarkup(doc *html.Node, page, basePath string, exists map[string]bool, add func(n *html.Node, line int, format string, args ...any)) {
	script := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Script && strings.HasSuffix(strings.SplitN(attr(n, "src"), "?", 2)[0], "search.js")
	})
	if script == nil {
		add(nil, 0, `the search page does not load search.js, so search does nothing; add <script src="{{static "search.js"}}" defer></script>`)
		return
	}
	form := find(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Form && attr(n, "role") == "search" && (hasAttr(n, "data-index") || hasAttr(script, "data-index"))
	})
	if form == nil {
		add(nil, 0, `no <form role="search" data-index="…"> on the search page, so search.js leaves search off; data-index is the search index folder's URL, data-index="{{url "search/"}}"`)
		return
	}
	if find(doc, func(n *html.Node) bool { return attr(n, "id") == "search-q" }) == nil &&
		find(form, func(n *html.Node) bool { return attr(n, "name") == "q" }) == nil {
		add(nil, 0, `the search form has no search box, so search.js leaves search off; give it <input type="search" name="q" id="search-q">`)
	}
	if find(doc, func(n *html.Node) bool { return attr(n, "id") == "search-results" }) == nil {
		add(nil, 0, `no element with id="search-results" on the search page, so search.js has nowhere to show results; add <ol id="search-results"></ol>`)
	}
	if index := cmp.Or(attr(form, "data-index"), attr(script, "data-index")); !exists[indexFile(index, page, basePath)] {
		add(nil, 0, `the search form's data-index="%s" is not the search index folder (its meta.json), so search finds nothing; write data-index="{{url "search/"}}"`, index)
	}
}

// indexFile is the output path of the meta.json in the folder that the
// URL u names, as the page at the output path page resolves it on a site
// at basePath; "" when u names no folder of the site.
func indexFile(u, page, basePath string) string {
	ref, err := url.Parse(strings.TrimSpace(u))
	if u == "" || err != nil {
		return ""
	}
	at := &url.URL{Path: basePath + page}
	p := at.ResolveReference(ref).Path
	if !strings.HasPrefix(p, basePath) {
		return ""
	}
	if p = strings.TrimPrefix(p, basePath); p != "" && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return p + "meta.json"
}

// unclosedProblem is an element a page opens and never closes.
type unclosedProblem struct {
	line int
	msg  string
}

// optionalEnd are the elements whose end tag HTML lets a page leave out;
// the parser closes them where the next one begins or their parent ends.
var optionalEnd = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true,
	atom.Option: true, atom.Optgroup: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Thead: true,
	atom.Tbody: true, atom.Tfoot: true, atom.Colgroup: true, atom.Caption: true, atom.Rb: true, atom.Rt: true,
	atom.Rp: true, atom.Rtc: true,
}

// unclosed finds each element of src whose end tag is missing: one that a
// parent's end tag closes instead, or one still open at the end of the
// page. Elements whose end tag may be left out (a <p>, an <li>) are not
// reported; nor, in SVG and MathML, anything written self-closing.
func unclosed(src []byte) []unclosedProblem {
	type open struct {
		name string
		line int
	}
	var stack []open
	var out []unclosedProblem
	z := html.NewTokenizer(bytes.NewReader(src))
	line := 1
	required := func(name string) bool {
		a := atom.Lookup([]byte(name))
		return !optionalEnd[a] && !htmlspec.Void(a)
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		at := line
		line += bytes.Count(raw, []byte("\n"))
		name, _ := z.TagName()
		switch tt {
		case html.StartTagToken:
			if !htmlspec.Void(atom.Lookup(name)) {
				stack = append(stack, open{string(name), at})
			}
		case html.EndTagToken:
			n := string(name)
			i := len(stack) - 1
			for i >= 0 && stack[i].name != n {
				i--
			}
			if i < 0 {
				if required(n) {
					out = append(out, unclosedProblem{at, fmt.Sprintf("</%s> closes no open <%s>: an element before it was closed twice, or this end tag is one too many; remove it or the extra one", n, n)})
				}
				continue
			}
			for _, o := range stack[i+1:] {
				if required(o.name) {
					out = append(out, unclosedProblem{o.line, fmt.Sprintf("<%s> is never closed: a </%s> closes it, and what comes between sits inside it; add its </%s>", o.name, n, o.name)})
				}
			}
			stack = stack[:i]
		}
	}
	for _, o := range stack {
		if required(o.name) {
			out = append(out, unclosedProblem{o.line, fmt.Sprintf("<%s> is never closed, so everything after it on the page sits inside it; add its </%s>", o.name, o.name)})
		}
	}
	return out
}

// find returns the first node under n (n included) for which ok holds, in
// document order, or nil.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n == nil {
		return nil
	}
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// walk calls visit for every element under n, in document order.
func walk(n *html.Node, visit func(*html.Node)) {
	if n.Type == html.ElementNode {
		visit(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

// attr returns n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return a.Val
		}
	}
	return ""
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == key && a.Namespace == "" })
}

// styleProblems reports each url() or @import of the site's stylesheets
// that names no file of the site (exists has their paths: a web font's
// file misspelt, a root path without the base path) at its line in the
// theme's file (theme has the site's folders). files has the
// stylesheets, with any other files; paths has every output path, in
// order.
func styleProblems(theme themefs.Stack, cfg *model.Config, files []model.File, paths []string, exists map[string]bool) []Problem {
	problems := linkcheck.CSS(files, exists, cfg.BasePath())
	if len(problems) == 0 {
		return nil
	}
	var names []string // what a url() may mean: any file but a page
	for _, p := range paths {
		if !strings.HasSuffix(p, ".html") {
			names = append(names, p)
		}
	}
	var out []Problem
	for _, p := range problems {
		src := cmp.Or(theme.Origin("static/"+p.Page), "themes/default/static/"+p.Page+" (built in)")
		msg := fmt.Sprintf("url(%q) names no file of the site: %s; ", p.URL, p.Msg)
		if rel, ok := strings.CutPrefix(p.URL, "/"); ok && !strings.HasPrefix(p.URL, cfg.BasePath()) {
			rel = strings.Repeat("../", strings.Count(p.Page, "/")) + rel
			msg = fmt.Sprintf("url(%q) is outside the site's base path %s, so browsers fetch it from the server's root; write it relative to the stylesheet, url(%q)", p.URL, cfg.BasePath(), rel)
		} else if s := diag.Suggest(p.Missing, names); p.Missing != "" && s != "" {
			msg += fmt.Sprintf("did you mean %s? (a url() is relative to the stylesheet)", s)
		} else {
			msg += "put the file in the theme's static/ folder, or fix the url() (relative to the stylesheet)"
		}
		out = append(out, Problem{Kind: "link", Path: src, Line: p.Line, Msg: msg})
	}
	return out
}
