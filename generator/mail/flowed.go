package mail

import "strings"

// The plain-text part is format=flowed (RFC 3676): a line that ends in a
// space continues on the next, so a client narrower than the 72 columns
// the text is filled to (a phone's) joins the lines of a paragraph and
// wraps them again at its own width, where a hard-wrapped text breaks
// every line in two; a client that knows nothing of it shows the lines
// as they are.

// softBreak marks, in wrap's output, the end of a line broken at a space.
// It is a Unicode noncharacter, there for a program's own use, so that no
// space a template leaves at a line's end (which tidyText trims) is taken
// for a soft break; flow makes it the space.
const softBreak = "\uFDD0"

// flow turns wrap's soft breaks in the tidied text s into format=flowed's
// trailing spaces, and drops a softBreak that ends no line (one in the
// site's own text).
func flow(s string) string {
	s = strings.ReplaceAll(s, softBreak+"\n", " \n")
	return strings.ReplaceAll(s, softBreak, "")
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
