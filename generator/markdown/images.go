package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
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
	lines := lineIndex{src: src}
	var out []Image
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image:
			dest, alt := string(n.Destination), plain(n, src)
			link := n.Parent().Kind() == ast.KindLink && plain(n.Parent(), src) == alt
			heading := n.Parent().Kind() == ast.KindHeading && plain(n.Parent(), src) == alt
			out = append(out, Image{Dest: dest, Src: page(dest), Alt: alt, Link: link, Heading: heading, Line: lines.line(offsetOf(n))})
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			if r.unsafe && n.Segments.Len() > 0 {
				out = append(out, imgTags(rawText(n.Segments, src), lines.line(n.Segments.At(0).Start), page)...)
			}
		case *ast.HTMLBlock:
			if segs := n.Lines(); r.unsafe && segs.Len() > 0 {
				out = append(out, imgTags(rawText(segs, src), lines.line(segs.At(0).Start), page)...)
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

// imgTags returns the <img> tags of the raw HTML h, which starts on line
// first, their Src made by page from their src.
func imgTags(h []byte, first int, page func(string) string) []Image {
	var out []Image
	z := html.NewTokenizer(bytes.NewReader(h))
	line := first
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		if tok := z.Token(); tok.DataAtom == atom.Img {
			img := Image{HTML: true, NoAlt: true, Line: at}
			for _, a := range tok.Attr {
				switch {
				case a.Namespace != "":
				case a.Key == "src":
					img.Dest, img.Src = a.Val, page(a.Val)
				case a.Key == "alt":
					img.Alt, img.NoAlt = strings.TrimSpace(a.Val), false
				}
			}
			out = append(out, img)
		}
	}
}
