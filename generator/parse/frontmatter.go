package parse

import (
	"bytes"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// document is a source file split into front matter and body.
type document struct {
	Path     string
	Front    []byte // YAML between the --- lines, or nil when the file has none
	FrontAt  int    // file line of the first front matter line
	Body     []byte
	BodyLine int // file line of the first body line
}

// split normalises data (byte-order mark, CRLF) and splits it into front
// matter and body, keeping line numbers so errors point at the right line.
// A front matter that opens with "---" must close with a "---" line.
func split(path string, data []byte) (*document, error) {
	data = normalize(data)
	if !utf8.Valid(data) {
		return nil, diag.Errorf(path, invalidUTF8Line(data), "the file is not valid UTF-8; save it with UTF-8 encoding")
	}
	doc := &document{Path: path, Body: data, BodyLine: 1}
	if !bytes.HasPrefix(data, []byte("---\n")) && !bytes.Equal(bytes.TrimRight(data, " \t"), []byte("---")) {
		return doc, nil
	}
	var rest []byte
	if len(data) >= 4 && data[3] == '\n' {
		rest = data[4:]
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
	return nil, diag.Errorf(path, 1, "the front matter opened here never closes; add a line with only --- after the last field")
}

// normalize drops a UTF-8 byte-order mark and turns CRLF and lone CR line
// endings into LF.
func normalize(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
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
