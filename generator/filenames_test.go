package generator

import (
	"context"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestUppercaseExtension: a paper or day file saved as .MD or .Md (a Mac
// keeps the case the program saves) is a source like .md: the day's
// title and removed: list count, and the paper is published.
func TestUppercaseExtension(t *testing.T) {
	b := mustBuild(t, smallSite+`
-- content/days/2024-05-31.MD --
---
title: "Friday picks"
removed: ["2405.00003"]
---
-- content/papers/2407.00005.Md --
---
title: "Epsilon"
arxiv: "2407.00005"
authors: ["Ada Lovelace"]
date: 2024-06-03
---
Epsilon abstract.
`)
	b.contains(t, "days/2024-05-31/index.html", "Friday picks")
	b.lacks(t, "days/2024-05-31/index.html", "Gamma")
	b.contains(t, "papers/2407.00005/index.html", "Epsilon")
}

// TestCaseOnlySourceNames: two sources whose names differ only in letter
// case are one file on macOS and Windows, so the build refuses them,
// naming both.
func TestCaseOnlySourceNames(t *testing.T) {
	for _, tt := range []struct{ files, want string }{
		{"-- content/days/2024-06-03.MD --\n---\ntitle: x\n---\n",
			"content/days/2024-06-03.md: content/days/2024-06-03.MD and content/days/2024-06-03.md differ only in letter case, so macOS and Windows would hold them as one file; merge them into one, or rename one"},
		{"-- content/papers/Notes.md --\n---\nid: notes-a\ntitle: A\nauthors: [X]\ndate: 2024-05-31\n---\n-- content/papers/notes.md --\n---\nid: notes-b\ntitle: B\nauthors: [X]\ndate: 2024-05-31\n---\n",
			"content/papers/notes.md: content/papers/Notes.md and content/papers/notes.md differ only in letter case, so macOS and Windows would hold them as one file; merge them into one, or rename one"},
	} {
		_, err := buildSite(t, smallSite+tt.files, Options{})
		if err == nil || err.Error() != tt.want {
			t.Errorf("build error:\n%v\nwant\n%s", err, tt.want)
		}
	}
}

// junk are the files macOS and Windows leave in folders.
var junk = []string{".DS_Store", "._logo.svg", "Thumbs.db", "desktop.ini", "Icon\r", "logo.svg:Zone.Identifier", "~$notes.docx"}

// TestOSJunkSkipped: the files the operating system leaves in a theme's
// static/ folder are not published, and in content/ or the theme check
// says nothing about them.
func TestOSJunkSkipped(t *testing.T) {
	t.Parallel()
	fsys := siteFS(themed("-- themes/mine/static/img/logo.svg --\n<svg/>\n"))
	for _, name := range junk {
		for _, dir := range []string{"themes/mine/static/img/", "content/papers/", "content/days/"} {
			fsys[dir+name] = &fstest.MapFile{Data: []byte("junk")}
		}
	}
	res, err := Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if slices.Contains(junk, path.Base(f.Path)) {
			t.Errorf("the build published %q", f.Path)
		}
	}
	problems, err := Check(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		if !p.Note() { // the site's Erwin Schrödinger and Erwin Schrodinger are noted
			t.Errorf("check: %s", p)
		}
	}
}

// TestMergetoolLeftovers: the backup git mergetool keeps of a conflicted
// paper (.orig, with the conflict's markers) and the copies of its sides
// it leaves when stopped (_BASE_, _LOCAL_, _REMOTE_, _BACKUP_, each the
// paper's id again) are skipped by a build, as an editor's backups are,
// and check names each as a leftover to delete, not as a paper or a
// file to link.
func TestMergetoolLeftovers(t *testing.T) {
	t.Parallel()
	front := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	site := themed(paper("2401.00001", front) +
		"-- content/papers/2401.00001.md.orig --\n---\n<<<<<<< HEAD\n" + front + "=======\n>>>>>>> origin/main\n---\n" +
		paper("2401.00001_BASE_4711", front) + paper("2401.00001_LOCAL_4711", front) + paper("2401.00001_REMOTE_4711", front) + paper("2401.00001_BACKUP_4711", front) +
		"-- themes/mine/static/custom.css.orig --\nbody {}\n")
	if warned := warningsOf(t, site); len(warned) != 0 {
		t.Errorf("build warnings: %q, want none", warned)
	}
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if strings.Contains(f.Path, ".orig") || strings.Contains(f.Path, "_4711") {
			t.Errorf("the build published %q", f.Path)
		}
	}
	const orig = ": no build reads this file, a backup git mergetool keeps of a file that had a merge conflict, with the conflict's marker lines (mergetool.keepBackup); once the conflict is resolved, delete it"
	const side = ": no build reads this file, a copy of one side of a merge conflict that git mergetool writes while it runs and leaves when it is stopped; once the conflict is resolved, delete it"
	want := []string{
		"content/papers/2401.00001.md.orig" + orig,
		"content/papers/2401.00001_BACKUP_4711.md" + side,
		"content/papers/2401.00001_BASE_4711.md" + side,
		"content/papers/2401.00001_LOCAL_4711.md" + side,
		"content/papers/2401.00001_REMOTE_4711.md" + side,
	}
	if got := checkProblems(t, site, "orphan"); !slices.Equal(got, want) {
		t.Errorf("check:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBackupsAndVimProbe: a .bak copy and nano's .save, of a paper or of
// site.yaml, are skipped by a build and named by check as backups to
// delete, not as files to link or move to static/; vim's 4913 probe,
// left in content/ or a theme's static/, is skipped without a word and
// not published, as its swap files are.
func TestBackupsAndVimProbe(t *testing.T) {
	t.Parallel()
	front := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	site := themed(paper("2401.00001", front) +
		"-- content/papers/2401.00001.md.bak --\n---\n" + front + "---\n" +
		"-- content/papers/2401.00001.md.save --\n---\n" + front + "---\n" +
		"-- content/site.yaml.bak --\ntitle: Old\n" +
		"-- content/papers/4913 --\n" +
		"-- themes/mine/static/4913 --\n" +
		"-- themes/mine/static/custom.css.bak --\nbody {}\n")
	if warned := warningsOf(t, site); len(warned) != 0 {
		t.Errorf("build warnings: %q, want none", warned)
	}
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Files {
		if strings.Contains(f.Path, ".bak") || strings.Contains(f.Path, "4913") {
			t.Errorf("the build published %q", f.Path)
		}
	}
	const nano = "the copy nano saves of a file it was editing when it was killed or its terminal closed (.save)"
	want := []string{
		"content/papers/2401.00001.md.bak: no build reads this file, a backup copy of 2401.00001.md (.bak); delete it once you no longer need it",
		"content/papers/2401.00001.md.save: no build reads this file, " + nano + "; delete it once you no longer need it",
		"content/site.yaml.bak: no build reads this file, a backup copy of site.yaml (.bak); delete it once you no longer need it",
	}
	if got := checkProblems(t, site, "orphan"); !slices.Equal(got, want) {
		t.Errorf("check:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDecomposedStaticName: a static file whose name a Mac saved
// decomposed (NFD) is published under its composed (NFC) name, and
// {{static}} finds it by the name as typed, composed or not.
func TestDecomposedStaticName(t *testing.T) {
	t.Parallel()
	fsys := siteFS(themed("-- themes/mine/templates/partials/head-extra.html --\n" +
		`{{define "head-extra"}}<link rel="icon" href="{{static "img/café.svg"}}"><link rel="x" href="{{static "img/cafe` + "\u0301" + `.svg"}}">{{end}}` + "\n"))
	fsys["themes/mine/static/img/cafe\u0301.svg"] = &fstest.MapFile{Data: []byte("<svg/>")}
	res, err := Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, f := range res.Files {
		files[f.Path] = string(f.Data)
	}
	if _, ok := files["img/café.svg"]; !ok {
		t.Errorf("img/café.svg (NFC) is not published")
	}
	if _, ok := files["img/cafe\u0301.svg"]; ok {
		t.Errorf("img/café.svg is published decomposed")
	}
	if got := strings.Count(files["index.html"], `/repo/img/caf%C3%A9.svg"`); got != 2 {
		t.Errorf("index.html links img/café.svg (NFC) %d times, want 2:\n%s", got, files["index.html"])
	}
}

// TestCheckUnportableNames: check names the files under content/ and
// themes/ that a Windows or Mac checkout cannot hold, though they build.
func TestCheckUnportableNames(t *testing.T) {
	t.Parallel()
	fsys := siteFS(smallSite + `
-- content/notes.txt --
a
-- content/Notes.txt --
b
-- themes/old/README.md --
a
-- themes/old/Docs/a.md --
a
-- themes/old/docs/b.md --
b
`)
	paper := fsys["content/papers/2405.00003.md"]
	delete(fsys, "content/papers/2405.00003.md")
	fsys["content/papers/CON.md"] = paper
	fsys["content/papers/a:b.md"] = &fstest.MapFile{Data: []byte(strings.ReplaceAll(string(fsys["content/papers/2406.00004.md"].Data), "2406.00004", "2406.00005"))}
	fsys["themes/old/trailing dot."] = &fstest.MapFile{Data: []byte("x")}
	problems, err := Check(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if p.Kind != "orphan" && !p.Note() { // content/notes.txt is no source either; Schrödinger and Schrodinger are noted
			got = append(got, p.Kind+" "+p.String())
		}
	}
	const clash = " differ only in letter case, so macOS and Windows would hold them as one file, and a checkout there keeps only one; rename one"
	want := []string{
		"filename content/notes.txt: content/Notes.txt and content/notes.txt" + clash,
		`filename content/papers/CON.md: the name "CON.md" is a reserved device name on Windows, so a Windows checkout of the repository cannot hold it; rename it`,
		`filename content/papers/a:b.md: the name "a:b.md" holds ':', which Windows does not allow in file names, so a Windows checkout of the repository cannot hold it; rename it`,
		"filename themes/old/docs: themes/old/Docs and themes/old/docs" + clash,
		`filename themes/old/trailing dot.: the name "trailing dot." ends in a dot or a space, which Windows drops from file names, so a Windows checkout of the repository cannot hold it; rename it`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("check:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
