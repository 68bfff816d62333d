package linkcheck

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestCheck(t *testing.T) {
	files := []model.File{
		{Path: "index.html", Data: []byte(`<a href="/r/a/">a</a><a href="/r/a/#x">x</a><a href="/r/a/#nope">n</a>
<a href="/elsewhere/">out</a><a href="https://example.org/">ext</a><a href="#top">top</a><a href="#here" id="here">h</a>
<img src="/r/missing.png" alt=""><link rel="stylesheet" href="/r/style.css"><a href="a/">rel</a><a href="">e</a><a href="#gone">g</a>`)},
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
		`index.html: /r/a/#nope: no element with id "nope" in a/index.html`,
		`index.html: /r/missing.png: no such file missing.png`,
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
		{Path: "css/more.css", Data: []byte(".z { background: url(../img/logo.svg?v=2) url(../img/none.png) }")},
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
		"css/more.css:1: ../img/none.png: no such file img/none.png [img/none.png]",
		"custom.css:2: css/none.css: no such file css/none.css [css/none.css]",
		"custom.css:3: fonts/b.woff2: no such file fonts/b.woff2 [fonts/b.woff2]",
		"custom.css:4: /img/logo.svg: absolute path outside the base path /r/ []",
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("CSS() =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
