package generator

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"regexp"
	"slices"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
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
	sum := c.configHash(data, labels)
	c.mu.Lock()
	if sum != c.config {
		c.config = sum
		clear(c.entries)
	}
	c.mu.Unlock()
	return sum
}

// configHash returns the hash of the site.yaml data and the labels that
// useConfig keeps, changing nothing.
func (c *Cache) configHash(data []byte, labels markdown.Labels) uint64 {
	var h maphash.Hash
	h.SetSeed(c.seed)
	h.Write(data)
	for _, l := range []string{labels.Equation, labels.Table, labels.Footnote, labels.Backlink} {
		h.WriteString("\x00" + l)
	}
	return h.Sum64()
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
	sum := c.sum(data)
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

// sum returns the hash of a file's bytes, data, as the Cache keeps it.
func (c *Cache) sum(data []byte) uint64 { return maphash.Bytes(c.seed, data) }

// front identifies a paper file's front matter: the hash of the bytes
// before its body, and the hash of those bytes without its loose lines,
// so that Live can tell an edit of a title, an AI summary, a figure,
// the dates of its versions, counts, a plain field (model.PlainKeys:
// code:, journal: …) or its organization from one of anything else the
// front matter says. A loose line is the line of the title:,
// ai_summary:, image:, published:, updated:, upvotes:, comments:,
// stars:, organization: or plain field's key that the
// parse found (never a line inside another value that only reads like
// one), when it holds the value alone: a one-line scalar for the title,
// the summary, the figure, a date, the organization and a plain field,
// digits for a count (the lines an import's refresh rewrites). A plain
// field's value may also go on over the indented lines after its key (a
// block scalar, tldr: >-, or a plain or quoted scalar that goes on),
// which are then loose too (see looseLines), and so are its keywords:
// and authors: written as a list of one-line scalars (authors hashes
// the lines of the latter alone, and organization the line of the
// organization:, which Live tells apart). Such lines
// can change, come or go without changing how any other line reads, so
// two front matters with the same loose hash say the same but for those
// fields (the lines after one that came or went are numbered anew); placed hashes the other lines with their
// numbers, so that two fronts with the same placed hash have each of
// them on the same line.
type front struct {
	all, loose, placed uint64
	authors            uint64 // its authors: key's lines, when loose
	organization       uint64 // its organization: line, when loose
}

// frontOf returns the front of a paper file's bytes, data, which its parse
// p is of.
func (c *Cache) frontOf(data []byte, p *model.Paper) front {
	head := data[:lineOffset(data, p.BodyLine)]
	f := front{all: maphash.Bytes(c.seed, head)}
	var h, placed, authors, org maphash.Hash
	h.SetSeed(c.seed)
	placed.SetSeed(c.seed)
	authors.SetSeed(c.seed)
	org.SetSeed(c.seed)
	for line, start := 1, 0; start < len(head); line++ {
		if n, end := looseLines(head, start, line, p); n > 0 {
			switch {
			case bytes.HasPrefix(head[start:], []byte("authors:")):
				authors.Write(head[start:end])
			case line == p.OrganizationLine:
				org.Write(head[start:end])
			}
			line, start = line+n-1, end
			continue
		}
		end := lineEnd(head, start)
		h.Write(head[start:end])
		placed.Write(binary.LittleEndian.AppendUint32(nil, uint32(line)))
		placed.Write(head[start:end])
		start = end
	}
	f.loose, f.placed, f.authors, f.organization = h.Sum64(), placed.Sum64(), authors.Sum64(), org.Sum64()
	return f
}

// lineEnd returns the offset in data just past the line that starts at
// start: past its newline, or len(data).
func lineEnd(data []byte, start int) int {
	if i := bytes.IndexByte(data[start:], '\n'); i >= 0 {
		return start + i + 1
	}
	return len(data)
}

// looseLines returns how many lines of the front matter head, from the
// one at offset start (the file's 1-based line), are a loose value of the
// paper p (see front), and the offset just past them; 0 when that line
// starts none. The value is the line of its title:, ai_summary:, image:,
// published:, updated:, organization: or a key of model.PlainKeys with
// a one-line scalar, of a count written as digits, of a plain key whose
// scalar goes on over the indented (or blank) lines after it, up to the
// last indented one (multiLineScalar), or of its keywords: or authors:
// as a list of one-line scalars, in brackets on its line or an item a
// line below it (scalarList).
func looseLines(head []byte, start, line int, p *model.Paper) (n, end int) {
	key, kind := looseKey(line, p)
	if key == "" {
		return 0, 0
	}
	first := lineEnd(head, start)
	v, ok := bytes.CutPrefix(head[start:first], []byte(key+":"))
	if !ok {
		return 0, 0
	}
	n, end = 1, first
	for l, s := 2, first; s < len(head); l++ {
		e := lineEnd(head, s)
		next := head[s:e]
		s = e
		if len(bytes.TrimSpace(next)) == 0 {
			continue // a blank line, the value's if an indented line follows
		}
		if next[0] != ' ' && next[0] != '\t' {
			break // a line of its own: the value ended before it
		}
		n, end = l, e
	}
	switch {
	case kind == looseList && scalarList(head[start+len(key)+1:end]):
		return n, end
	case n > 1 && kind == loosePlain && multiLineScalar(head[start+len(key)+1:end]):
		return n, end
	case n > 1 || kind == looseList:
		return 0, 0
	case kind == looseCount:
		if i := bytes.Index(v, []byte(" #")); i >= 0 {
			v = v[:i] // a comment
		}
		if digits(bytes.TrimSpace(v)) {
			return 1, end
		}
	case oneLineScalar(bytes.TrimSpace(v)):
		return 1, end
	}
	return 0, 0
}

// looseKind is what a loose value may be written as (see looseLines).
type looseKind int

const (
	looseScalar looseKind = iota // a one-line scalar
	looseCount                   // digits
	loosePlain                   // a scalar on its line or over the indented lines after it
	looseList                    // a list of one-line scalars
)

// looseKey returns the key whose value may be loose at the front
// matter's line (the 1-based line of the file) of the paper p, and what
// that value may be written as: its title:, ai_summary:, image:,
// published:, updated:, organization: (a one-line scalar), a count, a key of
// model.PlainKeys, keywords: or authors:; "" when none is there.
func looseKey(line int, p *model.Paper) (string, looseKind) {
	switch line {
	case 0:
		return "", looseScalar
	case p.TitleLine:
		return "title", looseScalar
	case p.AISummaryLine:
		return "ai_summary", looseScalar
	case p.ImageLine:
		return "image", looseScalar
	case p.OrganizationLine:
		return "organization", looseScalar
	case p.KeywordsLine:
		return "keywords", looseList
	case p.CountLines[0], p.CountLines[1], p.CountLines[2]:
		return countKeys[slices.Index(p.CountLines[:], line)], looseCount
	case p.VersionLines[0], p.VersionLines[1]:
		return versionKeys[slices.Index(p.VersionLines[:], line)], looseScalar
	}
	if i := slices.Index(p.PlainLines[:], line); i >= 0 {
		return model.PlainKeys[i], loosePlain
	}
	// Its authors: in brackets on the line of the first, or above the
	// line of the first item (looseLines checks the key is there).
	if len(p.AuthorLines) > 0 && (line == p.AuthorLines[0] || line == p.AuthorLines[0]-1) {
		return "authors", looseList
	}
	return "", looseScalar
}

// countKeys are the keys of a paper's CountLines, and versionKeys of
// its VersionLines.
var (
	countKeys   = [3]string{"upvotes", "comments", "stars"}
	versionKeys = [2]string{"published", "updated"}
)

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

// blockHeader is a block scalar's header alone: | or >, its chomping and
// indentation indicators, and a comment.
var blockHeader = regexp.MustCompile(`^[|>]([1-9][+-]?|[+-][1-9]?)?([ \t]+#.*)?$`)

// multiLineScalar reports whether v, a YAML value as written after its
// key and over the indented lines after it (the lines after those being
// of the front matter's own keys, which the caller checks), is a scalar
// that starts on the key's line and ends on those lines: a block scalar
// (| or >, whose header holds no anchor or tag), a quoted scalar that
// closes there, or a plain one. Such lines can change without changing
// how any other line reads.
func multiLineScalar(v []byte) bool {
	head, _, _ := bytes.Cut(v, []byte("\n"))
	head, v = bytes.TrimSpace(head), bytes.TrimSpace(v)
	if len(head) == 0 {
		return false // a value on the next lines, which may start with an anchor
	}
	switch q := v[0]; q {
	case '|', '>':
		return blockHeader.Match(head)
	case '"', '\'':
		end := parse.QuoteEnd(string(v[1:]), q)
		if end < 0 {
			return false
		}
		rest := bytes.TrimSpace(v[end+2:])
		return len(rest) == 0 || rest[0] == '#' && !bytes.ContainsRune(rest, '\n')
	case '[', '{', '*', '&', '!', '%', '@', '`', '#', '-', '?', ':':
		return false
	}
	return true
}

// scalarList reports whether v, a YAML value as written after its key
// and over the indented lines after it (the lines after those being of
// the front matter's own keys, which the caller checks), is a list of
// one-line scalars (oneLineScalar): in brackets on the key's line alone
// (flowList), or an item on each indented line ("- word"), the key's
// line holding none or a comment. Such lines can change without changing
// how any other line reads.
func scalarList(v []byte) bool {
	head, rest, _ := bytes.Cut(v, []byte("\n"))
	if head = bytes.TrimSpace(head); len(head) > 0 && head[0] != '#' {
		return len(bytes.TrimSpace(rest)) == 0 && flowList(head)
	}
	items := 0
	for line := range bytes.Lines(rest) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		item, ok := bytes.CutPrefix(line, []byte("- "))
		if item = bytes.TrimSpace(item); !ok || !listItem(item, false) {
			return false
		}
		items++
	}
	return items > 0
}

// flowList reports whether v, a value written on its key's line, is a
// list of one-line scalars in brackets ([a, "b, c"]), maybe followed by
// a comment.
func flowList(v []byte) bool {
	v, ok := bytes.CutPrefix(v, []byte("["))
	for v = bytes.TrimSpace(v); ok && len(v) > 0 && v[0] != ']'; v = bytes.TrimSpace(v) {
		var item []byte
		if q := v[0]; q == '"' || q == '\'' {
			end := parse.QuoteEnd(string(v[1:]), q)
			if end < 0 {
				return false
			}
			item, v = v[:end+2], v[end+2:]
		} else if i := bytes.IndexAny(v, ",]"); i >= 0 {
			item, v = bytes.TrimSpace(v[:i]), v[i:]
		} else {
			return false
		}
		if !listItem(item, true) {
			return false
		}
		if v = bytes.TrimSpace(v); len(v) > 0 && v[0] == ',' {
			v = v[1:]
		}
	}
	if !ok || len(v) == 0 {
		return false
	}
	rest := v[1:]
	comment := bytes.TrimSpace(rest)
	return len(comment) == 0 || rest[0] == ' ' && comment[0] == '#'
}

// listItem reports whether item, an item of a list as written (in
// brackets: flow), is a one-line scalar that no reading takes for a
// mapping, another list or a comment.
func listItem(item []byte, flow bool) bool {
	if !oneLineScalar(item) {
		return false
	}
	if q := item[0]; q == '"' || q == '\'' {
		return true
	}
	return !bytes.ContainsAny(item[:1], "-?:#") && !bytes.Contains(item, []byte(": ")) && !bytes.HasSuffix(item, []byte(":")) &&
		!(flow && bytes.ContainsAny(item, "[]{}#"))
}

// put stores the parse of path (whose bytes are data), taken before
// indexing, and returns its front matter's front when it is a paper file
// (the zero front otherwise), of its lines as the parse read them (a
// lone CR ends one too).
func (c *Cache) put(path string, data []byte, sum uint64, r parsed) front {
	e := cacheEntry{sum: sum, err: r.err, probes: r.probes, warn: r.warn}
	if len(r.papers) == 1 && r.day == nil {
		e.front = c.frontOf(diag.Normalize(data), r.papers[0])
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
	for l := 1; l < line && off < len(data); l++ {
		off = lineEnd(data, off)
	}
	return off
}
