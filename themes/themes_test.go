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

// TestSame: a theme file is the same as another but for a byte-order
// mark and CRLF or lone CR line endings, which a checkout on Windows
// adds; any other byte makes it another file, and Same agrees with Hash.
func TestSame(t *testing.T) {
	const lf = "body {\n  color: #222;\n}\n"
	for _, tt := range []struct {
		name, other string
		want        bool
	}{
		{"identical", lf, true},
		{"CRLF", strings.ReplaceAll(lf, "\n", "\r\n"), true},
		{"lone CR", strings.ReplaceAll(lf, "\n", "\r"), true},
		{"BOM and CRLF", "\ufeff" + strings.ReplaceAll(lf, "\n", "\r\n"), true},
		{"a byte changed", strings.Replace(lf, "#222", "#223", 1), false},
		{"a line more", lf + "\n", false},
		{"trailing space", strings.Replace(lf, "{\n", "{ \n", 1), false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Same([]byte(lf), []byte(tt.other)); got != tt.want {
				t.Errorf("Same(lf, %q) = %t, want %t", tt.other, got, tt.want)
			}
			if hashed := Hash([]byte(lf)) == Hash([]byte(tt.other)); hashed != tt.want {
				t.Errorf("Hash agrees: %t, want %t (check and the build use one test)", hashed, tt.want)
			}
		})
	}
}
