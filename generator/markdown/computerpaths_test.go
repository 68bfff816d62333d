package markdown

import (
	"reflect"
	"testing"
)

// TestUnreachableLinks: a link or image to a path on the author's
// computer, or to an id with a citation's arXiv: or doi: prefix, is a
// warning at its line with what to write; a web address, a relative path,
// one in code and a prefix with no id after it are none.
func TestUnreachableLinks(t *testing.T) {
	const here = " is a path on your computer, which the published site cannot reach; put the file beside this .md file and link it relative to it, with / between folders: "
	tests := []struct {
		name, src string
		want      []Hidden
	}{
		{"drive and backslashes", "Abstract.\n\n![Loss](C:\\Users\\ada\\Pictures\\loss.png)\n",
			[]Hidden{{3, "the image to `C:\\Users\\ada\\Pictures\\loss.png`" + here + "`![…](loss.png)`"}}},
		{"drive and slashes", "![x](D:/lab/loss.png) and\n[slides](<C:/Users/ada/my slides.pdf>)\n",
			[]Hidden{{1, "the image to `D:/lab/loss.png`" + here + "`![…](loss.png)`"}, {2, "the link to `C:/Users/ada/my slides.pdf`" + here + "`[…](<my slides.pdf>)`"}}},
		{"arXiv prefix", "See [LoRA](arXiv:2106.09685v2).\n",
			[]Hidden{{1, "the link to `arXiv:2106.09685v2` goes nowhere: arXiv: is no address a browser opens; write https://arxiv.org/abs/2106.09685v2, or, for a paper on this site, a link to its file, which links its page: `[…](2106.09685.md)` from a paper, `[…](../papers/2106.09685.md)` from a day or a page"}}},
		{"doi prefix", "An autolink <doi:10.1000/xyz>.\n",
			[]Hidden{{1, "the link to `doi:10.1000/xyz` goes nowhere: doi: is no address a browser opens; write https://doi.org/10.1000/xyz"}}},
		{"doi to encode", "[x](doi:10.1000/x[1]|y)\n",
			[]Hidden{{1, "the link to `doi:10.1000/x[1]|y` goes nowhere: doi: is no address a browser opens; write https://doi.org/10.1000/x%5B1%5D%7Cy"}}},
		{"none", "[ok](https://example.org/C:/x) ![f](figures/a:b.png) `[c](C:\\x.png)` [n](arXiv:soon) [m](mailto:a@b.c)\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := New(Options{}).source([]byte(tt.src)).unreachableLinks(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("unreachableLinks(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}

// TestUnreachableLinkToPaper: an arXiv: link's advice links the paper's
// file as the site's PaperLink gives it from the source's folder (a paper
// in a folder of content/papers/ needs ../), with the version left to
// arXiv's address; without one, the links from a paper and from a day.
func TestUnreachableLinkToPaper(t *testing.T) {
	const src = "See [LoRA](arXiv:2106.09685v2).\n"
	const start = "the link to `arXiv:2106.09685v2` goes nowhere: arXiv: is no address a browser opens; write https://arxiv.org/abs/2106.09685v2, or, for a paper on this site, a link to its file, which links its page: "
	for _, tt := range []struct {
		name  string
		paper PaperLink
		want  string
	}{
		{"in a folder", func(id string) string { return "../" + id + ".md" }, "`[…](../2106.09685.md)`"},
		{"a name with a space", func(id string) string { return "../lora notes.md" }, "`[…](<../lora notes.md>)`"},
		{"unknown", func(string) string { return "" }, "`[…](2106.09685.md)` from a paper, `[…](../papers/2106.09685.md)` from a day or a page"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := New(Options{}).CheckLinking(src, "", tt.paper).Warnings
			if want := []Hidden{{1, start + tt.want}}; !reflect.DeepEqual(got, want) {
				t.Errorf("CheckLinking(%q) warnings =\n%+v\nwant\n%+v", src, got, want)
			}
		})
	}
}
