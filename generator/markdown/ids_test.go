package markdown

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// TestHeadingIDs: headings keep their words in any script, repeat with a
// number, and never take an id the page around them has.
func TestHeadingIDs(t *testing.T) {
	res, err := New(Options{}).Render([]byte("## Abstract\n\n## Results & Discussion\n\n## 笔记\n\n## 笔记\n\n## Résumé\n\n## ***\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="abstract-1">Abstract</h2>`, `<h2 id="results-discussion">`, `<h2 id="笔记">笔记</h2>`,
		`<h2 id="笔记-1">笔记</h2>`, `<h2 id="résumé">Résumé</h2>`, `<h2 id="section">`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("no %s in\n%s", want, res.HTML)
		}
	}
}

// TestSkippedLevels: a level-1 heading and one that skips a level, each
// with the heading to write; an outline that goes down one level at a
// time, and back up by any number, is let be. The page's h1 comes first.
func TestSkippedLevels(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"Abstract.\n\n## Notes\n\n### Setup\n\n#### Detail\n\n## More\n", "[]"},
		{"Abstract.\n\n# Notes\n\nText.\n", "[3:## Notes]"},
		{"Notes\n=====\n\nText.\n", "[1:## Notes]"},
		{"### Setup\n", "[1:## Setup]"},
		{"# Notes\n\n#### Detail\n\n### Why\n", "[1:## Notes 3:### Detail]"},
		{"## A\n\n### B\n\n## C\n\n#### D\n", "[7:### D]"},
		{"> # Quoted\n", "[1:## Quoted]"},
		{"Text.\n\n1. # In a list\n   ####### seven is text\n", "[3:## In a list]"},
		{"C# and issue #4, [a](#setup).\n", "[]"},
		{"Text with a # sign and\n- a list\n", "[]"},
	}
	for _, tt := range tests {
		var got []string
		for _, h := range r.source([]byte(tt.src)).skippedLevels() {
			_, fix, _ := strings.Cut(h.Msg, "; make it ")
			got = append(got, strconv.Itoa(h.Line)+":"+fix)
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("SkippedLevels(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}
