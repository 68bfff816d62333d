package parse

import (
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// Message is one entry of a theme's translation file (i18n/<language>.yaml):
// the text of one message in one language.
type Message struct {
	ID   string
	Line int // of its key
	// Forms maps each plural category the entry gives ("zero", "one",
	// "two", "few", "many", "other") to its text, and "other" alone to the
	// text of an entry written as a plain string. "other" is always set.
	Forms map[string]string
	Lines map[string]int // the line of each form's text
}

// PluralForms are the plural categories of CLDR, in their order: the keys a
// message with plural forms may have.
var PluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// messageIDRE matches a message id.
var messageIDRE = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

// Messages parses a translation file: a YAML mapping of message ids to
// either a text or a mapping of plural categories to texts.
//
//	skipToContent: Skip to content
//	papers:
//	  one: "{{.Count}} paper"
//	  other: "{{.Count}} papers"
//
// Every problem is reported at its line; the messages are returned only
// when there is none.
func Messages(path string, data []byte) ([]Message, error) {
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	m, err := yamlRoot(path, data, 1)
	if m == nil || err != nil {
		return nil, err
	}
	if m.Kind != yaml.MappingNode {
		return nil, diag.Errorf(path, m.Line, "a translation file is a mapping of `id: text` lines, not a %s", kindName(m))
	}
	var errs diag.List
	var out []Message
	seen := map[string]int{}
	lines := strings.Split(string(data), "\n")
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Kind != yaml.ScalarNode || !messageIDRE.MatchString(k.Value) {
			errs.Add(path, k.Line, "%q is not a message id; ids are letters, digits, `-` and `_`, starting with a letter", k.Value)
			continue
		}
		if l, dup := seen[k.Value]; dup {
			errs.Add(path, k.Line, "%s is given twice (also at line %d); keep one", k.Value, l)
			continue
		}
		seen[k.Value] = k.Line
		msg := Message{ID: k.Value, Line: k.Line, Forms: map[string]string{}, Lines: map[string]int{}}
		switch {
		case braced(lines, v) != "":
			errs.Add(path, v.Line, "invalid YAML: %s", braced(lines, v))
			continue
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null" && v.Value == "":
			errs.Add(path, v.Line, "%s is empty, which leaves a link, a label or a title without words; give it a text", k.Value)
			continue
		case v.Kind == yaml.ScalarNode && v.Tag != "!!null":
			msg.Forms["other"], msg.Lines["other"] = v.Value, v.Line
		case v.Kind == yaml.MappingNode:
			pluralForms(path, k.Value, v, lines, &msg, &errs)
		default:
			errs.Add(path, valueLine(k, v), "%s has no text; write `%s: the text`, or its plural forms (`one:` and `other:`) on the lines below", k.Value, k.Value)
			continue
		}
		out = append(out, msg)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// valueLine is the line of v, the value of key k, or k's when v is the
// empty value YAML gives a key written alone: that of "? a", a key in
// YAML's long form, is on the line after the key's, past a file's end.
func valueLine(k, v *yaml.Node) int {
	if v.Tag == "!!null" && v.Value == "" {
		return k.Line
	}
	return v.Line
}

// braced explains v, a value on lines, when it is text that starts with
// {{ written without quotes, which YAML reads as a {mapping} in a
// {mapping} (descAuthor: {{.Name}}); else "".
func braced(lines []string, v *yaml.Node) string {
	if v.Kind != yaml.MappingNode || v.Style&yaml.FlowStyle == 0 || len(v.Content) == 0 || v.Content[0].Kind != yaml.MappingNode || v.Line < 1 || v.Line > len(lines) {
		return ""
	}
	return bracesHint(lines[v.Line-1])
}

// pluralForms reads the plural forms of message id from the mapping v,
// on lines.
func pluralForms(path, id string, v *yaml.Node, lines []string, msg *Message, errs *diag.List) {
	unknown := false
	for j := 0; j+1 < len(v.Content); j += 2 {
		fk, fv := v.Content[j], v.Content[j+1]
		if h := braced(lines, fv); h != "" {
			errs.Add(path, fv.Line, "invalid YAML: %s", h)
			continue
		}
		if !slices.Contains(PluralForms, fk.Value) {
			hint := "the forms are " + strings.Join(PluralForms, ", ")
			if s := diag.Suggest(fk.Value, PluralForms); s != "" {
				hint = "did you mean " + s + "? (" + hint + ")"
			}
			errs.Add(path, fk.Line, "%s: %q is not a plural form; %s", id, fk.Value, hint)
			unknown = true
			continue
		}
		if fv.Kind != yaml.ScalarNode || fv.Tag == "!!null" || fv.Value == "" {
			errs.Add(path, valueLine(fk, fv), "%s: the %s form has no text; give it one", id, fk.Value)
			continue
		}
		msg.Forms[fk.Value], msg.Lines[fk.Value] = fv.Value, fv.Line
	}
	// A misspelt form is the mistake; the missing other: only follows.
	if _, ok := msg.Forms["other"]; !ok && !unknown {
		errs.Add(path, v.Line, "%s has no `other:` form; add it (the form for every count no other form covers)", id)
	}
}
