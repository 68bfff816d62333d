package cite

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestRekey: after the year or title of some papers changes, the keys
// Rekey gives, put in place of the keys before, are what Keys gives
// the papers, over random edits of papers whose base keys often collide
// (arXiv ids old and new, and a name without Latin letters, which keys a
// paper by its id); and every paper whose key changed is among them.
func TestRekey(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	authors := []string{"Ada Smith", "Bo Smith", "Cy Jones", "佐藤 健"}
	titles := []string{"Deep nets", "Deep trees", "A deep look", "Wide nets"}
	var all []*model.Paper
	for i := range 40 {
		id := fmt.Sprintf("2401.%05d", 40-i) // ids not in the slice's order
		if i%7 == 0 {
			id = fmt.Sprintf("hep-th/94010%02d", i)
		}
		all = append(all, &model.Paper{ID: id, Slug: id, ArXiv: id, Authors: []string{authors[rng.IntN(len(authors))]},
			Title: titles[rng.IntN(len(titles))], Published: time.Date(2020+rng.IntN(3), 1, 1, 0, 0, 0, 0, time.UTC)})
	}
	keys := Keys(all)
	for step := range 300 {
		var edited []*model.Paper
		for range 1 + rng.IntN(2) {
			p := all[rng.IntN(len(all))]
			if rng.IntN(2) == 0 {
				p.Published = time.Date(2020+rng.IntN(3), 1, 1, 0, 0, 0, 0, time.UTC)
			} else {
				p.Title = titles[rng.IntN(len(titles))]
			}
			edited = append(edited, p)
		}
		got := maps.Clone(keys)
		again := Rekey(all, edited, keys)
		maps.Copy(got, again)
		want := Keys(all)
		for _, p := range all {
			if got[p] != want[p] {
				t.Fatalf("step %d: Rekey gives %s the key %q, Keys %q", step, p.ID, got[p], want[p])
			}
			if _, ok := again[p]; !ok && keys[p] != want[p] {
				t.Fatalf("step %d: Rekey leaves out %s, whose key went from %q to %q", step, p.ID, keys[p], want[p])
			}
		}
		keys = want
	}
}

// TestRekeyCollisions: a year that makes a paper's base key another's
// gives it the id after the key when its id is the later, and the other
// paper when its own is the earlier; a year that takes it away gives the
// other paper its base key back.
func TestRekeyCollisions(t *testing.T) {
	at := func(y int) time.Time { return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC) }
	a := &model.Paper{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Title: "Deep nets", Authors: []string{"Ada Smith"}, Published: at(2024)}
	b := &model.Paper{ID: "2401.00002", Slug: "2401.00002", ArXiv: "2401.00002", Title: "Deep trees", Authors: []string{"Bo Smith"}, Published: at(2023)}
	all := []*model.Paper{b, a}
	tests := []struct {
		name string
		p    *model.Paper
		year int
		want map[string]string // the keys Rekey gives, by id
	}{
		{"the later id collides", b, 2024, map[string]string{a.ID: "smith2024deep", b.ID: "smith2024deep-2401.00002"}},
		{"and stops colliding", b, 2023, map[string]string{a.ID: "smith2024deep", b.ID: "smith2023deep"}},
		{"the earlier id collides", a, 2023, map[string]string{a.ID: "smith2023deep", b.ID: "smith2023deep-2401.00002"}},
		{"and stops colliding", a, 2024, map[string]string{a.ID: "smith2024deep", b.ID: "smith2023deep"}},
	}
	keys := Keys(all)
	for _, tt := range tests {
		tt.p.Published = at(tt.year)
		again := Rekey(all, []*model.Paper{tt.p}, keys)
		got := map[string]string{}
		for p, k := range again {
			got[p.ID] = k
		}
		if !maps.Equal(got, tt.want) {
			t.Errorf("%s: Rekey = %v, want %v", tt.name, got, tt.want)
		}
		maps.Copy(keys, again)
	}
}

// TestRekeyPins: as TestRekey, with pins (citekey:) set, changed and
// dropped among the edits, some of them keys that Keys generates (a base
// key, one with an id added, one in capitals); no two papers pin one key,
// which the index refuses.
func TestRekeyPins(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	authors := []string{"Ada Smith", "Bo Smith", "佐藤 健"}
	titles := []string{"Deep nets", "Deep trees"}
	pins := []string{"", "", "smith2020deep", "Smith2021Deep", "smith2020deep-2401.00003", "smith2020deep-2401.00003-2401.00003", "arxiv2401.00004", "DBLP:conf/x/Smith20"}
	var all []*model.Paper
	for i := range 12 {
		id := fmt.Sprintf("2401.%05d", 12-i)
		all = append(all, &model.Paper{ID: id, Slug: id, ArXiv: id, Authors: []string{authors[rng.IntN(len(authors))]},
			Title: titles[rng.IntN(len(titles))], Published: time.Date(2020+rng.IntN(2), 1, 1, 0, 0, 0, 0, time.UTC)})
	}
	pinned := func(k string, but *model.Paper) bool {
		for _, p := range all {
			if p != but && k != "" && strings.EqualFold(p.CiteKey, k) {
				return true
			}
		}
		return false
	}
	keys := Keys(all)
	for step := range 2000 {
		var edited []*model.Paper
		for range 1 + rng.IntN(2) {
			p := all[rng.IntN(len(all))]
			switch rng.IntN(3) {
			case 0:
				p.Published = time.Date(2020+rng.IntN(2), 1, 1, 0, 0, 0, 0, time.UTC)
			case 1:
				p.Title = titles[rng.IntN(len(titles))]
			default:
				if k := pins[rng.IntN(len(pins))]; !pinned(k, p) {
					p.CiteKey = k
				}
			}
			edited = append(edited, p)
		}
		got := maps.Clone(keys)
		again := Rekey(all, edited, keys)
		maps.Copy(got, again)
		want := Keys(all)
		seen := map[string]string{}
		for _, p := range all {
			if got[p] != want[p] {
				t.Fatalf("step %d: Rekey gives %s the key %q, Keys %q", step, p.ID, got[p], want[p])
			}
			if _, ok := again[p]; !ok && keys[p] != want[p] {
				t.Fatalf("step %d: Rekey leaves out %s, whose key went from %q to %q", step, p.ID, keys[p], want[p])
			}
			if other, ok := seen[strings.ToLower(want[p])]; ok {
				t.Fatalf("step %d: %s and %s have one key, %q", step, other, p.ID, want[p])
			}
			seen[strings.ToLower(want[p])] = p.ID
		}
		keys = want
	}
}
