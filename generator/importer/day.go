package importer

import (
	"bytes"
	"errors"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
)

// dayKeys is the order of a day file's front matter keys.
var dayKeys = []string{"title", "date", "papers", "removed", "extra"}

// dayMerge adds imported papers to one day file.
type dayMerge struct {
	s       *source
	exists  bool            // the day file existed before this import
	listed  map[string]bool // ids in papers:
	removed map[string]bool // ids in removed:
	added   []string        // ids appended to papers:, in order
	dropped []string        // ids appended to removed:, in order
}

// openDay reads the ids a day file lists and removes.
func openDay(s *source, exists bool) (*dayMerge, error) {
	d := &dayMerge{s: s, exists: exists, listed: map[string]bool{}, removed: map[string]bool{}}
	for _, key := range []string{"papers", "removed"} {
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
			if key == "papers" {
				d.listed[strings.TrimSpace(id)] = true
			} else {
				d.removed[strings.TrimSpace(id)] = true
			}
		}
	}
	return d, nil
}

// paperID returns the id a paper's front matter m gives, by arxiv: (its
// version dropped) or id:, or "".
func paperID(m *yaml.Node) string {
	id := valueOf(m, "arxiv")
	if id == "" {
		id = valueOf(m, "id")
	}
	id, _ = SplitVersion(strings.TrimSpace(id))
	return id
}

// place decides whether the paper id is listed on the day. A removed id is
// skipped; a listed one stays where it is; an id an earlier import listed
// here (importedBefore) that is no longer in papers: was deleted by the
// curator, and is added to removed: so the build and later imports honour
// it; any other id is appended.
func (d *dayMerge) place(id string, importedBefore bool) bool {
	switch {
	case d.removed[id]:
		return false
	case d.listed[id]:
		return true
	case d.exists && importedBefore:
		d.removed[id] = true
		d.dropped = append(d.dropped, id)
		return false
	}
	d.listed[id] = true
	d.added = append(d.added, id)
	return true
}

// dropDeleted finds the papers the curator deleted from the day's papers:
// that this import does not bring (the files in skip are the batch's,
// which place handled): a paper file an earlier import listed on the day
// (its imported.days says so) that papers: no longer lists and removed:
// does not name. Its id is added to removed:, as place does: the build
// would still show a paper dated on the day, and a later import would
// list it again.
func (d *dayMerge) dropDeleted(fsys fs.FS, day string, skip map[string]bool) error {
	return fs.WalkDir(fsys, "content/papers", func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && path == "content/papers" {
				return nil
			}
			return err
		}
		if e.IsDir() || skip[path] || !filename.IsMarkdown(path) {
			return nil
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil || !bytes.Contains(data, []byte(day)) { // most papers are of other days
			return err
		}
		s, err := openSource(path, data, true)
		if err != nil || s.m == nil {
			return nil // not a paper the importer can read; the build reports it
		}
		id := paperID(s.m)
		if id == "" || d.listed[id] || d.removed[id] || !containsString(readRecord(lookup(s.m, "imported")).Days, day) {
			return nil
		}
		d.removed[id] = true
		d.dropped = append(d.dropped, id)
		return nil
	})
}

// finish writes the appended ids into the front matter and returns what
// changed, for the report.
func (d *dayMerge) finish() []string {
	var notes []string
	if len(d.added) > 0 {
		d.appendIDs("papers", d.added)
		notes = append(notes, "papers +"+strings.Join(d.added, " +"))
	}
	if len(d.dropped) > 0 {
		d.appendIDs("removed", d.dropped)
		notes = append(notes, "removed +"+strings.Join(d.dropped, " +")+" (deleted from papers: by the curator)")
	}
	return notes
}

// appendIDs appends ids to the list under key, creating it if needed; new
// items take the quoting of the list's last item. A list written on one
// line (papers: ["a", "b"], as new day writes papers: []) becomes one id
// per line: a curator's reorder and an import's appended ids then change
// different lines, which git merges, where on one line they always
// conflicted.
func (d *dayMerge) appendIDs(key string, ids []string) {
	n := lookup(d.s.m, key)
	if n == nil || n.Kind != yaml.SequenceNode {
		n = list(nil, key == "removed", true)
		set(d.s.m, key, n, dayKeys)
	}
	n.Style &^= yaml.FlowStyle
	style := yaml.DoubleQuotedStyle
	for _, c := range n.Content {
		if c.Kind == yaml.ScalarNode {
			style = c.Style &^ yaml.TaggedStyle
		}
	}
	for _, id := range ids {
		item := str(id, false)
		item.Style = style
		n.Content = append(n.Content, item)
	}
	d.s.changed = true
}
