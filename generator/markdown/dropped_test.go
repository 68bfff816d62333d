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
