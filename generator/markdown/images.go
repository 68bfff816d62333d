package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html/atom"
)

// Image is an image a Markdown source shows: one written ![alt](dest),
// or, where raw HTML is kept, an <img> tag of it.
type Image struct {
	Dest string // its address as written
	Src  string // its address as the page has it: resolved, under the base path
	Alt  string // its text alternative as plain text, "" for ![](fig.png) and ![ ](fig.png)
	HTML bool   // an <img> tag of raw HTML
	// NoAlt says an <img> tag has no alt attribute at all, where alt=""
	// says it is decoration.
	NoAlt bool
	// Link says a Markdown image is all that its link shows, so that its
	// alt text is the link's name.
	Link bool
	// Heading says a Markdown image is all that its heading shows, so
	// that its alt text is the heading's name.
	Heading bool
	Line    int // 1-based line of src it is on
}

// writtenKey marks a parse whose destinations linkFixer leaves as
// written.
var writtenKey = parser.NewContextKey()

// Images returns every image of src in source order, its Src resolved by
// resolve (nil leaves it as written, under the base path) as a render's
// is; <img> tags only when the Renderer keeps raw HTML, which it drops
// otherwise.
func (r *Renderer) Images(src []byte, resolve Resolve) []Image {
	if line, _ := Costly(string(src)); line > 0 {
		return nil // Check's error
	}
	pc := newHeadingIDs()
	pc.Set(writtenKey, true)
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	page := func(dest string) string {
		out, _ := fixDest([]byte(dest), r.base, resolve)
		return string(out)
	}
	s := r.source(src) // its lines, and its raw tags
	var out []Image
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n, ok := n.(*ast.Image); ok {
			dest, alt := string(n.Destination), plain(n, src)
			link := n.Parent().Kind() == ast.KindLink && plain(n.Parent(), src) == alt
			heading := n.Parent().Kind() == ast.KindHeading && plain(n.Parent(), src) == alt
			out = append(out, Image{Dest: dest, Src: page(dest), Alt: alt, Link: link, Heading: heading, Line: s.line(offsetOf(n))})
			return ast.WalkSkipChildren, nil
		}
		for _, t := range s.rawTags(n) {
			if t.DataAtom == atom.Img {
				out = append(out, imgTag(t, page))
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// rawText returns the text of src that segs cover.
func rawText(segs *text.Segments, src []byte) []byte {
	var b []byte
	for i := range segs.Len() {
		seg := segs.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// imgTag is the image of the raw <img> tag t, its Src made by page from
// its src.
func imgTag(t rawTag, page func(string) string) Image {
	img := Image{HTML: true, NoAlt: true, Line: t.Line}
	for _, a := range t.Attr {
		switch {
		case a.Namespace != "":
		case a.Key == "src":
			img.Dest, img.Src = a.Val, page(a.Val)
		case a.Key == "alt":
			img.Alt, img.NoAlt = strings.TrimSpace(a.Val), false
		}
	}
	return img
}
