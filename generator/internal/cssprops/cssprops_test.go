package cssprops

import (
	"slices"
	"testing"
)

func TestKnown(t *testing.T) {
	for name, want := range map[string]bool{
		"color": true, "background-color": true, "Font-Weight": true, "src": true, "inherits": true,
		"text-wrap": true, "--accent": true, "-webkit-line-clamp": true, "-moz-osx-font-smoothing": true,
		"colr": false, "backgroud-color": false, "font-wieght": false, "": false,
	} {
		if got := Known(name); got != want {
			t.Errorf("Known(%q) = %v, want %v", name, got, want)
		}
	}
	if n := Names(); len(n) < 500 || !slices.IsSorted(n) || slices.ContainsFunc(n, func(s string) bool { return s[0] == '-' || s[0] == '#' }) {
		t.Errorf("Names() = %d names, want hundreds, sorted, none with a prefix or a comment", len(n))
	}
}
