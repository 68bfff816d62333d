package render

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestMostShared: the n best keys, as sorting every key by count (then by
// the tie order) and taking the first n would give them.
func TestMostShared(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		count := map[string]int{}
		for range r.IntN(40) {
			count[string(rune('a'+r.IntN(26)))+string(rune('a'+r.IntN(26)))] = r.IntN(5)
		}
		n := r.IntN(12)
		want := slices.SortedFunc(maps.Keys(count), func(x, y string) int { return cmp.Or(cmp.Compare(count[y], count[x]), strings.Compare(x, y)) })
		want = want[:min(n, len(want))]
		if got := mostShared(n, count, strings.Compare); !slices.Equal(got, want) {
			t.Fatalf("mostShared(%d, %v) = %v, want %v", n, count, got, want)
		}
	}
}
