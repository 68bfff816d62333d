package render

import (
	"fmt"
	"maps"
	"slices"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
)

// checkMessages reports, before any page runs, every call of T in the
// site's theme templates that names a message no file has, or lacks an
// argument the message's texts use ({{T "prevPaper" "Rnk" .Rank}}), at
// the call's line, in the words of the error a page that runs it would
// have; and a text of the theme's own message that uses an argument no
// call gives, at the text's line (i18n.Catalog.CheckCalls). A call whose
// id or argument names are not written out is let be. It reads each
// template once, whatever the number of papers.
func (t *templates) checkMessages(words *i18n.Catalog) error {
	if t.theme.site == nil || words == nil {
		return nil
	}
	var calls []i18n.Call
	for _, file := range slices.Sorted(maps.Keys(t.trees)) {
		if !t.theme.inSite(file) {
			continue
		}
		for _, tree := range t.trees[file] {
			tmplwalk.Walk(tree.Root, func(n parse.Node) {
				if p, ok := n.(*parse.PipeNode); ok {
					for i, cmd := range p.Cmds {
						if call, ok := t.messageCall(tree, cmd, i > 0); ok {
							calls = append(calls, call)
						}
					}
				}
			})
		}
	}
	return words.CheckCalls(calls)
}

// messageCall returns the call of T that cmd, a command of tree, is, if
// it writes out the message's id; piped says a pipeline gives it one
// more argument.
func (t *templates) messageCall(tree *parse.Tree, cmd *parse.CommandNode, piped bool) (i18n.Call, bool) {
	if len(cmd.Args) < 2 {
		return i18n.Call{}, false
	}
	if fn, ok := cmd.Args[0].(*parse.IdentifierNode); !ok || fn.Ident != "T" {
		return i18n.Call{}, false
	}
	id, ok := cmd.Args[1].(*parse.StringNode)
	if !ok {
		return i18n.Call{}, false
	}
	call := i18n.Call{ID: id.Text, Err: func(err error) error {
		loc, ctx := tree.ErrorContext(cmd)
		return t.templateError(fmt.Errorf("template: %s: executing %q at <%s>: error calling T: %w", loc, tree.Name, ctx, err))
	}}
	args := cmd.Args[2:]
	switch {
	case piped:
	case len(args) == 0:
		call.Known = true
	case len(args) == 1:
		_, call.Known = args[0].(*parse.NumberNode)
		call.Names = []string{"Count"}
	case len(args)%2 == 0:
		call.Known = true
		for i := 0; i < len(args); i += 2 {
			name, ok := args[i].(*parse.StringNode)
			if !ok {
				call.Known = false
				break
			}
			call.Names = append(call.Names, name.Text)
		}
	}
	if !call.Known {
		call.Names = nil
	}
	return call, true
}
