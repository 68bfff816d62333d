package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// dollarParser runs before the passthrough extension's inline parser, which
// takes any $ to the next $ as math, and turns a single dollar sign that
// textutil.InlineMathEnd says opens no math into plain text: "from $5 to
// $10" stays prose. A dollar sign that does open math, and $$, are left to
// the extension.
type dollarParser struct{}

// Trigger implements parser.InlineParser.
func (dollarParser) Trigger() []byte { return []byte{'$'} }

// Parse implements parser.InlineParser.
func (dollarParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) > 1 && line[1] == '$' {
		return nil
	}
	// The span may continue on the paragraph's next lines, as the
	// extension's does. The rule needs the text up to the next dollar sign
	// and the byte after it; no more is copied, so a long line with many
	// dollar signs costs linear time.
	var src []byte
	if k := bytes.IndexByte(line[1:], '$'); k >= 0 {
		src = line[:min(len(line), k+3)]
	} else {
		l, pos := block.Position()
		src = bytes.Clone(line)
		for {
			block.AdvanceLine()
			next, _ := block.PeekLine()
			if next == nil {
				break
			}
			if k := bytes.IndexByte(next, '$'); k >= 0 {
				src = append(src, next[:min(len(next), k+2)]...)
				break
			}
			src = append(src, next...)
		}
		block.SetPosition(l, pos)
	}
	if textutil.InlineMathEnd(string(src), 0) >= 0 {
		return nil
	}
	block.Advance(1)
	return ast.NewTextSegment(seg.WithStop(seg.Start + 1))
}
