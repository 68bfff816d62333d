package markdown

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// mayLeave finds what an address that leaves the web starts with: a
// drive letter (C:\, D:/) after no letter of a scheme, a network share's
// \\, or an arXiv: or doi: prefix.
var mayLeave = regexp.MustCompile(`(?i)(^|[^a-z0-9+.-])([a-z]:[\\/]|arxiv:|doi:)|\\\\`)

// unreachableLinks returns a warning for each link, image or autolink
// whose address no reader's browser opens, though the page keeps it as
// written: a path on the author's computer (textutil.ComputerPath:
// ![Loss](C:\Users\ada\loss.png)), which a drive letter makes look like
// a scheme, and an id written with a prefix as a citation writes it
// (arXiv:2106.09685, doi:10.1000/x), with the address to write. Only a
// source with one of those is parsed for it.
func (s *source) unreachableLinks() []Hidden {
	if !mayLeave.MatchString(s.text) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		dest, ok := linkDest(n, src)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		what, form := "link", "[…](%s)"
		if n.Kind() == ast.KindImage {
			what, form = "image", "![…](%s)"
		}
		if msg := unreachable(string(dest), what, form, s.paper); msg != "" {
			out = append(out, Hidden{s.line(destOffset(n, src, dest)), msg})
		}
		return ast.WalkContinue, nil
	})
	return out
}

// unreachable is the warning for the address d of a link or image (what),
// written in Markdown as form has it, that no browser opens (see
// unreachableLinks), or "". An arXiv id's advice links the paper's file
// as paper gives it, from the source's own folder: a fixed
// [](2401.00001.md) was broken from a paper in a folder of
// content/papers/.
func unreachable(d, what, form string, paper PaperLink) string {
	if name, ok := textutil.ComputerPath(d); ok {
		return fmt.Sprintf("the %s to `%s` is a path on your computer, which the published site cannot reach; put the file beside this .md file and link it relative to it, with / between folders: `"+form+"`", what, shortDest(d), markdownDest(name))
	}
	scheme, rest, _ := strings.Cut(d, ":")
	switch strings.ToLower(scheme) {
	case "arxiv":
		id := strings.TrimSpace(rest)
		if _, _, err := arxivid.Parse(id); err != nil {
			return ""
		}
		bare, _ := arxivid.Split(id)
		file := fmt.Sprintf("`[…](%s.md)` from a paper, `[…](../papers/%[1]s.md)` from a day or a page", bare)
		if paper != nil {
			if link := paper(bare); link != "" {
				file = "`[…](" + markdownDest(link) + ")`"
			}
		}
		return fmt.Sprintf("the %s to `%s` goes nowhere: %s: is no address a browser opens; write https://arxiv.org/abs/%s, or, for a paper on this site, a link to its file, which links its page: %s", what, d, scheme, id, file)
	case "doi":
		name := strings.TrimSpace(rest)
		if !strings.HasPrefix(name, "10.") {
			return ""
		}
		return fmt.Sprintf("the %s to `%s` goes nowhere: %s: is no address a browser opens; write %s", what, d, scheme, doi.URL(name))
	}
	return ""
}

// markdownDest is name as a link's address: in <> when a space in it
// would end the link.
func markdownDest(name string) string {
	if strings.ContainsAny(name, " ()<>") {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E").Replace(name) + ">"
	}
	return name
}
