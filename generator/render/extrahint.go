package render

import (
	"fmt"
	"github.com/paperboy-digest/paperboy/generator/textutil"
	"reflect"
	"regexp"
	"strings"
)

// A comparison of a paper's (or a day's) extra: value fails on the one
// paper that lacks it or wrote it as another kind ({{if gt .Extra.score
// 5}} over the site's papers), and text/template names only the
// template's line. The hint finds that paper and names its line.

// extraCompareRE matches text/template's complaint about a comparison,
// with the call's function and operands, and, for two values of kinds
// that do not compare, their Go types.
var extraCompareRE = regexp.MustCompile(`at <(eq|ne|lt|le|gt|ge) ([^>()]*)>: error calling \w+: (?:invalid type for comparison|incompatible types for comparison: (\S+) and (\S+))$`)

// ownExtraRE matches a value of a paper's or a day's extra: in a
// template (.Extra.score, $p.Extra.score, .Paper.Extra.score), the key its
// group; a site's (.Config.Extra) is named by rangeOver and typeHint.
var ownExtraRE = regexp.MustCompile(`^(?:\$\w*)?(?:\.(Paper|Day))?\.Extra\.(\w+)$`)

// extraHolder is a source with an extra: of its own, for
// extraCompareHint: a paper or a day (kind), named noun.
type extraHolder struct {
	kind, noun, source string
	line               int
	extra              map[string]any
	lines              map[string]int
}

// extraCompareHint says, for msg, text/template's complaint about a
// comparison of a paper's or a day's extra: value, which source (path:line)
// lacks it or gives a value of another kind than the one it is compared
// with, how many others do too, and what to write; "" for any other
// message, or when no source of the site is at fault.
func (t *templates) extraCompareHint(msg string) string {
	m := extraCompareRE.FindStringSubmatch(msg)
	if m == nil || t.site == nil {
		return ""
	}
	fn, args := m[1], strings.Fields(m[2])
	at := -1
	var key, of string
	for i, a := range args {
		if e := ownExtraRE.FindStringSubmatch(a); e != nil {
			at, of, key = i, e[1], e[2]
			break
		}
	}
	if at < 0 || len(args) < 2 {
		return ""
	}
	other := args[1-min(at, 1)] // what it is compared with: the first other operand
	wrong := func(v any, ok bool) bool { return !ok || v == nil || !ordered(v) }
	if m[3] != "" { // both are there, of kinds that do not compare
		got := m[3]
		if at > 0 {
			got = m[4]
		}
		wrong = func(v any, ok bool) bool { return ok && v != nil && reflect.TypeOf(v).String() == got }
	}
	var bad []extraHolder
	for _, group := range t.extraHolders(of) {
		for _, h := range group {
			if v, ok := h.extra[key]; wrong(v, ok) {
				bad = append(bad, h)
			}
		}
		if len(bad) > 0 {
			break
		}
	}
	if len(bad) == 0 {
		return ""
	}
	h := bad[0]
	also := ""
	if n := len(bad) - 1; n > 0 {
		also = fmt.Sprintf(" (and %d more %ss)", n, h.kind)
		if n == 1 {
			also = fmt.Sprintf(" (and 1 more %s)", h.kind)
		}
	}
	v, ok := h.extra[key]
	if !ok || v == nil {
		return fmt.Sprintf("%s:%d, %s, has no %s under extra:%s; add it there, or compare only where it is set: {{if and %s (%s %s)}}",
			h.source, h.line, h.noun, key, also, args[at], fn, m[2])
	}
	line := h.line
	if l := h.lines[key]; l > 0 {
		line = l
	}
	if !ordered(v) {
		return fmt.Sprintf("%s:%d, %s, gives extra: %s as %s%s, which %s cannot compare; give it one value there", h.source, line, h.noun, key, yamlKind(v), also, fn)
	}
	want := m[4] // the type of what it is compared with
	if at > 0 {
		want = m[3]
	}
	return fmt.Sprintf("%s:%d, %s, gives extra: %s as %s%s, which %s cannot compare with %s; write it as %s there",
		h.source, line, h.noun, key, yamlKind(v), also, fn, other, kindNoun(want))
}

// extraHolders returns the site's papers and its days, each in the
// site's order, as sources of an extra:: the papers alone for a
// template's .Paper.Extra, the days alone for .Day.Extra, and for a bare
// .Extra, whose dot may be either, both.
func (t *templates) extraHolders(of string) [][]extraHolder {
	var papers, days []extraHolder
	for _, p := range t.site.Papers {
		papers = append(papers, extraHolder{"paper", "the paper " + p.ID, p.Source, p.Line, p.Extra, p.ExtraLines})
	}
	for _, d := range t.site.Days {
		if d.Source != "" { // a day of a file of its own
			days = append(days, extraHolder{"day", "the day " + d.Slug, d.Source, d.Line, d.Extra, d.ExtraLines})
		}
	}
	switch of {
	case "Paper":
		return [][]extraHolder{papers}
	case "Day":
		return [][]extraHolder{days}
	}
	return [][]extraHolder{papers, days}
}

// ordered reports whether v, a value of extra:, is of a kind lt and gt
// compare: not a list or a mapping.
func ordered(v any) bool {
	switch reflect.ValueOf(v).Kind() {
	case reflect.Slice, reflect.Map, reflect.Struct:
		return false
	}
	return true
}

// yamlKind says what v, a value of extra:, is in YAML's words, with the
// value when it is short.
func yamlKind(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("text, %q", textutil.Fit(40, v))
	case int, int64, uint64:
		return fmt.Sprintf("a whole number, %v", v)
	case float64:
		return fmt.Sprintf("a number with a decimal point, %v", v)
	case bool:
		return fmt.Sprintf("%v (true or false)", v)
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("a %T", v)
}

// kindNoun names the YAML kind of the Go type typ, as text/template's
// comparison error names it.
func kindNoun(typ string) string {
	switch typ {
	case "string":
		return "text"
	case "int", "int64", "uint64":
		return "a whole number (no quotes, no decimal point)"
	case "float64":
		return "a number with a decimal point"
	case "bool":
		return "true or false"
	}
	return "the same kind as the others"
}
