package markdown

import (
	"bytes"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// dollarParser reads the math that a single dollar sign opens, before the
// passthrough extension's inline parser, which takes any $ to the next $
// as math. A dollar sign opens math by textutil.InlineMathEnd's rule, so
// "from $5 to $10" stays prose and an escaped \$ inside math is TeX's
// dollar sign ("$\$2.50$"), and only when no code span starts between it
// and its closing dollar: code spans bind tighter than math, as they do
// than every other inline construct of CommonMark, so "$5 a run; set
// `$HOME`" keeps its code. Such a dollar sign is plain text; $$ is left
// to the extension.
type dollarParser struct{}

// inlineDollars are the delimiters of the math dollarParser reads.
var inlineDollars = passthrough.Delimiters{Open: "$", Close: "$"}

// Trigger implements parser.InlineParser.
func (dollarParser) Trigger() []byte { return []byte{'$'} }

// Parse implements parser.InlineParser.
func (dollarParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) > 1 && line[1] == '$' {
		return nil
	}
	end := mathEnd(block)
	if end < 0 {
		block.Advance(1)
		return ast.NewTextSegment(seg.WithStop(seg.Start + 1))
	}
	// The span may continue on the paragraph's next lines, as the
	// extension's does; its segment runs from the $ to the closing one.
	for rest := end; ; block.AdvanceLine() {
		line, s := block.PeekLine()
		if rest <= len(line) {
			block.Advance(rest)
			return &passthrough.PassthroughInline{Segment: seg.WithStop(s.Start + rest), Delimiters: &inlineDollars}
		}
		rest -= len(line)
	}
}

// mathEnd returns the length of the $…$ math that opens at the block's
// position, or -1 when the dollar sign there opens none; the reader is
// left where it was. The rule needs the text up to the closing dollar
// sign and the byte after it (or, when a \text{…} holds the first dollar
// sign, up to textutil.TextMathReach bytes past it), and, when a backtick
// is in the span, what comes after it up to the code span's end: no more
// is read, so a long paragraph with many dollar signs costs linear time.
func mathEnd(block text.Reader) int {
	p := newAhead(block)
	defer p.restore()
	k := p.dollarAfter(1)
	if k < 0 {
		return -1
	}
	need := k + 2
	if bytes.Contains(p.buf[:k], []byte("{")) { // perhaps a \text{…} holding math of its own
		need += textutil.TextMathReach
	}
	for len(p.buf) < need && p.more() {
	}
	end := textutil.InlineMathEnd(string(p.buf[:min(len(p.buf), need)]), 0)
	if end < 0 || p.codeSpanIn(1, end-1) {
		return -1
	}
	return end
}

// ahead is the text of a paragraph from its reader's position on, read a
// line at a time as far as it is asked for.
type ahead struct {
	block text.Reader
	line  int          // the reader's line when made
	pos   text.Segment // and its position on it
	buf   []byte       // the text read
}

// newAhead returns the paragraph of block from its position, its first
// line read. That line is the source's, not a copy (a line of many
// dollar signs is not copied for each); its capacity ends with it, so
// that more appends to a copy.
func newAhead(block text.Reader) *ahead {
	l, pos := block.Position()
	line, _ := block.PeekLine()
	block.AdvanceLine()
	return &ahead{block: block, line: l, pos: pos, buf: line[:len(line):len(line)]}
}

// more reads the paragraph's next line, and reports false at its end.
func (p *ahead) more() bool {
	line, _ := p.block.PeekLine()
	if line == nil {
		return false
	}
	p.buf = append(p.buf, line...)
	p.block.AdvanceLine()
	return true
}

// restore puts the reader back where newAhead found it.
func (p *ahead) restore() { p.block.SetPosition(p.line, p.pos) }

// dollarAfter returns the offset of the first dollar sign at or after
// from that no backslash escapes, or -1.
func (p *ahead) dollarAfter(from int) int {
	for i := from; ; {
		if i <= len(p.buf) {
			if k := bytes.IndexByte(p.buf[i:], '$'); k >= 0 {
				if i += k; !escaped(p.buf, i) {
					return i
				}
				i++
				continue
			}
		}
		i = max(i, len(p.buf))
		if !p.more() {
			return -1
		}
	}
}

// codeSpanIn reports whether a code span starts in the text between from
// and to: a run of backticks, not escaped, that a run of as many closes
// later in the paragraph.
func (p *ahead) codeSpanIn(from, to int) bool {
	for i := from; i < to; {
		k := bytes.IndexByte(p.buf[i:to], '`')
		if k < 0 {
			return false
		}
		i += k
		n := backticks(p.buf, i)
		if !escaped(p.buf, i) && p.closes(i+n, n) {
			return true
		}
		i += n
	}
	return false
}

// closes reports whether a run of exactly n backticks starts at or after
// from in the paragraph.
func (p *ahead) closes(from, n int) bool {
	for i := from; ; {
		if k := bytes.IndexByte(p.buf[i:], '`'); k >= 0 {
			i += k
			m := backticks(p.buf, i)
			if m == n {
				return true
			}
			i += m
			continue
		}
		i = len(p.buf)
		if !p.more() {
			return false
		}
	}
}

// backticks returns the length of the run of backticks at b[i].
func backticks(b []byte, i int) int {
	n := 0
	for i+n < len(b) && b[i+n] == '`' {
		n++
	}
	return n
}

// escaped reports whether b[i] follows an odd number of backslashes
// (textutil.Escaped).
func escaped(b []byte, i int) bool {
	n := 0
	for i > 0 && b[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}
