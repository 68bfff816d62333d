package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/themes"
)

func TestCheckSampleSite(t *testing.T) {
	code, out, stderr := runCLI("check", "-s", "../..")
	if code != 0 {
		t.Fatalf("check of the sample site: exit %d\n%s%s", code, out, stderr)
	}
}

func TestCheckReportsEachProblem(t *testing.T) {
	site := map[string]string{
		"content/site.yaml":        "title: T\nbaseURL: https://example.org/repo/\nunsafeHTML: true\ntheme: mine\nlanguage: it\n",
		"themes/mine/i18n/it.yaml": "abstract: Sommario\n",
		"themes/mine/i18n/en.yaml": "# mine\ntrendingThisWek: Hot this week\nlabMotto: Papers we read\nlabPapers:\n  one: \"{{.Count}} lab paper\"\n  other: \"{{.Count}} lab papers\"\n",
		// A message of the theme's own, named like a built-in one, that a
		// template shows: no misspelling.
		"themes/mine/email/digest.txt": "{{T \"labPapers\" 3}}\n",
		"content/papers/a.md": "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
			"See [a missing paper](/repo/papers/2401.99999/) and [a missing part](/repo/papers/2401.00001/#nope).\n\n" +
			"<span id=\"twice\">one</span> <span id=\"twice\">two</span>\n",
		"content/days/2024-01-01.md":       "---\ntitle: New year\n---\n\nStart with\n[the guide](/repo/guide/).\n",
		"themes/mine/templates/dya.html":   "{{define \"main\"}}{{end}}\n",
		"themes/mine/templates/about.html": "{{define \"main\"}}{{end}}\n",
		// A theme published as a repository of its own carries these.
		"themes/mine/README.md": "# Mine\n", "themes/mine/LICENSE": "MIT\n", "themes/mine/images/screenshot.png": "png",
		"themes/mine/.github/workflows/ci.yml": "on: push\n",
		"content/papers/notes.markdown":        "---\ntitle: Not read\n---\n",
		"content/papers/_ideas.txt":            "skipped without a word\n",
	}
	dir := writeSite(t, site)
	code, out, _ := runCLI("check", "-s", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	// Links written in Markdown are reported where they are written, as
	// is an id written twice.
	for _, want := range []string{
		"content/papers/a.md:6: the link /repo/papers/2401.99999/ is broken: no such file papers/2401.99999/index.html; fix it or remove it",
		`content/papers/a.md:6: the link /repo/papers/2401.00001/#nope is broken: no element with id "nope" on the page`,
		"content/days/2024-01-01.md:6: the link /repo/guide/ is broken: no such file guide/index.html",
		`content/papers/a.md:8: the id "twice" is used by more than one element, so links to it are ambiguous; give each element an id of its own`,
		"themes/mine/templates/dya.html: no build reads this theme file: dya is not a page kind; did you mean templates/day.html?",
		"themes/mine/templates/about.html: no build reads this theme file: about is not a page kind (home, ",
		"a theme cannot add pages of its own; write the page in content/pages/about.md, which templates/page.html shows, or delete the file",
		"content/papers/notes.markdown: no build reads this file: only .md files are sources here",
		"themes/mine/i18n/it.yaml: ",
		" messages are not translated into it and show in English: ",
		"themes/mine/i18n/en.yaml:2: trendingThisWek is a new message, and no built-in one; did you mean trendingThisWeek, to replace the built-in text?",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "labPapers is a new message") {
		t.Errorf("check calls labPapers misspelt, which a template shows:\n%s", out)
	}
	// Every message the translation lacks is named, the theme's own too.
	for _, id := range []string{"labPapers", "weekShort", "withdrawn"} {
		if !strings.Contains(out, ", "+id) {
			t.Errorf("check does not name %s among the untranslated messages:\n%s", id, out)
		}
	}
	// In GitHub Actions each is also an annotation at its file and line,
	// the path from the repository's root.
	t.Setenv("GITHUB_ACTIONS", "true")
	_, out, _ = runCLI("check", "-s", dir)
	for _, want := range []string{
		"::error file=" + strings.ReplaceAll(filepath.ToSlash(dir), ":", "%3A") + "/content/days/2024-01-01.md,line=6,title=paperboy check%3A link::the link /repo/guide/ is broken: no such file guide/index.html",
		"::error file=" + strings.ReplaceAll(filepath.ToSlash(dir), ":", "%3A") + "/themes/mine/templates/dya.html,title=paperboy check%3A orphan::no build reads this theme file",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check in GitHub Actions lacks %q:\n%s", want, out)
		}
	}
	t.Setenv("GITHUB_WORKSPACE", dir)
	if got := workflowCommand("error", "check", dir, generator.Problem{Kind: "source", Path: "content/days/2024-01-01.md", Line: 3, Msg: "50% off,\nnow: x"}); got != "::error file=content/days/2024-01-01.md,line=3,title=paperboy check%3A source::50%25 off,%0Anow: x" {
		t.Errorf("workflowCommand = %q", got)
	}
	// A site in a folder of the repository, checked from there or from
	// beside it: the path is still the one from the repository's root.
	t.Setenv("GITHUB_WORKSPACE", filepath.Dir(dir))
	_, out, _ = runCLI("check", "-s", dir)
	if want := "::error file=" + filepath.Base(dir) + "/content/days/2024-01-01.md,line=6,"; !strings.Contains(out, want) {
		t.Errorf("check of a site in a folder of the repository lacks %q:\n%s", want, out)
	}
	t.Setenv("GITHUB_WORKSPACE", "")
	t.Setenv("GITHUB_ACTIONS", "")
	code, out, _ = runCLI("check", "-s", dir, "--json")
	var problems []map[string]any
	if err := json.Unmarshal([]byte(out), &problems); err != nil || code != 1 || len(problems) != 9 {
		t.Errorf("--json: exit %d, %d problems, err %v:\n%s", code, len(problems), err, out)
	}
	// In GitHub Actions --json's stdout stays JSON; the annotations go
	// to stderr, where GitHub reads workflow commands too.
	t.Setenv("GITHUB_ACTIONS", "true")
	code, out, errOut := runCLI("check", "-s", dir, "--json")
	t.Setenv("GITHUB_ACTIONS", "")
	if err := json.Unmarshal([]byte(out), &problems); err != nil || code != 1 || len(problems) != 9 {
		t.Errorf("--json in GitHub Actions: exit %d, %d problems, err %v:\n%s", code, len(problems), err, out)
	}
	if want := "/content/days/2024-01-01.md,line=6,title=paperboy check%3A link::"; !strings.Contains(errOut, want) {
		t.Errorf("--json in GitHub Actions: stderr lacks the annotation %q:\n%s", want, errOut)
	}

	// A duplicate paper id is a source error, reported with both places.
	site["content/papers/b.md"] = "---\ntitle: B\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"
	dir = writeSite(t, site)
	code, out, _ = runCLI("check", "-s", dir)
	if code != 1 || !strings.Contains(out, `content/papers/b.md:3: paper id "2401.00001" is already used by content/papers/a.md:3`) {
		t.Errorf("duplicate id: exit %d:\n%s", code, out)
	}
}

// TestCheckNamesNewPaperPlaceholders: a paper made by new paper and
// published as it is gets a check problem at its title's and its
// authors' lines, though it builds, and so do its abstract and the text
// of a page made by new page once it is no draft, and of a day made by
// new day, at their lines; build
// warns of each in the same words.
func TestCheckNamesNewPaperPlaceholders(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	if code, _, stderr := runCLI("new", "-s", dir, "paper", "2405.99999", "--date", "2024-05-28"); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCLI("new", "-s", dir, "page", "about"); code != 0 {
		t.Fatal(stderr)
	}
	if code, _, stderr := runCLI("new", "-s", dir, "day", "2024-05-28"); code != 0 {
		t.Fatal(stderr)
	}
	page := filepath.Join(dir, "content", "pages", "about.md")
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, bytes.Replace(data, []byte("draft: true\n"), nil, 1), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir) // paths from the site folder, as the messages name them there
	code, stdout, _ := runCLI("check")
	wants := []string{
		`content/papers/2405.99999.md:3: the title is still "Title of the paper", which paperboy new paper wrote; write the paper's own, or mark the paper draft: true until then`,
		`content/papers/2405.99999.md:18: the authors "First Author", "Second Author" are still those paperboy new paper wrote; write the paper's own, or mark the paper draft: true until then`,
		`content/papers/2405.99999.md:75: the abstract is still the text paperboy new paper wrote ("The abstract, in Markdown. …"); write the paper's abstract in its place, or mark it draft: true until then`,
		`content/pages/about.md:31: the page's text is still what paperboy new page wrote ("Write the page in Markdown: …"); write the page's own in its place, or put back draft: true until then`,
		`content/days/2024-05-28.md:28: the day's intro is still the text paperboy new day wrote ("An introduction to the day, in Markdown (optional)."); write the day's own, or delete the line: a day needs no intro`,
	}
	for _, want := range wants {
		if code != 1 || !strings.Contains(stdout, want) {
			t.Errorf("check: exit %d\n%s\nwant 1 and %s", code, stdout, want)
		}
	}
	// Nothing else: the text new wrote is told once, as what to replace,
	// not also for what it shows (its $$ is in code, not an open formula).
	if got := strings.Count(stdout, "\n"); got != len(wants) {
		t.Errorf("check: %d lines\n%s\nwant only the %d placeholders'", got, stdout, len(wants))
	}
	// build publishes them, and warns of each.
	code, _, stderr := runCLI("build")
	for _, want := range wants {
		if code != 0 || !strings.Contains(stderr, "warning: "+want) {
			t.Errorf("build: exit %d\n%s\nwant 0 and the warning %s", code, stderr, want)
		}
	}
}

// TestCheckNotesDoNotFail: a note (a short topic shown title-cased) is
// printed, in GitHub Actions as a ::notice, and counted apart from
// problems, but check exits 0; -q leaves it out.
func TestCheckNotesDoNotFail(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"content/site.yaml":   "title: T\nbaseURL: https://example.org/digest/\n",
		"content/papers/a.md": "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\ntopics: [nlp]\n---\nA.\n",
	})
	t.Chdir(dir) // paths from the site folder, as the messages name them there
	code, out, stderr := runCLI("check")
	if code != 0 || !strings.HasPrefix(out, "content/site.yaml: note: nlp shown as Nlp (content/papers/a.md:6)") || stderr != "check: no problems found, 1 note\n" {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
	if code, out, stderr := runCLI("check", "-q"); code != 0 || out != "" || stderr != "" {
		t.Errorf("-q: exit %d\n%s%s", code, out, stderr)
	}
	t.Setenv("GITHUB_ACTIONS", "true")
	if _, out, _ := runCLI("check"); !strings.Contains(out, "\n::notice file=") {
		t.Errorf("in GitHub Actions, no ::notice:\n%s", out)
	}
}

// TestCheckInActionsInjectsNoCommand: a file name with line breaks (a
// pull request can add one) prints no line that starts with "::" but
// check's own annotations: GitHub Actions would run it as a workflow
// command (a fake annotation, ::add-mask::, ::stop-commands::).
func TestCheckInActionsInjectsNoCommand(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows file names hold no line break")
	}
	name := "content/papers/fig\n::warning title=INJECTED::pwned\n.png"
	dir := writeSite(t, map[string]string{
		"content/site.yaml":   "title: T\nbaseURL: https://example.org/digest/\n",
		"content/papers/a.md": "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nA.\n",
		name:                  "x",
	})
	t.Setenv("GITHUB_ACTIONS", "true")
	code, out, stderr := runCLI("check", "-s", dir)
	if code != 1 || !strings.Contains(out, strconv.Quote(filepath.Join(dir, filepath.FromSlash(name)))+": no build reads this file") {
		t.Errorf("exit %d, the path is not quoted:\n%s", code, out)
	}
	for _, line := range strings.Split(out+stderr, "\n") {
		if strings.HasPrefix(strings.TrimLeft(line, " \t"), "::") && !strings.HasPrefix(line, "::error file=") && !strings.HasPrefix(line, "::notice file=") {
			t.Errorf("check prints a workflow command of a file name's: %q", line)
		}
	}
}

// TestCount: check's summary line counts problems and notes, each in the
// singular for one.
func TestCount(t *testing.T) {
	for _, tc := range []struct {
		problems, notes int
		want            string
	}{
		{0, 0, "no problems found"},
		{0, 1, "no problems found, 1 note"},
		{1, 0, "1 problem"},
		{2, 3, "2 problems, 3 notes"},
	} {
		if got := count(tc.problems, tc.notes); got != tc.want {
			t.Errorf("count(%d, %d) = %q, want %q", tc.problems, tc.notes, got, tc.want)
		}
	}
}

// TestCheckGroupsUnchangedFiles: the files of a theme folder identical to
// the built-in ones are one line of check's report, which counts them,
// lists them by folder and gives the command that deletes exactly those;
// a folder with one such file keeps its line; --json and GitHub Actions'
// annotations keep one a file.
func TestCheckGroupsUnchangedFiles(t *testing.T) {
	builtin := func(p string) string {
		data, err := fs.ReadFile(themes.Default(), p)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	site := map[string]string{
		"content/site.yaml":                          "title: T\nbaseURL: https://example.org/repo/\ntheme: [mine, lab]\n",
		"content/papers/a.md":                        "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n",
		"themes/mine/templates/week.html":            builtin("templates/week.html"),
		"themes/mine/templates/partials/byline.html": builtin("templates/partials/byline.html"),
		"themes/mine/static/style.css":               builtin("static/style.css"),
		"themes/mine/static/copy.js":                 builtin("static/copy.js") + "// mine\n",
		"themes/lab/i18n/de.yaml":                    builtin("i18n/de.yaml"),
	}
	dir := writeSite(t, site)
	code, out, stderr := runCLI("check", "-s", dir)
	want := filepath.Join(dir, "themes", "mine") + ": 3 files are identical to the built-in ones, which the build takes without them; " +
		"delete them, so that the site keeps getting the built-in files' fixes when you update Paperboy (check --json names each): " +
		"static/: style.css; templates/: week.html; templates/partials/: byline.html; " +
		"in a shell, in the site's folder: (cd themes/mine && rm static/style.css templates/partials/byline.html templates/week.html)\n" +
		filepath.Join(dir, "themes", "lab", "i18n", "de.yaml") + ": identical to the built-in i18n/de.yaml, which the build takes without it; delete it, so that the site keeps getting the built-in file's fixes when you update Paperboy\n"
	if code != 1 || out != want || !strings.HasSuffix(stderr, "check: 2 problems\n") {
		t.Errorf("check: exit %d, printed\n%s%s\nwant exit 1 and\n%scheck: 2 problems", code, out, stderr, want)
	}

	code, out, _ = runCLI("check", "-s", dir, "--json")
	var problems []generator.Problem
	if err := json.Unmarshal([]byte(out), &problems); err != nil || code != 1 || len(problems) != 4 {
		t.Errorf("--json: exit %d, %d problems (want 4, one a file), err %v:\n%s", code, len(problems), err, out)
	}

	t.Setenv("GITHUB_ACTIONS", "true")
	_, out, _ = runCLI("check", "-s", dir)
	if n := strings.Count(out, "::error file="); n != 4 || !strings.Contains(out, "/themes/mine/templates/week.html,title=paperboy check%3A unchanged::identical to the built-in templates/week.html") {
		t.Errorf("check in GitHub Actions: %d annotations, want one a file:\n%s", n, out)
	}
	t.Setenv("GITHUB_ACTIONS", "")

	// The command deletes those files and no other.
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh to run the command in")
	}
	_, line, _ := strings.Cut(want, "in the site's folder: ")
	line, _, _ = strings.Cut(line, "\n")
	c := exec.Command(sh, "-c", line)
	c.Dir = dir
	if msg, err := c.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", line, err, msg)
	}
	var left []string
	for p := range snapshot(t, filepath.Join(dir, "themes")) {
		rel, _ := filepath.Rel(dir, p)
		left = append(left, filepath.ToSlash(rel))
	}
	slices.Sort(left)
	if want := []string{"themes/lab/i18n/de.yaml", "themes/mine/static/copy.js"}; !slices.Equal(left, want) {
		t.Errorf("after the command the themes hold %v, want %v", left, want)
	}
}

// TestCheckNestedWorkflows: the workflows in the .github/workflows/ of a
// site in a folder of a git repository, as an earlier new site wrote them,
// which GitHub never runs, are a problem that says to move them to the
// repository's top and run them in the site's folder, or to delete one
// the top has already; a site at the top of its repository, or in none,
// has its workflows where GitHub reads them.
func TestCheckNestedWorkflows(t *testing.T) {
	repo := t.TempDir()
	writeFile(t, repo, ".git/HEAD", "ref: refs/heads/main\n")
	writeFile(t, repo, ".github/workflows/import.yml", "name: import\n")
	site := filepath.Join(repo, "digest")
	for p, s := range goodSite {
		writeFile(t, site, p, s)
	}
	writeFile(t, site, ".github/workflows/pages.yml", "name: pages\n")
	writeFile(t, site, ".github/workflows/import.yml", "name: import\n")
	code, out, _ := runCLI("check", "-s", site)
	for _, want := range []string{
		".github/workflows: GitHub runs only the workflows in .github/workflows/ at the top of the repository, and the site is in its folder digest, so import.yml and pages.yml here never run; ",
		"move it there (mkdir -p " + filepath.Join("..", ".github", "workflows") + " && mv " + filepath.Join(".github", "workflows", "pages.yml") + " " + filepath.Join("..", ".github", "workflows") +
			") and give each `defaults: run: working-directory: digest`, and pages.yml's upload `path: digest/public`",
		"; " + filepath.Join("..", ".github", "workflows") + " has its own import.yml: carry over any change of yours, then delete this one (rm " + filepath.Join(".github", "workflows", "import.yml") + ")\n",
	} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("check of a site in a folder of a repository: exit %d, printed:\n%s\nwant 1 and %q", code, out, want)
		}
	}
	top := writeSite(t, goodSite)
	writeFile(t, top, ".git/HEAD", "ref: refs/heads/main\n")
	writeFile(t, top, ".github/workflows/pages.yml", "name: pages\n")
	alone := writeSite(t, goodSite)
	writeFile(t, alone, ".github/workflows/pages.yml", "name: pages\n")
	for _, dir := range []string{top, alone} {
		if code, out, _ := runCLI("check", "-s", dir); code != 0 || strings.Contains(out, "GitHub runs only") {
			t.Errorf("check of %s: exit %d, printed:\n%s\nwant 0 and nothing of its workflows", dir, code, out)
		}
	}
}

// TestCheckWorkflowBranch: a workflow that names the branch main, as an
// earlier new site wrote them all, in a repository with no branch main
// (on master) is a problem at its first such line that names the others
// and the branch to write; with a branch main, of its own or origin's,
// there is none.
func TestCheckWorkflowBranch(t *testing.T) {
	dir := writeSite(t, goodSite)
	writeFile(t, dir, ".git/HEAD", "ref: refs/heads/master\n")
	writeFile(t, dir, ".git/refs/heads/master", "3f1c0a2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a\n")
	writeFile(t, dir, ".github/workflows/pages.yml", "on:\n  push:\n    branches: [main]\n")
	writeFile(t, dir, ".github/workflows/import.yml", "run: |\n  git fetch -q origin main && git reset -q --hard origin/main\n  git push -q origin HEAD:main\n")
	writeFile(t, dir, ".github/workflows/lint.yml", "on: [pull_request]\n")
	code, out, _ := runCLI("check", "-s", dir)
	for _, want := range []string{
		".github/workflows/import.yml:2: names the branch main (lines 2 and 3), and the repository has no branch main: its branch is master; write master in place of main there",
		".github/workflows/pages.yml:3: names the branch main (line 3), ",
	} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("check on master: exit %d, printed:\n%s\nwant 1 and %q", code, out, want)
		}
	}
	if strings.Contains(out, "lint.yml") {
		t.Errorf("check names lint.yml, which names no branch:\n%s", out)
	}
	for _, ref := range []string{".git/refs/heads/main", ".git/refs/remotes/origin/main"} {
		writeFile(t, dir, ref, "3f1c0a2b9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a\n")
		if code, out, _ := runCLI("check", "-s", dir); code != 0 || strings.Contains(out, "branch main") {
			t.Errorf("check with %s: exit %d, printed:\n%s\nwant 0 and nothing of the branch", ref, code, out)
		}
		os.Remove(filepath.Join(dir, filepath.FromSlash(ref)))
	}
}

// TestCheckComparesWithPublic: check compares the site with the one build
// wrote into public/ before, as build does: a baseURL moved and a paper's
// feed item id changed fail it with the line that keeps the ids; an
// unchanged site does not.
func TestCheckComparesWithPublic(t *testing.T) {
	const (
		yml   = "title: T\nbaseURL: https://example.org/digest/\n"
		paper = "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nA.\n"
	)
	for _, c := range []struct {
		name, yml, paper, want string
	}{
		{"unchanged", yml, paper, ""},
		{"baseURL moved", "title: T\nbaseURL: https://papers.example.org/\ndomain: papers.example.org\n", paper,
			"content/site.yaml:2: baseURL is https://papers.example.org/, and the site built before was at https://example.org/digest/; its feeds' item ids are made from the address, so every reader would get each item again as new: write `feedIDBase: https://example.org/digest/`"},
		{"feed id changed", yml, strings.Replace(paper, "date:", "aliases: [/notes/a/]\ndate:", 1),
			"content/papers/a.md:5: its feed items now have the id https://example.org/digest/notes/a/, and the feeds of the site built before gave them https://example.org/digest/papers/2401.00001/"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeSite(t, map[string]string{"content/site.yaml": yml, "content/papers/a.md": paper})
			if code, out, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
				t.Fatalf("build: exit %d\n%s%s", code, out, stderr)
			}
			for name, data := range map[string]string{"content/site.yaml": c.yml, "content/papers/a.md": c.paper} {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			code, out, stderr := runCLI("check", "-q")
			if c.want == "" && (code != 0 || out != "") || c.want != "" && (code != 1 || !strings.Contains(out, c.want)) {
				t.Errorf("exit %d\n%s%s\nwant: %q", code, out, stderr, c.want)
			}
		})
	}
}

// TestCheckJSONWithoutSite: check --json where there is no site (a CI
// step's wrong -s) still prints a JSON array, one problem of kind setup
// naming what is wrong, so that a bot reading stdout can report it; the
// exit status is 1, as for any command that fails.
func TestCheckJSONWithoutSite(t *testing.T) {
	code, out, stderr := runCLI("check", "--json", "-s", t.TempDir())
	var got []generator.Problem
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got) != 1 || !strings.Contains(got[0].Path+got[0].Msg, "site.yaml") || code != 1 {
		t.Errorf("check --json with no site: exit %d, stdout %q (%v), stderr %q; want exit 1 and one problem naming site.yaml", code, out, err, stderr)
	}
}
