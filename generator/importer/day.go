package importer

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
)

// dayKeys is the order of a day file's front matter keys.
var dayKeys = []string{"title", "date", "papers", "listed", "removed", "extra"}

// dayMerge adds imported papers to one day file.
type dayMerge struct {
	s       *source
	listed  map[string]bool // ids in papers: or listed:
	removed map[string]bool // ids in removed:
	added   []string        // ids appended to listed:, in order
}

// openDay reads the ids a day file lists and removes.
func openDay(s *source) (*dayMerge, error) {
	d := &dayMerge{s: s, listed: map[string]bool{}, removed: map[string]bool{}}
	for _, key := range []string{"papers", "listed", "removed"} {
		n := lookup(s.m, key)
		if n == nil || n.Tag == "!!null" {
			continue
		}
		if n.Kind != yaml.SequenceNode {
			return nil, diag.Errorf(s.path, n.Line+1, "%s: must be a list of paper ids, one `- 2405.15738` per line; fix it and import again", key)
		}
		for _, item := range n.Content {
			id := item.Value
			if item.Kind == yaml.MappingNode { // an inline paper
				id = paperID(item)
			}
			if key == "removed" { // as the build reads them: arXiv:2405.15738 is 2405.15738
				d.removed[arxivid.Named(id)] = true
			} else {
				d.listed[arxivid.Named(id)] = true
			}
		}
	}
	return d, nil
}

// paperID returns the id a paper's front matter m gives, as the build
// reads it (arxivid.Parse of arxiv:, else id: without spaces around it),
// or "". An arxiv: that is a link to the paper names it too: the build
// refuses it, telling the curator to write that paper's id there, so the
// file is that paper's.
func paperID(m *yaml.Node) string {
	if arxiv := valueOf(m, "arxiv"); arxiv != "" {
		if id, _, ok := arxivid.FromURL(arxiv); ok {
			return id
		}
		id, _, _ := arxivid.Parse(arxiv)
		return id
	}
	return strings.TrimSpace(valueOf(m, "id"))
}

// place decides whether the paper id is on the day after this import. A
// paper dated on the day is there by its date, ranked by its upvotes as
// they change, so papers: (the curator's pins) is left alone; a removed id
// is skipped; a listed one stays where it is. A paper dated on another day
// is listed by appending its id to listed: (the source lists it again),
// where the day ranks it by its upvotes among its own: unless an earlier
// import listed it here (importedBefore) and it is no longer in papers:
// or listed:, which means the curator took it off the day.
func (d *dayMerge) place(id string, dated, importedBefore bool) bool {
	switch {
	case d.removed[id]:
		return false
	case d.listed[id], dated:
		return true
	case importedBefore:
		return false
	}
	d.listed[id] = true
	d.added = append(d.added, id)
	return true
}

// finish writes the appended ids into the front matter and returns what
// changed, for the report.
func (d *dayMerge) finish() []string {
	var notes []string
	if len(d.added) > 0 {
		d.appendIDs(d.added)
		notes = append(notes, "listed +"+strings.Join(d.added, " +"))
	}
	return notes
}

// appendIDs appends ids to listed:, creating it if needed, and not to
// papers:, which would pin them above the day's own papers: a paper the
// source lists again is ranked by its upvotes, as the source ranks it.
// New items take the quoting of the last id of listed:, else of papers:.
// A list written on one line (listed: ["a", "b"]) becomes one id per
// line: a curator's edit and an import's appended ids then change
// different lines, which git merges, where on one line they always
// conflicted.
func (d *dayMerge) appendIDs(ids []string) {
	style := yaml.DoubleQuotedStyle
	for _, key := range []string{"papers", "listed"} {
		if n := lookup(d.s.m, key); n != nil && n.Kind == yaml.SequenceNode {
			for _, c := range n.Content {
				if c.Kind == yaml.ScalarNode {
					style = c.Style &^ yaml.TaggedStyle
				}
			}
		}
	}
	n := lookup(d.s.m, "listed")
	if n == nil || n.Kind != yaml.SequenceNode {
		n = list(nil, false, true)
		set(d.s.m, "listed", n, dayKeys)
	}
	if k := d.s.m.Content[keyAt(d.s.m, "listed")]; n.Style&yaml.FlowStyle != 0 && n.LineComment != "" && k.LineComment == "" {
		// The comment after the list's ] is the line's: it stays on the
		// listed: line, where YAML would write it after the next key.
		k.LineComment, n.LineComment = n.LineComment, ""
	}
	n.Style &^= yaml.FlowStyle
	for _, id := range ids {
		item := str(id, false)
		item.Style = style
		n.Content = append(n.Content, item)
	}
	d.s.changed = true
}
