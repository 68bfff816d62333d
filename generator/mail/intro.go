package mail

import (
	"bytes"
	"html/template"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// parseFragment parses rendered Markdown as the children of a <div>.
func parseFragment(h template.HTML) ([]*html.Node, error) {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	return html.ParseFragment(strings.NewReader(string(h)), ctx)
}

// isURLAttr reports whether the attribute key holds a URL that mail
// clients follow or fetch.
func isURLAttr(key string) bool {
	switch key {
	case "href", "src", "cite", "poster":
		return true
	}
	return false
}

// dropped reports whether a mail client must never get the element a:
// scripts, styles that could restyle the whole message, embedded documents
// and forms.
func dropped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Iframe, atom.Object, atom.Embed, atom.Form, atom.Link, atom.Meta,
		atom.Base, atom.Noscript, atom.Template:
		return true
	}
	return false
}

// validTag reports whether name is a plausible element name: letters,
// digits and hyphens, starting with a letter.
func validTag(name string) bool {
	for i, c := range name {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '-')) {
			return false
		}
	}
	return name != ""
}

// imgStyle is the inline style every image of an intro gets in email: no
// wider than the message, so a large figure does not widen it on a phone.
// It is inline because mail clients drop <style>.
const imgStyle = "max-width:100%;height:auto"

// preStyle is the inline style of a code block of an intro in email: its
// long lines wrap, where one line of code made a whole message wider
// than a phone (mail clients do not scroll a block sideways).
const preStyle = "white-space:pre-wrap;overflow-wrap:anywhere;max-width:100%"

// absolutize rewrites the rendered Markdown h for a mail client: every URL
// attribute resolved against base (the page the HTML came from), srcset,
// event handlers, loading, decoding, styles and javascript: URLs removed
// (but a table column's alignment), every image given imgStyle and code
// block preStyle, scripts, styles, frames and forms left out.
func absolutize(h template.HTML, base string) (template.HTML, error) {
	if h == "" {
		return "", nil
	}
	b, err := url.Parse(base)
	if err != nil {
		return "", err
	}
	nodes, err := parseFragment(h)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	for _, n := range nodes {
		if clean(n, b) {
			if err := html.Render(&buf, n); err != nil {
				return "", err
			}
		}
	}
	return template.HTML(buf.String()), nil
}

// clean fixes n and its subtree in place; it reports false when n itself
// must be left out.
func clean(n *html.Node, base *url.URL) bool {
	if n.Type == html.CommentNode || n.Type == html.ElementNode && (dropped(n.DataAtom) || !validTag(n.Data)) {
		return false
	}
	if n.DataAtom == atom.Math {
		plainMath(n)
		return true
	}
	if n.Type == html.ElementNode {
		align := cellAlign(n)
		attrs := n.Attr[:0]
		for _, a := range n.Attr {
			key := strings.ToLower(a.Key)
			switch {
			case strings.HasPrefix(key, "on"), key == "srcset", key == "loading", key == "decoding",
				key == "style" && a.Namespace == "":
				continue
			case isURLAttr(key):
				u, err := base.Parse(strings.TrimSpace(a.Val))
				if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
					continue
				}
				a.Val = u.String()
			}
			attrs = append(attrs, a)
		}
		switch {
		case n.DataAtom == atom.Img && n.Namespace == "":
			attrs = append(fitImg(attrs), html.Attribute{Key: "style", Val: imgStyle})
		case n.DataAtom == atom.Pre:
			attrs = append(attrs, html.Attribute{Key: "style", Val: preStyle})
		case align != "":
			attrs = append(attrs, html.Attribute{Key: "style", Val: "text-align:" + align})
		}
		n.Attr = attrs
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if !clean(c, base) {
			n.RemoveChild(c)
		}
		c = next
	}
	return true
}

// cellAlign is the alignment of the table cell n's column, "right" for
// |--:|, which the page writes as an inline text-align: the one style of
// an intro's that the email keeps, inline as all its styles are, so a
// column of numbers stays right-aligned. It is "" for any other element.
func cellAlign(n *html.Node) string {
	if n.DataAtom != atom.Td && n.DataAtom != atom.Th || n.Namespace != "" {
		return ""
	}
	return textutil.TextAlign(attr(n, "style"))
}

// imgWidth is the most an intro's image's width attribute may say: the
// paper column's 512 pixels, as the template's imageWidth gives a paper's
// figure, which the intro's column, 542 pixels inside the card, holds.
const imgWidth = 512

// fitImg caps the width attribute of an intro's image (attrs) at imgWidth,
// its height scaled to keep its shape (model.FitWidth), as the build
// writes an image's own size (width="1200"): Outlook for Windows ignores
// imgStyle's max-width and drew such an image across twice the message's
// width. A width that is not a number of pixels is left to the client; a
// height that is not, where the width is capped, is left out.
func fitImg(attrs []html.Attribute) []html.Attribute {
	wi, hi := attrIndex(attrs, "width"), attrIndex(attrs, "height")
	if wi < 0 {
		return attrs
	}
	w, err := strconv.Atoi(strings.TrimSpace(attrs[wi].Val))
	if err != nil || w <= imgWidth {
		return attrs
	}
	h := 0
	if hi >= 0 {
		h, _ = strconv.Atoi(strings.TrimSpace(attrs[hi].Val))
	}
	if h <= 0 {
		attrs[wi].Val = strconv.Itoa(imgWidth)
		if hi >= 0 {
			attrs = append(attrs[:hi], attrs[hi+1:]...)
		}
		return attrs
	}
	w, h = model.FitWidth(w, h, imgWidth)
	attrs[wi].Val, attrs[hi].Val = strconv.Itoa(w), strconv.Itoa(h)
	return attrs
}

// attrIndex is the index of the attribute key in attrs, or -1.
func attrIndex(attrs []html.Attribute, key string) int {
	for i, a := range attrs {
		if strings.EqualFold(a.Key, key) && a.Namespace == "" {
			return i
		}
	}
	return -1
}

// plainMath rewrites the <math> element n as mail clients show it, which
// render no MathML: as Unicode text, or its TeX source in a <code>, as a
// feed item's HTML has it (tex.Fallback); display math a block of its own.
func plainMath(n *html.Node) {
	block := attr(n, "display") == "block"
	text, code := tex.Fallback(attr(n, "alttext"), block)
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
	}
	n.Namespace, n.Attr = "", nil
	if !code {
		n.Type, n.Data, n.DataAtom = html.TextNode, text, 0
		return
	}
	n.Data, n.DataAtom = "code", atom.Code
	if block {
		n.Attr = []html.Attribute{{Key: "style", Val: "display:block;white-space:pre-wrap;margin:0.5em 0"}}
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
}

// block is one paragraph of plain text: its first-line marker ("- ",
// "2. "), its words or preformatted lines, and whether it follows the
// previous block without a blank line (list items).
type block struct {
	marker string
	text   strings.Builder
	pre    bool
	tight  bool
}

// textOf is a plain-text rendering of rendered Markdown for the text part:
// paragraphs filled to width, list items marked "- " or "1. ", links
// written as "text <URL>", images as "[alt] <URL>", footnotes as "[1]"
// and their notes as "[1] note", without the back-link to the web page, math as Unicode text as the templates' mathText
// writes a summary's (its TeX source between $ signs where it cannot), and
// preformatted text kept line for line.
func textOf(h template.HTML, width int) (string, error) {
	if h == "" {
		return "", nil
	}
	nodes, err := parseFragment(h)
	if err != nil {
		return "", err
	}
	t := &textRenderer{}
	for _, n := range nodes {
		t.node(n)
	}
	var out strings.Builder
	for _, b := range t.blocks {
		s := b.text.String()
		if strings.TrimSpace(s) == "" {
			continue
		}
		if out.Len() > 0 {
			out.WriteString("\n")
			if !b.tight {
				out.WriteString("\n")
			}
		}
		if b.pre {
			out.WriteString(strings.TrimRight(s, "\n"))
			continue
		}
		out.WriteString(hang(width, b.marker, s))
	}
	return out.String(), nil
}

// textRenderer collects the blocks of a parsed fragment.
type textRenderer struct {
	blocks []*block
	cur    *block
}

// open starts a new block.
func (t *textRenderer) open(marker string, tight, pre bool) {
	t.cur = &block{marker: marker, tight: tight, pre: pre}
	t.blocks = append(t.blocks, t.cur)
}

// write adds text to the current block, opening one if needed.
func (t *textRenderer) write(s string) {
	if t.cur == nil {
		t.open("", false, false)
	}
	t.cur.text.WriteString(s)
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
	case atom.Del, atom.S:
		// Struck-through text is left out, as in an abstract's plain
		// text: plain text cannot show it as withdrawn.
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
		t.write("\n")
		return
	case atom.Ul, atom.Ol:
		i := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Li {
				continue
			}
			i++
			marker := "- "
			switch {
			case n.DataAtom == atom.Ol && isNotes(n.Parent):
				marker = "[" + strconv.Itoa(i) + "] "
			case n.DataAtom == atom.Ol:
				marker = strconv.Itoa(i) + ". "
			}
			t.open(marker, i > 1, false)
			for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
				t.node(cc)
			}
		}
		t.cur = nil
		return
	case atom.Pre:
		t.open("", false, true)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t.node(c)
		}
		t.cur = nil
		return
	case atom.A:
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
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t.node(c)
		}
		href := attr(n, "href")
		if href != "" && textutil.CollapseSpace(t.since(b, from)) != href {
			t.write(" <" + href + ">")
		}
		return
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Table, atom.Tr, atom.Dl, atom.Dt, atom.Dd, atom.Figure, atom.Section, atom.Hr:
		inItem := t.cur != nil && t.cur.marker != "" && strings.TrimSpace(t.cur.text.String()) == ""
		if !inItem {
			t.open("", false, false)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t.node(c)
		}
		t.cur = nil
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.node(c)
	}
}

// isNoteLink reports whether the link n is a footnote's reference or
// back-link, as goldmark writes them: its class or its role.
func isNoteLink(n *html.Node, class, role string) bool {
	return slices.Contains(strings.Fields(attr(n, "class")), class) || attr(n, "role") == role
}

// isNotes reports whether n is the block of a text's footnotes, whose list
// the text part numbers "[1] ", as the references to them read.
func isNotes(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode &&
		(slices.Contains(strings.Fields(attr(n, "class")), "footnotes") || attr(n, "role") == "doc-endnotes")
}

// textContent is the text of n and its descendants.
func textContent(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textContent(c))
	}
	return b.String()
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

// attr is n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
