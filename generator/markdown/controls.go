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

// stray reports whether r is a character Controls names: a control
// character, or U+FEFF, the byte-order mark that joining two files saved
// with one (Windows' copy /b a.md+b.md, type b.md >> a.md, cat) leaves
// where the second began. Other invisible characters (a zero-width space,
// a soft hyphen) are kept, as a copy from a web page brings them; a
// U+FEFF there hides the Markdown after it ("\ufeff## Notes" is text, not
// a heading), and a word joiner is U+2060 since Unicode 3.2.
func stray(r rune) bool { return control(r) || r == bom }

// bom is the byte-order mark, U+FEFF.
const bom = '\ufeff'

// maxControlLines is how many lines Controls names.
const maxControlLines = 5

// Controls returns an error for each line of src, a Markdown body, that
// holds a control character (control) or a byte-order mark (stray),
// naming them as U+XXXX and what to do: for the first maxControlLines
// such lines, the last of which says how many more there are.
func Controls(src string) []Hidden {
	if !strings.ContainsFunc(src, stray) {
		return nil
	}
	var out []Hidden
	n, more := 0, 0
	for l := range strings.Lines(src) {
		n++
		switch {
		case !strings.ContainsFunc(l, stray):
		case len(out) == maxControlLines:
			more++
		default:
			out = append(out, Hidden{n, controlsMessage(l)})
		}
	}
	if more > 0 {
		out[len(out)-1].Msg += fmt.Sprintf("; %d more lines below have such characters too", more)
	}
	return out
}

// controlsMessage is Controls' message for line: its control
// characters', its byte-order mark's, or both.
func controlsMessage(line string) string {
	var msgs []string
	if strings.ContainsFunc(line, control) {
		msgs = append(msgs, controlCharsMessage(line))
	}
	if strings.ContainsRune(line, bom) {
		msgs = append(msgs, bomMessage)
	}
	return strings.Join(msgs, "; ")
}

// bomMessage is Controls' message for a line with a byte-order mark.
const bomMessage = "U+FEFF (a byte-order mark) is an invisible character that joining two files saved with one (copy /b, type >> or cat) leaves where the second began: Markdown after it reads as text (\"## Notes\" is no heading), and the page, its description and the feeds would keep it; delete it, or write U+2060 if you meant a word joiner"

// controlCharsMessage is controlsMessage for line's control characters.
func controlCharsMessage(line string) string {
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
