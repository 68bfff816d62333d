package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// namelessLinkBytes are how a link with no text starts: [](…), [ ](…),
// [](ref) or a link that shows an image only, [![](…)](…).
var namelessLinkBytes = []string{"[](", "[ ](", "[][", "[![](", "[![ ]("}

// namelessLinks returns a warning for each link that shows no text: the
// page has nothing to follow (or an image only) and screen readers say
// "link" and no more, or the address. A link whose image has alt text is
// named by it. The fix each gives names the link by its target
// (linkName), or asks for its words where the target is not known.
func (s *source) namelessLinks() []Hidden {
	if !textutil.ContainsAny(s.text, namelessLinkBytes...) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(l *ast.Link) {
		if strings.TrimSpace(plain(l, src)) != "" {
			return
		}
		dest := string(l.Destination)
		line := s.line(offsetOf(l))
		if img, ok := l.FirstChild().(*ast.Image); ok {
			out = append(out, Hidden{line, fmt.Sprintf("this link to %s shows only an image with no alt text, so screen readers say \"link\" and no more; write where the link leads as the image's alt text: [![%s](%s)](%s)", dest, linkName(dest), img.Destination, dest)})
			return
		}
		out = append(out, Hidden{line, fmt.Sprintf("this link to %s has no text, so the page shows nothing to follow and screen readers say \"link\" and no more; write where it leads between its brackets: [%s](%[1]s)", dest, linkName(dest))})
	})
	return out
}

// vagueLinkTexts are the whole texts of links that say nothing of where
// they lead (markdownlint's MD059 and the like), in English: words a
// link shows in English whatever the site's language, and which no
// language the theme speaks uses for more.
var vagueLinkTexts = []string{"here", "click here", "click", "this", "this link", "link", "more", "read more", "learn more", "see here", "go here", "more info"}

// VagueLinks returns each link of src whose whole text is one of
// vagueLinkTexts ([here](…), [click here](…)), with what to write:
// screen readers list a page's links by their text alone, "here, here,
// link", with nothing to tell them apart. The sentence around such a
// link may say where it leads (so WCAG 2.4.4 passes), which the list of
// links does not show: check notes it.
func (r *Renderer) VagueLinks(src []byte) []Hidden {
	if line, _ := Costly(string(src)); line > 0 || !vagueWords(src) {
		return nil
	}
	s := r.source(src)
	var out []Hidden
	each(s.root(), func(l *ast.Link) {
		words := strings.Join(strings.Fields(strings.ToLower(plain(l, src))), " ")
		words = strings.Trim(words, " .,:;!?()[]…→»")
		if !slices.Contains(vagueLinkTexts, words) {
			return
		}
		out = append(out, Hidden{s.line(offsetOf(l)), fmt.Sprintf(
			"the link text %q of %s says nothing of where it leads, and screen readers list a page's links by their text alone; write where it leads between its brackets (such as [the code on GitHub](…), not [here](…)), and let the sentence around it say the rest", plain(l, src), l.Destination)})
	})
	return out
}

// vagueWords reports whether src may hold a link of vagueLinkTexts: a
// link's ] and one of their words.
func vagueWords(src []byte) bool {
	if !bytes.Contains(src, []byte("]")) {
		return false
	}
	lower := bytes.ToLower(src)
	for _, w := range []string{"here", "click", "this", "link", "more"} {
		if bytes.Contains(lower, []byte(w)) {
			return true
		}
	}
	return false
}

// untitledFrames returns a warning for each raw <iframe> (unsafeHTML)
// with no name, a title or an aria-label: screen readers say "frame" and
// no more of a video or a demo the page embeds (axe's frame-title).
// One hidden from them (aria-hidden="true") needs none.
func (s *source) untitledFrames() []Hidden {
	if !s.r.unsafe || !strings.Contains(strings.ToLower(s.text), "<iframe") {
		return nil
	}
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		for _, t := range s.rawTags(n) {
			if t.DataAtom == atom.Iframe && !named(t) {
				src, _ := t.attr("src")
				out = append(out, Hidden{t.Line, fmt.Sprintf(`this <iframe src="%s"> has no title, so screen readers say "frame" and no more of what it shows; name it in a title attribute: <iframe title="The talk on YouTube" src="%[1]s" …>`, src)})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// named reports whether the raw tag t has an accessible name of its own
// (title, aria-label, aria-labelledby) or is hidden from screen readers.
func named(t rawTag) bool {
	if hidden, _ := t.attr("aria-hidden"); strings.EqualFold(hidden, "true") {
		return true
	}
	for _, a := range []string{"title", "aria-label", "aria-labelledby"} {
		if v, _ := t.attr(a); v != "" {
			return true
		}
	}
	return false
}

// emptyHeadingRE is a line that is an ATX heading with no words: its #
// signs (group 1) alone, a closing run of them, or a {#id} only.
var emptyHeadingRE = regexp.MustCompile(`(?m)^ {0,3}(#{1,6})(?:[ \t]+#*)?[ \t]*(?:\{[^}\n]*\})?[ \t]*$`)

// emptyHeadings returns a warning for each heading with no words, which
// the page holds as a heading with no name: screen readers list it among
// the page's headings, with nothing to say. A heading with nothing after
// its # signs ("##" alone on its line), which the tree holds with no
// line to tell, is found in the text (emptyHeadingRE); one whose content
// gives no text (an image with no alt text, ## ![](fig1.png)) in the tree.
func (s *source) emptyHeadings() []Hidden {
	if !strings.Contains(s.text, "#") && !strings.Contains(s.text, "![") {
		return nil
	}
	out := s.bareHeadings()
	told := map[int]bool{}
	for _, h := range out {
		told[h.Line] = true
	}
	src := s.bytes()
	each(s.root(), func(h *ast.Heading) {
		if h.Lines().Len() == 0 || strings.TrimSpace(plain(h, src)) != "" || s.r.unsafe && holds[*ast.RawHTML](h) {
			return // a raw <img alt="…"> names it
		}
		line := s.line(h.Lines().At(0).Start)
		if told[line] {
			return
		}
		out = append(out, Hidden{line, wordlessHeading(h)})
	})
	slices.SortStableFunc(out, func(a, b Hidden) int { return a.Line - b.Line })
	return out
}

// bareHeadings returns a warning for each ATX heading with nothing after
// its # signs but a closing run of them or an {#id}.
func (s *source) bareHeadings() []Hidden {
	locs := emptyHeadingRE.FindAllStringSubmatchIndex(s.text, -1)
	if locs == nil {
		return nil
	}
	verbatim := s.verbatim()
	var out []Hidden
	for _, loc := range locs {
		if verbatim.contains(loc[2]) {
			continue
		}
		hashes := s.text[loc[2]:loc[3]]
		out = append(out, Hidden{s.line(loc[0]), fmt.Sprintf("this heading has no words, so the page holds an empty heading, which screen readers list among its headings with nothing to say; write its words after %s, or remove the line", hashes)})
	}
	return out
}

// wordlessHeading is the warning of the heading h, which has content but
// no text: an image with no alt text, or raw HTML the page drops.
func wordlessHeading(h *ast.Heading) string {
	var img *ast.Image
	each(h, func(i *ast.Image) {
		if img == nil {
			img = i
		}
	})
	hashes := strings.Repeat("#", h.Level)
	if img != nil {
		return fmt.Sprintf("this heading shows only an image with no alt text, so the page holds a heading with no name, which screen readers list among its headings with nothing to say; write what the image shows between its brackets, %s ![Results](%s), or the heading's words beside it", hashes, img.Destination)
	}
	return fmt.Sprintf("this heading has no words the page shows, so the page holds an empty heading, which screen readers list among its headings with nothing to say; write its words after %s", hashes)
}

// holds reports whether the tree under n holds a node of type T.
func holds[T ast.Node](n ast.Node) bool {
	found := false
	each(n, func(T) { found = true })
	return found
}

// tableCellRenderer renders a table's cells as goldmark does, but an
// empty cell of its header row as <td>: an empty <th> (the corner of a
// table whose first column heads its rows) is a header that names
// nothing, which screen readers announce for every cell under it. A
// header cell that holds math is named (mathNamed): | $\lambda$ | was a
// column header with an empty name.
type tableCellRenderer struct {
	cell renderer.NodeRendererFunc // goldmark's
}

// newTableCellRenderer returns a tableCellRenderer around goldmark's
// renderer of cells, nr's.
func newTableCellRenderer(nr renderer.NodeRenderer) tableCellRenderer {
	var c funcsOf
	nr.RegisterFuncs(&c)
	return tableCellRenderer{cell: c[extast.KindTableCell]}
}

// funcsOf collects the functions a NodeRenderer registers, by kind.
type funcsOf map[ast.NodeKind]renderer.NodeRendererFunc

// Register implements renderer.NodeRendererFuncRegisterer.
func (f *funcsOf) Register(k ast.NodeKind, fn renderer.NodeRendererFunc) {
	if *f == nil {
		*f = funcsOf{}
	}
	(*f)[k] = fn
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r tableCellRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTableCell, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, header := n.Parent().(*extast.TableHeader); header && !n.HasChildren() {
			if entering {
				w.WriteString("<td></td>\n")
			}
			return ast.WalkContinue, nil
		} else if header {
			return mathNamed(r.cell)(w, src, n, entering)
		}
		return r.cell(w, src, n, entering)
	})
}
