package generator

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// notFoundTemplate is the template of the page a server shows for any
// address it has no file for.
const notFoundTemplate = "templates/404.html"

// addressAttr finds an attribute that holds an address, as written in a
// template, with its quoted value.
var addressAttr = regexp.MustCompile(`(?i)\s(href|src|action|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// baseElement finds a <base> element, by which a page's relative
// addresses are read from the address it names, not the page's own.
var baseElement = regexp.MustCompile(`(?i)<base[\s>]`)

// notFoundLinks warns of each relative address (src="logo.svg",
// href="about/") that the site theme's templates/404.html writes as text.
// The server shows 404.html at whatever address was not found
// (/reading/papers/nope/), where such an address names a file below it,
// which is not there either: the page's picture and links break, though
// check, which reads 404.html at the site's root, finds them working.
// Addresses the template makes ({{url "about/"}}), from the root, with a
// scheme or a fragment alone are let be, and so is a template with a
// <base> element. The built-in 404.html writes none.
func notFoundLinks(theme themefs.Stack, cfg *model.Config) []Problem {
	if theme == nil {
		return nil
	}
	data, err := theme.ReadFile(notFoundTemplate)
	if err != nil || baseElement.Match(data) {
		return nil // none, or one that cannot be read, which the render tells
	}
	data = diag.Normalize(data)
	var out []Problem
	for _, m := range addressAttr.FindAllSubmatchIndex(data, -1) {
		v, end := m[4], m[5] // "…", else '…'
		if v < 0 {
			v, end = m[6], m[7]
		}
		u := string(bytes.TrimSpace(data[v:end]))
		if u == "" || strings.HasPrefix(u, "{{") || strings.HasPrefix(u, "/") || strings.HasPrefix(u, "#") ||
			strings.HasPrefix(u, "?") || textutil.HasScheme(u) {
			continue
		}
		attr := strings.ToLower(string(data[m[2]:m[3]]))
		missing := cfg.BasePath() + "papers/nope/"
		site := strings.TrimLeft(strings.TrimPrefix(u, "./"), "./")
		out = append(out, Problem{Kind: "link", Path: theme.Origin(notFoundTemplate), Line: diag.LineAt(data, v), Msg: fmt.Sprintf(
			"%s=%q is relative, and a server shows 404.html at whatever address was not found, such as %s, where it names %s%s, which is not there; "+
				"write it from the site's root: %s=\"{{url %q}}\"", attr, u, missing, missing, site, attr, site)})
	}
	return out
}
