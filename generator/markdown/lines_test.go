package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestLineIndex: the line of every offset is one more than the line ends
// before it, as counting them from the start says.
func TestLineIndex(t *testing.T) {
	for _, src := range []string{"", "a", "\n", "a\nb", "a\n\nb\n", "\n\n\n"} {
		ix := lineIndex{src: []byte(src)}
		for at := 0; at <= len(src); at++ {
			if got, want := ix.line(at), 1+strings.Count(src[:at], "\n"); got != want {
				t.Errorf("line(%q, %d) = %d, want %d", src, at, got, want)
			}
		}
	}
}

// TestRanges: an offset is in the ranges when it is in one of them as
// written, overlapping, nested, touching or empty.
func TestRanges(t *testing.T) {
	for _, rs := range [][][2]int{nil, {{2, 4}}, {{6, 9}, {0, 2}}, {{0, 5}, {1, 2}, {4, 8}}, {{3, 3}, {3, 5}, {5, 7}}, {{1, 1}}, {{5, 6}, {2, 3}, {2, 9}}} {
		written := fmt.Sprint(rs)
		merged := newRanges(append([][2]int(nil), rs...))
		for i := -1; i <= 10; i++ {
			want := false
			for _, r := range rs {
				want = want || r[0] <= i && i < r[1]
			}
			if got := merged.contains(i); got != want {
				t.Errorf("ranges %s contain %d = %v, want %v", written, i, got, want)
			}
		}
	}
}

// TestChecksLinear: a source of a size site.yaml's limits allow, holding
// thousands of what a check reports, a link finds its line for or a
// heading takes an id for, is checked and rendered in linear time (each
// of these took minutes when every finding counted the lines from the
// start, looked through every code span, copied the rest of the source
// or looked through all the links before it).
func TestChecksLinear(t *testing.T) {
	r := New(Options{MathProblem: func(string) string { return "" }})
	tests := []struct {
		unit  string
		n     int                  // enough for minutes when quadratic
		found func(src []byte) int // what a check (or Links, Images) finds in the source
	}{
		{"# a\n", 20000, func(src []byte) int { return len(r.Check(string(src), "").Warnings) }},
		{"## A\n", 20000, func(src []byte) int {
			res, _ := r.Render(src)
			return bytes.Count(res.HTML, []byte(`id="a-`)) + 1
		}},
		{"[](a)", 60000, func(src []byte) int { return len(r.Links(src)) }},
		{"![](a)", 60000, func(src []byte) int { return len(r.Images(src, func(p string) string { return "/papers/" + p })) }},
		{"`a`{{<x>}}\n", 100000, func(src []byte) int { return len(r.Check(string(src), "").Shortcodes) }},
		{"{{< x\n", 20000, func(src []byte) int { return len(r.Check(string(src), "").Shortcodes) }},
		{"`a` {% raw %}\n", 20000, func(src []byte) int { return len(r.Check(string(src), "").Shortcodes) }},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSpace(tt.unit), func(t *testing.T) {
			src := bytes.Repeat([]byte(tt.unit), tt.n)
			if got := tt.found(src); got != tt.n {
				t.Errorf("%d × %q: found %d, want %d", tt.n, tt.unit, got, tt.n)
			}
		})
	}
}
