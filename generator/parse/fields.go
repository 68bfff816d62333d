package parse

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// yamlDoc parses front matter (or site.yaml, when site is true) into a
// YAML node tree and returns its top-level mapping, an empty one when the
// front matter is; a value that is empty because it starts with # is an
// error (commentedValue), and so is one cut short at a " #word"
// (cutValue). Line numbers in the returned nodes are file
// lines.
func yamlDoc(path string, src []byte, firstLine int, site bool) (*yaml.Node, error) {
	m, err := yamlRoot(path, src, firstLine)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return &yaml.Node{Kind: yaml.MappingNode, Line: firstLine}, nil
	}
	if m.Kind != yaml.MappingNode {
		return nil, notMapping(path, src, firstLine, m, site)
	}
	if err := commentedValue(path, m); err != nil {
		return nil, err
	}
	if err := cutValue(path, m); err != nil {
		return nil, err
	}
	if err := eatenSign(path, m); err != nil {
		return nil, err
	}
	return m, nil
}

// notMapping is the error for the YAML src, whose first line is file
// line firstLine, whose top-level node m is no mapping: site.yaml's (site)
// or a front matter's. Lines of TOML (Hugo's front matter with its +++
// fences changed to ---, a hugo.toml saved as site.yaml), which YAML
// reads as one text value, are told at the first with the YAML to write.
func notMapping(path string, src []byte, firstLine int, m *yaml.Node, site bool) error {
	if line, h := tomlDoc(src, firstLine); h != "" && m.Kind == yaml.ScalarNode {
		if site {
			return diag.Errorf(path, line, "%s; this site.yaml is written in TOML (as a hugo.toml is), and site.yaml is YAML, a mapping of `key: value` lines: %s", h, writeLike(siteExample))
		}
		return diag.Errorf(path, line, "%s; this front matter is written in TOML (Hugo's, between +++ lines), and between --- lines it is read as YAML: write each of its lines so", h)
	}
	if site {
		return diag.Errorf(path, m.Line, "%s", shapeHint("site.yaml", m, "a mapping of `key: value` lines", siteExample))
	}
	return diag.Errorf(path, m.Line, "the front matter must be a mapping of `field: value` lines, not a %s", kindName(m))
}

// siteExample is the start of a site.yaml, for messages.
const siteExample = "title: My Paper Digest\nbaseURL: https://user.github.io/repo/"

// yamlRoot parses src, YAML whose first line is file line firstLine, and
// returns its top-level node with file lines in it, or nil when src holds
// none (it is empty, or null). Front matter and translation files share
// it, so both refuse a tab and explain the library's errors alike.
func yamlRoot(path string, src []byte, firstLine int) (*yaml.Node, error) {
	if strings.Contains(string(src), "\t") {
		if l := tabLine(src); l > 0 {
			return nil, diag.Errorf(path, firstLine+l-1, "a tab is used for indentation; YAML allows only spaces, so indent with spaces")
		}
	}
	if err := dashItems(path, src, firstLine); err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(src, &root); err != nil {
		return nil, yamlError(path, src, firstLine, err)
	}
	reline(&root, firstLine, libraryLines(src), 0)
	if err := continuedItem(path, src, firstLine, &root); err != nil {
		return nil, err
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, nil
	}
	m := root.Content[0]
	if m.Kind == yaml.ScalarNode && m.Tag == "!!null" {
		return nil, nil
	}
	return m, nil
}

// tabLine returns the 1-based line of the first line indented with a tab, or 0.
func tabLine(src []byte) int {
	for i, l := range strings.Split(string(src), "\n") {
		trimmed := strings.TrimLeft(l, " ")
		if strings.HasPrefix(trimmed, "\t") && strings.TrimSpace(l) != "" {
			return i + 1
		}
	}
	return 0
}

// reline turns every node's line, the library's line of src, into a file
// line: src's first is firstLine, and lines is libraryLines(src). depth
// guards against hostile nesting.
func reline(n *yaml.Node, firstLine int, lines []int, depth int) {
	if depth > 200 {
		return
	}
	n.Line = firstLine - 1 + srcLine(n.Line, lines)
	for _, c := range n.Content {
		reline(c, firstLine, lines, depth+1)
	}
}

// libraryLines returns, for src that holds a character YAML's library
// takes for a line break beside LF (NEL, U+0085; the line and paragraph
// separators U+2028 and U+2029, which text copied from a PDF may hold
// and an editor shows inside a line), the line of src that each of the
// library's lines (from 1) starts on; nil when src has none, its lines
// being src's.
func libraryLines(src []byte) []int {
	if !bytes.ContainsAny(src, libraryBreaks) {
		return nil
	}
	out := []int{0, 1}
	line := 1
	for _, r := range string(src) {
		switch r {
		case '\n':
			line++
			out = append(out, line)
		case '\u0085', '\u2028', '\u2029':
			out = append(out, line)
		}
	}
	return out
}

// libraryBreaks are the characters beside LF that YAML's library takes
// for line breaks, and libraryBreakNames their names.
const libraryBreaks = "\u0085\u2028\u2029"

var libraryBreakNames = map[rune]string{'\u0085': "next-line character", '\u2028': "line separator", '\u2029': "paragraph separator"}

// srcLine is the line of src where the library's line l starts (lines:
// libraryLines(src)).
func srcLine(l int, lines []int) int {
	if lines == nil || l < 1 {
		return l
	}
	return lines[min(l, len(lines)-1)]
}

// yamlError turns a YAML library error into path:line errors.
func yamlError(path string, src []byte, firstLine int, err error) error {
	var list diag.List
	msgs := []string{err.Error()}
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	}
	lines := strings.Split(string(src), "\n")
	libLines := libraryLines(src)
	for _, m := range msgs {
		m = strings.TrimPrefix(m, "yaml: ")
		line := 0
		if _, e := fmt.Sscanf(m, "line %d:", &line); e == nil {
			m = strings.TrimSpace(m[strings.Index(m, ":")+1:])
			line = firstLine - 1 + srcLine(line, libLines)
		} else {
			line = firstLine
		}
		if l, hint := unclosed(src, m, firstLine); l > 0 {
			list.Add(path, firstLine+l-1, "invalid YAML: %s", hint)
			continue
		}
		if l, q := closedLater(lines, m); l > 0 {
			list.Add(path, firstLine+l-1, "invalid YAML: %s", unclosedQuoteHint(q))
			continue
		}
		var text string // the error's line of src
		if i := line - firstLine; i >= 0 && i < len(lines) {
			text = lines[i]
		}
		if strings.Contains(m, "found unknown escape character") || strings.Contains(m, "did not find expected hexdecimal number") {
			list.Add(path, line, "invalid YAML: %s", backslashHint(text))
			continue
		}
		if j := strings.IndexAny(text, libraryBreaks); j >= 0 {
			r, _ := utf8.DecodeRuneInString(text[j:])
			list.Add(path, line, "invalid YAML: this line holds a %s (U+%04X), which most editors do not show (text copied from a PDF holds them) and YAML takes for a line break; delete it, or put the value in quotes", libraryBreakNames[r], r)
			continue
		}
		if l, key := noBreakSpace(lines[:min(max(line-firstLine+1, 0), len(lines))]); l > 0 {
			list.Add(path, firstLine+l-1, "invalid YAML: the space after %q is a no-break space (U+00A0, which Word and web pages type and editors show as a space); YAML needs an ordinary space there, so delete it and type a space", key+":")
			continue
		}
		through := lines[:min(max(line-firstLine+2, 0), len(lines))] // to the line after the error's: the library may report the line before
		if l, key := fullWidthColon(through); l > 0 {
			list.Add(path, firstLine+l-1, "invalid YAML: the colon after %q is a full-width colon (\uff1a, U+FF1A, which Chinese and Japanese input methods type); YAML needs an ordinary colon and a space there: %s: ", key, key)
			continue
		}
		if l := noBreakIndent(through); l > 0 {
			list.Add(path, firstLine+l-1, "invalid YAML: this line is indented with a no-break space (U+00A0, which Word and web pages type and editors show as a space); YAML indents with ordinary spaces, so delete the line's indentation and type it again")
			continue
		}
		if strings.ContainsAny(text, "“”‘’") {
			list.Add(path, line, "invalid YAML: %s; curly quotes “…” are not YAML quotes, so this line's value is not quoted; %s", m, straightQuotes)
			continue
		}
		if j := bracesLine(lines, line-firstLine); j >= 0 {
			list.Add(path, firstLine+j, "invalid YAML: %s", bracesHint(lines[j]))
			continue
		}
		if i, hint := layoutHint(lines, m, line-firstLine, firstLine); i >= 0 {
			list.Add(path, firstLine+i, "invalid YAML: %s", hint)
			continue
		}
		if l, tags := hashtagList(through[min(max(line-firstLine, 0), len(through)):]); l >= 0 {
			list.Add(path, line+l, "invalid YAML: an item cannot start with the # of a hashtag (YAML's sign of a comment); write the items without #: %s", tags)
			continue
		}
		list.Add(path, line, "invalid YAML: %s; check the indentation and quoting of this line", m)
	}
	return list.Err()
}

// noBreakKeyRE matches a `key:` followed by a no-break space, captured.
var noBreakKeyRE = regexp.MustCompile(`^[ \t-]*([^\s:#"'\[{][^:]*):\x{a0}`)

// noBreakSpace returns the first of lines (1-based) where a no-break space
// follows a `key:`, and the key, or 0. YAML takes it for part of the key,
// and reports a missing colon on a later line.
func noBreakSpace(lines []string) (int, string) {
	for i, l := range lines {
		if m := noBreakKeyRE.FindStringSubmatch(l); m != nil {
			return i + 1, m[1]
		}
	}
	return 0, ""
}

// fullWidthKeyRE matches a key followed by a full-width colon, captured.
var fullWidthKeyRE = regexp.MustCompile(`^[ \t-]*([^\s:#"'\[{][^:\x{ff1a}]*?)\s*\x{ff1a}`)

// fullWidthColon returns the first of lines (1-based) whose key ends in a
// full-width colon (title\uff1a), which YAML takes for part of the text,
// and the key, or 0.
func fullWidthColon(lines []string) (int, string) {
	for i, l := range lines {
		if m := fullWidthKeyRE.FindStringSubmatch(l); m != nil {
			return i + 1, m[1]
		}
	}
	return 0, ""
}

// noBreakIndent returns the first of lines (1-based) whose indentation
// holds a no-break space, which YAML takes for the line's text, or 0.
func noBreakIndent(lines []string) int {
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimLeft(l, " \t"), "\u00a0") {
			return i + 1
		}
	}
	return 0
}

// unclosed finds the line that opens what the YAML error msg says was never
// closed: a quoted value (the library reports the end of the front matter),
// or a [list] or {mapping} (it reports the line before, or the end when
// the front matter ends right after a [, { or comma), and a quote left open
// inside one. A [list] or {mapping} may go on over the lines after it, so
// one closed further down is not the one never closed. It returns that
// 1-based line of src and what to tell the user, or 0. A bracket closed
// by one of the other kind (the library reports the line before) is told
// at the line of the wrong one; firstLine is the file line of src's first.
func unclosed(src []byte, msg string, firstLine int) (int, string) {
	var opens string
	var want byte // the bracket the library says is left open, or any
	switch msg {
	case "found unexpected end of stream":
		opens = `"'[{`
	case "did not find expected ',' or ']'":
		opens, want = "[{", '['
	case "did not find expected ',' or '}'":
		opens, want = "[{", '{'
	case "did not find expected node content":
		opens = "[{"
	default:
		return 0, ""
	}
	lines := strings.Split(string(src), "\n")
	for i := 0; i < len(lines); i++ {
		v := valueOf(lines[i])
		if v == "" || !strings.ContainsRune(opens, rune(v[0])) {
			continue
		}
		switch c := v[0]; {
		case (c == '"' || c == '\'') && QuoteEnd(v[1:], c) < 0:
			return i + 1, unclosedQuoteHint(c)
		case c == '[' || c == '{':
			f := scanFlow(lines, i, v)
			switch {
			case f.mismatched:
				return f.line + 1, mismatchHint(lines, f, firstLine)
			case f.quote != 0:
				if msg != "found unexpected end of stream" {
					return 0, ""
				}
				return f.line + 1, unclosedQuoteHint(f.quote)
			case len(f.open) == 0:
				i = f.line // closed there; what lies between is inside it
			case msg == "found unexpected end of stream" || want != 0 && f.open[len(f.open)-1] != want:
				return 0, ""
			default:
				if tags := hashtags(v); tags != "" {
					return i + 1, "the # of a hashtag after a space or [ starts a comment in YAML, so the rest of the line is lost and the " + string(f.open[0]) + " never closed; write the items without #: " + tags
				}
				return i + 1, unclosedFlowHint(f.open)
			}
		}
	}
	return 0, ""
}

// closedLater finds a quoted value that one of lines opens and does not
// close, for an error msg the library reports where a later line's quote
// closed it: a site.yaml or i18n file with `description: "A digest` left
// open holds more quoted values, and the library says "did not find
// expected key" lines further down, or at the line its mapping starts
// (under the file's leading comments, before the quote), so every line
// is looked at, not only those before the error's. A value the next
// line goes on (indented under its key, as a long quoted value may be
// written) is not such a one, nor is a quote in a comment, in a block
// scalar (| or >), in a plain value's text or in a [list] closed further
// down. It returns the 1-based line and the quote, or 0.
func closedLater(lines []string, msg string) (int, byte) {
	switch msg {
	case "did not find expected key", "could not find expected ':'", "mapping values are not allowed in this context", "did not find expected '-' indicator":
	default:
		return 0, 0
	}
	for i := 0; i < len(lines); i++ {
		v := valueOf(lines[i])
		switch {
		case v == "" || v[0] == '#':
		case v[0] == '[' || v[0] == '{':
			if f := scanFlow(lines, i, v); len(f.open) == 0 && f.quote == 0 && !f.mismatched {
				i = f.line
			}
		case v[0] != '"' && v[0] != '\'':
			i = goesOnTo(lines, i) // a plain value or block scalar: its lines are text
		case QuoteEnd(v[1:], v[0]) >= 0:
		case goesOnTo(lines, i) == i:
			return i + 1, v[0]
		default:
			i = quoteClosedOn(lines, i, v[0])
		}
	}
	return 0, 0
}

// goesOnTo returns the last of the lines after lines[i] that are blank or
// indented deeper than it, over which its value goes on, or i if none
// are (blank lines at the end do not count).
func goesOnTo(lines []string, i int) int {
	indent := len(lines[i]) - len(strings.TrimLeft(lines[i], " "))
	last := i
	for j := i + 1; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			continue
		}
		if len(l)-len(strings.TrimLeft(l, " ")) <= indent {
			break
		}
		last = j
	}
	return last
}

// quoteClosedOn returns the line after lines[i] that closes the quote q
// its value opens, or the last line.
func quoteClosedOn(lines []string, i int, q byte) int {
	for j := i + 1; j < len(lines); j++ {
		if QuoteEnd(lines[j], q) >= 0 {
			return j
		}
	}
	return len(lines) - 1
}

// flowEnd is where a [list] or {mapping} ends, as scanFlow finds it.
type flowEnd struct {
	line       int    // the 0-based line it ends on, or its quote left open opens on
	open       []byte // the brackets still open at the end, outermost first
	quote      byte   // a quote still open at the end, or 0
	mismatched bool   // a bracket closes another kind (a [ by }) on line, not one left open
	// openLine and openCol are where the bracket a mismatched one closes
	// was opened: the 0-based line and the byte in it; closeCol is the
	// byte of the mismatched one on line.
	openLine, openCol, closeCol int
}

// mismatchHint is the hint for f, a bracket closed by one of the other
// kind, in lines, of which the first is file line firstLine: where it was
// opened (its column counted in characters from 1), and what closes it.
func mismatchHint(lines []string, f flowEnd, firstLine int) string {
	open, shut := lines[f.openLine][f.openCol], lines[f.line][f.closeCol]
	col := utf8.RuneCountInString(lines[f.openLine][:f.openCol]) + 1
	at := fmt.Sprintf("at column %d", col)
	if f.openLine != f.line {
		at = fmt.Sprintf("on line %d, column %d", firstLine+f.openLine, col)
	}
	return fmt.Sprintf("the `%c` opened %s is closed by `%c`; close it with `%c`", open, at, shut, "]}"[strings.IndexByte("[{", open)])
}

// scanFlow reads the flow value v, which starts line i of lines with its
// [ or {, on over the lines after it until its brackets are closed, as
// YAML does: a quote opens only where an item starts (in [don't] it is
// part of a plain item), and a # after a space starts a comment.
func scanFlow(lines []string, i int, v string) flowEnd {
	var open []byte
	var opened [][2]int // the line and byte of each of open
	var quote byte
	quoteLine := 0
	for j := i; j < len(lines); j++ {
		s, off := v, len(lines[i])-len(v) // v ends line i
		if j > i {
			s, off = lines[j], 0
		}
		itemStart := true // only spaces since [, {, ',' or ':'
	line:
		for k := 0; k < len(s); k++ {
			c := s[k]
			if quote != 0 {
				switch {
				case quote == '"' && c == '\\':
					k++
				case c == quote && quote == '\'' && k+1 < len(s) && s[k+1] == '\'':
					k++
				case c == quote:
					quote = 0
				}
				continue
			}
			switch {
			case c == '[' || c == '{':
				open, opened = append(open, c), append(opened, [2]int{j, off + k})
			case c == ']' || c == '}':
				if open[len(open)-1] != "[{"[strings.IndexByte("]}", c)] {
					at := opened[len(opened)-1]
					return flowEnd{line: j, mismatched: true, openLine: at[0], openCol: at[1], closeCol: off + k}
				}
				opened = opened[:len(opened)-1]
				if open = open[:len(open)-1]; len(open) == 0 {
					return flowEnd{line: j}
				}
			case (c == '"' || c == '\'') && itemStart:
				quote, quoteLine = c, j
			case c == '#' && (k == 0 || s[k-1] == ' '):
				break line
			}
			if c != ' ' {
				itemStart = strings.IndexByte("[{,:", c) >= 0
			}
		}
	}
	if quote != 0 {
		return flowEnd{line: quoteLine, quote: quote}
	}
	return flowEnd{line: i, open: open}
}

// hashtagRE is a hashtag in a flow list: # right before a word, after
// [, a comma or a space.
var hashtagRE = regexp.MustCompile(`(^|[\[,\s])#(\pL)`)

// hashtags returns the flow list v, one line, with each hashtag's #
// taken out ([#llm, #agents] is [llm, agents]), or "" when it has none.
func hashtags(v string) string {
	if !hashtagRE.MatchString(v) {
		return ""
	}
	return hashtagRE.ReplaceAllString(v, "$1$2")
}

// hashtagList returns the first of lines whose value is a flow list with
// a hashtag in it, by its index, and the list without the hashtags' #;
// -1 when none is.
func hashtagList(lines []string) (int, string) {
	for i, l := range lines {
		if v := valueOf(l); strings.HasPrefix(v, "[") {
			if tags := hashtags(v); tags != "" {
				return i, tags
			}
		}
	}
	return -1, ""
}

// unclosedFlowHint is the hint for the brackets open (outermost first) of
// a [list] or {mapping} opened on a line and never closed.
func unclosedFlowHint(open []byte) string {
	var end, inner []string
	for k := len(open) - 1; k >= 0; k-- {
		end = append(end, string("]}"[strings.IndexByte("[{", open[k])]))
	}
	for _, c := range open[1:] {
		inner = append(inner, string(c))
	}
	if len(inner) == 0 {
		return fmt.Sprintf("the %c opened on this line is never closed; end it with %s, with a comma between items", open[0], end[0])
	}
	return fmt.Sprintf("the %c opened on this line is never closed, nor the %s inside it; end them with %s, with a comma between items",
		open[0], strings.Join(inner, " and "), strings.Join(end, ""))
}

// valueOf returns the value of a `key: value` or `- value` line, or "".
func valueOf(line string) string {
	v := strings.TrimLeft(line, " ")
	for strings.HasPrefix(v, "- ") {
		v = strings.TrimLeft(v[2:], " ")
	}
	if v != "" && strings.ContainsRune(`"'[{`, rune(v[0])) {
		return v
	}
	if i := strings.Index(v, ": "); i >= 0 && !strings.HasPrefix(v, "#") {
		return strings.TrimLeft(v[i+2:], " ")
	}
	return ""
}

// QuoteEnd returns the index in s, the rest of a line after an opening
// quote q, of the closing one, or -1. In double quotes a backslash escapes
// the next byte; in single quotes a quote is written twice.
func QuoteEnd(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch {
		case q == '"' && s[i] == '\\':
			i++
		case s[i] == q && q == '\'' && i+1 < len(s) && s[i+1] == '\'':
			i++
		case s[i] == q:
			return i
		}
	}
	return -1
}

// field is one known front matter key of a struct.
type field struct {
	index  []int
	typ    reflect.Type
	lo, hi int64 // the range of a whole number, from the field's min and max tags
	// eg is an example of the field written right, from its eg tag; a
	// field with one has its value's shape checked (fits) before it is
	// decoded, and shape is what it takes: its shape tag (a yaml.Node's:
	// "mapping", or "scalar,list") or its type's; want, its want tag, says
	// what it takes in messages, when shapeName's words are too vague.
	eg, shape, want string
	// count says what a whole number counts (comments: the comments on
	// the paper's discussion), from its count tag, for a value that is a
	// theme's switch of the same name (comments: false).
	count string
}

// fits reports whether val, not null, has the shape the field takes.
func (f field) fits(val *yaml.Node) bool {
	if val.Kind == yaml.AliasNode && val.Alias != nil {
		val = val.Alias
	}
	var kind string
	switch val.Kind {
	case yaml.MappingNode:
		kind = "mapping"
	case yaml.SequenceNode:
		kind = "list"
	default:
		kind = "scalar"
	}
	return slices.Contains(strings.Split(f.shape, ","), kind)
}

// shapeName says what shape the field f takes, for messages.
func (f field) shapeName() string {
	switch t, shape := f.typ, f.shape; {
	case f.want != "":
		return f.want
	case shape == "mapping":
		return "a mapping of `key: value` lines"
	case shape == "list":
		return "a list"
	case t.Kind() == reflect.Bool:
		return "true or false"
	case isWhole(t):
		return "a whole number"
	}
	return "text"
}

// shapeHint is the message for key's value got, which is not of the shape
// want the key takes: what it is, what it should be, and example, the key
// written right (on lines of its own when it has more than one).
func shapeHint(key string, got *yaml.Node, want, example string) string {
	return fmt.Sprintf("%s must be %s, not a %s; %s", key, want, kindName(got), writeLike(example))
}

// writeLike says to write a value like example: in backquotes, or on
// lines of its own below when it has more than one.
func writeLike(example string) string {
	if strings.Contains(example, "\n") {
		return "write it like\n  " + strings.ReplaceAll(example, "\n", "\n  ")
	}
	return "write it like `" + example + "`"
}

// knownFields holds fieldsOf of every struct type decodeMapping fills,
// computed once when the program starts and only read afterwards.
var knownFields = func() map[reflect.Type]fieldSet {
	m := map[reflect.Type]fieldSet{}
	for _, v := range []any{paperYAML{}, dayYAML{}, pageYAML{}, siteYAML{}, topicYAML{}, limitsYAML{}, newsletterYAML{}} {
		t := reflect.TypeOf(v)
		f, n := fieldsOf(t)
		m[t] = fieldSet{f, n}
	}
	return m
}()

// fieldSet is the known keys of one struct type.
type fieldSet struct {
	fields map[string]field
	names  []string
}

// fieldsFor returns the fields of t from knownFields, or computes them
// for a type it does not list.
func fieldsFor(t reflect.Type) (map[string]field, []string) {
	if fs, ok := knownFields[t]; ok {
		return fs.fields, fs.names
	}
	return fieldsOf(t)
}

// fieldsOf lists the yaml-tagged fields of struct type t by key.
func fieldsOf(t reflect.Type) (map[string]field, []string) {
	fields := map[string]field{}
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		fd := field{index: f.Index, typ: f.Type, lo: math.MinInt64, hi: math.MaxInt64}
		if n, err := strconv.ParseInt(f.Tag.Get("min"), 10, 64); err == nil {
			fd.lo = n
		}
		if n, err := strconv.ParseInt(f.Tag.Get("max"), 10, 64); err == nil {
			fd.hi = n
		}
		fd.count = f.Tag.Get("count")
		if fd.eg, fd.want = f.Tag.Get("eg"), f.Tag.Get("want"); fd.eg != "" {
			switch fd.shape = f.Tag.Get("shape"); {
			case fd.shape != "":
			case f.Type.Kind() == reflect.Slice:
				fd.shape = "list"
			case f.Type.Kind() == reflect.Map:
				fd.shape = "mapping"
			default:
				fd.shape = "scalar"
			}
		}
		fields[name] = fd
		names = append(names, name)
	}
	sort.Strings(names)
	return fields, names
}

// decodeMapping decodes the YAML mapping m into the struct dst, field by
// field, so every wrong key or value gets its own path:line error; what
// names the file or mapping in them ("paper", "site.yaml", "topic"). lines,
// if non-nil, receives the line of each key found. It returns the known
// keys whose values it reported, for forget.
func decodeMapping(path string, m *yaml.Node, dst any, what string, lines map[string]int, errs *diag.List) (reported map[string]bool) {
	return decodeFront(owner{path: path, front: m, base: "/"}, dst, what, lines, errs)
}

// decodeFront is decodeMapping of in's front matter mapping, whose hints
// know the base path of the site in is in.
func decodeFront(in owner, dst any, what string, lines map[string]int, errs *diag.List) (reported map[string]bool) {
	path, m := in.path, in.front
	v := reflect.ValueOf(dst).Elem()
	fields, names := fieldsFor(v.Type())
	seen := map[string]int{}
	reported = map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, val := m.Content[i], m.Content[i+1]
		key := k.Value
		if k.Kind != yaml.ScalarNode {
			errs.Add(path, k.Line, "a %s key must be a plain name", what)
			continue
		}
		if prev, dup := seen[key]; dup {
			errs.Add(path, k.Line, givenTwice, key, prev)
			continue
		}
		seen[key] = k.Line
		f, ok := fields[key]
		if !ok {
			if parent := emptyParent(m, i, fields); parent != "" {
				errs.Add(path, k.Line, "unknown %s field %q: %s: above it is empty, so %s: is read at the top level; if it belongs to %s:, indent it under it (two spaces: \"  %s: …\")", what, key, parent, key, parent, key)
				continue
			}
			errs.Add(path, k.Line, "unknown %s field %q; %s", what, key, unknownKeyHint(what, key, val, names, in))
			continue
		}
		if lines != nil {
			lines[key] = k.Line
		}
		if val.Tag == "!!null" {
			continue
		}
		n := len(*errs)
		decodeValue(path, key, qualified(what, key), k, val, f, v.FieldByIndex(f.index), errs)
		if len(*errs) > n {
			reported[key] = true
		}
	}
	return reported
}

// decodeValue decodes val, the value of the known key k (key, which
// messages call name) of field f, into dst, or reports what is wrong with
// it.
func decodeValue(path, key, name string, k, val *yaml.Node, f field, dst reflect.Value, errs *diag.List) {
	if f.eg != "" && !f.fits(val) {
		eg := f.eg
		if f.typ.Kind() == reflect.Slice && f.typ.Elem().Kind() == reflect.String && val.Kind == yaml.ScalarNode && val.Value != "" {
			eg = key + ": " + listHint(key, val) // the value written as a list
		}
		errs.Add(path, k.Line, "%s", shapeHint(name, val, f.shapeName(), eg))
		return
	}
	if n := curlyQuoted(val); n != nil {
		errs.Add(path, n.Line, "%s: %s", name, curlyQuotesHint(n.Value, isWhole(f.typ)))
		// The value without the quotes, so that neither "the paper has no
		// title" nor "… is not an arXiv id" follows for the one mistake;
		// not a node (papers:), read further, and its ids again.
		if f.typ != reflect.TypeFor[yaml.Node]() {
			_ = withoutCurlyQuotes(val).Decode(dst.Addr().Interface())
		}
		return
	}
	if isWhole(f.typ) && f.count != "" && val.Kind == yaml.ScalarNode && val.Tag == "!!bool" {
		errs.Add(path, val.Line, "%s", switchHint(name, key, val.Value, f.count))
		return
	}
	if isWhole(f.typ) {
		if msg := decodeWhole(val, dst, f); msg != "" {
			errs.Add(path, val.Line, "%s%s", name, msg)
		}
		return
	}
	if n := lostBackslash(val); n != nil {
		errs.Add(path, n.Line, "%s: %s", name, backslashHint(n.Value))
		return
	}
	if n, hint := texQuote(val, key == "title"); n != nil {
		errs.Add(path, n.Line, "%s: %s", name, hint)
		return
	}
	if err := val.Decode(dst.Addr().Interface()); err != nil {
		if strings.Contains(err.Error(), "excessive aliasing") {
			line, names := nestedAlias(val)
			errs.Add(path, cmp.Or(line, val.Line), "%s: %s", name, aliasHint(names))
			return
		}
		if dk, first := duplicateKey(val); dk != nil { // in extra: typeHint would blame the type
			errs.Add(path, dk.Line, "%s: "+givenTwice, name, dk.Value, first)
			return
		}
		errs.Add(path, val.Line, "%s: %s", name, jekyllCategories(path, key, typeHint(key, f.typ, val, err)))
	}
}

// forget sets the fields of dst (the struct decodeMapping filled) whose
// keys it reported to their zero values, as if they were absent, so that
// the checks after it tell nothing more of a mistake already told: that
// baseURL: [x] is one error, not also "the site has no baseURL" or a
// curly-quoted one "not an absolute URL".
func forget(dst any, reported map[string]bool) {
	v := reflect.ValueOf(dst).Elem()
	fields, _ := fieldsFor(v.Type())
	for key := range reported {
		f := v.FieldByIndex(fields[key].index)
		f.SetZero()
	}
}

// emptyParent returns the key of mapping m before the i-th (m.Content's
// index of a key no field has), past other such keys, when it is a field
// that holds a mapping and was left empty: extra: with its keys written
// below it, not indented, which YAML reads at the top level. It returns
// "" for any other.
func emptyParent(m *yaml.Node, i int, fields map[string]field) string {
	unknown := func(key string) bool {
		_, known := fields[key]
		return !known
	}
	holdsMapping := func(key string) bool {
		kind := fields[key].typ.Kind()
		return kind == reflect.Map || kind == reflect.Struct
	}
	return emptyKeyAbove(m, i, unknown, holdsMapping)
}

// emptyKeyAbove returns the nearest key of mapping m above its i-th key
// (m.Content's index), past the keys that sibling says were written as
// the i-th was, when its value is empty and holds says it takes a
// mapping: the key the i-th and its siblings were meant to be indented
// under. It returns "" for any other.
func emptyKeyAbove(m *yaml.Node, i int, sibling, holds func(key string) bool) string {
	for j := i - 2; j >= 0; j -= 2 {
		k, v := m.Content[j], m.Content[j+1]
		switch {
		case sibling(k.Value):
			continue
		case v.Tag == "!!null" && holds(k.Value):
			return k.Value
		}
		return ""
	}
	return ""
}

// unknownKeyHint says what to do with key (its value val), no field of a
// mapping of kind what whose fields are names: write the field that takes
// the place of another generator's key, or the field it misspells, or put
// the curator's own data under extra:. A topic's, limits: or newsletter:
// has no extra: of its own, so their hint names site.yaml's top-level one,
// and their fields, few enough to list.
func unknownKeyHint(what, key string, val *yaml.Node, names []string, in owner) string {
	if h := foreignHint(what, key, val, in); h != "" {
		return h
	}
	hasExtra := slices.Contains(names, "extra")
	extra := "`extra:`"
	if !hasExtra {
		extra = "site.yaml's top-level `extra:`"
	}
	if s := diag.Suggest(key, names); s != "" {
		return fmt.Sprintf("did you mean %q? (%s goes under %s)", s, ownData(what), extra)
	}
	// A typo of another generator's key (sumary:, tag:) would otherwise
	// be sent under extra:; it may be the curator's own data, so both.
	if f := diag.Nearest(strings.ToLower(key), foreignNames(what)); f != "" {
		return fmt.Sprintf("if you meant %q: %s; else put %s under %s", f, foreignHint(what, f, val, in), ownData(what), extra)
	}
	if !hasExtra {
		return fmt.Sprintf("the %s fields are %s; %s goes under %s", what, textutil.List(names), ownData(what), extra)
	}
	return "put " + ownData(what) + " under " + extra
}

// lostBackslashHint explains lostBackslash's finds, and the escapes YAML
// refuses (\s, \U without its hex digits).
const lostBackslashHint = `a backslash in a "double-quoted" value starts an escape (\t is a tab, \n a line break, \b a backspace), so TeX such as $\tau$ loses it; write the value in 'single quotes', or double each backslash`

// windowsPathRE matches a value written as a Windows path: from a drive
// (C:\…, or C: and a control character, a backslash's escape) or a
// server (\\lab\…), or with a file's extension at its end
// (figures\loss.png, and figures<TAB>ables.png after its escape).
var windowsPathRE = regexp.MustCompile(`^["']?([A-Za-z]:[\\\pC]|\\\\)|\.[A-Za-z][A-Za-z0-9]{1,4}["']?$`)

// backslashHint is lostBackslashHint for s, a value or the line that
// writes it (key: value, - value), or, when the value is written as a
// Windows path (windowsPathRE) and holds no math, the same told of a
// path, whose folders are parted with /.
func backslashHint(s string) string {
	s = strings.TrimSpace(s)
	if k, v, ok := strings.Cut(s, ": "); ok && !strings.ContainsAny(k, `"'`) {
		s = strings.TrimSpace(v)
	}
	s = strings.TrimSpace(strings.TrimPrefix(s, "- "))
	if strings.Contains(s, "$") || !windowsPathRE.MatchString(s) {
		return lostBackslashHint
	}
	return `a backslash in a "double-quoted" value starts an escape (\U, \n, \t…), so this path loses its backslashes; part its folders with / (figures/loss.png, relative to this file), or write the value in 'single quotes'`
}

// lostBackslash returns the first double-quoted scalar of n (a value or a
// list of them) whose escapes made a control character that cannot be
// meant: any but tab and line break, or those two inside $…$ math, where
// "$\tau$" and "$\nu$" turn into them, or in a value written as a
// Windows path without spaces ("figures\new.png"; a sentence that ends
// in example.com is let be). Nil if there is none. Math is
// counted from dollar to dollar, not by textutil.InlineMath, whose rule
// refuses a span that starts with white space: "$<tab>au$" is one.
func lostBackslash(n *yaml.Node) *yaml.Node {
	return firstScalar(n, func(s *yaml.Node) bool {
		if s.Style&yaml.DoubleQuotedStyle == 0 {
			return false
		}
		inMath := false
		for _, r := range s.Value {
			switch {
			case r == '$':
				inMath = !inMath
			case r == '\t' || r == '\n':
				if inMath || !strings.ContainsAny(s.Value, "$ ") && windowsPathRE.MatchString(s.Value) {
					return true
				}
			case r < 0x20 || 0x7f <= r && r < 0xa0:
				return true
			}
		}
		return false
	})
}

// curlyQuotesHint explains curlyQuoted's find v, naming the quotes it has;
// a number is told to go without quotes, since "20" is refused as text.
func curlyQuotesHint(v string, number bool) string {
	if number {
		return fmt.Sprintf("curly quotes are not YAML quotes, so they became part of the value, and a number takes no quotes at all; write %s", trimCurly(v))
	}
	if strings.HasPrefix(v, "‘") {
		return "curly quotes ‘…’ are not YAML quotes, so they became part of the value; write straight quotes '…' (or keep them on purpose inside straight quotes: \"‘…’\")"
	}
	return "curly quotes “…” are not YAML quotes, so they became part of the value; " + straightQuotes
}

// straightQuotes says what to write instead of curly quotes.
const straightQuotes = `write straight quotes "…" (or keep them on purpose inside straight quotes: '“…”')`

// curlyQuoted returns the first plain (unquoted) scalar of n (a value or a
// list of them) that starts with a curly opening quote and ends with a
// closing one, as Word types "…" and '…': YAML keeps them in the value,
// where they garble a title, an author's name or an id. Nil if there is
// none.
func curlyQuoted(n *yaml.Node) *yaml.Node {
	return firstScalar(n, func(s *yaml.Node) bool {
		v := s.Value
		return s.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0 &&
			(strings.HasPrefix(v, "“") || strings.HasPrefix(v, "‘")) && (strings.HasSuffix(v, "”") || strings.HasSuffix(v, "’"))
	})
}

// trimCurly returns v without the curly quotes curlyQuoted found around it.
func trimCurly(v string) string {
	v = strings.TrimSuffix(strings.TrimSuffix(v, "”"), "’")
	return strings.TrimPrefix(strings.TrimPrefix(v, "“"), "‘")
}

// withoutCurlyQuotes returns a copy of n (a value or a list of them) whose
// scalars curlyQuoted finds have their quotes taken off.
func withoutCurlyQuotes(n *yaml.Node) *yaml.Node {
	c := *n
	if n.Kind == yaml.SequenceNode {
		c.Content = make([]*yaml.Node, len(n.Content))
		for i, e := range n.Content {
			c.Content[i] = withoutCurlyQuotes(e)
		}
	} else if curlyQuoted(n) != nil {
		c.Value = trimCurly(n.Value)
	}
	return &c
}

// firstScalar returns the first scalar of n (a value or a list of them)
// that bad reports, or nil.
func firstScalar(n *yaml.Node, bad func(*yaml.Node) bool) *yaml.Node {
	if n.Kind == yaml.SequenceNode {
		for _, c := range n.Content {
			if s := firstScalar(c, bad); s != nil {
				return s
			}
		}
		return nil
	}
	if n.Kind == yaml.ScalarNode && bad(n) {
		return n
	}
	return nil
}

// duplicateKey returns the first key n repeats in a mapping, at any depth,
// and the line of its first use; nil if there is none.
func duplicateKey(n *yaml.Node) (*yaml.Node, int) {
	var k *yaml.Node
	var first int
	duplicateKeys(n, func(dk *yaml.Node, at int) {
		if k == nil {
			k, first = dk, at
		}
	})
	return k, first
}

// givenTwice is the error at a key its mapping has twice, with the line
// of the first.
const givenTwice = "%q is given twice (first on line %d); keep one of them"

// keptTwice reports each key that a mapping in n, a value kept as a node
// (a paper's imported:, which no field decodes), repeats, as
// decodeMapping does for a mapping it decodes: YAML reads the last, and
// the first would be lost without a word. name is the key n is the value
// of.
func keptTwice(path, name string, n *yaml.Node, errs *diag.List) {
	duplicateKeys(n, func(k *yaml.Node, first int) {
		errs.Add(path, k.Line, "%s: "+givenTwice, name, k.Value, first)
	})
}

// duplicateKeys calls dup with each key of a mapping in n (n itself or
// one inside it) that an earlier key of its mapping repeats, and the
// earlier one's line, in the order they are written.
func duplicateKeys(n *yaml.Node, dup func(k *yaml.Node, first int)) {
	if n.Kind == yaml.MappingNode {
		seen := map[string]int{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if first, ok := seen[k.Value]; ok && k.Kind == yaml.ScalarNode {
				dup(k, first)
				continue
			}
			seen[k.Value] = k.Line
		}
	}
	for _, c := range n.Content {
		duplicateKeys(c, dup)
	}
}

// isWhole reports whether t is an integer type.
func isWhole(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return true
	}
	return false
}

// wholeRE is a whole number as a curator writes one.
var wholeRE = regexp.MustCompile(`^[-+]?[0-9]+$`)

// switchHint says what to do with a true or false (val) in the whole
// number key (name in messages) that counts what count says: a Hugo
// theme's switch of the same name (PaperMod's comments: false), which
// would be lost by writing a number in its place; it goes under extra:,
// where the theme reads it, or away.
func switchHint(name, key, val, count string) string {
	return fmt.Sprintf("%s: expected a whole number, %s; %s is a theme's switch of its own: put it under `extra:` (`extra: {%s: %s}`), where your templates read it as .Paper.Extra.%s, or remove the line", name, count, val, key, val, key)
}

// decodeWhole stores the whole number val into dst, an integer field f,
// or returns what is wrong, to follow the field's name. The YAML library
// would truncate 37.9 to 37, and read 1e3 as 1000 and 010 as 8, so only
// plain decimal digits are accepted, and the number must lie in the
// field's range.
func decodeWhole(val *yaml.Node, dst reflect.Value, f field) string {
	if val.Kind != yaml.ScalarNode || val.Style != 0 || !wholeRE.MatchString(val.Value) {
		return ": " + typeHint("", f.typ, val, nil)
	}
	want := fmt.Sprintf("between %d and %d", f.lo, f.hi)
	if f.hi == math.MaxInt64 {
		want = fmt.Sprintf("%d or more", f.lo)
	}
	n, err := strconv.ParseInt(strings.TrimPrefix(val.Value, "+"), 10, 64)
	if (err != nil || dst.OverflowInt(n)) && !strings.HasPrefix(val.Value, "-") {
		return fmt.Sprintf(": %s is too large; write a smaller whole number", val.Value)
	}
	if err != nil || dst.OverflowInt(n) {
		return fmt.Sprintf(" must be %s, not %s; correct it, or remove the line to use the default", want, val.Value)
	}
	if n < f.lo || n > f.hi {
		return fmt.Sprintf(" must be %s, not %d; correct it, or remove the line to use the default", want, n)
	}
	dst.SetInt(n)
	return ""
}

// typeHint explains a decoding failure of key's value in terms of the
// expected type.
func typeHint(key string, t reflect.Type, val *yaml.Node, err error) string {
	if d, ok := err.(*dateError); ok {
		return d.Error()
	}
	if t.Kind() == reflect.Slice && key == "categories" && val.Kind == yaml.ScalarNode {
		// Jekyll's categories: nlp scaling, which a list would not mend.
		if msg, _ := notCategories(listItems(key, val)); msg != "" {
			return msg
		}
	}
	got := kindName(val)
	switch {
	case t.Kind() == reflect.String:
		return fmt.Sprintf("expected text, found a %s; write it on one line, quoted if it contains a colon", got)
	case isWhole(t) && val.Kind != yaml.ScalarNode:
		return fmt.Sprintf("expected a whole number, found a %s; write digits only, e.g. 12", got)
	case isWhole(t) && val.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && wholeRE.MatchString(val.Value):
		return fmt.Sprintf("expected a whole number, found the text %q; write it without quotes", val.Value)
	case isWhole(t):
		return fmt.Sprintf("expected a whole number, found %s %q; write digits only, e.g. %s", got, val.Value, cmp.Or(wholeOf(val.Value), "12"))
	case t.Kind() == reflect.Bool && val.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && (val.Value == "true" || val.Value == "false"):
		return fmt.Sprintf("expected true or false, found the text %q; write it without quotes", val.Value)
	case t.Kind() == reflect.Bool:
		return fmt.Sprintf("expected true or false, found %q", val.Value)
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		return fmt.Sprintf("expected a list of text values, found a %s; write one `- item` per line or %s", got, listHint(key, val))
	case t.Kind() == reflect.Map:
		return fmt.Sprintf("expected a mapping of `key: value` lines, found a %s", got)
	}
	return strings.TrimPrefix(err.Error(), "yaml: ")
}

// groupedRE matches a whole number written with its thousands grouped
// (1,234, 1 234, 1.234.567, 1'234, 1_234); abbreviatedRE one written with
// k or M (1.2k, 3M), as a web page shows counts.
var (
	groupedRE     = regexp.MustCompile(`^\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?: \d{3})+|(?:'\d{3})+|(?:_\d{3})+|(?:\x{202f}\d{3})+|(?:\x{a0}\d{3})+)$`)
	abbreviatedRE = regexp.MustCompile(`^(\d+)(?:\.(\d))?\s?([kKmM])$`)
	// labelledRE is a count with the sign or word a web page shows it
	// with (▲ 142, 142 upvotes, ★ 1.2k stars), the count in its group.
	labelledRE = regexp.MustCompile(`(?i)^(?:[▲△↑⬆★☆⭐👍💬]\x{FE0F}?\s*)?(\d[\d,.' \x{a0}\x{202f}_]*(?:\s?[km])?)\s*(?:upvotes?|votes?|stars?|comments?|likes?)?$`)
	digitsRE   = regexp.MustCompile(`^\d+$`)
)

// wholeOf returns the digits of the whole number s writes grouped or
// abbreviated (1,234 is 1234, 1.2k 1200), or with the sign or word a
// web page shows a count with (▲ 142, 142 upvotes: 142), or "".
func wholeOf(s string) string {
	s = strings.TrimSpace(s)
	if groupedRE.MatchString(s) {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	if m := abbreviatedRE.FindStringSubmatch(s); m != nil {
		zeros := map[string]string{"k": "000", "K": "000", "m": "000000", "M": "000000"}[m[3]]
		if m[2] != "" {
			zeros = zeros[1:]
		}
		return strings.TrimLeft(m[1]+m[2]+zeros, "0")
	}
	if m := labelledRE.FindStringSubmatch(s); m != nil && m[1] != s {
		n := strings.TrimSpace(m[1])
		if digitsRE.MatchString(n) {
			return n
		}
		return wholeOf(n)
	}
	return ""
}

// kindName names a node's kind for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	switch n.Tag {
	case "!!int", "!!float":
		return "number"
	case "!!bool":
		return "boolean"
	}
	return "text value"
}

// oneOrList returns the items of a field that takes one scalar or a list
// of them (theme:, a page's menu:): none when it is absent, the value
// itself, or the list's items; ok is false for any other node (a mapping).
func oneOrList(n *yaml.Node) (items []*yaml.Node, ok bool) {
	switch n.Kind {
	case 0:
		return nil, true
	case yaml.ScalarNode:
		return []*yaml.Node{n}, true
	case yaml.SequenceNode:
		return n.Content, true
	}
	return nil, false
}

// listHint writes the text value val of key as the flow list it was meant
// to be: names (authors:) are cut at commas and "and", as a citation
// writes them, so "Ada Lovelace, Alan Turing" is two authors, not four;
// a topic's keywords, phrases (language model, LLM), at commas; other
// words (Jekyll's categories: nlp scaling) at commas and spaces.
func listHint(key string, val *yaml.Node) string {
	items := listItems(key, val)
	if val.Kind != yaml.ScalarNode || len(items) == 0 {
		return "[a, b]"
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// listItems are the items the text val of key holds: its words, or, when
// it has a comma, what is between its commas (but for categories, which
// have no space); for authors the names between commas, semicolons and
// "and", or those of a citation's list of names (CitedNames).
func listItems(key string, val *yaml.Node) []string {
	if key == "authors" {
		items := authorPieces(val.Value)
		if names, ok := CitedNames(items); ok {
			return names
		}
		return items
	}
	split := func(r rune) bool { return r == ',' || unicode.IsSpace(r) }
	if strings.Contains(val.Value, ",") && key != "categories" || key == "keywords" { // an arXiv category has no space
		split = func(r rune) bool { return r == ',' } // "machine learning, vision": two items of two words and one
	}
	var items []string
	for _, f := range strings.FieldsFunc(val.Value, split) {
		// A dash alone is a list's mark typed on one line (– llm – agents), not an item.
		if f = strings.TrimSpace(f); strings.Trim(f, itemDashSigns+"-") != "" {
			items = append(items, f)
		}
	}
	return items
}

// AuthorItems returns the names the text s holds, cut as an authors:
// value written on one line is (listItems): at commas, semicolons and
// "and", or as a citation's list of names (CitedNames).
func AuthorItems(s string) []string {
	return listItems("authors", &yaml.Node{Kind: yaml.ScalarNode, Value: s})
}

// CitedAuthors returns the names the text s holds when it is a
// citation's list of names (CitedNames: "Vaswani, A., Shazeer, N.",
// "Vaswani A, Shazeer N"), given names first, and false otherwise.
func CitedAuthors(s string) ([]string, bool) { return CitedNames(authorPieces(s)) }

// etAlAlone reports whether name is a citation's "et al." or "others"
// alone (EtAl), which names no one.
func etAlAlone(name string) bool {
	alone, rest := EtAl(name)
	return alone == "" && rest != ""
}

// authorPieces cuts s at its commas, semicolons and "and"s, leaving out
// a citation's "et al." or "others", which names no one. The semicolon
// of a character reference (AT&amp;T Labs, Jos&eacute; García, as a
// name copied from a web page's source has them) is the name's, not a
// list's.
func authorPieces(s string) []string {
	var items []string
	for _, f := range listFields(s) {
		for _, name := range strings.Split(f, " and ") {
			if name = strings.TrimSpace(name); name != "" && !etAlAlone(name) {
				items = append(items, name)
			}
		}
	}
	return items
}

// listFields cuts s at its commas and semicolons, but not at the
// semicolon that ends a character reference (textutil.Entities).
func listFields(s string) []string {
	refs := textutil.Entities(s)
	var fields []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] != ',' && s[i] != ';' || s[i] == ';' && slices.ContainsFunc(refs, func(m []int) bool { return m[1] == i+1 }) {
			continue
		}
		fields = append(fields, s[start:i])
		start = i + 1
	}
	return append(fields, s[start:])
}

// misspelt returns the fields of struct type t that an unknown key of the
// mapping m is taken for (decodeMapping's "did you mean"), so that a
// required field's absence is not reported as well as its misspelling.
func misspelt(m *yaml.Node, t reflect.Type) map[string]bool {
	fields, names := fieldsFor(t)
	out := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if k := m.Content[i].Value; fields[k].typ == nil {
			if s := diag.Suggest(k, names); s != "" {
				out[s] = true
			}
		}
	}
	return out
}

// aliasHint is the message for a value whose YAML aliases expand past
// what the YAML library decodes (a "billion laughs": each alias repeats
// an anchor that repeats others, to millions of values from a few
// lines); names are the first aliases that repeat others, if any.
func aliasHint(names []string) string {
	which := ""
	if len(names) > 0 {
		which = fmt.Sprintf(" (%s, each repeating an anchor that holds aliases itself)", textutil.List(names))
	}
	return "too many YAML aliases (*name) expand here" + which + ", to more values than Paperboy reads; write the values out, or remove the anchors (&name) and the aliases"
}

// nestedAlias returns the line of the first alias in n that repeats an
// anchor holding aliases itself, where the values start to multiply, and
// the first few such aliases as written (*b); 0 and none when there is
// no such alias.
func nestedAlias(n *yaml.Node) (int, []string) {
	line, seen := 0, map[string]bool{}
	nests := map[*yaml.Node]bool{} // an anchor → whether it holds an alias: each looked at once
	var names []string
	var walk func(*yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil {
			return
		}
		if n.Kind == yaml.AliasNode {
			if n.Alias == nil {
				return
			}
			nested, ok := nests[n.Alias]
			if !ok {
				nested = hasAlias(n.Alias)
				nests[n.Alias] = nested
			}
			if nested && !seen[n.Value] {
				seen[n.Value] = true
				if line == 0 {
					line = n.Line
				}
				if len(names) < 3 {
					names = append(names, "*"+n.Value)
				}
			}
			return
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(n)
	return line, names
}

// hasAlias reports whether n holds an alias.
func hasAlias(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode {
		return true
	}
	return slices.ContainsFunc(n.Content, hasAlias)
}
