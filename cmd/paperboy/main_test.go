package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"go/build"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/output"
)

// writeSite writes files (path → content) under a new temporary site folder.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for p, s := range files {
		writeFile(t, dir, p, s)
	}
	return dir
}

// writeFile writes s to the slash-separated path rel under dir, making its
// folders and replacing a file that is there.
func writeFile(t *testing.T, dir, rel, s string) {
	t.Helper()
	full := filepath.Join(dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runCLI runs the command line and returns its exit code and output.
func runCLI(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, &stdout, &stderr)
	code := exitCode(err, &stderr)
	return code, stdout.String(), stderr.String()
}

// snapshot returns every file under dir with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		out[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

var goodSite = map[string]string{
	"content/site.yaml":          "title: T\nbaseURL: https://example.org/repo/\n",
	"content/papers/a.md":        "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nAbstract.\n",
	"content/days/2024-01-01.md": "Intro.\n",
}

func TestBuildWritesPublic(t *testing.T) {
	dir := writeSite(t, goodSite)
	code, _, stderr := runCLI("build", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, "built 1 paper, 1 day, 0 topics, 1 author: ") {
		t.Errorf("no progress summary on stderr: %q", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "papers", "2401.00001", "index.html")); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI("build", "-q", "-s", dir, "-d", filepath.Join(dir, "out"))
	if code != 0 || stderr != "" {
		t.Fatalf("quiet build: exit %d, stderr %q", code, stderr)
	}
}

// TestBuildSaysToPreviewWithServe: build's last line says to preview the
// site with paperboy serve (with the site's folder), as its pages opened
// from the files find neither style sheet nor links; not with -q, nor in
// GitHub Actions, where no one previews.
func TestBuildSaysToPreviewWithServe(t *testing.T) {
	dir := writeSite(t, goodSite)
	t.Setenv("GITHUB_ACTIONS", "")
	_, _, stderr := runCLI("build", "--source", dir)
	want := "preview it with paperboy serve --source " + dir + ", not by opening " + filepath.Join(dir, "public", "index.html") +
		" from your files: its links start with /repo/, which only a web server finds\n"
	if !strings.HasSuffix(stderr, want) {
		t.Errorf("build printed:\n%s\nwant it to end %q", stderr, want)
	}
	t.Setenv("GITHUB_ACTIONS", "true")
	if _, _, stderr := runCLI("build", "--source", dir); strings.Contains(stderr, "preview") {
		t.Errorf("build in GitHub Actions says to preview:\n%s", stderr)
	}
}

// TestBuildOffline: build --offline writes pages whose links work opened
// from disk (the style sheet relative to the page, a folder's link to its
// index.html), and its last line says to open index.html, with a web
// server for search (a command to paste, quoted), not to preview with serve.
func TestBuildOffline(t *testing.T) {
	dir := writeSite(t, goodSite)
	t.Setenv("GITHUB_ACTIONS", "")
	code, _, stderr := runCLI("build", "--offline", "--source", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	public := filepath.Join(dir, "public")
	want := "open " + filepath.Join(public, "index.html") + " in a browser; search needs a web server: python3 -m http.server -d " + public + "\n"
	if !strings.HasSuffix(stderr, want) {
		t.Errorf("build --offline printed:\n%s\nwant it to end %q", stderr, want)
	}
	// The command is pasted into a shell: a folder with a space is quoted.
	usb := filepath.Join(t.TempDir(), "usb stick")
	if code, _, stderr := runCLI("build", "--offline", "--source", dir, "-d", usb); code != 0 || !strings.HasSuffix(stderr, "python3 -m http.server -d '"+usb+"'\n") {
		t.Errorf("build --offline -d %q: exit %d, printed:\n%s\nwant the folder quoted", usb, code, stderr)
	}
	page, err := os.ReadFile(filepath.Join(public, "papers", "2401.00001", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, link := range []string{`href="../../style.css"`, `href="../../index.html"`, `href="../../authors/x/index.html"`} {
		if !strings.Contains(string(page), link) {
			t.Errorf("papers/2401.00001/index.html has no %s:\n%s", link, page)
		}
	}
}

// TestBuildCountsOrganizations: the summary counts organizations, whose
// pages a site has only when its papers name one.
func TestBuildCountsOrganizations(t *testing.T) {
	site := maps.Clone(goodSite)
	site["content/papers/a.md"] = strings.Replace(site["content/papers/a.md"], "authors:", "organization: AI at Meta\nauthors:", 1)
	code, _, stderr := runCLI("build", "--source", writeSite(t, site))
	if code != 0 || !strings.Contains(stderr, "built 1 paper, 1 day, 0 topics, 1 author, 1 organization: ") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestBuildWarnsBrokenLink: build warns once, at its line, of a picture
// the Markdown shows from a file that is not there, and publishes the site.
func TestBuildWarnsBrokenLink(t *testing.T) {
	site := maps.Clone(goodSite)
	site["content/papers/a.md"] = strings.Replace(site["content/papers/a.md"], "Abstract.", "Abstract with ![a chart](figures/chat.png).", 1)
	dir := writeSite(t, site)
	code, _, stderr := runCLI("build", "--source", dir)
	want := "warning: " + filepath.Join(dir, "content", "papers", "a.md") + ":7: the link figures/chat.png is broken: there is no content/papers/figures/chat.png"
	if code != 0 || strings.Count(stderr, want) != 1 {
		t.Errorf("exit %d, stderr %q\nwant %q once", code, stderr, want)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "papers", "2401.00001", "index.html")); err != nil {
		t.Error(err)
	}
}

// TestRebuildWritesOnlyChanges: a second build of the same sources writes
// nothing (unchanged files keep their inode and time); an edited abstract
// rewrites only the pages and feeds that show it.
func TestRebuildWritesOnlyChanges(t *testing.T) {
	dir := writeSite(t, goodSite)
	if code, _, stderr := runCLI("build", "-s", dir); code != 0 || !strings.Contains(stderr, " 0 unchanged)") {
		t.Fatalf("first build: exit %d, %q", code, stderr)
	}
	page := filepath.Join(dir, "public", "papers", "2401.00001", "index.html")
	style := filepath.Join(dir, "public", "style.css")
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	for _, p := range []string{page, style} {
		if err := os.Chtimes(p, old, old); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runCLI("build", "-s", dir)
	if code != 0 || !strings.Contains(stderr, " 0 written,") {
		t.Fatalf("rebuild of the same sources: exit %d, %q", code, stderr)
	}
	os.WriteFile(filepath.Join(dir, "content/papers/a.md"), []byte(strings.Replace(goodSite["content/papers/a.md"], "Abstract.", "A new abstract.", 1)), 0o644)
	code, _, stderr = runCLI("build", "-s", dir)
	if code != 0 || strings.Contains(stderr, " 0 written,") {
		t.Fatalf("rebuild after an edit: exit %d, %q", code, stderr)
	}
	if fi, err := os.Stat(style); err != nil || !fi.ModTime().Equal(old) {
		t.Errorf("style.css was rewritten though unchanged: %v %v", fi.ModTime(), err)
	}
	if fi, err := os.Stat(page); err != nil || fi.ModTime().Equal(old) {
		t.Errorf("the edited paper's page kept its old time: %v", err)
	}
	if b, _ := os.ReadFile(page); !strings.Contains(string(b), "A new abstract.") {
		t.Error("the edited paper's page lacks the new abstract")
	}
}

// TestSiteYAMLErrorReportedAsTheOthers: a mistake in site.yaml that stops
// the build alone (a tab) is printed at its path:line on a line of its
// own and counted, as a build's many errors are, not after "paperboy: ".
func TestSiteYAMLErrorReportedAsTheOthers(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": "title: T\nbaseURL: https://example.org/\ntopics:\n\tnlp: {}\n"})
	code, _, stderr := runCLI("build", "-s", dir)
	want := filepath.Join(dir, "content", "site.yaml") + ":4: a tab is used for indentation; YAML allows only spaces, so indent with spaces\npaperboy: 1 error; " + filepath.Join(dir, "public") + string(filepath.Separator) + " was left as it was\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, stderr, want)
	}
}

func TestFailedBuildLeavesPublicUntouched(t *testing.T) {
	dir := writeSite(t, goodSite)
	if code, _, stderr := runCLI("build", "-s", dir); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	// A file that no longer belongs must disappear on the next good build,
	// but survive a failed one.
	stale := filepath.Join(dir, "public", "stale.txt")
	os.WriteFile(stale, []byte("old"), 0o644)
	before := snapshot(t, filepath.Join(dir, "public"))

	os.WriteFile(filepath.Join(dir, "content/papers/b.md"), []byte("---\ntitle: B\narxiv: \"2401.00001\"\ndate: nope\n---\n"), 0o644)
	code, _, stderr := runCLI("build", "-s", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr %q", code, stderr)
	}
	for _, want := range []string{"content/papers/b.md:4: date: \"nope\" is not a date", "public/ was left as it was"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	after := snapshot(t, filepath.Join(dir, "public"))
	if len(after) != len(before) {
		t.Fatalf("public/ has %d files after the failed build, %d before", len(after), len(before))
	}
	for p, s := range before {
		if after[p] != s {
			t.Errorf("%s changed", p)
		}
	}
	os.Remove(filepath.Join(dir, "content/papers/b.md"))
	if code, _, stderr := runCLI("build", "-s", dir); code != 0 {
		t.Fatalf("rebuild: %s", stderr)
	}
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Error("stale.txt survived a clean build")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".paperboy-") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{}, {"frobnicate"}, {"build", "--nope"}, {"build", "extra"}, {"new"}, {"new", "paper", "../x"},
		{"new", "day", "2024-13-01"}, {"new", "poem", "x"}, {"help", "nope"}, {"build", "-w", "-1"},
	} {
		if code, _, _ := runCLI(args...); code != 2 {
			t.Errorf("paperboy %q: exit %d, want 2", args, code)
		}
	}
	for _, args := range [][]string{{"help"}, {"help", "build"}, {"build", "-h"}, {"version"}, {"--version"}, {"-v"}, {"-V"}} {
		if code, out, _ := runCLI(args...); code != 0 || out == "" {
			t.Errorf("paperboy %q: exit %d, output %q", args, code, out)
		}
	}
}

// TestNewSite: new site makes a site that builds as it is, with a paper
// added, and with every optional field of its site.yaml uncommented.
func TestNewSite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "digest")
	code, out, stderr := runCLI("new", "site", dir)
	if code != 0 {
		t.Fatalf("new site: exit %d: %s", code, stderr)
	}
	for _, p := range []string{"content/site.yaml", "content/papers", "content/days", ".gitignore", ".github/workflows/pages.yml", ".github/workflows/import.yml", ".github/workflows/mail.yml"} {
		if _, err := os.Stat(filepath.Join(dir, p)); err != nil {
			t.Error(err)
		}
	}
	if !strings.Contains(out, "paperboy serve") {
		t.Errorf("new site does not say what to do next:\n%s", out)
	}
	// The workflow installs the latest release (this binary is none) and is
	// valid for actionlint, when it is installed (make lint installs it).
	workflow := filepath.Join(dir, ".github", "workflows", "pages.yml")
	if data, _ := os.ReadFile(workflow); !strings.Contains(string(data), "go install github.com/paperboy-digest/paperboy/cmd/paperboy@latest\n") {
		t.Errorf("pages.yml does not install paperboy@latest:\n%s", data)
	}
	imports := filepath.Join(dir, ".github", "workflows", "import.yml")
	if data, _ := os.ReadFile(imports); string(data) != importWorkflow("latest") {
		t.Errorf("import.yml is not importWorkflow(latest):\n%s", data)
	}
	if !strings.Contains(out, imports+" imports Hugging Face's daily list") {
		t.Errorf("new site does not say that import.yml imports every night:\n%s", out)
	}
	mail := filepath.Join(dir, ".github", "workflows", "mail.yml")
	if data, _ := os.ReadFile(mail); string(data) != mailWorkflow("latest") {
		t.Errorf("mail.yml is not mailWorkflow(latest):\n%s", data)
	}
	if !strings.Contains(out, "note: "+workflow+", "+imports+" and "+mail+" install the newest Paperboy at each run (@latest)") {
		t.Errorf("new site, whose workflows install @latest, does not say to pin a version:\n%s", out)
	}
	if !strings.Contains(out, "the daily email ("+mail+") is off until you add its secrets") {
		t.Errorf("new site does not say that the daily email is off until its secrets are set:\n%s", out)
	}
	if w := pagesWorkflow("v0.3.1"); !strings.Contains(w, "/cmd/paperboy@v0.3.1\n") || strings.Contains(w, "# @latest") {
		t.Errorf("a release's pages.yml does not install that release, or says to pin one:\n%s", w)
	}
	if !strings.Contains(pagesWorkflow("latest"), pinComment+"        run: go install github.com/paperboy-digest/paperboy/cmd/paperboy@latest\n") {
		t.Error("a pages.yml that installs @latest does not say to pin a version")
	}
	actionlint(t, workflow)
	actionlint(t, imports)
	actionlint(t, mail)

	yml := filepath.Join(dir, "content", "site.yaml")
	orig, err := os.ReadFile(yml)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("new", "site", dir); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("new site over a site: exit %d, %q; want 1 and already exists", code, stderr)
	}
	if data, _ := os.ReadFile(yml); !bytes.Equal(data, orig) {
		t.Error("new site over a site changed its site.yaml")
	}
	// Empty, it builds, and its home page says how to fill it.
	if code, _, stderr := runCLI("build", "-s", dir, "-q"); code != 0 {
		t.Fatalf("the empty new site does not build: %s", stderr)
	}
	if home, _ := os.ReadFile(filepath.Join(dir, "public", "index.html")); !strings.Contains(string(home), "<code>paperboy import hf --fetch</code>") {
		t.Error("the empty site's home page does not say how to import papers")
	}
	// check names the title and baseURL new site wrote, at their lines,
	// but not a baseURL that --base-url replaces.
	code, out, _ = runCLI("check", "-s", dir)
	for _, want := range []string{
		`content/site.yaml:4: title is still "My Paper Digest", which paperboy new site wrote; write the site's own name`,
		"content/site.yaml:8: baseURL is still https://example.org/, which paperboy new site wrote; write the address the site is published at",
	} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("check of the new site: exit %d, %q; want 1 and %q", code, out, want)
		}
	}
	if _, out, _ = runCLI("check", "-s", dir, "--base-url", "https://digest.example.net/"); strings.Contains(out, "baseURL is still") {
		t.Errorf("check --base-url names site.yaml's baseURL: %s", out)
	}
	if code, out, stderr := runCLI("new", "paper", "2410.07166", "-s", dir, "--date", "2024-10-09"); code != 0 || strings.Contains(out, "note:") {
		t.Fatalf("new paper in the new site: exit %d, %q, %q", code, out, stderr)
	}
	if code, _, stderr := runCLI("build", "-s", dir, "-q"); code != 0 {
		t.Fatalf("the new site does not build: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "public", "papers", "2410.07166", "index.html")); err != nil {
		t.Error(err)
	}

	// Uncomment every commented-out setting: the documentation must be valid.
	all, uncommented := uncomment(string(orig))
	if uncommented < 21 {
		t.Fatalf("uncommented %d lines of site.yaml; the pattern no longer finds its settings", uncommented)
	}
	writeFile(t, dir, "content/site.yaml", all)
	writeFile(t, dir, "themes/mytheme/static/mine.txt", "mine")
	// The social card image: names, as written, a file the theme publishes.
	card, _ := base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
	writeFile(t, dir, "themes/mytheme/static/card.png", string(card))
	if code, _, stderr := runCLI("build", "-s", dir, "-q"); code != 0 {
		t.Fatalf("site.yaml with every setting uncommented does not build: %s", stderr)
	}
	for file, want := range map[string]string{"CNAME": "papers.example.org", "mine.txt": "mine"} {
		if data, err := os.ReadFile(filepath.Join(dir, "public", file)); err != nil || !strings.Contains(string(data), want) {
			t.Errorf("public/%s = %q, %v; want %q from the uncommented settings", file, data, err, want)
		}
	}

	// An existing .gitignore and workflows are the user's: new site leaves
	// them alone, adds no workflow beside them, and says what to add.
	mine := writeSite(t, map[string]string{".gitignore": "*.log\npublic/\n", ".github/workflows/deploy.yml": "on: push\n"})
	code, out, stderr = runCLI("new", "site", mine)
	if code != 0 {
		t.Fatalf("new site in a folder with a .gitignore and workflows: exit %d, %q", code, stderr)
	}
	wantAdvice := "kept " + filepath.Join(mine, ".gitignore") + " as it is; add these lines to it, unless you commit the built site on purpose,\n" +
		"so that git leaves out what builds write:\n  /.public.lock\n  /.paperboy-new-public-*/\n  /.paperboy-old-public-*/\n" +
		"kept " + filepath.Join(mine, ".github", "workflows") + ` as it is; to publish on GitHub Pages, add the workflow in the README's "Deploy to GitHub Pages" (` + deployDocs + ") as " +
		filepath.Join(mine, ".github", "workflows", "pages.yml") + `; to import the Hugging Face daily list every night, add the one in "Publish" (` + importDocs + ") as " +
		filepath.Join(mine, ".github", "workflows", "import.yml") + `; and to mail the daily digest, the one in "Send the daily email from GitHub Actions" (` + mailDocs + ") as " +
		filepath.Join(mine, ".github", "workflows", "mail.yml") + "\n"
	if !strings.Contains(out, wantAdvice) {
		t.Errorf("new site in a folder with a .gitignore and workflows printed:\n%s\nwant:\n%s", out, wantAdvice)
	}
	if data, _ := os.ReadFile(filepath.Join(mine, ".gitignore")); string(data) != "*.log\npublic/\n" {
		t.Errorf("new site changed an existing .gitignore to %q", data)
	}
	for _, name := range []string{"pages.yml", "import.yml", "mail.yml"} {
		if exists(filepath.Join(mine, ".github", "workflows", name)) {
			t.Errorf("new site added %s beside the folder's own workflows", name)
		}
	}
	// A workflow that builds the site with Hugo is to be replaced, not
	// kept beside pages.yml.
	hugo := writeSite(t, map[string]string{".github/workflows/gh-pages.yml": "jobs:\n  deploy:\n    steps:\n      - uses: peaceiris/actions-hugo@v3\n"})
	if code, out, _ := runCLI("new", "site", hugo); code != 0 || !strings.Contains(out, "as it is; "+filepath.Join(hugo, ".github", "workflows", "gh-pages.yml")+
		` there builds the site with Hugo, which no longer builds it: to publish on GitHub Pages, replace it with the workflow in the README's "Deploy to GitHub Pages"`) {
		t.Errorf("new site in a folder whose workflow builds with Hugo: exit %d, %q", code, out)
	}
	full := writeSite(t, map[string]string{".gitignore": gitignore})
	if code, out, _ := runCLI("new", "site", full); code != 0 || !strings.Contains(out, " as it is; it leaves out what builds write already\n") {
		t.Errorf("new site in a folder whose .gitignore has every line: exit %d, %q", code, out)
	}

	// new paper or day where there is no site refuses, and says how to
	// make one; it creates nothing.
	// A folder that is not there at all is named as such.
	bare := filepath.Join(t.TempDir(), "nosite")
	for _, args := range [][]string{{"new", "paper", "2410.07166", "-s", bare}, {"new", "day", "2024-10-09", "-s", bare}} {
		code, _, stderr := runCLI(args...)
		if want := bare + ": no such folder; pass --source the folder of a site"; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("paperboy %q: exit %d, %q; want 1 and %q", args, code, stderr, want)
		}
	}
	if exists(bare) {
		t.Errorf("new paper outside a site created %s", bare)
	}
	if err := os.Mkdir(bare, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"new", "paper", "2410.07166", "-s", bare}, {"new", "day", "2024-10-09", "-s", bare}} {
		code, _, stderr := runCLI(args...)
		if want := filepath.Join(bare, "content", "site.yaml") + ": not found, so " + bare + " is not a site folder; run this in the site folder or pass -s DIR, or make a site there first: paperboy new site " + bare; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("paperboy %q: exit %d, %q; want 1 and %q", args, code, stderr, want)
		}
	}
	if exists(filepath.Join(bare, "content")) {
		t.Errorf("new paper outside a site created %s", filepath.Join(bare, "content"))
	}
}

// TestNewSiteIgnoresWhatBuildsWrite: the .gitignore of a new site leaves out
// everything a build makes beside the sources: the output, its lock file,
// and the folder the new output is written into.
func TestNewSiteIgnoresWhatBuildsWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "digest")
	if code, _, stderr := runCLI("new", "site", dir); code != 0 {
		t.Fatalf("new site: %s", stderr)
	}
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	// A build in progress: its lock and its new folder exist.
	w, err := output.Begin(t.Context(), filepath.Join(dir, "public"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var built []string
	for _, e := range entries {
		switch e.Name() {
		case "content", ".github", ".gitignore": // the sources
			continue
		}
		built = append(built, e.Name())
		if !ignored(gitignore, e.Name(), e.IsDir()) {
			t.Errorf("the new site's .gitignore does not leave out %s, which a build writes:\n%s", e.Name(), gitignore)
		}
	}
	if len(built) < 3 {
		t.Errorf("beside the sources during a build: %q; want public, its lock file and the new folder", built)
	}
	// Nor does git take the files macOS and Windows leave in folders.
	for _, name := range []string{".DS_Store", "Thumbs.db"} {
		if !ignored(gitignore, name, false) {
			t.Errorf("the new site's .gitignore does not leave out %s:\n%s", name, gitignore)
		}
	}
	// When it commits, the old folder is moved aside under the new one's
	// name with "old" for "new".
	for _, name := range built {
		if old := strings.Replace(name, ".paperboy-new-", ".paperboy-old-", 1); old != name && !ignored(gitignore, old, true) {
			t.Errorf("the new site's .gitignore does not leave out %s:\n%s", old, gitignore)
		}
	}
}

// ignored reports whether the .gitignore text leaves out the entry name at
// the top of the repository: enough of gitignore's rules for the patterns
// new site writes (a leading / anchors, a trailing / matches folders only).
func ignored(text, name string, dir bool) bool {
	for _, p := range strings.Split(text, "\n") {
		if p == "" || strings.HasPrefix(p, "#") || strings.HasSuffix(p, "/") && !dir {
			continue
		}
		if ok, _ := path.Match(strings.Trim(p, "/"), name); ok {
			return true
		}
	}
	return false
}

// TestREADMEShowsWorkflows: the README's "Deploy to GitHub Pages",
// "4. Publish" and "Send the daily email from GitHub Actions" show the very
// workflows new site writes, so the two cannot drift apart.
func TestREADMEShowsWorkflows(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []struct{ section, name, want string }{
		{"Deploy to GitHub Pages", "pages.yml (pagesWorkflow)", pagesWorkflow("")},
		{"4. Publish", "import.yml (importWorkflow)", importWorkflow("")},
		{"Send the daily email from GitHub Actions", "mail.yml (mailWorkflow)", mailWorkflow("")},
	} {
		_, section, ok := strings.Cut(string(readme), "\n## "+w.section+"\n")
		if !ok {
			_, section, ok = strings.Cut(string(readme), "\n### "+w.section+"\n")
		}
		if !ok {
			t.Fatalf("README.md has no section %q", w.section)
		}
		section, _, _ = strings.Cut(section, "\n## ")
		_, block, ok := strings.Cut(section, "\n```yaml\n")
		block, _, closed := strings.Cut(block, "\n```\n")
		if !ok || !closed {
			t.Fatalf("README.md's %q shows no workflow in a yaml block", w.section)
		}
		if block+"\n" == w.want {
			continue
		}
		got, wantLines := strings.Split(block+"\n", "\n"), strings.Split(w.want, "\n")
		for i := range min(len(got), len(wantLines)) {
			if got[i] != wantLines[i] {
				t.Fatalf("README.md's %s differs from the one new site writes at its line %d:\nREADME:   %q\nnew site: %q\nchange both together", w.name, i+1, got[i], wantLines[i])
			}
		}
		t.Fatalf("README.md's %s has %d lines, the one new site writes %d; change both together", w.name, len(got), len(wantLines))
	}
}

// TestREADMEWorkflows: every workflow that new site writes and the README
// shows (pages.yml, import.yml and mail.yml) is
// valid for actionlint, when it is installed, gives each job a
// timeout-minutes (a fetch or a mail server that hangs would otherwise
// hold a runner for 6 hours) and keeps two runs of a workflow that pushes
// or deploys from racing (concurrency:).
func TestREADMEWorkflows(t *testing.T) {
	dir := t.TempDir()
	for name, workflow := range map[string]string{
		"pages.yml":  pagesWorkflow(""),
		"import.yml": importWorkflow(""),
		"mail.yml":   mailWorkflow(""),
	} {
		var w struct {
			Concurrency any
			Jobs        map[string]map[string]any
		}
		if err := yaml.Unmarshal([]byte(workflow), &w); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if w.Concurrency == nil {
			t.Errorf("%s has no concurrency:, so two runs can race", name)
		}
		for job, def := range w.Jobs {
			if _, ok := def["timeout-minutes"]; !ok {
				t.Errorf("%s: the job %s has no timeout-minutes", name, job)
			}
		}
		file := filepath.Join(dir, strings.ReplaceAll(name, " ", "-")+".yml")
		if err := os.WriteFile(file, []byte(workflow), 0o644); err != nil {
			t.Fatal(err)
		}
		actionlint(t, file)
	}
}

// TestScheduledMailNotDropped: the daily email goes out from a workflow
// that no push can cancel. GitHub keeps one waiting run per concurrency
// group and cancels it when another queues, so the mail workflow
// runs on its own schedule in a group of its own, which neither the
// deploy workflow (new site's pages.yml) nor a push's run can share, and
// the deploy holds no mail job; the mail workflow waits for a deploy of
// its commit, so the email's links work.
func TestScheduledMailNotDropped(t *testing.T) {
	mail := mailWorkflow("")
	type workflow struct {
		On          map[string]any
		Concurrency struct{ Group string }
		Jobs        map[string]struct {
			Concurrency any
			Steps       []struct{ Run string }
		}
	}
	var pages, m workflow
	if err := yaml.Unmarshal([]byte(pagesWorkflow("")), &pages); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal([]byte(mail), &m); err != nil {
		t.Fatal(err)
	}
	for name, job := range pages.Jobs {
		for _, s := range job.Steps {
			if strings.Contains(s.Run, "paperboy mail") {
				t.Errorf("pages.yml's job %s mails: a push's run would cancel it with the waiting daily run", name)
			}
		}
	}
	if _, ok := m.On["push"]; ok {
		t.Error("mail.yml runs on push")
	}
	if _, ok := m.On["schedule"]; !ok {
		t.Error("mail.yml has no schedule")
	}
	if g := m.Concurrency.Group; g == "" || strings.Contains(pages.Concurrency.Group, "'"+g+"'") || strings.Contains(g, "${{") {
		t.Errorf("mail.yml's concurrency group is %q; want a fixed one of its own, not pages.yml's (%s)", g, pages.Concurrency.Group)
	}
	var sends, waits bool
	for _, job := range m.Jobs {
		if job.Concurrency != nil {
			t.Error("a job of mail.yml has a concurrency group of its own, in which a run could be cancelled")
		}
		for _, s := range job.Steps {
			waits = waits || strings.Contains(s.Run, "gh run list --workflow pages.yml") && !sends
			// The --dry-run before the wait checks the settings and sends nothing.
			sends = sends || strings.Contains(s.Run, "paperboy mail --send") && !strings.Contains(s.Run, "--dry-run")
		}
	}
	if !sends || !waits {
		t.Errorf("mail.yml sends: %v, waits for pages.yml's deploy before: %v; want both", sends, waits)
	}
}

// actionlint checks the workflow file with actionlint, when it is
// installed (make lint installs it).
func actionlint(t *testing.T, workflow string) {
	t.Helper()
	lint, err := exec.LookPath("actionlint")
	if err != nil {
		lint = filepath.Join(build.Default.GOPATH, "bin", "actionlint")
	}
	if !exists(lint) {
		t.Logf("actionlint is not installed; %s not linted", workflow)
		return
	}
	if out, err := exec.Command(lint, workflow).CombinedOutput(); err != nil {
		t.Errorf("actionlint %s: %v\n%s", workflow, err, out)
	}
}

// TestRepositoryIgnoresWhatBuildsWrite: Paperboy's own .gitignore leaves
// out what a build writes beside public/, as a new site's does.
func TestRepositoryIgnoresWhatBuildsWrite(t *testing.T) {
	data, err := os.ReadFile("../../.gitignore")
	if err != nil {
		t.Fatal(err)
	}
	if advice := gitignoreAdvice(data); advice != "; it leaves out what builds write already" {
		t.Errorf("the repository's .gitignore lacks lines of new site's%s", advice)
	}
}

// TestRepositoryPagesWorkflow: Paperboy's own pages.yml runs when a new
// site's does, and says why in the same words; and actionlint passes it.
func TestRepositoryPagesWorkflow(t *testing.T) {
	const workflow = "../../.github/workflows/pages.yml"
	data, err := os.ReadFile(workflow)
	if err != nil {
		t.Fatal(err)
	}
	triggers := func(yml string) string {
		_, on, _ := strings.Cut(yml, "\non:\n")
		on, _, _ = strings.Cut(on, "\n\n")
		return on
	}
	want := triggers(pagesWorkflow(""))
	if !strings.Contains(want, "schedule:") {
		t.Fatalf("pagesWorkflow's on: is %q; want its triggers, a schedule among them", want)
	}
	if got := triggers(string(data)); got != want {
		t.Errorf("%s's on: is\n%s\nwant the one new site writes (pagesWorkflow):\n%s", workflow, got, want)
	}
	actionlint(t, workflow)
}

// yamlLine is a commented-out YAML setting of a scaffold ("# key: value",
// or a more indented line of a value under it).
var yamlLine = regexp.MustCompile(`^# ( *[A-Za-z][A-Za-z0-9_-]*:( |$)| {3})`)

// uncomment turns every commented-out setting of a scaffold into a setting,
// and says how many lines it changed.
func uncomment(text string) (string, int) {
	var lines []string
	n := 0
	for _, l := range strings.Split(text, "\n") {
		if yamlLine.MatchString(l) {
			l = l[2:]
			n++
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n"), n
}

func TestNewScaffoldsBuild(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	for _, args := range [][]string{
		{"new", "paper", "2410.07166", "-s", dir, "--date", "2024-10-09"},
		{"new", "paper", "my-report", "-s", dir, "--date", "2024-10-09"},
		{"new", "day", "2024-10-09", "-s", dir},
		{"new", "page", "reading-guide", "-s", dir},
	} {
		if code, _, stderr := runCLI(args...); code != 0 {
			t.Fatalf("paperboy %q: %s", args, stderr)
		}
	}
	if code, _, _ := runCLI("new", "paper", "2410.07166", "-s", dir); code != 1 {
		t.Error("new paper overwrote an existing file")
	}
	// Nor does it write a second file beside one saved with .MD, which
	// the build reads as the same source (and a Mac holds as one file).
	writeFile(t, dir, "content/days/2024-10-10.MD", "---\ntitle: Mine\n---\n")
	code, _, stderr := runCLI("new", "day", "2024-10-10", "-s", dir)
	if want := "2024-10-10.md already exists as 2024-10-10.MD; edit it, or choose another name"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("new day beside 2024-10-10.MD: exit %d, %q; want 1 and %q", code, stderr, want)
	}
	// An arXiv URL or a versioned id names the paper by its id, and an
	// OpenReview, ACL Anthology or PubMed address by the venue's.
	for args, want := range map[[2]string]string{
		{"https://openreview.net/forum?id=ZkT9xPqR3a", "content/papers/ZkT9xPqR3a.md"}:        "\nid: \"ZkT9xPqR3a\"\n",
		{"https://aclanthology.org/2024.acl-long.12/", "content/papers/2024.acl-long.12.md"}:  "\nid: \"2024.acl-long.12\"\n",
		{"https://pubmed.ncbi.nlm.nih.gov/37952131/", "content/papers/37952131.md"}:           "\nid: \"37952131\"\n",
		{"https://openreview.net/forum?id=_VjQlMeSB_J", "content/papers/VjQlMeSB_J.md"}:       "\nid: \"VjQlMeSB_J\"\n",
		{"https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/", "content/papers/PMC1234567.md"}: "\nid: \"PMC1234567\"\n",
		{"https://arxiv.org/abs/2410.07167v2", "content/papers/2410.07167.md"}:                "arxiv: \"2410.07167\"\n# arXiv version number (whole number, optional).\nversion: 2\n",
		{"cond-mat/0603029", "content/papers/cond-mat-0603029.md"}:                            "arxiv: \"cond-mat/0603029\"\n# arXiv version number (whole number, optional).\n# version: 1\n",
	} {
		if code, _, stderr := runCLI("new", "paper", args[0], "-s", dir, "--date", "2024-10-09"); code != 0 {
			t.Fatalf("new paper %s: %s", args[0], stderr)
		}
		if data, err := os.ReadFile(filepath.Join(dir, args[1])); err != nil || !strings.Contains(string(data), want) {
			t.Errorf("new paper %s: %s = %v\n%s\nwant it to hold %q", args[0], args[1], err, data, want)
		}
	}
	if code, _, stderr := runCLI("build", "-s", dir); code != 0 {
		t.Fatalf("scaffolded site does not build: %s", stderr)
	}

	// With every optional field uncommented, the paper still builds (as a
	// draft: the scaffold documents draft: true), and shows its figure.
	path := filepath.Join(dir, "content", "papers", "2410.07166.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	all, n := uncomment(string(data))
	if n < 12 {
		t.Fatalf("uncommented %d lines of the new paper; the pattern no longer finds its fields", n)
	}
	writeFile(t, dir, "content/papers/2410.07166.md", all)
	if code, _, stderr := runCLI("build", "-s", dir, "--drafts", "-q"); code != 0 {
		t.Fatalf("the new paper with every field uncommented does not build: %s", stderr)
	}
	page, err := os.ReadFile(filepath.Join(dir, "public", "papers", "2410.07166", "index.html"))
	if want := `<img src="https://example.org/figure-1.png" alt="What the figure shows"`; err != nil || !strings.Contains(string(page), want) {
		t.Errorf("the paper page (%v) lacks %s", err, want)
	}
	// The new page is a draft, in the header's menu, with every optional
	// field uncommented.
	data, err = os.ReadFile(filepath.Join(dir, "content", "pages", "reading-guide.md"))
	if err != nil {
		t.Fatal(err)
	}
	all, n = uncomment(string(data))
	if n < 4 {
		t.Fatalf("uncommented %d lines of the new page; the pattern no longer finds its fields", n)
	}
	writeFile(t, dir, "content/pages/reading-guide.md", all)
	if code, _, stderr := runCLI("build", "-s", dir, "--drafts", "-q"); code != 0 {
		t.Fatalf("the new page with every field uncommented does not build: %s", stderr)
	}
	home, err := os.ReadFile(filepath.Join(dir, "public", "index.html"))
	if want := `<li><a href="/repo/reading-guide/" lang="fr">Reading guide</a></li>`; err != nil || !strings.Contains(string(home), want) {
		t.Errorf("the home page (%v) lacks %s", err, want)
	}
	for _, name := range []string{"Papers", "topics/x", "index", "!!!", "Search"} {
		if code, _, stderr := runCLI("new", "page", name, "-s", dir); code != 2 || !strings.Contains(stderr, "new page: ") {
			t.Errorf("new page %q: exit %d, %q; want a usage error", name, code, stderr)
		}
	}
	// A name that goes up a folder is told so, not that its address is
	// empty.
	for _, name := range []string{"../../x", "a/../../x", ".."} {
		if code, _, stderr := runCLI("new", "page", name, "-s", dir); code != 2 || !strings.Contains(stderr, "goes up a folder with .., and a page's name is its path under content/pages/; name it without ..") {
			t.Errorf("new page %q: exit %d, %q; want a usage error saying the name goes up a folder", name, code, stderr)
		}
	}
	// A title for the name: the page is at its slug, with that title; its
	// math read as the words the title shows, not spelt as dollars and
	// backslashes.
	for name, want := range map[string]string{"Getting Started": "getting-started", "guide/C++ notes": "guide/c-plus-plus-notes", "Über uns": "über-uns",
		`Notes on $\varepsilon$-nets and $O(n \log n)$ sorting`: "notes-on-ε-nets-and-o-n-log-n-sorting"} {
		code, stdout, stderr := runCLI("new", "page", name, "-s", dir)
		file := filepath.Join(dir, "content", "pages", filepath.FromSlash(want)+".md")
		data, err := os.ReadFile(file)
		title := name[strings.LastIndex(name, "/")+1:]
		if code != 0 || err != nil || !strings.Contains(string(data), fmt.Sprintf("\ntitle: %q\n", title)) {
			t.Errorf("new page %q: exit %d, %q %q; %s: %v\n%s", name, code, stdout, stderr, file, err, data)
		}
	}
}

// TestNewTodayYesterday: new day and new paper --date take today,
// yesterday and tomorrow (the next day's intro, written ahead) as days
// in UTC, as import and mail do, and a new paper without --date is of
// today in UTC.
func TestNewTodayYesterday(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2025, 1, 1, 2, 30, 0, 0, time.FixedZone("-05", -5*3600)) } // January 1, 07:30 UTC
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	for _, tt := range []struct {
		args       []string
		file, want string
	}{
		{[]string{"new", "day", "today"}, "content/days/2025-01-01.md", "date: 2025-01-01"},
		{[]string{"new", "day", "yesterday"}, "content/days/2024-12-31.md", "date: 2024-12-31"},
		{[]string{"new", "day", "tomorrow"}, "content/days/2025-01-02.md", "date: 2025-01-02"},
		{[]string{"new", "paper", "2501.00001", "--date", "yesterday"}, "content/papers/2501.00001.md", "\ndate: 2024-12-31\n"},
		{[]string{"new", "paper", "2501.00002"}, "content/papers/2501.00002.md", "\ndate: 2025-01-01\n"},
	} {
		if code, _, stderr := runCLI(append(tt.args, "-s", dir)...); code != 0 {
			t.Errorf("paperboy %q: exit %d, %s", tt.args, code, stderr)
			continue
		}
		if data, err := os.ReadFile(filepath.Join(dir, tt.file)); err != nil || !strings.Contains(string(data), tt.want) {
			t.Errorf("paperboy %q: %s = %v\n%s\nwant it to hold %q", tt.args, tt.file, err, data, tt.want)
		}
	}
}

// TestNewPaperExisting: new paper refuses an id a paper of the site
// already has, wherever its file is (a bundle of another name, a file
// with id:), and names it; papers that do not parse do not stop it.
func TestNewPaperExisting(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runCLI("new", "site", dir); code != 0 {
		t.Fatal(stderr)
	}
	writeFile(t, dir, "content/papers/2024-05-attention/index.md", "---\ntitle: Flash\narxiv: '2205.14135'\ntopics: 5\n---\nNotes.\n")
	writeFile(t, dir, "content/papers/notes/smith.md", "---\ntitle: Report\nid: smith-2024\n---\n")
	writeFile(t, dir, "content/papers/broken.md", "---\ntitle: [unclosed\n---\n")
	for id, at := range map[string]string{
		"2205.14135":                         filepath.Join(dir, "content/papers/2024-05-attention/index.md") + ":3",
		"https://arxiv.org/abs/2205.14135v2": filepath.Join(dir, "content/papers/2024-05-attention/index.md") + ":3",
		"smith-2024":                         filepath.Join(dir, "content/papers/notes/smith.md") + ":3",
	} {
		code, _, stderr := runCLI("new", "paper", id, "-s", dir)
		if want := "is already the paper " + at + "; edit it there"; code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("new paper %s: exit %d, %q; want 1 and %q", id, code, stderr, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "papers", "2205.14135.md")); err == nil {
		t.Error("new paper wrote a second 2205.14135")
	}
	if code, _, stderr := runCLI("new", "paper", "2112.10752", "-s", dir); code != 0 {
		t.Errorf("new paper beside a paper that does not parse: exit %d, %s", code, stderr)
	}
}

func TestVersion(t *testing.T) {
	for _, tc := range []struct{ main, want string }{
		{"", version},
		{"(devel)", version},
		{"v0.0.0-20261202002125-4d04c187cd8c+dirty", version},                       // local changes: the commit line says it
		{"v0.0.0-20261202002125-4d04c187cd8c", "0.0.0-20261202002125-4d04c187cd8c"}, // go install …@latest between releases
		{"v0.3.2-0.20261202002125-4d04c187cd8c", "0.3.2-0.20261202002125-4d04c187cd8c"},
		{"v0.3.1", "0.3.1"}, // go install …@v0.3.1
		{"v0.4.0-rc.1", "0.4.0-rc.1"},
	} {
		if got := releaseOf(&debug.BuildInfo{Main: debug.Module{Version: tc.main}}); got != tc.want {
			t.Errorf("releaseOf(%q) = %q, want %q", tc.main, got, tc.want)
		}
	}
	if got := releaseOf(nil); got != version {
		t.Errorf("releaseOf(nil) = %q", got)
	}
	platform := runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH
	bi := &debug.BuildInfo{Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "4d04c187cd8c0123456789abcdef0123456789ab"},
		{Key: "vcs.time", Value: "2026-12-02T00:21:25Z"},
		{Key: "vcs.modified", Value: "true"},
	}}
	if got, want := buildOf(bi), "commit 4d04c187cd8c of 2026-12-02T00:21:25Z with local changes, built with "+platform; got != want {
		t.Errorf("buildOf = %q, want %q", got, want)
	}
	if got, want := buildOf(&debug.BuildInfo{}), "built with "+platform; got != want {
		t.Errorf("buildOf without VCS = %q, want %q", got, want)
	}
	code, out, _ := runCLI("version")
	if lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); code != 0 || len(lines) != 2 || lines[0] != "paperboy "+releaseOf(mustBuildInfo(t)) {
		t.Errorf("paperboy version: exit %d, %q; want the version, then the build", code, out)
	}
}

// TestWorkflowRelease: new site's workflow installs the Paperboy that made
// the site, whenever go install can fetch it: its release, or the commit
// of the checkout it was built in (saying that local changes are not in
// it); only a build with neither installs @latest, and says to pin one.
func TestWorkflowRelease(t *testing.T) {
	const commit = "4d04c187cd8c0123456789abcdef0123456789ab"
	built := func(main string, modified bool) *debug.BuildInfo {
		return &debug.BuildInfo{Main: debug.Module{Version: main}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: commit}, {Key: "vcs.modified", Value: strconv.FormatBool(modified)},
		}}
	}
	for _, tc := range []struct {
		name       string
		bi         *debug.BuildInfo
		link       string // the version set at link time, if any
		want, note string // note: a part of it, or "" for none
	}{
		{"go install of a release", &debug.BuildInfo{Main: debug.Module{Version: "v0.3.1"}}, "", "v0.3.1", ""},
		{"go install between releases", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261202002125-4d04c187cd8c"}}, "", "v0.0.0-20261202002125-4d04c187cd8c", ""},
		{"a release's version set at link time", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "0.4.0", "v0.4.0", ""},
		{"a clean checkout", built("v0.0.0-20261202002125-4d04c187cd8c", false), "", "v0.0.0-20261202002125-4d04c187cd8c", ""},
		{"a checkout with local changes", built("v0.0.0-20261202002125-4d04c187cd8c+dirty", true), "",
			"v0.0.0-20261202002125-4d04c187cd8c", "@v0.0.0-20261202002125-4d04c187cd8c, the commit this paperboy was built from, without its checkout's local changes"},
		{"a checkout, no version stamped", built("(devel)", false), "", commit, ""},
		{"a checkout with local changes, no version stamped", built("(devel)", true), "", commit, "without its checkout's local changes"},
		{"no git information", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "", "latest", "the newest Paperboy at each run (@latest), since this paperboy has no version to name"},
		{"no build information", nil, "", "latest", "replace latest in each with the release you preview with"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.link != "" {
				defer func(v string) { version = v }(version)
				version = tc.link
			}
			got, note := workflowRelease(tc.bi)
			if got != tc.want || (tc.note == "") != (note == "") || !strings.Contains(note, tc.note) {
				t.Errorf("workflowRelease = %q, %q; want %q and a note with %q", got, note, tc.want, tc.note)
			}
		})
	}
}

func mustBuildInfo(t *testing.T) *debug.BuildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		t.Skip("no build information in the test binary")
	}
	return bi
}

// TestInsideSite: build, check, serve, new, import and mail run in a folder
// inside a site (content/papers/) name the site's folder to run them in,
// as a path from the current folder (what cd and --source take, not a path
// from --source), and write nothing.
func TestInsideSite(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "site")
	if code, _, stderr := runCLI("new", "site", dir); code != 0 {
		t.Fatalf("new site: %s", stderr)
	}
	inside := filepath.Join(dir, "content", "papers")
	sample, err := filepath.Abs(importSample)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ cwd, source, want string }{
		{inside, ".", " inside the site " + filepath.Join("..", "..") + "; run paperboy there (cd " + filepath.Join("..", "..") + ")"},
		{parent, inside, " inside the site " + dir + "; run "},
		{parent, filepath.Join("site", "content"), " inside the site site; run paperboy there (cd site), or pass --source site"},
		{dir, filepath.Join("content", "papers"), " is a folder inside the site in the current folder; pass --source . or leave --source out"},
	} {
		t.Chdir(tt.cwd)
		for _, args := range [][]string{
			{"build", "-s", tt.source},
			{"check", "-s", tt.source},
			{"serve", "--port", "0", "-s", tt.source},
			{"new", "paper", "2405.15738", "-s", tt.source},
			{"import", "hf", sample, "-s", tt.source},
			{"mail", "--out", filepath.Join(t.TempDir(), "m.eml"), "-s", tt.source},
		} {
			code, _, stderr := runCLI(args...)
			if code != 1 || !strings.Contains(stderr, "site.yaml: not found: ") || !strings.Contains(stderr, tt.want) {
				t.Errorf("in %s, paperboy %q: exit %d, %q; want 1 and %q", tt.cwd, args, code, stderr, tt.want)
			}
		}
	}
	if entries, _ := os.ReadDir(inside); len(entries) != 0 {
		t.Errorf("commands run inside the site wrote %d entries in %s", len(entries), inside)
	}
}

// TestNewSiteBranch: in a git repository on a branch other than main (a
// worktree's too), new site writes pages.yml to publish pushes to that
// branch and says so; in a folder of no repository, it publishes main and
// says to push the folder as main.
func TestNewSiteBranch(t *testing.T) {
	repo := t.TempDir()
	write := func(p, text string) { t.Helper(); writeFile(t, "", p, text) }
	write(filepath.Join(repo, ".git", "HEAD"), "ref: refs/heads/master\n")
	write(filepath.Join(repo, "wt", ".git"), "gitdir: ../.git/worktrees/wt\n")
	write(filepath.Join(repo, ".git", "worktrees", "wt", "HEAD"), "ref: refs/heads/gh-digest\n")
	write(filepath.Join(repo, "detached", ".git", "HEAD"), "3f1c0a2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a\n")
	// A site in a folder of a repository has its workflows at the top of
	// the repository, where GitHub reads them, running in its folder.
	alone := t.TempDir()
	for _, tt := range []struct{ dir, top, branch, says string }{
		{filepath.Join(repo, "site"), repo, "master", "publishes pushes to master, the branch this repository is on"},
		{filepath.Join(repo, "wt", "site"), filepath.Join(repo, "wt"), "gh-digest", "publishes pushes to gh-digest"},
		{filepath.Join(repo, "detached", "site"), filepath.Join(repo, "detached"), "main", "run in the site's folder, site"},
		{filepath.Join(alone, "site"), filepath.Join(alone, "site"), "main", "git branch -M main"},
	} {
		code, out, stderr := runCLI("new", "site", tt.dir)
		if code != 0 {
			t.Fatalf("new site %s: exit %d: %s", tt.dir, code, stderr)
		}
		data, _ := os.ReadFile(filepath.Join(tt.top, ".github", "workflows", "pages.yml"))
		if want := "branches: [" + tt.branch + "]"; !strings.Contains(string(data), want) {
			t.Errorf("%s: pages.yml has no %q", tt.dir, want)
		}
		inFolder := strings.Contains(string(data), "working-directory: site # the site's folder in the repository") && strings.Contains(string(data), "path: site/public\n")
		if inFolder != (tt.top != tt.dir) {
			t.Errorf("%s: pages.yml runs in the folder site: %v, want %v:\n%s", tt.dir, inFolder, tt.top != tt.dir, data)
		}
		if !strings.Contains(out, tt.says) {
			t.Errorf("%s: new site does not say %q:\n%s", tt.dir, tt.says, out)
		}
	}
}
