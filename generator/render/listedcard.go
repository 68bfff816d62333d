package render

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// liOpenRE matches an <li> start tag's opening, and liCloseRE an </li>.
var (
	liOpenRE  = regexp.MustCompile(`(?i)<li[\s>/]`)
	liCloseRE = regexp.MustCompile(`(?i)</li\s*>`)
)

// listedCard is a warning at the site theme's card (paper-item) when it
// starts with an <li> and a list shows it inside an <li> of its own,
// as the built-in paper-list does: browsers close the list's item at the
// card's, so every list shows an empty item before each paper, and the
// list's #paper-… anchors that empty one; nil when there is none.
func (t *templates) listedCard() *diag.Error {
	item := t.base.Lookup("paper-item")
	if item == nil || item.Tree == nil || !t.theme.inSite(item.Tree.ParseName) {
		return nil
	}
	file, line, ok := startsWithLi(item.Tree)
	if !ok {
		return nil
	}
	var lists, at []string
	for _, name := range slices.Sorted(maps.Keys(t.trees)) {
		for _, tree := range t.trees[name] {
			if l := cardInLi(tree); l > 0 {
				lists = append(lists, tree.Name)
				at = append(at, fmt.Sprintf("%s:%d", t.theme.origin(tree.ParseName), l))
			}
		}
	}
	if len(lists) == 0 {
		return nil
	}
	wrap := "wraps"
	if len(lists) > 1 {
		wrap = "wrap"
	}
	return diag.Errorf(t.theme.origin(file), line,
		"the card starts with an <li>, but %s already %s each card in an <li> (%s), so browsers close that <li> at the card's and every list shows an empty item before each paper; write the card as an <article> or a <div>, or replace %s too",
		textutil.List(lists), wrap, strings.Join(at, ", "), textutil.List(lists))
}

// startsWithLi returns the file and line of the <li> that tree's text
// starts with, before any action, other than spaces; false when it
// starts otherwise.
func startsWithLi(tree *parse.Tree) (file string, line int, ok bool) {
	for _, n := range tree.Root.Nodes {
		text, isText := n.(*parse.TextNode)
		if !isText {
			return "", 0, false
		}
		s := string(text.Text)
		trimmed := strings.TrimLeft(s, " \t\r\n")
		if trimmed == "" {
			continue
		}
		if loc := liOpenRE.FindStringIndex(trimmed); loc == nil || loc[0] != 0 {
			return "", 0, false
		}
		file, line = nodeLine(text)
		return file, line + strings.Count(s[:len(s)-len(trimmed)], "\n"), true
	}
	return "", 0, false
}

// cardInLi returns the line of the first call in tree of the card
// ({{card …}}, {{template "paper-item" …}}) inside an <li> that the text
// before it in the same list of nodes opens and does not close; 0 for
// none.
func cardInLi(tree *parse.Tree) int {
	line := 0
	var walk func(l *parse.ListNode)
	walk = func(l *parse.ListNode) {
		if l == nil || line > 0 {
			return
		}
		var before strings.Builder
		for _, n := range l.Nodes {
			switch n := n.(type) {
			case *parse.TextNode:
				before.Write(n.Text)
			case *parse.ActionNode, *parse.TemplateNode:
				if isCardCall(n) && insideLi(before.String()) {
					_, line = nodeLine(n)
					return
				}
			case *parse.IfNode:
				walk(n.List)
				walk(n.ElseList)
			case *parse.RangeNode:
				walk(n.List)
				walk(n.ElseList)
			case *parse.WithNode:
				walk(n.List)
				walk(n.ElseList)
			}
		}
	}
	walk(tree.Root)
	return line
}

// isCardCall reports whether n shows the card: {{card …}} or
// {{template "paper-item" …}}.
func isCardCall(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.TemplateNode:
		return n.Name == "paper-item"
	case *parse.ActionNode:
		cmds := n.Pipe.Cmds
		return len(n.Pipe.Decl) == 0 && len(cmds) > 0 && len(cmds[0].Args) > 0 && funcName(cmds[0].Args[0]) == "card"
	}
	return false
}

// insideLi reports whether the HTML text ends inside an <li> it opens.
func insideLi(text string) bool {
	opens := liOpenRE.FindAllStringIndex(text, -1)
	if len(opens) == 0 {
		return false
	}
	last := opens[len(opens)-1][0]
	return !liCloseRE.MatchString(text[last:])
}
