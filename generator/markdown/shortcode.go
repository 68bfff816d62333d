package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Shortcode is a Hugo shortcode ({{< name … >}} or {{% name … %}}) in a
// Markdown source, which Paperboy does not have: it would show as text.
type Shortcode struct {
	Line int    // 1-based line of src it starts on
	Name string // "figure", "ref"
	Text string // how it opens: "{{< figure >}}", "{{% notice %}}"
	Hint string // what to write instead
}

// Shortcodes returns the opening shortcodes in src, in source order, but
// those in code spans and code blocks, which show them as written. Closing
// ones ({{< /math >}}) go with their opening one.
func (r *Renderer) Shortcodes(src []byte) []Shortcode {
	if !bytes.Contains(src, []byte("{{<")) && !bytes.Contains(src, []byte("{{%")) {
		return nil
	}
	var code [][2]int // byte ranges of src that code holds
	doc := r.md.Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeSpan:
			if first, last := textIn(n, false), textIn(n, true); first != nil {
				code = append(code, [2]int{first.Segment.Start, last.Segment.Stop})
			}
			return ast.WalkSkipChildren, nil
		case ast.KindFencedCodeBlock, ast.KindCodeBlock:
			if l := n.Lines(); l.Len() > 0 {
				code = append(code, [2]int{l.At(0).Start, l.At(l.Len() - 1).Stop})
			}
		}
		return ast.WalkContinue, nil
	})
	var out []Shortcode
	for at := 0; at < len(src); {
		i := indexOpener(src[at:])
		if i < 0 {
			break
		}
		i += at
		at = i + 3
		inCode := false
		for _, c := range code {
			inCode = inCode || c[0] <= i && i < c[1]
		}
		rest := strings.TrimLeft(string(src[at:min(len(src), at+64)]), " \t")
		if inCode || strings.HasPrefix(rest, "/") {
			continue
		}
		name := rest
		if end := strings.IndexAny(rest, " \t\n>%}"); end >= 0 {
			name = rest[:end]
		}
		d := string(src[i+2])
		out = append(out, Shortcode{Line: 1 + bytes.Count(src[:i], []byte("\n")), Name: name, Text: "{{" + d + " " + name + " " + strings.NewReplacer("<", ">").Replace(d) + "}}", Hint: shortcodeHint(name)})
	}
	return out
}

// indexOpener returns the index of the first {{< or {{% in b, or -1.
func indexOpener(b []byte) int {
	a, p := bytes.Index(b, []byte("{{<")), bytes.Index(b, []byte("{{%"))
	if a < 0 || p >= 0 && p < a {
		return p
	}
	return a
}

// shortcodeHint says what to write in place of Hugo's shortcode name.
func shortcodeHint(name string) string {
	switch name {
	case "ref", "relref":
		return "link to the page's address from the site root, e.g. [the paper](/papers/2410.07166/) or [the day](/days/2024-05-27/)"
	case "math", "katex", "mathjax", "tex", "latex":
		return "write the formula as $$…$$ (display) or $…$ (inline)"
	case "figure", "img", "image":
		return "write an image as ![alt text](https://…), or give the paper's figure as `image:` in the front matter"
	case "highlight", "code":
		return "write a fenced code block: ```python, the code, then ```"
	case "notice", "note", "hint", "alert", "callout", "admonition", "warning", "tip":
		return "write a quote: > **Note:** …"
	case "youtube", "vimeo", "tweet", "x", "twitter", "gist", "instagram", "video":
		return "write a link to it: [the video](https://…)"
	}
	return "write it in Markdown"
}
