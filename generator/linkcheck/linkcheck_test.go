package linkcheck

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestCheck(t *testing.T) {
	files := []model.File{
		{Path: "index.html", Data: []byte(`<a href="/r/a/">a</a><a href="/r/a/#x">x</a><a href="/r/a/#nope">n</a>
<a href="/elsewhere/">out</a><a href="https://example.org/">ext</a><a href="#top">top</a><a href="#here" id="here">h</a>
<img src="/r/missing.png" alt=""><link rel="stylesheet" href="/r/style.css"><a href="a/">rel</a><a href="">e</a>`)},
		{Path: "a/index.html", Data: []byte(`<h2 id="x">X</h2><a href="../">up</a><a href="../b/">b</a><p id="x">again</p>`)},
		{Path: "style.css", Data: []byte("")},
	}
	got := Check(files, "/r/")
	want := []string{
		`a/index.html: #x: the id "x" is used by more than one element, so links to it are ambiguous`,
		`a/index.html: ../b/: no such file b/index.html`,
		`index.html: : empty link`,
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
