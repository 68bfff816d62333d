package markdown

import (
	"fmt"
	"io/fs"
	"reflect"
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

// TestUnnumbered: Pandoc's {-} after a heading is its {.unnumbered}, the
// heading's class, not its words or its id's; a {-} that is a heading's
// only words or touches a word is text.
func TestUnnumbered(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"## Appendix {-}", `<h2 class="unnumbered" id="appendix">Appendix</h2>`},
		{"## Appendix {.unnumbered}", `<h2 class="unnumbered" id="appendix">Appendix</h2>`},
		{"## Proofs {-} {#proofs .wide}", `<h2 id="proofs" class="wide unnumbered">Proofs</h2>`},
		{"Notes on *LoRA* {-}\n---", `<h2 class="unnumbered" id="notes-on-lora">Notes on <em>LoRA</em></h2>`},
		{"## {-}", `<h2 id="section">{-}</h2>`},
		{"## a{-}", `<h2 id="a">a{-}</h2>`},
	} {
		res, err := New(Options{}).Render([]byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(res.HTML)); got != tt.want {
			t.Errorf("Render(%q) = %s, want %s", tt.src, got, tt.want)
		}
	}
}

// TestHeadingIDsFromWords: a heading's id is made from the words it
// shows, not from its source: a link's address, a tag's name, a note's
// label and Markdown's escapes and entities are not in it; an id written
// out is taken as it comes.
func TestHeadingIDsFromWords(t *testing.T) {
	tests := []struct{ src, want string }{
		{"## Discussion of [FlashAttention](https://arxiv.org/abs/2205.14135)", "discussion-of-flashattention"},
		{"## Press <kbd>Esc</kbd>", "press-esc"},
		{"## Results[^1]\n\n[^1]: A note.", "results"},
		{"## Using `torch.compile`", "using-torch-compile"},
		{`## Q&amp;A \*and\* **more**`, "q-a-and-more"},
		{`## The $\alpha$ term`, "the-alpha-term"},
		{"## ![logo](logo.png) Overview", "overview"},
		{"## See <https://x.org/a>", "see-https-x-org-a"},
		{"Setup\n-----", "setup"},
		{"## Setup {#setup}\n\n## Setup", "setup-1"},
	}
	for _, tt := range tests {
		res, err := New(Options{UnsafeHTML: true}).Render([]byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		ids := regexp.MustCompile(`<h2 id="([^"]*)"`).FindAllStringSubmatch(string(res.HTML), -1)
		if len(ids) == 0 || ids[len(ids)-1][1] != tt.want {
			t.Errorf("Render(%q): ids %v, want the last %q", tt.src, ids, tt.want)
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

// TestSkippedLevelsSeparator: a level-1 heading underlined with exactly
// git's ======= under a sentence, or with text right after it, is told at
// the ======= as a merge conflict's leftover separator, to delete; one
// underlined to its width (Results, seven characters) with a blank line
// after, or with another count of =, is told as a heading, as before.
func TestSkippedLevelsSeparator(t *testing.T) {
	r := New(Options{})
	for _, tt := range []struct{ src, want string }{
		{"## Notes\nAlice says good.\n=======\nBob says bad.\n", "[3:leftover]"},
		{"Abstract.\n\nAlice says good.\n=======\n\nMore.\n", "[4:leftover]"},
		{"Alice says\ngood.\n=======\n", "[3:leftover]"},
		{"Results\n=======\nWe found.\n", "[2:leftover]"},
		{"Results\n=======\n\nWe found.\n", "[1:heading]"},
		{"Results\n=======", "[1:heading]"},
		{"Alice says good.\n========\nBob says bad.\n", "[1:heading]"},
		{"Alice says good.\n======\nBob says bad.\n", "[1:heading]"},
		{"Alice says good.\n=======  \nBob says bad.\n", "[2:leftover]"},
		{"# Alice says good.\n=======\nBob says bad.\n", "[1:heading]"},
		{"## Alice says good.\nBob.\n=======\n", "[3:leftover]"},
	} {
		var got []string
		for _, h := range r.source([]byte(tt.src)).skippedLevels() {
			kind := "heading"
			if strings.Contains(h.Msg, "merge conflict") {
				kind = "leftover"
			}
			got = append(got, strconv.Itoa(h.Line)+":"+kind)
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("SkippedLevels(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
	got := r.source([]byte("## Notes\nAlice says good.\n=======\nBob says bad.\n")).skippedLevels()
	want := []Hidden{{3, `this ======= makes the line above it, "Alice says good.", a level-1 heading, and is most likely git's separator between a merge conflict's two sides, left when its <<<<<<< and >>>>>>> lines were deleted; ` +
		`check that the lines around it keep one side only, and delete this line (a heading here would be ## Alice says good.)`}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("skippedLevels =\n%+v\nwant\n%+v", got, want)
	}
}

// TestSkippedLevelsRaw: with raw HTML kept, its <h1> to <h6> are in the
// outline as Markdown's headings are, told with the tag to write;
// without, the page drops them (omittedHTML tells) and they are not.
func TestSkippedLevelsRaw(t *testing.T) {
	for _, tt := range []struct {
		unsafe    bool
		src, want string
	}{
		{true, "## Notes\n\n<h4>The talk</h4>\n", "[3:<h3>The talk</h3>]"},
		{true, "<h1 class=\"x\">A <em>title</em></h1>\n", "[1:<h2>A title</h2>]"},
		{true, "## A\n\n<div>\n<h3>B</h3>\n</div>\n\n#### C\n\n<H5>D</H5>\n", "[]"},
		{true, "<h3>First</h3>\n\n## Then\n\n#### Skip\n", "[1:<h2>First</h2> 5:### Skip]"},
		{false, "## Notes\n\n<h4>The talk</h4>\n", "[]"},
	} {
		var got []string
		for _, h := range New(Options{UnsafeHTML: tt.unsafe}).source([]byte(tt.src)).skippedLevels() {
			_, fix, _ := strings.Cut(h.Msg, "; make it ")
			got = append(got, strconv.Itoa(h.Line)+":"+fix)
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("unsafeHTML %v: SkippedLevels(%q) = %s, want %s", tt.unsafe, tt.src, g, tt.want)
		}
	}
}

// TestSkippedLevelsSays: the message says what comes before the heading
// on the page: the page's title (and a paper's abstract) before the
// text's first heading, the text's heading before any other.
func TestSkippedLevelsSays(t *testing.T) {
	got := New(Options{}).source([]byte("Abstract.\n\n### Setup\n\n#### Data\n\n## More\n\n#### Skip\n")).skippedLevels()
	want := []Hidden{
		{3, `the heading "Setup" is of level 3, but this text's headings start at level 2: the page shows the text after its title, an h1 (and on a paper's page after the abstract's h2, when it has one), so the outline, which screen readers move through by level, misses level 2, or holds your heading as part of the abstract; make it ## Setup`},
		{9, `the heading "Skip" is of level 4 where the heading before it is of level 2, so the outline, which screen readers move through by level, misses level 3; make it ### Skip`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("skippedLevels =\n%+v\nwant\n%+v", got, want)
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
