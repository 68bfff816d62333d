package parse

import (
	"fmt"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// The YAML library's messages for a line it cannot read ("mapping values
// are not allowed in this context", "did not find expected key") name its
// grammar, not the newcomer's mistake. The mistakes behind them are few:
// a value with ": " in it left unquoted (a paper's title, as often as
// not), a line indented more than the field before it, and a value quoted
// on a line and never closed there. layoutHint tells them apart.

// keyLineRE matches a `key: value` or `key:` line, capturing its
// indentation, its key and its value.
var keyLineRE = regexp.MustCompile(`^( *)([^\s#"'\[{:-][^:#]*?):(?: +(.*))?$`)

// layoutHint explains the YAML error msg reported at lines[i] (0-based):
// it returns the 0-based line the mistake is on and what to tell the
// user, or -1 when msg is none of the errors it knows.
func layoutHint(lines []string, msg string, i int) (int, string) {
	if i < 0 || i >= len(lines) {
		return -1, ""
	}
	switch msg {
	case "mapping values are not allowed in this context":
		if j := overIndented(lines, i); j >= 0 {
			return j, indentHint(lines, j)
		}
		if h := colonHint(lines[i]); h != "" {
			return i, h
		}
	case "did not find expected key":
		// The library stops on the line before the one it cannot read.
		if j := overIndented(lines, i+1); j >= 0 {
			return j, indentHint(lines, j)
		}
		if l, h := unclosedQuote(lines[i]); l {
			return i, h
		}
	case "did not find expected node content":
		// The library names the line before the list's, or the list's.
		for _, j := range []int{i + 1, i} {
			if j < len(lines) && emptyItemRE.MatchString(lines[j]) {
				return j, "the list on this line has an empty item (two commas in a row, or a comma right after [); remove the extra comma"
			}
		}
	}
	return -1, ""
}

// overIndented returns i when lines[i] is a `key:` line indented more
// than the field on the line before it, which holds a value of its own
// (so this line cannot be one of its fields), or -1.
func overIndented(lines []string, i int) int {
	if i <= 0 || i >= len(lines) {
		return -1
	}
	cur := keyLineRE.FindStringSubmatch(lines[i])
	prev := keyLineRE.FindStringSubmatch(lines[i-1])
	if cur == nil || prev == nil || len(cur[1]) <= len(prev[1]) || strings.TrimSpace(prev[3]) == "" {
		return -1
	}
	return i
}

// indentHint tells the user to line lines[j] up with the field before it.
func indentHint(lines []string, j int) string {
	prev := keyLineRE.FindStringSubmatch(lines[j-1])
	cur := keyLineRE.FindStringSubmatch(lines[j])
	where := "at the start of the line"
	if prev[1] != "" {
		where = fmt.Sprintf("%d spaces in", len(prev[1]))
	}
	return fmt.Sprintf("%q is indented more than %q on the line before, so YAML reads it as part of that field's value; start it %s, as the other fields are",
		cur[2]+":", prev[2]+":", where)
}

// colonHint explains a plain (unquoted) value with ": " in it, which YAML
// takes for a field inside the value; "" when line is not one.
func colonHint(line string) string {
	m := keyLineRE.FindStringSubmatch(line)
	if m == nil || m[3] == "" || strings.ContainsRune(`"'[{|>`, rune(m[3][0])) || !strings.Contains(m[3], ": ") {
		return ""
	}
	return fmt.Sprintf("the value of %q has a colon followed by a space, which YAML reads as the start of another field; put the whole value in quotes: %s: %s",
		m[2]+":", m[2], quoted(m[3]))
}

// quoted writes v as a YAML double-quoted value.
func quoted(v string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(strings.TrimSpace(v)) + `"`
}

// unclosedQuote tells whether line's value opens a quote it does not
// close, and the hint to give; the library reports such a value at the
// line it opens when a quote further down closes it.
func unclosedQuote(line string) (bool, string) {
	v := valueOf(line)
	if v == "" || (v[0] != '"' && v[0] != '\'') || quoteEnd(v[1:], v[0]) >= 0 {
		return false, ""
	}
	if v[0] == '"' {
		return true, unclosedDouble
	}
	return true, unclosedSingle
}

// The hints for a quoted value never closed on its line.
const (
	unclosedDouble = `the value quoted with " on this line is never closed; end it with a matching " (and write a " inside it as \")`
	unclosedSingle = "the value quoted with ' on this line is never closed; end it with a matching ' (and write a ' inside it as '')"
)

// emptyItemRE matches a flow list with an empty item: "[a, , b]" or "[, a]".
var emptyItemRE = regexp.MustCompile(`\[\s*,|,\s*,`)

// commentedValue returns an error for the first field of m whose value is
// empty because it starts with #, which YAML reads as a comment
// (`title: #1 paper of the day`), or nil. A comment after a space
// (`author: # to do`) is taken as meant; one right against its # is not.
func commentedValue(path string, m *yaml.Node) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		c := k.LineComment
		if v.Kind != yaml.ScalarNode || v.Tag != "!!null" || v.Value != "" || len(c) < 2 || c[1] == ' ' || c[1] == '#' || c[1] == '\t' {
			continue
		}
		return diag.Errorf(path, k.Line, "the value of %q starts with #, which YAML reads as the start of a comment, so the field is empty; put the value in quotes: %s: %s",
			k.Value+":", k.Value, quoted(c))
	}
	return nil
}
