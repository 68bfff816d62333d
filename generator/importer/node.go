package importer

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

// lookup returns the value of key in mapping m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	if i := keyAt(m, key); i >= 0 {
		return m.Content[i+1]
	}
	return nil
}

// keyAt returns the index in m.Content of the key node of key in mapping
// m, or -1.
func keyAt(m *yaml.Node, key string) int {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return i
		}
	}
	return -1
}

// set puts v under key in mapping m. An existing value is replaced, keeping
// its comments and, where it still fits, its style (quotes, flow or block);
// a new key goes right after the last key that precedes it in order, so new
// files come out in order and edited ones keep the curator's arrangement.
func set(m *yaml.Node, key string, v *yaml.Node, order []string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			old := m.Content[i+1]
			v.HeadComment, v.LineComment, v.FootComment = old.HeadComment, old.LineComment, old.FootComment
			adoptStyle(v, old)
			keepItemComments(v, old)
			m.Content[i+1] = v
			return
		}
	}
	rank := slices.Index(order, key)
	at := len(m.Content)
	if rank >= 0 {
		at = -1
		for i := 0; i+1 < len(m.Content); i += 2 {
			if r := slices.Index(order, m.Content[i].Value); r >= 0 && r < rank {
				at = i + 2
			}
		}
		if at < 0 {
			at = 0
			if len(m.Content) > 0 && m.Content[0].HeadComment != "" {
				at = len(m.Content) // keep a leading comment on top
			}
		}
	}
	k := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}
	m.Content = slices.Insert(m.Content, at, k, v)
}

// keepItemComments carries the comments of the old list's items over to
// the new list's items with the same value (each old item to one new item,
// in order), so a curator's note beside an author survives a new author
// list. The comments of an item the new list drops go above the new item
// at its place (below the last item, when the list got shorter than that).
func keepItemComments(v, old *yaml.Node) {
	if v.Kind != yaml.SequenceNode || old.Kind != yaml.SequenceNode || len(v.Content) == 0 {
		return
	}
	used := make([]bool, len(v.Content))
	var orphans []string // comments of dropped items, with the index they stood at
	var at []int
	for j, o := range old.Content {
		if o.HeadComment == "" && o.LineComment == "" && o.FootComment == "" {
			continue
		}
		i := -1
		for k, n := range v.Content {
			if !used[k] && o.Kind == yaml.ScalarNode && n.Kind == yaml.ScalarNode && n.Value == o.Value {
				i = k
				break
			}
		}
		if i >= 0 {
			used[i] = true
			n := v.Content[i]
			n.HeadComment, n.LineComment, n.FootComment = o.HeadComment, o.LineComment, o.FootComment
			continue
		}
		for _, c := range []string{o.HeadComment, o.LineComment, o.FootComment} {
			if c != "" {
				orphans, at = append(orphans, c), append(at, j)
			}
		}
	}
	for k, c := range orphans {
		if i := at[k]; i < len(v.Content) {
			n := v.Content[i]
			n.HeadComment = strings.TrimPrefix(n.HeadComment+"\n"+c, "\n")
		} else {
			n := v.Content[len(v.Content)-1]
			n.FootComment = strings.TrimPrefix(n.FootComment+"\n"+c, "\n")
		}
	}
}

// adoptStyle gives v the quoting or flow style of the value it replaces.
func adoptStyle(v, old *yaml.Node) {
	switch {
	case old.Kind != v.Kind:
	case v.Kind == yaml.SequenceNode:
		v.Style = old.Style &^ yaml.TaggedStyle
		if len(old.Content) > 0 && old.Content[0].Kind == yaml.ScalarNode {
			for _, c := range v.Content {
				if c.Tag == "!!str" {
					adoptQuotes(c, old.Content[0].Style)
				}
			}
		}
	case v.Tag == "!!str" && old.Tag == "!!str":
		adoptQuotes(v, old.Style)
	}
}

// adoptQuotes gives the text scalar v the quotes style, unless a build
// would misread v's text in them (parse.ReadsBack): a curator's "double
// quotes" around a new G"odel.
func adoptQuotes(v *yaml.Node, style yaml.Style) {
	if style &^= yaml.TaggedStyle; parse.ReadsBack(v.Value, style) {
		v.Style = style
	}
}

// str is a text scalar; quoted ones are written in double quotes, or in
// single quotes where a build would take the double quotes for TeX's lost
// (parse.QuoteStyle); plain ones are quoted where a build would misread
// them plain (“…”). clean left out what no quotes keep.
func str(s string, quoted bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	if quoted || !parse.ReadsBack(s, 0) {
		n.Style = cmp.Or(parse.QuoteStyle(s), yaml.DoubleQuotedStyle)
	}
	return n
}

// integer is an int scalar.
func integer(n int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(n)}
}

// timestamp is a UTC RFC 3339 time scalar.
func timestamp(t time.Time) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: t.UTC().Format(time.RFC3339)}
}

// list is a sequence of text scalars, in flow style ([a, b]) or block style.
func list(items []string, flow, quoted bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	if flow {
		n.Style = yaml.FlowStyle
	}
	for _, s := range items {
		n.Content = append(n.Content, str(s, quoted))
	}
	return n
}

// stringsOf returns the text items of a sequence (mapping items are skipped),
// or nil if n is not a sequence.
func stringsOf(n *yaml.Node) []string {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	var out []string
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			out = append(out, c.Value)
		}
	}
	return out
}

// scalarOf returns the text of a scalar node and whether there was one.
func scalarOf(n *yaml.Node) (string, bool) {
	if n == nil || n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", false
	}
	return n.Value, true
}

// same reports whether two nodes hold the same value, ignoring style and
// comments; times are compared as instants.
func same(a, b *yaml.Node) bool {
	if a == nil || b == nil || a.Kind != b.Kind {
		return a == b
	}
	switch a.Kind {
	case yaml.ScalarNode:
		if a.Value == b.Value {
			return true
		}
		ta, ea := parseTime(a.Value)
		tb, eb := parseTime(b.Value)
		return ea == nil && eb == nil && ta.Equal(tb)
	case yaml.SequenceNode, yaml.MappingNode:
		if len(a.Content) != len(b.Content) {
			return false
		}
		for i := range a.Content {
			if !same(a.Content[i], b.Content[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// parseTime parses YYYY-MM-DD or RFC 3339 with optional fractional
// seconds, its T and Z in either case, as the build reads a date.
func parseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339Nano, strings.ToUpper(s))
}
