package render

import (
	"maps"
	"slices"
	"strings"
	"sync"

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

// perAuthor returns f remembering its result for each count and author: a
// renderer's template functions "coauthors" and "authorTopics" count an
// author's papers once, not again on each page of theirs. At 100,000
// generated papers, counting for every page took 12 of the build's 128
// CPU-seconds, the prolific authors having hundreds of pages of thousands
// of papers. The counts depend only on the papers' authors and topics: a
// build makes a new renderer, and serve's quick rebuild, which keeps it,
// forgets what it remembered of the authors whose papers changed
// (Reauthored); no other quick rebuild changes a paper's authors or
// topics.
func perAuthor[T any](f func(int, *model.Author) []T) *remembered[T] {
	return &remembered[T]{f: f, seen: map[rememberedKey][]T{}}
}

// remembered is f's results by count and author (see perAuthor).
type remembered[T any] struct {
	f    func(int, *model.Author) []T
	mu   sync.Mutex
	seen map[rememberedKey][]T
}

// rememberedKey is what remembered holds a result under.
type rememberedKey struct {
	n int
	a *model.Author
}

// get returns f(n, a), counted once.
func (r *remembered[T]) get(n int, a *model.Author) []T {
	k := rememberedKey{n, a}
	r.mu.Lock()
	v, ok := r.seen[k]
	r.mu.Unlock()
	if !ok {
		v = r.f(n, a)
		r.mu.Lock()
		r.seen[k] = v
		r.mu.Unlock()
	}
	return v
}

// forget drops the results of the authors.
func (r *remembered[T]) forget(authors map[*model.Author]bool) {
	r.mu.Lock()
	maps.DeleteFunc(r.seen, func(k rememberedKey, _ []T) bool { return authors[k.a] })
	r.mu.Unlock()
}

// mostShared returns at most the n keys of count with the highest counts,
// ties in the order tie gives. It keeps the n best as it goes rather than
// sorting every key: a prolific author of a large archive has thousands of
// co-authors, and sorting them all for each page of theirs took 11 of a
// 100,000-paper build's 165 CPU-seconds.
func mostShared[T comparable](n int, count map[T]int, tie func(x, y T) int) []T {
	type counted struct {
		key T
		n   int
	}
	before := func(x, y counted) bool { return x.n > y.n || x.n == y.n && tie(x.key, y.key) < 0 }
	best := make([]counted, 0, min(n, len(count))+1)
	for k, c := range count {
		e := counted{k, c}
		if len(best) == n && (n == 0 || !before(e, best[n-1])) {
			continue
		}
		i, _ := slices.BinarySearchFunc(best, e, func(x, e counted) int {
			if before(x, e) {
				return -1
			}
			return 1
		})
		best = slices.Insert(best, i, e)
		best = best[:min(len(best), n)]
	}
	keys := make([]T, len(best))
	for i, e := range best {
		keys[i] = e.key
	}
	return keys
}
