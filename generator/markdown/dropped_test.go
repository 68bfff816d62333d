package markdown

import (
	"reflect"
	"testing"
)

// TestDroppedLinks: a link, image or autolink whose address the page
// empties (javascript:, vbscript:, file:, data: but an image's) is a
// warning at its line; one in code, an http(s) one, a data: image and
// any with raw HTML kept are none.
func TestDroppedLinks(t *testing.T) {
	tests := []struct {
		name, src string
		unsafe    bool
		want      []int // the lines warned of
	}{
		{"javascript link", "Abstract.\n\nSee [click](javascript:alert(1)).\n", false, []int{3}},
		{"letter case", "[a](JavaScript:x) and\n[b](VBScript:y)\n", false, []int{1, 2}},
		{"data html image and file link", "![x](data:text/html,hi)\n\n[pdf](file:///C:/paper.pdf)\n", false, []int{1, 3}},
		{"autolink", "Go <javascript:alert(1)>.\n", false, []int{1}},
		{"kept", "[a](https://example.org/x:y) ![b](data:image/png;base64,AA==) Note: data: below.\n", false, nil},
		{"in code", "Write `[a](javascript:x)` for it.\n", false, nil},
		{"raw HTML kept", "[a](javascript:x)\n", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := New(Options{UnsafeHTML: tt.unsafe}).source([]byte(tt.src))
			var got []int
			for _, h := range s.droppedLinks() {
				got = append(got, h.Line)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines warned of in %q = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

// TestWrappedLinks: a link, image or autolink to an address a mail or
// search service wraps is a warning at its line with the address it
// leads to; a plain link, and one in code, are none.
func TestWrappedLinks(t *testing.T) {
	r := New(Options{})
	src := "Abstract.\n\nThe [code](https://www.google.com/url?q=https://github.com/a/b&sa=D) and\n<https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.org%2F&data=x>.\n\n" +
		"[plain](https://github.com/a/b), `https://www.google.com/url?q=https://x.org/`.\n"
	got := r.source([]byte(src)).wrappedLinks()
	want := []Hidden{
		{3, `the link to "https://www.google.com/url?q=https://…": it is https://github.com/a/b wrapped by Google's redirect, as a link copied from a mail or a search page is: readers go through Google's redirect first (and nowhere once it drops the link); write https://github.com/a/b`},
		{4, `the link to "https://nam12.safelinks.protection.ou…": it is https://example.org/ wrapped by Outlook's Safe Links, as a link copied from a mail or a search page is: readers go through Outlook's Safe Links first (and nowhere once it drops the link); write https://example.org/`},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrappedLinks =\n%+v\nwant\n%+v", got, want)
	}
}
