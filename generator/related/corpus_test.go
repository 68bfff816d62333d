package related

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// commonWords is the WORDS list of the benchmark corpus generator
// (../shared/bench/gencorpus.py): words every abstract draws from.
var commonWords = strings.Fields(`we propose a novel method that model models learning training data dataset
benchmark results show demonstrate improve improves performance accuracy efficiency baseline baselines
state-of-the-art approach framework task tasks representation representations latent space attention
layer layers token tokens sequence length context inference compute budget scaling parameters trained
fine-tuned pretrained evaluation across diverse settings including synthetic real-world experiments
ablation study reveals key insight trade-off between quality diversity robustness generalization
distribution shift objective loss function gradient optimization convergence theoretical analysis bound
guarantees empirical evidence suggests simple yet effective strategy outperforms prior work by large
margin while requiring fewer resources memory footprint latency throughput open-source release code
weights further explore limitations future directions this paper introduces we find that surprisingly
modest changes lead substantial gains our analysis highlights the role of data curation alignment
preference feedback reward signal policy agent environment planning reasoning chain intermediate steps
verification retrieval corpus documents queries images videos frames pixels audio speech text multimodal
encoder decoder architecture module component pipeline stage`)

// mathSnippets are inline formulas as gencorpus.py writes them.
var mathSnippets = []string{`$O(n \log n)$`, `$\mathcal{O}(n^2)$`, `$\alpha = 0.5$`, `$x \in \mathbb{R}^d$`,
	`$p_\theta(x \mid z)$`, `$\nabla_\theta \mathcal{L}$`, `$k \ll n$`, `$\epsilon$-greedy`}

// corpusSpec describes a generated archive. Each topic has its own
// vocabulary of pseudo-words; all topics share the common words and a long
// tail of rare pseudo-words, as real abstracts share English and jargon.
type corpusSpec struct {
	docs       int
	topics     int     // at most 64
	topicWords int     // vocabulary size of each topic
	rareWords  int     // the shared long tail
	topical    float64 // share of an abstract's words from its topics (the title has twice as many)
	even       bool    // topics equally popular, instead of falling off like gencorpus.py's
	seed       uint64
}

// corpus is a generated archive and each doc's topics as a bit set.
type corpus struct {
	docs   []Doc
	topics []uint64
}

// syllables build pseudo-words; each ends in a vowel, so no pseudo-word
// is a plural or an English stopword.
var syllables = strings.Fields("ka lo mi nu pe ri so tu va ze bo di fa gu he jo ku la me ni")

// pseudoWord returns the x-th pseudo-word: four syllables, distinct for
// distinct x below 20⁴.
func pseudoWord(x int) string {
	var b strings.Builder
	for range 4 {
		b.WriteString(syllables[x%len(syllables)])
		x /= len(syllables)
	}
	return b.String()
}

// generate builds the archive described by s; the same spec gives the same
// archive.
func generate(s corpusSpec) corpus {
	r := rand.New(rand.NewPCG(s.seed, 0x5eed))
	vocab := make([][]string, s.topics)
	for t := range vocab {
		for j := range s.topicWords {
			vocab[t] = append(vocab[t], pseudoWord(t*s.topicWords+j))
		}
	}
	rare := make([]string, s.rareWords)
	for j := range rare {
		rare[j] = pseudoWord(s.topics*s.topicWords + j)
	}
	// Topic popularity falls off like gencorpus.py's.
	pop := make([]float64, s.topics)
	total := 0.0
	for t := range pop {
		if s.even {
			total++
		} else {
			total += 1 / float64(t+1)
		}
		pop[t] = total
	}
	c := corpus{docs: make([]Doc, s.docs), topics: make([]uint64, s.docs)}
	for i := range c.docs {
		var tops []int
		for n := 1 + r.IntN(3); len(tops) < n; {
			u := r.Float64() * total
			t := 0
			for pop[t] < u {
				t++
			}
			if c.topics[i]&(1<<t) == 0 {
				c.topics[i] |= 1 << t
				tops = append(tops, t)
			}
		}
		word := func(topical float64) string {
			switch u := r.Float64(); {
			case u < topical:
				v := vocab[tops[r.IntN(len(tops))]]
				return v[int(float64(len(v))*pow2(r.Float64()))] // frequent words first
			case u < topical+0.1 && len(rare) > 0:
				return rare[int(float64(len(rare))*pow2(r.Float64()))]
			}
			return commonWords[r.IntN(len(commonWords))]
		}
		title := make([]string, 4+r.IntN(6))
		for j := range title {
			title[j] = word(min(1, 2*s.topical))
		}
		var text strings.Builder
		for target := 120 + r.IntN(131); target > 0; {
			n := min(target, 8+r.IntN(15))
			target -= n
			for j := range n {
				w := word(s.topical)
				switch u := r.Float64(); {
				case j == 0:
					w = strings.ToUpper(w[:1]) + w[1:]
				case u < 0.04:
					w = "**" + w + "**"
				case u < 0.06:
					w = "`" + w + "`"
				case u < 0.08:
					w = mathSnippets[r.IntN(len(mathSnippets))] + " " + w
				}
				if j > 0 {
					text.WriteByte(' ')
				}
				text.WriteString(w)
			}
			text.WriteString(". ")
		}
		c.docs[i] = Doc{
			ID:    fmt.Sprintf("%04d.%05d", 2201+i/20000, i%20000),
			Title: strings.Join(title, " "),
			Text:  text.String(),
		}
		for _, t := range tops {
			c.docs[i].Topics = append(c.docs[i].Topics, fmt.Sprintf("topic-%d", t))
		}
	}
	return c
}

// pow2 skews a uniform u in [0, 1) towards 0.
func pow2(u float64) float64 { return u * u }
