package render

import (
	"bytes"
	"io/fs"
	"path"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/themes"
)

// The built-in theme's stylesheet and scripts are written for the people
// who read them, with comments that say why each rule is there: half of
// style.css's bytes and 60% of them gzipped, on the one request that holds
// up every page's first paint. The site publishes them minified
// (style.css 50.1 to 23.5 KB, 16.0 to 6.4 KB gzipped; search.js 14.4 to
// 7.1 KB gzipped), and a site theme's unchanged copy of one too (one
// checked out with CRLF as well: themes.Same), so that a theme copied
// whole (paperboy new theme) makes the same site. A site's
// own files are published as written: the curator may want them so, and
// the build's warnings name their lines (but for a stylesheet's, a
// script's or an SVG's line endings, made LF: withLF). site.yaml's minify: false
// publishes the built-in ones as written too (Config.AsWritten).

// minifier minifies CSS and JavaScript.
var minifier = sync.OnceValue(func() *minify.M {
	m := minify.New()
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("text/javascript", js.Minify)
	return m
})

// minified holds each built-in file minified, by name, with the bytes it
// was made from: the built-in theme is the same in every build of a
// process (serve's rebuilds, the tests' builds), so each of its files is
// minified once.
var minified sync.Map // name → minifiedFile

type minifiedFile struct{ src, out string }

// Static returns what the site publishes of the theme's static file at
// the output path name, whose bytes are data, as All does (static): serve
// asks when the file is saved.
func (r *Renderer) Static(name string, data []byte) []byte {
	return publishedStatic(r.th.builtin, !r.site.Config.AsWritten, name, data)
}

// publishedStatic returns what the site publishes of the theme's static
// file at the output path name, whose bytes are data: the built-in
// theme builtin's file when data is a copy of it (themes.Same, check's
// test of a copy the build takes without it: one checked out with CRLF
// too, which would publish its CRs, unminified), and with minify that
// file minified when it is a stylesheet or a script (.css, .js); the
// theme's own file as it is otherwise (withLF), or should the minifier
// fail on it.
func publishedStatic(builtin fs.FS, minify bool, name string, data []byte) []byte {
	src, err := fs.ReadFile(builtin, "static/"+name)
	if err != nil || !themes.Same(src, data) {
		return withLF(name, data)
	}
	data = src
	mediaType := map[string]string{".css": "text/css", ".js": "text/javascript"}[path.Ext(name)]
	if !minify || mediaType == "" {
		return data
	}
	if f, ok := minified.Load(name); ok && f.(minifiedFile).src == string(data) {
		return []byte(f.(minifiedFile).out)
	}
	// The minifier rewrites the bytes it is given as it goes (a CSS
	// keyword lowercased, a script's quotes changed): it gets a copy, so
	// that the caller's data stays as it was and the memo keeps what the
	// file was (it kept the rewritten bytes, and every build minified
	// again: 1,490 times each file in the generator package's tests).
	out, err := minifier().Bytes(mediaType, bytes.Clone(data))
	if err != nil {
		return data
	}
	minified.Store(name, minifiedFile{src: string(data), out: string(out)})
	return out
}

// lineBlind are the static files, by extension, whose readers take a
// CRLF or a lone CR for an LF: CSS and JavaScript (a template literal's
// too) and SVG, as XML, read every line break as one.
var lineBlind = map[string]bool{".css": true, ".js": true, ".mjs": true, ".svg": true}

// withLF returns data, a theme's own static file at the output path
// name, with LF line endings when it is a stylesheet, a script or an
// SVG (lineBlind) in UTF-8: the same file to a browser, and the same
// bytes from a checkout with CRLF (Git for Windows' core.autocrlf) as
// from one with LF, so that the sites built on Windows and on Linux are
// the same. Other files (a .txt to download, an image) are as written,
// and so is one that is not UTF-8 (UTF-16, where a 0x0D byte may be
// half a character).
func withLF(name string, data []byte) []byte {
	if !lineBlind[strings.ToLower(path.Ext(name))] || bytes.IndexByte(data, '\r') < 0 ||
		bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data) {
		return data
	}
	return diag.LF(data)
}
