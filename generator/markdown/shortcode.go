package markdown

import (
	"bytes"
	"cmp"
	"regexp"
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
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
// those in code spans and code blocks, which show them as written, in math
// ($x_{{<t}}$ is TeX) and in HTML comments, which never show. ({{<figure
// src="x">}} holds what reads as an HTML tag, so other raw HTML is not
// skipped.) Closing ones ({{< /math >}}) go with their opening one.
func (r *Renderer) Shortcodes(src []byte) []Shortcode {
	if !bytes.Contains(src, []byte("{{<")) && !bytes.Contains(src, []byte("{{%")) {
		return nil
	}
	var code [][2]int // byte ranges of src that code, math and raw HTML hold
	lines := func(l *text.Segments) {
		if l.Len() > 0 {
			code = append(code, [2]int{l.At(0).Start, l.At(l.Len() - 1).Stop})
		}
	}
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
		case ast.KindFencedCodeBlock, ast.KindCodeBlock, passthrough.KindPassthroughBlock:
			lines(n.Lines())
		case ast.KindHTMLBlock:
			if h := n.(*ast.HTMLBlock); h.HTMLBlockType == ast.HTMLBlockType2 { // a comment
				lines(n.Lines())
				if h.HasClosure() {
					code = append(code, [2]int{h.ClosureLine.Start, h.ClosureLine.Stop})
				}
			}
		case passthrough.KindPassthroughInline:
			seg := n.(*passthrough.PassthroughInline).Segment
			code = append(code, [2]int{seg.Start, seg.Stop})
		case ast.KindRawHTML:
			if segs := n.(*ast.RawHTML).Segments; segs.Len() > 0 && bytes.HasPrefix(src[segs.At(0).Start:], []byte("<!--")) {
				lines(segs)
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
		args := string(src[at:])
		if end := strings.Index(args, strings.NewReplacer("<", ">").Replace(d)+"}}"); end >= 0 {
			args = args[:end]
		}
		out = append(out, Shortcode{Line: lineAt(src, i), Name: name, Text: "{{" + d + " " + name + " " + strings.NewReplacer("<", ">").Replace(d) + "}}",
			Hint: shortcodeHint(name, shortcodeArgs(args))})
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

// argRE is one named argument of a shortcode: key="value", key='value',
// key=`value` or key=value.
var argRE = regexp.MustCompile("([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s\"'`>%}]+))")

// shortcodeArgs returns the named arguments in s, a shortcode's text after
// its name up to its closing >}} or %}}.
func shortcodeArgs(s string) map[string]string {
	args := map[string]string{}
	for _, m := range argRE.FindAllStringSubmatch(s, -1) {
		args[strings.ToLower(m[1])] = m[2] + m[3] + m[4] + m[5]
	}
	return args
}

// imageHint says how to write Hugo's figure with the arguments args as a
// Markdown image: ![caption](src) from its own src and caption (or alt)
// when it has a src.
func imageHint(args map[string]string) string {
	const beside = " (a file beside this .md is published when a source links to it; see \"Images and other files beside your Markdown\" in the README)"
	src := strings.TrimSpace(args["src"])
	if src == "" {
		return "write an image as ![alt text](fig1.png), the path of a file beside this .md, or an https:// address" + beside
	}
	alt := strings.Join(strings.Fields(cmp.Or(args["caption"], args["alt"], args["title"], "alt text")), " ")
	alt = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`).Replace(alt)
	if strings.ContainsAny(src, " ()<>") {
		src = "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(src) + ">"
	}
	return "write it as an image: ![" + alt + "](" + src + ")" + beside
}

// shortcodeHint says what to write in place of Hugo's shortcode name with
// the named arguments args.
func shortcodeHint(name string, args map[string]string) string {
	switch name {
	case "ref", "relref":
		return "link to the page's address from the site root, e.g. [the paper](/papers/2410.07166/) or [the day](/days/2024-05-27/)"
	case "math", "katex", "mathjax", "tex", "latex":
		return "write the formula as $$…$$ (display) or $…$ (inline)"
	case "figure", "img", "image":
		return imageHint(args)
	case "highlight", "code":
		return "write a fenced code block: ```python, the code, then ```"
	case "notice", "note", "hint", "alert", "callout", "admonition", "warning", "tip":
		return "write a quote: > **Note:** …"
	case "youtube", "vimeo", "tweet", "x", "twitter", "gist", "instagram", "video":
		return "write a link to it: [the video](https://…)"
	}
	return "write it in Markdown"
}

// Hidden is text of a Markdown source that an HTML comment hides by
// mistake.
type Hidden struct {
	Line int    // 1-based line of src
	Msg  string // what is hidden and what to write instead
}

// HiddenByComments returns the places in src where an HTML comment hides
// more than itself: one never closed, which CommonMark reads to the end
// of the source, and text after the --> on the line of a comment that
// starts a block, which the comment's block takes with it.
func (r *Renderer) HiddenByComments(src []byte) []Hidden {
	if !bytes.Contains(src, []byte("<!--")) {
		return nil
	}
	var out []Hidden
	doc := r.md.Parser().Parse(text.NewReader(src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.HTMLBlock)
		if !ok || h.HTMLBlockType != ast.HTMLBlockType2 || h.Lines().Len() == 0 {
			continue
		}
		start := h.Lines().At(0).Start
		line := lineAt(src, start)
		last := h.Lines().At(h.Lines().Len() - 1)
		if h.HasClosure() {
			last = h.ClosureLine
		}
		end := bytes.LastIndex(src[start:last.Stop], []byte("-->"))
		switch {
		case end < 0:
			out = append(out, Hidden{line, "this HTML comment is never closed, so it hides everything after it, to the end; close it with -->"})
		case len(bytes.TrimSpace(src[start+end+3:last.Stop])) > 0:
			out = append(out, Hidden{line + bytes.Count(src[start:start+end], []byte("\n")), "the text after --> on this line is hidden with the comment (a comment that starts a line takes its last line with it); put the text on a line of its own"})
		}
	}
	return out
}
