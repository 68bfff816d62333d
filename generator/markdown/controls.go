package markdown

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// controlNames are the names of the control characters a copy from a
// PDF or a terminal brings, as a message gives them beside their code.
var controlNames = map[rune]string{
	0x00: "NUL", 0x08: "backspace", 0x0b: "vertical tab", 0x0c: "form feed, a PDF's page break",
	0x1b: "escape, of a terminal's colours", 0x7f: "delete",
}

// control reports whether r is a character a Markdown body may not hold:
// a control character (C0, DEL, C1) but the tab and the line breaks. HTML
// forbids them (the form feed aside, which XML, the feeds', forbids), so
// a page would publish them raw, where the feeds make them U+FFFD and
// front matter refuses them; NUL goldmark would make U+FFFD unseen.
func control(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// maxControlLines is how many lines Controls names.
const maxControlLines = 5

// Controls returns an error for each line of src, a Markdown body, that
// holds a control character (control), naming its control characters as
// U+XXXX and what to do: for the first maxControlLines such lines, the
// last of which says how many more there are.
func Controls(src string) []Hidden {
	if !strings.ContainsFunc(src, control) {
		return nil
	}
	var out []Hidden
	n, more := 0, 0
	for l := range strings.Lines(src) {
		n++
		switch {
		case !strings.ContainsFunc(l, control):
		case len(out) == maxControlLines:
			more++
		default:
			out = append(out, Hidden{n, controlsMessage(l)})
		}
	}
	if more > 0 {
		out[len(out)-1].Msg += fmt.Sprintf("; %d more lines below have control characters too", more)
	}
	return out
}

// controlsMessage is Controls' message for line.
func controlsMessage(line string) string {
	var names []string
	seen := map[rune]bool{}
	for _, r := range line {
		if control(r) && !seen[r] {
			seen[r] = true
			names = append(names, controlName(r))
		}
	}
	if len(names) == 1 {
		return names[0] + " is a control character, which a web page cannot show (copied from a PDF or a terminal?); delete it, or write the character meant in its place"
	}
	return textutil.List(names) + " are control characters, which a web page cannot show (copied from a PDF or a terminal?); delete them, or write the characters meant in their place"
}

// controlName is r as U+XXXX, with its name if controlNames has one.
func controlName(r rune) string {
	if name, ok := controlNames[r]; ok {
		return fmt.Sprintf("U+%04X (%s)", r, name)
	}
	return fmt.Sprintf("U+%04X", r)
}
