package mail

import "strings"

// The plain-text part is format=flowed (RFC 3676): a line that ends in a
// space continues on the next, so a client narrower than the 72 columns
// the text is filled to (a phone's) joins the lines of a paragraph and
// wraps them again at its own width, where a hard-wrapped text breaks
// every line in two; a client that knows nothing of it shows the lines
// as they are. Only paragraphs that start at the margin flow (see flow).

// softBreak marks, in wrap's output, the end of a line broken at a space.
// It is a Unicode noncharacter, there for a program's own use, so that no
// space a template leaves at a line's end (which tidyText trims) is taken
// for a soft break; flow makes it the space.
const softBreak = "\uFDD0"

// flow turns wrap's soft breaks in the tidied text s into format=flowed's
// trailing spaces, and drops a softBreak that ends no line (one in the
// site's own text). A break before an indented line (an abstract's, a
// title's hanging indent) stays hard: flowed text knows no indent, and
// a client joining the lines would show the indent as a run of spaces
// inside the paragraph; such a block keeps its 72 columns.
func flow(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, softBreak)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(softBreak):]
		if next, ok := strings.CutPrefix(s, "\n"); ok && !strings.HasPrefix(next, " ") {
			b.WriteByte(' ')
		}
	}
}

// spaceStuff adds a space before each line of s that starts with a space,
// ">" or "From " (RFC 3676 §4.4): a flowed reader takes one leading space
// off every line and reads ">" as a quote, and a mailbox may turn "From "
// into ">From ".
func spaceStuff(s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, ">") || strings.HasPrefix(l, "From ") {
			lines[i] = " " + l
		}
	}
	return strings.Join(lines, "")
}
