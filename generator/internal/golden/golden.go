// Package golden helps the project's golden-file tests say where an output
// left its golden file.
package golden

import (
	"fmt"
	"strings"
)

// Diff describes the first line where got differs from want, or returns ""
// when they are equal: its number, the byte where the two first differ, and
// an excerpt of each line around that byte (lines of HTML can be long).
func Diff(got, want string) string {
	if got == want {
		return ""
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl == wl && i < len(g) && i < len(w) {
			continue
		}
		col := 0
		for col < min(len(gl), len(wl)) && gl[col] == wl[col] {
			col++
		}
		excerpt := func(s string) string {
			from, to := max(0, col-60), min(len(s), col+100)
			return fmt.Sprintf("%q", s[from:to])
		}
		return fmt.Sprintf("line %d, byte %d:\n got  %s\n want %s", i+1, col+1, excerpt(gl), excerpt(wl))
	}
	return "(same lines)"
}
