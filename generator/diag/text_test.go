package diag

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	const utf16 = `f.txt:1: the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`
	tests := []struct{ name, in, want, err string }{
		{"LF", "a: b\nc\n", "a: b\nc\n", ""},
		{"byte-order mark", "\ufeffa\n", "a\n", ""},
		{"CRLF", "a\r\nb\r\n", "a\nb\n", ""},
		{"lone CR", "a\rb\r", "a\nb\n", ""},
		{"mixed", "\ufeffa\r\nb\rc\n", "a\nb\nc\n", ""},
		{"empty", "", "", ""},
		{"UTF-16 LE", "\xff\xfea\x00\r\x00\n\x00", "", utf16},
		{"UTF-16 BE", "\xfe\xff\x00a", "", utf16},
		{"UTF-16 LE without a mark", "a\x00:\x00", "", utf16},
		{"UTF-16 BE without a mark", "\x00a\x00:", "", utf16},
		{"Windows-1252 on line 3", "a\r\nb\r\ncaf\xe9\r\n", "", "f.txt:3: the file is not valid UTF-8; save it with UTF-8 encoding"},
		{"Windows-1252 after lone CRs", "a\rb\rcaf\xe9", "", "f.txt:3: the file is not valid UTF-8; save it with UTF-8 encoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Text("f.txt", []byte(tt.in))
			switch {
			case tt.err != "" && (err == nil || err.Error() != tt.err):
				t.Errorf("Text(%q) error = %v, want %s", tt.in, err, tt.err)
			case tt.err == "" && (err != nil || string(got) != tt.want):
				t.Errorf("Text(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestStripBOM(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"\ufeffa\r\n", "a\r\n", true}, // line endings are the caller's
		{"a\xe9", "a\xe9", true},       // and so is the encoding
		{"\xff\xfe[\x00", "", false},
		{"\xfe\xff\x00[", "", false},
		{"[\x00", "", false},
		{"", "", true},
		{"\x00", "\x00", true},
	}
	for _, tt := range tests {
		got, err := StripBOM("f", []byte(tt.in))
		if (err == nil) != tt.ok || string(got) != tt.want {
			t.Errorf("StripBOM(%q) = %q, %v, want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// TestLines: a build counts a line for each LF, CRLF and lone CR, and
// one more for the text after the last (empty or not).
func TestLines(t *testing.T) {
	for in, want := range map[string]int{
		"": 1, "a": 1, "a\n": 2, "a\r\nb": 2, "a\rb\r": 3, "\r\n\r\n": 3, "\r00": 2, "\ufeffa\nb": 2,
	} {
		if got := Lines([]byte(in)); got != want {
			t.Errorf("Lines(%q) = %d, want %d", in, got, want)
		}
	}
}

// TestLineAt: the line of each offset, a CRLF's LF on the CR's line;
// at the end of data, the last line, as Lines counts it.
func TestLineAt(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []int // LineAt(in, i) for i from 0 to len(in)
	}{
		{"", []int{1}},
		{"ab", []int{1, 1, 1}},
		{"a\nb", []int{1, 1, 2, 2}},
		{"a\r\nb", []int{1, 1, 1, 2, 2}},
		{"a\rb\r", []int{1, 1, 2, 2, 3}},
		{"\r\r\n", []int{1, 2, 2, 3}},
	} {
		var got []int
		for i := 0; i <= len(tt.in); i++ {
			got = append(got, LineAt([]byte(tt.in), i))
		}
		if !slices.Equal(got, tt.want) || got[len(got)-1] != Lines([]byte(tt.in)) {
			t.Errorf("LineAt(%q, 0…%d) = %v, want %v (Lines %d)", tt.in, len(tt.in), got, tt.want, Lines([]byte(tt.in)))
		}
	}
}

// TestConflictLine: the markers git leaves in a file it could not merge
// are found at their line, whichever comes first, and so are longer ones
// (a rename/rename conflict's <<<<<<<< HEAD:path) with their partner of
// the same length; a Markdown heading underlined with ======= or
// ========, a lone long run and arrows inside a line are not markers. A
// ======= left alone in YAML, or in a Markdown body after a blank line
// or a # heading, where it cannot underline a heading, is an error of
// Text's. Its message quotes the markers at their length, and names
// diff3's ||||||| where the file has one.
func TestConflictLine(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> carol/notes\n", 2},
		{"a\n=======\nc\n>>>>>>> 1a2b3c\n", 4},
		{"<<<<<<<\n", 1},
		{"a\n||||||| merged common ancestors\n", 2},
		{"Title\n=======\n\nText.\n", 0},
		{"x <<<<<<< y\n", 0},
		{"<<<<<<<< eight\n", 0},
		{"a\n<<<<<<<< HEAD:a.md\nb\n========\nc\n>>>>>>>> bob:b.md\n", 2},
		{"Title\n========\n<<<<<<<<<\nb\n>>>>>>>>>\n", 3},
		{"a\n<<<<<<<<<<\nb\n>>>>>>>>\n", 0},
		{"Title\n========\n\n>>>>>>>> deep\n", 0},
		{">>>>>>>>\n<<<<<<<<\n", 0},
		{"<<<<<<<< outer\n<<<<<<< HEAD\n>>>>>>> b\n>>>>>>>> outer\n", 1},
		{">>>>>>>x\n", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := ConflictLine([]byte(tt.in)); got != tt.want {
			t.Errorf("ConflictLine(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
	// In Markdown a longer pair inside a fenced code block is git's output
	// shown as an example; git's default markers are a conflict anywhere.
	const criss = "<<<<<<<< HEAD:w.md\nours\n========\ntheirs\n>>>>>>>> bob:w.md\n"
	for _, tt := range []struct {
		path, in   string
		line, size int
	}{
		{"content/papers/a.md", "Figure 2:\n\n```text\n" + criss + "```\n", 0, 0},
		{"content/papers/a.md", "~~~~\n" + criss + "~~~\n", 0, 0},
		{"content/papers/a.md", "  ```\n" + criss, 0, 0},
		{"content/papers/a.md", "```text\n" + criss + "```\n" + criss, 8, 8},
		{"content/papers/a.md", "Figure 2:\n\n" + criss, 3, 8},
		{"content/papers/a.md", "    ```\n" + criss, 2, 8},
		{"content/papers/a.md", "``` a`b\n" + criss, 2, 8},
		{"content/papers/a.md", "```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> bob\n```\n", 2, 7},
		{"themes/mine/static/a.css", "```\n" + criss, 2, 8},
		{"content/site.yaml", "a\n<<<<<<<<<< HEAD\n>>>>>>>>>> b\n", 2, 10},
	} {
		if line, size := Conflict(tt.path, []byte(tt.in)); line != tt.line || size != tt.size {
			t.Errorf("Conflict(%s, %q) = %d, %d, want %d, %d", tt.path, tt.in, line, size, tt.line, tt.size)
		}
	}
	const eight = "content/papers/a.md:1: an unresolved merge conflict: git left its <<<<<<<<, ======== and >>>>>>>> lines here;"
	if _, err := Text("content/papers/a.md", []byte(criss)); err == nil || !strings.HasPrefix(err.Error(), eight) {
		t.Errorf("Text(%q) = %v, want %s…", criss, err, eight)
	}
	const separator = ": a leftover line of a merge conflict: git's ======= between the two sides is still here, though its <<<<<<< and >>>>>>> lines are gone;"
	for _, tt := range []struct{ path, in, want string }{
		{"content/papers/a.md", "---\ntitle: A\nupvotes: 4\n=======\ncomments: 2\n---\nx\n", "content/papers/a.md:4" + separator},
		{"content/papers/a.md", "---\ntitle: A\n======= \n...\n", "content/papers/a.md:3" + separator},
		{"content/site.yaml", "title: A\n---\nb: c\n=======\n", "content/site.yaml:4" + separator},
		{"content/site.yml", "=======\n", "content/site.yml:1" + separator},
		{"content/papers/a.md", "---\ntitle: A\n========\n---\nx\n", "content/papers/a.md:3" + separator},
		{"content/papers/a.md", "---\ntitle: A\n---\nTitle\n==========\n", ""},
		{"content/papers/a.md", "---\ntitle: A\n---\nTitle\n=======\n", ""},
		{"content/pages/a.md", "Title\n=======\n", ""},
		{"content/pages/a.md", "Title\n---\n=======\n", ""},
		{"content/site.yaml", "a: |\n  =======\n", ""},
		{"themes/t/templates/a.html", "<p>\n=======\n", ""},
		// In a Markdown body, one that underlines no line of text.
		{"content/papers/a.md", "---\ntitle: A\n---\nx\n\n=======\nBob's note.\n", "content/papers/a.md:6" + separator},
		{"content/papers/a.md", "---\ntitle: A\n---\nx\n\n## Notes\n=======\nBob's note.\n", "content/papers/a.md:7" + separator},
		{"content/papers/a.md", "---\ntitle: A\n---\n=======\nBob's note.\n", "content/papers/a.md:4" + separator},
		{"content/pages/a.md", "x\n  \n=======  \n", "content/pages/a.md:3" + separator},
		{"content/papers/a.md", "---\ntitle: A\n---\nx\n\n========\n", ""},
		{"content/papers/a.md", "---\ntitle: A\n---\n```\n\n=======\n```\n", ""},
		{"content/papers/a.md", "---\ntitle: A\n---\nx\n\n    =======\n", ""},
		{"themes/t/templates/a.html", "<p>\n\n=======\n", ""},
		{"content/papers/a.txt", "x\n\n=======\n", ""},
	} {
		_, err := Text(tt.path, []byte(tt.in))
		if got := fmt.Sprint(err); tt.want == "" && err != nil || tt.want != "" && !strings.HasPrefix(got, tt.want) {
			t.Errorf("Text(%s, %q) error = %v, want %q…", tt.path, tt.in, err, tt.want)
		}
	}
	_, err := Text("content/papers/a.md", []byte("---\ntitle: A\n---\nx\n<<<<<<< HEAD\n"))
	if want := "content/papers/a.md:5: an unresolved merge conflict: git left its <<<<<<<, ======= and >>>>>>> lines here;"; err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("Text with a conflict: err = %v, want %q…", err, want)
	}
	// diff3's ||||||| and the old text after it are named, to be deleted too.
	_, err = Text("refs.bib", []byte("@misc{a,\n<<<<<<< HEAD\nx\n||||||| base\ny\n=======\nz\n>>>>>>> bob\n}\n"))
	if want := "refs.bib:2: an unresolved merge conflict: git left its <<<<<<<, |||||||, ======= and >>>>>>> lines here (the lines from ||||||| to ======= are the text before either side changed it); " +
		"keep what each side should keep, delete the marker lines and the old text between ||||||| and =======, and commit"; err == nil || err.Error() != want {
		t.Errorf("Text with a diff3 conflict: err = %v, want %q", err, want)
	}
}

// TestConflicts: every conflict a merge left in a file is found at its
// opening line, not the first alone, so that a PR's annotations mark
// each; Text reports each at its line, at most maxConflicts, the last
// saying how many more follow.
func TestConflicts(t *testing.T) {
	const one = "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> bob\n"
	for _, tt := range []struct {
		path, in string
		want     []Mark
	}{
		{"a.css", "x\n", nil},
		{"a.css", one, []Mark{{1, 7}}},
		{"a.css", one + "mid\n" + one, []Mark{{1, 7}, {7, 7}}},
		{"a.css", "a\n=======\nb\n>>>>>>> bob\n" + one, []Mark{{4, 7}, {5, 7}}},
		{"a.css", "<<<<<<< HEAD\na\n||||||| base\nb\n=======\nc\n>>>>>>> bob\n", []Mark{{1, 7}}},
		{"a.md", "<<<<<<<< outer\n" + one + ">>>>>>>> outer\n" + one, []Mark{{1, 8}, {2, 7}, {8, 7}}},
	} {
		if got := Conflicts(tt.path, []byte(tt.in)); !slices.Equal(got, tt.want) {
			t.Errorf("Conflicts(%s, %q) = %v, want %v", tt.path, tt.in, got, tt.want)
		}
	}
	_, err := Text("content/site.yaml", []byte(strings.Repeat(one, 12)))
	list, ok := Source(err)
	if !ok || len(list) != maxConflicts {
		t.Fatalf("Text of 12 conflicts = %v, want %d errors", err, maxConflicts)
	}
	for i, e := range list {
		if e.Path != "content/site.yaml" || e.Line != 5*i+1 {
			t.Errorf("error %d at %s:%d, want content/site.yaml:%d", i, e.Path, e.Line, 5*i+1)
		}
	}
	if want := "; and 2 more conflicts below this one in the file"; !strings.HasSuffix(list[maxConflicts-1].Msg, want) {
		t.Errorf("last error %q, want it to end %q", list[maxConflicts-1].Msg, want)
	}
}
