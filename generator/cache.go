package generator

import (
	"bytes"
	"hash/maphash"
	"slices"
	"strconv"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// Cache keeps parsed sources between builds of one process (the preview
// server), so a rebuild re-parses and re-renders the Markdown of only the
// files whose bytes changed. A Cache is safe for concurrent use.
type Cache struct {
	seed    maphash.Seed
	mu      sync.Mutex
	config  uint64                // hash of the site.yaml the entries were parsed under
	entries map[string]cacheEntry // by source path
}

// useConfig empties the cache when site.yaml or the labels of Markdown's
// HTML (the theme's words) changed: limits and Markdown options shape
// every parse. It returns their hash.
func (c *Cache) useConfig(data []byte, labels markdown.Labels) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	h.Write(data)
	for _, l := range []string{labels.Equation, labels.Table, labels.Footnote, labels.Backlink} {
		h.WriteString("\x00" + l)
	}
	sum := h.Sum64()
	c.mu.Lock()
	if sum != c.config {
		c.config = sum
		clear(c.entries)
	}
	c.mu.Unlock()
	return sum
}

// configSum returns the hash of the site.yaml and labels the entries were
// parsed under (see useConfig).
func (c *Cache) configSum() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.config
}

// cacheEntry is one source file's parse, before the index linked it.
type cacheEntry struct {
	sum    uint64
	front  front
	papers []model.Paper
	day    *model.Day
	err    error
	probes []probe
	warn   []Problem
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{seed: maphash.MakeSeed(), entries: map[string]cacheEntry{}}
}

// get returns the parse of path if its content hash is sum and the files
// beside the sources that its links named are still there, or still not
// there, in b.
func (c *Cache) get(path string, data []byte, b beside) (parsed, uint64, bool) {
	sum := maphash.Bytes(c.seed, data)
	c.mu.Lock()
	e, ok := c.entries[path]
	c.mu.Unlock()
	if !ok || e.sum != sum || !b.holds(e.probes) {
		return parsed{}, sum, false
	}
	r := parsed{err: e.err, front: e.front, probes: e.probes, warn: e.warn}
	for i := range e.papers {
		p := e.papers[i] // a fresh copy: the index links and extends it
		p.Topics = slices.Clone(p.Topics)
		r.papers = append(r.papers, &p)
	}
	if e.day != nil {
		d := *e.day
		r.day = &d
	}
	return r, sum, true
}

// front identifies a paper file's front matter: the hash of the bytes
// before its body, and the hash of those bytes with the values of its
// loose lines taken out (each line's key kept), so that Live can tell an
// edit of a title or of counts from one of anything else the front matter
// says. A loose line is the title's line when it holds the title alone,
// and a line of upvotes:, comments: or stars: that holds the count alone
// (the lines an import's refresh rewrites); each such value can change
// without changing how any other line reads.
type front struct {
	all, loose uint64
}

// frontOf returns the front of a paper file's bytes, data, which its parse
// p is of.
func (c *Cache) frontOf(data []byte, p *model.Paper) front {
	head := data[:lineOffset(data, p.BodyLine)]
	f := front{all: maphash.Bytes(c.seed, head)}
	var h maphash.Hash
	h.SetSeed(c.seed)
	for line, start := 1, 0; start < len(head); line++ {
		end := len(head)
		if i := bytes.IndexByte(head[start:], '\n'); i >= 0 {
			end = start + i + 1
		}
		continued := end < len(head) && (head[end] == ' ' || head[end] == '\t')
		if key := looseKey(head[start:end], line, p); key != "" && !continued {
			h.WriteString("\x00" + key + "\n")
		} else {
			h.Write(head[start:end])
		}
		start = end
	}
	f.loose = h.Sum64()
	return f
}

// looseKey returns the key of the front matter's line l (the 1-based
// line of the file), if it is a loose line of the paper p (see front)
// but for the next line, which the caller checks: its title: line with a
// one-line scalar, or a count written as digits whose number p has.
// The count's number is compared because a line that reads like a key
// may be inside a quoted value that the lines around it open and close.
func looseKey(l []byte, line int, p *model.Paper) string {
	if line == p.TitleLine {
		if v, ok := bytes.CutPrefix(l, []byte("title:")); ok && oneLineScalar(bytes.TrimSpace(v)) {
			return "title"
		}
		return ""
	}
	for _, c := range []struct {
		key string
		n   int
	}{{"upvotes", p.Upvotes}, {"comments", p.Comments}, {"stars", p.Stars}} {
		v, ok := bytes.CutPrefix(l, []byte(c.key+":"))
		if !ok {
			continue
		}
		if i := bytes.Index(v, []byte(" #")); i >= 0 {
			v = v[:i] // a comment
		}
		n, err := strconv.Atoi(string(bytes.TrimSpace(v)))
		if err != nil || n != c.n || !digits(bytes.TrimSpace(v)) {
			return ""
		}
		return c.key
	}
	return ""
}

// digits reports whether v is one or more ASCII digits.
func digits(v []byte) bool {
	for _, b := range v {
		if b < '0' || b > '9' {
			return false
		}
	}
	return len(v) > 0
}

// oneLineScalar reports whether v, a YAML value as written after its key,
// is a scalar that ends on its line (the next line being no continuation
// of it, which the caller checks): plain or quoted, not a flow collection,
// block scalar, alias, anchor another field could name, tag or directive.
// Such a line can change without changing how any other line of the front
// matter reads.
func oneLineScalar(v []byte) bool {
	if len(v) == 0 {
		return false
	}
	switch q := v[0]; q {
	case '"', '\'':
		end := parse.QuoteEnd(string(v[1:]), q)
		if end < 0 {
			return false
		}
		rest := bytes.TrimSpace(v[end+2:])
		return len(rest) == 0 || rest[0] == '#'
	case '[', '{', '|', '>', '*', '&', '!', '%', '@', '`':
		return false
	}
	return true
}

// put stores the parse of path (whose bytes are data), taken before
// indexing, and returns its front matter's front when it is a paper file
// (the zero front otherwise).
func (c *Cache) put(path string, data []byte, sum uint64, r parsed) front {
	e := cacheEntry{sum: sum, err: r.err, probes: r.probes, warn: r.warn}
	if len(r.papers) == 1 && r.day == nil {
		e.front = c.frontOf(data, r.papers[0])
	}
	for _, p := range r.papers {
		cp := *p
		cp.Topics = slices.Clone(p.Topics)
		e.papers = append(e.papers, cp)
	}
	if r.day != nil {
		d := *r.day
		e.day = &d
	}
	c.mu.Lock()
	c.entries[path] = e
	c.mu.Unlock()
	return e.front
}

// prune forgets every path not in keep.
func (c *Cache) prune(keep []string) {
	set := make(map[string]bool, len(keep))
	for _, k := range keep {
		set[k] = true
	}
	c.mu.Lock()
	for p := range c.entries {
		if !set[p] {
			delete(c.entries, p)
		}
	}
	c.mu.Unlock()
}

// lineOffset returns the offset of the 1-based line in data (len(data) past the end).
func lineOffset(data []byte, line int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return len(data)
		}
		off += i + 1
	}
	return off
}
