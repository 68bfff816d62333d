package diag

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// PathText returns path as a message names it: as it is, or quoted as Go
// quotes a string when it holds a control character or invalid UTF-8, or
// starts with "::". A file name is anyone's text (a pull request can add
// content/papers/"fig\n::warning::…"): printed raw, its line break would
// start a line of Paperboy's output, which GitHub Actions runs as a
// workflow command (a fake annotation, ::add-mask::, ::stop-commands::).
func PathText(path string) string {
	if !utf8.ValidString(path) || strings.HasPrefix(path, "::") || strings.IndexFunc(path, unicode.IsControl) >= 0 {
		return strconv.Quote(path)
	}
	return path
}

// Printable returns s, a message for a terminal or a CI log, with its
// control characters escaped as Go writes them (\x1b, \r), but for tabs
// and the line breaks Paperboy's multi-line messages are made of: a line
// break is escaped (\n) only when the line it starts would begin with
// "::", a workflow command to GitHub Actions, which only text quoted from
// a source (a file name, a title) can bring.
func Printable(s string) string {
	if strings.IndexFunc(s, unsafeRune) < 0 && !strings.Contains(s, "\n") {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		switch {
		case r == '\n' && !command(s[i+1:]):
			b.WriteByte('\n')
		case r == '\n', unsafeRune(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune reports whether r is a control character Printable escapes:
// any but a tab and a line break.
func unsafeRune(r rune) bool {
	return r != '\t' && r != '\n' && unicode.IsControl(r)
}

// command reports whether line, after its blanks, starts with "::", as a
// GitHub Actions workflow command does.
func command(line string) bool {
	return strings.HasPrefix(strings.TrimLeft(line, " \t"), "::")
}
