package serve

import (
	"strings"
	"testing"
)

func TestInject(t *testing.T) {
	tag := "<script></script>"
	tests := []struct{ in, want string }{
		{"<html><body>x</body></html>", "<html><body>x<script></script></body></html>"},
		{"<HTML><BODY>x</BODY></HTML>", "<HTML><BODY>x<script></script></BODY></HTML>"},
		{"<body><pre>&lt;/body></pre>x</Body >", "<body><pre>&lt;/body></pre>x<script></script></Body >"},
		{"<body><!-- </body> -->x</body>\n", "<body><!-- </body> -->x<script></script></body>\n"},
		{"<p>no body end", "<p>no body end<script></script>"},
		{"", "<script></script>"},
	}
	for _, tt := range tests {
		in := []byte(tt.in)
		if got := string(inject(in, []byte(tag))); got != tt.want {
			t.Errorf("inject(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if string(in) != tt.in {
			t.Errorf("inject(%q) modified its input to %q", tt.in, in)
		}
	}
}

func FuzzInject(f *testing.F) {
	for _, s := range []string{"<body></body>", "</BODY>", "</bod", "", "x</body>y</body>z"} {
		f.Add(s)
	}
	tag := []byte("<script src=x></script>")
	f.Fuzz(func(t *testing.T, page string) {
		got := string(inject([]byte(page), tag))
		i := strings.LastIndex(got, string(tag))
		if i < 0 || got[:i]+got[i+len(tag):] != page {
			t.Errorf("inject(%q) = %q, want the page with the tag added once", page, got)
		}
	})
}
