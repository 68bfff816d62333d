package model

import (
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// textsOf returns a paper whose Abstract is src's, rendered as the build
// renders a body, with SetTexts given what the renderer took of it, and
// that result.
func textsOf(t testing.TB, src string) (*Paper, markdown.Result) {
	t.Helper()
	r := markdown.New(markdown.Options{Math: tex.MathML, MathProblem: tex.Problem})
	res, err := r.Render([]byte(tex.Plain(src)))
	if err != nil {
		t.Fatal(err)
	}
	p := &Paper{Content: template.HTML(res.HTML)}
	p.Abstract = p.Content[:res.NotesAt]
	p.SetTexts(res.Summary, res.AbstractText)
	return p, res
}

// checkTexts fails unless p's Summary and AbstractText are res's.
func checkTexts(t testing.TB, src string, p *Paper, res markdown.Result) {
	t.Helper()
	if got := p.Summary(); got != res.Summary {
		t.Errorf("Summary() of %.60q = %q, want %q", src, got, res.Summary)
	}
	if got := p.AbstractText(); got != res.AbstractText {
		t.Errorf("AbstractText() of %.60q = %q, want %q", src, got, res.AbstractText)
	}
	if sum, abs := p.Texts(); sum != res.Summary || abs != res.AbstractText {
		t.Errorf("Texts() of %.60q = %q, %q, want %q, %q", src, sum, abs, res.Summary, res.AbstractText)
	}
}

var long = strings.Repeat("A long abstract of *many* words, `code` and $x_i$ math. ", 60)

// textCases are abstracts, and whether the HTML gives back both texts
// (derived), which a paper then need not keep.
var textCases = []struct {
	src     string
	derived bool
}{
	{"One paragraph.\n", true},
	{"First *para* with `code`, **bold**, [a link](https://x.org/?a=1&b=2) and\na soft break.\n\nSecond & <third> \"quoted\" 'paragraph' &copy; \\_escaped\\_.\n", true},
	{"Math $x_1 < y$ inline, ([$k$]) attached, and $1/\\sqrt{d}$.\n\nThen\n\n$$\n\\sum_i x_i\n$$\n\nafter the formula.\n", true},
	{"Before.\n\n$$\\sum_i x_i$$\n\nAfter, on one line.\n", true},
	{"Text.\n\n```go\nfunc main() {}\n```\n\n    indented code\n\nMore ~~struck~~ text.\n", true},
	{"Hard  \nbreak and a line\\\nbreak.\n", true},
	{long + "\n\n" + long, true}, // both cut at 2,000 runes
	{"Abstract.\n\n## Notes\n\nMine, *not* the abstract's.\n", true},
	{"## Notes only\n\nMine.\n", false},          // Summary is in the notes
	{"", true},                                   // nothing to keep
	{"Summary.\n\n<!--more-->\n\nMore.\n", true}, // the first paragraph, as without the line
	// Not given back: kept.
	{"An ![image's alt](fig.png) text.\n", false},
	{"A footnote[^1].\n\n[^1]: The note.\n", false},
	{"- a list\n- of items\n", false},
	{"> A quote.\n", false},
	{"| a | b |\n|---|---|\n| 1 | 2 |\n", false},
	{"Math in \\(x\\) brackets.\n", false},
	{"Words\n$$x^2$$\nsplit by a formula.\n", false},
	{"Two.\n\nParagraphs.\n\n<!--more-->\n\nMore.\n", false},
}

// TestDerivedTexts: Summary and AbstractText, derived from the abstract's
// HTML or kept, are what the Markdown renderer took from the source; and
// the HTML of an abstract of paragraphs, inline markup, math, code and
// entities gives both back.
func TestDerivedTexts(t *testing.T) {
	for _, tt := range textCases {
		p, res := textsOf(t, tt.src)
		checkTexts(t, tt.src, p, res)
		if got := p.summary == "" && p.abstractText == ""; got != tt.derived {
			t.Errorf("SetTexts of %.60q keeps nothing: %v, want %v (summary %q, abstract text %q)", tt.src, got, tt.derived, p.summary, p.abstractText)
		}
	}
}

// TestDerivedTextsSample: the same over the sample site's papers, whose
// abstracts have math, code, entities and notes; most keep no text.
func TestDerivedTextsSample(t *testing.T) {
	files, err := filepath.Glob("../../content/papers/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no sample papers: %v", err)
	}
	kept := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, body, ok := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "\n---\n")
		if !ok {
			t.Fatalf("%s: no front matter", f)
		}
		p, res := textsOf(t, body)
		checkTexts(t, f, p, res)
		if p.abstractText != "" {
			kept++
		}
	}
	if kept > len(files)/4 {
		t.Errorf("%d of %d sample papers keep their abstract's text, want at most a quarter", kept, len(files))
	}
}

// FuzzSetTexts: whatever the Markdown, Summary and AbstractText are what
// the renderer took of it.
func FuzzSetTexts(f *testing.F) {
	for _, tt := range textCases {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		p, res := textsOf(t, src)
		checkTexts(t, src, p, res)
	})
}

// BenchmarkDerivedTexts measures what deriving a paper's texts from its
// HTML costs, on an abstract of the benchmark corpus's kind: two
// paragraphs with code, bold and math.
func BenchmarkDerivedTexts(b *testing.B) {
	src := strings.Repeat("Words of an abstract with `code`, **bold** and $x \\in \\mathbb{R}^d$ math. ", 12) + "\n\n" + strings.Repeat("More words of it. ", 40)
	p, _ := textsOf(b, src)
	b.Run("Summary", func(b *testing.B) {
		for b.Loop() {
			p.Summary()
		}
	})
	b.Run("AbstractText", func(b *testing.B) {
		for b.Loop() {
			p.AbstractText()
		}
	})
}
