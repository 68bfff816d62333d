package markdown

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
)

// rawTag is a start tag of a source's raw HTML block: its token, the
// 1-based line it is on, and the text between it and its end tag in
// the block (a heading's words).
type rawTag struct {
	html.Token
	Line int
	Text string
}

// rawTags returns the start tags of n in order, a raw HTML block or an
// inline tag, or none when the page drops raw HTML (unsafeHTML off:
// omittedHTML warns of it) or n is no raw HTML. An inline tag's Text is
// "": its text is the paragraph's.
func (s *source) rawTags(n ast.Node) []rawTag {
	var segs *text.Segments
	switch n := n.(type) {
	case *ast.HTMLBlock:
		segs = n.Lines()
	case *ast.RawHTML:
		segs = n.Segments
	}
	if segs == nil || !s.r.unsafe || segs.Len() == 0 {
		return nil
	}
	z := html.NewTokenizer(bytes.NewReader(rawText(segs, s.bytes())))
	line := s.line(segs.At(0).Start)
	var out []rawTag
	var open []int // the tags of out whose end tag is still to come
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			out = append(out, rawTag{Token: tok, Line: at})
			if tt == html.StartTagToken {
				open = append(open, len(out)-1)
			}
		case html.TextToken:
			for _, i := range open {
				out[i].Text += tok.Data
			}
		case html.EndTagToken:
			for j := len(open) - 1; j >= 0; j-- {
				if out[open[j]].DataAtom == tok.DataAtom {
					open = open[:j]
					break
				}
			}
		}
	}
}

// attr returns the value of the attribute key of t, trimmed, and whether
// t has it.
func (t rawTag) attr(key string) (string, bool) {
	for _, a := range t.Attr {
		if a.Namespace == "" && a.Key == key {
			return strings.TrimSpace(a.Val), true
		}
	}
	return "", false
}
