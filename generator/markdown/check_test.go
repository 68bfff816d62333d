package markdown

import (
	"reflect"
	"slices"
	"testing"
)

// TestCheck: Check finds on one parse what the six checks find each on
// their own, in the same order, and parses nothing when no check has the
// bytes it looks for.
func TestCheck(t *testing.T) {
	r := New(Options{MathProblem: func(tex string) string {
		if tex == `\R` {
			return "unknown"
		}
		return ""
	}})
	src := []byte("Intro {{< figure src=\"x.png\" >}} and `{{< shown >}}`.\n\n" +
		"<!-- TODO --> hidden\n\n" +
		"## Setup {#setup}\n\n## Again {#setup}\n\n#### Deep\n\n" +
		"Inline $$x^2$$ here, and <sup>2</sup> and n<m and m>k in $\\R$.\n\n" +
		"<details>\n<summary>More</summary>\n</details>\n")
	got := r.Check(string(src))
	want := Findings{
		Shortcodes: r.source(src).shortcodes(),
		Errors:     slices.Concat(r.source(src).hiddenByComments(), r.source(src).takenIDs()),
		Warnings:   slices.Concat(r.source(src).inlineDisplayMath(), r.source(src).unconvertedMath(), r.source(src).omittedHTML(), r.source(src).skippedLevels()),
	}
	if len(want.Shortcodes) != 1 || len(want.Errors) != 2 || len(want.Warnings) != 6 {
		t.Fatalf("the checks found %d shortcodes, %d errors, %d warnings in the test's source; want 1, 2 and 6: %+v", len(want.Shortcodes), len(want.Errors), len(want.Warnings), want)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Check =\n%+v\nwant what the checks find one by one:\n%+v", got, want)
	}

	s := &source{r: r, text: "A plain abstract: 3 < 4, {x}, C# and issue #4 and $a$ in {braces}.\n\n```go\nx := y\n```\n"}
	s.shortcodes()
	s.hiddenByComments()
	s.takenIDs()
	s.inlineDisplayMath()
	s.unconvertedMath()
	s.omittedHTML()
	s.skippedLevels()
	if s.src != nil || s.doc != nil {
		t.Error("a source without anything the checks look for was copied or parsed")
	}
}
