package parse

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestDashItems: list items marked with a dash or bullet other than
// YAML's - are an error at the first of them that names the sign and
// says to type -, once a list; such a sign in the text of a block, or in
// a value on a key's line, is let be.
func TestDashItems(t *testing.T) {
	const tail = " not the hyphen-minus - that marks a list item in YAML (a phone keyboard or text pasted from a document may type one for the other); type - in "
	tests := []struct{ name, src, want string }{
		{"after a real item", "title: T\nauthors:\n  - Ada\n  – Alan\n",
			"x.md:5: this list item starts with –, an en dash (U+2013)," + tail + "its place"},
		{"a whole list", "topics:\n  – transformers\n  – language-models\n",
			"x.md:3: this list item and the next start with –, an en dash (U+2013)," + tail + "their place"},
		{"not indented", "authors:\n— Ada\n— Alan\n— Grace\n",
			"x.md:3: this list item and the 2 below it start with —, an em dash (U+2014)," + tail + "their place"},
		{"bullets, two lists", "topics:\n  • llm\nkeywords:\n  • agents\n",
			"x.md:3: this list item starts with •, a bullet (U+2022)," + tail + "its place\n" +
				"x.md:5: this list item starts with •, a bullet (U+2022)," + tail + "its place"},
		{"an inline paper's authors", "papers:\n  - title: T\n    authors:\n      − Ada\n",
			"x.md:5: this list item starts with −, a minus sign (U+2212)," + tail + "its place"},
		{"bullets in a block", "title: T\nabstract: |\n  We show:\n  • one\n  • two\n", ""},
		{"bullets in an item's block", "papers:\n  - abstract: |\n      – one\n      – two\n", ""},
		{"a dash in a value", "title: Attention – all you need\ntldr: >\n  — a claim\n", ""},
		{"a continued value", "tldr: A claim\n  – and more\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ""
			if err := dashItems("x.md", []byte(tc.src), 2); err != nil {
				got = err.Error()
			}
			if got != tc.want {
				t.Errorf("dashItems(%q) =\n%s\nwant\n%s", tc.src, got, tc.want)
			}
		})
	}
	for r := range itemDashes {
		if !strings.ContainsRune(itemDashSigns, r) {
			t.Errorf("itemDashSigns lacks %c", r)
		}
	}
}

// TestListHintDashes: a list written on one line with dashes for its
// marks is told as the items alone, not with a "–" item between them.
func TestListHintDashes(t *testing.T) {
	val := &yaml.Node{Kind: yaml.ScalarNode, Value: "– transformers – language-models"}
	if got, want := listHint("topics", val), "[transformers, language-models]"; got != want {
		t.Errorf("listHint(%q) = %s, want %s", val.Value, got, want)
	}
}
