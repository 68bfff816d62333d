package serve

import (
	"errors"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
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
	})
}

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"a.md", false},
		{"site.yaml", false},
		{"4913.md", false},
		{"a.md.tmp", false},
		{".a.md.swp", true},
		{".a.md.swx", true},
		{"a.md~", true},
		{".#a.md", true},
		{"#a.md#", true},
		{"4913", true},
		{".DS_Store", true},
		{".goutputstream-ABC123", true},
		{"a.md___jb_tmp___", true},
	}
	for _, tt := range tests {
		if got := ignored(tt.name); got != tt.want {
			t.Errorf("ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	sep := string(filepath.Separator)
	tests := []struct {
		dir, name string
		want      bool
	}{
		{"content", "content", true},
		{"content", "content" + sep + "a.md", true},
		{"content", "content2" + sep + "a.md", false},
		{"content", "con", false},
		{".", "a.md", true},
		{".", "..", false},
		{".", ".." + sep + "a", false},
		{".", "..a", true},
	}
	for _, tt := range tests {
		if got := within(tt.dir, tt.name); got != tt.want {
			t.Errorf("within(%q, %q) = %v, want %v", tt.dir, tt.name, got, tt.want)
		}
	}
}

func TestNormalizeBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "/"},
		{"/", "/"},
		{"/repo/", "/repo/"},
		{"/repo", "/repo/"},
		{"repo", "/repo/"},
		{"/a/b/", "/a/b/"},
		{"/a/../b/", "/b/"},
	}
	for _, tt := range tests {
		if got := normalizeBase(tt.in); got != tt.want {
			t.Errorf("normalizeBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessages(t *testing.T) {
	list := diag.List{diag.Errorf("content/b.md", 3, "bad; fix"), diag.Errorf("content/a.md", 1, "worse; fix")}
	tests := []struct {
		err  error
		want []string
	}{
		{list.Err(), []string{"content/a.md:1: worse; fix", "content/b.md:3: bad; fix"}},
		{errors.New("render: one\n\n  two  \n"), []string{"render: one", "two"}},
		{errors.New(""), []string{"build failed without a message"}},
	}
	for _, tt := range tests {
		if got := messages(tt.err); !slices.Equal(got, tt.want) {
			t.Errorf("messages(%q) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestSnapshotDropsBadPaths(t *testing.T) {
	snap, warnings := newSnapshot(Site{Files: []model.File{
		{Path: "ok.html"}, {Path: "../x.html"}, {Path: "/abs.html"}, {Path: `a\b.html`}, {Path: "a//b"}, {Path: "ok.html"},
	}})
	if len(snap.files) != 1 || len(warnings) != 5 {
		t.Errorf("newSnapshot kept %d files with %d warnings %q, want 1 and 5", len(snap.files), len(warnings), warnings)
	}
}
