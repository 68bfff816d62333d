package mail

import (
	"html/template"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// block is one paragraph of plain text: its first-line marker ("- ",
// "2. "), the indent of its every line (a nested list's), the block
// quotes it is in (at the margin, the outermost first), its words or preformatted lines, and whether it
// follows the previous block without a blank line (list items, the line
// after a hard break).
type block struct {
	marker string
	indent string
	quotes []*html.Node
	text   strings.Builder
	pre    bool
	tight  bool
}

// textOf is a plain-text rendering of rendered Markdown for the text part:
// paragraphs filled to width, list items marked "- " or "1. ", a nested
// list indented under its item's text, a hard line break a line break,
// tables a line a row (see table), block quotes as format=flowed quotes
// (quoteMark, which spaceStuff writes ">"), links written as "text
// <URL>", images as "[alt] <URL>", footnotes as "[1]" and their notes as
// "[1] note", without the back-link to the web page, math as Unicode text
// as the templates' mathText writes a summary's (its TeX source between
// $ signs where it cannot), and preformatted text kept line for line.
func textOf(h template.HTML, width int) (string, error) {
	if h == "" {
		return "", nil
	}
	nodes, err := parseFragment(h)
	if err != nil {
		return "", err
	}
	t := &textRenderer{width: width}
	for _, n := range nodes {
		t.node(n)
	}
	var out strings.Builder
	var prev *block
	for _, b := range t.blocks {
		s := b.text.String()
		if strings.TrimSpace(s) == "" {
			continue
		}
		if prev != nil {
			out.WriteString("\n")
			if !b.tight {
				// A blank line inside a quote is a quoted one, or a
				// flowed reader would end the quote there; between two
				// quotes it is not, or they would read as one.
				out.WriteString(strings.Repeat(quoteMark, sharedQuotes(prev, b)) + "\n")
			}
		}
		out.WriteString(b.render(width, s))
		prev = b
	}
	return out.String(), nil
}

// render writes the block b, whose text is s, filled to width: its lines
// start with its quote marks, then its indent.
func (b *block) render(width int, s string) string {
	q := ""
	if len(b.quotes) > 0 {
		q = strings.Repeat(quoteMark, len(b.quotes)) + " "
	}
	var lines []string
	if b.pre {
		lines = strings.Split(strings.TrimRight(s, "\n"), "\n")
		for i, l := range lines {
			lines[i] = b.indent + l
		}
	} else {
		pad := b.indent + strings.Repeat(" ", textutil.Columns(b.marker))
		w := wrap(width-textutil.Columns(q), pad, s)
		lines = strings.Split(b.indent+b.marker+strings.TrimPrefix(w, pad), "\n")
	}
	if q == "" {
		return strings.Join(lines, "\n")
	}
	for i, l := range lines {
		lines[i] = q + l
	}
	return strings.Join(lines, "\n")
}

// sharedQuotes is how many block quotes the blocks a and b are both in.
func sharedQuotes(a, b *block) int {
	n := 0
	for n < len(a.quotes) && n < len(b.quotes) && a.quotes[n] == b.quotes[n] {
		n++
	}
	return n
}

// textRenderer collects the blocks of a parsed fragment: indent and quotes
// are those of the blocks it opens, width the text's.
type textRenderer struct {
	blocks []*block
	cur    *block
	indent string
	quotes []*html.Node
	width  int
}

// open starts a new block.
func (t *textRenderer) open(marker string, tight, pre bool) {
	t.cur = &block{marker: marker, indent: t.indent, quotes: t.quotes, tight: tight, pre: pre}
	t.blocks = append(t.blocks, t.cur)
}

// write adds text to the current block, opening one if needed.
func (t *textRenderer) write(s string) {
	if t.cur == nil {
		t.open("", false, false)
	}
	t.cur.text.WriteString(s)
}

// lineBreak ends the current line at a hard break (<br>): what follows
// is a block of its own on the next line, under the text of a list item.
func (t *textRenderer) lineBreak() {
	b := t.cur
	if b == nil || strings.TrimSpace(b.text.String()) == "" {
		return
	}
	t.cur = &block{indent: b.indent + strings.Repeat(" ", textutil.Columns(b.marker)), quotes: b.quotes, tight: true}
	t.blocks = append(t.blocks, t.cur)
}

func (t *textRenderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if t.cur != nil && t.cur.pre {
			t.cur.text.WriteString(n.Data)
		} else {
			t.write(n.Data)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style:
		return
	case atom.Math:
		// As a paper's summary in the same part: Unicode where it reads
		// right (β, x²), the TeX source between $ signs where it cannot.
		t.write(tex.UnicodeText("$" + attr(n, "alttext") + "$"))
		return
	case atom.Img:
		// As a paper's Figure: line gives its figure: the address, which a
		// text-only reader can open.
		alt, src := attr(n, "alt"), attr(n, "src")
		switch {
		case alt != "" && src != "":
			t.write("[" + alt + "] <" + src + ">")
		case alt != "":
			t.write("[" + alt + "]")
		case src != "":
			t.write("<" + src + ">")
		}
		return
	case atom.Br:
		if t.cur != nil && t.cur.pre {
			t.cur.text.WriteString("\n")
		} else {
			t.lineBreak()
		}
		return
	case atom.Ul, atom.Ol:
		t.list(n)
		return
	case atom.Blockquote:
		t.blockquote(n)
		return
	case atom.Table:
		t.table(n)
		return
	case atom.Pre:
		t.open("", false, true)
		t.children(n)
		t.cur = nil
		return
	case atom.A:
		t.link(n)
		return
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Dl, atom.Dt, atom.Dd, atom.Figure, atom.Section, atom.Hr:
		inItem := t.cur != nil && t.cur.marker != "" && strings.TrimSpace(t.cur.text.String()) == ""
		if !inItem {
			t.open("", false, false)
		}
		t.children(n)
		t.cur = nil
		return
	}
	t.children(n)
}

// children renders the children of n.
func (t *textRenderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
}

// list renders the list n, an item a block marked "- ", "1. " (from the
// list's start), or "[1] " in a text's footnotes; what an item holds
// after its first paragraph, a nested list too, is indented under its
// text, and a nested list follows its item's text without a blank line.
func (t *textRenderer) list(n *html.Node) {
	i := 1
	if start, err := strconv.Atoi(attr(n, "start")); err == nil && n.DataAtom == atom.Ol {
		i = start
	}
	first, nested := true, n.Parent != nil && n.Parent.DataAtom == atom.Li
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Li {
			continue
		}
		marker := "- "
		switch {
		case n.DataAtom == atom.Ol && isNotes(n.Parent):
			marker = "[" + strconv.Itoa(i) + "] "
		case n.DataAtom == atom.Ol:
			marker = strconv.Itoa(i) + ". "
		}
		t.open(marker, !first || nested, false)
		indent := t.indent
		t.indent += strings.Repeat(" ", textutil.Columns(marker))
		t.children(c)
		t.indent = indent
		first = false
		i++
	}
	t.cur = nil
}

// blockquote renders the block quote n: at the margin as a format=flowed
// quote, one quoteMark a level, which a flowed reader shows as a quote
// and still reflows; inside a list item, whose lines are indented and
// never flow, as "> " after the indent.
func (t *textRenderer) blockquote(n *html.Node) {
	indent, quotes := t.indent, t.quotes
	if t.indent == "" {
		t.quotes = append(slices.Clip(t.quotes), n)
	} else {
		t.indent += "> "
	}
	t.cur = nil
	t.children(n)
	t.indent, t.quotes = indent, quotes
	t.cur = nil
}

// link renders the link n as its text and " <URL>", unless the text is
// the URL; a footnote's reference as "[1]" and its back-link not at all.
func (t *textRenderer) link(n *html.Node) {
	switch {
	case isNoteLink(n, "footnote-backref", "doc-backlink"):
		// "↩︎ <…#fnref:1>" led to the web page, where the text is
		// right above; the no-break space before it goes too.
		t.trimEnd()
		return
	case isNoteLink(n, "footnote-ref", "doc-noteref"):
		t.write("[" + textutil.CollapseSpace(textContent(n)) + "]")
		return
	}
	b, from := t.mark()
	t.children(n)
	href := attr(n, "href")
	if href != "" && textutil.CollapseSpace(t.since(b, from)) != href {
		t.write(" <" + href + ">")
	}
}

// trimEnd drops the spaces, no-break ones too, at the end of the current
// block.
func (t *textRenderer) trimEnd() {
	if t.cur == nil {
		return
	}
	s := strings.TrimRight(t.cur.text.String(), " \u00a0")
	t.cur.text.Reset()
	t.cur.text.WriteString(s)
}

// mark and since measure the text written to the current block in between.
func (t *textRenderer) mark() (b *block, n int) {
	if t.cur == nil {
		t.open("", false, false)
	}
	return t.cur, t.cur.text.Len()
}

func (t *textRenderer) since(b *block, n int) string {
	if t.cur != b {
		return ""
	}
	return t.cur.text.String()[n:]
}
