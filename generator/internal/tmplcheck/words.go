package tmplcheck

import (
	"fmt"
	"strings"
	"text/template/parse"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Words says, in a curator's words, what is wrong with a range, with
// arguments or with a printf's values m found and what to write instead, for page and email
// templates alike; ok is false for a missing field, which
// diag.FieldWords says from Error. A range is said by diag.RangeWords,
// with takes, what range takes in the words of the template's kind
// (diag.RangeTakes or diag.EmailRangeTakes), where nothing nearer helps. A
// function given too many or too few arguments ({{card . $}}: card is
// given 2 arguments, but takes 1) is said with its call; a field, which
// takes none, given a second value for a template in a {{template}} call
// ({{template "paper-list" .Day.Papers .Day}}) is told to give a dict of
// both; elsewhere, what follows a field, that it takes nothing.
func (m Missing) Words(takes string) (msg, hint string, ok bool) {
	_, expr := m.Tree.ErrorContext(m.Node)
	if m.Range {
		msg, hint = diag.RangeWords(expr, m.Type, m.Parent, m.Field, takes)
		return msg, hint, true
	}
	if m.Format {
		msg, hint = m.formatWords()
		return msg, hint, true
	}
	if !m.Args {
		return "", "", false
	}
	var cmd *parse.CommandNode
	var call *parse.TemplateNode
	tmplwalk.Walk(m.Tree.Root, func(n parse.Node) {
		switch n := n.(type) {
		case *parse.TemplateNode:
			if m.Call != "" && n.Pipe != nil && len(n.Pipe.Cmds) > 0 && len(n.Pipe.Cmds[0].Args) > 0 && n.Pipe.Cmds[0].Args[0] == m.Node {
				call = n
			}
		case *parse.CommandNode:
			if len(n.Args) > 0 && n.Args[0] == m.Node {
				cmd = n
			}
		}
	})
	if cmd == nil {
		return "", "", false
	}
	if m.Want != "" {
		given := fmt.Sprintf("%d arguments", m.Got)
		if m.Got == 1 {
			given = "1 argument"
		}
		want := m.Want + " arguments"
		if strings.HasSuffix(m.Want, " 1") || m.Want == "1" {
			want = m.Want + " argument"
		}
		return fmt.Sprintf("{{%s}}: %s is given %s, but takes %s", cmd, m.Field, given, want), "", true
	}
	var rest []string
	for _, a := range cmd.Args[1:] {
		rest = append(rest, a.String())
	}
	what := diag.KindWords(diag.MemberType(diag.StructOf(m.Type), m.Field))
	if what == "" {
		what = "a value"
	}
	if call != nil && len(call.Pipe.Cmds) == 1 {
		var pairs, reads []string
		for _, a := range cmd.Args {
			key := dictKey(a)
			pairs = append(pairs, fmt.Sprintf("%q %s", key, a))
			reads = append(reads, "."+key)
		}
		msg := fmt.Sprintf("%s gives %q %s, but a template is given one value, its dot", call, call.Name, textutil.List(append([]string{expr}, rest...)))
		hint := fmt.Sprintf("to give it more, give it a dict ({{template %q (dict %s)}}) and read them in %q as %s", call.Name, strings.Join(pairs, " "), call.Name, textutil.List(reads))
		return msg, hint, true
	}
	msg = fmt.Sprintf("%s is given %s, but it is a field (%s), not a method, and takes nothing", expr, textutil.List(rest), what)
	if n, ok := cmd.Args[1].(*parse.NumberNode); ok && len(rest) == 1 && n.IsInt && strings.HasPrefix(what, "a list") {
		return msg, fmt.Sprintf("for its first %s, write (first %s %s)", n, n, expr), true
	}
	return msg, "write " + expr + " alone, or call the function meant with it", true
}

// dictKey is the name a dict may give the value of node n: its last
// field's (.Day.Papers is Papers), a variable's ($p is P), else Value.
func dictKey(n parse.Node) string {
	switch n := n.(type) {
	case *parse.FieldNode:
		return n.Ident[len(n.Ident)-1]
	case *parse.ChainNode:
		return n.Field[len(n.Field)-1]
	case *parse.VariableNode:
		if len(n.Ident) > 1 {
			return n.Ident[len(n.Ident)-1]
		}
		if name := strings.TrimPrefix(n.Ident[0], "$"); name != "" {
			r := []rune(name)
			return string(unicode.ToUpper(r[0])) + string(r[1:])
		}
	case *parse.DotNode:
		return "Dot"
	}
	return "Value"
}
