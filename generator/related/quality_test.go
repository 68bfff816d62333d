package related

import (
	"testing"
)

// sharedRate returns how often the listed pairs share a topic, and how
// often two distinct random docs do.
func sharedRate(c corpus, rel [][]int) (listed, random float64) {
	var hits, pairs int
	for i, list := range rel {
		for _, j := range list {
			pairs++
			if c.topics[i]&c.topics[j] != 0 {
				hits++
			}
		}
	}
	// Random pairs: count docs per topic set, then every pair of sets.
	sets := map[uint64]int{}
	for _, t := range c.topics {
		sets[t]++
	}
	var share, all float64
	for a, na := range sets {
		for b, nb := range sets {
			n := float64(na) * float64(nb)
			if a == b {
				n = float64(na) * float64(na-1)
			}
			all += n
			if a&b != 0 {
				share += n
			}
		}
	}
	return float64(hits) / float64(pairs), share / all
}

func TestFindQuality(t *testing.T) {
	tests := []struct {
		name string
		spec corpusSpec
		opts Options
		min  float64 // the least share of related pairs with a common topic
	}{
		{"20 topics", corpusSpec{docs: 2000, topics: 20, topicWords: 60, rareWords: 3000, topical: 0.1, even: true, seed: 1}, Options{}, 0.9},
		{"60 topics", corpusSpec{docs: 4000, topics: 60, topicWords: 100, rareWords: 5000, topical: 0.1, even: true, seed: 2}, Options{}, 0.9},
		{"few terms kept", corpusSpec{docs: 2000, topics: 20, topicWords: 60, rareWords: 3000, topical: 0.1, even: true, seed: 3}, Options{TermsPerDoc: 8}, 0.8},
		// 100 docs per topic: every topical word has more docs than its
		// champion list, as at 100,000 papers with the default limit.
		{"champion lists", corpusSpec{docs: 4000, topics: 40, topicWords: 60, rareWords: 5000, topical: 0.1, even: true, seed: 6}, Options{PostingLimit: 40}, 0.9},
		{"weak topics", corpusSpec{docs: 2000, topics: 20, topicWords: 200, rareWords: 3000, topical: 0.04, even: true, seed: 4}, Options{}, 0.6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := generate(tt.spec)
			for i := range c.docs {
				c.docs[i].Topics = nil // judge the text alone
			}
			rel := Find(c.docs, 5, tt.opts)
			listed, random := sharedRate(c, rel)
			short := 0
			for _, r := range rel {
				if len(r) < 5 {
					short++
				}
			}
			t.Logf("related share a topic %.1f%% of the time, random pairs %.1f%%; %d of %d docs have fewer than 5",
				100*listed, 100*random, short, len(rel))
			if listed < 3*random || listed < tt.min {
				t.Errorf("Find(%d docs, 5, %+v): related pairs share a topic %.3f of the time, want ≥ 3 × %.3f (random) and ≥ %.2f",
					tt.spec.docs, tt.opts, listed, random, tt.min)
			}
			if short > len(rel)/100 {
				t.Errorf("Find(%d docs, 5, %+v): %d docs have fewer than 5 related, want at most 1%%", tt.spec.docs, tt.opts, short)
			}
		})
	}
}

// TestTopicsHelp checks that topic pseudo-terms raise the share of related
// papers with a common topic when the text alone is weak.
func TestTopicsHelp(t *testing.T) {
	spec := corpusSpec{docs: 2000, topics: 20, topicWords: 400, rareWords: 20000, topical: 0.03, even: true, seed: 5}
	c := generate(spec)
	with, _ := sharedRate(c, Find(c.docs, 5, Options{}))
	for i := range c.docs {
		c.docs[i].Topics = nil
	}
	without, _ := sharedRate(c, Find(c.docs, 5, Options{}))
	t.Logf("share a topic: %.1f%% with topics, %.1f%% without", 100*with, 100*without)
	if with <= without {
		t.Errorf("Find with topics shares a topic %.3f of the time, want more than %.3f without", with, without)
	}
}
