package tmplcheck

import (
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"strconv"
	"strings"
	"text/template/parse"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// printfArgs reports a call of printf whose format, written out, and
// values do not go together, which text/template runs without an error
// and fmt answers with garbage in the output: a value of a known type
// that its verb does not format ({{printf "%d upvotes" .Paper.Title}}
// shows %!d(string=A paper)), and a number of values other than the
// verbs' (%!d(MISSING), %!(EXTRA …); "50% off %s" has the verbs "% o"
// and %s). args are the call's arguments, of types; in, when the call is
// piped, is the command whose value it is given last (nil otherwise), of
// type inType. A format with explicit argument indexes ([1]) or a * width
// is let be, and so is a value whose type is not known for sure.
func (s *state) printfArgs(fn *parse.IdentifierNode, args []parse.Node, types []reflect.Type, in parse.Node, inType reflect.Type) {
	if fn.Ident != "printf" || len(args) == 0 {
		return
	}
	format, ok := args[0].(*parse.StringNode)
	if !ok {
		return
	}
	verbs, ok := formatVerbs(format.Text)
	if !ok {
		return
	}
	values, valueTypes := args[1:], types[1:]
	if in != nil {
		values, valueTypes = append(values[:len(values):len(values)], in), append(valueTypes[:len(valueTypes):len(valueTypes)], inType)
	}
	if len(values) != len(verbs) {
		s.add(Missing{Tree: s.tree, Node: format, Template: s.name, Field: fn.Ident, Format: true, Want: strconv.Itoa(len(verbs)), Got: len(values), Call: s.in})
		return
	}
	for i, v := range verbs {
		if t := valueTypes[i]; t != nil && (!formats(v, t) || t == htmlType && fieldValue(values[i])) {
			s.add(Missing{Tree: s.tree, Node: values[i], Template: s.name, Field: fn.Ident, Format: true, Want: v, Type: t, Call: s.in})
		}
	}
}

// fieldValue reports whether the value n is a field read (.Abstract,
// $p.Content, (.Paper).Notes), not what a function makes: HTML a field
// holds is markup (a paragraph, a list), while a function's (a
// translation message of T, "Archive") is most often plain words that a
// title or a meta tag joins with printf.
func fieldValue(n parse.Node) bool {
	switch n := n.(type) {
	case *parse.FieldNode:
		return true
	case *parse.VariableNode:
		return len(n.Ident) > 1
	case *parse.ChainNode:
		return len(n.Field) > 0
	case *parse.CommandNode:
		return len(n.Args) == 1 && fieldValue(n.Args[0])
	case *parse.PipeNode:
		return len(n.Cmds) == 1 && fieldValue(n.Cmds[0])
	}
	return false
}

// formatVerbs returns the verbs of the printf format f, each as written
// ("%d", "%-5.2f", "% o"), without %%; ok is false when a verb takes its
// value by index ("%[1]d") or its width or precision from a value
// ("%*d"), which formatVerbs does not count.
func formatVerbs(f string) (verbs []string, ok bool) {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("+-# 0", f[j]) >= 0 {
			j++
		}
		for j < len(f) && (f[j] >= '0' && f[j] <= '9' || f[j] == '.') {
			j++
		}
		if j == len(f) {
			return verbs, true // a lone % at the end: %!(NOVERB), no value taken
		}
		if f[j] == '[' || f[j] == '*' {
			return nil, false
		}
		r, size := utf8.DecodeRuneInString(f[j:])
		if r == '%' && j == i+1 {
			i = j
			continue
		}
		verbs = append(verbs, f[i:j+size])
		i = j + size - 1
	}
	return verbs, true
}

// verbLetter is the letter of the verb v as formatVerbs writes it ('d'
// for "%-5d").
func verbLetter(v string) rune {
	r, _ := utf8.DecodeLastRuneInString(v)
	return r
}

// kindVerbs are the verbs fmt formats a value of each basic kind with,
// %v and %T aside, which format any.
var kindVerbs = map[reflect.Kind]string{
	reflect.Bool:    "t",
	reflect.Int:     "bcdoOqxXU",
	reflect.Uint:    "bcdoOqxXU",
	reflect.Float64: "bgGxXfFeE",
	reflect.String:  "sqxX",
}

// basicKind is the kind of kindVerbs a value of kind k formats as, or
// Invalid for a kind that is not one (a struct, a pointer, a list, which
// fmt formats part by part).
func basicKind(k reflect.Kind) reflect.Kind {
	switch k {
	case reflect.Bool, reflect.String:
		return k
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return reflect.Int
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return reflect.Uint
	case reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return reflect.Float64
	}
	return reflect.Invalid
}

var (
	// htmlType is html/template's HTML, which printf makes text of: the
	// page then shows its markup escaped, &lt;p&gt;.
	htmlType      = reflect.TypeFor[htmltemplate.HTML]()
	formatterType = reflect.TypeFor[fmt.Formatter]()
	stringerType  = reflect.TypeFor[fmt.Stringer]()
	errorType     = reflect.TypeFor[error]()
)

// formats reports whether fmt formats a value of type t with the verb
// v, or may: a type that formats itself (fmt.Formatter), and one that is
// not of a basic kind, are let be. A String or Error method formats a
// value for %s, %q, %x and %X too; %w formats nothing outside an error's
// Errorf.
func formats(v string, t reflect.Type) bool {
	letter := verbLetter(v)
	switch {
	case letter == 'v' || letter == 'T':
		return true
	case letter == 'w':
		return false
	case t.Implements(formatterType):
		return true
	case strings.ContainsRune("sqxX", letter) && (t.Implements(stringerType) || t.Implements(errorType)):
		return true
	}
	k := basicKind(t.Kind())
	return k == reflect.Invalid || strings.ContainsRune(kindVerbs[k], letter)
}

// verbWords says what a value the verb letter formats is.
func verbWords(letter rune) string {
	switch letter {
	case 'd', 'o', 'O':
		return "a whole number"
	case 'c', 'U':
		return "a character's number"
	case 'b', 'e', 'E', 'f', 'F', 'g', 'G':
		return "a number"
	case 's':
		return "text"
	case 'q':
		return "text or a character's number"
	case 'x', 'X':
		return "text or a number"
	case 't':
		return "true or false"
	case 'w':
		return "an error, and only in Go's fmt.Errorf"
	}
	return "no value: it is no verb of printf's"
}

// kindVerb is the verb to write for a value of type t.
func kindVerb(t reflect.Type) string {
	switch basicKind(t.Kind()) {
	case reflect.String:
		return "%s"
	case reflect.Int, reflect.Uint:
		return "%d"
	case reflect.Float64:
		return "%g"
	case reflect.Bool:
		return "%t"
	}
	return "%v"
}

// formatWords says, in a curator's words, what is wrong with the printf
// call m found (Missing.Format) and what to write instead.
func (m Missing) formatWords() (msg, hint string) {
	call := "{{printf …}}"
	tmplwalk.Walk(m.Tree.Root, func(n parse.Node) {
		p, ok := n.(*parse.PipeNode)
		if !ok || call != "{{printf …}}" {
			return
		}
		for _, c := range p.Cmds {
			for _, a := range append([]parse.Node{c}, c.Args...) {
				if a == m.Node {
					call = "{{" + p.String() + "}}"
				}
			}
		}
	})
	_, expr := m.Tree.ErrorContext(m.Node)
	if m.Type == nil {
		verbs, _ := strconv.Atoi(m.Want)
		shows := "%!(EXTRA …) at its end"
		if m.Got < verbs {
			shows = "%!…(MISSING) for each verb without one"
		}
		msg = fmt.Sprintf("%s: its format %s has %s, and it is given %s, so the output would show %s",
			call, expr, textutil.Plural(verbs, "verb", "verbs"), textutil.Plural(m.Got, "value", "values"), shows)
		return msg, "give printf a value for each verb (a % sign of the text itself is written %%), and a verb for each value (%v formats any)"
	}
	if m.Type == htmlType {
		return m.htmlWords(call, expr)
	}
	letter := verbLetter(m.Want)
	what := diag.KindWords(m.Type)
	if what == "" {
		what = "of type " + m.Type.String()
	}
	msg = fmt.Sprintf("%s: %s formats %s, and %s is %s, so the output would show %%!%c(%s=…) in its place", call, m.Want, verbWords(letter), expr, what, letter, m.Type)
	return msg, fmt.Sprintf("write %s for it, or %%v, which formats any value", kindVerb(m.Type))
}

// htmlWords says that the printf call, given expr, a value of HTML, makes
// text of it, which the page shows with its tags escaped, and what to
// write: the value as it is, or the field of a paper's HTML field's plain
// text (truncate of it, for a value shortened with %.200s).
func (m Missing) htmlWords(call, expr string) (msg, hint string) {
	msg = fmt.Sprintf("%s: %s is HTML, and printf makes text of it, so the page would show its markup as text (&lt;p&gt;…)", call, expr)
	text := diag.TextField(expr)
	if text == "" {
		return msg, fmt.Sprintf("write {{%s}} to show it as HTML", expr)
	}
	if _, prec, ok := strings.Cut(m.Want, "."); ok && len(prec) > 1 {
		return msg, fmt.Sprintf("to shorten it, write {{truncate %s %s}}, its plain text; to show it whole, {{%s}}", prec[:len(prec)-1], text, expr)
	}
	return msg, fmt.Sprintf("write {{%s}} to show it as HTML, or {{%s}}, its plain text", expr, text)
}
