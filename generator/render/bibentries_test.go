package render

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// rendered renders all of r's files and returns them by path.
func rendered(t *testing.T, r *Renderer) map[string][]byte {
	t.Helper()
	var mu sync.Mutex
	out := map[string][]byte{}
	err := r.All(context.Background(), func(f model.File) error {
		mu.Lock()
		defer mu.Unlock()
		out[f.Path] = bytes.Clone(f.Data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// bibSite is an indexed site of a few papers on two days, some authors
// shared, for the BibTeX entries' tests.
func bibSite(t *testing.T) *model.Site {
	t.Helper()
	day := time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC)
	var papers []*model.Paper
	for i, id := range []string{"2405.00001", "2405.00002", "2405.00003", "2405.00004"} {
		papers = append(papers, &model.Paper{ID: id, Slug: id, ArXiv: id, Title: "Paper " + id,
			Authors: []string{"Ada Lovelace", []string{"Alan Turing", "Grace Hopper"}[i%2]}, Date: day.AddDate(0, 0, i/2)})
	}
	site, err := index.Build(testConfig(), papers, nil, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return site
}

// TestBibEntriesLetGo: a one-off render (Options.Once) lets go of each
// paper's BibTeX entry once its page and the .bib files that have it are
// made, and makes the same files as a renderer that keeps them, with a
// theme whose author pages (made after the entries went) show the entries
// of their papers; an entry asked for after it went is made again.
func TestBibEntriesLetGo(t *testing.T) {
	theme := fstest.MapFS{"templates/author.html": {Data: []byte(`{{define "main"}}{{range .Papers}}<pre>{{bibtex .}}</pre><a href="{{bibDataURL .}}"></a>{{end}}{{end}}`)}}
	files := func(once bool) (map[string][]byte, *Renderer) {
		site := bibSite(t)
		r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default(), SiteTheme: themefs.Stack{{FS: theme, Dir: "themes/mine"}}, Once: once})
		if err != nil {
			t.Fatal(err)
		}
		return rendered(t, r), r
	}
	kept, _ := files(false)
	got, r := files(true)
	for _, path := range slices.Sorted(maps.Keys(kept)) {
		if !bytes.Equal(got[path], kept[path]) {
			t.Errorf("%s differs when the entries are let go of:\n%s\nwant\n%s", path, got[path], kept[path])
		}
	}
	if len(got) != len(kept) {
		t.Errorf("%d files when the entries are let go of, %d when kept", len(got), len(kept))
	}
	for _, p := range r.site.Papers {
		if e := r.sch.entries[p]; !e.gone || e.text != "" {
			t.Errorf("the entry of %s is held after the render: %q", p.ID, e.text)
		}
		if want := cite.Entry(p, r.sch.keys[p], r.l.Abs(p.Path())); r.sch.entry(p) != want {
			t.Errorf("entry(%s) after it went = %q, want %q", p.ID, r.sch.entry(p), want)
		}
	}
	// A second render makes them again, and lets them go again.
	again := rendered(t, r)
	for path, data := range kept {
		if !bytes.Equal(again[path], data) {
			t.Errorf("%s differs in a second render", path)
		}
	}
}
