package markdown

import (
	"reflect"
	"testing"
)

func TestNamelessLinks(t *testing.T) {
	r := New(Options{})
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"no text", "See [](https://example.org/code) and\n[ ](https://example.org/b).\n", []Hidden{
			{1, `this link to https://example.org/code has no text, so the page shows nothing to follow and screen readers say "link" and no more; write where it leads between its brackets: [where the link leads, in a few words](https://example.org/code)`},
			{2, `this link to https://example.org/b has no text, so the page shows nothing to follow and screen readers say "link" and no more; write where it leads between its brackets: [where the link leads, in a few words](https://example.org/b)`},
		}},
		{"an image only", "Text.\n\n[![](fig.png)](https://example.org/paper)\n", []Hidden{
			{3, `this link to https://example.org/paper shows only an image with no alt text, so screen readers say "link" and no more; write where the link leads as the image's alt text: [![where the link leads, in a few words](fig.png)](https://example.org/paper)`},
		}},
		{"badges", "[![](build.svg)](https://github.com/ann/repo/actions)\n\n[![](colab.svg)](https://colab.research.google.com/drive/abc)\n\n[](https://github.com/ann/repo)\n", []Hidden{
			{1, `this link to https://github.com/ann/repo/actions shows only an image with no alt text, so screen readers say "link" and no more; write where the link leads as the image's alt text: [![Build status](build.svg)](https://github.com/ann/repo/actions)`},
			{3, `this link to https://colab.research.google.com/drive/abc shows only an image with no alt text, so screen readers say "link" and no more; write where the link leads as the image's alt text: [![Open in Colab](colab.svg)](https://colab.research.google.com/drive/abc)`},
			{5, `this link to https://github.com/ann/repo has no text, so the page shows nothing to follow and screen readers say "link" and no more; write where it leads between its brackets: [The code on GitHub](https://github.com/ann/repo)`},
		}},
		{"a reference", "[][r]\n\n[r]: https://example.org/\n", []Hidden{
			{1, `this link to https://example.org/ has no text, so the page shows nothing to follow and screen readers say "link" and no more; write where it leads between its brackets: [where the link leads, in a few words](https://example.org/)`},
		}},
		{"named", "[code](https://example.org/) [![The chart](fig.png)](https://example.org/) [`x`](https://example.org/) [$x$](https://example.org/)\n", nil},
		{"in code", "`[](https://example.org/)`\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.source([]byte(tt.src)).namelessLinks(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("namelessLinks(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}

func TestEmptyHeadings(t *testing.T) {
	r := New(Options{})
	msg := func(hashes string) string {
		return "this heading has no words, so the page holds an empty heading, which screen readers list among its headings with nothing to say; write its words after " + hashes + ", or remove the line"
	}
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"alone", "Text.\n\n##\n\nMore.\n", []Hidden{{3, msg("##")}}},
		{"closed, or an id only", "### ###\n\n## {#x}\n", []Hidden{{1, msg("###")}, {3, msg("##")}}},
		{"words", "## Notes\n\n#hashtag\n\nC#\n", nil},
		{"code", "```\n##\n```\n\n    ##\n", nil},
		{"an image with no alt text", "Text.\n\n## ![](fig1.png)\n\nImage\n===\n\n### ![Results](fig1.png)\n", []Hidden{
			{3, "this heading shows only an image with no alt text, so the page holds a heading with no name, which screen readers list among its headings with nothing to say; write what the image shows between its brackets, ## ![Results](fig1.png), or the heading's words beside it"}}},
		{"raw HTML dropped", "## <img src=\"fig1.png\" alt=\"Results\">\n", []Hidden{
			{1, "this heading has no words the page shows, so the page holds an empty heading, which screen readers list among its headings with nothing to say; write its words after ##"}}},
		{"words beside an image", "## ![](fig1.png) Results\n\n## $x$\n\n## `code`\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.source([]byte(tt.src)).emptyHeadings(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("emptyHeadings(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
	// Raw HTML kept may name the heading (<img alt="Results">).
	src := "## <img src=\"fig1.png\" alt=\"Results\">\n"
	if got := New(Options{UnsafeHTML: true}).source([]byte(src)).emptyHeadings(); got != nil {
		t.Errorf("with unsafeHTML, emptyHeadings(%q) = %+v, want none", src, got)
	}
}

func TestEmptyHeaderCell(t *testing.T) {
	res, err := New(Options{}).Render([]byte("| | Right |\n|---|--:|\n| a | 1 |\n|  |  |\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "<div class=\"table-scroll\" role=\"group\" aria-label=\"Table\" tabindex=\"0\"><table>\n<thead>\n<tr>\n<td></td>\n<th style=\"text-align:right\">Right</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>a</td>\n<td style=\"text-align:right\">1</td>\n</tr>\n<tr>\n<td></td>\n<td style=\"text-align:right\"></td>\n</tr>\n</tbody>\n</table></div>\n"
	if string(res.HTML) != want {
		t.Errorf("got\n%s\nwant\n%s", res.HTML, want)
	}
}

func TestUntitledFrames(t *testing.T) {
	msg := func(src string) string {
		return `this <iframe src="` + src + `"> has no title, so screen readers say "frame" and no more of what it shows; name it in a title attribute: <iframe title="The talk on YouTube" src="` + src + `" …>`
	}
	for _, tt := range []struct {
		name, src string
		unsafe    bool
		want      []Hidden
	}{
		{"a block", "Text.\n\n<iframe src=\"https://example.org/v\" width=\"560\"></iframe>\n", true, []Hidden{{3, msg("https://example.org/v")}}},
		{"inline, and an empty title", "Watch <IFRAME src=\"a\"></IFRAME> or\n<iframe title=\" \" src=\"b\"></iframe>.\n", true, []Hidden{{1, msg("a")}, {2, msg("b")}}},
		{"nested, on its line", "<div>\n<p>x</p>\n<iframe\n  src=\"c\"></iframe>\n</div>\n", true, []Hidden{{3, msg("c")}}},
		{"named or hidden", "<iframe title=\"The talk\" src=\"a\"></iframe>\n\n<iframe aria-label=\"Demo\" src=\"b\"></iframe>\n\n<iframe aria-hidden=\"true\" src=\"c\"></iframe>\n", true, nil},
		{"in code", "```html\n<iframe src=\"a\"></iframe>\n```\n", true, nil},
		{"dropped", "<iframe src=\"a\"></iframe>\n", false, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(Options{UnsafeHTML: tt.unsafe}).source([]byte(tt.src)).untitledFrames(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("untitledFrames(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}

func TestVagueLinks(t *testing.T) {
	msg := func(text, dest string) string {
		return `the link text "` + text + `" of ` + dest + ` says nothing of where it leads, and screen readers list a page's links by their text alone; write where it leads between its brackets (such as [the code on GitHub](…), not [here](…)), and let the sentence around it say the rest`
	}
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"vague", "The code is [here](a); the slides, [Click here](b),\nthis [link](c) and [Read more…](d).\n", []Hidden{
			{1, msg("here", "a")}, {1, msg("Click here", "b")}, {2, msg("link", "c")}, {2, msg("Read more…", "d")}}},
		{"emphasised, a reference", "[**More**.][r] and [this]\n\n[r]: https://e.org/\n[this]: https://f.org/\n", []Hidden{
			{1, msg("More.", "https://e.org/")}, {1, msg("this", "https://f.org/")}}},
		{"descriptive", "[the code here](a), [Figure 2](b), [more results](c), [linked data](d)\n", nil},
		{"in code", "`[here](a)`\n\n    [here](b)\n", nil},
		{"not links", "Here, click this link for more.\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(Options{}).VagueLinks([]byte(tt.src)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("VagueLinks(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}
