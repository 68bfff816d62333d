package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// unchangedSite is smallSite with a theme of its own, a theme it does not
// use (a broken page template in it), a note at the top of content/, a
// folder of notes and one of drafts the build skips.
var unchangedSite = strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1) + `
-- themes/mine/static/custom.css --
body{}
-- themes/other/email/digest.txt --
{{.Digest.Name}}
-- themes/other/templates/base.html --
{{define "base"}}{{.Nope}{{end}}
-- content/README.md --
The digest's sources.
-- content/notes/todo.md --
Read more papers.
-- content/_drafts/2406.99999.md --
---
title: "Draft"
---
`

// liveSave writes data to the file rel of the site dir (creating its
// folder), rebuilds live with it and compares every file and warning with
// a clean build's (after Complete, when the rebuild left the search
// index to it). It returns the rebuild's result.
func liveSave(t *testing.T, live *Live, dir, rel, data string) *Result {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	res, incomplete, err := live.Build(ctx, []string{path})
	if err != nil {
		t.Fatalf("%s saved: %v", rel, err)
	}
	if incomplete {
		if res = completed(t, ctx, live); res == nil {
			t.Fatalf("%s saved: Complete returned nil", rel)
		}
	}
	matchesClean(t, dir, rel+" saved", res)
	return res
}

// TestLiveUnchanged: a save of a file that no build of the site reads —
// a file of a theme site.yaml does not use, a note at the top of
// content/ or in a folder of it that holds no sources, a file in a
// folder the build skips — or of a paper file or site.yaml with the bytes
// it had rebuilds nothing and says why (Result.Unchanged), and the files
// and warnings are a clean build's. Saves that look alike but change the
// output (the used theme, another theme's theme.toml, which the build
// warns about, a new folder of content/, which it names, a paper at the
// top of content/, which it names, and that file made a note) rebuild.
func TestLiveUnchanged(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, unchangedSite)
	live, _ := startLive(t, dir)
	read := func(rel string) string {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	for _, e := range []struct{ rel, data, why string }{
		{"themes/other/email/digest.txt", "{{.Digest.Name}} and more\n", "a theme site.yaml does not use"},
		{"themes/other/templates/day.html", "{{define \"main\"}}{{.Nope}{{end}}\n", "a theme site.yaml does not use"},
		{"content/README.md", "The digest's sources, and how to add one.\n", "only content/site.yaml is read"},
		{"content/notes/todo.md", "Read more papers, and fewer blogs.\n", "content/notes/ is no folder of sources"},
		{"content/notes/new.md", "A note of its own.\n", "content/notes/ is no folder of sources"},
		{"content/_drafts/2406.99999.md", "---\ntitle: \"Draft two\"\n---\n", "which every build skips"},
		{"content/.gitignore", "*.tmp\n", "skipped by every build"},
		{"content/papers/2405.00001.md", read("content/papers/2405.00001.md"), "was saved as the site was built from it"},
		{"content/site.yaml", read("content/site.yaml"), "was saved as the site was built from it"},
		{"content/days/2024-06-03.md", read("content/days/2024-06-03.md"), "was saved as the site was built from it"},
	} {
		res := liveSave(t, live, dir, e.rel, e.data)
		if !strings.Contains(res.Unchanged, e.why) || res.Stages != nil {
			t.Errorf("%s saved: Unchanged %q, full build %v; want nothing rebuilt, as %q", e.rel, res.Unchanged, res.Stages != nil, e.why)
		}
	}
	for _, e := range []struct{ rel, data string }{
		{"themes/mine/static/custom.css", "body{color:red}\n"},
		{"themes/other/theme.toml", "name = \"other\"\n"},                          // a Hugo theme: a warning
		{"content/drafts/2406.99998.md", "---\ntitle: \"Stray\"\n---\n"},           // a new folder: a warning
		{"content/2406.99997.md", "---\ntitle: \"Astray\"\nauthors: [Ada]\n---\n"}, // a paper at the top: a warning
		{"content/2406.99997.md", "A note now.\n"},                                 // which goes
		{"content/papers/2406.99996.txt", "---\ntitle: \"Saved as text\"\n---\n"},  // a paper saved as text: a warning
		{"content/papers/2405.00001.md", strings.Replace(read("content/papers/2405.00001.md"), "An agent", "A new agent", 1)},
	} {
		if res := liveSave(t, live, dir, e.rel, e.data); res.Unchanged != "" {
			t.Errorf("%s saved: nothing rebuilt (%s); want a rebuild", e.rel, res.Unchanged)
		}
	}

	// A paper broken and saved again as it was: the fix rebuilds nothing.
	ctx := context.Background()
	paper := "content/papers/2405.00002.md"
	good := read(paper)
	path := editFile(t, dir, paper, "upvotes: 9", "upvotes: [9")
	if _, _, err := live.Build(ctx, []string{path}); err == nil {
		t.Fatal("a broken front matter built")
	}
	if res := liveSave(t, live, dir, paper, good); !strings.Contains(res.Unchanged, "was saved as the site was built from it") {
		t.Errorf("a paper broken and then saved as it was: Unchanged %q; want nothing rebuilt", res.Unchanged)
	}
	// So a day file, whose list names a paper that does not exist.
	day := "content/days/2024-06-03.md"
	good = read(day)
	path = editFile(t, dir, day, `"2405.00001"]`, `"2405.00001", "2405.09999"]`)
	if _, _, err := live.Build(ctx, []string{path}); err == nil {
		t.Fatal("a day listing a missing paper built")
	}
	if res := liveSave(t, live, dir, day, good); !strings.Contains(res.Unchanged, "was saved as the site was built from it") {
		t.Errorf("a day file broken and then saved as it was: Unchanged %q; want nothing rebuilt", res.Unchanged)
	}
}

// TestLiveUnchangedMixed: a save of files that change nothing the site
// is built from (TestLiveUnchanged's) together with a real edit takes the
// path the edit alone takes: a paper's abstract the quick path, whose
// search index waits for Complete; a day file's intro the day's quick
// path. Each matches a clean build.
func TestLiveUnchangedMixed(t *testing.T) {
	dir := writeArchive(t, unchangedSite)
	live, _ := startLive(t, dir)
	ctx := context.Background()
	write := func(rel, data string) string {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	resave := func(rel string) string {
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return write(rel, string(data))
	}
	for _, e := range []struct {
		name       string
		save       func() []string
		incomplete bool // the paper's quick path, not the day's
	}{
		{"an unused theme's file with an abstract", func() []string {
			return []string{
				write("themes/other/email/digest.txt", "{{.Digest.Name}} and more\n"),
				editFile(t, dir, "content/papers/2405.00001.md", "An agent abstract", "An edited agent abstract"),
			}
		}, true},
		{"a note, a README and a paper saved as it was with an abstract", func() []string {
			return []string{
				write("content/notes/todo.md", "Read more papers, and fewer blogs.\n"),
				write("content/README.md", "The digest's sources, and how to add one.\n"),
				resave("content/papers/2405.00003.md"),
				editFile(t, dir, "content/papers/2405.00002.md", "A denoising", "An edited denoising"),
			}
		}, true},
		{"a draft folder's file and site.yaml saved as it was with a day's intro", func() []string {
			return []string{
				write("content/_drafts/2406.99999.md", "---\ntitle: \"Draft two\"\n---\n"),
				resave("content/site.yaml"),
				editFile(t, dir, "content/days/2024-06-03.md", "The *intro*", "The new *intro*"),
			}
		}, false},
	} {
		res, incomplete, err := live.Build(ctx, e.save())
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		if incomplete != e.incomplete || res.Stages != nil || res.Unchanged != "" {
			t.Errorf("%s: incomplete %v, full build %v, nothing rebuilt %q; want the quick path of the edit alone (incomplete %v)",
				e.name, incomplete, res.Stages != nil, res.Unchanged, e.incomplete)
		}
		if incomplete {
			if res = completed(t, ctx, live); res == nil {
				t.Fatalf("%s: Complete returned nil", e.name)
			}
		}
		matchesClean(t, dir, e.name, res)
	}
}

// TestLiveUnchangedLinks: a symbolic link may bring a file that looks
// unread into the build: a used theme's folder linked to another folder of
// themes/, a paper file linked to a file in a folder of notes. Their
// saves rebuild.
func TestLiveUnchangedLinks(t *testing.T) {
	t.Parallel()
	site := strings.Replace(unchangedSite, "-- themes/mine/static/custom.css --", "-- themes/shared/static/custom.css --", 1)
	dir := writeArchive(t, site)
	if err := os.Symlink("shared", filepath.Join(dir, "themes", "mine")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	paper := filepath.Join(dir, "content", "papers", "2405.00003.md")
	data, err := os.ReadFile(paper)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "notes", "gamma.md"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(paper); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../notes/gamma.md", paper); err != nil {
		t.Fatal(err)
	}
	live, _ := startLive(t, dir)
	for _, e := range []struct{ rel, data string }{
		{"themes/shared/static/custom.css", "body{color:red}\n"},
		{"content/notes/gamma.md", strings.Replace(string(data), "Gamma abstract.", "Gamma's new abstract.", 1)},
	} {
		if res := liveSave(t, live, dir, e.rel, e.data); res.Unchanged != "" {
			t.Errorf("%s saved: nothing rebuilt (%s); want a rebuild", e.rel, res.Unchanged)
		}
	}
}
