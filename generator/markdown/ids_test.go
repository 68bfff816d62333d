package markdown

import (
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
