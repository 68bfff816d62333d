package render

import (
	"cmp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// coauthorsMaxAuthors is the most authors a paper may have and count
// towards its authors' co-authors: a collaboration's thousands of names
// are not the people one works with, and counting them would cost each of
// the collaboration's thousands of pages every other name.
const coauthorsMaxAuthors = 50

// coauthors returns at most the n authors who share the most papers with
// the author a (then in slug order), counting papers of at most
// coauthorsMaxAuthors authors: who a reader of the author's page looks
// for next.
func coauthors(n int, a *model.Author) []*model.Author {
	shared := map[*model.Author]int{}
	for _, p := range a.Papers {
		if len(p.AuthorRefs) > coauthorsMaxAuthors {
			continue
		}
		for _, b := range p.AuthorRefs {
			if b != a {
				shared[b]++
			}
		}
	}
	return mostShared(n, shared, func(x, y *model.Author) int { return strings.Compare(x.Slug, y.Slug) })
}

// authorTopics returns at most the n topics most of the author a's papers
// are on (then in slug order): what they work on, at a glance.
func authorTopics(n int, a *model.Author) []*model.Topic {
	count := map[*model.Topic]int{}
	for _, p := range a.Papers {
		for _, t := range p.TopicRefs {
			count[t]++
		}
	}
	return mostShared(n, count, func(x, y *model.Topic) int { return strings.Compare(x.Slug, y.Slug) })
}

// mostShared returns at most the n keys of count with the highest counts,
// ties in the order tie gives.
func mostShared[T comparable](n int, count map[T]int, tie func(x, y T) int) []T {
	keys := make([]T, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y T) int { return cmp.Or(cmp.Compare(count[y], count[x]), tie(x, y)) })
	return keys[:min(n, len(keys))]
}
