package importer

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// maxMessage is the most characters of a server's message ErrorMessage
// keeps.
const maxMessage = 200

// ErrorMessage is the reason an API's error answer body gives, to quote in
// a message: the "error" (or "message", "detail") of a JSON object, as
// Hugging Face answers {"error": "Invalid date"} (or {"error": {"message":
// …}}), or an answer of plain text; "" for none, or for markup (a web
// page, an Atom feed), which its source's parser explains. Saved to a file
// or fetched, the same body gives the same words. The server is not ours
// to trust, so the reason is made one line of at most maxMessage
// characters without control characters: it cannot flood or garble the
// terminal or log it is quoted in.
func ErrorMessage(body []byte) string {
	body = bytes.TrimSpace(bytes.TrimPrefix(body, []byte("\ufeff")))
	if len(body) == 0 || body[0] == '<' || body[0] == '[' {
		return ""
	}
	if body[0] != '{' {
		line, _, _ := bytes.Cut(body, []byte("\n"))
		return sanitize(string(line))
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(body, &obj) != nil {
		return ""
	}
	for _, key := range []string{"error", "message", "detail"} {
		var s string
		if json.Unmarshal(obj[key], &s) == nil && strings.TrimSpace(s) != "" {
			return sanitize(s)
		}
		var inner struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(obj[key], &inner) == nil && strings.TrimSpace(inner.Message) != "" {
			return sanitize(inner.Message)
		}
	}
	return ""
}

// sanitize makes s one line of valid UTF-8 without control characters,
// its spaces collapsed, cut to maxMessage characters with an ellipsis.
func sanitize(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError || unicode.Is(unicode.Bidi_Control, r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, " "))
	s = textutil.CollapseSpace(s)
	if utf8.RuneCountInString(s) > maxMessage {
		s = strings.TrimSpace(string([]rune(s)[:maxMessage-1])) + "…"
	}
	return s
}
