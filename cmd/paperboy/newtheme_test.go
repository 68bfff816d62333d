package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/themes"
)

// copySample copies the repository's sample content into a new site folder.
func copySample(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := os.DirFS(filepath.Join("..", ".."))
	err := fs.WalkDir(src, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		if err == nil {
			writeFile(t, dir, p, string(data))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// buildFiles builds the site in dir in memory: its files by path.
func buildFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatalf("build: %v", err)
	}
	out := map[string][]byte{}
	for _, f := range res.Files {
		out[f.Path] = f.Data
	}
	return out
}

// TestNewTheme: new theme writes every file of the built-in theme into
// themes/<name>/; the sample site built with that copy, unchanged, is
// byte for byte the site built with the built-in theme, its email
// digest too, and check says of each file only that it is the built-in
// one, to delete.
func TestNewTheme(t *testing.T) {
	dir := copySample(t)
	builtin := buildFiles(t, dir)
	_, builtinMail, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if builtinMail == "" {
		t.Fatalf("mail with the built-in theme: %s", stderr)
	}

	code, out, stderr := runCLI("new", "theme", "mine", "-s", dir)
	if code != 0 {
		t.Fatalf("new theme: exit %d: %s", code, stderr)
	}
	yml := filepath.Join(dir, "content", "site.yaml")
	for _, want := range []string{"created " + filepath.Join(dir, "themes", "mine") + ": ", "next: set `theme: mine` in " + yml, "Delete every file you do not change"} {
		if !strings.Contains(out, want) {
			t.Errorf("new theme printed:\n%s\nwant it to contain %q", out, want)
		}
	}
	copied := 0
	err := fs.WalkDir(themes.Default(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		copied++
		want, _ := fs.ReadFile(themes.Default(), p)
		if got, err := os.ReadFile(filepath.Join(dir, "themes", "mine", filepath.FromSlash(p))); err != nil || !bytes.Equal(got, want) {
			t.Errorf("themes/mine/%s is not the built-in file (%v)", p, err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	data, err := os.ReadFile(yml)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/site.yaml", strings.Replace(string(data), "\nlanguage: en\n", "\nlanguage: en\ntheme: mine\n", 1))
	mine := buildFiles(t, dir)
	if len(mine) != len(builtin) {
		t.Errorf("with the exported theme the site has %d files, with the built-in one %d", len(mine), len(builtin))
	}
	for p, want := range builtin {
		if got, ok := mine[p]; !ok {
			t.Errorf("with the exported theme the site lacks %s", p)
		} else if !bytes.Equal(got, want) {
			t.Errorf("%s differs between the exported theme and the built-in one", p)
		}
	}
	if _, mineMail, _ := runCLI("mail", "-s", dir, "--out", "-"); mineMail != builtinMail {
		t.Error("the email digest differs between the exported theme and the built-in one")
	}
	// check names each file as identical to the built-in one, to delete,
	// and nothing else (the sample site's notes aside).
	code, out, _ = runCLI("check", "-s", dir, "--json")
	var problems []generator.Problem
	if err := json.Unmarshal([]byte(out), &problems); err != nil || code != 1 {
		t.Fatalf("check with the exported theme: exit %d, %v:\n%s", code, err, out)
	}
	problems = slices.DeleteFunc(problems, generator.Problem.Note)
	if len(problems) != copied {
		t.Errorf("check with the exported theme names %d problems, want one a file of the built-in theme (%d)", len(problems), copied)
	}
	for _, p := range problems {
		if p.Kind != "unchanged" || !strings.HasPrefix(p.Msg, "identical to the built-in ") {
			t.Errorf("check with the exported theme: %s", p)
		}
	}

	// Again, over the theme or a folder with one of its files, it writes
	// nothing; site.yaml naming the theme, it says so.
	for _, name := range []string{"mine", "partial"} {
		writeFile(t, dir, "themes/partial/static/style.css", "mine")
		before := snapshot(t, filepath.Join(dir, "themes"))
		code, _, stderr := runCLI("new", "theme", name, "-s", dir)
		if want := " already exists, and new theme overwrites nothing; choose another name, or move " + filepath.Join(dir, "themes", name) + " away"; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("new theme %s again: exit %d, %q; want 1 and %q", name, code, stderr, want)
		}
		if after := snapshot(t, filepath.Join(dir, "themes")); len(after) != len(before) {
			t.Errorf("new theme %s again wrote %d files", name, len(after)-len(before))
		}
	}
	writeFile(t, dir, "content/site.yaml", strings.Replace(string(data), "\nlanguage: en\n", "\nlanguage: en\ntheme: other\n", 1))
	if code, out, _ := runCLI("new", "theme", "other", "-s", dir); code != 0 || !strings.Contains(out, "next: "+yml+" names this theme already; edit the files in "+filepath.Join(dir, "themes", "other")) {
		t.Errorf("new theme named in site.yaml: exit %d, printed:\n%s", code, out)
	}
}

// TestNewThemeCaseTwin: new theme refuses a name that differs from an
// existing theme's only in letter case (mine beside Mine), one folder on
// macOS and Windows, as new page and new paper refuse such a file, and
// writes nothing.
func TestNewThemeCaseTwin(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": "title: T\nbaseURL: https://example.org/\n", "themes/Mine/static/custom.css": "a {}\n"})
	code, _, stderr := runCLI("new", "theme", "mine", "-s", dir)
	want := filepath.Join(dir, "themes", "mine") + " already exists as " + filepath.Join(dir, "themes", "Mine") + ", and macOS and Windows hold the two as one folder; add files to it (paperboy new theme Mine templates/paper.html), or choose another name"
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("new theme mine beside Mine: exit %d, %q; want 1 and %q", code, stderr, want)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "themes")); len(entries) != 1 {
		t.Errorf("new theme mine beside Mine left %d themes", len(entries))
	}
}

// TestNewThemeNeedsSite: outside a site folder new theme writes nothing.
func TestNewThemeNeedsSite(t *testing.T) {
	bare := t.TempDir()
	code, _, stderr := runCLI("new", "theme", "mine", "-s", bare)
	if want := filepath.Join(bare, "content", "site.yaml") + ": not found, so " + bare + " is not a site folder"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("new theme outside a site: exit %d, %q; want 1 and %q", code, stderr, want)
	}
	if entries, _ := os.ReadDir(bare); len(entries) != 0 {
		t.Errorf("new theme outside a site wrote %d entries", len(entries))
	}
}

// TestNewThemeFiles: new theme with files copies only those, by path or
// by a name no other file has, into a theme that may exist, and keeps its
// record: a line for each file with the current built-in file's hash, in
// place of an older one, so that check does not take the new copy for an
// outdated one. A name that is no file, or two, or a file that exists,
// writes nothing.
func TestNewThemeFiles(t *testing.T) {
	dir := copySample(t)
	theme := filepath.Join(dir, "themes", "mine")
	code, out, stderr := runCLI("new", "theme", "mine", "paper.html", "static/style.css", "-s", dir)
	if code != 0 {
		t.Fatalf("new theme with files: exit %d: %s", code, stderr)
	}
	paper, style := filepath.Join(theme, "templates", "paper.html"), filepath.Join(theme, "static", "style.css")
	if want := "created " + paper + " and " + style + ", copies of the built-in theme's\n"; !strings.HasPrefix(out, want) {
		t.Errorf("new theme with files printed:\n%s\nwant it to start %q", out, want)
	}
	if got := snapshot(t, theme); len(got) != 3 { // the two files and the record
		t.Errorf("new theme with files wrote %v", got)
	}
	// The record of an earlier copy names base.html with an older hash;
	// copying it now gives it the current one.
	record := filepath.Join(theme, themes.Record)
	data, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	base, _ := fs.ReadFile(themes.Default(), "templates/base.html")
	now := themes.Hash(base)
	old := strings.Replace(string(data), now+" templates/base.html", strings.Repeat("0", len(now))+" templates/base.html", 1)
	if old == string(data) {
		t.Fatal("the record has no line for templates/base.html")
	}
	writeFile(t, dir, "themes/mine/"+themes.Record, old)
	if code, _, stderr := runCLI("new", "theme", "mine", "templates/base.html", "-s", dir); code != 0 {
		t.Fatalf("new theme mine templates/base.html: exit %d: %s", code, stderr)
	}
	data, _ = os.ReadFile(record)
	if got := themes.ReadRecord(data)["templates/base.html"]; got != now || strings.Count(string(data), " templates/base.html\n") != 1 {
		t.Errorf("after copying base.html the record has %q for it, want the one line %s:\n%s", got, now, data)
	}
	// A partial by its name, as its {{template}} calls it.
	if code, out, stderr := runCLI("new", "theme", "mine", "paper-item", "-s", dir); code != 0 || !strings.Contains(out, filepath.Join(theme, "templates", "partials", "paper-item.html")) {
		t.Errorf("new theme mine paper-item: exit %d, %s%s; want templates/partials/paper-item.html copied", code, out, stderr)
	}
	for _, tt := range []struct{ arg, want string }{
		{"templates/papr.html", `the built-in theme has no file "templates/papr.html"; did you mean "templates/paper.html"?`},
		{"nothing.xyz", `the built-in theme has no file "nothing.xyz"; its files are in templates/`},
		{"byline-all", `the built-in theme has no file "byline-all"; the template byline-all is defined in templates/partials/byline.html, with the others of that file: copy it, paperboy new theme <name> templates/partials/byline.html`},
		{"organization", `the template organization is defined in templates/partials/paper-meta.html, with the others of that file: copy it, paperboy new theme <name> templates/partials/paper-meta.html (the organization page's template is templates/organization.html)`},
		{"paper.html", filepath.Join(theme, "templates", "paper.html") + " already exists, and new theme overwrites nothing; edit it there"},
	} {
		before := snapshot(t, theme)
		code, _, stderr := runCLI("new", "theme", "mine", "day.html", tt.arg, "-s", dir)
		if code == 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("new theme mine day.html %s: exit %d, %q; want %q", tt.arg, code, stderr, tt.want)
		}
		if after := snapshot(t, theme); len(after) != len(before) {
			t.Errorf("new theme mine day.html %s wrote %d files", tt.arg, len(after)-len(before))
		}
	}
}

// TestNewThemeFolder: new theme copies a file named by the end of its
// path (partials/site-header.html), and every file of a folder named by
// its path or the end of it (templates/partials, email), leaving those
// the theme has already as they are.
func TestNewThemeFolder(t *testing.T) {
	dir := copySample(t)
	partials := filepath.Join(dir, "themes", "mine", "templates", "partials")
	header := filepath.Join(partials, "site-header.html")
	if code, out, stderr := runCLI("new", "theme", "mine", "partials/site-header.html", "-s", dir); code != 0 || !strings.Contains(out, header) {
		t.Fatalf("new theme mine partials/site-header.html: exit %d, %s%s; want %s copied", code, out, stderr, header)
	}
	writeFile(t, dir, "themes/mine/templates/partials/site-header.html", "mine\n")
	for _, arg := range []string{"templates/partials", "email"} {
		code, out, stderr := runCLI("new", "theme", "mine", arg, "-s", dir)
		if code != 0 {
			t.Fatalf("new theme mine %s: exit %d: %s", arg, code, stderr)
		}
		if arg == "templates/partials" && !strings.Contains(out, "kept "+header+" as it was") {
			t.Errorf("new theme mine %s printed:\n%s\nwant it to keep %s", arg, out, header)
		}
	}
	for _, folder := range []string{"templates/partials", "email"} {
		want, _ := fs.Glob(themes.Default(), folder+"/*")
		got, _ := filepath.Glob(filepath.Join(dir, "themes", "mine", filepath.FromSlash(folder), "*"))
		if len(want) == 0 || len(got) != len(want) {
			t.Errorf("themes/mine/%s has %d files, want the built-in theme's %d", folder, len(got), len(want))
		}
	}
	if data, _ := os.ReadFile(header); string(data) != "mine\n" {
		t.Errorf("site-header.html = %q, want the theme's own kept", data)
	}
	if code, _, stderr := runCLI("new", "theme", "mine", "partials", "-s", dir); code == 0 || !strings.Contains(stderr, "has every file of what you named already") {
		t.Errorf("new theme mine partials again: exit %d, %q; want it refused", code, stderr)
	}
}

// TestNewThemeInStack: in a stack of themes (theme: [mine, lab]), a file
// is copied from the theme the site takes it from now, lab's, not the
// built-in one, which would hide lab's; and it is not recorded as a copy
// of the built-in file.
func TestNewThemeInStack(t *testing.T) {
	dir := copySample(t)
	yml := filepath.Join(dir, "content", "site.yaml")
	data, err := os.ReadFile(yml)
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/site.yaml", string(data)+"\ntheme: [mine, lab]\n")
	writeFile(t, dir, "themes/lab/templates/paper.html", "{{define \"main\"}}<p>lab's paper page</p>{{end}}\n")
	// A partial of lab's own, which the built-in theme has not, is named by its path or its name.
	writeFile(t, dir, "themes/lab/templates/partials/lab-card.html", "{{define \"lab-card\"}}<p>lab's card</p>{{end}}\n")
	code, out, stderr := runCLI("new", "theme", "mine", "paper.html", "day.html", "lab-card", "-s", dir)
	if code != 0 {
		t.Fatalf("new theme mine paper.html day.html: exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "themes", "mine", "templates", "paper.html"))
	if !strings.Contains(string(got), "lab's paper page") {
		t.Errorf("themes/mine/templates/paper.html is not lab's:\n%s", got)
	}
	if card, _ := os.ReadFile(filepath.Join(dir, "themes", "mine", "templates", "partials", "lab-card.html")); !strings.Contains(string(card), "lab's card") {
		t.Errorf("themes/mine/templates/partials/lab-card.html is not lab's:\n%s", card)
	}
	if want := "copies of the files the site takes from themes/lab now, or else the built-in theme's"; !strings.Contains(out, want) {
		t.Errorf("new theme printed:\n%s\nwant %q", out, want)
	}
	record, _ := os.ReadFile(filepath.Join(dir, "themes", "mine", themes.Record))
	base, _ := fs.ReadFile(themes.Default(), "templates/paper.html")
	if themes.ReadRecord(record)["templates/paper.html"] == themes.Hash(got) && themes.Hash(got) != themes.Hash(base) {
		t.Errorf("the record names lab's paper.html as a copy of the built-in one")
	}
}

// TestNewThemeBesideSitesTheme: on a site whose theme: names another
// theme, new theme (a scratch copy to compare a changed file with, as
// check advises after an update) gives the diff that compares them and
// says how to use it, not to set theme: to it alone.
func TestNewThemeBesideSitesTheme(t *testing.T) {
	dir := copySample(t)
	data, err := os.ReadFile(filepath.Join(dir, "content", "site.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	writeFile(t, dir, "content/site.yaml", string(data)+"\ntheme: mine\n")
	writeFile(t, dir, "themes/mine/static/style.css", "body { color: purple; }\n")
	code, out, stderr := runCLI("new", "theme", "scratch", "static/style.css", "-s", dir)
	if code != 0 {
		t.Fatalf("new theme scratch static/style.css: exit %d: %s", code, stderr)
	}
	mine, scratch := filepath.Join(dir, "themes", "mine", "static", "style.css"), filepath.Join(dir, "themes", "scratch", "static", "style.css")
	for _, want := range []string{
		"next: " + filepath.Join(dir, "content", "site.yaml") + " names the theme mine, so the site does not use scratch: ",
		"diff " + mine + " " + scratch + ", then delete " + filepath.Join(dir, "themes", "scratch") + "; ",
		"put it first there: `theme: [scratch, mine]`",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("new theme scratch printed:\n%s\nwant %q", out, want)
		}
	}
	if strings.Contains(out, "set `theme: scratch`") {
		t.Errorf("new theme scratch says to set theme: scratch on a site of the theme mine:\n%s", out)
	}
	// A whole theme beside the site's: the folders to compare.
	if _, out, _ := runCLI("new", "theme", "whole", "-s", dir); !strings.Contains(out, "diff -r "+filepath.Join(dir, "themes", "mine")+" "+filepath.Join(dir, "themes", "whole")+", then delete ") {
		t.Errorf("new theme whole printed:\n%s\nwant the diff -r of the folders", out)
	}
}
