package main

import (
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
		if head, err := os.ReadFile(filepath.Join(git, "HEAD")); err == nil {
			branch, _ := strings.CutPrefix(strings.TrimSpace(string(head)), "ref: refs/heads/")
			if branch == strings.TrimSpace(string(head)) {
				return d, "" // a detached HEAD: a commit, not a branch
			}
			return d, branch
		}
		if filepath.Dir(d) == d {
			return "", ""
		}
	}
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
