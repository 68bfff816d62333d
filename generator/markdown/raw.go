package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// omitRaw renders raw HTML, inline and block, as nothing: with unsafe HTML
// off goldmark would write "<!-- raw HTML omitted -->" in its place, as it
// would for every <!--more-->.
type omitRaw struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (omitRaw) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	skip := func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkSkipChildren, nil
	}
	reg.Register(ast.KindRawHTML, skip)
	reg.Register(ast.KindHTMLBlock, skip)
}

// rawLinks returns h with the addresses of its tags (rawURLs: src,
// href, poster and each of a srcset's) fixed as linkFixer fixes
// Markdown's destinations, and without its HTML comments, which
// are the curator's notes to self (<!-- ask Ada -->): a page's source is
// anyone's to read, and the feeds leave them out too. Tags it does not
// change keep their bytes; a tag it changes is written anew (quoted,
// escaped) by the tokenizer.
func rawLinks(h []byte, base basePaths, resolve Resolve) []byte {
	z := html.NewTokenizer(bytes.NewReader(h))
	var out bytes.Buffer
	changed := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt == html.CommentToken {
			changed = true
			continue
		}
		raw := bytes.Clone(z.Raw()) // Token lowers the tag's name in place
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			tok := z.Token()
			edit := false
			for i, a := range tok.Attr {
				if v := rawURLs(a, func(u string) string {
					v, _ := fixDest([]byte(u), base, resolve)
					return string(v)
				}); v != a.Val {
					tok.Attr[i].Val, edit = v, true
				}
			}
			if edit {
				out.WriteString(tok.String())
				changed = true
				continue
			}
		}
		out.Write(raw)
	}
	if !changed {
		return h
	}
	return out.Bytes()
}

// rawURLs returns the value of a, an attribute of a raw tag, with each
// address it holds mapped by fix, and as it is when it holds none: src,
// href and poster hold one, and srcset a list of them, each with its
// width or density ("fig.png 1x, fig@2x.png 2x"): <img srcset> and
// <video poster> name files beside the source as src does, which the
// page and the feeds had at the page's own folder, where there are none.
func rawURLs(a html.Attribute, fix func(u string) string) string {
	if a.Namespace != "" {
		return a.Val
	}
	switch a.Key {
	case "src", "href", "poster":
		return fix(a.Val)
	case "srcset":
		return mapSrcset(a.Val, fix)
	}
	return a.Val
}

// mapSrcset returns the srcset v with the address of each of its
// candidates mapped by fix, and v itself when none changes. A candidate
// is read as HTML reads it: an address is all up to white space, so a
// data: one keeps its comma, and commas that end it end the candidate.
func mapSrcset(v string, fix func(u string) string) string {
	var b strings.Builder
	changed := false
	for rest := v; ; {
		rest = strings.TrimLeft(rest, " \t\n\f\r,")
		if rest == "" {
			break
		}
		end := strings.IndexAny(rest, " \t\n\f\r")
		if end < 0 {
			end = len(rest)
		}
		u, desc := rest[:end], ""
		rest = rest[end:]
		if trimmed := strings.TrimRight(u, ","); trimmed != u {
			u = trimmed
		} else {
			desc, rest, _ = strings.Cut(rest, ",")
			desc = strings.Join(strings.Fields(desc), " ")
		}
		f := fix(u)
		changed = changed || f != u
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f)
		if desc != "" {
			b.WriteString(" " + desc)
		}
	}
	if !changed {
		return v
	}
	return b.String()
}

// omittedHTML returns the lines of src whose raw HTML the page leaves out,
// with unsafe HTML off, and what to write instead: an inline tag is
// dropped, the text around it kept without its markup, and an HTML block
// with all it holds. A tag whose name is no HTML element's (n<m and m>k
// holds the tag <m and m>) is text that the page loses, unsafe HTML or
// not: a browser shows no tag. HTML comments are no part of it (see
// hiddenByComments).
func (s *source) omittedHTML() []Hidden {
	if !mayHoldTag(s.text) {
		return nil
	}
	src, r := s.bytes(), s.r
	var out []Hidden
	var open openElements
	blocks := map[int]string{} // by warning, the HTML block it names
	var line int               // the line of the inline tags in tags
	var tags, words []string   // that line's HTML elements, and tags that are no element's
	flush := func() {
		if len(words) > 0 {
			reads := " reads as an HTML tag, so the page leaves it out; if it is text (n<m), write \\< for its <"
			if len(words) > 1 {
				reads = " read as HTML tags, so the page leaves them out; if they are text (n<m), write \\< for each <"
			}
			out = append(out, Hidden{line, textutil.List(words) + reads + ", or put math between dollar signs ($n<m$)"})
		}
		if len(tags) > 0 {
			out = append(out, Hidden{line, textutil.List(tags) + " " + textutil.Word(len(tags), "is", "are") + " raw HTML, which the page leaves out (the text between stays, without its markup) as site.yaml's unsafeHTML is off; " + markdownFor(tags) + "set unsafeHTML: true in site.yaml to keep raw HTML"})
		}
		tags, words = nil, nil
	}
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML:
			if n.Segments.Len() == 0 {
				break
			}
			at := n.Segments.At(0).Start
			if l := s.line(at); l != line {
				flush()
				line = l
			}
			var raw []byte
			for i := range n.Segments.Len() {
				seg := n.Segments.At(i)
				raw = append(raw, seg.Value(src)...)
			}
			name, element, ok := tagName(raw)
			switch {
			case !ok:
			case !element:
				words = appendNew(words, string(bytes.Join(bytes.Fields(raw), []byte(" "))))
			case !r.unsafe:
				tags = appendNew(tags, "<"+name+">")
			}
		case *ast.HTMLBlock:
			if r.unsafe || n.HTMLBlockType == ast.HTMLBlockType2 || n.HTMLBlockType == ast.HTMLBlockType3 || n.HTMLBlockType == ast.HTMLBlockType4 || n.HTMLBlockType == ast.HTMLBlockType5 || n.Lines().Len() == 0 {
				break // kept, or a comment, processing instruction, declaration or CDATA
			}
			flush()
			first, last := n.Lines().At(0), n.Lines().At(n.Lines().Len()-1)
			if n.HasClosure() {
				last = n.ClosureLine
			}
			var names []string
			z := html.NewTokenizer(bytes.NewReader(src[first.Start:last.Stop]))
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
					name, _ := z.TagName()
					names = appendNew(names, "<"+string(name)+">")
				}
			}
			if open.block(src[first.Start:last.Stop], len(out)) {
				return ast.WalkSkipChildren, nil // only ends an element an earlier block opened, whose warning names it
			}
			if len(names) == 0 {
				names = []string{strings.TrimSpace(string(first.Value(src)))}
			}
			where := "one line"
			if n := 1 + bytes.Count(src[first.Start:last.Stop-1], []byte("\n")); n > 1 {
				where = fmt.Sprintf("%d lines", n)
			}
			blocks[len(out)] = "this HTML block (" + textutil.List(names) + ", " + where + ")"
			out = append(out, Hidden{s.line(first.Start), blocks[len(out)] + " is left out of the page, all its lines, as site.yaml's unsafeHTML is off; " + markdownFor(names) + "set unsafeHTML: true in site.yaml to keep raw HTML"})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	flush()
	for i, c := range open.closed {
		out[i].Msg = betweenShows(blocks[i], c)
	}
	return out
}

// openElements follows the elements that an HTML block leaves open and a
// later one closes: <details>, <summary>…</summary>, a blank line,
// Markdown, a blank line, </details>, as GitHub's notes fold a proof.
// CommonMark ends an HTML block at the blank line, so the page leaves out
// the two blocks and shows the Markdown between them: the opening block's
// warning says so, and the closing one, which hides nothing, has none.
type openElements struct {
	stack  []openElement
	closed map[int]string // the name of an element closed, by the index of the warning of the block that opened it
}

// openElement is an element an HTML block left open, and the index of
// that block's warning.
type openElement struct {
	name string
	warn int
}

// voids are the HTML elements that have no end tag.
var voids = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// block reads the tags of the HTML block h, whose warning is to be the
// warn'th, and reports whether it only closes elements
// earlier blocks opened (</details> alone): the page loses nothing of it.
func (o *openElements) block(h []byte, warn int) (onlyCloses bool) {
	onlyCloses = true
	z := html.NewTokenizer(bytes.NewReader(h))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return onlyCloses
		}
		name, _ := z.TagName()
		switch tt {
		case html.StartTagToken:
			if !voids[string(name)] {
				o.stack = append(o.stack, openElement{string(name), warn})
			}
			onlyCloses = false
		case html.EndTagToken:
			i := len(o.stack) - 1
			for i >= 0 && o.stack[i].name != string(name) {
				i--
			}
			if i < 0 { // a stray end tag
				onlyCloses = false
				break
			}
			if o.stack[i].warn == warn { // one of this block's own elements
				o.stack = o.stack[:i]
				break
			}
			if o.closed == nil {
				o.closed = map[int]string{}
			}
			o.closed[o.stack[i].warn] = string(name)
			o.stack = o.stack[:i]
		case html.TextToken:
			onlyCloses = onlyCloses && len(bytes.TrimSpace(z.Raw())) == 0
		default:
			onlyCloses = false
		}
	}
}

// betweenShows is the warning of block, an HTML block that opens an
// element name that a later block closes: the page leaves out the blocks'
// own lines, and shows the Markdown between them.
func betweenShows(block, name string) string {
	what, keep := "it shows, without the <"+name+"> around it", "to keep raw HTML"
	if name == "details" {
		what, keep = "it shows, unfolded, for every reader", "to keep it folded"
	}
	return fmt.Sprintf("%s is left out of the page, as site.yaml's unsafeHTML is off, but the Markdown after the blank line that ends it, up to </%s>, is not: %s; set unsafeHTML: true in site.yaml %s", block, name, what, keep)
}

// mayHoldTag reports whether src has a < that may open a tag: one before
// a letter or a slash.
func mayHoldTag(src string) bool {
	return anyAt(src, '<', func(i int) bool {
		c := byte(0)
		if i+1 < len(src) {
			c = src[i+1]
		}
		return c == '/' || 'a' <= c|0x20 && c|0x20 <= 'z'
	})
}

// anyAt reports whether ok holds at one of the indexes of c in src.
func anyAt(src string, c byte, ok func(i int) bool) bool {
	for i := strings.IndexByte(src, c); i >= 0; {
		if ok(i) {
			return true
		}
		j := strings.IndexByte(src[i+1:], c)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// tagName returns the name of the start tag raw, lower-cased, and whether
// it is an HTML element's (a custom element's, with a hyphen, counts) with
// attributes HTML has; ok is false for an end tag, a comment and the like.
// A bare word that is no attribute's makes it text: <b or b> in a<b or b>c
// is no bold, and <details open> an element.
func tagName(raw []byte) (name string, element, ok bool) {
	if len(raw) < 2 || raw[0] != '<' || raw[1] == '/' || raw[1] == '!' || raw[1] == '?' {
		return "", false, false
	}
	end := 1
	for end < len(raw) && (raw[end] == '-' || 'a' <= raw[end]|0x20 && raw[end]|0x20 <= 'z' || '0' <= raw[end] && raw[end] <= '9') {
		end++
	}
	name = strings.ToLower(string(raw[1:end]))
	if strings.Contains(name, "-") {
		return name, true, true
	}
	if atom.Lookup([]byte(name)) == 0 {
		return name, false, true
	}
	for _, m := range attrRE.FindAllSubmatchIndex(raw[end:], -1) {
		attr := bytes.ToLower(raw[end+m[2] : end+m[3]])
		if m[4] < 0 && atom.Lookup(attr) == 0 && !bytes.ContainsAny(attr, "-:") {
			return name, false, true
		}
	}
	return name, true, true
}

// attrRE is an attribute of a tag as CommonMark reads one: its name, and
// its value where it has one (="x").
var attrRE = regexp.MustCompile(`\s+([A-Za-z_:][\w.:-]*)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>` + "`" + `]+))?`)

// appendNew appends s to list unless it holds it already.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// markdownFor is the Markdown to write for those of tags (<img>, <b>…)
// that have one, ending with ", or " to join the advice to keep raw
// HTML; "" when none has.
func markdownFor(tags []string) string {
	var says []string
	for _, t := range tags {
		var s string
		switch t {
		case "<img>":
			s = "![what it shows](fig.png) for an image"
		case "<b>", "<strong>":
			s = "**…** for bold"
		case "<i>", "<em>":
			s = "*…* for italics"
		case "<a>":
			s = "[text](https://…) for a link"
		case "<code>":
			s = "`…` for code"
		case "<pre>":
			s = "a fenced code block (```) for preformatted text"
		case "<br>":
			s = "a backslash at the end of a line for a line break"
		case "<s>", "<del>", "<strike>":
			s = "~~…~~ for struck text"
		case "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>":
			s = "## … for a heading"
		case "<ul>", "<ol>", "<li>":
			s = "- … lines for a list"
		case "<table>":
			s = "a | … | table"
		case "<blockquote>":
			s = "> … for a quote"
		}
		if s != "" && !slices.Contains(says, s) {
			says = append(says, s)
		}
	}
	if len(says) == 0 {
		return ""
	}
	return "write " + textutil.List(says) + ", or "
}
