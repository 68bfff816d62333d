package generator

import (
	"fmt"
	"io/fs"
	"regexp"
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
	for _, pattern := range []string{".github/workflows/*.yml", ".github/workflows/*.yaml"} {
		names, _ := fs.Glob(fsys, pattern)
		for _, name := range names {
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				continue
			}
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
