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
	return false
}
