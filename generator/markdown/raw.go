package markdown

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
)

// omitRaw renders raw HTML, inline and block, as nothing: with unsafe HTML
// off goldmark would write "<!-- raw HTML omitted -->" in its place, as it
// would for every <!--more-->.
type omitRaw struct{}

// RegisterFuncs implements renderer.NodeRenderer.
func (omitRaw) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	skip := func(util.BufWriter, []byte, ast.Node, bool) (ast.WalkStatus, error) {
		return ast.WalkSkipChildren, nil
	}
	reg.Register(ast.KindRawHTML, skip)
	reg.Register(ast.KindHTMLBlock, skip)
}

// rawLinks returns h with the src and href of its tags fixed as linkFixer
// fixes Markdown's destinations. Tags it does not change keep their bytes;
// a tag it changes is written anew (quoted, escaped) by the tokenizer.
func rawLinks(h []byte, base string, resolve Resolve) []byte {
	z := html.NewTokenizer(bytes.NewReader(h))
	var out bytes.Buffer
	changed := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := bytes.Clone(z.Raw()) // Token lowers the tag's name in place
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			tok := z.Token()
			edit := false
			for i, a := range tok.Attr {
				if a.Namespace == "" && (a.Key == "src" || a.Key == "href") {
					if v, _ := fixDest([]byte(a.Val), base, resolve); string(v) != a.Val {
						tok.Attr[i].Val, edit = string(v), true
					}
				}
			}
			if edit {
				out.WriteString(tok.String())
				changed = true
				continue
			}
		}
		out.Write(raw)
	}
	if !changed {
		return h
	}
	return out.Bytes()
}
