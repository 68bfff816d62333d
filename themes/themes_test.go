package themes

import (
	"maps"
	"strings"
	"testing"
)

// TestRecordLineEndings: a record saved with CRLF (Git for Windows) or an
// old Mac's lone CR reads as the one saved with LF, and an update writes
// it with LF, the line it replaces in place.
func TestRecordLineEndings(t *testing.T) {
	lf := "# made by paperboy new theme\nabc templates/base.html\ndef static/style.css\n"
	want := map[string]string{"templates/base.html": "abc", "static/style.css": "def"}
	for _, eol := range []string{"\n", "\r\n", "\r"} {
		data := []byte(strings.ReplaceAll(lf, "\n", eol))
		if got := ReadRecord(data); !maps.Equal(got, want) {
			t.Errorf("%q: ReadRecord = %v, want %v", eol, got, want)
		}
		updated, err := UpdateRecord(data, []string{"templates/base.html"})
		if err != nil {
			t.Fatal(err)
		}
		got := ReadRecord(updated)
		if strings.Contains(string(updated), "\r") || len(got) != 2 || got["templates/base.html"] == "abc" || got["static/style.css"] != "def" ||
			!strings.HasPrefix(string(updated), "# made by paperboy new theme\n") {
			t.Errorf("%q: UpdateRecord =\n%q", eol, updated)
		}
	}
}
