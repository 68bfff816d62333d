package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	tparse "text/template/parse"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
)

// foreignPlaceholder matches a placeholder of another translation system
// in a message's text: gettext's and printf's %d, %s, %1$s, %(name)s,
// Apple's %@; ICU's and .NET's {Count}, {0} and {count, plural, …}.
var foreignPlaceholder = regexp.MustCompile(`%(?:[1-9][0-9]*\$|\(([A-Za-z_][A-Za-z0-9_]*)\))?[-+#0]?[0-9]*(?:\.[0-9]+)?([sdvifuxc@])|\{([A-Za-z_][A-Za-z0-9_]*|[0-9]+)(\s*,\s*(plural|select|selectordinal|number|date)\b[^}]*)?\}`)

// placeholder is a placeholder of another system in a text, with the
// argument of Paperboy's it stands for, when that is known.
type placeholder struct {
	text, arg string
	forms     bool // an ICU plural or select: forms, not an argument
}

// checkPlaceholders reports a text of message id that writes an
// argument as another translation system does ("%d Artikel", "{Count}
// Stimmen"), which pages would show as it is: args are the arguments
// of each built-in message, or nil. Only those patterns are read, so a
// text may still hold "50 %" or braces of its own; {Name} is one only
// when the message has an argument of that name, {0} always.
func (f *form) checkPlaceholders(id string, args map[string][]string) error {
	takes := slices.Compact(slices.Sorted(slices.Values(args[id])))
	var found []placeholder
	for _, s := range f.literal() {
		for _, m := range foreignPlaceholder.FindAllStringSubmatchIndex(s, -1) {
			p := placeholder{text: s[m[0]:m[1]]}
			if r, _ := utf8.DecodeRuneInString(s[m[1]:]); m[4] >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue // "%sicher": a word after a per cent sign
			}
			switch {
			case m[2] >= 0: // %(name)s
				p.arg = argNamed(s[m[2]:m[3]], takes)
			case m[4] >= 0: // %d, %s
				p.arg = argOfVerb(s[m[4]:m[5]], takes)
			default: // {Name}, {0}
				name := s[m[6]:m[7]]
				numbered := unicode.IsDigit(rune(name[0]))
				p.arg = argNamed(name, takes)
				switch {
				case m[8] >= 0: // {count, plural, …}: forms, not an argument
					p.arg, p.forms = "", true
					p.text = "{" + name + ", " + s[m[10]:m[11]] + ", …}"
				case p.arg == "" && !numbered:
					continue // braces of the text's own: {Beta}
				case numbered && len(takes) == 1:
					p.arg = takes[0]
				}
			}
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		return nil
	}
	fixed := f.text
	var texts []string
	forms := false
	for _, p := range found {
		forms = forms || p.forms
		texts = append(texts, p.text)
		if p.arg == "" {
			fixed = ""
		} else if fixed != "" {
			fixed = strings.Replace(fixed, p.text, "{{."+p.arg+"}}", 1)
		}
	}
	is := "is a placeholder"
	if len(found) > 1 {
		is = "are placeholders"
	}
	var fix string
	switch {
	case fixed != "":
		fix = fmt.Sprintf("write %q", fixed)
	case forms:
		fix = "give the message its plural forms under its id instead (one:, other:…), each a text with {{.Count}}"
	case len(takes) == 0:
		fix = "this message has no arguments: write the text without it"
	default:
		fix = fmt.Sprintf("write an argument as {{.Name}}: this message has %s", "{{."+strings.Join(takes, "}}, {{.")+"}}")
	}
	return diag.Errorf(f.origin, f.line, "%s: %s %s of another translation system, which pages would show as it is; %s", id, strings.Join(texts, " and "), is, fix)
}

// literal returns the parts of f's text that pages show as they are:
// all of a plain text, or a template's text outside its {{…}}.
func (f *form) literal() []string {
	if f.plain {
		return []string{f.text}
	}
	var out []string
	tmplwalk.Walk(f.txt.Tree.Root, func(n tparse.Node) {
		if t, ok := n.(*tparse.TextNode); ok {
			out = append(out, string(t.Text))
		}
	})
	return out
}

// argNamed returns the argument of takes that name is, in any case
// ("count" is Count), or "".
func argNamed(name string, takes []string) string {
	for _, a := range takes {
		if strings.EqualFold(a, name) {
			return a
		}
	}
	return ""
}

// argOfVerb returns the argument of takes a printf verb stands for: a
// number's (%d) the count, any other the only argument; or "".
func argOfVerb(verb string, takes []string) string {
	if strings.ContainsAny(verb, "diu") && slices.Contains(takes, "Count") {
		return "Count"
	}
	if len(takes) == 1 {
		return takes[0]
	}
	return ""
}
