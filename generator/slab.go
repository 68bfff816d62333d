package generator

import (
	"html/template"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// slabSize is the size of each of a slab's blocks: large enough that a
// block is an allocation of its own, outside the heap's size classes,
// small enough that a small site's last block wastes little.
const slabSize = 128 << 10

// slab copies the strings a lean build keeps until its end (each paper's
// HTML, and the plain text of its abstract when the HTML does not give it
// back) into large blocks, one after another. Parsing a paper makes many
// short-lived objects as large as those strings; kept among them, the
// strings left the heap's spans of those sizes part used and part free
// after each collection, memory that only objects of the same size could
// use again (35 MB of a 10,000-paper build's 150 MB after the parse). A
// block is freed only when none of its strings is used any more, which,
// in a build whose papers live to its end, is then. A slab is for one
// goroutine.
type slab struct {
	b strings.Builder // the current block; its String shares its bytes
}

// str returns a copy of s in the slab. A string written to a block is
// never written over: the builder only appends, within the room Grow gave
// it, so the strings taken from its String stay as they were.
func (sl *slab) str(s string) string {
	if len(s) == 0 || len(s) > slabSize/4 {
		return strings.Clone(s)
	}
	if sl.b.Cap()-sl.b.Len() < len(s) {
		sl.b = strings.Builder{}
		sl.b.Grow(slabSize)
	}
	at := sl.b.Len()
	sl.b.WriteString(s)
	return sl.b.String()[at:]
}

// keep moves the strings of p that the build keeps into the slab: its
// Content (with Abstract and Notes, the two parts of it), and the texts
// of its AbstractText and Summary that Abstract does not give back (see
// model.Paper.SetTexts). Its Text, which is freed after the search index,
// stays out of the slab, whose blocks it would keep.
func (sl *slab) keep(p *model.Paper) {
	n := len(p.Abstract)
	p.Content = template.HTML(sl.str(string(p.Content)))
	p.Abstract, p.Notes = p.Content[:n], p.Content[n:]
	p.KeepTexts(sl.str)
}
