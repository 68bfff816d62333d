package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// hostileCase is one piece of broken or hostile input fed through a build.
type hostileCase struct {
	name  string
	files map[string]string // added to goodSite; "" deletes
	want  string            // substring of the error; "" means the build must succeed
	check func(t *testing.T, dir string)
}

func frontMatter(lines string) string { return "---\n" + lines + "---\nAbstract.\n" }

const okFields = "title: H\narxiv: \"2402.00001\"\ndate: 2024-01-01\n"

func hostileCases() []hostileCase {
	deep := strings.Repeat("[", 20000) + strings.Repeat("]", 20000)
	laughs := "extra:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
	prev := "a"
	for _, n := range []string{"b", "c", "d", "e", "f", "g", "h", "i"} {
		laughs += fmt.Sprintf("  %s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n", n, n, prev, prev, prev, prev, prev, prev, prev, prev, prev)
		prev = n
	}
	manyAuthors := func(n int) string {
		var b strings.Builder
		b.WriteString("authors:\n")
		for i := range n {
			fmt.Fprintf(&b, "  - \"Author %d\"\n", i)
		}
		return b.String()
	}
	return []hostileCase{
		{name: "byte-order mark and CRLF", files: map[string]string{"content/papers/h.md": "\ufeff" + strings.ReplaceAll(frontMatter(okFields), "\n", "\r\n")}},
		{name: "CRLF keeps line numbers", files: map[string]string{"content/papers/h.md": strings.ReplaceAll(frontMatter(okFields+"bogus: 1\n"), "\n", "\r\n")},
			want: "content/papers/h.md:5: unknown paper field \"bogus\""},
		{name: "invalid UTF-8", files: map[string]string{"content/papers/h.md": frontMatter(okFields) + "caf\xe9\n"}, want: "content/papers/h.md:7: the file is not valid UTF-8"},
		{name: "tab in YAML", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "authors:\n\t- x\n")}, want: "content/papers/h.md:6: a tab is used for indentation"},
		{name: "deep nesting", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "extra: " + deep + "\n")}, want: "content/papers/h.md"},
		{name: "alias expansion", files: map[string]string{"content/papers/h.md": frontMatter(okFields + laughs)}, want: "content/papers/h.md"},
		{name: "enormous scalar", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "tldr: \"" + strings.Repeat("x", 5<<20) + "\"\n")},
			want: "content/papers/h.md: the file has 5242" + ""},
		{name: "multi-megabyte abstract", files: map[string]string{"content/papers/h.md": frontMatter(okFields) + strings.Repeat("word $x_i$ <b>b</b> ", 150000)},
			check: func(t *testing.T, dir string) {
				b, _ := os.ReadFile(filepath.Join(dir, "public/papers/2402.00001/index.html"))
				if len(b) < 2<<20 || strings.Contains(string(b), "<b>b</b>") {
					t.Errorf("the long abstract page has %d bytes or live markup", len(b))
				}
			}},
		{name: "dollar signs that open no math", files: map[string]string{"content/papers/h.md": frontMatter(okFields) + strings.Repeat("from $5 to ", 100000) + "\n\n" + strings.Repeat("costs $5\n", 100000)}},
		{name: "thousands of authors", files: map[string]string{"content/papers/h.md": frontMatter(okFields + manyAuthors(3000))}},
		{name: "too many authors", files: map[string]string{"content/papers/h.md": frontMatter(okFields + manyAuthors(5001))}, want: "content/papers/h.md:5: the paper lists 5001 authors, more than the limit of 5000"},
		{name: "empty paper file", files: map[string]string{"content/papers/h.md": ""}, want: "content/papers/h.md:1: the file is empty, and a paper file starts with front matter"},
		{name: "empty day file", files: map[string]string{"content/days/2024-01-02.md": ""}, want: "content/days/2024-01-02.md:1: the file is empty"},
		{name: "empty site.yaml", files: map[string]string{"content/site.yaml": ""}, want: "content/site.yaml:1: the site has no title"},
		{name: "front matter never closes", files: map[string]string{"content/papers/h.md": "---\n" + okFields}, want: "content/papers/h.md:1: the front matter opened here never closes"},
		{name: "duplicate keys", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "date: 2024-01-02\n")}, want: "content/papers/h.md:5: \"date\" is given twice (first on line 4)"},
		{name: "wrong type", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "topics: {a: b}\n")}, want: "content/papers/h.md:5: topics: expected a list of text values"},
		{name: "id with dots", files: map[string]string{"content/papers/h.md": frontMatter("title: H\nid: \"..\"\ndate: 2024-01-01\n")}, want: "content/papers/h.md:3: id \"..\" cannot be used"},
		{name: "id with slash", files: map[string]string{"content/papers/h.md": frontMatter("title: H\nid: \"a/../../b\"\ndate: 2024-01-01\n")}, want: "content/papers/h.md:3: id \"a/../../b\" cannot be used"},
		{name: "id with backslash", files: map[string]string{"content/papers/h.md": frontMatter("title: H\nid: \"a\\\\b\"\ndate: 2024-01-01\n")}, want: "content/papers/h.md:3: id \"a\\\\b\" cannot be used"},
		{name: "id with NUL", files: map[string]string{"content/papers/h.md": frontMatter("title: H\nid: \"a\\0b\"\ndate: 2024-01-01\n")}, want: "content/papers/h.md:3: id"},
		{name: "reserved id", files: map[string]string{"content/papers/h.md": frontMatter("title: H\nid: \"CON\"\ndate: 2024-01-01\n")}, want: "content/papers/h.md:3: id \"CON\" is a reserved device name on Windows"},
		{name: "javascript URL", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "code: \"javascript:alert(1)\"\n")}, want: "content/papers/h.md:5: code \"javascript:alert(1)\" is not an http(s) URL"},
		{name: "data URL", files: map[string]string{"content/papers/h.md": frontMatter(okFields + "project: \"data:text/html,<script>alert(1)</script>\"\n")}, want: "content/papers/h.md:5: project"},
		{name: "template syntax and HTML", files: map[string]string{"content/papers/h.md": frontMatter("title: \"{{.Site}} <i>x</i>\"\narxiv: \"2402.00001\"\ndate: 2024-01-01\nauthors: [\"{{template \\\"base\\\"}}\"]\n")},
			check: func(t *testing.T, dir string) {
				b, _ := os.ReadFile(filepath.Join(dir, "public/papers/2402.00001/index.html"))
				if !strings.Contains(string(b), "{{.Site}} &lt;i&gt;x&lt;/i&gt;") || !strings.Contains(string(b), "{{template &#34;base&#34;}}") {
					t.Error("template syntax or HTML in a title or author was not rendered as text")
				}
			}},
	}
}

func TestHostileInput(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, goodSite)
			if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
				t.Fatalf("first build: %s", stderr)
			}
			before := snapshot(t, filepath.Join(dir, "public"))
			for p, s := range tc.files {
				writeFile(t, dir, p, s)
			}
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			code, _, stderr := runCLI("build", "-q", "-s", dir)
			runtime.ReadMemStats(&m1)
			if alloc := m1.TotalAlloc - m0.TotalAlloc; alloc > allocBound {
				t.Errorf("the build allocated %d MB", alloc>>20)
			}
			if tc.want == "" {
				if code != 0 {
					t.Fatalf("build failed: %s", stderr)
				}
				if tc.check != nil {
					tc.check(t, dir)
				}
				return
			}
			if code != 1 || !strings.Contains(stderr, tc.want) {
				t.Fatalf("exit %d, stderr:\n%.2000s\nwant exit 1 and %q", code, stderr, tc.want)
			}
			after := snapshot(t, filepath.Join(dir, "public"))
			if len(after) != len(before) {
				t.Fatalf("public/ changed: %d files, was %d", len(after), len(before))
			}
			for p, s := range before {
				if after[p] != s {
					t.Fatalf("public/ changed: %s", p)
				}
			}
		})
	}
}

func TestSymlinkOutsideContent(t *testing.T) {
	dir := writeSite(t, goodSite)
	secret := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(secret, []byte(frontMatter("title: SECRET\nid: secret\ndate: 2024-01-01\n")), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "content/papers/link.md")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	code, _, stderr := runCLI("build", "-q", "-s", dir)
	if code != 1 || !strings.Contains(stderr, "content/papers/link.md: the symbolic link points outside content/") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// A link that stays inside content/ is followed.
	os.Remove(filepath.Join(dir, "content/papers/link.md"))
	os.WriteFile(filepath.Join(dir, "content/shared.md"), []byte(frontMatter("title: Shared\nid: shared\ndate: 2024-01-01\n")), 0o644)
	os.Symlink("../shared.md", filepath.Join(dir, "content/papers/link.md"))
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatalf("inside link: %s", stderr)
	}
}

// TestSymlinkedContentFolder: content/papers (or content/) being itself a
// link to a folder elsewhere is refused, as a link below it to outside is.
func TestSymlinkedContentFolder(t *testing.T) {
	dir := writeSite(t, goodSite)
	elsewhere := t.TempDir()
	os.WriteFile(filepath.Join(elsewhere, "secret.md"), []byte(frontMatter("title: SECRET\nid: secret\ndate: 2024-01-01\n")), 0o644)
	os.RemoveAll(filepath.Join(dir, "content/papers"))
	if err := os.Symlink(elsewhere, filepath.Join(dir, "content/papers")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	code, _, stderr := runCLI("build", "-q", "-s", dir)
	if code != 1 || !strings.Contains(stderr, "content/papers: is a symbolic link, and a site reads its sources from its own folder only") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
