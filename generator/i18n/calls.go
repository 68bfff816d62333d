package i18n

import (
	"fmt"
	"slices"
	"strings"
	texttemplate "text/template"
	tparse "text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// Call is a call of a message in a theme's template whose id is written
// out ({{T "prevPaper" "Rank" .Rank}}), for CheckCalls.
type Call struct {
	ID string
	// Names are the names of the arguments it gives ("Count" for a
	// count alone), when the template writes them out; Known says so.
	Names []string
	Known bool
	// Text says its one argument is text written out, not a count; Odd
	// is the number of its arguments when it is odd and over one and the
	// first is a name, not a count before pairs, which no call may give.
	Text bool
	Odd  int
	// Err makes the error of the call from what is wrong with it, at
	// the template's file and line.
	Err func(error) error
	// Skip, when not nil, is called for a call whose message's text
	// CheckCalls finds at fault, which it tells at the text, not at the
	// call: a run of the call's template would fail for the same mistake
	// in words that blame the call, so it should not run.
	Skip func()
}

// TreeCalls returns the calls of T in tree, a template of a theme, whose
// id is written out, in the order met. wrap makes a call's error from a
// text/template error of the run that would make it ("template:
// file:line:col: executing "name" at <T "id" …>: error calling T: …").
func TreeCalls(tree *tparse.Tree, wrap func(error) error) []Call {
	var calls []Call
	tmplwalk.Walk(tree.Root, func(n tparse.Node) {
		if p, ok := n.(*tparse.PipeNode); ok {
			for i, cmd := range p.Cmds {
				if call, ok := treeCall(tree, cmd, i > 0, wrap); ok {
					calls = append(calls, call)
				}
			}
		}
	})
	return calls
}

// treeCall returns the call of T that cmd, a command of tree, is, if it
// writes out the message's id; piped says a pipeline gives it one more
// argument.
func treeCall(tree *tparse.Tree, cmd *tparse.CommandNode, piped bool, wrap func(error) error) (Call, bool) {
	if len(cmd.Args) < 2 {
		return Call{}, false
	}
	if fn, ok := cmd.Args[0].(*tparse.IdentifierNode); !ok || fn.Ident != "T" {
		return Call{}, false
	}
	id, ok := cmd.Args[1].(*tparse.StringNode)
	if !ok {
		return Call{}, false
	}
	call := Call{ID: id.Text, Err: func(err error) error {
		loc, ctx := tree.ErrorContext(cmd)
		return wrap(fmt.Errorf("template: %s: executing %q at <%s>: error calling T: %w", loc, tree.Name, ctx, err))
	}}
	args := cmd.Args[2:]
	switch {
	case piped:
	case len(args) == 0:
		call.Known = true
	case len(args) == 1:
		_, call.Known = args[0].(*tparse.NumberNode)
		_, call.Text = args[0].(*tparse.StringNode)
		call.Names = []string{"Count"}
	case len(args)%2 == 1:
		if _, name := args[0].(*tparse.StringNode); name {
			call.Odd = len(args) // a name without its value
			break
		}
		call.Names, call.Known = pairNames(args[1:]) // after a count
		call.Names = append([]string{"Count"}, call.Names...)
	case len(args)%2 == 0:
		call.Names, call.Known = pairNames(args)
	}
	if !call.Known {
		call.Names = nil
	}
	return call, true
}

// pairNames returns the names of args, names and values in pairs, and
// whether the template writes every one out.
func pairNames(args []tparse.Node) (names []string, known bool) {
	for i := 0; i < len(args); i += 2 {
		name, ok := args[i].(*tparse.StringNode)
		if !ok {
			return nil, false
		}
		names = append(names, name.Text)
	}
	return names, true
}

// text is the text of one form of a message the site's theme adds: its
// file and line, and the arguments it uses.
type text struct {
	origin string
	line   int
	uses   []string
}

// keepOwn keeps the texts of the messages of f, a file of the site's
// theme, that no built-in message has (args has the built-in ones), for
// CheckCalls.
func (c *Catalog) keepOwn(f file, args map[string][]string) {
	for _, m := range f.msgs {
		if _, builtin := args[m.ID]; builtin {
			continue
		}
		for _, name := range parse.PluralForms {
			t, ok := m.Forms[name]
			if !ok || !strings.Contains(t, "{{") {
				continue
			}
			tmpl, err := texttemplate.New(m.ID).Parse(t)
			if err != nil {
				continue // reported by add
			}
			if c.own == nil {
				c.own = map[string][]text{}
			}
			c.own[m.ID] = append(c.own[m.ID], text{origin: f.origin, line: m.Lines[name], uses: fields(tmpl.Tree.Root)})
		}
	}
}

// CheckCalls reports, before any page runs them, the calls of a message
// that no file has, and those that lack an argument the message's texts
// use, in the site's language or, for a message of the site's theme, in
// any of its languages: each at the call, made by its Err. When no call
// gives an argument that a text of the site's own message uses, the
// text is at fault: that is reported at the text's line, with the
// names the calls give. A partial catalog (Load's with its error)
// checks the ids alone: its texts may be those at fault.
func (c *Catalog) CheckCalls(calls []Call) error {
	var errs diag.List
	byID := map[string][]Call{}
	unknown := map[string]bool{} // ids some call gives names the template does not write out
	var ids []string
	for _, call := range calls {
		if c.msgs[call.ID] == nil {
			errs.Append(call.Err(c.noMessage(call.ID)))
			continue
		}
		if c.partial {
			continue
		}
		if err := c.countError(call); err != nil {
			errs.Append(call.Err(err))
			unknown[call.ID] = true // what it meant to give is not known: the text is not to blame
			continue
		}
		unknown[call.ID] = unknown[call.ID] || !call.Known
		if call.Known {
			if byID[call.ID] == nil {
				ids = append(ids, call.ID)
			}
			byID[call.ID] = append(byID[call.ID], call)
		}
	}
	for _, id := range ids {
		var given []string // what any call gives
		for _, call := range byID[id] {
			given = append(given, call.Names...)
		}
		if unknown[id] && len(c.own[id]) > 0 {
			continue // which side is wrong is not known
		}
		takes := c.takes(id)
		wrong := false
		for _, t := range c.own[id] {
			for _, name := range t.uses {
				if slices.Contains(given, name) {
					continue
				}
				wrong = true
				errs.Append(unusedError(t, id, name, given))
				break
			}
			takes = append(takes, t.uses...)
		}
		if wrong {
			for _, call := range byID[id] {
				if call.Skip != nil {
					call.Skip()
				}
			}
			continue // the calls may be right
		}
		for _, call := range byID[id] {
			if err := argumentsError(id, takes, call.Names); err != nil {
				errs.Append(call.Err(err))
			}
		}
	}
	return errs.Err()
}

// countError returns the error of the run of call for the number of
// its arguments: an odd number over one, or no count for a message with
// plural forms in the site's language; nil when that is right, or not
// known before the run.
func (c *Catalog) countError(call Call) error {
	if call.Odd > 0 {
		return oddArgsError(call.ID, call.Odd)
	}
	plain := call.Text || (call.Known && len(call.Names) == 0) // named arguments: CheckCalls says which it lacks
	if len(c.msgs[call.ID].forms) > 1 && plain {
		return noCountError(call.ID, false)
	}
	return nil
}

// takes returns the arguments the texts of message id use in the site's
// language.
func (c *Catalog) takes(id string) []string {
	var out []string
	for _, f := range c.msgs[id].forms {
		if !f.plain {
			out = append(out, fields(f.txt.Tree.Root)...)
		}
	}
	return out
}

// unusedError is the error of the text t of message id, which uses the
// argument name that no call gives: given are the names they give.
func unusedError(t text, id, name string, given []string) error {
	given = slices.Compact(slices.Sorted(slices.Values(given)))
	switch s := diag.Suggest(name, given); {
	case s != "":
		return diag.Errorf(t.origin, t.line, "%s: {{.%s}} is not an argument the templates give this message; did you mean {{.%s}}?", id, name, s)
	case len(given) == 0:
		return diag.Errorf(t.origin, t.line, "%s: {{.%s}} is not an argument the templates give this message, which they call with none; write the text without it, or give it in the calls ({{T %q %q …}})", id, name, id, name)
	default:
		return diag.Errorf(t.origin, t.line, "%s: {{.%s}} is not an argument the templates give this message; they give {{.%s}}", id, name, strings.Join(given, "}}, {{."))
	}
}
