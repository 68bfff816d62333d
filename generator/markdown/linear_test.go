package markdown

import (
	"runtime"
	"strings"
	"testing"
)

// linearBodies are bodies of one construct repeated that some check took
// time in the square of the body's size for, each warning (or match)
// reading the rest of the body again: footnote references without a note,
// words broken at lines' ends, $ and \( math never closed, $$…$$ inside a
// line and links whose address no ) closes.
var linearBodies = []struct{ name, unit string }{
	{"footnotes", "[^1] "},
	{"notes cited nowhere", "[^a]: x\n"},
	{"broken words", "Trans-\nformer "},
	{"dollars", `$\alpha `},
	{"parentheses", `\( x `},
	{"brackets", "\\[x\n"},
	{"display math in a line", "$$x$$ "},
	{"open links", "[a](http://x "},
}

// allocatedBy returns the bytes f allocates.
func allocatedBy(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestChecksAllocateLinearly: the memory Check allocates for a body four
// times as long is about four times as much, not sixteen: a check that
// copies or splits the rest of the body for each warning (strings.Fields,
// strings.ToLower of it all) grows with the square of its size. (Memory
// rather than time: a test does not assert on time.)
func TestChecksAllocateLinearly(t *testing.T) {
	r := New(Options{})
	for _, b := range linearBodies {
		t.Run(b.name, func(t *testing.T) {
			small, large := strings.Repeat(b.unit, 1000), strings.Repeat(b.unit, 4000)
			r.Check(small, small) // warm up
			n, n4 := allocatedBy(func() { r.Check(small, small) }), allocatedBy(func() { r.Check(large, large) })
			if n4 > 8*n+1<<16 { // 64 KiB for the runtime's own allocations
				t.Errorf("Check allocates %d bytes for %d bytes of body, %d for four times as much: %.1f times", n, len(small), n4, float64(n4)/float64(n))
			}
		})
	}
}

// TestVerbatimWalkedOnce: the checks that ask for the verbatim ranges at
// each match (a footnote reference) walk the tree for them once, not once
// a match, even when there are none to find.
func TestVerbatimWalkedOnce(t *testing.T) {
	r := New(Options{})
	for _, b := range linearBodies {
		t.Run(b.name, func(t *testing.T) {
			s := r.source([]byte(strings.Repeat(b.unit, 100)))
			s.undefinedFootnotes()
			s.unclosedMath()
			s.unlinked()
			if s.verbatimWalks > 1 {
				t.Errorf("the tree was walked %d times for verbatim ranges, want once", s.verbatimWalks)
			}
		})
	}
}

// BenchmarkCheckHostile runs every check on a body of 4000 of each of
// linearBodies' units: its time per byte should not grow with the size.
func BenchmarkCheckHostile(b *testing.B) {
	r := New(Options{})
	for _, body := range linearBodies {
		b.Run(body.name, func(b *testing.B) {
			src := strings.Repeat(body.unit, 4000)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				r.Check(src, src)
			}
		})
	}
}
