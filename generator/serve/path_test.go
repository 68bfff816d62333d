package serve

import (
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestCleanPath(t *testing.T) {
	tests := []struct {
		raw  string
		want string // "" for refused
	}{
		{"/", "/"},
		{"", "/"},
		{"/a/b/", "/a/b/"},
		{"/papers/2410.07166/", "/papers/2410.07166/"},
		{"/caf%C3%A9/", "/café/"},
		{"/a%20b", "/a b"},
		{"/..", ""},
		{"/../x", ""},
		{"/a/..", ""},
		{"/a/./b", ""},
		{"/%2e%2e/x", ""},
		{"/.%2E/x", ""},
		{"//etc/passwd", ""},
		{"/a//b", ""},
		{"/a%2fb", ""},
		{"/a%2Fb", ""},
		{"/a%5cb", ""},
		{`/a\b`, ""},
		{"/a%00", ""},
		{"/...", "/..."},
		{"/.well-known/x", "/.well-known/x"},
	}
	for _, tt := range tests {
		u, err := url.ParseRequestURI(tt.raw)
		if tt.raw == "" {
			u, err = &url.URL{}, nil
		}
		if err != nil {
			t.Fatalf("ParseRequestURI(%q): %v", tt.raw, err)
		}
		got, ok := cleanPath(u)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("cleanPath(%q) = %q, %v; want %q", tt.raw, got, ok, tt.want)
		}
	}
}

// FuzzCleanPath: any request path cleanPath takes is a clean absolute
// path without dot segments, and the address a redirect to it writes
// cleans to it again.
func FuzzCleanPath(f *testing.F) {
	for _, s := range []string{"/", "/a/b", "/../x", "/%2e%2e/", "//x", `/a\b`, "/a%2fb", "/a%00b", "/.%2e/"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			return
		}
		p, ok := cleanPath(u)
		if !ok {
			return
		}
		if !strings.HasPrefix(p, "/") || strings.Contains(p, "//") || strings.ContainsAny(p, "\\\x00") {
			t.Fatalf("cleanPath(%q) = %q, want a clean absolute path", raw, p)
		}
		if slices.Contains(strings.Split(p, "/"), "..") || slices.Contains(strings.Split(p, "/"), ".") {
			t.Fatalf("cleanPath(%q) = %q, want no dot segments", raw, p)
		}
		// A redirect to p (redirect's Location) is requested as p again.
		loc := (&url.URL{Path: p}).EscapedPath()
		if u, err := url.ParseRequestURI(loc); err != nil {
			t.Fatalf("cleanPath(%q) = %q, whose address %q does not parse: %v", raw, p, loc, err)
		} else if again, ok := cleanPath(u); !ok || again != p {
			t.Fatalf("cleanPath(%q) = %q, but its address %q cleans to %q, %v", raw, p, loc, again, ok)
		}
	})
}
