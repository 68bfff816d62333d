package render

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestAuthorIndex: authors are grouped by the folded first letter of their
// family names, sorted in the language's order (accents second to the
// letters), and names in other scripts come last, in one group.
func TestAuthorIndex(t *testing.T) {
	var authors []*model.Author
	for _, name := range []string{"Émile Zola", "王小明", "Ada Lovelace", "Zoë Émond", "Иван Петров", "Ashish Vaswani", "Anna Eaton", "Bo Zhang", "Eve Ébert", "G. 't Hooft", "Hao Zhang (张浩)"} {
		authors = append(authors, &model.Author{Name: name, Slug: name})
	}
	var got []string
	for _, g := range authorIndex("fr", authors) {
		var names []string
		for _, e := range g.Authors {
			names = append(names, e.Sorted)
		}
		got = append(got, fmt.Sprintf("%s(%s): %s", g.Letter, g.ID, strings.Join(names, "; ")))
	}
	want := []string{
		"E(e): Eaton, Anna; Ébert, Eve; Émond, Zoë",
		"L(l): Lovelace, Ada",
		"T(t): 't Hooft, G.",
		"V(v): Vaswani, Ashish",
		"Z(z): Zhang, Bo; Zhang, Hao (张浩); Zola, Émile", // the name in another script after it, not filed by

		"П(п): Петров, Иван",
		"(other): 王小明",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("authorIndex =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestAuthorIndexScripts: a name in any alphabet is under its letter, the
// letters of the site language's script first, then the others in its
// order; only names in Han, kana or Hangul are under "other". On an
// Arabic site the article ال does not decide the letter; Persian and
// Arabic keyboards' kaf and yeh are one letter, shown as the site's
// language writes it.
func TestAuthorIndexScripts(t *testing.T) {
	names := []string{
		"Ada Lovelace", "Иван Петров", "محمد الأحمد", "خالد العمري", "نورة القحطاني", "عبد الله بن سعيد",
		"يوسف إبراهيم", "علي كريمي", "مریم کریمی", "سلمى ٱلرفاعي", "ﻋﻠﻲ ﺣﺴﻦ", "דוד כהן", "Հայկ Ավետիսյան", "ნიკო ბერიძე",
		"राहुल शर्मा", "สมชาย ใจดี", "田中 太郎", "김 민수",
	}
	var authors []*model.Author
	for _, name := range names {
		authors = append(authors, &model.Author{Name: name, Slug: name})
	}
	latin, cyrillic := "L(l): Lovelace, Ada", "П(п): Петров, Иван"
	middle := []string{"ბ(ბ): ბერიძე, ნიკო", "Ա(ա): Ավետիսյան, Հայկ", "כ(כ): כהן, דוד"} // Georgian, Armenian, Hebrew
	// Arabic names as written: the article ال decides.
	arabic := []string{
		"ا(ا): ٱلرفاعي، سلمى; إبراهيم، يوسف; الأحمد، محمد; العمري، خالد; القحطاني، نورة", // the collator's order
		"ب(ب): بن سعيد، عبد الله",
		"ح(ح): ﺣﺴﻦ، ﻋﻠﻲ",
		"ك(ك): كريمي، علي; کریمی، مریم",
	}
	last := []string{"श(श): शर्मा, राहुल", "จ(จ): ใจดี, สมชาย", "(other): 김 민수; 田中 太郎"}
	tests := []struct {
		lang string
		want []string
	}{
		{"en", slices.Concat([]string{latin, cyrillic}, middle, arabic, last)},
		{"ru", slices.Concat([]string{cyrillic, latin}, middle, arabic, last)},
		{"ar", slices.Concat([]string{
			"ا(ا): الأحمد، محمد; إبراهيم، يوسف", // أحمد، إبراهيم: the collator puts أ before إ
			"ب(ب): بن سعيد، عبد الله",
			"ح(ح): ﺣﺴﻦ، ﻋﻠﻲ",
			"ر(ر): ٱلرفاعي، سلمى",
			"ع(ع): العمري، خالد",
			"ق(ق): القحطاني، نورة",
			"ك(ك): كريمي، علي; کریمی، مریم",
		}, []string{latin, cyrillic}, middle, last)},
		{"fa", slices.Concat([]string{ // no article rule; the kaf of both keyboards is ک
			"ا(ا): الأحمد، محمد; ٱلرفاعي، سلمى; العمري، خالد; القحطاني، نورة; إبراهيم، يوسف",
			"ب(ب): بن سعيد، عبد الله",
			"ح(ح): ﺣﺴﻦ، ﻋﻠﻲ",
			"ک(ک): كريمي، علي; کریمی، مریم",
		}, []string{latin, cyrillic}, middle, last)},
	}
	for _, tt := range tests {
		var got []string
		for _, g := range authorIndex(tt.lang, authors) {
			var names []string
			for _, e := range g.Authors {
				names = append(names, e.Sorted)
			}
			got = append(got, fmt.Sprintf("%s(%s): %s", g.Letter, g.ID, strings.Join(names, "; ")))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("authorIndex(%s) =\n%s\nwant\n%s", tt.lang, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestAuthorIndexByLetter: past authorIndexMax authors, /authors/ lists
// the letters, each linked to a page of its own that lists its authors
// and marks itself in the letters; below it one page lists everyone.
func TestAuthorIndexByLetter(t *testing.T) {
	render := func() map[string]string {
		site := &model.Site{Config: testConfig()}
		for _, name := range []string{"Ada Lovelace", "Alan Turing", "Grace Hopper", "王小明", "نورة القحطاني"} {
			a := &model.Author{Name: name, Slug: strings.ToLower(strings.ReplaceAll(name, " ", "-"))}
			site.Authors = append(site.Authors, a)
		}
		r, err := New(context.Background(), site, Options{Words: english, Builtin: themes.Default(), Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for path, data := range rendered(t, r) {
			if path == "authors/index.html" || strings.HasPrefix(path, "authors/letters/") {
				out[path] = string(data)
			}
		}
		return out
	}
	one := render()
	if len(one) != 1 || !strings.Contains(one["authors/index.html"], `<a href="#h">H</a>`) || !strings.Contains(one["authors/index.html"], "Turing, Alan") {
		t.Fatalf("one page: %v", slices.Collect(maps.Keys(one)))
	}

	defer func(n int) { authorIndexMax = n }(authorIndexMax)
	authorIndexMax = 3
	split := render()
	want := []string{"authors/index.html", "authors/letters/h/index.html", "authors/letters/l/index.html", "authors/letters/other/index.html", "authors/letters/t/index.html", "authors/letters/ا/index.html"}
	if got := slices.Sorted(maps.Keys(split)); !slices.Equal(got, want) {
		t.Fatalf("split: pages %v, want %v", got, want)
	}
	index := split["authors/index.html"]
	if !strings.Contains(index, `<a href="/repo/authors/letters/l/">L</a>`) || strings.Contains(index, "Lovelace") {
		t.Errorf("the split index should link the letters and list nobody:\n%s", index)
	}
	l := split["authors/letters/l/index.html"]
	for _, s := range []string{"<title>Authors: L ·", "<h1>Authors: L</h1>", "1\u00a0author", `<a href="/repo/authors/letters/l/" aria-current="page">L</a>`, "Lovelace, Ada"} {
		if !strings.Contains(l, s) {
			t.Errorf("the page of L lacks %q", s)
		}
	}
	if strings.Contains(l, "Turing") {
		t.Error("the page of L lists Turing")
	}
	if !strings.Contains(split["authors/letters/other/index.html"], "<h1>Authors: Other</h1>") {
		t.Error("the page of other names has no heading")
	}
}

// TestAuthorIndexOwnLetters: a letter with a mark that the site's
// language has as a letter of its own is a heading of its own, in the
// language's place (Й after Ї in Ukrainian); one the language reads as
// its base letter with an accent is under that letter (Ё under Е in
// Russian, Ö under O in German).
func TestAuthorIndexOwnLetters(t *testing.T) {
	tests := []struct {
		lang  string
		names []string
		want  string
	}{
		{"uk", []string{"Борис Иванов", "Йосип Йовенко", "Ігор Іваненко", "Іван Їжак", "Оксана Ковальчук"}, "И: Иванов | І: Іваненко | Ї: Їжак | Й: Йовенко | К: Ковальчук"},
		{"ru", []string{"Пётр Ёлкин", "Иван Иванов", "Сергей Йодкин", "Олег Ежов"}, "Е: Ежов; Ёлкин | И: Иванов | Й: Йодкин"},
		{"be", []string{"Пётр Ёлкін", "Алег Ежаў"}, "Е: Ежаў | Ё: Ёлкін"},
		{"de", []string{"Eva Özdemir", "Max Ott"}, "O: Ott; Özdemir"},
		{"sv", []string{"Eva Öberg", "Max Olsson", "Ida Zetterberg"}, "O: Olsson | Z: Zetterberg | Ö: Öberg"},
		{"es", []string{"Ana Ñúñez", "Luis Nadal", "Eva Ortiz"}, "N: Nadal | Ñ: Ñúñez | O: Ortiz"},
		{"pl", []string{"Jan Śliwa", "Ewa Sowa", "Adam Tarka"}, "S: Sowa | Ś: Śliwa | T: Tarka"},
		{"en", []string{"Eva Öberg", "Max Olsson", "Jan Śliwa", "Ewa Sowa"}, "O: Öberg; Olsson | S: Śliwa; Sowa"},
	}
	for _, tt := range tests {
		var authors []*model.Author
		for _, name := range tt.names {
			authors = append(authors, &model.Author{Name: name, Slug: name})
		}
		var got []string
		for _, g := range authorIndex(tt.lang, authors) {
			var names []string
			for _, e := range g.Authors {
				names = append(names, strings.SplitN(e.Sorted, ",", 2)[0])
			}
			got = append(got, g.Letter+": "+strings.Join(names, "; "))
		}
		if strings.Join(got, " | ") != tt.want {
			t.Errorf("authorIndex(%s, %q) = %s, want %s", tt.lang, tt.names, strings.Join(got, " | "), tt.want)
		}
	}
}
