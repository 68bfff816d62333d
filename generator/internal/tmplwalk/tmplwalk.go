// Package tmplwalk visits the nodes of a parsed text/template or
// html/template tree.
package tmplwalk

import "text/template/parse"

// Walk calls visit for n and every node below it, in order: actions,
// pipelines, commands and their arguments, chains, the branches of if,
// range and with, and template calls; nil nodes are skipped.
func Walk(n parse.Node, visit func(parse.Node)) {
	switch n := n.(type) {
	case nil:
		return
	case *parse.ListNode:
		if n == nil {
			return
		}
		visit(n)
		for _, c := range n.Nodes {
			Walk(c, visit)
		}
		return
	case *parse.PipeNode:
		if n == nil {
			return
		}
		visit(n)
		for _, c := range n.Cmds {
			Walk(c, visit)
		}
		return
	}
	visit(n)
	switch n := n.(type) {
	case *parse.ActionNode:
		Walk(n.Pipe, visit)
	case *parse.CommandNode:
		for _, a := range n.Args {
			Walk(a, visit)
		}
	case *parse.ChainNode:
		Walk(n.Node, visit)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, visit)
	case *parse.TemplateNode:
		Walk(n.Pipe, visit)
	}
}

func walkBranch(b *parse.BranchNode, visit func(parse.Node)) {
	Walk(b.Pipe, visit)
	Walk(b.List, visit)
	Walk(b.ElseList, visit)
}
