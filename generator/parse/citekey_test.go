package parse

import (
	"strings"
	"testing"
)

// TestCiteKey: citekey: pins the paper's BibTeX key as written (trimmed),
// a DBLP key too; a key with a character BibTeX or biber would not read
// as part of it is an error at its line naming that character.
func TestCiteKey(t *testing.T) {
	tests := []struct{ front, key, err string }{
		{"citekey: smith2024notes\n", "smith2024notes", ""},
		{"citekey: \" Smith2024Notes \"\n", "Smith2024Notes", ""},
		{"citekey: DBLP:conf/nips/VaswaniSPUJGKP17\n", "DBLP:conf/nips/VaswaniSPUJGKP17", ""},
		{"citekey: 2024\n", "2024", ""},
		{"citekey: \"\"\n", "", ""},
		{"citekey: smith 2024\n", "", "x.md:5: citekey \"smith 2024\" has a space, where BibTeX ends the key; write the key readers cite, of ASCII letters, digits and - _ : . / + alone, like `citekey: smith2024notes`"},
		{"citekey: \"smith,2024\"\n", "", "x.md:5: citekey \"smith,2024\" has ',', where BibTeX ends the key"},
		{"citekey: müller2024notes\n", "", "x.md:5: citekey \"müller2024notes\" has 'ü', which BibTeX does not read as one letter (keys are ASCII)"},
		{"citekey: smith#2024\n", "", "x.md:5: citekey \"smith#2024\" has '#', which biber refuses in a key"},
		{"citekey: [a, b]\n", "", "x.md:5: citekey: expected text, found a list"},
	}
	for _, tt := range tests {
		src := "---\ntitle: T\nid: x\ndate: 2024-01-01\n" + tt.front + "---\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("%q: %v", tt.front, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("%q: error %v, want %q", tt.front, err, tt.err)
		case err == nil && (p.CiteKey != tt.key || tt.key != "" && p.CiteKeyLine != 5):
			t.Errorf("%q: CiteKey, CiteKeyLine = %q, %d, want %q, 5", tt.front, p.CiteKey, p.CiteKeyLine, tt.key)
		}
	}
}
