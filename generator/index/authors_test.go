package index

import (
	"maps"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// TestAuthorSlugsStayPut: of two people with one slug (two spellings on
// one paper), the one with the older paper keeps it, so an archive that
// grows never moves an author's page to another person.
func TestAuthorSlugsStayPut(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	old := &model.Paper{ID: "a", Date: day(1), Authors: []string{"Jose Garcia"}}
	newer := &model.Paper{ID: "b", Date: day(9), Authors: []string{"JOSE GARCIA", "Jose Garcia"}}
	slugs := map[string]string{}
	for _, a := range authors([]*model.Paper{newer, old}, nil) {
		slugs[a.Name] = a.Slug
	}
	if slugs["Jose Garcia"] != "jose-garcia" || slugs["JOSE GARCIA"] != "jose-garcia-2" {
		t.Errorf("slugs %v: the older name must keep jose-garcia", slugs)
	}
}

// TestAuthorSpellingsMerge: spellings of one name that differ in case,
// spacing or punctuation are one author under the spelling most papers
// use, whatever the order papers come in; accents still tell names apart,
// and a name without letters is never merged.
func TestAuthorSpellingsMerge(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	papers := []*model.Paper{
		{ID: "a", Date: day(1), Authors: []string{"OSKAR T. OKAFOR", "José García", "—"}},
		{ID: "b", Date: day(2), Authors: []string{"Oskar T. Okafor", "Jose Garcia", "?"}},
		{ID: "c", Date: day(3), Authors: []string{"Oskar T Okafor"}},
		{ID: "d", Date: day(4), Authors: []string{"Oskar T. Okafor"}},
	}
	for _, order := range [][]int{{0, 1, 2, 3}, {3, 2, 1, 0}} {
		var in []*model.Paper
		for _, i := range order {
			p := *papers[i]
			in = append(in, &p)
		}
		got := map[string]string{}
		var okafor *model.Author
		for _, a := range authors(in, nil) {
			got[a.Name] = a.Slug
			if a.Slug == "oskar-t-okafor" {
				okafor = a
			}
		}
		want := map[string]string{"Oskar T. Okafor": "oskar-t-okafor", "José García": "josé-garcía", "Jose Garcia": "jose-garcia", "—": "author", "?": "author-2"}
		if len(got) != len(want) {
			t.Errorf("order %v: authors %v, want %v", order, got, want)
		}
		for name, s := range want {
			if got[name] != s {
				t.Errorf("order %v: %q has slug %q, want %q (all: %v)", order, name, got[name], s, got)
			}
		}
		if okafor == nil || len(okafor.Papers) != 4 {
			t.Errorf("order %v: Oskar T. Okafor is not the author of all 4 papers: %+v", order, okafor)
		}
	}
}

// TestLongAuthorSlug: a name whose slug would pass a file system's 255
// bytes per name gets a slug cut at a character boundary.
func TestLongAuthorSlug(t *testing.T) {
	name := strings.Repeat("王", 100) + " Li"
	as := authors([]*model.Paper{{ID: "a", Authors: []string{name, strings.Repeat("王", 100) + " Wu"}}}, nil)
	for _, a := range as {
		if len(a.Slug) > slug.MaxBytes+3 || !utf8.ValidString(a.Slug) {
			t.Errorf("slug of %d bytes: %q", len(a.Slug), a.Slug)
		}
	}
	if as[0].Slug == as[1].Slug {
		t.Error("two long names share a slug")
	}
}

// TestReservedAuthorSlug: an author named as a Windows device gets a slug
// a Windows checkout can hold.
func TestReservedAuthorSlug(t *testing.T) {
	as := authors([]*model.Paper{{ID: "a", Authors: []string{"Con", "Nul"}}}, nil)
	if as[0].Slug != "con-author" || as[1].Slug != "nul-author" {
		t.Errorf("slugs %q, %q", as[0].Slug, as[1].Slug)
	}
}

// TestAuthorCaseFolding: names that differ only in case by full Unicode
// case folding are one author, though lowercasing tells them apart: an
// all-capital Greek name ends in Σ, which lowercases to σ where the mixed
// case spelling ends in the final ς. A name that is not merged keeps the
// slug it had, final ς and all.
func TestAuthorCaseFolding(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	papers := []*model.Paper{
		{ID: "a", Date: day(1), Authors: []string{"ΟΔΥΣΣΕΥΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"}},
		{ID: "b", Date: day(2), Authors: []string{"Οδυσσευς Παπαδοπουλος", "Νίκος Παππάς"}},
		{ID: "c", Date: day(3), Authors: []string{"Οδυσσευς Παπαδοπουλος", "STRASSE"}},
	}
	got := map[string]string{}
	for _, a := range authors(papers, nil) {
		got[a.Name] = a.Slug
	}
	want := map[string]string{"Οδυσσευς Παπαδοπουλος": "οδυσσευς-παπαδοπουλος", "Νίκος Παππάς": "νίκος-παππάς", "STRASSE": "strasse"}
	if len(got) != len(want) {
		t.Errorf("authors %v, want %v", got, want)
	}
	for name, s := range want {
		if got[name] != s {
			t.Errorf("author %q has slug %q, want %q (all: %v)", name, got[name], s, got)
		}
	}
}

// TestAuthorLastFirst: a name written "Last, First" to fix its citation
// is the author of the same name written "First Last": one author, shown
// in the natural order; written so on one paper alone, it is as written.
func TestAuthorLastFirst(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 0, 0, 0, 0, time.UTC) }
	papers := []*model.Paper{
		{ID: "a", Date: day(1), Authors: []string{"O'Brien, Conan", "van der Berg, Jr., Jean-Luc"}},
		{ID: "b", Date: day(2), Authors: []string{"O'Brien, Conan"}},
		{ID: "c", Date: day(3), Authors: []string{"Conan O'Brien", "Zhang, Wei"}},
		{ID: "d", Date: day(4), Authors: []string{"Jean-Luc van der Berg Jr."}},
	}
	got := map[string]string{}
	for _, a := range authors(papers, nil) {
		got[a.Name] = a.Slug + " " + strconv.Itoa(len(a.Papers))
	}
	want := map[string]string{"Conan O'Brien": "conan-o-brien 3", "Jean-Luc van der Berg Jr.": "jean-luc-van-der-berg-jr 2", "Zhang, Wei": "zhang-wei 1"}
	if !maps.Equal(got, want) {
		t.Errorf("authors %v, want %v", got, want)
	}
}

// TestRenameAuthors: site.yaml's authorNames: shows a source's spelling
// as the curator's, so the two are one author with the curator's name,
// and a paper the parse cache holds keeps its own list of names.
func TestRenameAuthors(t *testing.T) {
	day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	shared := []string{"Juergen Schmidhuber", "Sepp Hochreiter"}
	papers := []*model.Paper{
		{ID: "a", Date: day, Authors: shared},
		{ID: "b", Date: day, Authors: []string{"Jürgen Schmidhuber"}},
	}
	RenameAuthors(papers, map[string]string{"Juergen Schmidhuber": "Jürgen Schmidhuber"})
	got := map[string]int{}
	for _, a := range authors(papers, nil) {
		got[a.Name] = len(a.Papers)
	}
	if want := map[string]int{"Jürgen Schmidhuber": 2, "Sepp Hochreiter": 1}; !maps.Equal(got, want) {
		t.Errorf("authors %v, want %v", got, want)
	}
	if shared[0] != "Juergen Schmidhuber" {
		t.Errorf("the parse's list of names was written into: %q", shared)
	}
}
