package markdown

import (
	"reflect"
	"testing"
)

func TestOtherMarkdowns(t *testing.T) {
	r := New(Options{})
	wiki := func(written, write string) string {
		return written + " is a wiki link, Obsidian's, which Markdown does not read, so the page shows it as written; write " + write + ", the path of the file it names relative to this one"
	}
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"Pandoc attributes", "![Loss](loss.png){width=50%} and [code](https://x.org){target=\"_blank\"}, not [a](b) {c}.\n", []Hidden{
			{1, "{width=50%} after the image is a Pandoc or Quarto attribute, which Markdown does not read, so the page shows it as written; remove it: an image is shown at its own size, at most the text's width (make the file smaller to show it smaller)"},
			{1, "{target=\"_blank\"} after the link is a Pandoc or Quarto attribute, which Markdown does not read, so the page shows it as written; remove it: a link's class or target is the theme's"},
		}},
		{"Obsidian's width", "![Loss curves|300](fig.png) ![Plot|640x480](p.png) ![a|b](c.png)\n", []Hidden{
			{1, "|300 in ![Loss curves|300] is Obsidian's width for the image, which Markdown does not read: the image keeps its own size, and its description, which screen readers read, ends \"|300\"; write ![Loss curves], and make the file smaller to show it smaller"},
			{1, "|640x480 in ![Plot|640x480] is Obsidian's width for the image, which Markdown does not read: the image keeps its own size, and its description, which screen readers read, ends \"|640x480\"; write ![Plot], and make the file smaller to show it smaller"},
		}},
		{"wiki links", "See [[2401.00001]] and\n[[Reading list#Week 2|the list]].\n", []Hidden{
			{1, wiki("[[2401.00001]]", "[2401.00001](2401.00001.md)")},
			{2, wiki("[[Reading list#Week 2|the list]]", "[the list](Reading%20list.md#week-2)")},
		}},
		{"a file", "[[notes.pdf]]\n", []Hidden{{1, wiki("[[notes.pdf]]", "[notes.pdf](notes.pdf)")}}},
		{"an embed", "![[figure 1.png]]\n", []Hidden{{1, "![[figure 1.png]] is Obsidian's embed, which Markdown does not read, so the page shows it as written; write ![what it shows](figure%201.png), the file's path relative to this one"}}},
		{"a comment", "Text. %%ask Ada%%\n\n%%\nnot yet\n%%\n", []Hidden{
			{1, "%%ask Ada%% is Obsidian's comment, which Markdown does not hide, so the page shows it, %% and all; write <!-- ask Ada --> to keep a note to yourself off the page"},
			{3, "%% not yet %% is Obsidian's comment, which Markdown does not hide, so the page shows it, %% and all; write <!-- not yet --> to keep a note to yourself off the page"},
		}},
		{"a highlight", "The ==key result== holds.\n", []Hidden{{1, "==key result== is Obsidian's highlight, which Markdown does not have, so the page shows the equals signs; write **key result** to set it off"}}},
		{"emoji", "Ship it :rocket:, then :tada:!\n", []Hidden{
			{1, ":rocket: is an emoji's shortcode, which GitHub's preview shows as 🚀 and the page shows as written; write 🚀 itself"},
			{1, ":tada: is an emoji's shortcode, which GitHub's preview shows as 🎉 and the page shows as written; write 🎉 itself"},
		}},
		{"no emoji of that name", "Time :nope: here\n", nil},
		{"inside words", "A ratio a:b:c, at 1:100:2, a token abc==&d=ef==, 50%% or 60%%.\n", nil},
		{"code and math", "`[[x]]` and `:rocket:` and $a==b==c$ and\n\n```\n%%x%%\n```\n", nil},
		{"a link's text", "[[1]](https://example.org) and [[x]][ref]\n\n[ref]: https://example.org\n", nil},
		{"table of contents markers", "[[_TOC_]]\n\n> [TOC]\n\n${toc}\n\nSee [TOC] below, and [[TOC]].\n", []Hidden{
			{1, "[[_TOC_]] is GitLab's and Azure DevOps' marker of a table of contents, which Paperboy does not make, so the page shows it as written; " + noTOC},
			{3, "[TOC] is Python-Markdown's and MkDocs' marker of a table of contents, which Paperboy does not make, so the page shows it as written; " + noTOC},
			{5, "${toc} is Typora's marker of a table of contents, which Paperboy does not make, so the page shows it as written; " + noTOC},
		}},
		{"a nested list", "The matrix [[1, 2]] is small.\n", nil},
		{"a comparison", "If a == b, then c == d.\n", nil},
		{"pandoc", "As shown[@vaswani2017, p. 3] and [-@devlin2019; @radford2019].\n\n::: {.callout-warning}\nMind it.\n:::\n\n::: aside\nx\n:::\n\nA note.^[Said *Ada*.]\n", []Hidden{
			{1, "[@vaswani2017, p. 3] is a pandoc citation, which Markdown does not read, so the page shows it as written; link the paper instead: [Vaswani et al., 2017](1706.03762.md), its source's path relative to this one"},
			{1, "[-@devlin2019; @radford2019] is a pandoc citation, which Markdown does not read, so the page shows it as written; link the paper instead: [Vaswani et al., 2017](1706.03762.md), its source's path relative to this one"},
			{3, "::: {.callout-warning} is Quarto's callout (pandoc's fenced div), which Markdown does not read, so the page shows its lines of colons as text; write it as an alert: > [!WARNING] on the first line, and > before each line of its text"},
			{7, "::: aside opens pandoc's fenced div, which Markdown does not read, so the page shows its lines of colons as text; take the ::: lines out, or make the block a quote (> before each line) or an alert (> [!NOTE])"},
			{11, "^[Said *Ada*.] is pandoc's inline footnote, which Markdown does not read, so the page shows it as written; write a footnote: [^1] here, and [^1]: Said *Ada*. on a line of its own"},
		}},
		{"not pandoc", "[@karpathy](https://x.com/karpathy), ada@example.org, [ada@example.org], :::\n\n2^[n] and a^[b](x)\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.source([]byte(tt.src)).otherMarkdowns(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("otherMarkdowns(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}
