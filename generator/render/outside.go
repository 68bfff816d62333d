package render

import (
	"fmt"
	"html/template"
	"path"
	"regexp"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// htmlCommentRE matches an HTML comment, which a file may have outside
// its defines: it shows nothing wherever it is.
var htmlCommentRE = regexp.MustCompile(`(?s)<!--.*?-->`)

// outsideDefines reports what the file name, parsed into set, has
// outside its {{define}}s when it has any (a {{template}} call, or text,
// moved past a define's {{end}}, or a define deleted around its
// content): no page runs a file's top level, so it would be left out
// without a word. A file that defines nothing is let be: the errors of
// a page without "main" and of a partial file that lost its template
// say what to do with it; so is an HTML comment.
func (t *templates) outsideDefines(set *template.Template, name string) error {
	top := set.Lookup(name)
	if top == nil || top.Tree == nil || top.Tree.Root == nil {
		return nil
	}
	var defined []string
	for _, tt := range set.Templates() {
		if tt.Tree != nil && tt.Tree.ParseName == name && tt.Name() != name {
			defined = append(defined, tt.Name())
		}
	}
	if len(defined) == 0 {
		return nil
	}
	for _, n := range top.Tree.Root.Nodes {
		what := ""
		switch n := n.(type) {
		case *parse.TextNode:
			if s := strings.TrimSpace(string(n.Text)); strings.TrimSpace(htmlCommentRE.ReplaceAllString(s, "")) != "" {
				what = fmt.Sprintf("the text %q", short(s))
			}
		case *parse.CommentNode:
		default:
			what = short(n.String())
		}
		if what == "" {
			continue
		}
		_, line := nodeLine(n)
		if _, ok := n.(*parse.TextNode); ok {
			line += strings.Count(string(n.(*parse.TextNode).Text), "\n") - strings.Count(strings.TrimLeft(string(n.(*parse.TextNode).Text), " \t\r\n"), "\n")
		}
		// What the built-in file defines and this one does not; but
		// "head", what a page adds to its <head>, only for the calls the
		// built-in heads make (a theme may leave the define out, and a call
		// or text moved out of the page's body does not belong there).
		var lost []string
		for def := range t.builtinTrees(name) {
			if def == "head" && !headCall(n) {
				continue
			}
			if def != name && !slices.Contains(defined, def) {
				lost = append(lost, def)
			}
		}
		switch {
		case len(lost) == 1:
			return diag.Errorf(t.theme.origin(name), line, "%s is outside every {{define}} of the file, so no page shows it; the built-in %s defines %q, which yours does not: put it in {{define %q}}…{{end}}, or delete it", what, path.Base(name), lost[0], lost[0])
		case len(defined) == 1:
			return diag.Errorf(t.theme.origin(name), line, "%s is outside every {{define}} of the file, so no page shows it; move it into {{define %q}}, before its {{end}}, or delete it", what, defined[0])
		}
		return diag.Errorf(t.theme.origin(name), line, "%s is outside every {{define}} of the file, so no page shows it; move it into the {{define}} it belongs in, before its {{end}}, or delete it", what)
	}
	return nil
}

// headCall reports whether n calls what the built-in templates' "head"
// defines hold: a paper's citation tags, a list's structured data.
func headCall(n parse.Node) bool {
	s := n.String()
	return strings.Contains(s, "citationMeta") || strings.Contains(s, "structuredData")
}

// short returns s, or its first 60 characters and "…".
func short(s string) string {
	if r := []rune(s); len(r) > 60 {
		return string(r[:60]) + "…"
	}
	return s
}
