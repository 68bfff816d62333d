package linkcheck

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestCheck(t *testing.T) {
	files := []model.File{
		{Path: "index.html", Data: []byte(`<a href="/r/a/">a</a><a href="/r/a/#x">x</a><a href="/r/a/#nope">n</a>
<a href="/elsewhere/">out</a><a href="https://example.org/">ext</a><a href="#top">top</a><a href="#here" id="here">h</a>
<img src="/r/missing.png" alt=""><link rel="stylesheet" href="/r/style.css"><a href="a/">rel</a><a href="">e</a><a href="#gone">g</a>
<a href="data:text/plain,@misc%7Bx%7D">bib</a><a href=" //example.org/x">host</a><a href="mailto:a@example.org">mail</a><a href="https://exa mple.org/">space</a><a href="1a:b">colon</a>
<style>@font-face { src: url("/fonts/lab.woff2"); } .x { background: url(data:image/png;base64,AA) }</style><p style="background: url('/r/bg.png')">styled</p>`)},
		{Path: "a/index.html", Data: []byte(`<h2 id="x">X</h2><a href="../">up</a><a href="../b/">b</a><p id="x">again</p>`)},
		{Path: "style.css", Data: []byte("")},
	}
	got := Check(files, "/r/")
	want := []string{
		`a/index.html: #x: the id "x" is used by more than one element, so links to it are ambiguous`,
		`a/index.html: ../b/: no such file b/index.html`,
		`index.html: : empty link`,
		`index.html: #gone: no element with id "gone" on the page`,
		`index.html: /elsewhere/: absolute path outside the base path /r/`,
		`index.html: /fonts/lab.woff2: absolute path outside the base path /r/`, // a <style> element's url()
		`index.html: /r/a/#nope: no element with id "nope" in a/index.html`,
		`index.html: /r/bg.png: no such file bg.png`, // a style attribute's
		`index.html: /r/missing.png: no such file missing.png`,
		`index.html: 1a:b: not a valid URL`,
		`index.html: https://exa mple.org/: not a valid URL`,
	}
	var gotS []string
	for _, p := range got {
		gotS = append(gotS, p.String())
	}
	if strings.Join(gotS, "\n") != strings.Join(want, "\n") {
		t.Errorf("Check() =\n%s\nwant\n%s", strings.Join(gotS, "\n"), strings.Join(want, "\n"))
	}
}

// TestCSS: a stylesheet's url() and @import name files relative to it, a
// root path must start with the base path, and a data: URL, an SVG
// #fragment and a web address are let be.
func TestCSS(t *testing.T) {
	files := []model.File{
		{Path: "custom.css", Data: []byte("@import 'css/more.css';\n@import \"css/none.css\";\n@font-face { src: url(\"fonts/a.woff2\") format('woff2'), url(fonts/b.woff2); }\n" +
			".x { background: url( '/img/logo.svg' ) }\n.y { background: url(/r/img/logo.svg#v) url(data:image/png;base64,AAA) url(#grad) url(https://example.org/x.png) }")},
		{Path: "css/more.css", Data: []byte(".z { background: url(../img/logo.svg?v=2) }\r.w { background: url(../img/none.png) }\r")}, // an old Mac's line ends
		{Path: "img/logo.svg"},
		{Path: "fonts/a.woff2"},
	}
	var got []string
	exists := map[string]bool{}
	for _, f := range files {
		exists[f.Path] = true
	}
	for _, p := range CSS(files, exists, "/r/") {
		got = append(got, fmt.Sprintf("%s:%d: %s: %s [%s]", p.Page, p.Line, p.URL, p.Msg, p.Missing))
	}
	want := []string{
		"css/more.css:2: ../img/none.png: no such file img/none.png [img/none.png]",
		"custom.css:2: css/none.css: no such file css/none.css [css/none.css]",
		"custom.css:3: fonts/b.woff2: no such file fonts/b.woff2 [fonts/b.woff2]",
		"custom.css:4: /img/logo.svg: absolute path outside the base path /r/ []",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("CSS() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckEachPageOnItsOwn: a relative link names a file from its own
// page's folder, however many pages write the same one; a root path
// names one file from all; a #fragment of another page is looked up in
// that page's ids (and <a name>s) whether it sorts before or after, and
// the canonical and alternate links are not checked. One worker reads
// every page, as many do.
func TestCheckEachPageOnItsOwn(t *testing.T) {
	files := []model.File{
		{Path: "a/index.html", Data: []byte(`<a href="x/">x</a><a href="/r/b/#end">end</a><a href="/r/z/#s">s</a><a href="/r/z/#gone">g</a>`)},
		{Path: "a/x/index.html", Data: []byte(`<h1 id="t">t</h1>`)},
		{Path: "b/index.html", Data: []byte(`<a href="x/">x</a><a href="/r/b/#end">end</a><a name="end"></a><a href="/r/a/x/#t">t</a><a href="/r/a/x/#t2">t2</a>`)},
		{Path: "z/index.html", Data: []byte(`<link rel="canonical" href="https://example.org/r/z/"><link rel="alternate" href="/r/none.xml"><link rel="stylesheet" href="/r/none.css"><p id="s" id="s">s</p>`)},
	}
	want := []string{
		`a/index.html: /r/z/#gone: no element with id "gone" in z/index.html`,
		`b/index.html: /r/a/x/#t2: no element with id "t2" in a/x/index.html`,
		`b/index.html: x/: no such file b/x/index.html`,
		`z/index.html: /r/none.css: no such file none.css`,
	}
	for _, workers := range []int{1, 0, 4} {
		var got []string
		for _, p := range check(files, "/r/", workers) {
			got = append(got, p.String())
		}
		if !slices.Equal(got, want) {
			t.Errorf("check(%d workers) =\n%s\nwant\n%s", workers, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestPagesInAnyOrder: Pages reports the same problems, in the same
// order, whatever order its pages come in, and from however many
// goroutines, as a build streams them.
func TestPagesInAnyOrder(t *testing.T) {
	var files []model.File
	exists := map[string]bool{}
	for i := range 40 {
		p := fmt.Sprintf("p/%d/index.html", i)
		files = append(files, model.File{Path: p, Data: []byte(fmt.Sprintf(`<a href="../%d/#x">n</a><a href="/r/p/%d/">m</a><a href="#y%d">s</a><p id="x%d">`, (i+1)%40, i+40, i%3, i%2))})
		exists[p] = true
	}
	want := check(files, "/r/", 1)
	if len(want) == 0 {
		t.Fatal("no problems; the test needs some")
	}
	var ps Pages
	var wg sync.WaitGroup
	for i := len(files) - 1; i >= 0; i-- {
		wg.Go(func() { ps.Add(files[i].Path, files[i].Data) })
	}
	wg.Wait()
	if got := ps.Problems(exists, "/r/"); !slices.Equal(got, want) {
		t.Errorf("Problems of pages added in reverse, at once =\n%v\nwant\n%v", got, want)
	}
}

// TestOwnAddress: with Site set, a link to the site's own address is
// checked as the path it names, fragment too; one to another site, or to
// the site's address under another scheme, is let be.
func TestOwnAddress(t *testing.T) {
	ps := Pages{Site: "https://ada.github.io/r/"}
	ps.Add("a/index.html", []byte(`<p id="x"></p><a href="https://ada.github.io/r/b/">ok</a><a href="https://ada.github.io/r/nope/">no</a>`+
		`<a href="https://ada.github.io/r/a/#y">no id</a><a href="https://ada.github.io/r/">home</a><a href="https://example.org/r/nope/">other</a><a href="http://ada.github.io/r/nope/">http</a>`))
	ps.Add("b/index.html", nil)
	ps.Add("index.html", nil)
	got := ps.Problems(map[string]bool{"a/index.html": true, "b/index.html": true, "index.html": true}, "/r/")
	want := []Problem{
		{Page: "a/index.html", URL: "https://ada.github.io/r/a/#y", Msg: `no element with id "y" on the page`},
		{Page: "a/index.html", URL: "https://ada.github.io/r/nope/", Msg: "no such file nope/index.html"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("Problems =\n%v\nwant\n%v", got, want)
	}
}

// BenchmarkCheck checks a site of 2,000 pages in 400 folders, each with
// the links a theme writes on every page and some of its own.
func BenchmarkCheck(b *testing.B) {
	var files []model.File
	for i := range 2000 {
		var page strings.Builder
		page.WriteString(`<html lang="en"><head><link rel="stylesheet" href="/r/style.css"><link rel="canonical" href="https://example.org/r/"></head><body><a href="#main">skip</a><nav><a href="/r/">home</a><a href="/r/topics/">topics</a><a href="/r/search/">search</a></nav><main id="main">`)
		for j := range 20 {
			fmt.Fprintf(&page, `<article id="p%d"><h2><a href="/r/p/%d/">Title %d &amp; more</a></h2><p>Some text of the abstract, long enough to be like one, with <em>markup</em> in it.</p><a href="../%d/#p%d">next</a>`+
				`<a href="https://arxiv.org/abs/2401.%05d">arXiv</a><a href="data:application/x-bibtex;charset=utf-8,@misc%%7Bp%d%%7D">BibTeX</a></article>`, j, (i+j)%2000, j, (i+1)%2000, j, i*20+j, i*20+j)
		}
		page.WriteString(`</main></body></html>`)
		files = append(files, model.File{Path: fmt.Sprintf("p/%d/index.html", i), Data: []byte(page.String())})
	}
	for _, p := range []string{"index.html", "topics/index.html", "search/index.html"} {
		files = append(files, model.File{Path: p, Data: []byte(`<a href="/r/p/0/#p1">first</a>`)})
	}
	files = append(files, model.File{Path: "style.css"})
	b.ReportAllocs()
	for b.Loop() {
		if p := Check(files, "/r/"); len(p) != 0 {
			b.Fatalf("%d problems, want none; the first: %v", len(p), p[0])
		}
	}
}

// TestCSSRefs: the files a stylesheet loads are its url()s and @imports
// in any letter case and the strings of an image-set(); a url() in a
// comment or in a string of text is none, and each is at its offset.
func TestCSSRefs(t *testing.T) {
	for _, tc := range []struct {
		css  string
		want []string // ref@offset
	}{
		{`a { background: url("img/a.svg") }`, []string{"img/a.svg@16"}},
		{`a { background: URL(img/a.svg) } @IMPORT "b.css";`, []string{"img/a.svg@16", "b.css@33"}},
		{"/* .x { background: url(\"img/old.png\") } */\na { b: url(img/a.svg) }", []string{"img/a.svg@51"}},
		{"/* url(x.png)\n*/ a { b: url(y.png) }", []string{"y.png@24"}},
		{`a::before { content: "see url(img/legend.png)"; } b { c: url( 'x.png' ) }`, []string{"x.png@57"}},
		{`a::before { content: 'url(\'q.png\')' }`, nil},
		{`a { b: image-set("img/x.svg" 2x, url(img/y.svg) 1x) }`, []string{"img/x.svg@17", "img/y.svg@33"}},
		{`a { b: -webkit-image-set('x.png' 1x, "y.png" type("image/png") 2x) }`, []string{"x.png@25", "y.png@37"}},
		{`a { b: image-set("x.png" 1x) } a::after { content: "z.png" }`, []string{"x.png@17"}},
		{`a { b: url() url(data:image/png;base64,AA) url(#grad) var(--u, "w.png") }`, nil},
		{`a { b: url(a b) } c { d: url(e.png) }`, []string{"e.png@25"}},
	} {
		var got []string
		cssRefs([]byte(tc.css), func(ref string, at int) { got = append(got, fmt.Sprintf("%s@%d", ref, at)) })
		if !slices.Equal(got, tc.want) {
			t.Errorf("cssRefs(%q) = %q, want %q", tc.css, got, tc.want)
		}
	}
}

// FuzzCSSRefs: no stylesheet makes cssRefs panic, and each file it finds
// is at an offset of the stylesheet.
func FuzzCSSRefs(f *testing.F) {
	for _, s := range []string{`a { b: url("x.png") }`, `/* url(x) */ "url(y)" image-set("z" 1x, url(w) 2x)`, `)))image-set((("a"`, `url('a\'b') @import "c"`, "\"\\\n url(x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, css string) {
		cssRefs([]byte(css), func(ref string, at int) {
			if at < 0 || at >= len(css) || ref == "" {
				t.Errorf("cssRefs(%q) found %q at %d", css, ref, at)
			}
		})
	})
}

// TestNearestID: a broken fragment names the id it most likely means: one
// that differs in its hyphens only (GitHub's anchor for a heading), or a
// near spelling of a fragment long enough to tell.
func TestNearestID(t *testing.T) {
	ids := map[string]bool{"using-torch-compile": true, "q-a": true, "results": true, "x": true, "main": true}
	tests := []struct{ frag, want string }{
		{"using-torchcompile", `; the page has the id "using-torch-compile" (GitHub's anchors leave out the signs that a heading's id here makes hyphens)`},
		{"qa", `; the page has the id "q-a" (GitHub's anchors leave out the signs that a heading's id here makes hyphens)`},
		{"resluts", `; did you mean "results"?`},
		{"y", ""},
		{"discussion", ""},
	}
	for _, tt := range tests {
		if got := nearestID(tt.frag, ids); got != tt.want {
			t.Errorf("nearestID(%q) = %q, want %q", tt.frag, got, tt.want)
		}
	}
}
