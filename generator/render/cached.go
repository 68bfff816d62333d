package render

import (
	"fmt"
	"html/template"
	"maps"
	"reflect"
	"strings"
	"sync"
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
// configuration and the keys. Like Hugo's partialCached.
//
// Each partial has its own cache, found by name in a map that is only read
// once set up: most lookups are of partials with a handful of keys (the
// header, a topic link), which then cost one shallow lookup instead of one
// in a map holding every rendering of every partial.
type partials struct {
	byName map[string]*partial
}

// partial is one template and its renderings: its one key, or all its
// keys printed into a string → template.HTML. A plain map under a
// read-write lock, not a sync.Map: a partial keyed by paper holds a
// rendering of every paper, and at 100,000 papers the sync.Map's trie of
// small nodes cost a cache miss per level on each lookup (2.2 s of the
// build's CPU) and gave the collector a pointer graph to trace.
type partial struct {
	t    *template.Template
	mu   sync.RWMutex
	html map[any]template.HTML
}

// newPartials returns the cache of every template in set.
func newPartials(set *template.Template) *partials {
	c := &partials{byName: map[string]*partial{}}
	for _, t := range set.Templates() {
		c.byName[t.Name()] = &partial{t: t, html: map[any]template.HTML{}}
	}
	return c
}

// forget drops every rendering whose key stale reports.
func (c *partials) forget(stale func(key any) bool) {
	for _, p := range c.byName {
		p.mu.Lock()
		maps.DeleteFunc(p.html, func(k any, _ template.HTML) bool { return stale(k) })
		p.mu.Unlock()
	}
}

// multiKey is the key of a rendering asked for with several keys, or with
// one that cannot be a map key: the keys, printed.
type multiKey string

// render returns partial name executed with data, from the cache when a
// call with the same name and keys came before.
func (c *partials) render(name string, data any, keys ...any) (template.HTML, error) {
	p := c.byName[name]
	if p == nil {
		return "", &noTemplateError{name: name}
	}
	var k any // no keys: nil
	if len(keys) == 1 && keys[0] != nil && reflect.TypeOf(keys[0]).Comparable() {
		k = keys[0]
	} else if len(keys) > 0 {
		var b strings.Builder
		for _, key := range keys {
			fmt.Fprintf(&b, "%#v\x00", key)
		}
		k = multiKey(b.String())
	}
	p.mu.RLock()
	h, ok := p.html[k]
	p.mu.RUnlock()
	if ok {
		return h, nil
	}
	var b strings.Builder
	if err := p.t.Execute(&b, data); err != nil {
		return "", err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if h, ok := p.html[k]; ok {
		return h, nil // rendered meanwhile by another page
	}
	h = template.HTML(b.String())
	p.html[k] = h
	return h, nil
}
