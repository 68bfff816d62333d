package render

import (
	"bytes"
	"io/fs"
	"path"
	"sync"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

// The built-in theme's stylesheet and scripts are written for the people
// who read them, with comments that say why each rule is there: half of
// style.css's bytes and 60% of them gzipped, on the one request that holds
// up every page's first paint. The site publishes them minified
// (style.css 50.1 to 23.5 KB, 16.0 to 6.4 KB gzipped; search.js 14.4 to
// 7.1 KB gzipped), and a site theme's unchanged copy of one too, so that
// a theme copied whole (paperboy new theme) makes the same site. A site's
// own files are published as written: the curator may want them so, and
// the build's warnings name their lines. site.yaml's minify: false
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
// file at the output path name, whose bytes are data: with minify, data
// minified when it is a stylesheet or a script (.css, .js) of the
// built-in theme builtin, or a copy of one that is the same to the byte;
// data as it is otherwise, or should the minifier fail on it.
func publishedStatic(builtin fs.FS, minify bool, name string, data []byte) []byte {
	mediaType := map[string]string{".css": "text/css", ".js": "text/javascript"}[path.Ext(name)]
	if !minify || mediaType == "" {
		return data
	}
	if src, err := fs.ReadFile(builtin, "static/"+name); err != nil || !bytes.Equal(src, data) {
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
