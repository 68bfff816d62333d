package generator

import (
	"strings"
	"testing"
)

// TestControlCharactersInBodies: a control character in a paper's, a
// day's or a page's Markdown (U+0001, ESC, backspace, NUL, as a copy from
// a PDF or a terminal brings) is an error at its line naming it, as front
// matter refuses them: the page published them raw (invalid HTML, in its
// <p>, meta description and citation_abstract) while the feeds made them
// U+FFFD. Tabs and CRLF line endings are not control characters there.
func TestControlCharactersInBodies(t *testing.T) {
	t.Parallel()
	front := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"
	_, err := buildSite(t, siteYAML+"-- content/papers/a.md --\n"+front+"Copied \x01 with \x1b[31m colour\nand \b here.\n"+
		"-- content/days/2024-01-01.md --\n---\ntitle: Day\n---\nA NUL \x00.\n"+
		"-- content/pages/about.md --\n---\ntitle: About\n---\nA\u0085B\x7f.\n", Options{})
	for _, want := range []string{
		"content/papers/a.md:6: U+0001 and U+001B (escape, of a terminal's colours) are control characters, which a web page cannot show (copied from a PDF or a terminal?); delete them, or write the characters meant in their place",
		"content/papers/a.md:7: U+0008 (backspace) is a control character",
		"content/days/2024-01-01.md:4: U+0000 (NUL) is a control character",
		"content/pages/about.md:4: U+0085 and U+007F (delete) are control characters",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error:\n%v\nwant it to contain %q", err, want)
		}
	}
	out, err := buildSite(t, siteYAML+"-- content/papers/a.md --\n"+front+"A\ttab,\r\nCRLF lines\r\nand LF.\n", Options{})
	if err != nil {
		t.Fatalf("tabs and line breaks: %v", err)
	}
	if page := out["papers/2401.00001/index.html"]; !strings.Contains(page, "A\ttab,") {
		t.Errorf("the paper's page lacks its tab (%d files):\n%s", len(out), page)
	}
}

// TestByteOrderMarkInBody: two files saved with a byte-order mark joined
// into one (copy /b a.md+b.md, type notes.md >> paper.md) leave U+FEFF
// where the second began, which the file's own first mark aside is an
// error at its line: "## Notes" after it was published as text with an
// invisible character, in the page, its description and the feeds.
func TestByteOrderMarkInBody(t *testing.T) {
	t.Parallel()
	paper := "\ufeff---\r\ntitle: A\r\narxiv: \"2401.00001\"\r\ndate: 2024-01-01\r\n---\r\n\r\nAbstract.\r\n\ufeff## Notes\r\n\r\nLiked it."
	_, err := buildSite(t, siteYAML+"-- content/papers/a.md --\n"+paper+"\ufeff---\nMore.\n", Options{})
	for _, want := range []string{
		"content/papers/a.md:8: U+FEFF (a byte-order mark) is an invisible character that joining two files",
		"content/papers/a.md:10: U+FEFF (a byte-order mark)",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error:\n%v\nwant it to contain %q", err, want)
		}
	}
	if _, err := buildSite(t, siteYAML+"-- content/papers/a.md --\n"+paper+"\n", Options{}); err == nil || strings.Count(err.Error(), "U+FEFF") != 1 {
		t.Errorf("the file's own byte-order mark is no error, the joined one's is: %v", err)
	}
}
