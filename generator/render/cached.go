package render

import (
	"fmt"
	"html/template"
	"strings"
	"sync"
)

// partials renders a theme partial once per key and reuses the HTML: the
// template function "cached". Page chrome — the site header and footer,
// the stylesheet links — is the same on thousands of pages, and executing
// it again for each one was a large part of the render time.
//
// The theme decides what the output depends on: {{cached "site-header" .
// .Kind}} renders "site-header" with the page as its data the first time a
// page of each kind asks, so the partial may read only the site's
// configuration and the keys. Like Hugo's partialCached.
type partials struct {
	set  *template.Template // holds every partial
	mu   sync.Mutex
	html map[string]template.HTML
}

// render returns partial name executed with data, from the cache when a
// call with the same name and keys came before.
func (c *partials) render(name string, data any, keys ...any) (template.HTML, error) {
	var k strings.Builder
	k.WriteString(name)
	for _, key := range keys {
		fmt.Fprintf(&k, "\x00%v", key)
	}
	c.mu.Lock()
	h, ok := c.html[k.String()]
	c.mu.Unlock()
	if ok {
		return h, nil
	}
	t := c.set.Lookup(name)
	if t == nil {
		return "", fmt.Errorf("no template %q; define it in templates/partials/", name)
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	h = template.HTML(b.String())
	c.mu.Lock()
	if c.html == nil {
		c.html = map[string]template.HTML{}
	}
	c.html[k.String()] = h
	c.mu.Unlock()
	return h, nil
}
