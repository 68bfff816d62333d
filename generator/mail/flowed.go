package mail

import "strings"

// The plain-text part is format=flowed (RFC 3676): a line that ends in a
// space continues on the next, so a client narrower than the 72 columns
// the text is filled to (a phone's) joins the lines of a paragraph and
// wraps them again at its own width, where a hard-wrapped text breaks
// every line in two; a client that knows nothing of it shows the lines
// as they are. Only paragraphs that start at the margin flow (see flow).
// The part is DelSp=yes (§4.1): a reader deletes the space that marks a
// soft break, so that Chinese and Japanese text, which wrap breaks
// between two characters and no space, flows too, where with DelSp=no a
// reader joining the lines would put a space between them; a line
// broken at a space so ends in two, the text's and the mark.

// softBreak marks, in wrap's output, the end of a line broken at a space.
// It is a Unicode noncharacter, there for a program's own use, so that no
// space a template leaves at a line's end (which tidyText trims) is taken
// for a soft break; flow makes it the two spaces.
const softBreak = "\uFDD0"

// tightBreak marks, in wrap's output, the end of a line broken between
// two Chinese or Japanese characters, with no space between them: flow
// makes it the one space a DelSp=yes reader deletes.
const tightBreak = "\uFDD2"

// flowedType is the plain-text part's Content-Type.
const flowedType = "text/plain; charset=utf-8; format=flowed; delsp=yes"

// flow turns wrap's soft breaks in the tidied text s into format=flowed's
// trailing spaces (DelSp=yes: one more than the text has), and drops a
// softBreak or tightBreak that ends no line (one in the site's own text).
// A break before an indented line (an abstract's, a title's hanging
// indent) stays hard: flowed text knows no indent, and a client joining
// the lines would show the indent as a run of spaces inside the
// paragraph; such a block keeps its 72 columns.
func flow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i, mark := nextBreak(s)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(mark):]
		if next, ok := strings.CutPrefix(s, "\n"); ok && !indented(next) {
			if mark == softBreak {
				b.WriteByte(' ') // the text's space, kept
			}
			b.WriteByte(' ') // the mark, deleted
		}
	}
}

// nextBreak returns the index in s of the first softBreak or tightBreak
// and which it is, or -1.
func nextBreak(s string) (int, string) {
	i, j := strings.Index(s, softBreak), strings.Index(s, tightBreak)
	switch {
	case j < 0 || (i >= 0 && i < j):
		return i, softBreak
	default:
		return j, tightBreak
	}
}

// quoteMark stands, at the start of a line of the intro's text (textOf),
// for one level of a block quote, followed by a space after the last:
// spaceStuff writes it ">", a quote of format=flowed (RFC 3676 §4.5),
// which a flowed reader shows as a quote and reflows, and any other
// reader as the "> " of a reply. It is a noncharacter, as softBreak, so
// that a ">" starting a line of the site's own text is still stuffed
// (see spaceStuff) and never read as a quote.
const quoteMark = "\uFDD1"

// indented reports whether the line l starts with a space after its
// quote marks and the space that follows them: a line whose break
// before it must stay hard.
func indented(l string) bool {
	if rest := strings.TrimLeft(l, quoteMark); rest != l {
		l = strings.TrimPrefix(rest, " ")
	}
	return strings.HasPrefix(l, " ")
}

// spaceStuff adds a space before each line of s that starts with a space,
// ">" or "From " (RFC 3676 §4.4): a flowed reader takes one leading space
// off every line and reads ">" as a quote, and a mailbox may turn "From "
// into ">From ". A line of a block quote has its quoteMarks written ">"
// instead, unstuffed: the space after them is the stuffing a flowed
// reader takes off, so a quoted line may start with anything.
func spaceStuff(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		switch rest := strings.TrimLeft(l, quoteMark); {
		case rest != l:
			lines[i] = strings.Repeat(">", (len(l)-len(rest))/len(quoteMark)) + rest
		case strings.HasPrefix(l, " ") || strings.HasPrefix(l, ">") || strings.HasPrefix(l, "From "):
			lines[i] = " " + l
		}
	}
	return strings.Join(lines, "")
}
