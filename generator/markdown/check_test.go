package markdown

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCheck: Check finds on one parse what the eleven checks find each on
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
		"<details>\n<summary>More</summary>\n</details>\n\n```pyhton\nx = 1\n```\n\n" +
		"A note[^n] and $x_1 unclosed.\n\n##Notes\n\n```go\nnever closed\n")
	got := r.Check(string(src), "")
	want := Findings{
		Shortcodes:   r.source(src).shortcodes(),
		Errors:       slices.Concat(r.source(src).hiddenByComments(), r.source(src).takenIDs()),
		UnclosedMath: []int{21},
		Warnings: slices.Concat(r.source(src).inlineDisplayMath(), r.source(src).unconvertedMath(), r.source(src).omittedHTML(), r.source(src).skippedLevels(), r.source(src).misspeltLanguages(),
			r.source(src).unclosedFence(), r.source(src).unclosedMath(), r.source(src).undefinedFootnotes(), r.source(src).unspacedHeadings()),
	}
	if len(want.Shortcodes) != 1 || len(want.Errors) != 2 || len(want.Warnings) != 11 {
		t.Fatalf("the checks found %d shortcodes, %d errors, %d warnings in the test's source; want 1, 2 and 11: %+v", len(want.Shortcodes), len(want.Errors), len(want.Warnings), want)
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
	s.misspeltLanguages()
	s.unclosedFence()
	s.unclosedMath()
	s.undefinedFootnotes()
	s.unspacedHeadings()
	s.spacedLinks()
	s.unlinked()
	if s.src != nil || s.doc != nil {
		t.Error("a source without anything the checks look for was copied or parsed")
	}
}

// FuzzCheck runs the checks, Links and Images on arbitrary Markdown: no
// panic, every finding on a line of the source, the same findings twice.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"", "# a\n# a {#a-1}\n", "{{< figure src=\"x.png\" caption=\"c\" >}}", "{{</* x */>}} {{% /* y */ %}}", "{{< x\n",
		"{% raw %}{{ x }}{% endraw %} {% include a.html path=\"b.png\" %} {{ site.baseurl }} {: .c} {:toc}", "{{ youtube(id=\"x\") }} {% note() %}a{% end %} {% end %}",
		"<!-- a --> b\n\n<!-- never", "a $$x$$ b $\\R$ \\(y\\)", "n<m and m>k <details>\n<b>x</b>\n</details>", "[](a)[](b)\n![](c) ![d](e \"t\")\n<img src=f>",
		"`{{< a >}}` ```\n{% b %}\n```", "> # q\n1. ### l\n", "```pyhton\nx\n```\n> ~~~ jsno\n````\n```yamll\n````",
		"$$\n\\R^n\n$$\n\n> $$\\begin{align}\n> \\R\n> \\end{align}$$\n", "\\[\n$$\\R$$", "```math\n$$\\R\n```\n> ~~~ math\n",
		"$x_1 and $$\na\n\n[^a] [^b]\n\n[^a]: x\n", "```\n$x_1 [^c]\n", "~~~~\n```\n",
		"\\(a_1 b\n\n\\[\nx\n\n> \\[ x_1\n\\\\\\( \\[1\\]", "\\(", "a\n\\[", "[a](javascript:x) <vbscript:y> ![b](data:text/html,\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9)", "data:",
		"> [!NOTE]\n> x $n$\n\n> [!faq] t\n> y\n\n[!TIP]\n- > [!warning]- *a*\n  > b", "[[a|b]] ![[c.png]] %%d%% ==e== :rocket: a:b:c", "[@a; -@b] x^[a note]\n\n::: {.callout-tip}\nx\n:::\n"} {
		f.Add(s)
	}
	safe, unsafe := New(Options{MathProblem: func(tex string) string {
		if strings.Contains(tex, `\R`) {
			return "unknown"
		}
		return ""
	}}), New(Options{UnsafeHTML: true})
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Count(src, "\n") + 1
		check := func(what string, line int) {
			if line < 1 || line > lines {
				t.Fatalf("%s of %q on line %d of %d", what, src, line, lines)
			}
		}
		for _, r := range []*Renderer{safe, unsafe} {
			found := r.Check(src, src)
			if again := r.Check(src, src); !reflect.DeepEqual(again, found) {
				t.Fatalf("Check(%q) = %+v, then %+v", src, found, again)
			}
			for _, s := range found.Shortcodes {
				check("shortcode "+s.Text, s.Line)
			}
			for _, h := range slices.Concat(found.Errors, found.Warnings) {
				check(h.Msg, h.Line)
			}
			for _, l := range r.Links([]byte(src)) {
				check("link "+l.Dest, l.Line)
			}
			for _, img := range r.Images([]byte(src), func(p string) string { return "/papers/" + p }) {
				check("image "+img.Dest, img.Line)
			}
		}
	})
}
