package render

import (
	"fmt"
	"html/template"
	"maps"
	"math"
	"reflect"
	"strings"
	"sync"
	"unicode/utf8"
)

// partials renders a theme partial once per key and reuses the HTML: the
// template function "cached". Page chrome — the site header and footer,
// the stylesheet links — is the same on thousands of pages, and a paper's
// row in a list is the same on each of its authors' pages; executing them
// again each time was a large part of the render time.
//
// The theme decides what the output depends on: {{cached "site-header" .
// .Kind}} renders "site-header" with the page as its data the first time a
// page of each kind asks, so the partial may read only the site's
// configuration and the keys. Like Hugo's partialCached. Unlike it, a
// partial that reads more is caught: each rendering whose data is not one
// of its keys is rendered again for the next verifyRuns pages that ask
// for it, and a difference is an error naming both pages (it would have
// put one page's title on every page, a different one each build).
//
// Each partial has its own cache, found by name in a map that is only read
// once set up: most lookups are of partials with a handful of keys (the
// header, a topic link), which then cost one shallow lookup instead of one
// in a map holding every rendering of every partial.
type partials struct {
	byName    map[string]*partial
	verifyAll bool // Options.VerifyAll
}

// partial is one template and its renderings: its one key, or all its
// keys printed into a string → template.HTML. A plain map under a
// read-write lock, not a sync.Map: a partial keyed by paper holds a
// rendering of every paper, and at 100,000 papers the sync.Map's trie of
// small nodes cost a cache miss per level on each lookup (2.2 s of the
// build's CPU) and gave the collector a pointer graph to trace.
type partial struct {
	t      *template.Template
	mu     sync.RWMutex
	html   map[any]rendering
	differ *cachedDiffersError // the first difference found, which every page that finds one reports
}

// rendering is a partial's HTML for one key, and what checking it needs.
type rendering struct {
	html     template.HTML
	checks   int32  // renderings for other pages still to compare with html
	pagePath string // the page html was rendered for, when its data was a page
}

// verifyRuns is how many more pages a cached rendering whose data is not
// its key is rendered for and compared: enough that a partial reading a
// page's title, path or paper cannot pass by chance, and few enough to
// cost nothing (the header is cached per kind, the footer once).
const verifyRuns = 2

// newPartials returns the cache of every template in set.
func newPartials(set *template.Template) *partials {
	c := &partials{byName: map[string]*partial{}}
	for _, t := range set.Templates() {
		c.byName[t.Name()] = &partial{t: t, html: map[any]rendering{}}
	}
	return c
}

// forget drops every rendering whose key stale reports.
func (c *partials) forget(stale func(key any) bool) {
	for _, p := range c.byName {
		p.mu.Lock()
		maps.DeleteFunc(p.html, func(k any, _ rendering) bool { return stale(k) })
		p.mu.Unlock()
	}
}

// keyTuple is the key of a rendering asked for with several keys: the
// keys themselves, so that a topic or a paper among them is told apart by
// identity, as it is when it is the one key; a key that cannot be a map
// key (a list) is in it printed (printedKey), and past seven keys the
// last holds a keyTuple of the rest. Printing every key instead printed
// the whole of a topic, a pointer for each of its papers, for every page
// of the topic: at 100,000 papers, {{cached "feed-links" . .Topic (eq
// .Kind "week")}} took 45 s of the build's CPU.
type keyTuple struct {
	n    int
	keys [8]any
}

// printedKey is a key that cannot be a map key (a list, a struct holding
// one), as Go's %#v writes it: its elements, each pointer among them by
// its address.
type printedKey string

// cacheKey returns the map key of a rendering asked for with keys: nil for
// none, the key itself for one that can be a map key, else a keyTuple.
func cacheKey(keys []any) any {
	switch {
	case len(keys) == 0:
		return nil
	case len(keys) == 1 && canKey(keys[0]) && keys[0] != nil:
		return keys[0]
	}
	return tuple(keys)
}

// tuple returns the keyTuple of keys.
func tuple(keys []any) keyTuple {
	t := keyTuple{n: len(keys)}
	for i, k := range keys {
		if last := len(t.keys) - 1; i == last && len(keys) > len(t.keys) {
			t.keys[last] = tuple(keys[last:])
			break
		}
		if !canKey(k) {
			k = printedKey(fmt.Sprintf("%#v", k))
		}
		t.keys[i] = k
	}
	return t
}

// canKey reports whether k can be a map key as it is: nil, or a value
// comparable all the way down (not a list, nor a struct holding one).
func canKey(k any) bool { return k == nil || reflect.ValueOf(k).Comparable() }

// render returns partial name executed with data, from the cache when a
// call with the same name and keys came before.
func (c *partials) render(name string, data any, keys ...any) (template.HTML, error) {
	p := c.byName[name]
	if p == nil {
		return "", &noTemplateError{name: name}
	}
	k := cacheKey(keys)
	p.mu.RLock()
	r, ok := p.html[k]
	p.mu.RUnlock()
	if ok && r.checks == 0 {
		return r.html, nil
	}
	var b strings.Builder
	if err := p.t.Execute(&b, data); err != nil {
		return "", err
	}
	h := template.HTML(b.String())
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok = p.html[k]
	switch {
	case !ok:
		checks := int32(verifyRuns)
		if c.verifyAll {
			checks = math.MaxInt32
		}
		if isKey(data, keys) {
			checks = 0 // a partial of a paper, keyed by the paper
		}
		p.html[k] = rendering{html: h, checks: checks, pagePath: pagePath(data)}
		return h, nil
	case r.checks > 0 && h != r.html:
		if p.differ == nil {
			p.differ = &cachedDiffersError{name: name, keys: len(keys), pages: [2]string{r.pagePath, pagePath(data)}, html: [2]string{string(r.html), string(h)}}
		}
		return "", p.differ
	case r.checks > 0:
		r.checks--
		p.html[k] = r
	}
	return r.html, nil
}

// isKey reports whether data is one of keys: a partial of a paper keyed by
// that paper may read anything of it.
func isKey(data any, keys []any) bool {
	if data == nil || !reflect.TypeOf(data).Comparable() {
		return false
	}
	for _, k := range keys {
		if k != nil && reflect.TypeOf(k).Comparable() && k == data {
			return true
		}
	}
	return false
}

// pagePath is the path of the page data is, for messages; "" when data is
// not a page.
func pagePath(data any) string {
	if pg, ok := data.(*Page); ok {
		return "/" + pg.Path
	}
	return ""
}

// cachedDiffersError is a cached partial that made different HTML for two
// pages with the same keys: it reads something of the page its keys do
// not name.
type cachedDiffersError struct {
	name  string
	keys  int
	pages [2]string
	html  [2]string
}

func (e *cachedDiffersError) Error() string {
	what := "the same keys"
	if e.keys == 0 {
		what = "no keys, so one rendering serves every page"
	}
	on := ""
	if e.pages[0] != "" && e.pages[1] != "" {
		on = " (" + e.pages[0] + " and " + e.pages[1] + ")"
	}
	a, b := firstDifference(e.html[0], e.html[1])
	return fmt.Sprintf("the cached partial %q made different HTML for two pages with %s%s: %q, then %q; "+
		"a cached partial may read only .Config, .Site and what its keys name, so pass what it reads as a key "+
		"({{cached %q . .Kind .Title}}) or show it with {{template %q .}}", e.name, what, on, a, b, e.name, e.name)
}

// firstDifference returns a short stretch of a and of b around where they
// first differ.
func firstDifference(a, b string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-20)
	for lo > 0 && !utf8.RuneStart(a[lo]) {
		lo--
	}
	cut := func(s string) string {
		hi := min(len(s), i+40)
		for hi < len(s) && !utf8.RuneStart(s[hi]) {
			hi++
		}
		return s[lo:hi]
	}
	return cut(a), cut(b)
}
