package index

import (
	"cmp"
	"iter"
	"maps"
	"strings"
)

// chosenNames are the names site.yaml's authorNames: or organizationNames:
// (renames) shows: the curator's spellings, which preferred puts first.
func chosenNames(renames map[string]string) map[string]bool {
	chosen := make(map[string]bool, len(renames))
	for _, to := range renames {
		chosen[to] = true
	}
	return chosen
}

// preferred is the spelling shown for one author or organization of
// those its papers give (names): the first in the order better gives
// (negative when a goes before b; a total order), of those the curator
// chose (in chosen, from chosenNames) when any is there, else of all; ""
// for none. A curator's spelling goes first, since imports write a
// source's spelling again on every paper, and must never outvote it.
func preferred(names iter.Seq[string], chosen map[string]bool, better func(a, b string) int) string {
	best, found := "", false
	for n := range names {
		if !found || chosen[n] && !chosen[best] || chosen[n] == chosen[best] && better(n, best) < 0 {
			best, found = n, true
		}
	}
	return best
}

// mostGiven is the value of counts given most often, the first in byte
// order of those tied, preferring those in chosen (see preferred); ""
// for none.
func mostGiven(counts map[string]int, chosen map[string]bool) string {
	return preferred(maps.Keys(counts), chosen, func(a, b string) int {
		return cmp.Or(cmp.Compare(counts[b], counts[a]), strings.Compare(a, b))
	})
}
