package render

import (
	"fmt"
	"html/template"
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
type partials struct {
	set  *template.Template // holds every partial
	html sync.Map           // partialKey → template.HTML
}

// partialKey identifies one rendering of a partial: its name and its one
// key, or all its keys printed into a string.
type partialKey struct {
	name string
	key  any
}

// render returns partial name executed with data, from the cache when a
// call with the same name and keys came before.
func (c *partials) render(name string, data any, keys ...any) (template.HTML, error) {
	k := partialKey{name: name}
	if len(keys) == 1 && keys[0] != nil && reflect.TypeOf(keys[0]).Comparable() {
		k.key = keys[0]
	} else if len(keys) > 0 {
		var b strings.Builder
		for _, key := range keys {
			fmt.Fprintf(&b, "%#v\x00", key)
		}
		k.key = b.String()
	}
	if h, ok := c.html.Load(k); ok {
		return h.(template.HTML), nil
	}
	t := c.set.Lookup(name)
	if t == nil {
		return "", fmt.Errorf("no template %q; define it in templates/partials/", name)
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	h, _ := c.html.LoadOrStore(k, template.HTML(b.String()))
	return h.(template.HTML), nil
}
