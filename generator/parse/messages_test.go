package parse

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestMessages(t *testing.T) {
	msgs, err := Messages("i18n/fr.yaml", []byte("# French\nabstract: Résumé\npapers:\n  one: \"{{.Count}} article\"\n  other: \"{{.Count}} articles\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(msgs) != 2 || msgs[0].ID != "abstract" || msgs[0].Line != 2 || msgs[0].Forms["other"] != "Résumé" {
		t.Fatalf("messages = %+v", msgs)
	}
	if p := msgs[1]; p.ID != "papers" || p.Forms["one"] != "{{.Count}} article" || p.Lines["other"] != 5 || len(p.Forms) != 2 {
		t.Errorf("plural message = %+v", p)
	}
	if msgs, err := Messages("x.yaml", []byte("# nothing yet\n")); err != nil || msgs != nil {
		t.Errorf("empty file: %v, %v", msgs, err)
	}
}

func TestMessagesErrors(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"- a\n- b\n", "x.yaml:1: a translation file is a mapping of `id: text` lines, not a list"},
		{"a: b\na: c\n", "x.yaml:2: a is given twice (also at line 1); keep one"},
		{"1a: b\n", `x.yaml:1: "1a" is not a message id`},
		{"a:\n", "x.yaml:1: a has no text"},
		{"a: [b]\n", "x.yaml:1: a has no text"},
		{"a: \"\"\n", "x.yaml:1: a is empty"},
		{"a:\n  one: x\n", "x.yaml:2: a has no `other:` form"},
		{"a:\n  other:\n", "x.yaml:2: a: the other form has no text"},
		{"? a", "x.yaml:1: a has no text"},
		{"a:\n  ? other", "x.yaml:2: a: the other form has no text"},
		{"a:\n  plural: x\n  other: y\n", `x.yaml:2: a: "plural" is not a plural form; the forms are zero, one, two, few, many, other`},
		{"a:\n\tb: c\n", "x.yaml:2: a tab is used for indentation"},
		{"a: 'open\n", "x.yaml:"},
		// Text starting with {{ unquoted: at its own line, not the
		// line before, whether YAML fails on it or reads a {mapping}.
		{"abstract: Zusammenfassung\ndescAuthor: {{.Name}}s Artikel\n", `x.yaml:2: invalid YAML: the value of "descAuthor:" starts with {{, which YAML reads as the start of a {mapping}, not text; put the whole value in quotes: descAuthor: "{{.Name}}s Artikel"`},
		{"a: b\n\n# counts\npapers:\n  one: {{.Count}} Artikel\n  other: \"{{.Count}} Artikel\"\n", `x.yaml:5: invalid YAML: the value of "one:" starts with {{, which YAML reads as the start of a {mapping}, not text; put the whole value in quotes: one: "{{.Count}} Artikel"`},
		{"descAuthor: {{.Name}}\n", `x.yaml:1: invalid YAML: the value of "descAuthor:" starts with {{, `},
		{"a: b\npapers:\n  one: {{.Count}}\n  other: x\n", `x.yaml:3: invalid YAML: the value of "one:" starts with {{, `},
	} {
		_, err := Messages("x.yaml", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Messages(%q) error = %v\nwant it to contain %q", tt.src, err, tt.want)
		}
	}
}

// FuzzMessages: a translation file parses, the same way twice, or is
// refused with errors naming it, never a panic, and every message it
// accepts has an "other" form.
func FuzzMessages(f *testing.F) {
	en, err := os.ReadFile("../../themes/default/i18n/en.yaml")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "a: b\n", "a:\n  one: x\n  other: y\n", "a: [1]\n", "- x\n", "a:\n  few: x\n", string(en)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		msgs, err := parsedTwice(t, func() ([]Message, error) { return Messages("x.yaml", data) })
		if err != nil {
			namesFile(t, err, "x.yaml", data)
			return
		}
		for _, m := range msgs {
			if _, ok := m.Forms["other"]; !ok {
				t.Fatalf("%s has no other form: %+v", m.ID, m)
			}
			for form := range m.Forms {
				if !slices.Contains(PluralForms, form) {
					t.Fatalf("%s has form %q", m.ID, form)
				}
			}
		}
	})
}
