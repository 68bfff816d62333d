package feeds

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// dropsWithContent reports whether the element name is removed from item
// HTML together with everything inside it: such elements run code, carry
// styles or hold form state, none of which a feed reader should get.
func dropsWithContent(name string) bool {
	switch name {
	case "script", "style", "template", "noscript", "iframe", "object", "textarea",
		"select", "title", "head", "frameset", "noembed", "noframes", "svg":
		return true
	}
	return false
}

// dropsTag reports whether the element name loses its tags in item HTML
// while its content, if any, is kept.
func dropsTag(name string) bool {
	switch name {
	case "embed", "link", "meta", "base", "form", "input", "button", "html", "body", "frame":
		return true
	}
	return false
}

// isURLAttr reports whether the attribute key holds one URL, resolved
// against the page URL. srcset holds a list and is handled apart.
func isURLAttr(key string) bool {
	switch key {
	case "href", "src", "poster", "cite", "action", "data", "longdesc", "background", "xlink:href":
		return true
	}
	return false
}

// cleaner rewrites the rendered HTML of one page for a feed item.
type cleaner struct {
	page *url.URL
	out  strings.Builder

	skip  string // name of the dropped element being skipped, "" if none
	depth int    // nesting of skip elements inside the skipped one
	spans []bool // for each open <span>: whether its tags were dropped

	math *mathState // the <math> element being replaced, or nil

	// A display formula alone in a paragraph becomes <pre> without the
	// <p>, which cannot hold it.
	pendingP bool // a bare <p> was read and not yet written
	unwrapP  bool // that <p> was dropped; drop its </p> if it comes next
}

// mathState collects what is needed to replace one <math> element by its TeX.
type mathState struct {
	block   bool
	alt     string          // the alttext attribute
	hasAlt  bool            // alttext was given
	inTeX   bool            // inside <annotation encoding="application/x-tex">
	tex     strings.Builder // text of that annotation
	text    strings.Builder // all text, the last resort
	depth   int             // nested <math> elements (invalid, but tolerated)
	sawAnno bool            // a TeX annotation was found
	unwrap  bool            // its paragraph's <p> was dropped
}

// cleanHTML returns src made fit for a feed item that readers show without
// CSS or JavaScript:
//
//   - every URL attribute (href, src, srcset, poster, cite, …) is resolved
//     against page, so no relative URL is left; a URL whose scheme is not
//     http, https or mailto is dropped;
//   - each <math> element becomes text: inline math that tex.Unicode can
//     write, as that Unicode (𝓕(x) = 𝓗(x) − x), and any other its TeX
//     source (the alttext attribute, or its application/x-tex annotation)
//     as <code>$…$</code>, or <pre><code>$$…$$</code></pre> for
//     display="block";
//   - script, style, iframe, object and form elements, comments, event
//     handler (on…), class, style and tabindex attributes are removed (a
//     reader's page has its own focus order), and so are
//     chroma's attribute-less <span> wrappers;
//   - an <img> loses the page's loading hints and, with a width and a
//     height, gets fitStyle, the one style it writes (imgAttrs);
//   - a display formula alone in a bare <p> loses the <p>, which cannot
//     hold the <pre> it becomes;
//   - characters that XML does not allow become U+FFFD.
//
// The result is well-formed enough for any HTML parser and contains no
// markup that runs code.
func cleanHTML(src string, page *url.URL) string {
	c := &cleaner{page: page}
	z := html.NewTokenizer(strings.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken { // io.EOF: a strings.Reader fails no other way
			break
		}
		c.token(tt, z.Token())
	}
	if c.math != nil {
		c.flushMath()
	}
	if c.pendingP {
		c.out.WriteString("<p>")
	}
	return xmlSafe(c.out.String())
}

// token handles one token of the input.
func (c *cleaner) token(tt html.TokenType, t html.Token) {
	if c.skip != "" {
		c.skipping(tt, t)
		return
	}
	if c.math != nil {
		c.inMath(tt, t)
		return
	}
	if c.unwrapP {
		c.unwrapP = false
		if tt == html.EndTagToken && t.Data == "p" {
			return
		}
		c.out.WriteString("<p>")
	}
	if c.pendingP {
		c.pendingP = false
		if tt == html.StartTagToken && t.Data == "math" {
			c.start(tt, t)
			if c.math != nil && c.math.block {
				c.math.unwrap = true
				return
			}
			// An inline formula: the paragraph stays.
			c.out.WriteString("<p>")
			return
		}
		c.out.WriteString("<p>")
	}
	switch tt {
	case html.TextToken:
		c.out.WriteString(escapeText(t.Data))
	case html.StartTagToken, html.SelfClosingTagToken:
		c.start(tt, t)
	case html.EndTagToken:
		c.end(t)
	}
	// Comments and doctypes are dropped.
}

// skipping consumes the tokens inside a dropped element.
func (c *cleaner) skipping(tt html.TokenType, t html.Token) {
	switch {
	case tt == html.StartTagToken && t.Data == c.skip:
		c.depth++
	case tt == html.EndTagToken && t.Data == c.skip:
		if c.depth == 0 {
			c.skip = ""
		} else {
			c.depth--
		}
	}
}

// start writes a start or self-closing tag, or begins dropping an element.
func (c *cleaner) start(tt html.TokenType, t html.Token) {
	name := t.Data
	switch {
	case name == "math":
		c.math = newMathState(t.Attr)
		if tt == html.SelfClosingTagToken {
			c.flushMath()
		}
		return
	case dropsWithContent(name):
		if tt == html.StartTagToken {
			c.skip, c.depth = name, 0
		}
		return
	case dropsTag(name):
		return
	}
	attrs := c.attrs(t.Attr)
	switch name {
	case "img":
		attrs = imgAttrs(attrs)
	case "th", "td":
		attrs = cellAttrs(t.Attr, attrs)
	}
	if name == "p" && len(attrs) == 0 && tt == html.StartTagToken {
		c.pendingP = true
		return
	}
	if name == "span" && tt == html.StartTagToken {
		drop := len(attrs) == 0
		c.spans = append(c.spans, drop)
		if drop {
			return
		}
	}
	c.out.WriteByte('<')
	c.out.WriteString(name)
	for _, a := range attrs {
		c.out.WriteByte(' ')
		c.out.WriteString(a.Key)
		c.out.WriteString(`="`)
		c.out.WriteString(escapeAttr(a.Val))
		c.out.WriteByte('"')
	}
	if tt == html.SelfClosingTagToken {
		c.out.WriteString("/>")
	} else {
		c.out.WriteByte('>')
	}
}

// end writes an end tag unless its element was dropped.
func (c *cleaner) end(t html.Token) {
	name := t.Data
	if dropsTag(name) || dropsWithContent(name) || name == "math" {
		return
	}
	if name == "span" && len(c.spans) > 0 {
		drop := c.spans[len(c.spans)-1]
		c.spans = c.spans[:len(c.spans)-1]
		if drop {
			return
		}
	}
	c.out.WriteString("</")
	c.out.WriteString(name)
	c.out.WriteByte('>')
}

// attrs returns the attributes kept on a tag, URLs made absolute. The
// tokenizer has lowered their names ("xlink:href" included) and sets no
// Namespace, which only the HTML parser does.
func (c *cleaner) attrs(in []html.Attribute) []html.Attribute {
	out := make([]html.Attribute, 0, len(in))
	for _, a := range in {
		key := a.Key
		switch {
		case key == "class" || key == "style" || key == "tabindex" || strings.HasPrefix(key, "on"):
			continue
		case isURLAttr(key):
			if strings.TrimSpace(a.Val) == "" {
				// Markdown empties a javascript: or data: link; made
				// absolute it would be the page itself (an <img> of it).
				continue
			}
			u, ok := absURL(c.page, a.Val)
			if !ok {
				continue
			}
			a.Val = u
		case key == "srcset":
			v, ok := absSrcset(c.page, a.Val)
			if !ok {
				continue
			}
			a.Val = v
		}
		out = append(out, a)
	}
	return out
}

// imgAttrs are the attributes an <img> of a page keeps in an item: not
// the page's loading hints (loading, decoding, fetchpriority), which are
// the browser's business on the page and no reader's; and with a width
// and a height, fitStyle, the one style cleanHTML writes, so that a
// reader's narrow column shrinks the image without squashing it.
func imgAttrs(attrs []html.Attribute) []html.Attribute {
	attrs = slices.DeleteFunc(attrs, func(a html.Attribute) bool {
		return a.Key == "loading" || a.Key == "decoding" || a.Key == "fetchpriority"
	})
	has := func(key string) bool {
		return slices.ContainsFunc(attrs, func(a html.Attribute) bool { return a.Key == key })
	}
	if has("width") && has("height") {
		attrs = append(attrs, html.Attribute{Key: "style", Val: fitStyle})
	}
	return attrs
}

// cellAttrs adds to the kept attributes of a table cell the alignment of
// its column, which the page writes style="text-align:right" (|--:|), as
// align="right": readers drop an item's styles (Feedly, Inoreader) but
// keep align, which GitHub writes for the same Markdown too. An align the
// cell has (raw HTML) is left as it is.
func cellAttrs(in, kept []html.Attribute) []html.Attribute {
	if slices.ContainsFunc(kept, func(a html.Attribute) bool { return a.Key == "align" }) {
		return kept
	}
	for _, a := range in {
		if a.Key == "style" {
			if v := textutil.TextAlign(a.Val); v != "" {
				return append(kept, html.Attribute{Key: "align", Val: v})
			}
		}
	}
	return kept
}

// newMathState starts replacing a <math> element with the given attributes.
func newMathState(attrs []html.Attribute) *mathState {
	m := &mathState{}
	for _, a := range attrs {
		switch a.Key {
		case "alttext":
			m.alt, m.hasAlt = a.Val, true
		case "display":
			m.block = strings.EqualFold(a.Val, "block")
		}
	}
	return m
}

// inMath consumes the tokens inside a <math> element.
func (c *cleaner) inMath(tt html.TokenType, t html.Token) {
	m := c.math
	switch tt {
	case html.TextToken:
		m.text.WriteString(t.Data)
		if m.inTeX {
			m.tex.WriteString(t.Data)
		}
	case html.StartTagToken:
		switch t.Data {
		case "math":
			m.depth++
		case "annotation":
			for _, a := range t.Attr {
				if a.Key == "encoding" && strings.EqualFold(a.Val, "application/x-tex") {
					m.inTeX, m.sawAnno = true, true
				}
			}
		}
	case html.EndTagToken:
		switch t.Data {
		case "annotation":
			m.inTeX = false
		case "math":
			if m.depth == 0 {
				c.flushMath()
			} else {
				m.depth--
			}
		}
	}
}

// flushMath writes the finished <math> element as text: inline math that
// tex.Unicode can write in Unicode so, any other as its TeX source in code.
func (c *cleaner) flushMath() {
	m := c.math
	c.math = nil
	c.unwrapP = m.unwrap
	src := m.alt
	switch {
	case m.hasAlt:
	case m.sawAnno:
		src = m.tex.String()
	default:
		src = m.text.String()
	}
	text, code := tex.Fallback(src, m.block)
	switch {
	case !code:
		c.out.WriteString(escapeText(text))
	case m.block:
		c.out.WriteString("<pre><code>" + escapeText(text) + "</code></pre>")
	default:
		c.out.WriteString("<code>" + escapeText(text) + "</code>")
	}
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// escapeText escapes s for HTML text.
func escapeText(s string) string { return textEscaper.Replace(s) }

// escapeAttr escapes s for a double-quoted HTML attribute value.
func escapeAttr(s string) string { return attrEscaper.Replace(s) }

// xmlSafe returns s as valid UTF-8 holding only characters XML 1.0 allows,
// every other one replaced by U+FFFD, so CDATA sections stay well-formed.
func xmlSafe(s string) string {
	ok := true
	for _, r := range s {
		if !isXMLChar(r) {
			ok = false
			break
		}
	}
	if ok && utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s { // invalid UTF-8 decodes as U+FFFD
		if !isXMLChar(r) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isXMLChar reports whether r is a Char of XML 1.0.
func isXMLChar(r rune) bool {
	switch {
	case r == 0x09 || r == 0x0A || r == 0x0D:
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= 0x10FFFF:
		return true
	}
	return false
}
