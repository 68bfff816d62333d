package render

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash"
	"html/template"
	"io"
	"io/fs"
	"maps"
	"reflect"
	"slices"
	"sync"
	"testing/fstest"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
)

// Parsing, checking and cloning a theme's templates took 43% of the CPU
// time of a 20-paper build: parseTemplates 21% (a clone of the base for
// each page kind, and for a site's theme each page escaped once to place
// its errors), and the workers' clones of every page kind's set 22%. It is
// the same work on every build of the same theme: the tests build
// hundreds of sites, and the preview server builds the whole site again
// on many edits. So what parseTemplates makes of a theme is kept, checked
// and never executed, under a key that holds every byte it read, and each
// build takes clones of it with its own functions installed (a clone's
// functions are its own: text/template copies them, so Funcs on a clone
// changes no other set). A page kind's set keeps only the templates its
// page runs, and a worker clones it when it first renders that kind.

// loadTemplates returns the theme's templates for one build, with funcs
// installed on the sets the build executes, and the theme's errors: those
// of parseTemplates, kept for the last few themes the process loaded.
func loadTemplates(th overlay, funcs template.FuncMap) (*templates, error) {
	stand := standIns(funcs)
	snap, key, ok := snapshot(th, stand)
	if !ok { // a file that cannot be read: parseTemplates says so
		shared, err := parseAndPrune(th, stand)
		return forBuild(th, funcs, shared, err)
	}
	shared, err := parsed.entry(key).get(func() (*templates, error) { return parseAndPrune(snap, stand) })
	return forBuild(th, funcs, shared, err)
}

// parseAndPrune parses and checks th's templates, then keeps of each page
// kind's set only what running it can reach (pruned).
func parseAndPrune(th overlay, funcs template.FuncMap) (*templates, error) {
	t, err := parseTemplates(th, funcs)
	if err != nil {
		return t, err
	}
	for kind, set := range t.pages.kinds {
		if t.pages.kinds[kind], err = pruned(set, funcs); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// pruned returns a set of the templates that running tt, a template of
// a set never executed, runs with {{template}}, itself first, sharing
// their trees: every build clones each page kind's set for each worker
// that renders its pages, and the partials a page shows through cached
// or card, which its set need not hold, made most of what was cloned
// (html/template copies every tree of a set it clones).
func pruned(tt *template.Template, funcs template.FuncMap) (*template.Template, error) {
	out := template.New("").Funcs(funcs)
	seen := map[string]bool{}
	var add func(name string) error
	add = func(name string) error {
		src := tt.Lookup(name)
		if seen[name] || src == nil || src.Tree == nil {
			return nil
		}
		seen[name] = true
		if _, err := out.AddParseTree(name, src.Tree); err != nil {
			return err
		}
		var err error
		tmplwalk.Walk(src.Tree.Root, func(n parse.Node) {
			if call, ok := n.(*parse.TemplateNode); ok && err == nil {
				err = add(call.Name)
			}
		})
		return err
	}
	if err := add(tt.Name()); err != nil {
		return nil, err
	}
	return out.Lookup(tt.Name()), nil
}

// forBuild returns, from shared and err, what parseTemplates made of th
// with stand-ins for funcs (never executed), templates of a build's own:
// th for reading sources in messages, a clone of the partials with funcs
// installed, page sets that install them on their clones, and a copy of
// the error list to merge into the build's.
func forBuild(th overlay, funcs template.FuncMap, shared *templates, err error) (*templates, error) {
	err = copyErrors(err)
	if shared == nil {
		return nil, err
	}
	t := &templates{pages: pageSets{kinds: shared.pages.kinds, funcs: funcs}, base: shared.base, theme: th,
		dir: shared.dir, funcs: shared.funcs, sigs: shared.sigs, types: shared.types, trees: shared.trees, lost: shared.lost, warnings: shared.warnings}
	if err != nil {
		return t, err // for checkMessages; nothing runs
	}
	parts, err := shared.parts.Clone()
	if err != nil {
		return nil, err
	}
	t.parts, t.item = parts.Funcs(funcs), parts.Lookup("paper-item")
	return t, nil
}

// standIns returns a function of the same name and type, nil, for each of
// funcs: parsing and checking need no more, and a kept set holds no
// build's functions (nor the site they close over).
func standIns(funcs template.FuncMap) template.FuncMap {
	out := make(template.FuncMap, len(funcs))
	for name, f := range funcs {
		out[name] = reflect.Zero(reflect.TypeOf(f)).Interface()
	}
	return out
}

// copyErrors returns a copy of a diag.List err, whose elements a caller
// may sort, and err itself otherwise.
func copyErrors(err error) error {
	var list diag.List
	if !errors.As(err, &list) || len(list) == 0 {
		return err
	}
	out := make(diag.List, len(list))
	for i, e := range list {
		c := *e
		out[i] = &c
	}
	return out
}

// snapshot returns a copy of th holding only the template files that
// parseTemplates reads (each in the layer it comes from; and the other
// files of templates/partials/, which its messages name), so that what is
// parsed is what was read, and the digest of all it holds with funcs: the
// functions' names and types, the site's theme folders, and the path and
// bytes of each file. It is false when a file cannot be read.
func snapshot(th overlay, funcs template.FuncMap) (overlay, [sha256.Size]byte, bool) {
	var key [sha256.Size]byte
	names, err := th.files("templates/partials")
	if err != nil {
		return overlay{}, key, false
	}
	names = append([]string{"templates/base.html"}, names...)
	for _, kind := range pageKinds {
		names = append(names, "templates/"+kind+".html")
	}
	var snap overlay
	builtin := fstest.MapFS{}
	snap.builtin = builtin
	layers := make([]fstest.MapFS, len(th.site))
	for i, l := range th.site {
		layers[i] = fstest.MapFS{}
		snap.site = append(snap.site, themefs.Layer{FS: layers[i], Dir: l.Dir})
	}
	for _, name := range names {
		inSite, ok := copyFirst(name, th.site, layers)
		if !ok {
			return overlay{}, key, false
		}
		data, err := fs.ReadFile(th.builtin, name) // a replaced one, for lostTemplates
		switch {
		case err == nil:
			builtin[name] = &fstest.MapFile{Data: data}
		case !inSite || !errors.Is(err, fs.ErrNotExist):
			return overlay{}, key, false
		}
	}
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(funcs)) {
		writeField(h, name)
		writeField(h, reflect.TypeOf(funcs[name]).String())
	}
	writeField(h, fmt.Sprint(th.site != nil, len(th.site)))
	for i, l := range th.site {
		writeField(h, l.Dir)
		writeFiles(h, layers[i])
	}
	writeFiles(h, builtin)
	h.Sum(key[:0])
	return snap, key, true
}

// copyFirst copies the file name of the first of site's layers that has
// it into the same layer of layers, and reports whether one has it; ok is
// false when one cannot be read.
func copyFirst(name string, site themefs.Stack, layers []fstest.MapFS) (inSite, ok bool) {
	i, data, err := site.ReadFileAt(name)
	if errors.Is(err, fs.ErrNotExist) {
		return false, true
	}
	if err != nil {
		return false, false
	}
	layers[i][name] = &fstest.MapFile{Data: data}
	return true, true
}

// writeFiles writes each file of fsys, path and bytes, to h, by path.
func writeFiles(h hash.Hash, fsys fstest.MapFS) {
	for _, name := range slices.Sorted(maps.Keys(fsys)) {
		writeField(h, name)
		writeField(h, string(fsys[name].Data))
	}
}

// writeField writes b to h after its length, so that no two lists of
// fields write the same bytes.
func writeField(h hash.Hash, s string) {
	h.Write(binary.AppendUvarint(nil, uint64(len(s))))
	io.WriteString(h, s)
}

// parsed keeps the templates of the last few themes loaded: the one
// piece of process-wide state, since the builds that share it (each test,
// each full rebuild of the preview server) know nothing of each other.
var parsed = themeCache{size: 8}

// themeCache is a small cache of parsed themes by key, the least
// recently used dropped first.
type themeCache struct {
	size    int
	mu      sync.Mutex
	entries []*themeEntry // least recently used first
}

// themeEntry is one theme's templates and errors, made once by whichever
// build asks first while the others wait.
type themeEntry struct {
	key  [sha256.Size]byte
	mu   sync.Mutex
	done bool
	t    *templates
	err  error
}

// get returns the entry's templates and errors, which parse makes on the
// first call (and again on the next, if it panicked).
func (e *themeEntry) get(parse func() (*templates, error)) (*templates, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.done {
		e.t, e.err = parse()
		e.done = true
	}
	return e.t, e.err
}

// entry returns the entry of key, new and empty if the cache has none,
// and marks it the most recently used.
func (c *themeCache) entry(key [sha256.Size]byte) *themeEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	i := slices.IndexFunc(c.entries, func(e *themeEntry) bool { return e.key == key })
	var e *themeEntry
	if i >= 0 {
		e = c.entries[i]
		c.entries = slices.Delete(c.entries, i, i+1)
	} else {
		e = &themeEntry{key: key}
		if len(c.entries) >= c.size {
			c.entries = slices.Delete(c.entries, 0, 1)
		}
	}
	c.entries = append(c.entries, e)
	return e
}
