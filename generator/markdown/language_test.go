package markdown

import (
	"reflect"
	"testing"
)

// TestMisspeltLanguages: a fenced code block whose language is a
// misspelling of one chroma highlights is told the one to write, at the
// fence's line; a language chroma lacks that is no such misspelling, a
// fence inside another block and an info string's other words are not.
func TestMisspeltLanguages(t *testing.T) {
	r := New(Options{})
	for _, tt := range []struct {
		src  string
		want []Hidden
	}{
		{"Intro.\n\n```pyhton\nimport torch\n```\n", []Hidden{{3, `the code block's language "pyhton" is none the highlighter knows, so its code shows uncoloured; if you meant python, write python after the fence`}}},
		{"- item\n\n  ~~~ jsno {.wide}\n  {}\n  ~~~\n", []Hidden{
			{3, "the code block's options after its language, {.wide}, are Hugo's, MkDocs' or Pandoc's (line numbers, marked lines, a title, a class), which Paperboy does not read, so the block shows without them; remove them"},
			{3, `the code block's language "jsno" is none the highlighter knows, so its code shows uncoloured; if you meant json, write json after the fence`}}},
		{"```python {linenos=true,hl_lines=[2]}\nimport torch\n```\n\n```python title=\"train.py\"\nx\n```\n\n```python\n{a=1}\n```\n", []Hidden{
			{1, "the code block's options after its language, {linenos=true,hl_lines=[2]}, are Hugo's, MkDocs' or Pandoc's (line numbers, marked lines, a title, a class), which Paperboy does not read, so the block shows without them; remove them"},
			{5, "the code block's options after its language, title=\"train.py\", are Hugo's, MkDocs' or Pandoc's (line numbers, marked lines, a title, a class), which Paperboy does not read, so the block shows without them; remove them"}}},
		{"> ```yamll\n> a: 1\n> ```\n", []Hidden{{1, `the code block's language "yamll" is none the highlighter knows, so its code shows uncoloured; if you meant yaml, write yaml after the fence`}}},
		{"```{python}\nx = 1\n```\n\n```{r setup, include=FALSE}\ny\n```\n\n```{mermaid}\nz\n```\n", []Hidden{
			{1, "```{python} opens a code chunk of Quarto or R Markdown, which run its code; here the code shows as written, uncoloured; write ```python to show it coloured"},
			{5, "```{r setup, include=FALSE} opens a code chunk of Quarto or R Markdown, which run its code; here the code shows as written, uncoloured; write ```r to show it coloured"},
		}},
		// Pandoc's class names the language: the one to write is chroma's
		// name for it, not the class (```.py).
		{"```{.python}\nx = 1\n```\n\n```{.py}\ny\n```\n\n``` {.haskell}\nz\n```\n\n```{.python .numberLines}\nw\n```\n\n```{.mermaid}\nv\n```\n", []Hidden{
			{1, "```{.python} names the code block's language as Pandoc does, by a class, which Paperboy does not read, so the code shows uncoloured; write ```python to show it coloured"},
			{5, "```{.py} names the code block's language as Pandoc does, by a class, which Paperboy does not read, so the code shows uncoloured; write ```python to show it coloured"},
			{9, "```{.haskell} names the code block's language as Pandoc does, by a class, which Paperboy does not read, so the code shows uncoloured; write ```haskell to show it coloured"},
			{13, "```{.python .numberLines} names the code block's language as Pandoc does, by a class, which Paperboy does not read, so the code shows uncoloured; write ```python to show it coloured"},
		}},
		{"```javscript\nx\n```\n\n```Pyton\ny\n```\n", []Hidden{
			{1, `the code block's language "javscript" is none the highlighter knows, so its code shows uncoloured; if you meant javascript, write javascript after the fence`},
			{5, `the code block's language "Pyton" is none the highlighter knows, so its code shows uncoloured; if you meant python, write python after the fence`},
		}},
		// Known languages, and ones chroma lacks that misspell none.
		{"```python\nx\n```\n```cuda\nx\n```\n```mermaid\nx\n```\n```log\nx\n```\n```none\nx\n```\n```tsv\nx\n```\n```jsonld\n{}\n```\n```text\nx\n```\n```\nx\n```\n", nil},
		// A fence shown as code inside a longer one, and one in a code span.
		{"````md\n```pyhton\nx\n```\n````\n\nWrite `` ```pyhton `` to see.\n", nil},
	} {
		if got := r.source([]byte(tt.src)).misspeltLanguages(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("misspeltLanguages(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
		}
	}
}
