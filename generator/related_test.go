package generator

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRelatedSharesTopics checks the related lists of the sample site: a
// paper's related papers share a topic with it more often than random
// papers do.
func TestRelatedSharesTopics(t *testing.T) {
	res := buildSample(t)
	papers := res.Site.Papers
	shares := func(a, b []string) bool {
		for _, x := range a {
			if slices.Contains(b, x) {
				return true
			}
		}
		return false
	}
	var hit, total, rhit, rtotal int
	r := rand.New(rand.NewPCG(1, 2))
	for _, p := range papers {
		if len(p.Related) > relatedCount {
			t.Fatalf("%s lists %d related papers", p.ID, len(p.Related))
		}
		for _, q := range p.Related {
			if q == p {
				t.Fatalf("%s is related to itself", p.ID)
			}
			total++
			if shares(p.Topics, q.Topics) {
				hit++
			}
			o := papers[r.IntN(len(papers))]
			for o == p {
				o = papers[r.IntN(len(papers))]
			}
			rtotal++
			if shares(p.Topics, o.Topics) {
				rhit++
			}
		}
	}
	if total == 0 {
		t.Fatal("no related papers at all")
	}
	got, random := float64(hit)/float64(total), float64(rhit)/float64(rtotal)
	t.Logf("related share a topic %.0f%% of the time, random papers %.0f%%", 100*got, 100*random)
	if got <= random*1.2 {
		t.Errorf("related papers share a topic %.2f of the time, random ones %.2f", got, random)
	}
}
