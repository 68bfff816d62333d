package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestEncodings: every file parse reads (a paper, a day, site.yaml, a
// translation file) refuses UTF-16 at line 1 and another legacy encoding
// at the line of its first such byte, and reads CRLF and lone CR with the
// lines an editor shows.
func TestEncodings(t *testing.T) {
	readers := []struct {
		name, path string
		front      bool // the YAML is front matter, between --- lines
		read       func(path string, data []byte) error
	}{
		{"paper", "content/papers/x.md", true, func(p string, d []byte) error { _, err := Paper(p, d, DefaultLimits()); return err }},
		{"day", "content/days/2024-05-27.md", true, func(p string, d []byte) error { _, _, err := Day(p, d, DefaultLimits()); return err }},
		{"site.yaml", "content/site.yaml", false, func(p string, d []byte) error { _, err := Config(p, d, ""); return err }},
		{"translation", "themes/mine/i18n/fr.yaml", false, func(p string, d []byte) error { _, err := Messages(p, d); return err }},
	}
	const utf16 = `the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`
	tests := []struct {
		name, eol, yaml string
		line            int // in the YAML; a front matter's is one more
		want            string
	}{
		{"Windows-1252", "\r\n", "title: T\nabstract: Caf\xe9\n", 2, "the file is not valid UTF-8; save it with UTF-8 encoding"},
		{"CRLF", "\r\n", "title: T\n\nabstract: \"open\n", 3, `invalid YAML: the value quoted with " on this line is never closed`},
		{"lone CR", "\r", "title: T\n\nabstract: \"open\n", 3, `invalid YAML: the value quoted with " on this line is never closed`},
	}
	for _, r := range readers {
		for _, tt := range tests {
			in, line := tt.yaml, tt.line
			if r.front {
				in, line = "---\n"+in+"---\n", line+1
			}
			err := r.read(r.path, []byte(strings.ReplaceAll(in, "\n", tt.eol)))
			if want := fmt.Sprintf("%s:%d: %s", r.path, line, tt.want); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s, %s: error = %v, want it to contain %s", r.name, tt.name, err, want)
			}
		}
		in := []byte("\xff\xfe")
		for _, c := range []byte("title: T\r\n") {
			in = append(in, c, 0)
		}
		if err := r.read(r.path, in); err == nil || err.Error() != r.path+":1: "+utf16 {
			t.Errorf("%s, UTF-16: error = %v, want %s:1: %s", r.name, err, r.path, utf16)
		}
	}
}
