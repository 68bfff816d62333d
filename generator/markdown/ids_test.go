package markdown

import (
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// TestHeadingIDs: headings keep their words in any script, repeat with a
// number, and never take an id the page around them has.
func TestHeadingIDs(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Abstract\n\n## Results & Discussion\n\n## 笔记\n\n## 笔记\n\n## Résumé\n\n## ***\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="abstract-1">Abstract</h2>`, `<h2 id="results-discussion">`, `<h2 id="笔记">笔记</h2>`,
		`<h2 id="笔记-1">笔记</h2>`, `<h2 id="résumé">Résumé</h2>`, `<h2 id="section">`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("no %s in\n%s", want, res.HTML)
		}
	}
}

// TestSkippedLevels: a level-1 heading and one that skips a level, each
// with the heading to write; an outline that goes down one level at a
// time, and back up by any number, is let be. The page's h1 comes first.
func TestSkippedLevels(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"Abstract.\n\n## Notes\n\n### Setup\n\n#### Detail\n\n## More\n", "[]"},
		{"Abstract.\n\n# Notes\n\nText.\n", "[3:## Notes]"},
		{"Notes\n=====\n\nText.\n", "[1:## Notes]"},
		{"### Setup\n", "[1:## Setup]"},
		{"# Notes\n\n#### Detail\n\n### Why\n", "[1:## Notes 3:### Detail]"},
		{"## A\n\n### B\n\n## C\n\n#### D\n", "[7:### D]"},
		{"> # Quoted\n", "[1:## Quoted]"},
		{"Text.\n\n1. # In a list\n   ####### seven is text\n", "[3:## In a list]"},
		{"C# and issue #4, [a](#setup).\n", "[]"},
		{"Text with a # sign and\n- a list\n", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range r.source([]byte(tt.src)).skippedLevels() {
			_, fix, _ := strings.Cut(h.Msg, "; make it ")
			got = append(got, strconv.Itoa(h.Line)+":"+fix)
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("SkippedLevels(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}

// TestHeadingIDsRepeated: a repeated heading takes the first number free,
// past ids written out ({#…}) and ids another heading made, and the n-th
// repeat costs no more than the first (a source of thousands of equal
// headings, each looking through all the numbers before it, took
// minutes to render).
func TestHeadingIDsRepeated(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## A\n\n## A {#a-2}\n\n## A\n\n## A 3\n\n## A\n\n## A\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range strings.Split(string(res.HTML), `id="`)[1:] {
		got = append(got, m[:strings.IndexByte(m, '"')])
	}
	if want := "[a a-2 a-1 a-3 a-4 a-5]"; fmt.Sprint(got) != want {
		t.Errorf("ids = %v, want %s", got, want)
	}

	ids := &headingIDs{used: map[string]bool{}, last: map[string]int{}}
	for range 5000 {
		ids.Generate([]byte("Setup"), 0)
	}
	if allocs := testing.AllocsPerRun(10, func() { ids.Generate([]byte("Setup"), 0) }); allocs > 20 {
		t.Errorf("the 5000th repeat of a heading made %v allocations for its id; want a few, as the first's", allocs)
	}
}

// TestPageIDsOfTheme: every id the built-in templates write is one a
// heading never takes: "## BibTeX entry" took bibtex-entry, and Copy
// BibTeX copied the heading.
func TestPageIDsOfTheme(t *testing.T) {
	idRE := regexp.MustCompile(`\bid="([a-z][a-z0-9-]*)"`)
	err := fs.WalkDir(themes.Default(), "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(themes.Default(), p)
		if err != nil {
			return err
		}
		for _, m := range idRE.FindAllStringSubmatch(string(data), -1) {
			if !slices.Contains(pageIDs, m[1]) {
				t.Errorf("%s writes id %q, which pageIDs lacks: a heading could take it too", p, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
