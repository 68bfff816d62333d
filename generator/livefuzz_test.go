package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLiveEdit: an edit of a paper file saved while serve runs gives what
// a clean build of the edited site gives: the same error, or the same
// files and warnings (a quick rebuild's once Complete has run, and before
// it all but the search index and the related lists). The edit replaces
// cut bytes of the file at offset at with insert, so that the fuzzer
// makes the small edits a curator saves (a title, counts, a summary,
// authors in another order, a plain field) and the quick paths that take
// them (see front) meet whatever YAML the file holds around them.
func FuzzLiveEdit(f *testing.F) {
	const paper = "content/papers/2405.00001.md"
	src := string(siteFS(smallSite)[paper].Data)
	edit := func(before, old, new string) {
		at := strings.Index(before, old)
		if at < 0 {
			f.Fatalf("no %q in the seed", old)
		}
		f.Add(before, uint16(at), uint16(len(old)), new)
	}
	edit(src, `title: "Alpha"`, `title: "Alpha, revised"`)
	edit(src, "upvotes: 5", "upvotes: 7")
	edit(src, "math.", "math, edited.")
	edit(src, `["Erwin Schrödinger", "Ada Lovelace"]`, `["Ada Lovelace", "Erwin Schrödinger"]`)
	edit(src, "upvotes: 5\n", "upvotes: 5\nai_summary: A summary.\n")
	edit(src, "upvotes: 5\n", "upvotes: 5\ncode: https://github.com/a/b\n")
	edit(src, "topics: [agents]\n", "topics: [agents]\nkeywords: [denoising]\n")
	edit(strings.Replace(src, "upvotes: 5\n", "upvotes: 5\ntldr: >-\n  Two\n  lines.\n", 1), "lines.", "lines, more.")
	edit(strings.Replace(src, `title: "Alpha"`, "title: &t Alpha\nai_summary: *t", 1), "Alpha", "Omega")
	edit(strings.Replace(src, "upvotes: 5\n", "upvotes: 5 # as of today\ncomments: 2\n", 1), "comments: 2", "comments: 3")
	edit(strings.ReplaceAll(src, "\n", "\r\n"), "upvotes: 5", "upvotes: 6")
	edit(src, "date: 2024-05-31", "date: 2024-06-03")
	f.Fuzz(func(t *testing.T, before string, at, cut uint16, insert string) {
		if len(before)+len(insert) > 4096 {
			return
		}
		i := min(int(at), len(before))
		j := min(i+int(cut), len(before))
		after := before[:i] + insert + before[j:]
		ctx := context.Background()
		dir := writeArchive(t, smallSite)
		path := filepath.Join(dir, filepath.FromSlash(paper))
		if err := os.WriteFile(path, []byte(before), 0o644); err != nil {
			t.Fatal(err)
		}
		live := NewLive(Options{Site: os.DirFS(dir)}, dir)
		first, _, err := live.Build(ctx, nil)
		if err != nil {
			return // the edit of a site that does not build is TestLiveMatchesCleanBuild's
		}
		related := relatedOf(first)
		if err := os.WriteFile(path, []byte(after), 0o644); err != nil {
			t.Fatal(err)
		}
		res, incomplete, err := live.Build(ctx, []string{path})
		clean, cleanErr := Build(ctx, Options{Site: os.DirFS(dir)})
		if g, w := errText(err), errText(cleanErr); g != w {
			t.Fatalf("after the edit, Live's error\n%s\nwhere a clean build's is\n%s", g, w)
		}
		if err != nil {
			return
		}
		if incomplete {
			got, want := filesOf(res), filesOf(clean)
			leaveToComplete(related, relatedOf(clean), got, want)
			if d := firstDifference(got, want); d != "" {
				t.Fatalf("the quick rebuild (before Complete) differs from a clean build beyond the search index and related papers: %s", d)
			}
			if res = completed(t, ctx, live); res == nil {
				t.Fatal("Complete returned nil")
			}
		}
		if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
			t.Fatalf("Live's files differ from a clean build's (quick: %v): %s", incomplete, d)
		}
		if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
			t.Fatalf("Live warns (quick: %v)\n%s\nwhere a clean build warns\n%s", incomplete, g, w)
		}
	})
}
