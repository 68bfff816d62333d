package generator

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// topicTypos are the build's warnings about topics that look misspelt: a
// topic that site.yaml does not define and only one paper writes, whose
// slug is a likely typo (nearTopic) of a topic site.yaml defines (or a
// former slug of one) or of a topic that more papers write, or of another
// such topic of one paper (told at the second; a topic one paper writes
// twice, Robotics and robotics, is one). Such a topic
// builds, since a curator may start a topic in one paper, but a typo
// (`reasonign` for `reasoning`) would otherwise make a page and feeds of
// its own without a word, and take the paper off the topic meant. Papers
// are read as parsed, before the index adds keyword topics, so only what
// a curator wrote is named.
func topicTypos(cfg *model.Config, papers []*model.Paper) []Problem {
	meant := map[string]string{} // a defined slug or alias → the topic's slug
	for _, t := range cfg.Topics {
		meant[t.Slug] = t.Slug
		for _, a := range t.Aliases {
			meant[a] = t.Slug
		}
	}
	// Before the index adds keyword topics, a paper's Topics are the
	// slugs of its TopicNames, each once, as parse wrote them.
	writers := map[string]int{} // slug → papers that write it
	for _, p := range papers {
		for _, s := range p.Topics {
			writers[s]++
		}
	}
	lone := func(s string) bool { return writers[s] == 1 && meant[s] == "" }
	candidates := slices.Sorted(maps.Keys(meant))
	for s, n := range writers {
		if n > 1 && meant[s] == "" {
			candidates = append(candidates, s)
		}
	}
	slices.Sort(candidates) // of candidates as near, Nearest takes the first
	var out []Problem
	type place struct {
		name, at string // as written, and path:line
		path     string
		line     int
	}
	seen := map[string]place{} // the lone topics of the papers before, by slug
	var seenSlugs []string     // seen's keys, sorted: of slugs as near, Nearest takes the first
	for _, p := range papers { // in papers' order, so the warnings' order is stable
		if !slices.ContainsFunc(p.Topics, lone) {
			continue // most papers: no name of theirs to slugify again
		}
		for _, n := range p.TopicNames {
			s := slug.Make(tex.SlugText(n.Name))
			if !lone(s) {
				continue
			}
			near := nearTopic(s, candidates)
			if near == "" {
				i, again := slices.BinarySearch(seenSlugs, s)
				if again {
					continue // the same topic, written twice (Robotics, robotics)
				}
				// Two papers, each with its own spelling of one topic
				// (reasoning, reasonign): told at the second.
				if other := nearTopic(s, seenSlugs); other != "" {
					writers[s] = 0
					msg := fmt.Sprintf("topic %q and the topic %q of %s are each written by one paper and site.yaml defines neither, and one looks a typo of the other; if they are one topic, write it the same in both papers; if they are two, define both under `topics:` in site.yaml",
						n.Name, seen[other].name, seen[other].at)
					if seen[other].path == p.Source { // LLM and LLMs, both in this paper's topics
						msg = fmt.Sprintf("topic %q and the topic %q at line %d are written by this paper alone and site.yaml defines neither, and one looks a typo of the other; if they are one topic, keep one of the two; if they are two, define both under `topics:` in site.yaml",
							n.Name, seen[other].name, seen[other].line)
					}
					out = append(out, Problem{Kind: "source", Path: p.Source, Line: n.Line, Msg: msg})
					continue
				}
				seen[s] = place{n.Name, fmt.Sprintf("%s:%d", p.Source, n.Line), p.Source, n.Line}
				seenSlugs = slices.Insert(seenSlugs, i, s)
				continue
			}
			writers[s] = 0 // named once, at its first line, however often the paper writes it
			out = append(out, Problem{Kind: "source", Path: p.Source, Line: n.Line, Msg: fmt.Sprintf(
				"topic %q is written by no other paper and site.yaml does not define it, so it makes a topic page of its own; if you meant the topic %q, write that; if it is a new topic, add it under `topics:` in site.yaml",
				n.Name, cmp.Or(meant[near], near))})
		}
	}
	return out
}

// nearTopic is diag.Nearest of the topic slug s among candidates but those
// that differ from it in a whole word (wordApart): gene-therapy and
// cell-therapy, drug-discovery and drug-delivery are two topics, which
// a third of the slug's length in edits took for typos of each other.
func nearTopic(s string, candidates []string) string {
	return diag.Nearest(s, slices.DeleteFunc(slices.Clone(candidates), func(c string) bool { return wordApart(s, c) }))
}

// wordApart reports whether the slugs a and b have as many words (between
// hyphens) and one of them is another word than its own, not a typo of
// it: more edits apart than diag.Nearest allows the longer of the two
// (gene and cell, discovery and delivery; not therapy and therapies,
// reasoning and reasonign), or either of at most two letters (2d and 3d,
// cv and ml), an abbreviation of its own. Slugs of other numbers of
// words (multi-modal, multimodal) are compared whole.
func wordApart(a, b string) bool {
	wa, wb := strings.Split(a, "-"), strings.Split(b, "-")
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] == wb[i] {
			continue
		}
		long := max(utf8.RuneCountInString(wa[i]), utf8.RuneCountInString(wb[i]))
		if long <= 2 || diag.Distance(wa[i], wb[i]) > max(1, long/3) {
			return true
		}
	}
	return false
}
