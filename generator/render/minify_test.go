package render

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestStaticMinified: the built-in theme's stylesheets and scripts are
// published minified, without their comments and at most 60% of their
// size, and so is a site theme's copy of one that is the same
// (themes.Same); a site's own stylesheet, and every other file, is published as
// it is; with minify off (site.yaml's minify: false) all are.
func TestStaticMinified(t *testing.T) {
	const own = "/* the curator's note */\nbody { color: #123456; }\n"
	builtinMenu, err := fs.ReadFile(themes.Default(), "static/menu.js")
	if err != nil {
		t.Fatal(err)
	}
	site := fstest.MapFS{"static/custom.css": {Data: []byte(own)}, "static/menu.js": {Data: builtinMenu}, "static/copy.js": {Data: []byte("// mine\n")}}
	th := overlay{site: themefs.Stack{{FS: site, Dir: "themes/mine"}}, builtin: themes.Default()}
	source := func(name string) []byte {
		t.Helper()
		data, err := fs.ReadFile(th, "static/"+name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	files, err := static(th, &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	for _, f := range files {
		src := source(f.Path)
		switch {
		case f.Path == "custom.css" || f.Path == "copy.js":
			if !bytes.Equal(f.Data, src) {
				t.Errorf("the site's %s is published as %q, want it as written", f.Path, f.Data)
			}
		case path.Ext(f.Path) == ".css" || path.Ext(f.Path) == ".js":
			scripts++
			if bytes.Contains(f.Data, []byte("/*")) || len(f.Data)*10 > len(src)*6 {
				t.Errorf("%s: %d bytes published of its %d, comments left in: %t; want it minified", f.Path, len(f.Data), len(src), bytes.Contains(f.Data, []byte("/*")))
			}
		case !bytes.Equal(f.Data, src):
			t.Errorf("%s differs from the theme's file", f.Path)
		}
	}
	if scripts < 4 {
		t.Errorf("%d built-in stylesheets and scripts minified, want style.css, menu.js (the site's copy), scroll.js and search.js at least", scripts)
	}
	again, err := static(th, &model.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range files {
		if !bytes.Equal(again[i].Data, files[i].Data) {
			t.Errorf("%s differs in a second build", files[i].Path)
		}
	}
	written, err := static(th, &model.Config{AsWritten: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range written {
		if !bytes.Equal(f.Data, source(f.Path)) {
			t.Errorf("%s is not as written with minify: false", f.Path)
		}
	}
}

// TestStaticMinifiedOnce: publishedStatic leaves the bytes it is given as
// they were, though the minifier rewrites its input, and the next build's
// call finds the file minified (the memo kept the rewritten bytes, and
// each build minified each file again).
func TestStaticMinifiedOnce(t *testing.T) {
	for _, name := range []string{"style.css", "search.js"} {
		data, err := fs.ReadFile(themes.Default(), "static/"+name)
		if err != nil {
			t.Fatal(err)
		}
		given := bytes.Clone(data)
		out := publishedStatic(themes.Default(), true, name, data)
		if !bytes.Equal(data, given) {
			t.Errorf("%s: the bytes given to publishedStatic changed", name)
		}
		if len(out) >= len(data) {
			t.Errorf("%s: %d bytes published of %d, want it minified", name, len(out), len(data))
		}
		f, ok := minified.Load(name)
		if !ok || f.(minifiedFile).src != string(given) || f.(minifiedFile).out != string(out) {
			t.Errorf("%s: the memo does not hold the file and what it was made from (kept: %t)", name, ok)
		}
		if again := publishedStatic(themes.Default(), true, name, bytes.Clone(given)); !bytes.Equal(again, out) {
			t.Errorf("%s: published differently the second time", name)
		}
	}
}

// TestStaticLineEndings: a theme checked out with CRLF (Git for Windows'
// core.autocrlf) or an old Mac's lone CR publishes what the one checked
// out with LF does, with minify and without: a copy of a built-in file
// as the built-in file (minified, and the SVG without CRs), and its own
// stylesheets, scripts and SVG with LF; its own text file to download,
// and a file that is not UTF-8, are published as written.
func TestStaticLineEndings(t *testing.T) {
	builtin := func(name string) string {
		data, err := fs.ReadFile(themes.Default(), "static/"+name)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	lf := map[string]string{
		"static/style.css":   builtin("style.css"),
		"static/search.js":   builtin("search.js"),
		"static/favicon.svg": builtin("favicon.svg"),
		"static/custom.css":  "/* mine */\nbody { color: #123; }\n",
		"static/lab.js":      "const s = `a\nb`;\n",
		"static/logo.svg":    "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<circle r=\"1\"/>\n</svg>\n",
	}
	publish := func(files map[string]string, asWritten bool) map[string]string {
		site := fstest.MapFS{}
		for n, d := range files {
			site[n] = &fstest.MapFile{Data: []byte(d)}
		}
		th := overlay{site: themefs.Stack{{FS: site, Dir: "themes/mine"}}, builtin: themes.Default()}
		out, err := static(th, &model.Config{AsWritten: asWritten})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, f := range out {
			got[f.Path] = string(f.Data)
		}
		return got
	}
	for _, eol := range []string{"\r\n", "\r"} {
		other := map[string]string{}
		for n, d := range lf {
			other[n] = strings.ReplaceAll(d, "\n", eol)
		}
		for _, asWritten := range []bool{false, true} {
			want, got := publish(lf, asWritten), publish(other, asWritten)
			for n, w := range want {
				if got[n] != w {
					t.Errorf("%q, minify: %t: %s is published as %d bytes (%d CRs), want %d as from the LF checkout",
						eol, !asWritten, n, len(got[n]), strings.Count(got[n], "\r"), len(w))
				}
			}
		}
	}
	written := map[string]string{
		"static/notes.txt": "a file to download\r\n",
		"static/utf16.svg": "<\x00s\x00v\x00g\x00/\x00>\x00\r\x00\n\x00",
		"static/latin.css": "/* caf\xe9 */\r\n",
	}
	got := publish(written, false)
	for n, w := range written {
		if out := strings.TrimPrefix(n, "static/"); got[out] != w {
			t.Errorf("%s is published as %q, want it as written, %q", out, got[out], w)
		}
	}
}
