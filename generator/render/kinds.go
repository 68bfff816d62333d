package render

import (
	"path"
	"slices"
	"strings"
)

// Used reports whether the theme file at the slash path name is read by a
// build: the base and page templates, partials, static files and the email
// templates. Anything else in a site's theme folder is an orphan.
func Used(name string) bool {
	switch {
	case name == "templates/base.html",
		strings.HasPrefix(name, "templates/partials/") && path.Ext(name) == ".html",
		strings.HasPrefix(name, "static/"),
		strings.HasPrefix(name, "email/"),
		strings.HasPrefix(name, "i18n/"): // i18n.Load reads or refuses each

		return true
	case strings.HasPrefix(name, "templates/") && path.Dir(name) == "templates":
		return slices.Contains(pageKinds, strings.TrimSuffix(path.Base(name), ".html"))
	}
	return RepoFile(name)
}

// RepoFile reports whether the theme file at the slash path name is one a
// theme published as a repository of its own carries for its readers, not
// for the build: a README, licence, changelog or the like at the top, a
// theme.yaml or theme.toml, Hugo's images/ of screenshots, and anything
// under a folder whose name starts with a dot (.github/).
func RepoFile(name string) bool {
	if strings.HasPrefix(name, "images/") || strings.HasPrefix(name, ".") || strings.Contains(name, "/.") {
		return true
	}
	if strings.Contains(name, "/") {
		return false
	}
	stem := strings.ToUpper(strings.TrimSuffix(name, path.Ext(name)))
	switch stem {
	case "README", "LICENSE", "LICENCE", "COPYING", "NOTICE", "CHANGELOG", "CHANGES", "AUTHORS",
		"CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY":
		return true
	}
	return name == "theme.yaml" || name == "theme.toml"
}

// PageKinds returns the names of the page templates a theme may have,
// templates/<kind>.html.
func PageKinds() []string { return slices.Clone(pageKinds) }

// Samples returns the output file of the first page of each page kind the
// site has, by kind: the pages check reads for what a kind's templates
// write (every page of a kind comes from the same templates).
func (r *Renderer) Samples() map[string]string {
	out := map[string]string{}
	for _, j := range r.jobs {
		if _, ok := out[j.kind]; !ok {
			out[j.kind] = j.out()
		}
	}
	return out
}
