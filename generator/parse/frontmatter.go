package parse

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// document is a source file split into front matter and body.
type document struct {
	Front    []byte // YAML between the --- lines, or nil when the file has none
	FrontAt  int    // file line of the first front matter line
	Body     []byte
	BodyLine int // file line of the first body line
}

// split reads data as diag.Text does (byte-order mark, line endings,
// encoding) and splits it into front matter and body, keeping line numbers
// so errors point at the right line.
// A front matter that opens with "---" must close with a "---" (or "...")
// line; one in TOML or JSON, as Hugo and Zola read, is an error.
func split(path string, data []byte) (*document, error) {
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	if err := ForeignFrontMatter(path, data); err != nil {
		return nil, err
	}
	doc := &document{Body: data, BodyLine: 1}
	// Spaces after the opening --- are let be, as after the closing one:
	// an editor shows none, and a day would show its front matter as its
	// intro.
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	if !bytes.Equal(bytes.TrimRight(first, " \t"), []byte("---")) {
		return doc, misplacedOpening(path, data)
	}
	line := 2
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(rest)-off, len(rest)
		}
		if l := bytes.TrimRight(rest[off:off+end], " \t"); bytes.Equal(l, []byte("---")) || bytes.Equal(l, []byte("...")) {
			doc.Front = rest[:off]
			doc.FrontAt = 2
			doc.Body = rest[next:]
			doc.BodyLine = line + 1
			return doc, nil
		}
		off = next
		line++
	}
	if at, what := nearClosing(rest); at > 0 {
		return nil, diag.Errorf(path, at, "this line %s, and the front matter opened on line 1 closes only with a line of exactly --- (or ...), so it never closes; write --- in its place", what)
	}
	return nil, diag.Errorf(path, 1, "the front matter opened here never closes; add a line with only --- after the last field")
}

// misplacedOpening returns an error when data, which does not start with
// a line ---, starts with one that is meant to open front matter: after
// blank lines, with a space before it, or written with other dashes (a
// word processor's em dash —), with a field on the line after it and a
// --- or another such line below; or nil. Its front matter would
// otherwise not be read: a day would show it as its intro, and a paper
// would be told it has none.
func misplacedOpening(path string, data []byte) error {
	lines := strings.Split(string(data), "\n")
	i := 0 // the first line that is not blank, 0-based
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) || i+1 == len(lines) {
		return nil
	}
	what := nearFence(lines[i])
	if what == "" && (i == 0 || strings.TrimSpace(lines[i]) != "---") {
		return nil
	}
	if m := keyLine(strings.TrimRight(lines[i+1], " \t")); m == nil || m[1] != "" {
		return nil // not a field: a Markdown rule, say
	}
	end := slices.IndexFunc(lines[i+2:], func(l string) bool {
		t := strings.TrimSpace(l)
		return t == "---" || t == "..." || nearFence(l) != ""
	})
	if end < 0 {
		return nil
	}
	end += i + 2
	fix := "write --- in its place"
	if strings.TrimSpace(lines[i]) == "---" {
		fix = "delete the space before it"
	}
	if nearFence(lines[end]) != "" {
		fix += fmt.Sprintf(" (and write --- on line %d, where the front matter closes)", end+1)
	}
	blanks := "a blank line" // what the file starts with, if i > 0
	if i > 1 {
		blanks = fmt.Sprintf("%d blank lines", i)
	}
	switch {
	case what == "":
		return diag.Errorf(path, 1, "the file starts with %s, and front matter opens only with a --- on the file's first line, so the --- on line %d opens none and the fields below it are not read; delete the %s above it, so that the file starts with the line ---",
			blanks, i+1, strings.TrimPrefix(blanks, "a "))
	case i > 0:
		return diag.Errorf(path, i+1, "this line %s, and front matter opens only with a line of exactly --- on the file's first line, so the fields below it are not read; %s, and delete the %s above it, so that the file starts with the line ---", what, fix, strings.TrimPrefix(blanks, "a "))
	}
	return diag.Errorf(path, 1, "this line %s, and front matter opens only with a line of exactly ---, so the fields below it are not read; %s, so that the file starts with the line ---", what, fix)
}

// nearClosing returns the file line of the line of rest (the lines
// after an opening --- on line 1) that was most likely meant to close the
// front matter but is not a line --- (nearFence), and what is wrong with
// it; 0 and "" if there is none. A line flush left is taken before an
// indented one, which may be a block's text.
func nearClosing(rest []byte) (int, string) {
	at, what := 0, ""
	for i, l := range strings.Split(string(rest), "\n") {
		if w := nearFence(l); w != "" {
			if l[0] != ' ' && l[0] != '\t' {
				return i + 2, w
			}
			if at == 0 {
				at, what = i+2, w
			}
		}
	}
	return at, what
}

// nearFence says what is wrong with line when it is most likely meant as
// a front matter's --- but is not one: a space before it, two hyphens or
// four, a word processor's dashes (see dashes); else it returns "".
func nearFence(line string) string {
	t := strings.TrimRightFunc(line, unicode.IsSpace)
	s := strings.TrimLeftFunc(t, unicode.IsSpace)
	if t == "---" || s == "" {
		return ""
	}
	if s == "---" {
		return "has a space before its ---"
	}
	if strings.Trim(dashes.Replace(s), "-") != "" {
		return ""
	}
	switch {
	case s == "-":
		return "" // a list's empty item
	case strings.Trim(s, "-") == "":
		return fmt.Sprintf("is %s, %d hyphens, not 3", s, len(s))
	case s == "—":
		return "is an em dash (—), as a word processor writes ---"
	case s == "–":
		return "is an en dash (–), as a word processor writes --"
	}
	return fmt.Sprintf("is %s, a word processor's dashes, not 3 hyphens", s)
}

// hugoConvert says how to convert every file's front matter at once.
const hugoConvert = "or every file at once with Hugo's own `hugo convert toYAML --unsafe`, run in the Hugo site (the folder of its hugo.toml or config/; in a Zola site, the folder of its config.toml, which Hugo reads too; if you deleted that, an empty hugo.toml there is enough), which rewrites the front matter of all of its content/ in place (`-o DIR` writes converted copies to DIR instead)"

// ForeignFrontMatter returns an error at path:1 when data, a paper, day or
// page file (or a source the importer reads) with LF line endings, starts
// with front matter in TOML (a line +++) or JSON (a line { or {"key"),
// which Paperboy does not read: a day would publish it as its intro, and
// a paper or a page would seem to have none.
func ForeignFrontMatter(path string, data []byte) error {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	first = bytes.TrimRight(first, " \t")
	switch {
	case bytes.Equal(first, []byte("+++")):
		return diag.Errorf(path, 1, `TOML front matter (+++) is not read; Paperboy reads YAML between --- lines: convert it (title = "x" becomes title: "x"), `+hugoConvert)
	case bytes.Equal(first, []byte("{")) || bytes.HasPrefix(first, []byte(`{"`)):
		return diag.Errorf(path, 1, `JSON front matter ({…}) is not read; Paperboy reads YAML between --- lines: convert it ("title": "x" becomes title: "x"), `+hugoConvert)
	}
	return nil
}

// closedEarly returns an error at the closing --- of doc's front matter
// when its body starts with fields of the file's kind (the fields of the
// struct type kind) up to a --- line of its own: a --- left among the fields, which
// closes the front matter before them and makes them the body's text.
// The error is the only one told, as the fields it leaves out (an id, a
// date) follow from it.
func closedEarly(path string, doc *document, kind reflect.Type) error {
	if doc.Front == nil {
		return nil
	}
	_, names := fieldsFor(kind)
	i, first, key := 0, -1, "" // the body's line, 0-based; its first field's, and the field's key
	for l := range strings.Lines(string(doc.Body)) {
		t := strings.TrimRight(l, " \t\r\n")
		switch {
		case first < 0 && t == "":
		case first < 0:
			m := keyLine(t)
			if m == nil || m[1] != "" || !slices.Contains(names, m[2]) {
				return nil
			}
			first, key = i, m[2]
		case t == "---":
			return diag.Errorf(path, doc.BodyLine-1, "the front matter closes on this line, but %s on line %d and the fields below it, to the --- on line %d, come after it, so they are the body's text; delete this --- line",
				key+":", doc.BodyLine+first, doc.BodyLine+i)
		case t == "" || strings.HasPrefix(t, " ") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "#") || keyLine(t) != nil:
			// A blank line, a field's list or mapping, a comment, a field.
		default:
			return nil
		}
		i++
	}
	return nil
}

// PaperFront returns the errors a build finds in the front matter of
// data, a paper file at path, as it reads it: the YAML (a tab, the YAML
// library's errors explained at their line, a list item a stray space
// runs on into the one before, a value YAML reads as a comment, an anchor
// or a tag), a --- left among the fields, a key given twice, and every
// field's name and value (a date that is no day, text where a number
// goes). It leaves out what the file lacks (a title, an id, authors) and
// the checks of one field against another, which an import may put
// right; nil when data has no front matter. The importer reads a file
// with it before it plans to rewrite it, so that it never reads a file
// otherwise than the build does.
func PaperFront(path string, data []byte) error {
	return checkFront(path, data, reflect.TypeFor[paperYAML](), "paper")
}

// DayFront is PaperFront for a day file.
func DayFront(path string, data []byte) error {
	return checkFront(path, data, reflect.TypeFor[dayYAML](), "day")
}

// checkFront is PaperFront for a file whose front matter is the struct
// type kind, which messages call what.
func checkFront(path string, data []byte, kind reflect.Type, what string) error {
	doc, err := split(path, data)
	if err != nil || doc.Front == nil {
		return err
	}
	if err := closedEarly(path, doc, kind); err != nil {
		return err
	}
	m, err := yamlDoc(path, doc.Front, doc.FrontAt, false)
	if err != nil {
		return err
	}
	var errs diag.List
	decodeMapping(path, m, reflect.New(kind).Interface(), what, nil, &errs)
	return errs.Err()
}
