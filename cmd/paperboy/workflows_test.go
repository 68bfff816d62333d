package main

import (
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator"
)

// TestMailWorkflowOffUntilSecrets: the mail.yml that new site writes
// sends nothing until the secrets it sends with are set. Its mail job
// runs only when the settings job says they are, and that job's script,
// run by bash, checks every secret the mail job uses: with one missing,
// a daily run succeeds with a notice naming it (no failed run each day on
// a new site) and a run by hand fails with it; with all, it says ready.
func TestMailWorkflowOffUntilSecrets(t *testing.T) {
	var w struct {
		Jobs map[string]struct {
			Needs   string
			If      string
			Outputs map[string]string
			Steps   []struct {
				ID  string
				Env map[string]string
				Run string
			}
		}
	}
	if err := yaml.Unmarshal([]byte(mailWorkflow("")), &w); err != nil {
		t.Fatal(err)
	}
	mail, settings := w.Jobs["mail"], w.Jobs["settings"]
	if mail.Needs != "settings" || mail.If != "needs.settings.outputs.ready == 'true'" || len(settings.Steps) != 1 {
		t.Fatalf("mail.yml's mail job needs %q, if %q, and its settings job has %d steps; want it to run only when the one step of settings says ready",
			mail.Needs, mail.If, len(settings.Steps))
	}
	gate := settings.Steps[0]
	var used []string
	secretRE := regexp.MustCompile(`\$\{\{ secrets\.(\w+) \}\}`)
	for _, s := range mail.Steps {
		for _, v := range s.Env {
			if m := secretRE.FindStringSubmatch(v); m != nil && !slices.Contains(used, m[1]) {
				used = append(used, m[1])
			}
		}
	}
	if len(used) < 4 {
		t.Fatalf("the mail job uses the secrets %q; want the SMTP server's and the recipients'", used)
	}
	for _, name := range used {
		if gate.Env[name] != "${{ secrets."+name+" }}" {
			t.Errorf("the settings job does not check the secret %s, which the mail job uses", name)
		}
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the settings job's script")
	}
	run := func(event string, set []string) (out, output string, ok bool) {
		t.Helper()
		file := filepath.Join(t.TempDir(), "output")
		cmd := exec.Command(bash, "-e", "-c", gate.Run)
		cmd.Env = []string{"GITHUB_OUTPUT=" + file, "GITHUB_EVENT_NAME=" + event, "PATH=" + os.Getenv("PATH")}
		for _, name := range set {
			cmd.Env = append(cmd.Env, name+"=x")
		}
		b, err := cmd.CombinedOutput()
		data, _ := os.ReadFile(file)
		return string(b), string(data), err == nil
	}
	without := func(names ...string) []string {
		return slices.DeleteFunc(slices.Clone(used), func(n string) bool { return slices.Contains(names, n) })
	}
	for _, tc := range []struct {
		event, prefix string
		set           []string
		missing       string
		ok            bool
	}{
		{"schedule", "::notice::", without("DIGEST_RECIPIENTS", "DIGEST_RECIPIENTS_PASSPHRASE"), "DIGEST_RECIPIENTS (or DIGEST_RECIPIENTS_PASSPHRASE)", true},
		{"workflow_dispatch", "::error::", without("DIGEST_RECIPIENTS", "DIGEST_RECIPIENTS_PASSPHRASE"), "DIGEST_RECIPIENTS (or DIGEST_RECIPIENTS_PASSPHRASE)", false},
		{"workflow_dispatch", "::error::", without("PAPERBOY_SMTP_PASSWORD"), "PAPERBOY_SMTP_PASSWORD", false},
	} {
		out, output, ok := run(tc.event, tc.set)
		if ok != tc.ok || !strings.HasPrefix(out, tc.prefix+"the daily email is off: add the secrets "+tc.missing+" under Settings") || output != "" {
			t.Errorf("settings job on %s with %q: ok %v, printed %q, output %q; want ok %v and %s naming %s", tc.event, tc.set, ok, out, output, tc.ok, tc.prefix, tc.missing)
		}
	}
	// Either holds the list: the secret, or the passphrase of the
	// encrypted file.
	for _, set := range [][]string{used, without("DIGEST_RECIPIENTS"), without("DIGEST_RECIPIENTS_PASSPHRASE")} {
		if out, output, ok := run("schedule", set); !ok || output != "ready=true\n" {
			t.Errorf("settings job with %q: ok %v, printed %q, output %q; want ready=true", set, ok, out, output)
		}
	}
}

// workflowStep is a step of a workflow's job, as the tests read it.
type workflowStep struct {
	Name string
	Env  map[string]string
	Run  string
}

// jobSteps returns the steps of the job named job in the workflow text.
func jobSteps(t *testing.T, text, job string) []workflowStep {
	t.Helper()
	var w struct {
		Jobs map[string]struct{ Steps []workflowStep }
	}
	if err := yaml.Unmarshal([]byte(text), &w); err != nil {
		t.Fatal(err)
	}
	return w.Jobs[job].Steps
}

// TestMailWorkflowEncryptedList: a list too long for a secret, committed
// as .github/recipients.txt.gpg, is decrypted by mail.yml's step with the
// passphrase of DIGEST_RECIPIENTS_PASSPHRASE into the file the paperboy
// steps read; with no passphrase that file is empty, and with no file
// the step fails saying what to commit.
func TestMailWorkflowEncryptedList(t *testing.T) {
	bash, err := exec.LookPath("bash")
	gpg, gerr := exec.LookPath("gpg")
	if err != nil || gerr != nil {
		t.Skip("no bash or gpg to run the step's script")
	}
	var step workflowStep
	for _, s := range jobSteps(t, mailWorkflow(""), "mail") {
		if s.Name == "Read the recipients" {
			step = s
		}
	}
	if n := strings.Count(mailWorkflow(""), `--to-file "$RUNNER_TEMP/recipients.txt"`); n != 2 {
		t.Fatalf("%d of mail.yml's paperboy steps read $RUNNER_TEMP/recipients.txt; want both", n)
	}
	home, site := t.TempDir(), t.TempDir()
	list := "ada@example.org\nbob@example.org\n"
	if err := os.MkdirAll(filepath.Join(site, ".github"), 0o755); err != nil {
		t.Fatal(err)
	}
	enc := exec.Command(gpg, "--batch", "--quiet", "--pinentry-mode", "loopback", "--passphrase", "s3cret", "--symmetric", "--output", filepath.Join(site, ".github", "recipients.txt.gpg"))
	enc.Env = []string{"GNUPGHOME=" + home, "PATH=" + os.Getenv("PATH")}
	enc.Stdin = strings.NewReader(list)
	if out, err := enc.CombinedOutput(); err != nil {
		t.Skipf("gpg cannot encrypt here: %v\n%s", err, out)
	}
	run := func(passphrase string) (string, string, bool) {
		t.Helper()
		tmp := t.TempDir()
		cmd := exec.Command(bash, "-e", "-c", step.Run)
		cmd.Dir = site
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "GNUPGHOME=" + home, "RUNNER_TEMP=" + tmp, "DIGEST_RECIPIENTS_PASSPHRASE=" + passphrase}
		out, err := cmd.CombinedOutput()
		got, _ := os.ReadFile(filepath.Join(tmp, "recipients.txt"))
		return string(out), string(got), err == nil
	}
	if out, got, ok := run("s3cret"); !ok || got != list {
		t.Errorf("with the passphrase: ok %v, printed %q, list %q; want %q", ok, out, got, list)
	}
	if out, got, ok := run(""); !ok || got != "" {
		t.Errorf("without a passphrase: ok %v, printed %q, list %q; want an empty list", ok, out, got)
	}
	if out, _, ok := run("wrong"); ok {
		t.Errorf("with a wrong passphrase the step passed, printing %q", out)
	}
	os.Remove(filepath.Join(site, ".github", "recipients.txt.gpg"))
	if out, _, ok := run("s3cret"); ok || !strings.Contains(out, "there is no .github/recipients.txt.gpg") {
		t.Errorf("with no file: ok %v, printed %q; want it to fail naming the file", ok, out)
	}
}

// TestMailWorkflowChecksSenderFirst: with the secrets set and no
// newsletter.from in site.yaml, mail.yml's mail job fails at its first
// paperboy step, before it waits up to 30 minutes for the deploy, saying
// what to set, even on a day with no digest to mail; a site with a sender
// and nothing to mail yesterday passes it. The step's script runs in bash
// with this test binary as paperboy.
func TestMailWorkflowChecksSenderFirst(t *testing.T) {
	steps := jobSteps(t, mailWorkflow(""), "mail")
	check, wait := -1, -1
	for i, s := range steps {
		switch {
		case strings.HasPrefix(s.Run, "paperboy mail --send --dry-run ") && check < 0:
			check = i
		case s.Name == "Wait for a deploy of this commit":
			wait = i
		}
	}
	if check < 0 || wait < 0 || check > wait {
		t.Fatalf("mail.yml's mail job has its paperboy mail --send --dry-run step at %d and its wait for the deploy at %d; want the check first", check, wait)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the step's script")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	shim := "#!" + bash + "\nIFS=$'\\x1f'\nPAPERBOY_TEST_MAIN=\"$*\" exec " + strconv.Quote(self) + "\n"
	if err := os.WriteFile(filepath.Join(bin, "paperboy"), []byte(shim), 0o755); err != nil {
		t.Fatal(err)
	}
	step := steps[check]
	run := func(siteYAML string) (string, bool) {
		t.Helper()
		files := maps.Clone(goodSite) // one day, 2024-01-01: none yesterday
		files["content/site.yaml"] = siteYAML
		cmd := exec.Command(bash, "-e", "-c", step.Run)
		cmd.Dir = writeSite(t, files)
		runnerTemp := t.TempDir()
		if err := os.WriteFile(filepath.Join(runnerTemp, "recipients.txt"), nil, 0o644); err != nil { // as the step before writes it
			t.Fatal(err)
		}
		cmd.Env = []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + t.TempDir(), "RUNNER_TEMP=" + runnerTemp}
		for name := range step.Env {
			v := "smtp.invalid"
			if name == "DIGEST_RECIPIENTS" {
				v = "ada@example.org"
			}
			cmd.Env = append(cmd.Env, name+"="+v)
		}
		out, err := cmd.CombinedOutput()
		return string(out), err == nil
	}
	if out, ok := run("title: T\nbaseURL: https://example.org/repo/\n"); ok || !strings.Contains(out, "content/site.yaml: no sender address; set newsletter.from") {
		t.Errorf("the check step on a site with no sender: ok %v, printed:\n%s\nwant it to fail naming newsletter.from", ok, out)
	}
	if out, ok := run("title: T\nbaseURL: https://example.org/repo/\nnewsletter:\n  from: Digest <digest@paperboy.dev>\n"); !ok || !strings.Contains(out, "nothing to mail") {
		t.Errorf("the check step on a site with a sender and no digest yesterday: ok %v, printed:\n%s\nwant it to pass with nothing to mail", ok, out)
	}
}

// TestNewSiteWorkflowsCurrent: the workflows new site writes, and the
// repository's own, use no action check notes as made for Node 20, and
// a workflow with an older release is noted.
func TestNewSiteWorkflowsCurrent(t *testing.T) {
	dir := t.TempDir()
	if code, _, stderr := runCLI("new", "site", dir); code != 0 {
		t.Fatalf("new site: %s", stderr)
	}
	for _, site := range []string{dir, "../.."} {
		if _, stdout, stderr := runCLI("check", "-s", site); strings.Contains(stdout+stderr, "runs on Node 20") {
			t.Errorf("check of %s notes a Node 20 action:\n%s%s", site, stdout, stderr)
		}
	}
	// The releases the workflows use are those check's notes name.
	uses := regexp.MustCompile(`uses: actions/([a-z-]+)@v(\d+)`)
	for _, f := range []string{filepath.Join(dir, ".github", "workflows", "*.yml"), "../../.github/workflows/*.yml"} {
		names, _ := filepath.Glob(f)
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range uses.FindAllStringSubmatch(string(data), -1) {
				if want, ok := generator.ActionRelease(m[1]); !ok || strconv.Itoa(want) != m[2] {
					t.Errorf("%s uses actions/%s@v%s; check's notes name v%d (known: %v)", name, m[1], m[2], want, ok)
				}
			}
		}
	}
	pages := filepath.Join(dir, ".github", "workflows", "pages.yml")
	data, err := os.ReadFile(pages)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pages, []byte(strings.Replace(string(data), "actions/deploy-pages@v5", "actions/deploy-pages@v4", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stdout, stderr := runCLI("check", "-s", dir); !strings.Contains(stdout+stderr, "note: actions/deploy-pages@v4 runs on Node 20") {
		t.Errorf("check of a workflow with deploy-pages@v4 notes nothing of it:\n%s%s", stdout, stderr)
	}
}

// TestImportWorkflowStep: import.yml's import step, run by bash as GitHub
// runs it against a local origin, with a paperboy that writes a paper per
// day (or fails for FAIL_DAY): it commits to the branch it runs on
// (master here), in the site's folder SITE; a day that fails is an error
// after the other day's paper is pushed; a push the branch refuses while
// no one moved it is an error that says so, at once; a run with nothing
// new pushes nothing and succeeds.
func TestImportWorkflowStep(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash to run the import step")
	}
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("no git to run the import step")
	}
	var step string
	for _, s := range jobSteps(t, importWorkflow(""), "import") {
		if s.Env["SITE"] == "." {
			step = s.Run
		}
	}
	if step == "" {
		t.Fatal("import.yml has no step with SITE: .")
	}
	git := func(dir string, args ...string) string {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "init.defaultBranch=master"}, args...)...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %q: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	bin := t.TempDir()
	fake := `#!/bin/sh
site=. day=
while [ $# -gt 0 ]; do
  case $1 in -s) site=$2; shift ;; --date) day=$2; shift ;; esac
  shift
done
if [ "$day" = "$FAIL_DAY" ]; then # it wrote, and the build refuses what it wrote
  mkdir -p "$site/content/papers" && echo "$day" > "$site/content/papers/$day.md" && echo "oops" >> "$site/content/site.yaml"
  echo "paperboy: import hf: the papers are written, but the build refuses what it wrote" >&2; exit 1
fi
mkdir -p "$site/content/papers" && echo "$day" > "$site/content/papers/$day.md"
`
	if err := os.WriteFile(filepath.Join(bin, "paperboy"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	// setup returns a clone of a new origin on master with the site in
	// folder site ("." for the root), as actions/checkout leaves it.
	setup := func(site string) (origin, runner string) {
		t.Helper()
		dir := t.TempDir()
		origin, runner = filepath.Join(dir, "origin.git"), filepath.Join(dir, "runner")
		git(dir, "init", "-q", "--bare", origin)
		git(dir, "clone", "-q", origin, runner)
		if err := os.MkdirAll(filepath.Join(runner, site, "content"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(runner, site, "content", "site.yaml"), []byte("title: T\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		git(runner, "add", "-A")
		git(runner, "commit", "-q", "-m", "site")
		git(runner, "push", "-q", "origin", "HEAD:master")
		return origin, runner
	}
	run := func(runner string, env ...string) (string, bool) {
		t.Helper()
		cmd := exec.Command(bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", step)
		cmd.Dir = runner
		cmd.Env = append([]string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + t.TempDir(),
			"GITHUB_REF_NAME=master", "DAY=2026-12-05 2026-12-06", "SITE=."}, env...)
		out, err := cmd.CombinedOutput()
		return string(out), err == nil
	}
	t.Run("the branch it runs on", func(t *testing.T) {
		origin, runner := setup(".")
		if out, ok := run(runner); !ok {
			t.Fatalf("the step failed:\n%s", out)
		}
		if got := git(origin, "for-each-ref", "--format=%(refname:short) %(subject)", "refs/heads"); got != "master Import daily papers" {
			t.Errorf("origin's branches: %q, want master with the import", got)
		}
		if out, ok := run(runner); !ok || !strings.Contains(out, "nothing new") {
			t.Errorf("a second run: ok %v, printed\n%s\nwant nothing new", ok, out)
		}
	})
	t.Run("the site in a folder", func(t *testing.T) {
		origin, runner := setup("site")
		if out, ok := run(runner, "SITE=site"); !ok {
			t.Fatalf("the step failed:\n%s", out)
		}
		if got := git(origin, "ls-tree", "-r", "--name-only", "master"); !strings.Contains(got, "site/content/papers/2026-12-06.md") {
			t.Errorf("origin's master has\n%s\nwant the papers in site/content/papers/", got)
		}
	})
	t.Run("a day that fails", func(t *testing.T) {
		origin, runner := setup(".")
		out, ok := run(runner, "FAIL_DAY=2026-12-06")
		if ok || !strings.Contains(out, "::error::the import of 2026-12-06 failed") {
			t.Errorf("the step: ok %v, printed\n%s\nwant it to fail naming the day", ok, out)
		}
		if got := git(origin, "ls-tree", "-r", "--name-only", "master"); !strings.Contains(got, "content/papers/2026-12-05.md") || strings.Contains(got, "2026-12-06") {
			t.Errorf("origin's master has\n%s\nwant the other day's paper pushed, and not what the failed day wrote", got)
		}
		if got := git(origin, "show", "master:content/site.yaml"); strings.Contains(got, "oops") {
			t.Errorf("origin's site.yaml has what the failed day wrote:\n%s", got)
		}
	})
	t.Run("a push refused", func(t *testing.T) {
		origin, runner := setup(".")
		hook := filepath.Join(origin, "hooks", "pre-receive")
		if err := os.WriteFile(hook, []byte("#!/bin/sh\necho 'GH006: Protected branch update failed' >&2\nexit 1\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		out, ok := run(runner)
		if ok || !strings.Contains(out, "::error::master refused the push, though it had not moved: a rule protects it") || strings.Contains(out, "try 2") {
			t.Errorf("the step: ok %v, printed\n%s\nwant it to fail at once saying a rule protects master", ok, out)
		}
	})
}

// TestNewSiteOnGitLab: in a repository whose origin is on GitLab
// (gitlab.com or a GitLab of one's own, in a worktree too), new site
// writes .gitlab-ci.yml at the top of the repository, whose pages job
// builds the site in its folder for $CI_PAGES_URL into public/ on the
// default branch, and no GitHub workflow, which GitLab never runs; and it
// says to push to GitLab. A repository on GitHub keeps its workflows, and
// a .gitlab-ci.yml of the user's is kept as it is.
func TestNewSiteOnGitLab(t *testing.T) {
	write := func(p, text string) { t.Helper(); writeFile(t, "", p, text) }
	// repo makes a repository whose origin is url, with .git's files.
	repo := func(url string, files ...string) string {
		dir := t.TempDir()
		write(filepath.Join(dir, ".git", "HEAD"), "ref: refs/heads/main\n")
		write(filepath.Join(dir, ".git", "config"), "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://gitlab.com/other/x.git\n"+
			"[remote \"origin\"]\n\turl = "+url+"\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
		for i := 0; i+1 < len(files); i += 2 {
			write(filepath.Join(dir, files[i]), files[i+1])
		}
		return dir
	}
	worktree := repo("git@gitlab.example.edu:lab/digest.git", ".git/worktrees/wt/HEAD", "ref: refs/heads/wt\n", ".git/worktrees/wt/commondir", "../..\n", "wt/.git", "gitdir: ../.git/worktrees/wt\n")
	for _, tt := range []struct {
		name, top, site string // the repository's top, and the site's folder in it
		gitlab          bool
	}{
		{"gitlab.com", repo("https://gitlab.com/lab/digest.git"), ".", true},
		{"own GitLab, site in a folder", repo("git@gitlab.example.edu:lab/digest.git"), "digest", true},
		{"worktree", filepath.Join(worktree, "wt"), "my digest", true},
		{"GitHub", repo("https://github.com/lab/digest.git"), ".", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(tt.top, tt.site)
			code, out, stderr := runCLI("new", "site", dir)
			if code != 0 {
				t.Fatalf("new site: exit %d: %s", code, stderr)
			}
			ci := filepath.Join(tt.top, ".gitlab-ci.yml")
			data, err := os.ReadFile(ci)
			if !tt.gitlab {
				if err == nil || !exists(filepath.Join(dir, ".github", "workflows", "pages.yml")) {
					t.Errorf("new site in a repository on GitHub wrote .gitlab-ci.yml (%v) or no pages.yml", err == nil)
				}
				return
			}
			if err != nil {
				t.Fatalf("new site in a repository on GitLab wrote no .gitlab-ci.yml: %v\n%s", err, out)
			}
			for _, d := range []string{tt.top, dir} {
				if exists(filepath.Join(d, ".github")) {
					t.Errorf("new site in a repository on GitLab wrote GitHub's workflows in %s, which GitLab never runs", d)
				}
			}
			var p gitlabCI
			if err := yaml.Unmarshal(data, &p); err != nil {
				t.Fatalf("%s: %v", ci, err)
			}
			pages := p.Pages
			wantSite := filepath.ToSlash(tt.site)
			switch {
			case p.Variables["SITE"] != wantSite:
				t.Errorf("SITE is %q, want the site's folder %q", p.Variables["SITE"], wantSite)
			case !slices.Equal(pages.Artifacts.Paths, []string{"public"}):
				t.Errorf("the pages job's artifacts are %q, want public, which GitLab Pages publishes", pages.Artifacts.Paths)
			case !slices.Contains(pages.Script, `paperboy build -s "$SITE" --base-url "$CI_PAGES_URL/" --destination public`):
				t.Errorf("the pages job runs %q, want it to build the site for $CI_PAGES_URL into public/", pages.Script)
			case len(pages.Rules) != 1 || !strings.HasPrefix(pages.Rules[0].If, "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH &&"):
				t.Errorf("the pages job runs %+v, want it on the default branch only", pages.Rules)
			case !strings.Contains(strings.Join(p.Default.BeforeScript, "\n"), "go install github.com/paperboy-digest/paperboy/cmd/paperboy@"):
				t.Errorf("the jobs install no Paperboy: %q", p.Default.BeforeScript)
			}
			if want := "to publish it, push the repository to GitLab: the pages job of " + ci; !strings.Contains(out, want) || strings.Contains(out, "GitHub") {
				t.Errorf("new site says:\n%s\nwant %q and nothing of GitHub", out, want)
			}
			// Made again in another folder: the user's file stays.
			code, out, stderr = runCLI("new", "site", filepath.Join(tt.top, "again"))
			if again, _ := os.ReadFile(ci); code != 0 || string(again) != string(data) || !strings.Contains(out, "kept "+ci+" as it is; to publish on GitLab Pages, add the pages job") {
				t.Errorf("new site beside a .gitlab-ci.yml: exit %d, %s%s; the file changed: %v", code, out, stderr, string(again) != string(data))
			}
		})
	}
}

// gitlabCI is a .gitlab-ci.yml as the tests read it.
type gitlabCI struct {
	Default struct {
		Image        string
		BeforeScript []string `yaml:"before_script"`
	}
	Variables map[string]string
	Pages     gitlabJob
	Check     gitlabJob
}

// gitlabJob is a job of a .gitlab-ci.yml as the tests read it.
type gitlabJob struct {
	Script    []string
	Artifacts struct{ Paths []string }
	Rules     []struct{ If string }
}

// TestGitLabPipeline: the .gitlab-ci.yml new site writes installs the
// release of Paperboy that the GitHub workflows install, pinned or with
// the comment that says to pin latest, and its jobs' rules are the ones
// GitLab Pages and merge requests need.
func TestGitLabPipeline(t *testing.T) {
	for _, tt := range []struct{ release, install string }{
		{"v0.3.1", "go install github.com/paperboy-digest/paperboy/cmd/paperboy@v0.3.1"},
		{"", "go install github.com/paperboy-digest/paperboy/cmd/paperboy@latest"},
	} {
		text := gitlabPipeline(tt.release, "")
		var p gitlabCI
		if err := yaml.Unmarshal([]byte(text), &p); err != nil {
			t.Fatalf("gitlabPipeline(%q): %v\n%s", tt.release, err, text)
		}
		if !slices.Equal(p.Default.BeforeScript, []string{tt.install}) || !strings.Contains(pagesWorkflow(tt.release), tt.install) {
			t.Errorf("gitlabPipeline(%q) installs %q, want %q as pages.yml does", tt.release, p.Default.BeforeScript, tt.install)
		}
		if pinned := tt.release != ""; strings.Contains(text, "# @latest installs the newest Paperboy") == pinned {
			t.Errorf("gitlabPipeline(%q) says to pin latest: %v, want %v", tt.release, !pinned, !pinned)
		}
		if p.Variables["SITE"] != "." || p.Default.Image == "" {
			t.Errorf("gitlabPipeline(%q): SITE %q, image %q; want . and an image with Go", tt.release, p.Variables["SITE"], p.Default.Image)
		}
		if len(p.Check.Rules) != 1 || p.Check.Rules[0].If != `$CI_PIPELINE_SOURCE == "merge_request_event"` || !slices.Equal(p.Check.Script, []string{`paperboy check -s "$SITE"`}) {
			t.Errorf("gitlabPipeline(%q)'s check job: %+v, want paperboy check on merge requests", tt.release, p.Check)
		}
	}
}

// TestREADMEShowsGitLabPipeline: the README's "GitLab Pages" shows the
// .gitlab-ci.yml that new site writes (with latest).
func TestREADMEShowsGitLabPipeline(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n#### GitLab Pages\n")
	if !ok {
		t.Fatal(`README.md has no section "GitLab Pages"`)
	}
	_, block, _ := strings.Cut(section, "\n```yaml\n")
	block, _, _ = strings.Cut(block, "\n```\n")
	if want := gitlabPipeline("", ""); block+"\n" != want {
		t.Errorf("README.md's \"GitLab Pages\" shows\n%s\nwant the .gitlab-ci.yml new site writes:\n%s", block, want)
	}
}
