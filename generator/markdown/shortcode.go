package markdown

import (
	"bytes"
	"cmp"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Shortcode is a template tag of another site generator in a Markdown
// source, which Paperboy does not have: it would show as text. It is a
// Hugo shortcode ({{< name … >}} or {{% name … %}}), a Zola shortcode
// ({{ youtube(id="x") }}, {% note() %}), Jekyll's Liquid ({% include … %},
// {{ site.baseurl }}) or a kramdown attribute list ({: .class}, {:toc}).
type Shortcode struct {
	Line int    // 1-based line of src it starts on
	Name string // "figure", "ref", "include", "site.baseurl", "{:toc}"
	Of   string // whose it is: "a Hugo shortcode", "a Zola shortcode", "Jekyll's Liquid", "a kramdown attribute list"
	Text string // how it opens: "{{< figure >}}", "{{% notice %}}", "{% include figure.html %}"
	Hint string // what to write instead
	// Escaped is a shortcode escaped to be shown as written ({{</* x */>}},
	// Zola's {{/* x() */}}), which a page would show with its /* */.
	Escaped bool
	at      int // its byte offset in src, for the order
}

// shortcodes returns the opening Hugo and Zola shortcodes, Liquid tags and
// outputs and kramdown attribute lists in src, in source order, but those in code
// spans and code blocks, which show them as written, in math ($x_{{<t}}$
// is TeX) and in HTML comments, which never show. ({{<figure src="x">}}
// holds what reads as an HTML tag, so other raw HTML is not skipped.)
// Closing ones ({{< /math >}}, {% endhighlight %}) go with their opening
// one.
func (s *source) shortcodes() []Shortcode {
	if !strings.Contains(s.text, "{{") && !strings.Contains(s.text, "{%") && !strings.Contains(s.text, "{:") {
		return nil
	}
	verbatim := s.verbatim()
	out := slices.Concat(hugoShortcodes(s, verbatim), zolaShortcodes(s, verbatim), liquid(s, verbatim), kramdownIALs(s, verbatim))
	slices.SortStableFunc(out, func(a, b Shortcode) int { return cmp.Compare(a.at, b.at) })
	return out
}

// verbatim returns the byte ranges of src that code, math and HTML
// comments hold, where a template tag is shown as written or not at all.
// The tree is walked for them once: the checks ask for them per match
// (a footnote reference, a dollar sign), and a body of thousands would
// otherwise walk it thousands of times.
func (s *source) verbatim() ranges {
	if s.verbatimWalks == 0 {
		s.verbatimWalks++
		s.code = s.walkVerbatim()
	}
	return s.code
}

// walkVerbatim finds verbatim's ranges in the source's tree.
func (s *source) walkVerbatim() ranges {
	src := s.bytes()
	var code [][2]int
	lines := func(l *text.Segments) {
		if l.Len() > 0 {
			code = append(code, [2]int{l.At(0).Start, l.At(l.Len() - 1).Stop})
		}
	}
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
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
	return newRanges(code)
}

// hugoShortcodes returns the opening Hugo shortcodes of s outside the
// verbatim ranges.
func hugoShortcodes(s *source, verbatim ranges) []Shortcode {
	src := s.bytes()
	var out []Shortcode
	for at := 0; at < len(src); {
		i := indexOpener(src[at:])
		if i < 0 {
			break
		}
		i += at
		at = i + 3
		rest := strings.TrimLeft(string(src[at:min(len(src), at+64)]), " \t")
		if verbatim.contains(i) {
			continue
		}
		d := string(src[i+2])                         // < or %
		e := strings.NewReplacer("<", ">").Replace(d) // its closing > or %
		if strings.HasPrefix(rest, "/*") {
			// Escaped: Hugo shows it as the shortcode itself.
			open := at + bytes.Index(src[at:], []byte("/*")) + 2 // after any spaces: {{< /* x */ >}}
			m := escapedEnd.FindSubmatchIndex(src[open:min(len(src), open+maxArgs)])
			if m == nil || string(src[open+m[2]:open+m[3]]) != e {
				continue
			}
			call := strings.TrimSpace(string(src[open : open+m[0]]))
			out = append(out, Shortcode{Line: s.line(i), Name: call, Of: "a Hugo shortcode escaped with /* */", Text: "{{" + d + "/* … */" + e + "}}",
				Hint: escapedHint("Hugo", "{{"+d+" "+call+" "+e+"}}"), Escaped: true, at: i})
			at = open + m[1]
			continue
		}
		if strings.HasPrefix(rest, "/") {
			continue
		}
		name := rest
		if end := strings.IndexAny(rest, " \t\n>%}"); end >= 0 {
			name = rest[:end]
		}
		// Its arguments run to its closing >}} or %}}, else to the next
		// {{ or for maxArgs bytes: each of thousands of shortcodes reading
		// (copying) the rest of the source took minutes.
		args := src[at:min(len(src), at+maxArgs)]
		if end := bytes.Index(args, []byte(e+"}}")); end >= 0 {
			args = args[:end]
		} else if end := bytes.Index(args, []byte("{{")); end >= 0 {
			args = args[:end]
		}
		out = append(out, Shortcode{Line: s.line(i), Name: name, Of: "a Hugo shortcode", Text: "{{" + d + " " + name + " " + e + "}}",
			Hint: shortcodeHint(name, shortcodeArgs(string(args))), at: i})
	}
	return out
}

// maxArgs bounds how far past its opening hugoShortcodes looks for a
// shortcode's end: a shortcode is a line or a few, and thousands of
// unclosed ones must not each be read to the end of the source.
const maxArgs = 4096

// escapedHint says what to write for a shortcode escaped to be shown as
// written, which whose generator ("Hugo", "Zola") showed as shown.
func escapedHint(whose, shown string) string {
	return whose + " showed it as " + shown + ": write that in a code span, `" + shown + "`"
}

// escapedEnd is the end of an escaped Hugo shortcode, */>}} or */%}}, with
// the > or % (group 1).
var escapedEnd = regexp.MustCompile(`\*/\s*([>%])\}\}`)

// indexOpener returns the index of the first {{< or {{% in b, or -1. It
// reads b only up to that opener: looking for each kind on its own read a
// source that has one kind only to its end at every shortcode.
func indexOpener(b []byte) int {
	for at := 0; ; {
		i := bytes.Index(b[at:], []byte("{{"))
		if i < 0 {
			return -1
		}
		i += at
		if i+2 < len(b) && (b[i+2] == '<' || b[i+2] == '%') {
			return i
		}
		at = i + 1
	}
}

// argRE is one named argument of a shortcode: key="value", key='value',
// key=`value` or key=value.
var argRE = regexp.MustCompile("([A-Za-z_][A-Za-z0-9_-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s\"'`>%}]+))")

// shortcodeArgs returns the named arguments in s, a shortcode's text after
// its name up to its closing >}} or %}}.
func shortcodeArgs(s string) map[string]string {
	args := map[string]string{}
	if m := firstArgRE.FindStringSubmatch(s); m != nil {
		args["0"] = m[1] + m[2] // its first argument, by place: {{< ref "bert.md" >}}
	}
	for _, m := range argRE.FindAllStringSubmatch(s, -1) {
		args[strings.ToLower(m[1])] = m[2] + m[3] + m[4] + m[5]
	}
	return args
}

// firstArgRE is a shortcode's first argument given by place, after its
// name, quoted or not.
var firstArgRE = regexp.MustCompile(`^\s*[^\s"]+\s+(?:"([^"]*)"|([^\s"=]+)(?:\s|$))`)

// imageBeside says where an image's file goes.
const imageBeside = " (a file beside this .md is published when a source links to it; see \"Images and other files beside your Markdown\" in the README)"

// imageHint says how to write Hugo's figure with the arguments args as a
// Markdown image: ![caption](src) from its own src and caption (or alt)
// when it has a src.
func imageHint(args map[string]string) string {
	src := strings.TrimSpace(args["src"])
	if src == "" {
		return "write an image as ![alt text](fig1.png), the path of a file beside this .md, or an https:// address" + imageBeside
	}
	alt := strings.Join(strings.Fields(cmp.Or(args["caption"], args["alt"], args["title"], "alt text")), " ")
	alt = strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`).Replace(alt)
	if strings.ContainsAny(src, " ()<>") {
		src = "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(src) + ">"
	}
	return "write it as an image: ![" + alt + "](" + src + ")" + imageBeside
}

// shortcodeHint says what to write in place of Hugo's shortcode name with
// the named arguments args.
func shortcodeHint(name string, args map[string]string) string {
	switch name {
	case "ref", "relref":
		if md := path.Base(args["0"]); strings.HasSuffix(md, ".md") {
			return "link to its source, relative to this .md (a link to another paper's .md reaches its page): [the paper](" + md + ") for one beside it"
		}
		return "link to the page's address from the site root, e.g. [the paper](/papers/2410.07166/) or [the day](/days/2024-05-27/)"
	case "math", "katex", "mathjax", "tex", "latex":
		return "write the formula as $$…$$ (display) or $…$ (inline)"
	case "figure", "img", "image":
		return imageHint(args)
	case "highlight", "code":
		return codeHint("python")
	case "notice", "note", "hint", "alert", "callout", "admonition", "warning", "tip":
		return "write a quote: > **Note:** …"
	case "toc", "tableofcontents":
		return noTOC
	case "youtube", "vimeo", "streamable", "tweet", "x", "twitter", "gist", "instagram", "video":
		return "write a link to it: [the video](https://…)"
	}
	return "write it in Markdown"
}

// codeHint says to write a fenced code block of the language lang.
func codeHint(lang string) string {
	return "write a fenced code block: ```" + lang + ", the code, then ```"
}

// Hidden is text of a Markdown source that an HTML comment hides by
// mistake.
type Hidden struct {
	Line int    // 1-based line of src
	Msg  string // what is hidden and what to write instead
}

// hiddenByComments returns the places in src where an HTML comment hides
// more than itself: one never closed, which CommonMark reads to the end
// of the source, and text after the --> on the line of a comment that
// starts a block, which the comment's block takes with it.
func (s *source) hiddenByComments() []Hidden {
	if !strings.Contains(s.text, "<!--") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	for n := s.root().FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.HTMLBlock)
		if !ok || h.HTMLBlockType != ast.HTMLBlockType2 || h.Lines().Len() == 0 {
			continue
		}
		start := h.Lines().At(0).Start
		line := s.line(start)
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
