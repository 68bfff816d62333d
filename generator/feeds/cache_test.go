package feeds

import (
	"bytes"
	"html/template"
	"maps"
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestCache: Emit with a Cache writes what Build writes; after papers
// and days change in place and the Cache forgets them, Showing with it
// writes each feed as Build then writes it, copying the entries of the
// other papers and days (the same ones) and writing those it forgot anew.
func TestCache(t *testing.T) {
	site := testSite()
	cache := NewCache()
	emitted := map[string][]byte{}
	if err := Emit(site, english, cache, func(f model.File) error { emitted[f.Path] = bytes.Clone(f.Data); return nil }); err != nil {
		t.Fatal(err)
	}
	if d := differs(emitted, build(t, site)); d != "" {
		t.Fatalf("Emit with a Cache: %s differs from Build's", d)
	}
	p, d := site.Days[1].Papers[0], site.Days[1] // p is on two days
	for _, tc := range []struct {
		name   string
		change func()
		papers []*model.Paper
		days   []*model.Day
	}{
		{"a body", func() {
			p.Content = template.HTML("<p>An edited abstract.</p>")
			p.SetTexts("An edited abstract.", "")
		}, []*model.Paper{p}, p.Days},
		{"a day's order", func() {
			d.Papers[0], d.Papers[1] = d.Papers[1], d.Papers[0]
			d.Title = "Reordered"
			for i, q := range d.Papers {
				q.Rank = i + 1
			}
		}, d.Papers, []*model.Day{d}},
	} {
		before, beforeDays := maps.Clone(cache.papers), maps.Clone(cache.days)
		tc.change()
		cache.Forget(tc.papers, tc.days)
		files, err := Showing(site, english, cache, tc.papers)
		if err != nil {
			t.Fatal(err)
		}
		want := build(t, site)
		for _, f := range files {
			if !bytes.Equal(f.Data, want[f.Path]) {
				t.Errorf("after %s changed: Showing's %s differs from Build's", tc.name, f.Path)
			}
		}
		if len(files) == 0 {
			t.Errorf("after %s changed: Showing made no feed", tc.name)
		}
		for q, e := range before {
			if kept, want := cache.papers[q] == e, !slices.Contains(tc.papers, q); kept != want {
				t.Errorf("after %s changed: entry of %s kept = %v, want %v", tc.name, q.ID, kept, want)
			}
		}
		for day, e := range beforeDays {
			if kept, want := cache.days[day] == e, !slices.Contains(tc.days, day); kept != want {
				t.Errorf("after %s changed: entry of day %s kept = %v, want %v", tc.name, day.Slug, kept, want)
			}
		}
	}
}

// differs returns the first path at which got and want differ, or "".
func differs(got, want map[string][]byte) string {
	for p, w := range want {
		if !bytes.Equal(got[p], w) {
			return p
		}
	}
	for p := range got {
		if _, ok := want[p]; !ok {
			return p
		}
	}
	return ""
}
