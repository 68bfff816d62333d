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

// attr is n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
