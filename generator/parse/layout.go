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
// not), a line indented more than the field before it or out of line with
// the fields around it, a list item out of line with the item before it,
// a value quoted on a line and never closed there, a list item with no
// space after its dash, and an empty item in a [list].
// layoutHint tells them apart. (yamlError, in fields.go, asks it last,
// after the hints that need no layout: a quote or bracket never closed, a
// lost backslash, a no-break space, curly quotes.)

// keyLineRE matches a `key: value` or `key:` line, capturing its
// indentation, its key and its value.
var keyLineRE = regexp.MustCompile(`^( *)([^\s#"'\[{:-][^:#]*?):(?: +(.*))?$`)

// keyLine is keyLineRE.FindStringSubmatch(line), with no regexp run on a
// line that cannot match: one with no ':', or a '#' before its first. A
// paper's abstract, written on one line, is such a line, and the
// regexp's lazy key backtracked over all of it.
func keyLine(line string) []string {
	if i := strings.IndexAny(line, ":#"); i < 0 || line[i] != ':' {
		return nil
	}
	return keyLineRE.FindStringSubmatch(line)
}

// layoutHint explains the YAML error msg reported at lines[i] (0-based),
// lines[0] being file line first: it returns the 0-based line the mistake
// is on and what to tell the user, or -1 when msg is none of the errors it
// knows.
func layoutHint(lines []string, msg string, i, first int) (int, string) {
	if name, ok := strings.CutPrefix(msg, "unknown anchor '"); ok {
		// Reported without a line: the value that starts with *name.
		name, _, _ = strings.Cut(name, "'")
		for j, l := range lines {
			if m := keyLineRE.FindStringSubmatch(l); m != nil && strings.HasPrefix(m[3], "*"+name) {
				return j, signHint(m)
			}
		}
	}
	if i < 0 || i >= len(lines) {
		return -1, ""
	}
	switch msg {
	case "did not find expected alphabetic or numeric character", "found character that cannot start any token":
		if m := keyLineRE.FindStringSubmatch(lines[i]); m != nil && m[3] != "" && strings.ContainsRune("*&!@`%", rune(m[3][0])) {
			return i, signHint(m)
		}
	case "mapping values are not allowed in this context":
		if j := overIndented(lines, i); j >= 0 {
			return j, indentHint(lines, j)
		}
		if h := colonHint(lines[i]); h != "" {
			return i, h
		}
	case "did not find expected key":
		// The library stops on the line before the one it cannot read,
		// or, after a quoted value in a mapping's block, on the
		// mapping's key (newsletter:), further up; or on a comment or
		// blank line above the field it stopped in (site.yaml's comments).
		for i+1 < len(lines) && commentOrBlank(lines[i]) {
			i++
		}
		for j := i + 1; j < len(lines) && (j == i+1 || inBlock(lines, i, j)); j++ {
			if j := overIndented(lines, j); j >= 0 {
				return j, indentHint(lines, j)
			}
		}
		if l, h := unclosedQuote(lines[i]); l {
			return i, h
		}
		if j, h := misalignedItem(lines, i+1, i+2); j >= 0 {
			return j, h
		}
		if j, h := misaligned(lines, i, first); j >= 0 {
			return j, h
		}
	case "did not find expected '-' indicator":
		// The library names the list's key; the item is further down.
		if j, h := misalignedItem(lines, i+1, len(lines)); j >= 0 {
			return j, h
		}
	case "could not find expected ':'":
		for _, j := range []int{i, i + 1} {
			if j < len(lines) && dashRE.MatchString(lines[j]) {
				return j, "a list item needs a space after its dash (`- item`, not `-item`); add the space"
			}
		}
		if m := unspacedKeyRE.FindStringSubmatch(lines[i]); m != nil && !strings.HasPrefix(m[3], "/") {
			return i, fmt.Sprintf("%q needs a space after its colon, or YAML does not read it as a field; write %s: %s", strings.TrimSpace(lines[i]), m[2], m[3])
		}
		if h := tomlLineHint(lines[i]); h != "" {
			return i, h
		}
		if m := keyLineRE.FindStringSubmatch(lines[max(i-1, 0)]); i > 0 && m != nil && m[3] != "" && !strings.ContainsRune(`"'[{|>`, rune(m[3][0])) && !strings.Contains(lines[i], ": ") {
			return i, fmt.Sprintf("this line has no `key:`, so YAML reads it as more of the value of %q on the line before, which must then be indented under it; put the whole value on one line, in quotes: %s: %s", m[2]+":", m[2], quoted(m[3]+" "+strings.TrimSpace(lines[i])))
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

// unspacedKeyRE matches a `key:value` line, with no space after its
// colon, and equalsKeyRE a `key = value` line, as TOML writes one; each
// captures its indentation, key and value.
var (
	unspacedKeyRE = regexp.MustCompile(`^( *)([A-Za-z_][\w.-]*):(\S.*)$`)
	equalsKeyRE   = regexp.MustCompile(`^( *)([A-Za-z_][\w.-]*) *= *(.*)$`)
)

// tomlLineHint is the hint for a `key = value` line, as TOML writes a
// field (Hugo's front matter between +++ lines, and its hugo.toml): the
// YAML line to write in its place; "" for another line.
func tomlLineHint(line string) string {
	m := equalsKeyRE.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	return fmt.Sprintf("%q is written as TOML writes a field; YAML writes key: value, so write %s: %s", strings.TrimSpace(line), m[2], strings.TrimSpace(m[3]))
}

// tomlDoc returns the line of src, YAML whose first line is file line
// firstLine, that shows it was written as TOML (its first line that is no
// comment, a `key = value` line: YAML reads such lines as one text value),
// and tomlLineHint for it; 0 and "" when src does not start so.
func tomlDoc(src []byte, firstLine int) (int, string) {
	for i, line := range strings.Split(string(src), "\n") {
		if commentOrBlank(line) {
			continue
		}
		return firstLine + i, tomlLineHint(line)
	}
	return 0, ""
}

// signHint is the hint for a `key: value` line, m as keyLineRE matches it,
// whose value starts with a sign YAML reads as its own rather than text.
func signHint(m []string) string {
	return fmt.Sprintf("the value of %q starts with %c, which YAML reads as a sign of its own (* an alias, & an anchor, ! a tag; @, ` and %% it keeps for later), not as text; put the value in quotes: %s: %s",
		m[2]+":", m[3][0], m[2], quoted(m[3]))
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
	if cur == nil || prev == nil || len(cur[1]) <= len(prev[1]) || strings.TrimSpace(prev[3]) == "" || strings.ContainsAny(prev[3][:1], "|>") {
		return -1
	}
	return i
}

// commentOrBlank reports whether line is a YAML comment or blank.
func commentOrBlank(line string) bool {
	l := strings.TrimSpace(line)
	return l == "" || strings.HasPrefix(l, "#")
}

// inBlock reports whether lines[j] is in the block of the `key:` line
// lines[i], indented more than it, or blank.
func inBlock(lines []string, i, j int) bool {
	head := keyLineRE.FindStringSubmatch(lines[i])
	l := lines[j]
	return head != nil && (strings.TrimSpace(l) == "" || len(l)-len(strings.TrimLeft(l, " ")) > len(head[1]))
}

// indentHint tells the user to line lines[j] up with the field before it.
func indentHint(lines []string, j int) string {
	prev := keyLineRE.FindStringSubmatch(lines[j-1])
	cur := keyLineRE.FindStringSubmatch(lines[j])
	return fmt.Sprintf("%q is indented more than %q on the line before, so YAML reads it as part of that field's value; %s, as the other fields are",
		cur[2]+":", prev[2]+":", lineUp(len(prev[1])))
}

// lineUp says how to indent a line by n spaces.
func lineUp(n int) string {
	if n == 0 {
		return "move it to the start of the line"
	}
	return "indent it by " + spaces(n)
}

// spaces says "1 space" or "n spaces".
func spaces(n int) string {
	if n == 1 {
		return "1 space"
	}
	return fmt.Sprintf("%d spaces", n)
}

// misaligned finds, from lines[i] on, the first `key:` line indented by
// no indentation an enclosing field has (a topic's description: a space
// short of its name:), which the library reports at a line before it,
// and the hint to line it up with the field before it; or -1.
func misaligned(lines []string, i, first int) (int, string) {
	var levels []int // the indentations of the fields open at this line
	prev := -1       // the last key line
	for j := i; j < len(lines); j++ {
		m := keyLineRE.FindStringSubmatch(lines[j])
		if m == nil {
			continue
		}
		n := len(m[1])
		for len(levels) > 0 && n < levels[len(levels)-1] {
			levels = levels[:len(levels)-1]
		}
		// Between the field it ends (prev, indented more) and the one
		// it returns to (indented less): out of line with both.
		if p := keyLineRE.FindStringSubmatch(lines[max(prev, 0)]); prev >= 0 && len(levels) > 0 && n > levels[len(levels)-1] && len(p[1]) > n {
			return j, fmt.Sprintf("%q is indented by %d spaces, out of line with the fields around it (%q on line %d is indented by %d), so YAML cannot tell which field it belongs to; %s, as the fields beside it are",
				m[2]+":", n, p[2]+":", first+prev, len(p[1]), lineUp(len(p[1])))
		}
		if len(levels) == 0 || n > levels[len(levels)-1] {
			levels = append(levels, n)
		}
		prev = j
	}
	return -1, ""
}

// itemRE matches a list item's line, capturing its indentation.
var itemRE = regexp.MustCompile(`^( *)- `)

// misalignedItem finds the first of lines[from:to] that is a list item
// indented otherwise than the item on the line before it (one list, two
// indentations, which YAML cannot read), and the hint to line it up with
// that one; or -1.
func misalignedItem(lines []string, from, to int) (int, string) {
	for j := max(from, 1); j < min(to, len(lines)); j++ {
		cur, prev := itemRE.FindStringSubmatch(lines[j]), itemRE.FindStringSubmatch(lines[j-1])
		if cur == nil || prev == nil || len(cur[1]) == len(prev[1]) {
			continue
		}
		return j, fmt.Sprintf("this list item is indented by %s and the item before it by %d, so YAML cannot tell which list it belongs to; %s, as the item before it is",
			spaces(len(cur[1])), len(prev[1]), lineUp(len(prev[1])))
	}
	return -1, ""
}

// continuedItem returns an error for the first list item of root that a
// line indented more than it continues: `  - Ada Lovelace` and then
// `   - Alan Turing` are, to YAML, one item "Ada Lovelace - Alan Turing",
// no error at all, so a stray space would merge two authors without a
// word. src is the YAML, whose first line is file line first; nil when
// there is no such item. Only an item with " - " in it is looked at in src.
func continuedItem(path string, src []byte, first int, root *yaml.Node) error {
	for _, n := range root.Content {
		if root.Kind == yaml.SequenceNode && n.Kind == yaml.ScalarNode && n.Style == 0 && strings.Contains(n.Value, " - ") {
			lines := strings.Split(string(src), "\n")
			i := n.Line - first // the item's line, 0-based
			if i+1 < len(lines) && i >= 0 {
				cur, next := itemRE.FindStringSubmatch(lines[i]), itemRE.FindStringSubmatch(lines[i+1])
				if cur != nil && next != nil && len(next[1]) > len(cur[1]) {
					return diag.Errorf(path, n.Line+1, "invalid YAML: this list item is indented by %s and the item before it by %d, so YAML reads it as the rest of that item (%q); %s, as the item before it is",
						spaces(len(next[1])), len(cur[1]), n.Value, lineUp(len(cur[1])))
				}
			}
		}
		if err := continuedItem(path, src, first, n); err != nil {
			return err
		}
	}
	return nil
}

// dashRE matches a list item with no space after its dash: "-Alan".
var dashRE = regexp.MustCompile(`^\s*-[^\s-]`)

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

// bracesHint explains a plain value that starts with {{, as a message's
// text may ({{.Name}}s Artikel), which YAML reads as a {mapping} inside
// a {mapping}; "" when line is not one.
func bracesHint(line string) string {
	m := keyLine(line)
	if m == nil || !strings.HasPrefix(m[3], "{{") {
		return ""
	}
	return fmt.Sprintf("the value of %q starts with {{, which YAML reads as the start of a {mapping}, not text; put the whole value in quotes: %s: %s",
		m[2]+":", m[2], quoted(m[3]))
}

// bracesLine returns the line (0-based) of lines that bracesHint
// explains, from i, where the library reports its error (the line before
// the value's, past comments and blank lines, or the value's), or -1.
func bracesLine(lines []string, i int) int {
	for j := max(i, 0); j < len(lines); j++ {
		if bracesHint(lines[j]) != "" {
			return j
		}
		if j > i && !commentOrBlank(lines[j]) {
			break
		}
	}
	return -1
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
	if v == "" || (v[0] != '"' && v[0] != '\'') || QuoteEnd(v[1:], v[0]) >= 0 {
		return false, ""
	}
	return true, unclosedQuoteHint(v[0])
}

// unclosedQuoteHint is the hint for a value quoted with q (" or ') and
// never closed.
func unclosedQuoteHint(q byte) string {
	if q == '"' {
		return unclosedDouble
	}
	return unclosedSingle
}

// The hints for a quoted value never closed on its line.
const (
	unclosedDouble = `the value quoted with " on this line is never closed; end it with a matching " (and write a " inside it as \")`
	unclosedSingle = "the value quoted with ' on this line is never closed; end it with a matching ' (and write a ' inside it as '')"
)

// emptyItemRE matches a flow list with an empty item: "[a, , b]" or "[, a]".
var emptyItemRE = regexp.MustCompile(`\[\s*,|,\s*,`)

// eatenSign returns an error for the first value of m that starts with &
// or ! (`tldr: &more than that`, `title: !Important`), which YAML takes
// for an anchor or a tag and leaves out of the text without an error, or
// nil. An anchor that an alias (*name) reads is YAML meant, and let be.
func eatenSign(path string, m *yaml.Node) error {
	used := map[string]bool{}
	walkNodes(m, nil, "", 0, func(n, _ *yaml.Node, _ string) bool {
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			used[n.Alias.Anchor] = true
		}
		return true
	})
	var err error
	walkNodes(m, nil, "", 0, func(n, _ *yaml.Node, key string) bool {
		if n.Kind != yaml.ScalarNode || key == "" {
			return true
		}
		sign := ""
		switch {
		case n.Anchor != "" && !used[n.Anchor]:
			sign = "&" + n.Anchor
		case strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!"):
			sign = n.Tag
		default:
			return true
		}
		err = diag.Errorf(path, n.Line, "%s", signHint([]string{"", "", key, strings.TrimSpace(sign + " " + n.Value)}))
		return false
	})
	return err
}

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
		if tags := hashtags("[" + strings.Join(strings.FieldsFunc(c, func(r rune) bool { return r == ',' || r == ' ' }), ", ") + "]"); tags != "" && (k.Value == "topics" || k.Value == "keywords") {
			return diag.Errorf(path, k.Line, "the value of %q starts with #, which YAML reads as the start of a comment, so the field is empty; write the %s without the # of a hashtag: %s: %s",
				k.Value+":", k.Value, k.Value, tags)
		}
		return diag.Errorf(path, k.Line, "the value of %q starts with #, which YAML reads as the start of a comment, so the field is empty; put the value in quotes: %s: %s",
			k.Value+":", k.Value, quoted(c))
	}
	return nil
}

// walkNodes calls visit with n and each node below it, depth first,
// with the node holding it (parent) and the key of the mapping entry it
// is or lies in ("" at the top); it stops, and returns false, once visit
// does, and goes no deeper than 100 levels, which only a hostile file
// nests. An alias (*name) is not followed.
func walkNodes(n, parent *yaml.Node, key string, depth int, visit func(n, parent *yaml.Node, key string) bool) bool {
	if depth > 100 || !visit(n, parent, key) {
		return false
	}
	for i, c := range n.Content {
		k := key
		if n.Kind == yaml.MappingNode {
			if i%2 == 0 {
				continue
			}
			k = n.Content[i-1].Value
		}
		if !walkNodes(c, n, k, depth+1, visit) {
			return false
		}
	}
	return true
}

// cutValue returns an error for the first text value in m, at any depth,
// that YAML cut short at a # right before a word after a space, which
// starts a comment (`title: Why Model #1 Beats Model #2` is "Why Model");
// or nil. As in commentedValue, a comment after "# " is taken as meant,
// and so is one after a value that is not text (`date: 2024-06-03 #mon`),
// which quotes would not mend.
func cutValue(path string, m *yaml.Node) error {
	var err error
	walkNodes(m, nil, "", 0, func(v, parent *yaml.Node, key string) bool {
		c := v.LineComment
		if v.Kind != yaml.ScalarNode || v.Style != 0 || v.Tag != "!!str" || len(c) < 2 || c[1] == ' ' || c[1] == '#' || c[1] == '\t' {
			return true
		}
		whole := v.Value + " " + c
		what, fix := fmt.Sprintf("the value of %q", key+":"), "put the value in quotes: "+key+": "+quoted(whole)
		if parent.Kind == yaml.SequenceNode {
			what, fix = fmt.Sprintf("an item of %q", key+":"), "put the item in quotes: - "+quoted(whole)
		}
		if tags := hashtags("[" + strings.Join(strings.Fields(whole), ", ") + "]"); tags != "" && (key == "topics" || key == "keywords") {
			fix = "write the " + key + " without the # of a hashtag: " + key + ": " + tags
		}
		err = diag.Errorf(path, v.Line, "%s has \" #\" in it, which YAML reads as the start of a comment, so it is cut to %q; %s", what, v.Value, fix)
		return false
	})
	return err
}
