package main

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// baseNames returns the last element of each of paths.
func baseNames(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.Base(p)
	}
	return out
}

// GitHub reads a repository's workflows only from .github/workflows/ at
// its top; a site in a folder of a repository has its workflows there,
// running in the site's folder (inFolder), which new site writes and
// check asks of workflows an earlier one wrote into the site's folder.

// siteInRepo returns the top of the git repository that holds the site
// folder dir, the site's folder in it as a slash path (sub, "" when the
// site is at the top or in no repository) and the branch the repository
// is on, as gitRepo reads them.
func siteInRepo(dir string) (top, sub, branch string) {
	top, branch = gitRepo(dir)
	if abs, err := filepath.Abs(dir); err == nil && top != "" && top != abs {
		if rel, err := filepath.Rel(top, abs); err == nil && filepath.IsLocal(rel) {
			sub = filepath.ToSlash(rel)
		}
	}
	return top, sub, branch
}

// nestedWorkflows returns a problem for the GitHub Actions workflows in
// the .github/workflows/ of a site in a folder of a git repository (an
// earlier new site wrote them there), which GitHub never runs, saying
// where to move them and what to change, or nil.
func nestedWorkflows(source string) []generator.Problem {
	top, sub, _ := siteInRepo(source)
	if sub == "" {
		return nil
	}
	const folder = ".github/workflows"
	var names, move, dup []string // every workflow; those to move; those the top has too, as paths from the site's folder
	for _, pattern := range []string{"*.yml", "*.yaml"} {
		found, _ := filepath.Glob(filepath.Join(source, filepath.FromSlash(folder), pattern))
		for _, f := range found {
			name := filepath.Base(f)
			names = append(names, name)
			if p := filepath.Join(filepath.FromSlash(folder), name); exists(filepath.Join(top, filepath.FromSlash(folder), name)) {
				dup = append(dup, p)
			} else {
				move = append(move, p)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	topFolder := filepath.Join(top, filepath.FromSlash(folder))
	if abs, err := filepath.Abs(source); err == nil {
		if rel, err := filepath.Rel(abs, topFolder); err == nil {
			topFolder = rel // from the site's folder, where check's commands run
		}
	}
	var do []string
	if len(move) > 0 {
		do = append(do, fmt.Sprintf("move %[1]s there (mkdir -p %[2]s && mv %[3]s %[2]s) and %[4]s, as paperboy new site writes them for a site in a folder",
			textutil.Word(len(move), "it", "them"), commandLine([]string{topFolder}), commandLine(move), inFolderSteps(sub)))
	}
	if len(dup) > 0 {
		do = append(do, fmt.Sprintf("%s has its own %s: carry over any change of yours, then delete %s (rm %s)",
			topFolder, textutil.List(baseNames(dup)), textutil.Word(len(dup), "this one", "these"), commandLine(dup)))
	}
	msg := fmt.Sprintf("GitHub runs only the workflows in %s/ at the top of the repository, and the site is in its folder %s, so %s here never %s; %s",
		folder, sub, textutil.List(names), textutil.Word(len(names), "runs", "run"), strings.Join(do, "; "))
	return []generator.Problem{{Kind: "orphan", Path: folder, Msg: msg}}
}

// gitRepo returns the folder of the git repository that holds the folder
// dir (its top, where .git is) and the branch it is on (read from its
// HEAD, as git itself is not needed): "" and "" when dir is in none, and
// a branch of "" when its HEAD names none.
func gitRepo(dir string) (top, branch string) {
	top, git := findRepo(dir)
	if top == "" {
		return "", ""
	}
	head, _ := os.ReadFile(filepath.Join(git, "HEAD"))
	branch, ok := strings.CutPrefix(strings.TrimSpace(string(head)), "ref: refs/heads/")
	if !ok {
		return top, "" // a detached HEAD: a commit, not a branch
	}
	return top, branch
}

// findRepo returns the top of the git repository that holds the folder
// dir and its git folder (.git, or the one a worktree's or submodule's
// .git file names), or "" and "" when dir is in none.
func findRepo(dir string) (top, git string) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", ""
	}
	for d := abs; ; d = filepath.Dir(d) {
		git := filepath.Join(d, ".git")
		if data, err := os.ReadFile(git); err == nil {
			// A worktree's or a submodule's .git is a file naming the folder.
			line, _, _ := strings.Cut(string(data), "\n")
			gitdir, ok := strings.CutPrefix(strings.TrimSpace(line), "gitdir: ")
			if !ok {
				return "", ""
			}
			if !filepath.IsAbs(gitdir) {
				gitdir = filepath.Join(d, gitdir)
			}
			git = gitdir
		}
		if exists(filepath.Join(git, "HEAD")) {
			return d, git
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
}

// defaultBranch returns the branch the git repository that holds dir
// publishes from, as far as its files say: origin's default branch
// (refs/remotes/origin/HEAD) when a clone recorded it, else the branch it
// is on; and whether it has a branch main, of its own or origin's.
func defaultBranch(dir string) (branch string, hasMain bool) {
	top, git := findRepo(dir)
	if top == "" {
		return "", false
	}
	common := commonDir(git)
	_, branch = gitRepo(dir)
	if head, err := os.ReadFile(filepath.Join(common, "refs", "remotes", "origin", "HEAD")); err == nil {
		if b, ok := strings.CutPrefix(strings.TrimSpace(string(head)), "ref: refs/remotes/origin/"); ok {
			branch = b
		}
	}
	packed, _ := os.ReadFile(filepath.Join(common, "packed-refs"))
	for _, ref := range []string{"refs/heads/main", "refs/remotes/origin/main"} {
		if exists(filepath.Join(common, filepath.FromSlash(ref))) || strings.Contains(string(packed), " "+ref+"\n") {
			return branch, true
		}
	}
	return branch, false
}

// commonDir returns the folder that holds the refs and config of the
// repository whose git folder is git: git itself, or for a worktree the
// repository's own, which its commondir file names.
func commonDir(git string) string {
	data, err := os.ReadFile(filepath.Join(git, "commondir"))
	if err != nil {
		return git
	}
	common := strings.TrimSpace(string(data))
	if !filepath.IsAbs(common) {
		common = filepath.Join(git, common)
	}
	return common
}

// originURL returns the URL of the remote origin of the git repository
// that holds dir, read from its config as git itself is not needed, or ""
// when it has none.
func originURL(dir string) string {
	top, git := findRepo(dir)
	if top == "" {
		return ""
	}
	config, err := os.ReadFile(filepath.Join(commonDir(git), "config"))
	if err != nil {
		return ""
	}
	inOrigin := false
	for _, line := range strings.Split(string(config), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			// [remote "origin"]; section names are case-insensitive, the
			// remote's name is not.
			name, _, _ := strings.Cut(strings.Trim(line, "[]"), "\"")
			inOrigin = strings.EqualFold(strings.TrimSpace(name), "remote") && strings.Contains(line, `"origin"`)
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if inOrigin && ok && strings.EqualFold(strings.TrimSpace(key), "url") {
			return strings.Trim(strings.TrimSpace(value), `"`)
		}
	}
	return ""
}

// onGitLab reports whether the git repository that holds dir is on
// GitLab, gitlab.com or a GitLab of one's own, as the address of its
// origin says (https://gitlab.com/lab/digest.git,
// git@gitlab.example.edu:lab/digest.git): there GitLab's pipeline
// (.gitlab-ci.yml) publishes the site, and GitHub's workflows never run.
func onGitLab(dir string) bool {
	return strings.Contains(strings.ToLower(originURL(dir)), "gitlab")
}

// mainRE matches what the workflows an earlier new site wrote say of the
// branch main: pages.yml's branches: [main], import.yml's git fetch
// origin main, origin/main and HEAD:main, mail.yml's --branch main.
var mainRE = regexp.MustCompile(`branches:\s*\[\s*["']?main["']?\s*\]|\borigin[ /]main\b|HEAD:main\b|--branch main\b`)

// wrongBranch returns a problem for each workflow GitHub reads for the
// site in source (at the top of its repository) that names the branch
// main, as an earlier new site wrote them, in a repository that has no
// branch main and publishes another: at its first such line, saying
// which lines to change.
func wrongBranch(source string) []generator.Problem {
	branch, hasMain := defaultBranch(source)
	if branch == "" || branch == "main" || hasMain {
		return nil
	}
	top, sub, _ := siteInRepo(source)
	folder := filepath.Join(source, ".github", "workflows")
	if sub != "" {
		folder = filepath.Join(top, ".github", "workflows")
	}
	var out []generator.Problem
	for _, pattern := range []string{"*.yml", "*.yaml"} {
		found, _ := filepath.Glob(filepath.Join(folder, pattern))
		for _, f := range found {
			data, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			var lines []string
			first := 0
			for i, line := range strings.Split(string(data), "\n") {
				if mainRE.MatchString(line) {
					lines = append(lines, strconv.Itoa(i+1))
					first = cmp.Or(first, i+1)
				}
			}
			if first == 0 {
				continue
			}
			path := filepath.ToSlash(filepath.Join(".github", "workflows", filepath.Base(f)))
			if abs, err := filepath.Abs(source); err == nil {
				if rel, err := filepath.Rel(abs, f); err == nil {
					path = filepath.ToSlash(rel)
				}
			}
			out = append(out, generator.Problem{Kind: "config", Path: path, Line: first, Msg: fmt.Sprintf(
				"names the branch main (%s %s), and the repository has no branch main: its branch is %s; write %[3]s in place of main there, as paperboy new site now does, or rename the branch (git branch -M main) and make main GitHub's default branch",
				textutil.Word(len(lines), "line", "lines"), textutil.List(lines), branch)})
		}
	}
	return out
}

// inFolder returns the workflow text for a site in the folder sub of the
// repository (a slash path): its run steps run there
// (defaults.run.working-directory), and pages.yml publishes its public/.
func inFolder(text, sub string) string {
	text = strings.Replace(text, "\njobs:\n", "\ndefaults:\n  run:\n    working-directory: "+yamlPath(sub)+" # the site's folder in the repository\n\njobs:\n", 1)
	return strings.Replace(text, "          path: public\n", "          path: "+yamlPath(sub+"/public")+"\n", 1)
}

// inFolderSteps says what inFolder changes, for workflows written by
// hand (or by an earlier new site) for a site in the folder sub.
func inFolderSteps(sub string) string {
	return fmt.Sprintf("give each `defaults: run: working-directory: %s`, and pages.yml's upload `path: %s`", yamlPath(sub), yamlPath(sub+"/public"))
}

// yamlPath is the slash path p as YAML reads it: as it is, or quoted.
func yamlPath(p string) string {
	if plainPathRE.MatchString(p) {
		return p
	}
	return strconv.Quote(p)
}

// plainPathRE is a folder's path that YAML reads as it is, unquoted.
var plainPathRE = regexp.MustCompile(`^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$`)
