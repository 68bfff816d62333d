// Package cssprops knows the names of CSS properties: the list that
// stylelint checks stylesheets against (properties.txt, from the npm
// package known-css-properties), without vendor prefixes.
package cssprops

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:embed properties.txt
var list string

// names are the property names, sorted, read once.
var names = sync.OnceValue(func() []string {
	var out []string
	for line := range strings.Lines(list) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
})

// Names returns the known property names, sorted, without vendor prefixes.
func Names() []string { return slices.Clone(names()) }

// Known reports whether name, in any letter case, is a property browsers
// know, or one they may: a custom property (--accent) or a vendor's
// (-webkit-line-clamp, -moz-…), which the list leaves out.
func Known(name string) bool {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "-") {
		return true
	}
	_, ok := slices.BinarySearch(names(), name)
	return ok
}
