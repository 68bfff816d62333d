package importer

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Unpin takes out of the papers: lists of the day files of days (every
// day file when days is empty) the ids that earlier imports wrote there:
// until 2026-12 an import listed every paper it brought in its day's
// papers:, which pins them in the first import's order, where a day now
// ranks the papers dated on it by their upvotes. An entry is an import's
// when its paper is dated on the day and its imported: record says an
// import listed it there; one with a comment beside it (or in a list
// with a comment on its papers: line), an inline paper,
// or any other entry is the curator's and stays. It returns the changed
// day files, for WriteChanges, and how many ids they lose; it reads but
// never writes.
func Unpin(fsys fs.FS, days []string) (changes []Change, ids int, err error) {
	saved, all, _ := listSaved(fsys, nil) // no ids: no error
	if len(days) == 0 {
		days = all
	}
	for _, day := range days {
		s, exists, err := read(fsys, saved.path(DayPath(day)), false)
		if err != nil {
			return nil, 0, err
		}
		if !exists {
			return nil, 0, fmt.Errorf("%s: no day file for %s, so nothing is pinned on it; name days that have one, or none to unpin every day", DayPath(day), day)
		}
		n := lookup(s.m, "papers")
		if n == nil || n.Kind != yaml.SequenceNode || n.Style&yaml.FlowStyle != 0 && n.LineComment != "" || s.m.Content[keyAt(s.m, "papers")].LineComment != "" {
			continue // none, or a list with the curator's comment on its papers: line
		}
		var keep []*yaml.Node
		var dropped []string
		for _, item := range n.Content {
			id := strings.TrimSpace(item.Value)
			if item.Kind == yaml.ScalarNode && item.HeadComment+item.LineComment+item.FootComment == "" && importPinned(fsys, saved.path(PaperPath(id)), day) {
				dropped = append(dropped, id)
				continue
			}
			keep = append(keep, item)
		}
		if len(dropped) == 0 {
			continue
		}
		n.Content = keep
		if len(keep) == 0 {
			n.Style = yaml.FlowStyle // papers: [], as new day writes it
		}
		s.changed = true
		c, err := change(s, "", []string{"papers -" + strings.Join(dropped, " -") + " (now ranked by their upvotes)"})
		if err != nil {
			return nil, 0, err
		}
		changes = append(changes, c)
		ids += len(dropped)
	}
	return changes, ids, nil
}

// importPinned reports whether an import pinned the paper at path on day:
// its file is dated on day, and its imported: record says an import
// listed it there.
func importPinned(fsys fs.FS, path, day string) bool {
	s, exists, err := read(fsys, path, true)
	if err != nil || !exists || valueOf(s.m, "date") == "" {
		return false
	}
	return datedOn(s, day) && slices.Contains(readRecord(lookup(s.m, "imported")).Days, day)
}
