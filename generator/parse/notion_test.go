package parse

import (
	"strings"
	"testing"
)

// TestNotionExport: a paper file that starts as Notion exports a page
// (# title, then Name: value properties) is an error that gives the
// front matter to write, from its title and the properties Paperboy has
// fields for, and the file's name by the paper's id; a file without
// front matter of any other shape gets the usual error.
func TestNotionExport(t *testing.T) {
	const notion = "# Attention Is All You Need\n\nAuthors: Ashish Vaswani, Noam Shazeer\nDate Added: June 12, 2024\nPublished: 2017/06/12\n" +
		"Tags: LLM, Machine translation\nURL: https://arxiv.org/abs/1706.03762v7\nStatus: Read\n\nThe dominant sequence transduction models…\n"
	for _, tt := range []struct{ name, path, src, want string }{
		{"Notion's", "content/papers/Attention Is All You Need 0123456789abcdef0123456789abcdef.md", notion,
			"content/papers/Attention Is All You Need 0123456789abcdef0123456789abcdef.md:1: a paper file must start with front matter, and this one starts as Notion exports a page: " +
				"its # title, then its properties as Name: value lines, which the page would show as text; write in their place a line ---, then " +
				"`title: \"Attention Is All You Need\"`, `arxiv: \"1706.03762\"`, `authors: [Ashish Vaswani, Noam Shazeer]`, `date: 2024-06-12`, `published: 2017-06-12`, " +
				"`topics: [llm, machine-translation]`, each on a line of its own, then ---; and name the file by the paper's id (1706.03762.md), not Notion's title and page ID"},
		{"no id, named by its id", "content/papers/x.md", "\ufeff# A paper\r\n\r\nAuthors: Ada Lovelace\r\n",
			"content/papers/x.md:1: a paper file must start with front matter, and this one starts as Notion exports a page: its # title, then its properties as Name: value lines, " +
				"which the page would show as text; write in their place a line ---, then `title: \"A paper\"`, `authors: [Ada Lovelace]`, each on a line of its own, then ---"},
		{"a heading alone", "content/papers/y.md", "# A paper\n\nJust text: with a colon.\n",
			"content/papers/y.md:1: a paper file must start with front matter; begin it with a line ---, then `title:`, `arxiv:` (or `id:`), `authors:` and `date:`, then ---"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Paper(tt.path, []byte(tt.src), DefaultLimits())
			if err == nil || err.Error() != tt.want {
				t.Errorf("Paper: %v\nwant %s", err, tt.want)
			}
		})
	}
	if strings.Contains(notion, "---") {
		t.Fatal("the test's Notion page has front matter")
	}
}
