package markdown

import (
	"fmt"
	"strings"
	"testing"
)

// TestShortcodes: Hugo's shortcodes are found at their lines, with what
// to write instead, except in code, which shows them as written.
func TestShortcodes(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		src  string
		want string // each found, as line:text
	}{
		{"Plain text, {{ not one }}.\n", "[]"},
		{"A.\n\n{{< figure src=\"x.png\" >}}\n", "[3:{{< figure >}}]"},
		{"{{< math >}}a^2{{< /math >}}\n", "[1:{{< math >}}]"},
		{"{{% notice warning %}}Careful.{{% /notice %}}\n", "[1:{{% notice %}}]"},
		{"See [B]({{< ref \"b.md\" >}}) and\n[C]({{<relref \"c\">}}).\n", "[1:{{< ref >}} 2:{{< relref >}}]"},
		{"Write `{{< figure >}}` in Hugo.\n", "[]"},
		{"```\n{{< figure >}}\n```\n\n~~~go\n{{% x %}}\n~~~\n", "[]"},
		{"Text.\n\n    {{< indented >}}\n", "[]"},
		{"`code` then {{< youtube id >}}\n", "[1:{{< youtube >}}]"},
		// Math is TeX, and comments never show.
		{"$p(x_t \\mid x_{{<t}})$ and\n\n$$\\sum_{{<k}} a$$\n", "[]"},
		{"A <!-- TODO: {{< figure src=\"f.png\" >}} --> note.\n\n<!--\n{{< youtube abc >}}\n-->\n", "[]"},
		{"{{<figure src=\"x.png\">}}\n", "[1:{{< figure >}}]"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range r.source([]byte(tt.src)).shortcodes() {
			got = append(got, fmt.Sprintf("%d:%s", s.Line, s.Text))
			if s.Hint == "" {
				t.Errorf("Shortcodes(%q): %s has no hint", tt.src, s.Text)
			}
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("Shortcodes(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}

// TestHiddenByComments: an HTML comment never closed, and text after the
// --> of a comment that starts a block, are found at their lines; a
// comment alone, or inside a paragraph, is not.
func TestHiddenByComments(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"A.\n\n<!-- note -->\n\nB <!-- inline --> C.\n\n<!--\nmany\nlines\n-->\n", "[]"},
		{"A.\n\n<!-- TODO: check the numbers\n\nB.\n\n## Notes\n", "[3]"},
		{"<!-- from v2 --> We propose a method.\n\nB.\n", "[1]"},
		{"A.\n\n<!--\nnote\n--> hidden\n", "[5]"},
		{"```\n<!-- in code\n```\n", "[]"},
	}
	for _, tt := range tests {
		var got []int
		for _, h := range r.source([]byte(tt.src)).hiddenByComments() {
			got = append(got, h.Line)
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("HiddenByComments(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}

// TestFigureHint: Hugo's figure is answered with the Markdown image its own
// src and caption (or alt) make, and no paper-only advice.
func TestFigureHint(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"{{< figure src=\"fig1.png\" caption=\"Figure 1 of the paper, redrawn.\" >}}\n", "write it as an image: ![Figure 1 of the paper, redrawn.](fig1.png) (a file beside this .md is published"},
		{"{{< figure src='Fig 1.png' alt=\"A [big] chart\" >}}\n", `write it as an image: ![A \[big\] chart](<Fig 1.png>)`},
		{"{{% img src=https://x.org/a.png %}}\n", "write it as an image: ![alt text](https://x.org/a.png)"},
		{"{{< figure >}}\n", "write an image as ![alt text](fig1.png), the path of a file beside this .md, or an https:// address"},
	}
	for _, tt := range tests {
		got := r.source([]byte(tt.src)).shortcodes()
		if len(got) != 1 || !strings.HasPrefix(got[0].Hint, tt.want) || strings.Contains(got[0].Hint, "`image:`") || !strings.Contains(got[0].Hint, "README") {
			t.Errorf("Shortcodes(%q) = %+v, want a hint starting %q", tt.src, got, tt.want)
		}
	}
}

// TestRefHint: Hugo's ref and relref to a .md are told to link that .md
// by its name; to another address, or with none, the page's address.
func TestRefHint(t *testing.T) {
	const byName = "link to its source, relative to this .md (a link to another paper's .md reaches its page): [the paper](bert.md) for one beside it"
	const byAddress = "link to the page's address from the site root, e.g. [the paper](/papers/2410.07166/) or [the day](/days/2024-05-27/)"
	for args, want := range map[string]string{
		` ref "bert.md" `:             byName,
		` relref "posts/bert.md" `:    byName,
		`  ref bert.md`:               byName,
		` ref "/posts/bert/" `:        byAddress,
		` ref `:                       byAddress,
		` ref lang="fr" path="x.md" `: byAddress,
	} {
		if got := shortcodeHint("ref", shortcodeArgs(args)); got != want {
			t.Errorf("%q: %s, want %s", args, got, want)
		}
	}
}

// TestTOCHint: Hugo's toc shortcode is told to go, as no page has a table
// of contents.
func TestTOCHint(t *testing.T) {
	if got := shortcodeHint("toc", nil); got != noTOC {
		t.Errorf("shortcodeHint(toc) = %q, want %q", got, noTOC)
	}
}
