package importer_test

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/importer"
)

func TestErrorMessage(t *testing.T) {
	for _, tt := range []struct{ body, want string }{
		{`{"error":"Invalid date"}`, "Invalid date"},
		{"\ufeff {\"error\": {\"message\": \"Rate limited\"}}", "Rate limited"},
		{`{"message": "Not Found"}`, "Not Found"},
		{`{"detail": "bad\u001b[31m\nline"}`, "bad [31m line"}, // no terminal escape, one line
		{`{"error": ""}`, ""},
		{`{"papers": []}`, ""},
		{`[{"error": "x"}]`, ""},
		{"no such day\nsecond line\n", "no such day"},
		{"<!DOCTYPE html><html><body>Bad Request</body></html>", ""},
		{"<?xml version='1.0'?><feed/>", ""},
		{"{not json", ""},
		{"bad \xff byte", "bad byte"},
		{"", ""},
	} {
		if got := importer.ErrorMessage([]byte(tt.body)); got != tt.want {
			t.Errorf("ErrorMessage(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
	long := importer.ErrorMessage([]byte(`{"error": "` + strings.Repeat("é", 5000) + `"}`))
	if n := len([]rune(long)); n != 200 || !strings.HasSuffix(long, "…") {
		t.Errorf("ErrorMessage(5000 letters) has %d: %q…, want 200 ending in …", n, long[:20])
	}
}

func TestStatusErrorQuotesBody(t *testing.T) {
	for _, tt := range []struct {
		body []byte
		want string
	}{
		{[]byte(`{"error":"Invalid date"}`), `GET http://x/api: 400 Bad Request ("Invalid date")`},
		{[]byte("<html>Bad</html>"), "GET http://x/api: 400 Bad Request"},
		{nil, "GET http://x/api: 400 Bad Request"},
		{[]byte("400 bad request\n"), "GET http://x/api: 400 Bad Request"},
	} {
		e := &importer.StatusError{URL: "http://x/api", Code: 400, Body: tt.body}
		if got := e.Error(); got != tt.want {
			t.Errorf("StatusError{Body: %q}.Error() = %q, want %q", tt.body, got, tt.want)
		}
	}
}
