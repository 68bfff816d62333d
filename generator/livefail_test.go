package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// failSite has a paper whose file is named after its id, two whose files
// are not, one of which the day file lists, and one with a former id.
const failSite = `
-- content/site.yaml --
title: Fail Digest
baseURL: https://example.org/f/
-- content/days/2024-06-04.md --
---
papers: ["2406.00009"]
---
-- content/papers/2406.00001.md --
---
title: "Paper one"
arxiv: "2406.00001"
authors: ["Ada Lovelace"]
date: 2024-06-04
upvotes: 3
---
The abstract of paper one.
-- content/papers/named.md --
---
title: "Paper nine"
authors: ["Grace Hopper"]
date: 2024-06-04
arxiv: "2406.00009"
---
The abstract of paper nine.
-- content/papers/dated.md --
---
title: "Paper three"
authors: ["Ada Lovelace"]
date: 2024-06-04
arxiv: "2406.00003"
---
The abstract of paper three.
-- content/papers/2406.00002.md --
---
title: "Paper two"
arxiv: "2406.00002"
aliases: ["2406.00020"]
authors: ["Alan Turing"]
date: 2024-06-04
---
The abstract of paper two.
`

// TestLiveFailsEarly: a save that breaks a published paper file's front
// matter fails with exactly the errors a clean build of the same sources
// gives, and where those can only be the file's own it says so before
// anything of the whole site is read again (no build starts: Progress
// hears nothing); the save that fixes it is quick. Where the index could
// say more (a day lists the paper by an id that neither its file's name
// nor what parsed of it gives, or a day may name its former id), or
// another file's front matter changed too, a full build finds the errors.
func TestLiveFailsEarly(t *testing.T) {
	dir := writeArchive(t, failSite)
	ctx := context.Background()
	var stages []string
	live := NewLive(Options{Site: os.DirFS(dir), Progress: func(s string) { stages = append(stages, s) }}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	type edit struct{ rel, old, new string }
	for _, e := range []struct {
		name  string
		edits []edit
		early bool
	}{
		{"a YAML mistake", []edit{{"content/papers/2406.00001.md", "upvotes: 3", "upvotes: [3"}}, true},
		{"an unknown field", []edit{{"content/papers/2406.00001.md", "upvotes: [3", "upvotes: 3\ncolour: red"}}, true},
		{"and a body edit of another", []edit{{"content/papers/2406.00002.md", "of paper two.", "of paper 2."}}, true},
		{"and a title of another", []edit{{"content/papers/2406.00002.md", "Paper two", "Paper Two"}}, false},
		{"fixed", []edit{{"content/papers/2406.00001.md", "\ncolour: red", ""}}, false},
		{"a file not named after its id", []edit{{"content/papers/named.md", "title: \"Paper nine\"", "title: [\"Paper nine\""}}, false},
		{"fixed again", []edit{{"content/papers/named.md", "title: [\"Paper nine\"", "title: \"Paper nine\""}}, false},
		{"a file not named after its id that no day lists", []edit{{"content/papers/dated.md", "date: 2024-06-04", "date: [2024-06-04"}}, true},
		{"fixed, the third", []edit{{"content/papers/dated.md", "date: [2024-06-04", "date: 2024-06-04"}}, false},
		{"a paper with a former id", []edit{{"content/papers/2406.00002.md", "date: 2024-06-04", "date: 2024-06-40"}}, false},
	} {
		var paths []string
		for _, ed := range e.edits {
			paths = append(paths, editFile(t, dir, ed.rel, ed.old, ed.new))
		}
		stages = nil
		_, _, err := live.Build(ctx, paths)
		_, cleanErr := Build(ctx, Options{Site: os.DirFS(dir)})
		if got, want := errText(err), errText(cleanErr); got != want {
			t.Errorf("%s: Live's error\n%s\nwhere a clean build's is\n%s", e.name, got, want)
		}
		if early := err != nil && len(stages) == 0; early != e.early {
			t.Errorf("%s: reported before a build %v (stages %q), want %v", e.name, early, stages, e.early)
		}
	}
	// Both fixed, the site builds again.
	path := editFile(t, dir, "content/papers/2406.00002.md", "date: 2024-06-40", "date: 2024-06-04")
	if _, _, err := live.Build(ctx, []string{path}); err != nil {
		t.Errorf("fixed: %v", err)
	}
}

// errText is err's message, or "" for none.
func errText(err error) string {
	if err == nil {
		return ""
	}
	return strings.TrimSpace(err.Error())
}

// TestLiveContentGone: content/ moved away while the preview runs is told
// as that, not as a folder that is no site; put back, it builds again.
func TestLiveContentGone(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	content, away := filepath.Join(dir, "content"), filepath.Join(dir, "content.away")
	if err := os.Rename(content, away); err != nil {
		t.Fatal(err)
	}
	_, _, err := live.Build(ctx, []string{content})
	if want := "content/site.yaml: is gone: it, or content/, was removed or renamed while paperboy serve ran; put it back, and the preview builds again"; err == nil || err.Error() != want {
		t.Errorf("the build with content/ gone: %v, want %s", err, want)
	}
	if err := os.Rename(away, content); err != nil {
		t.Fatal(err)
	}
	if _, _, err := live.Build(ctx, []string{content}); err != nil {
		t.Errorf("the build with content/ back: %v", err)
	}
}
