package render

import (
	"cmp"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
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

// TestCountedOncePerAuthor: the theme's "coauthors" and "authorTopics"
// count an author's papers once and give each of their pages the same
// result, and count again for another author or another n.
func TestCountedOncePerAuthor(t *testing.T) {
	ml := &model.Topic{Slug: "ml"}
	a, b, c := &model.Author{Slug: "a"}, &model.Author{Slug: "b"}, &model.Author{Slug: "c"}
	for _, p := range []*model.Paper{
		{AuthorRefs: []*model.Author{a, b}, TopicRefs: []*model.Topic{ml}},
		{AuthorRefs: []*model.Author{a, b, c}, TopicRefs: []*model.Topic{ml}},
	} {
		for _, x := range p.AuthorRefs {
			x.Papers = append(x.Papers, p)
		}
	}
	fm := funcMap(links{cfg: testConfig()}, english)
	co := fm["coauthors"].(func(int, *model.Author) []*model.Author)
	topics := fm["authorTopics"].(func(int, *model.Author) []*model.Topic)

	first := co(10, a)
	if got := slugs(first); got != "b c" {
		t.Fatalf("coauthors(10, a) = %q, want \"b c\"", got)
	}
	if again := co(10, a); &again[0] != &first[0] {
		t.Error("coauthors(10, a) counted again for a second page of a")
	}
	if got := slugs(co(1, a)); got != "b" {
		t.Errorf("coauthors(1, a) = %q, want \"b\" (the result for n 10 given again?)", got)
	}
	if got := slugs(co(10, c)); got != "a b" {
		t.Errorf("coauthors(10, c) = %q, want \"a b\" (a's result given again?)", got)
	}
	if t1, t2 := topics(6, b), topics(6, b); len(t1) != 1 || &t1[0] != &t2[0] {
		t.Errorf("authorTopics(6, b) = %v then %v: want [ml], counted once", t1, t2)
	}
}

func slugs(as []*model.Author) string {
	var s []string
	for _, a := range as {
		s = append(s, a.Slug)
	}
	return strings.Join(s, " ")
}
