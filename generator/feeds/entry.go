package feeds

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// entry is one item of a feed with the dates the feed's own are made of:
// written in the three formats (parts), each as the feed documents hold
// it, so that every feed that lists the item copies the same bytes; or
// not yet written (it), which a one-off build writes into each feed that
// lists it. Its media says whether it has a <media:content>, for which
// its feed declares the Media RSS namespace (mediaNS).
type entry struct {
	published, updated time.Time
	parts              [formats][]byte
	it                 *item
	media              bool
}

// format is one of the three formats of a feed.
type format int

const (
	rssFormat format = iota
	atomFormat
	jsonFormat
	formats = 3
)

// shape says where the items of a format's documents go: its document
// written without items ends with tail, which the items replace, the first
// after first and each other after sep, then close. An RSS or Atom item
// written by an itemEncoder starts with its newline and indentation
// ("\n    <item>…</item>" in RSS, whose items are inside its channel;
// "\n  <entry>…</entry>" in Atom); a JSON Feed item is its object
// indented as the items array holds it.
type shape struct{ tail, first, sep, close string }

var shapes = [formats]shape{
	rssFormat:  {tail: "\n  </channel>\n</rss>\n", close: "\n  </channel>\n</rss>\n"},
	atomFormat: {tail: "\n</feed>\n", close: "\n</feed>\n"},
	jsonFormat: {tail: "[]\n}\n", first: "[\n" + jsonItemIndent, sep: ",\n" + jsonItemIndent, close: "\n  ]\n}\n"},
}

// The indentation of an item in its feed document: RSS <rss><channel><item>,
// Atom <feed><entry>, JSON Feed {"items": [{…}]}.
const (
	rssItemIndent  = "    "
	atomItemIndent = "  "
	jsonItemIndent = "    "
)

// Cache keeps the entries of one indexed site's papers and days between
// the feed builds of a preview server (Emit with the cache, then Showing
// after each quick rebuild), so that a rebuild writes again only the items
// whose content changed and copies the others into their feeds. An entry
// is looked up by its paper or day, which the quick rebuilds change in
// place: they Forget what they changed, and a site indexed again needs a
// new Cache. A Cache is not safe for concurrent use.
type Cache struct {
	papers map[*model.Paper]*entry
	days   map[*model.Day]*entry
	weeks  map[*model.Week]*entry
}

// NewCache returns an empty Cache.
func NewCache() *Cache {
	return &Cache{papers: map[*model.Paper]*entry{}, days: map[*model.Day]*entry{}, weeks: map[*model.Week]*entry{}}
}

// Forget drops the entries of papers and days, whose items the next
// build makes again: each paper whose body, rank or fields changed, and
// each day whose text or list changed or that lists such a paper (its
// item says what the paper's summary does, dayLine), and the entries of
// those days' weeks, whose items list their top papers so.
func (c *Cache) Forget(papers []*model.Paper, days []*model.Day) {
	for _, p := range papers {
		delete(c.papers, p)
	}
	for _, d := range days {
		delete(c.days, d)
		delete(c.weeks, d.Week)
	}
}

// itemEncoder writes items in the three formats, into the buffer out
// (itemEncoder is the writer of its encoders). Each of its XML encoders
// has written one element before, so each element it writes next starts
// on a new line, as in a feed document. It is for one goroutine.
type itemEncoder struct {
	out       *bytes.Buffer
	scratch   bytes.Buffer
	rss, atom *xml.Encoder
	json      *json.Encoder
}

func newItemEncoder() *itemEncoder {
	w := &itemEncoder{}
	w.out = &w.scratch
	w.rss = xml.NewEncoder(w)
	w.rss.Indent(rssItemIndent, "  ")
	w.atom = xml.NewEncoder(w)
	w.atom.Indent(atomItemIndent, "  ")
	for _, e := range []*xml.Encoder{w.rss, w.atom} {
		e.EncodeElement("", xml.StartElement{Name: xml.Name{Local: "first"}}) // to a bytes.Buffer: no error
	}
	w.json = json.NewEncoder(w)
	w.json.SetIndent(jsonItemIndent, "  ")
	return w
}

// Write writes p to the buffer the encoders write into now.
func (w *itemEncoder) Write(p []byte) (int, error) { return w.out.Write(p) }

// write writes it in the format f to out.
func (w *itemEncoder) write(out *bytes.Buffer, b *builder, f format, it *item) error {
	w.out = out
	switch f {
	case rssFormat:
		return w.rss.EncodeElement(b.rssItem(it), xml.StartElement{Name: xml.Name{Local: "item"}})
	case atomFormat:
		return w.atom.EncodeElement(b.atomEntry(it), xml.StartElement{Name: xml.Name{Local: "entry"}})
	}
	if err := w.json.Encode(b.jsonItem(it)); err != nil {
		return err
	}
	out.Truncate(out.Len() - 1) // the newline after each value
	return nil
}

// encode returns the entry of it, written in the three formats.
func (w *itemEncoder) encode(b *builder, it *item) (*entry, error) {
	e := &entry{published: it.published, updated: it.updated, media: it.image != ""}
	for f := range e.parts {
		w.scratch.Reset()
		if err := w.write(&w.scratch, b, format(f), it); err != nil {
			return nil, err
		}
		e.parts[f] = bytes.Clone(w.scratch.Bytes())
	}
	return e, nil
}

// pending returns the entry of it not yet written.
func pending(it *item) *entry {
	return &entry{published: it.published, updated: it.updated, it: it, media: it.image != ""}
}

// mediaNS returns the Media RSS namespace for the root of an RSS or Atom
// feed of items when one of them has a <media:content> (a paper's
// figure), and "" when none has: a feed without pictures, most of a
// site's, keeps the bytes it had before feeds gave figures as Media RSS.
func mediaNS(items []*entry) string {
	for _, e := range items {
		if e.media {
			return nsMedia
		}
	}
	return ""
}

// errShape reports a feed document without items that does not end as
// its shape says: a change of its structs that the items do not follow.
var errShape = errors.New("the feed document does not end where its items go")

// withItems returns head, a document of the format f written without
// items, with items in it: their parts in f, or, for those not yet
// written, the items b writes.
func (b *builder) withItems(head []byte, f format, items []*entry) ([]byte, error) {
	sh := shapes[f]
	if !bytes.HasSuffix(head, []byte(sh.tail)) {
		return nil, errShape
	}
	if len(items) == 0 {
		return head, nil
	}
	n := len(head) + len(sh.close)
	for _, e := range items {
		if e.it != nil {
			n += e.it.size()
		}
		n += len(sh.sep) + len(e.parts[f])
	}
	out := b.docBuffer(f)
	out.Grow(n)
	out.Write(head[:len(head)-len(sh.tail)])
	for i, e := range items {
		if i == 0 {
			out.WriteString(sh.first)
		} else {
			out.WriteString(sh.sep)
		}
		if e.it == nil {
			out.Write(e.parts[f])
		} else if err := b.enc.write(out, b, f, e.it); err != nil {
			return nil, err
		}
	}
	out.WriteString(sh.close)
	return out.Bytes(), nil
}

// docBuffer returns an empty buffer for withItems to write a document of
// the format f into: Emit's one of that format, which each feed's
// document uses again once the one before was emitted, or a new one.
// A 10,000-paper site's feeds took 80 MB of buffers, one per document,
// for 36 MB of files.
func (b *builder) docBuffer(f format) *bytes.Buffer {
	if b.docs == nil {
		return new(bytes.Buffer)
	}
	out := &b.docs[f]
	out.Reset()
	return out
}
