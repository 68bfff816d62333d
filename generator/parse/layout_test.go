package parse

import "testing"

// TestCutValue: a text value that YAML cuts at a " #word", a comment, is
// an error at its line that gives the value quoted (the topics without
// their hashtags' #), at any depth; a comment after "# ", and one after a
// value that is not text, are let be.
func TestCutValue(t *testing.T) {
	tests := []struct{ name, fields, want string }{
		{"title", "title: Why Model #1 Beats Model #2 on Long Context\n",
			`x.md:2: the value of "title:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "Why Model"; put the value in quotes: title: "Why Model #1 Beats Model #2 on Long Context"`},
		{"tldr", "title: T\ntldr: Ranked #1 on the leaderboard\n",
			`x.md:3: the value of "tldr:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "Ranked"; put the value in quotes: tldr: "Ranked #1 on the leaderboard"`},
		{"an item", "title: T\nauthors:\n  - Ada\n  - The #1 Lab\n",
			`x.md:5: an item of "authors:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "The"; put the item in quotes: - "The #1 Lab"`},
		{"hashtags", "title: T\ntopics: agents #llm #rl\n",
			`x.md:3: the value of "topics:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "agents"; write the topics without the # of a hashtag: topics: [agents, llm, rl]`},
		{"in extra:", "title: T\nextra:\n  note: see issue #42\n",
			`x.md:4: the value of "note:" has " #" in it, which YAML reads as the start of a comment, so it is cut to "see issue"; put the value in quotes: note: "see issue #42"`},
		{"a comment meant", "title: Why Model # to do\n", ""},
		{"a date", "title: T\ndate: 2024-06-03 #monday\n", ""},
		{"a number", "title: T\nupvotes: 12 #hot\n", ""},
		{"quoted", "title: \"Why Model\" #1\n", ""},
		{"no space before #", "title: C# Beats F#\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, err := yamlDoc("x.md", []byte(tc.fields), 2, false)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if m == nil && err == nil {
				t.Fatal("no mapping and no error")
			}
			if got != tc.want {
				t.Errorf("yamlDoc(%q) = %q, want %q", tc.fields, got, tc.want)
			}
		})
	}
}
