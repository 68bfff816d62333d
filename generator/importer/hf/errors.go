package hf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

// syntaxError locates a JSON syntax error.
func syntaxError(name string, data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%s:%d: invalid JSON: %v; the input must be the JSON array /api/daily_papers returns", name, lineAt(data, se.Offset), se)
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		if len(bytes.TrimSpace(data)) == 0 {
			return fmt.Errorf("%s: the input is empty; it must be the JSON array /api/daily_papers returns", name)
		}
		// At the last line that has text, where it is cut short.
		return fmt.Errorf("%s:%d: the JSON ends too early, on this line; the input is cut short: fetch it again", name, bytes.Count(bytes.TrimRight(data, " \t\r\n"), []byte("\n"))+1)
	}
	return fmt.Errorf("%s: invalid JSON: %v", name, err)
}

// shapeError explains a top level that is not an array. Hugging Face
// answers errors with {"error": "…"}, so that message is shown, as a
// fetch's error shows it (importer.ErrorMessage).
func shapeError(name string, data []byte, tok any) error {
	if d, ok := tok.(json.Delim); ok && d == '{' {
		if why := importer.ErrorMessage(data); why != "" {
			return fmt.Errorf("%s:1: the input is an error response from Hugging Face (%q), not a list of papers", name, why)
		}
		return fmt.Errorf("%s:1: the top level is a JSON object; expected the array of daily papers that /api/daily_papers returns", name)
	}
	return fmt.Errorf("%s:1: the top level is %s; expected the array of daily papers that /api/daily_papers returns", name, jsonValue(tok))
}

// jsonValue names a JSON token as JSON writes it, not as Go does: null
// (what jq writes for a key the answer lacks), not <nil>; a string
// quoted.
func jsonValue(tok any) string {
	switch v := tok.(type) {
	case nil:
		return "null"
	case string:
		return fmt.Sprintf("a string, %q", v)
	case bool:
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("a number, %v", tok)
}

// lineAt returns the 1-based line of the first value at or after offset,
// skipping white space and a separating comma.
func lineAt(data []byte, offset int64) int {
	off := int(min(max(offset, 0), int64(len(data))))
	for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// date parses an optional RFC 3339 timestamp.
func date(s *string, where, field string) (time.Time, error) {
	if s == nil || strings.TrimSpace(*s) == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(*s))
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: %s %q is not an RFC 3339 time like 2024-05-27T03:50:58.348Z", where, field, *s)
	}
	return t, nil
}

// first returns the first non-empty string of ss.
func first(ss ...*string) string {
	for _, s := range ss {
		if s != nil && strings.TrimSpace(*s) != "" {
			return *s
		}
	}
	return ""
}

// kind names a Go type the way a JSON user thinks of it.
func kind(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"):
		return "an array"
	case strings.Contains(goType, "string"):
		return "a string"
	case strings.Contains(goType, "int"):
		return "a whole number"
	}
	return "an object"
}

// article puts "a" or "an" before the name of a JSON value's type, as
// encoding/json gives it ("object", "number").
func article(jsonType string) string {
	if strings.IndexByte("aeiou", jsonType[0]) >= 0 {
		return "an " + jsonType
	}
	return "a " + jsonType
}
