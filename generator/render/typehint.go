package render

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Hints for a value of the wrong type where a template error shows the
// value, or only Go's names: a range over a text, and the names of a
// paper's authors (or the slugs of its topics) used as the authors
// themselves.

var (
	// rangeOverRE matches text/template's complaint about a range over
	// what is not a list, which shows the value, however long.
	rangeOverRE = regexp.MustCompile(`(?s)at <([^>]*)>: range can't iterate over .*$`)
	// stringFieldRE matches a field asked of a string.
	stringFieldRE = regexp.MustCompile(`can't evaluate field \w+ in type string`)
	// refArgRE matches a string given where an author or topic is due.
	refArgRE = regexp.MustCompile(`expected \*model\.(Author|Topic); got string`)
)

// dateTextRE matches text/template's complaint about a date compared
// with a string, with the call's operands.
var dateTextRE = regexp.MustCompile(`at <(?:eq|ne|lt|le|gt|ge) ([^>]*)>: error calling \w+: incompatible types for comparison: (?:time\.Time and string|string and time\.Time)$`)

// dateText says, for msg, text/template's complaint about a date
// compared with a string ({{if eq .Paper.Date "2024-01-01"}}), that a
// date is not text and how to write its text to compare; "" for any
// other message.
func dateText(msg string) string {
	m := dateTextRE.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	expr := ".Date"
	for _, arg := range strings.Fields(m[1]) {
		if fieldType(arg) == "time.Time" {
			expr = arg
			break
		}
	}
	return fmt.Sprintf("%s is a date, not text: compare its text, (%s.Format \"2006-01-02\"), with the string, or a date with a date (%s.Before, .After, .Equal)", expr, expr, expr)
}

// refs are the fields of a paper that hold strings, by name, with what
// the strings are and the field that holds the things themselves.
var refs = map[string]struct{ what, refs, things, fn string }{
	"Authors": {"names", "AuthorRefs", "authors", "authorURL"},
	"Topics":  {"slugs", "TopicRefs", "topics", "topicURL"},
}

// rangeOver rewrites msg, text/template's complaint about a range over
// what it cannot iterate, to name the value by what the template writes
// and its type ("range can't iterate over $p.Title, a string") rather
// than show it, and says what range takes; it returns msg as it is, and
// "", for any other message. A value of extra: (.Config.Extra.members),
// which has no Go type to name, is named by what its YAML is (text, a
// number), where site.yaml sets it, and to write a list.
func (t *templates) rangeOver(msg string) (string, string) {
	m := rangeOverRE.FindStringSubmatchIndex(msg)
	if m == nil {
		return msg, ""
	}
	expr := msg[m[2]:m[3]]
	if what, hint := t.extraRange(expr, msg[strings.Index(msg[m[3]:], "over ")+m[3]+len("over "):]); what != "" {
		return msg[:m[3]] + ">: " + expr + " is " + what + ", which range cannot go over", hint
	}
	what := expr
	if typ := fieldType(expr); typ != "" {
		what += ", " + diag.Article(typ)
	}
	return msg[:m[3]] + ">: range can't iterate over " + what,
		diag.RangeTakes
}

// extraRE matches a value of extra: in a template, the key its group.
var extraRE = regexp.MustCompile(`(?:^|\.)Extra\.(\w+)$`)

// extraRange says, for expr, a value of extra: (a site's, a paper's, a
// day's or a page's) that range cannot go over, shown by Go as value, what
// its YAML is (text, a number, true or false), with where site.yaml sets
// a site's, and, as hint, to write a YAML list; "", "" for any other
// expression.
func (t *templates) extraRange(expr, value string) (what, hint string) {
	m := extraRE.FindStringSubmatch(expr)
	if m == nil || strings.ContainsAny(expr, " ()") {
		return "", ""
	}
	switch _, err := strconv.ParseFloat(value, 64); {
	case value == "true" || value == "false":
		what = "true or false"
	case err == nil:
		what = "a number"
	default:
		what = fmt.Sprintf("text, %q", textutil.Fit(40, value))
	}
	where := "under extra:"
	if t.cfg != nil && strings.Contains(expr, "Config.Extra.") {
		where = "in " + t.cfg.Source
		if line := t.cfg.ExtraLines[m[1]]; line > 0 {
			what += fmt.Sprintf(", at %s:%d", t.cfg.Source, line)
		}
	}
	return what, fmt.Sprintf("write %s %s as a YAML list, one `- item` a line below `%s:` or `%s: [first, second]`, or show it without range", m[1], where, m[1], m[1])
}

// fieldType returns the type of the field or method that expr, a field
// chain such as $p.Title or .Paper, ends with, when every type templates
// see that has it gives it the same type; else "".
func fieldType(expr string) string {
	i := strings.LastIndexByte(expr, '.')
	name := expr[i+1:]
	if i < 0 || name == "" || strings.ContainsAny(expr, " ()") {
		return ""
	}
	typ := ""
	for _, t := range dataTypes {
		var ft reflect.Type
		if f, ok := t.FieldByName(name); ok {
			ft = f.Type
		} else if m, ok := reflect.PointerTo(t).MethodByName(name); ok && m.Type.NumOut() > 0 {
			ft = m.Type.Out(0)
		} else {
			continue
		}
		if typ != "" && typ != ft.String() {
			return ""
		}
		typ = ft.String()
	}
	return typ
}

// refsHint says, for msg at loc ("file:line:col"), a field asked of a
// string inside a range over a paper's .Authors or .Topics, or a string
// given to a function that takes an author or a topic, that those are
// strings, and which field holds the authors or topics themselves; "" for
// any other message.
func (t *templates) refsHint(loc, msg string) string {
	field := ""
	if m := refArgRE.FindStringSubmatch(msg); m != nil {
		field = m[1] + "s"
	} else if stringFieldRE.MatchString(msg) {
		field = t.rangedField(loc)
	}
	r, ok := refs[field]
	if !ok {
		return ""
	}
	return fmt.Sprintf(".%s are %s (strings); range over .%s, the %s, with .Name and .Slug, that %s takes", field, r.what, r.refs, r.things, r.fn)
}

// rangedField returns the last field of the pipeline of the innermost
// range whose body has the node at loc ("file:line:col"), or "".
func (t *templates) rangedField(loc string) string {
	if r := t.rangeAround(loc); r != nil {
		return strings.TrimPrefix(funcName(lastArg(r.Pipe)), ".")
	}
	return ""
}

// rangeAround returns the innermost range whose body has the node at
// loc ("file:line:col"), and whose pipeline has a command; nil for none.
func (t *templates) rangeAround(loc string) *parse.RangeNode {
	file, _ := splitLocation(loc)
	var found *parse.RangeNode
	for _, tree := range t.trees[file] {
		tmplwalk.Walk(tree.Root, func(n parse.Node) {
			if r, ok := n.(*parse.RangeNode); ok && len(r.Pipe.Cmds) > 0 && hasNodeAt(tree, r.List, loc) {
				found = r
			}
		})
	}
	return found
}

// lastArg returns the last argument of the last command of the pipeline
// p, which has one.
func lastArg(p *parse.PipeNode) parse.Node {
	cmd := p.Cmds[len(p.Cmds)-1]
	return cmd.Args[len(cmd.Args)-1]
}

// hasNodeAt reports whether a node of list, in tree, is at loc.
func hasNodeAt(tree *parse.Tree, list *parse.ListNode, loc string) bool {
	found := false
	tmplwalk.Walk(list, func(n parse.Node) {
		if l, _ := tree.ErrorContext(n); l == loc {
			found = true
		}
	})
	return found
}
