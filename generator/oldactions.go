package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// nodeActions are the actions the workflows paperboy new site writes use,
// each with its first major release that runs on Node 24 and the one
// new site writes. GitHub's runners dropped Node 20 in September 2026 and
// run an action made for it on Node 24, with a warning at every run.
var nodeActions = map[string]struct{ node24, current int }{
	"checkout":              {5, 6},
	"setup-go":              {6, 6},
	"configure-pages":       {6, 6},
	"upload-pages-artifact": {5, 5},
	"deploy-pages":          {5, 5},
}

// usesRE matches a step's use of one of GitHub's actions at a major
// release: uses: actions/deploy-pages@v4.
var usesRE = regexp.MustCompile(`^\s*(?:-\s*)?uses:\s*["']?actions/([a-z-]+)@v(\d+)\b`)

// oldActions returns a note for each step of the site's GitHub Actions
// workflows that uses one of nodeActions at a release made for Node 20,
// as the workflows an earlier paperboy new site wrote do: at its line,
// with the release to write.
func oldActions(fsys fs.FS) []Problem {
	var out []Problem
	for name, data := range workflowFiles(fsys) {
		for i, line := range strings.Split(string(diag.Normalize(data)), "\n") {
			m := usesRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			a, ok := nodeActions[m[1]]
			major, _ := strconv.Atoi(m[2])
			if !ok || major >= a.node24 {
				continue
			}
			msg := fmt.Sprintf("actions/%s@v%d runs on Node 20, which GitHub's runners dropped in 2026 (they run it on Node 24, with a warning at every run); write actions/%[1]s@v%[3]d, as paperboy new site does", m[1], major, a.current)
			if m[1] == "upload-pages-artifact" {
				msg += ", and under its with: `include-hidden-files: true`, or the site's files whose names start with a dot (.nojekyll, a theme's static/.well-known/) are left out from v4 on"
			}
			out = append(out, Problem{Kind: "note", Path: name, Line: i + 1, Msg: msg})
		}
	}
	return out
}

// ActionRelease returns the major release of GitHub's action name
// (checkout, deploy-pages) that paperboy new site's workflows use, which
// check's notes name; ok is false for an action they do not use.
func ActionRelease(name string) (major int, ok bool) {
	a, ok := nodeActions[name]
	return a.current, ok
}

// otherGenerators are what a workflow that builds a site with another
// generator runs or uses, in lower case, with that generator's name.
var otherGenerators = []struct {
	markers []string
	name    string
}{
	{[]string{"hugo"}, "Hugo"}, // peaceiris/actions-hugo, hugo --minify
	// actions/jekyll-build-pages, bundle exec jekyll build, but not
	// the .nojekyll a Pages workflow mentions.
	{[]string{"jekyll-build-pages", "jekyll build"}, "Jekyll"},
	{[]string{"zola"}, "Zola"}, // shalzz/zola-deploy-action, zola build
}

// OtherGenerator returns the name of the generator other than Paperboy
// (Hugo, Jekyll, Zola) that the GitHub Actions workflow data builds a
// site with, or "": "" for one that runs paperboy build.
func OtherGenerator(data []byte) string {
	lower := bytes.ToLower(data)
	if bytes.Contains(lower, []byte("paperboy build")) {
		return ""
	}
	for _, g := range otherGenerators {
		for _, m := range g.markers {
			if bytes.Contains(lower, []byte(m)) {
				return g.name
			}
		}
	}
	return ""
}

// pagesDeploys are what a workflow that publishes to GitHub Pages uses,
// in lower case.
var pagesDeploys = []string{"actions/deploy-pages", "peaceiris/actions-gh-pages", "jamesives/github-pages-deploy-action", "actions/jekyll-build-pages"}

// otherDeploys returns a problem for each of the site's GitHub Actions
// workflows that builds the site with another generator and publishes it
// to GitHub Pages: a leftover of the site's move, whose every run would
// publish the former site over Paperboy's.
func otherDeploys(fsys fs.FS) []Problem {
	var out []Problem
	for name, data := range workflowFiles(fsys) {
		g, lower := OtherGenerator(data), bytes.ToLower(data)
		if g == "" || !slices.ContainsFunc(pagesDeploys, func(d string) bool { return bytes.Contains(lower, []byte(d)) }) {
			continue
		}
		out = append(out, Problem{Kind: "orphan", Path: name, Msg: "builds the site with " + g + " and publishes it to GitHub Pages, as Paperboy's workflow (.github/workflows/pages.yml) does: " +
			"each run would publish the " + g + " site over Paperboy's; delete it (paperboy new site writes pages.yml, or see the README's \"Deploy to GitHub Pages\")"})
	}
	return out
}

// workflowFiles yields the path and bytes of each of the site's GitHub
// Actions workflows that reads, in name order (.yml, then .yaml).
func workflowFiles(fsys fs.FS) iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		for _, pattern := range []string{".github/workflows/*.yml", ".github/workflows/*.yaml"} {
			names, _ := fs.Glob(fsys, pattern)
			for _, name := range names {
				if data, err := fs.ReadFile(fsys, name); err == nil && !yield(name, data) {
					return
				}
			}
		}
	}
}
