package markdown

import (
	"fmt"
	"strings"
)

// maxNesting is the most lists and quotes a line may open inside one
// another; maxInlineWork the most a paragraph's inline work (costly) may be.
// goldmark takes time in the square of either: 20,000 "- " before a word,
// or a paragraph of 20,000 "[a](" with no ")", each parse a dozen seconds,
// and a file of limits.maxFileBytes an hour. No prose comes near them.
const (
	maxNesting    = 32
	maxInlineWork = 200_000_000
)

// Costly returns the first line of src, a Markdown body, that goldmark
// would take time in the square of its size to parse, and a message
// saying why and what to do, or 0 and "": a line that opens more than
// maxNesting lists or quotes inside one another, or the first line of a
// paragraph whose inline work passes maxInlineWork: its length times
// the link addresses its lines open, "](", and no ")" closes (goldmark
// reads on from each to the paragraph's end), and its * between two
// letters (a*b_c*d: each may open and close emphasis). It reads src once, so it costs what a check costs.
func Costly(src string) (line int, msg string) {
	n, start, marks, size := 0, 0, 0, 0 // the line; the paragraph's first line, its marks and bytes
	flush := func() bool {
		return marks*size > maxInlineWork
	}
	for l := range strings.Lines(src) {
		n++
		depth, rest := nesting(l)
		if depth > maxNesting && strings.Trim(l, "-*_ \t\n") != "" { // not a thematic break, - - - …
			return n, fmt.Sprintf("this line opens %d lists or quotes inside one another, more than the %d Paperboy reads (a parse of so many takes time in the square of their number); write it with fewer - or > signs before its text", depth, maxNesting)
		}
		if blank := strings.TrimSpace(rest) == ""; blank || depth > 0 || strings.HasPrefix(rest, "#") {
			if flush() {
				return start, costlyParagraph
			}
			start, marks, size = 0, 0, 0
			if blank {
				continue
			}
		}
		if start == 0 {
			start = n
		}
		marks += max(0, strings.Count(rest, "](")-strings.Count(rest, ")")) + intraword(rest, '*')
		size += len(rest)
	}
	if flush() {
		return start, costlyParagraph
	}
	return 0, ""
}

// CostlyError is RenderWith's error for a source Costly refuses: Line
// of it, and Msg, Costly's message.
type CostlyError struct {
	Line int
	Msg  string
}

func (e *CostlyError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// costlyParagraph is Costly's message for a paragraph of too much inline
// work.
const costlyParagraph = "this paragraph is too long for the link addresses with no \")\" and the * inside words it has (a parse of so many takes time in the square of its size, as from a paragraph of \"[a](\" repeated); split it into paragraphs with blank lines, or take out what is no text"

// intraword counts the bytes c in line between two letters or digits,
// a*b: each may open and close emphasis, which goldmark pairs by reading
// back through every one before it.
func intraword(line string, c byte) int {
	n := 0
	for i := 1; i+1 < len(line); i++ {
		if line[i] == c && alnum(line[i-1]) && alnum(line[i+1]) {
			n++
		}
	}
	return n
}

// alnum reports whether b is an ASCII letter or digit.
func alnum(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9' }

// nesting returns how many list items and quotes line opens before its
// text, and that text.
func nesting(line string) (depth int, rest string) {
	rest = line
	for {
		t := strings.TrimLeft(rest, " \t")
		switch {
		case strings.HasPrefix(t, ">"):
			rest = t[1:]
		case len(t) > 1 && strings.IndexByte("-*+", t[0]) >= 0 && (t[1] == ' ' || t[1] == '\t'):
			rest = t[2:]
		default:
			k := 0
			for k < len(t) && k < 9 && '0' <= t[k] && t[k] <= '9' {
				k++
			}
			if k == 0 || k+1 >= len(t) || (t[k] != '.' && t[k] != ')') || (t[k+1] != ' ' && t[k+1] != '\t') {
				return depth, t
			}
			rest = t[k+2:]
		}
		depth++
	}
}
