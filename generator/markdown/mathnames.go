package markdown

import (
	"bytes"
	"html"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// mathNames renders headings and links as goldmark does, but one that
// holds inline math gets an aria-label (mathNamed): browsers leave MathML out
// of a name computed from content, so Chromium named the heading
// "## Bounds on $\beta$-divergence" "Bounds on -divergence" in its list
// of headings, and a link "the -entmax paper" in its list of links.
type mathNames struct {
	funcs funcsOf // goldmark's
}

// newMathNames returns a mathNames around goldmark's renderers of
// headings and links, made with opts (ghtml.WithUnsafe keeps a link's
// javascript: address, as the Markdown renderer's own does).
func newMathNames(opts ...ghtml.Option) mathNames {
	var f funcsOf
	ghtml.NewRenderer(opts...).RegisterFuncs(&f)
	return mathNames{funcs: f}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (m mathNames) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHeading, mathNamed(m.funcs[ast.KindHeading]))
	reg.Register(ast.KindLink, mathNamed(m.funcs[ast.KindLink]))
}

// mathNamed returns fn, which renders an element, with the opening tag of an
// element that holds inline math given an aria-label: its text, the math
// written in Unicode (tex.UnicodeText; TeX where Unicode has no way to
// write it), as a title's is in the page's headings and links. The
// MathML stays for the eye; the label is what screen readers announce in
// their lists of headings, links and a table's column headers, which
// MathML's alttext has no part in.
func mathNamed(fn renderer.NodeRendererFunc) renderer.NodeRendererFunc {
	return func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || !holds[*passthrough.PassthroughInline](n) {
			return fn(w, src, n, entering)
		}
		// The name is taken before the children render: the math
		// renderer takes the text that keeps to a formula from the
		// Text node after it (tex.Attached).
		label := ` aria-label="` + html.EscapeString(tex.UnicodeText(plain(n, src))) + `"`
		var open bytes.Buffer
		status, err := fn(bufWriter{&open}, src, n, entering)
		tag := open.Bytes()
		if i := bytes.LastIndexByte(tag, '>'); i >= 0 {
			tag = append(tag[:i:i], append([]byte(label), tag[i:]...)...)
		}
		w.Write(tag)
		return status, err
	}
}
