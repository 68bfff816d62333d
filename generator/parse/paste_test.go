package parse

import (
	"strings"
	"testing"
)

// TestPastedFromWord: what Word's autoformat puts into YAML pasted from
// it, curly quotes and a no-break space after a key or in a line's
// indentation, is reported at its
// line with what to type instead, in a paper, a day file and site.yaml;
// curly quotes inside straight ones are kept.
func TestPastedFromWord(t *testing.T) {
	const curly = `curly quotes “…” are not YAML quotes, so they became part of the value; write straight quotes "…" (or keep them on purpose inside straight quotes: '“…”')`
	const curlySingle = `curly quotes ‘…’ are not YAML quotes, so they became part of the value; write straight quotes '…' (or keep them on purpose inside straight quotes: "‘…’")`
	const curlySyntax = `curly quotes “…” are not YAML quotes, so this line's value is not quoted; write straight quotes "…"`
	const number = `curly quotes are not YAML quotes, so they became part of the value, and a number takes no quotes at all; write `
	const nbsp = `the space after "title:" is a no-break space (U+00A0`
	paper := func(p string, d []byte) error { _, err := Paper(p, d, DefaultLimits()); return err }
	day := func(p string, d []byte) error { _, _, err := Day(p, d, DefaultLimits()); return err }
	config := func(p string, d []byte) error { _, err := Config(p, d, ""); return err }
	tests := []struct {
		name, path string
		read       func(string, []byte) error
		in         string
		want       []string // "" when the file parses
	}{
		{"title", "p.md", paper, "---\nid: x\ntitle: “Smart quotes from Word”\ndate: 2024-05-29\n---\n",
			[]string{"p.md:3: title: " + curly}},
		{"single curly quotes", "p.md", paper, "---\nid: x\ntitle: ‘Smart’\ndate: 2024-05-29\n---\n",
			[]string{"p.md:3: title: " + curlySingle}},
		{"authors in a list", "p.md", paper, "---\nid: x\ntitle: T\nauthors: [“Ashish Vaswani”, “Noam Shazeer”]\ntopics:\n  - ‘agents’\n---\n",
			[]string{"p.md:4: authors: " + curly, "p.md:6: topics: " + curlySingle}},
		{"a number", "p.md", paper, "---\nid: x\ntitle: T\nupvotes: “12”\n---\n", []string{"p.md:4: upvotes: " + number + "12"}},
		{"a number in site.yaml", "content/site.yaml", config, "title: T\nbaseURL: https://example.org/\nfeedSize: “20”\n", []string{"content/site.yaml:3: feedSize: " + number + "20"}},
		// One mistake, one error: the value without its quotes is what
		// the fields' own checks see.
		{"an id and a link", "p.md", paper, "---\ntitle: T\narxiv: “2406.00001”\ndate: 2024-06-03\ncode: “https://github.com/ada/x”\n---\n",
			[]string{"p.md:3: arxiv: " + curly, "p.md:5: code: " + curly}},
		{"a colon inside", "p.md", paper, "---\nid: x\ntitle: “BERT: Pre-training”\n---\n", []string{"p.md:3: invalid YAML: mapping values are not allowed in this context; " + curlySyntax}},
		{"no-break space", "p.md", paper, "---\nid: x\ntitle:\u00a0\"NBSP\"\ndate: 2024-05-29\n---\n", []string{"p.md:3: invalid YAML: " + nbsp}},
		{"no-break space, plain value", "p.md", paper, "---\ntitle:\u00a0NBSP\nid: x\n---\n", []string{"p.md:2: invalid YAML: " + nbsp}},
		{"no-break space indenting a list item", "p.md", paper, "---\nid: x\ntitle: T\nauthors:\n\u00a0\u00a0- Ada Lovelace\n  - Alan Turing\n---\n",
			[]string{"p.md:5: invalid YAML: this line is indented with a no-break space (U+00A0, which Word and web pages type and editors show as a space); YAML indents with ordinary spaces, so delete the line's indentation and type it again"}},
		{"no-break space indenting a field", "content/site.yaml", config, "title: T\nbaseURL: https://example.org/\ntopics:\n  agents:\n \u00a0 name: Agents\n",
			[]string{"content/site.yaml:5: invalid YAML: this line is indented with a no-break space (U+00A0, which Word and web pages type and editors show as a space); YAML indents with ordinary spaces, so delete the line's indentation and type it again"}},
		{"full-width colon", "p.md", paper, "---\nid: x\ntitle: T\npublished: 2024-05-29\nupvotes\uff1a 12\n---\n",
			[]string{"p.md:5: invalid YAML: the colon after \"upvotes\" is a full-width colon (\uff1a, U+FF1A, which Chinese and Japanese input methods type); YAML needs an ordinary colon and a space there: upvotes: "}},
		{"full-width colon in a value", "p.md", paper, "---\nid: x\ntitle: \"BERT\uff1a pre-training\"\n---\n", nil},
		{"kept on purpose", "p.md", paper, "---\nid: x\ntitle: '“Smart” quotes'\nauthors: [\"‘A’ B\"]\ndate: 2024-05-29\n---\n", nil},
		{"inside the value", "p.md", paper, "---\nid: x\ntitle: The “smart” quotes\ndate: 2024-05-29\n---\n", nil},
		{"day", "content/days/2024-05-29.md", day, "---\ntitle: “Agents”\npapers:\n  - 2405.00002\n  - “2405.00001”\n---\n",
			[]string{"content/days/2024-05-29.md:2: title: " + curly, "content/days/2024-05-29.md:5: papers: " + curly}},
		{"inline paper", "content/days/2024-05-29.md", day, "---\npapers:\n  - id: x\n    title: “Inline”\n---\n",
			[]string{"content/days/2024-05-29.md:4: title: " + curly}},
		{"site.yaml", "content/site.yaml", config, "title: “My Digest”\nbaseURL: https://example.org/\ntopics:\n  agents:\n    name: “Agents”\n",
			[]string{"content/site.yaml:1: title: " + curly, "content/site.yaml:5: name: " + curly}},
		{"site.yaml no-break space", "content/site.yaml", config, "baseURL: https://example.org/\ntitle:\u00a0My Digest\nlanguage: en\n",
			[]string{"content/site.yaml:2: invalid YAML: " + nbsp}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.read(tt.path, []byte(tt.in))
			if tt.want == nil {
				if err != nil {
					t.Errorf("error = %v, want none", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			got := strings.Split(err.Error(), "\n")
			if len(got) != len(tt.want) {
				t.Fatalf("error = %v, want %d errors: %q", err, len(tt.want), tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("error %d = %s\nwant it to start with %s", i+1, got[i], w)
				}
			}
		})
	}
}

// TestLibraryLineBreaks: a line or paragraph separator (U+2028, U+2029)
// or a NEL (U+0085) inside a line, as text copied from a PDF may hold,
// is a line break to YAML's library but not to an editor: one that
// breaks the YAML is named as the mistake, at its line, and a mistake
// after a quoted one is named at the line the editor shows, in a field's
// value and in the library's own errors alike.
func TestLibraryLineBreaks(t *testing.T) {
	for _, sep := range []string{"\u2028", "\u2029", "\u0085"} {
		for _, tt := range []struct{ in, want string }{
			{"---\nid: x\ntitle: \"Copied" + sep + "from a PDF\"\nupvotes: many\n---\n", "p.md:4: upvotes: expected a whole number"},
			{"---\nid: x\ntitle: \"Copied" + sep + "from" + sep + "a PDF\"\nauthors: [a\n---\n", "p.md:4: invalid YAML: the [ opened on this line is never closed"},
			{"---\nid: x\nabstract: |\n  Copied" + sep + "from a PDF.\nupvotes: 3\n---\n", "p.md:4: invalid YAML: this line holds a "},
			{"---\nid: x\ntitle: Copied" + sep + "from a PDF\nupvotes: 3\n---\n", "p.md:3: invalid YAML: this line holds a "},
		} {
			_, err := Paper("p.md", []byte(tt.in), DefaultLimits())
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("%q: error %v, want one starting %q", tt.in, err, tt.want)
			}
		}
	}
}
