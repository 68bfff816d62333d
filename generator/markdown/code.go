package markdown

import (
	"cmp"
	"strings"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// codeRenderer highlights fenced code whose info string names a language
// chroma knows, as spans with CSS classes (the theme's syntax.css colours
// them); other fenced code gets the same markup, uncoloured. One formatter serves
// every block: chroma's formatter caches its style table, and making one
// per block, as goldmark-highlighting does, spent a third of the time of
// a whole abstract rebuilding that table.
type codeRenderer struct {
	formatter *chromahtml.Formatter
	style     *chroma.Style
}

func newCodeRenderer() *codeRenderer {
	return &codeRenderer{formatter: chromahtml.New(chromahtml.WithClasses(true)), style: styles.Get("github")}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (c *codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, c.fenced)
}

func (c *codeRenderer) fenced(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	lang := n.Language(src)
	var code strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		code.Write(seg.Value(src))
	}
	// Code in no language chroma knows goes through its plain-text lexer:
	// the same markup, so a long line wraps with the same continuation cue.
	lexer := lexers.Fallback
	if lang != nil {
		lexer = cmp.Or(lexers.Get(string(lang)), lexer)
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, code.String())
	if err == nil && c.formatter.Format(w, c.style, it) == nil {
		return ast.WalkContinue, nil
	}
	w.WriteString("<pre><code")
	if lang != nil {
		w.WriteString(` class="language-`)
		ghtml.DefaultWriter.Write(w, lang)
		w.WriteByte('"')
	}
	w.WriteByte('>')
	for i := range lines.Len() {
		seg := lines.At(i)
		ghtml.DefaultWriter.RawWrite(w, seg.Value(src))
	}
	w.WriteString("</code></pre>\n")
	return ast.WalkContinue, nil
}
