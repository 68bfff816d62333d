package generator

import (
	"bytes"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
)

// checked is what paperboy check keeps of the files a build makes, which
// it reads as they are made (Options.Emit) rather than holding the whole
// site: each page's ids and links (linkcheck.Pages), what it found in each
// feed and the feed's size, and the bytes of the few files it reads once
// every path is known: the pages it reads for their markup (render's
// samples), the stylesheets, the sitemaps and the web app manifest. Its add is safe for
// concurrent use.
type checked struct {
	links linkcheck.Pages

	mu      sync.Mutex
	sampled []render.Sample
	samples map[string][]byte // by path: nil until the page is made
	kept    []model.File      // stylesheets, sitemaps and the web app manifest
	feeds   []checkedFeed
}

// checkedFeed is what check found in one feed file.
type checkedFeed struct {
	path     string
	size     int
	problems []Problem
}

// sample notes the pages whose markup check reads, before they are made.
func (c *checked) sample(samples []render.Sample) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sampled = samples
	c.samples = make(map[string][]byte, len(samples))
	for _, s := range samples {
		c.samples[s.Path] = nil
	}
}

// add reads the file f as check needs it; it keeps none of f.Data, which
// the build may reuse, but a copy of the files read later.
func (c *checked) add(f model.File) error {
	switch {
	case strings.HasSuffix(f.Path, ".html"):
		c.links.Add(f.Path, f.Data)
		c.mu.Lock()
		if _, ok := c.samples[f.Path]; ok {
			c.samples[f.Path] = bytes.Clone(f.Data)
		}
		c.mu.Unlock()
	case isFeed(f.Path):
		fc := checkedFeed{path: f.Path, size: len(f.Data), problems: checkFeed(f)}
		c.mu.Lock()
		c.feeds = append(c.feeds, fc)
		c.mu.Unlock()
	case path.Ext(f.Path) == ".css" || isSitemap(f.Path) || f.Path == render.ManifestFile:
		f.Data = bytes.Clone(f.Data)
		c.mu.Lock()
		c.kept = append(c.kept, f)
		c.mu.Unlock()
	}
	return nil
}

// isFeed reports whether the output file p is a feed, which check parses
// back.
func isFeed(p string) bool {
	switch path.Base(p) {
	case "feed.xml", "atom.xml", "feed.json":
		return true
	}
	return false
}

// isSitemap reports whether the output file p is a sitemap (or sitemap
// index), or one of the root's sitemap-*.xml an index names.
func isSitemap(p string) bool {
	return path.Base(p) == "sitemap.xml" || path.Dir(p) == "." && strings.HasPrefix(p, "sitemap-") && path.Ext(p) == ".xml"
}

// sortByPath puts the feeds and the files kept in path order, the order
// of the build's files, once the build is done.
func (c *checked) sortByPath() {
	slices.SortFunc(c.feeds, func(a, b checkedFeed) int { return strings.Compare(a.path, b.path) })
	slices.SortFunc(c.kept, func(a, b model.File) int { return strings.Compare(a.Path, b.Path) })
}

// feedAndSitemapProblems returns what check found in the feeds and what
// it finds in the sitemaps (files has every output path), file by file in
// path order.
func (c *checked) feedAndSitemapProblems(baseURL string, files map[string]bool) []Problem {
	type found struct {
		path     string
		problems []Problem
	}
	var all []found
	for _, f := range c.feeds {
		all = append(all, found{f.path, f.problems})
	}
	for _, f := range c.kept {
		if isSitemap(f.Path) {
			all = append(all, found{f.Path, checkSitemap(f, baseURL, files)})
		}
	}
	slices.SortFunc(all, func(a, b found) int { return strings.Compare(a.path, b.path) })
	var out []Problem
	for _, f := range all {
		out = append(out, f.problems...)
	}
	return out
}
