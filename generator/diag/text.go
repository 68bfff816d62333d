package diag

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// utf16Msg says what to do with a file in UTF-16.
const utf16Msg = `the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`

// StripBOM returns data, the file path, without a UTF-8 byte-order mark.
// A file in UTF-16, which starts with its byte-order mark (FF FE or FE
// FF), or, without one, with a character and a zero byte, is an error at
// its line 1: read as UTF-8, it would be one NUL byte in two.
func StripBOM(path string, data []byte) ([]byte, error) {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) ||
		len(data) >= 2 && (data[0] == 0) != (data[1] == 0) {
		return nil, Errorf(path, 1, "%s", utf16Msg)
	}
	return bytes.TrimPrefix(data, bom), nil
}

// bom is the UTF-8 byte-order mark.
var bom = []byte("\xef\xbb\xbf")

// Normalize returns data without a UTF-8 byte-order mark and with CRLF
// and lone CR line endings made LF: the text a build reads (Text checks
// its encoding too), and what a theme file is compared by.
func Normalize(data []byte) []byte { return LF(bytes.TrimPrefix(data, bom)) }

// LF returns data with CRLF and lone CR line endings made LF; data
// itself when it has none.
func LF(data []byte) []byte {
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return data
}

// Lines is the number of lines of data as a build counts them (see
// Normalize: a lone CR, an old Mac's, ends one too), the last line an
// error in it can be at.
func Lines(data []byte) int { return LineAt(data, len(data)) }

// LineAt is the line of data, counted as Lines counts them, that the byte
// at offset at is on: where a file read as it is (a stylesheet, a
// script) names a problem at the line an editor shows it on.
func LineAt(data []byte, at int) int {
	line := 1
	for i, b := range data[:at] {
		if b == '\n' || b == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			line++
		}
	}
	return line
}

// Text returns data, the source file path, as Paperboy reads every text
// file (YAML, Markdown, templates, lists): without a UTF-8 byte-order mark
// and with CRLF and lone CR line endings made LF, so a file saved on
// Windows or an old Mac reads, and builds, as one saved on Linux. A file
// that is not UTF-8 is an error at the line of its first invalid byte,
// and so is one that holds a merge conflict git left unresolved, which
// would otherwise be published (in Markdown its marker lines are a
// heading and nested quotes) or fail as a riddle (in YAML).
func Text(path string, data []byte) ([]byte, error) {
	data, err := StripBOM(path, data)
	if err != nil {
		return nil, err
	}
	data = Normalize(data)
	if err := UTF8(path, data); err != nil {
		return nil, err
	}
	if err := ConflictError(path, path, data); err != nil {
		return nil, err
	}
	if line := separatorLine(path, data); line > 0 {
		return nil, Errorf(path, line, "%s", separatorMsg)
	}
	return data, nil
}

// UTF8 returns an error at the line of data's first byte that is not
// UTF-8, path's (a file saved as Windows-1252 or Latin-1, as Excel and old
// editors save), or nil when data is all UTF-8.
func UTF8(path string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	return Errorf(path, invalidUTF8Line(data), "the file is not valid UTF-8; save it with UTF-8 encoding")
}

// ConflictMsg is the error at a merge conflict's first marker line, its
// markers quoted at the length git wrote them, size; diff3 names the
// ||||||| line too, which opens the common ancestor's lines in git's
// diff3 and zdiff3 styles, so that the curator deletes those lines with
// the markers rather than keep them as one more side.
func ConflictMsg(size int, diff3 bool) string {
	m := func(c string) string { return strings.Repeat(c, size) }
	if diff3 {
		return "an unresolved merge conflict: git left its " + m("<") + ", " + m("|") + ", " + m("=") + " and " + m(">") +
			" lines here (the lines from " + m("|") + " to " + m("=") + " are the text before either side changed it); keep what each side should keep, " +
			"delete the marker lines and the old text between " + m("|") + " and " + m("=") + ", and commit"
	}
	return "an unresolved merge conflict: git left its " + m("<") + ", " + m("=") + " and " + m(">") +
		" lines here; keep what each side should keep, delete the marker lines, and commit"
}

// Diff3 reports whether data has a ||||||| marker line of size, the start
// of the common ancestor's lines git's diff3 style writes in a conflict.
func Diff3(data []byte, size int) bool {
	for _, l := range bytes.Split(data, []byte("\n")) {
		if c, run := markerRun(l); c == '|' && run == size {
			return true
		}
	}
	return false
}

// Conflict returns the line of the first merge-conflict marker in data,
// path's, and the markers' length, or 0, 0 if there is none. A marker is
// a line git writes as <<<<<<< or >>>>>>> and the branch's name (or
// ||||||| in the diff3 style). The ======= between the sides is not
// looked for alone: under a line of text it is a Markdown heading. Git
// writes longer markers, all of one length, where a rename/rename or
// criss-cross merge nests one conflict in another, or a
// conflict-marker-size attribute asks for them; one of those counts only
// with its partner, a <<<<<<<< followed by a >>>>>>>> of its length,
// since a lone run of eight or more may be a line of text where seven,
// git's default, is not. In a Markdown file a longer pair inside a fenced
// code block is not looked for either: a paper about merging shows git's
// output there, where a conflict git left in a paper's notes has markers
// of the default length (an indented code block's lines start with
// spaces, which no marker does).
func Conflict(path string, data []byte) (line, size int) {
	if marks := Conflicts(path, data); len(marks) > 0 {
		return marks[0].Line, marks[0].Size
	}
	return 0, 0
}

// Mark is a merge conflict Conflicts found: the line it opens at and
// the length of its markers.
type Mark struct{ Line, Size int }

// Conflicts returns each merge conflict in data, path's, as Conflict
// looks for them, by line: a conflict of git's default markers at its
// <<<<<<< line (or at its ||||||| or >>>>>>> line when the curator
// deleted the lines above it), a longer pair at its opening line. A PR's
// annotations then mark every conflict a merge left in the file, not
// the first alone.
func Conflicts(path string, data []byte) []Mark {
	if !bytes.Contains(data, []byte("<<<<<<<")) && !bytes.Contains(data, []byte(">>>>>>>")) && !bytes.Contains(data, []byte("|||||||")) {
		return nil
	}
	lines := bytes.Split(data, []byte("\n"))
	var code []bool
	if isMarkdown(path) {
		code = fencedLines(lines)
	}
	var marks []Mark
	open := false           // a conflict of default markers is open
	opened := map[int]int{} // a long <<<<<<<< marker's length: its line
	for n, l := range lines {
		c, run := markerRun(l)
		switch {
		case run == 0 || c == '=':
		case run == markerSize:
			if c == '<' || !open {
				marks = append(marks, Mark{n + 1, run})
			}
			open = c != '>'
		case code != nil && code[n]:
		case c == '<':
			if _, ok := opened[run]; !ok {
				opened[run] = n + 1
			}
		case c == '>':
			if at, ok := opened[run]; ok {
				marks = append(marks, Mark{at, run})
				delete(opened, run)
			}
		}
	}
	slices.SortStableFunc(marks, func(a, b Mark) int { return cmp.Compare(a.Line, b.Line) })
	return marks
}

// maxConflicts is how many conflicts of one file ConflictError reports
// at their lines; the last says how many more there are.
const maxConflicts = 10

// ConflictError returns the error at each merge conflict of data (at
// most maxConflicts, the last saying how many more follow) as the user
// sees it at origin, path telling whether it is Markdown (Conflicts):
// one *Error, a List of several, or nil when there is none.
func ConflictError(origin, path string, data []byte) error {
	marks := Conflicts(path, data)
	if len(marks) == 0 {
		return nil
	}
	var errs List
	for i, m := range marks[:min(len(marks), maxConflicts)] {
		msg := ConflictMsg(m.Size, Diff3(data, m.Size))
		if i == maxConflicts-1 && len(marks) > maxConflicts {
			msg += fmt.Sprintf("; and %d more conflicts below this one in the file", len(marks)-maxConflicts)
		}
		errs.Add(origin, m.Line, "%s", msg)
	}
	if len(errs) == 1 {
		return errs[0]
	}
	return errs
}

// ConflictLine is the line of Conflict in a file that is not Markdown.
func ConflictLine(data []byte) int {
	line, _ := Conflict("", data)
	return line
}

// isMarkdown reports whether path is a Markdown file, whose fenced code
// blocks may show conflict markers as an example.
func isMarkdown(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".md") || strings.HasSuffix(p, ".markdown")
}

// fencedLines reports for each of lines whether it is inside a fenced
// code block (``` or ~~~, as CommonMark opens and closes one), its fence
// lines not included; a fence left open runs to the end.
func fencedLines(lines [][]byte) []bool {
	code := make([]bool, len(lines))
	var open []byte // the open fence's run of ` or ~
	for n, l := range lines {
		fence, rest := fenceRun(l)
		switch {
		case open == nil && fence != nil && !(fence[0] == '`' && bytes.ContainsRune(rest, '`')):
			open = fence
		case open != nil && fence != nil && fence[0] == open[0] && len(fence) >= len(open) && len(bytes.TrimSpace(rest)) == 0:
			open = nil
		case open != nil:
			code[n] = true
		}
	}
	return code
}

// fenceRun returns the run of three or more ` or ~ that line opens with
// after up to three spaces, and what follows it, or nil.
func fenceRun(line []byte) (fence, rest []byte) {
	l := bytes.TrimLeft(line, " ")
	if len(line)-len(l) > 3 || len(l) < 3 || l[0] != '`' && l[0] != '~' {
		return nil, nil
	}
	n := 0
	for n < len(l) && l[n] == l[0] {
		n++
	}
	if n < 3 {
		return nil, nil
	}
	return l[:n], l[n:]
}

// markerSize is the length of git's conflict markers by default.
const markerSize = 7

// markerRun returns the character and length of the marker line begins
// with, a run of markerSize or more of one of <, =, > and | that ends the
// line or is followed by a space, or size 0 if it is no marker.
func markerRun(line []byte) (c byte, size int) {
	if len(line) < markerSize || !strings.ContainsRune("<=>|", rune(line[0])) {
		return 0, 0
	}
	c = line[0]
	for size < len(line) && line[size] == c {
		size++
	}
	if size < markerSize || size < len(line) && line[size] != ' ' {
		return 0, 0
	}
	return c, size
}

// separatorMsg is the error at a ======= line left alone, where it
// underlines no heading: in YAML, or in a Markdown body after a blank line.
const separatorMsg = "a leftover line of a merge conflict: git's ======= between the two sides is still here, though its <<<<<<< and >>>>>>> lines are gone; check that the lines around it keep one side only, and delete this line"

// separatorLine returns the line of the first ======= line left alone in
// data, path's, or 0: in YAML (a .yaml or .yml file, or the front matter
// of a file that opens with ---), or in a Markdown body where it
// underlines no heading (loneSeparator). A curator resolving a conflict
// by hand who deletes git's <<<<<<< and >>>>>>> lines may forget the
// ======= between the sides, which Conflict does not look for alone; in
// YAML it can be nothing else, and YAML's own error would read it as more
// of the value above.
func separatorLine(path string, data []byte) int {
	lines := bytes.Split(data, []byte("\n"))
	wholeYAML := strings.HasSuffix(path, ".yaml") || strings.HasSuffix(path, ".yml")
	inYAML := wholeYAML
	for n, line := range lines {
		switch l := string(bytes.TrimRight(line, " \t")); {
		case isSeparator(l) && inYAML:
			return n + 1
		case n == 0 && l == "---":
			inYAML = true // front matter opens
		case wholeYAML:
		case !inYAML:
			return loneSeparator(path, lines, 0) // no front matter
		case l == "---" || l == "...":
			return loneSeparator(path, lines, n+1) // the front matter's end
		}
	}
	return 0
}

// loneSeparator returns the line of the first ======= in lines[body:], a
// Markdown file's body (path's), that no line of a paragraph comes
// before (it starts the body, or follows a blank line or a # heading),
// or 0. Such a line underlines nothing, so the page would show it as a
// paragraph of its own: only a merge leaves it there. It is looked for at
// git's default length alone, as a lone longer run may be a line of text,
// and not in a fenced code block, where a paper about merging shows
// git's output. One right under a line of text makes that line a heading,
// which the Markdown checks tell of.
func loneSeparator(path string, lines [][]byte, body int) int {
	if !isMarkdown(path) || body >= len(lines) {
		return 0
	}
	lines = lines[body:]
	code := fencedLines(lines)
	for n, line := range lines {
		if code[n] || string(bytes.TrimRight(line, " \t")) != strings.Repeat("=", markerSize) {
			continue
		}
		if n == 0 || len(bytes.TrimSpace(lines[n-1])) == 0 || atxHeadingRE.Match(lines[n-1]) {
			return body + n + 1
		}
	}
	return 0
}

// atxHeadingRE matches a line that is a # heading (## Notes), after which
// a line cannot underline a heading.
var atxHeadingRE = regexp.MustCompile(`^ {0,3}#{1,6}([ \t]|$)`)

// isSeparator reports whether l is git's ======= between a conflict's
// sides, of the default length or a longer one (see ConflictLine).
func isSeparator(l string) bool {
	c, size := markerRun([]byte(l))
	return c == '=' && size == len(l)
}

// invalidUTF8Line returns the line of the first invalid UTF-8 sequence.
func invalidUTF8Line(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if r == '\n' {
			line++
		}
		i += size
	}
	return line
}
