package importer

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// source is a content file opened for editing: its front matter as a YAML
// node tree and its body, with what is needed to write it back in the same
// dress (byte-order mark, CRLF or lone-CR line endings).
type source struct {
	path    string
	orig    []byte     // the file as read; nil for a new file
	bom     bool       // the file started with a UTF-8 byte-order mark
	eol     string     // the front matter's line ending: "\n", "\r\n" or an old Mac's "\r"
	front   []byte     // the YAML between the --- lines (LF endings)
	lead    []byte     // the comment lines of a front matter with no field, written before the first
	doc     *yaml.Node // document node
	m       *yaml.Node // its top-level mapping
	body    string     // everything after the closing --- line (LF endings)
	body0   string     // body as read, to tell whether it changed
	rawBody []byte     // body as read, in its own line endings, written back when it did not change
	changed bool       // the front matter tree was edited
}

// newSource returns an empty source for a file that does not exist yet.
func newSource(path string) *source {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	return &source{path: path, eol: "\n", doc: &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{m}}, m: m}
}

// openSource opens data, a paper file (paper true) or a day file, for
// editing. Its front matter must be one a build reads (parse.PaperFront,
// parse.DayFront): the import refuses, with the build's own message, a
// file the build would refuse rather than read it otherwise and write
// that in (two authors a stray space ran into one, the last of a key
// given twice). A paper file without front matter is refused; a day file
// gets an empty one (a day may be all intro).
func openSource(path string, data []byte, paper bool) (*source, error) {
	check := parse.DayFront
	if paper {
		check = parse.PaperFront
	}
	if err := check(path, data); err != nil {
		return nil, err
	}
	return splitSource(path, data, paper)
}

// splitSource splits data into front matter and body and parses the
// front matter, without the build's checks of openSource: a file without
// front matter gets an empty one unless needFront.
func splitSource(path string, data []byte, needFront bool) (*source, error) {
	s := newSource(path)
	s.orig = data
	stripped, err := diag.StripBOM(path, data)
	if err != nil {
		return nil, err
	}
	s.bom, data = len(stripped) < len(data), stripped
	raw := data
	// The line ending of the first line, where the front matter starts:
	// a file whose notes a Windows editor appended to keeps its LF front
	// matter and its CRLF notes, each as it was.
	if i := bytes.IndexAny(data, "\r\n"); i >= 0 && data[i] == '\r' {
		s.eol = "\r"
		if i+1 < len(data) && data[i+1] == '\n' {
			s.eol = "\r\n"
		}
	}
	data = diag.Normalize(data)
	if !utf8.Valid(data) {
		return nil, diag.Errorf(path, 0, "the file is not valid UTF-8; save it as UTF-8 and import again")
	}
	if err := parse.ForeignFrontMatter(path, data); err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(data, []byte("---\n")) {
		if needFront {
			return nil, diag.Errorf(path, 1, "the file has no front matter; a paper file starts with a line ---, its fields, then ---")
		}
		s.body = string(data)
		s.body0 = s.body
		return s, nil
	}
	rest := data[4:]
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		next := off + end + 1
		if end < 0 {
			end, next = len(rest)-off, len(rest)
		}
		if l := bytes.TrimRight(rest[off:off+end], " \t"); string(l) == "---" || string(l) == "..." {
			s.front, s.body = rest[:off], string(rest[next:])
			s.body0 = s.body
			s.rawBody = afterLines(raw, 2+bytes.Count(s.front, []byte("\n")))
			return s, s.parseFront()
		}
		off = next
	}
	return nil, diag.Errorf(path, 1, "the front matter opened here never closes; add a line with only --- after the last field")
}

// afterLines returns data after its first n lines, each ended by CRLF, CR
// or LF as diag.Normalize reads them; nil when it has fewer.
func afterLines(data []byte, n int) []byte {
	for ; n > 0; n-- {
		i := bytes.IndexAny(data, "\r\n")
		if i < 0 {
			return nil
		}
		if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
			i++
		}
		data = data[i+1:]
	}
	return data
}

// parseFront parses s.front into s.doc and s.m.
func (s *source) parseFront() error {
	var doc yaml.Node
	if err := yaml.Unmarshal(s.front, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 2
		var l int
		if _, e := fmt.Sscanf(msg, "line %d:", &l); e == nil {
			line = l + 1
			msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		}
		return diag.Errorf(s.path, line, "invalid YAML: %s; fix the front matter and import again", msg)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 || (doc.Content[0].Kind == yaml.ScalarNode && doc.Content[0].Tag == "!!null") {
		// Empty front matter: keep the new empty mapping, and the comments
		// (a `~` or `null` goes).
		for line := range bytes.Lines(s.front) {
			if t := bytes.TrimSpace(line); len(t) == 0 || t[0] == '#' {
				s.lead = append(s.lead, line...)
			}
		}
		return nil
	}
	if doc.Content[0].Kind != yaml.MappingNode {
		return diag.Errorf(s.path, doc.Content[0].Line+1, "the front matter must be a mapping of `field: value` lines")
	}
	s.doc, s.m = &doc, doc.Content[0]
	return nil
}

// set puts key: v into the front matter unless it already holds that value,
// and reports whether it changed anything.
func (s *source) set(key string, v *yaml.Node, order []string) bool {
	if same(lookup(s.m, key), v) {
		return false
	}
	set(s.m, key, v, order)
	s.changed = true
	return true
}

// unset deletes key from the front matter, if it is there. A comment
// above it goes above the key after it, where the curator's lines keep it.
func (s *source) unset(key string) {
	i := keyAt(s.m, key)
	if i < 0 {
		return
	}
	if c := s.m.Content[i].HeadComment; c != "" && i+2 < len(s.m.Content) {
		next := s.m.Content[i+2]
		next.HeadComment = strings.TrimSuffix(c+"\n"+next.HeadComment, "\n")
	}
	s.m.Content = slices.Delete(s.m.Content, i, i+2)
	s.changed = true
}

// bytes renders the file: the original bytes when nothing changed, else the
// (re-encoded) front matter and the body, in the file's own line endings.
func (s *source) bytes() ([]byte, error) {
	if s.orig != nil && !s.changed && s.body == s.body0 {
		return s.orig, nil
	}
	front := s.front
	if s.changed || s.orig == nil {
		encode := s.encoder()
		all, err := encode(s.doc)
		if err != nil {
			return nil, fmt.Errorf("%s: encoding the front matter: %w", s.path, err)
		}
		front = slices.Concat(s.lead, all)
		if s.orig != nil { // a new file has no lines to keep
			if spliced, ok := splice(s.front, s.m, all, encode); ok {
				front = spliced
			}
		}
	}
	var out bytes.Buffer
	out.WriteString("---\n")
	out.Write(front)
	out.WriteString("---\n")
	if s.rawBody == nil || s.body != s.body0 {
		out.WriteString(s.body)
	}
	data := out.Bytes()
	if s.eol != "\n" {
		data = bytes.ReplaceAll(data, []byte("\n"), []byte(s.eol))
	}
	if s.rawBody != nil && s.body == s.body0 {
		data = append(data, s.rawBody...)
	}
	if s.bom {
		data = append([]byte("\xef\xbb\xbf"), data...)
	}
	return data, nil
}

// encoder returns a function that encodes a YAML node as the file's front
// matter indents (indentOf).
func (s *source) encoder() func(*yaml.Node) ([]byte, error) {
	spaces, compact := indentOf(s.front)
	return func(n *yaml.Node) ([]byte, error) {
		var buf bytes.Buffer
		enc := yaml.NewEncoder(&buf)
		enc.SetIndent(spaces)
		if compact {
			enc.CompactSeqIndent()
		}
		if err := enc.Encode(n); err != nil {
			return nil, err
		}
		if err := enc.Close(); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
}

// splice returns the front matter front, as read, with only the fields
// of the edited mapping m that changed written anew: each field whose
// value is the same keeps its lines as the curator wrote them (blank
// lines, aligned comments, quoting, a value wrapped by hand), where
// encoding the whole tree again (all, as encode writes it) would write
// them all in the encoder's way, and a refresh of the upvotes would show
// in a diff as a rewrite of the file. A changed field is encoded alone,
// followed by the comment and blank lines that closed it; a new one
// comes after the field before it. It reports false, for all to be
// written, when front is no mapping of fields in order or when what it
// makes would read as another tree than all.
func splice(front []byte, m *yaml.Node, all []byte, encode func(*yaml.Node) ([]byte, error)) ([]byte, bool) {
	var doc yaml.Node
	if yaml.Unmarshal(front, &doc) != nil || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode || m == nil {
		return nil, false
	}
	old := doc.Content[0]
	lines := bytes.SplitAfter(front, []byte("\n"))
	// Each field of old, by its key: its nodes and its lines, from its
	// key's line to the next's.
	type field struct {
		k, v *yaml.Node
		span []byte
	}
	olds := map[string]field{}
	first := len(lines) + 1
	for i := 0; i+1 < len(old.Content); i += 2 {
		from, to := old.Content[i].Line, len(lines)+1
		if i+2 < len(old.Content) {
			to = old.Content[i+2].Line
		}
		if from < 1 || to <= from || to > len(lines)+1 {
			return nil, false
		}
		first = min(first, from)
		olds[old.Content[i].Value] = field{old.Content[i], old.Content[i+1], bytes.Join(lines[from-1:to-1], nil)}
	}
	// pair encodes one field alone, without the comments above or below
	// it, which its span holds.
	pair := func(k, v *yaml.Node) ([]byte, error) {
		kk, vv := *k, *v
		kk.HeadComment, kk.FootComment, vv.FootComment = "", "", ""
		return encode(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: []*yaml.Node{&kk, &vv}})
	}
	out := slices.Concat(lines[:min(first, len(lines)+1)-1]...)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		now, err := pair(k, v)
		if err != nil {
			return nil, false
		}
		was, ok := olds[k.Value]
		if !ok {
			out = append(out, now...)
			continue
		}
		before, err := pair(was.k, was.v)
		if err != nil {
			return nil, false
		}
		if bytes.Equal(before, now) {
			out = append(out, was.span...)
			continue
		}
		out = append(append(out, now...), trailer(was.span)...)
	}
	// What it makes must read as the tree the import made.
	var back yaml.Node
	if yaml.Unmarshal(out, &back) != nil {
		return nil, false
	}
	again, err := encode(&back)
	if err != nil || !bytes.Equal(again, all) {
		return nil, false
	}
	return out, true
}

// trailer returns the comment and blank lines at the end of a field's
// lines, those below its value and above the next field.
func trailer(span []byte) []byte {
	lines := bytes.SplitAfter(span, []byte("\n"))
	i := len(lines)
	for i > 1 {
		l := bytes.TrimRight(lines[i-1], "\n")
		if len(l) > 0 && l[0] != '#' {
			break
		}
		i--
	}
	return bytes.Join(lines[i:], nil)
}

// indentOf returns how the front matter indents, so that a file the import
// re-encodes keeps the curator's layout: the spaces a field nested in
// another steps in by (2 unless the file shows another), and whether a
// list's dashes step in by less than that (compact: `authors:` then
// `- A` at its column, or two spaces under four-space fields).
func indentOf(front []byte) (spaces int, compact bool) {
	mapping, seq := -1, -1 // the first step in seen of a nested field, of a list's dash
	parent := -1           // the column of the line before, when it opens a block (`key:`)
	for line := range bytes.Lines(front) {
		text := bytes.TrimLeft(line, " ")
		body := bytes.TrimSpace(text)
		if len(body) == 0 || body[0] == '#' {
			continue
		}
		col := len(line) - len(text)
		if parent >= 0 {
			dash := body[0] == '-' && (len(body) == 1 || body[1] == ' ')
			switch {
			case dash && seq < 0 && col >= parent:
				seq = col - parent
			case !dash && mapping < 0 && col > parent:
				mapping = col - parent
			}
		}
		parent = -1
		if key, _, _ := bytes.Cut(body, []byte(" #")); bytes.HasSuffix(key, []byte(":")) && key[0] != '-' {
			parent = col
		}
	}
	switch {
	case mapping > 9 || seq > 9: // more than the encoder indents by
		return 2, false
	case mapping > 0:
		return max(mapping, 2), seq >= 0 && seq < mapping
	case seq > 0:
		return seq, false
	case seq == 0:
		return 2, true
	}
	return 2, false
}
