package markdown

import (
	"html"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// taskRenderer renders a task list's box (- [x] done, - [ ] to do) as a
// sign that says its state, ☑ or ☐, named for screen readers: goldmark's
// <input type="checkbox" disabled> is a form field without a label, which
// a screen reader announces as an unnamed checkbox, and a feed reader or
// mail client may leave out.
type taskRenderer struct {
	done, todo string // the names of a box ticked and not
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r taskRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTaskCheckBox, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.(*extast.TaskCheckBox).IsChecked {
			w.WriteString(`<span class="task done" role="img" aria-label="` + html.EscapeString(r.done) + `">☑</span> `)
		} else {
			w.WriteString(`<span class="task" role="img" aria-label="` + html.EscapeString(r.todo) + `">☐</span> `)
		}
		return ast.WalkContinue, nil
	})
}
