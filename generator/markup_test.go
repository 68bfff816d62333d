package generator

import (
	"context"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestMarkupSample: check samples each kind's first page and the pages
// that have what its templates show only for some (at most six a kind),
// and the built-in theme has every one as check's markup checks want it,
// on the sample site.
func TestMarkupSample(t *testing.T) {
	res, rend, err := build(context.Background(), Options{Site: os.DirFS("..")})
	if err != nil {
		t.Fatal(err)
	}
	samples := rend.Samples()
	for _, kind := range []string{"home", "day", "paper", "topic", "topics", "author", "authors", "search", "page", "404"} {
		if !slices.ContainsFunc(samples, func(s render.Sample) bool { return s.Kind == kind }) {
			t.Errorf("no sample page of kind %s: %v", kind, samples)
		}
	}
	n := map[string]int{}
	for _, s := range samples {
		if n[s.Kind]++; n[s.Kind] > 6 {
			t.Errorf("%d sample pages of kind %s, want at most 6: %v", n[s.Kind], s.Kind, samples)
		}
	}
	for _, want := range []render.Sample{
		{Kind: "paper", Path: "papers/2305.18290/index.html", Traits: []string{"with an image"}},
		{Kind: "paper", Path: "papers/1706.03762/index.html", Traits: []string{"with notes"}},
		{Kind: "topic", Path: "topics/computer-vision/page/2/index.html", Traits: []string{"past a topic's first page"}},
	} {
		if !slices.ContainsFunc(samples, func(s render.Sample) bool {
			return s.Kind == want.Kind && s.Path == want.Path && slices.Equal(s.Traits, want.Traits)
		}) {
			t.Errorf("no sample %v in %v", want, samples)
		}
	}
	exists, data := map[string]bool{}, map[string][]byte{}
	for _, f := range res.Files {
		exists[f.Path], data[f.Path] = true, f.Data
	}
	for _, p := range markupProblems(data, exists, samples, res.Site.Config.BasePath(), nil) {
		t.Errorf("%s", p)
	}
}

// TestMarkupProblems: a theme's base, card or search page that loses what
// readers need is reported once per problem, at the first page that has
// it, with the templates that write it.
func TestMarkupProblems(t *testing.T) {
	lost := editBuiltin(t, "templates/base.html",
		`<html lang="{{.Config.Language}}"`, `<html`,
		`<meta name="viewport" content="width=device-width, initial-scale=1">`, ``,
		`<a class="skip-link" href="#main">{{T "skipToContent"}}</a>`, `<img src="{{static "favicon.svg"}}">`,
	)
	site := themed("-- themes/mine/templates/base.html --\n" + lost +
		"-- themes/mine/templates/partials/paper-item.html --\n" + editBuiltin(t, "templates/partials/paper-item.html", "</article>", "", `<h3 class="paper-title"`, `<img src="{{static "copy.js"}}"><h3 class="paper-title"`) +
		"-- themes/mine/templates/search.html --\n" + editBuiltin(t, "templates/search.html", `id="search-results"`, `id="results"`, `data-index="{{url "search/"}}"`, `data-index="/search/"`))
	got := markupFound(t, site) // served from /repo/
	every := "; base.html or a partial every page has writes it, on every page"
	for _, want := range []string{
		`404.html: <html> has no lang, so screen readers read the page in their own language; write <html lang="{{.Config.Language}}">` + every,
		`404.html: no <meta name="viewport">, so phones show the page zoomed out to a desktop's width; add <meta name="viewport" content="width=device-width, initial-scale=1"> to <head>` + every,
		`404.html: the page's first link is not a skip link, so keyboard users tab through the whole header on every page; make it <a class="skip-link" href="#main">{{T "skipToContent"}}</a>, first in <body>, and give <main> id="main"` + every,
		`404.html: <img src="/repo/favicon.svg"> has no alt, so screen readers read its address; give it alt="" if it is decoration, else the words it shows` + every,
		"<article> is never closed: a </li> closes it, and what comes between sits inside it; add its </article>; a partial that the day, home, month, topic and week pages have writes it",
		// One problem, where each kind's page has the partial's <img> in a <main> of its own class.
		`: <img src="/repo/copy.js"> has no alt, so screen readers read its address; give it alt="" if it is decoration, else the words it shows; a partial that the day, home, month, topic and week pages have writes it`,
		`search/index.html: no element with id="search-results" on the search page, so search.js has nowhere to show results; add <ol id="search-results"></ol>; templates/search.html or a partial it has writes it, on every search page`,
		`search/index.html: the search form's data-index="/search/" is not the search index folder (its meta.json), so search finds nothing; write data-index="{{url "search/"}}"; templates/search.html or a partial it has writes it, on every search page`,
	} {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, want) }) {
			t.Errorf("check lacks\n\t%s\nin\n\t%s", want, strings.Join(got, "\n\t"))
		}
	}
	if n := len(got); n != 8 {
		t.Errorf("check found %d markup problems, want 8, one of each:\n\t%s", n, strings.Join(got, "\n\t"))
	}
}

// TestMarkupBranches: check reads, besides the first page of a kind,
// the pages that take its templates down other branches, so a problem a
// theme writes only for some pages is found, said to be on the pages
// with what the template tested (a figure, a description), at the first
// such page, with an example of each other kind that has it; one on every
// page read of a kind is still on every page.
func TestMarkupBranches(t *testing.T) {
	// The first paper, 2405.00001, has no image; 2405.00003 has. The
	// first topic, agents, has no description; diffusion-models has.
	site := strings.Replace(themed("-- themes/mine/templates/paper.html --\n"+
		editBuiltin(t, "templates/paper.html", ` alt="{{or $p.ImageAlt (T "figureAlt")}}"`, ``, `<ul class="paper-links">`, `<img src="{{static "favicon.svg"}}"><ul class="paper-links">`)+
		"-- themes/mine/templates/topic.html --\n"+editBuiltin(t, "templates/topic.html", `{{with .Topic.Description}}<p>{{.}}</p>{{end}}`, `{{with .Topic.Description}}<div><p>{{.}}</p>{{end}}`)+
		"-- themes/mine/templates/partials/paper-item.html --\n"+editBuiltin(t, "templates/partials/paper-item.html", `<h3 class="paper-title"`, `{{with .Image}}<img src="{{.}}#card">{{end}}<h3 class="paper-title"`)),
		"upvotes: 9\ntopics: [agents]\n", "upvotes: 9\ntopics: [agents]\nimage: https://example.org/fig.png\n", 1)
	got := markupFound(t, site) // served from /repo/
	noAlt := ` has no alt, so screen readers read its address; give it alt="" if it is decoration, else the words it shows; templates/paper.html or a partial it has writes it, on `
	want := []struct{ start, end string }{ // the unclosed <div>'s line is the page's
		// A card's figure: the example of each kind in brackets, but the
		// first's, which the problem is reported at.
		{`days/2024-05-31/index.html: <img src="https://example.org/fig.png#card"> has no alt`, `; a partial that the day, month, topic and week pages have writes it, on day pages with the most papers or with no earlier day, month pages with the most papers or with no earlier month (such as months/2024-05/index.html), topic pages with the most papers (such as topics/agents/index.html) and week pages with the most papers or with no earlier week (such as weeks/2024-W22/index.html)`},
		{`papers/2405.00001/index.html: <img src="/repo/favicon.svg">` + noAlt + `every paper page`, ""},
		{`papers/2405.00003/index.html: <img src="https://example.org/fig.png">` + noAlt + `paper pages with an image`, ""},
		{`topics/diffusion-models/index.html:`, `: <div> is never closed: a </header> closes it, and what comes between sits inside it; add its </div>; templates/topic.html or a partial it has writes it, on topic pages with a description`},
	}
	if len(got) != len(want) {
		t.Fatalf("check found %d markup problems, want %d:\n\t%s", len(got), len(want), strings.Join(got, "\n\t"))
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i], w.start) || !strings.HasSuffix(got[i], w.end) {
			t.Errorf("problem %d = %s\nwant %s…%s", i, got[i], w.start, w.end)
		}
	}
}

// TestMarkupOwnPages: a problem on the site's own pages (the kind page)
// names them so, never "page pages": on every one, on those with an
// image, and with other kinds in a partial's list.
func TestMarkupOwnPages(t *testing.T) {
	pages := "-- content/pages/about.md --\n---\ntitle: About\n---\nWho we are.\n" +
		"-- content/pages/figures.md --\n---\ntitle: Figures\nimage: https://example.org/fig.png\n---\nOur figures.\n"
	for _, tt := range []struct{ theme, want string }{
		{"-- themes/mine/templates/page.html --\n" + editBuiltin(t, "templates/page.html", `<h1 id="page-title">`, `<img src="{{static "favicon.svg"}}"><h1 id="page-title">`),
			"templates/page.html or a partial it has writes it, on every page of the site's own"},
		{"-- themes/mine/templates/page.html --\n" + editBuiltin(t, "templates/page.html", `<h1 id="page-title">`, `{{with .Page.Image}}<img src="{{.}}">{{end}}<h1 id="page-title">`),
			"templates/page.html or a partial it has writes it, on the site's own pages with an image"},
		{"-- themes/mine/templates/base.html --\n" + editBuiltin(t, "templates/base.html", `<main id="main"`, `{{if or .Page .Paper}}<img src="{{static "favicon.svg"}}">{{end}}<main id="main"`),
			"a partial that the site's own and paper pages have writes it"},
	} {
		got := markupFound(t, themed(tt.theme)+pages)
		if len(got) != 1 || !strings.HasSuffix(got[0], tt.want) || strings.Contains(got[0], "page pages") {
			t.Errorf("check found:\n\t%s\nwant one problem ending %q", strings.Join(got, "\n\t"), tt.want)
		}
	}
}

// editBuiltin returns the built-in theme's file name with each pairs[i]
// replaced by pairs[i+1], once; it fails the test if the file lacks one.
func editBuiltin(t *testing.T, name string, pairs ...string) string {
	t.Helper()
	b, err := fs.ReadFile(themes.Default(), name)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for i := 0; i < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("the built-in %s has no %q", name, pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

// markupFound checks the site and returns its markup problems as check
// prints them.
func markupFound(t *testing.T, site string) []string {
	t.Helper()
	problems, _ := checkSite(t, site)
	var got []string
	for _, p := range problems {
		if p.Kind == "markup" {
			got = append(got, p.String())
		}
	}
	return got
}

// TestUnclosed: an element a parent's end tag or the page's end closes is
// reported at the line that opens it; one whose end tag HTML lets a page
// leave out, a void element and SVG written self-closing are not.
func TestUnclosed(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{"<ul>\n<li><p>one\n<li>two\n</ul>", nil},
		{"<div><img src=x><br><svg><path d='M0'/></svg></div>", nil},
		{"<table><tr><td>a<td>b</table>", nil},
		{"<ol>\n<li><article>\n<h3>a</h3>\n</li>\n</ol>", []string{"2: <article> is never closed: a </li> closes it"}},
		{"<main>\n<section>\n<p>x", []string{"1: <main> is never closed, so everything", "2: <section> is never closed, so everything"}},
		{"<div></div>\n</div>", []string{"2: </div> closes no open <div>"}},
		{"<p>a</p></p>", nil},
		{"<script>if (a < b) { x('</div>') }</script>", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, u := range unclosed([]byte(tt.src)) {
			got = append(got, strconv.Itoa(u.line)+": "+u.msg)
		}
		if len(got) != len(tt.want) {
			t.Errorf("unclosed(%q) = %q, want %d problems", tt.src, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("unclosed(%q)[%d] = %q, want it to start %q", tt.src, i, got[i], w)
			}
		}
	}
}

// FuzzUnclosed: unclosed reads any page without panicking, and each
// problem's line is a line of the page.
func FuzzUnclosed(f *testing.F) {
	for _, s := range []string{"<ol>\n<li><article>\n</li>\n</ol>", "<main>\n<section>\n<p>x", "<div></div>\n</div>", "<svg><path/></svg><math><mi>x</mi></math>", "<script></div></script>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Count(src, "\n") + 1
		for _, u := range unclosed([]byte(src)) {
			if u.line < 1 || u.line > lines {
				t.Errorf("unclosed(%q): line %d of a page of %d lines", src, u.line, lines)
			}
		}
	})
}

// TestStyleProblems: a theme stylesheet's url() that names no file is
// reported at its line in the theme's file, with the nearest file, and a
// root path without the base path with the relative one to write; a
// broken link or #fragment a theme's template writes on every page is
// reported once, at the template's line, with what to write.
func TestStyleProblems(t *testing.T) {
	base, err := fs.ReadFile(themes.Default(), "templates/base.html")
	if err != nil {
		t.Fatal(err)
	}
	site := themed("-- themes/mine/static/custom.css --\n@font-face { font-family: Lab; src: url(\"fonts/lab-bold.woff2\"); }\n.site-header { background: url(/img/logo.svg); }\n.ok { background: url(img/logo.svg); }\n" +
		"-- themes/mine/static/fonts/lab.woff2 --\n-- themes/mine/static/img/logo.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n" +
		"-- themes/mine/templates/base.html --\n" + strings.Replace(strings.Replace(string(base), `<main id="main"`, `<main`, 1), `{{T "skipToContent"}}</a>`, `{{T "skipToContent"}}</a><img src="/img/logo.svg" alt="">`, 1))
	problems, err := Check(context.Background(), Options{Site: siteFS(site)}) // served from /repo/
	if err != nil {
		t.Fatal(err)
	}
	line := strconv.Itoa(1 + strings.Count(string(base[:strings.Index(string(base), `class="skip-link"`)]), "\n"))
	var got []string
	for _, p := range problems {
		if p.Kind == "link" {
			got = append(got, p.String())
		}
	}
	want := []string{
		`themes/mine/templates/base.html:` + line + `: the link #main is broken: no element with id "main" on the page (on 404.html and `,
		`themes/mine/templates/base.html:` + line + `: the link /img/logo.svg is broken: absolute path outside the base path /repo/ (on 404.html and `,
		`themes/mine/static/custom.css:1: url("fonts/lab-bold.woff2") names no file of the site: no such file fonts/lab-bold.woff2; did you mean fonts/lab.woff2? (a url() is relative to the stylesheet)`,
		`themes/mine/static/custom.css:2: url("/img/logo.svg") is outside the site's base path /repo/, so browsers fetch it from the server's root; write it relative to the stylesheet, url("img/logo.svg")`,
	}
	fixes := []string{`give the element it means id="main", or fix the link`, `write {{static "img/logo.svg"}}, which gives the theme's static file its address under the base path`}
	for i, fix := range fixes {
		if len(got) == len(want) && !strings.HasSuffix(got[i], fix) {
			t.Errorf("problem %d = %s\nwant it to end %s", i, got[i], fix)
		}
	}
	if len(got) != len(want) {
		t.Fatalf("check found\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d = %s\nwant %s…", i, got[i], want[i])
		}
	}
}

// TestTemplateLinkOnce: a broken link a template writes is one problem at
// the template's line however many pages have it: a relative one, which
// names a file of each page's folder, with the {{url}} to write, and one
// a function writes ({{url "nowhere/"}}), found by its argument.
func TestTemplateLinkOnce(t *testing.T) {
	site := themed("-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n<a href=\"nope/\">x</a>\n<a href=\"{{url \"nowhere/\"}}\">y</a>\n{{end}}\n")
	got := checkProblems(t, site, "link")
	want := []string{
		`themes/mine/templates/paper.html:2: the link nope/ is broken: no such file papers/`,
		`themes/mine/templates/paper.html:3: the link /repo/nowhere/ is broken: no such file nowhere/index.html (on papers/`,
	}
	if len(got) != len(want) {
		t.Fatalf("check found\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) || !strings.Contains(got[i], " other page") {
			t.Errorf("problem %d = %s\nwant %s…, on other pages too", i, got[i], want[i])
		}
	}
	if !strings.HasSuffix(got[0], `for a page of the site write {{url "nope/"}}, its path from the site's root, or fix the link`) {
		t.Errorf("the relative link's problem does not say what to write: %s", got[0])
	}
}
