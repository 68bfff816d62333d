package markdown

import (
	"cmp"
	"slices"
)

// lineIndex gives the 1-based line of a byte offset of one source. It
// finds the source's line ends once, when first asked, so that a source
// with thousands of findings (a pasted page of links, tags or
// shortcodes) is not counted through from its start for each of them.
type lineIndex struct {
	src  []byte
	ends []int // the offset of every '\n' in src, once found
	made bool
}

// line is the 1-based line of the source that byte offset at is on.
func (ix *lineIndex) line(at int) int {
	if !ix.made {
		for i, c := range ix.src {
			if c == '\n' {
				ix.ends = append(ix.ends, i)
			}
		}
		ix.made = true
	}
	before, _ := slices.BinarySearch(ix.ends, at) // the line ends before at
	return 1 + before
}

// bounds returns the offsets where the line of offset at starts and where
// it ends (its '\n', or the source's end), found without reading the
// line: a line of thousands of findings is not read through for each.
func (ix *lineIndex) bounds(at int) (start, end int) {
	n := ix.line(at) - 1 // the line's index in ends
	if n > 0 {
		start = ix.ends[n-1] + 1
	}
	if end = len(ix.src); n < len(ix.ends) {
		end = ix.ends[n]
	}
	return start, end
}

// ranges are byte ranges [start, end) of a source, sorted and disjoint
// (see newRanges), so that contains is a binary search: the shortcode
// checks ask it of every match, and a source may hold thousands of both.
type ranges [][2]int

// newRanges returns rs sorted by start, overlapping ones merged.
func newRanges(rs [][2]int) ranges {
	slices.SortFunc(rs, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	var out ranges
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// contains reports whether the byte offset i is in one of the ranges.
func (rs ranges) contains(i int) bool {
	// The first range that starts after i; the one before it is the only
	// one that may hold i.
	k, _ := slices.BinarySearchFunc(rs, i, func(r [2]int, i int) int {
		if r[0] <= i {
			return -1
		}
		return 1
	})
	return k > 0 && i < rs[k-1][1]
}
