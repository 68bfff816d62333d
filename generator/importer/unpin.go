package importer

import (
	"fmt"
	"io/fs"
	"math"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/load"
)

// Unpin takes out of the papers: lists of the day files of days (every
// day file when days is empty) the ids that earlier imports wrote there:
// until 2026-12 an import listed every paper it brought in its day's
// papers:, which pins them in the first import's order, where a day now
// ranks the papers dated on it by their upvotes. An entry is an import's
// when its paper is dated on the day and its imported: record says an
// import listed it there; one with a comment beside it (or in a list
// with a comment on its papers: line), an inline paper,
// or any other entry is the curator's and stays. Of every day (days
// empty), only a list shaped as an old import left it is touched
// (oldImportList), since a curator's pin of one of the day's imported
// papers looks like an import's entry; a day named in days loses them
// whatever the shape: a curator asked for that day. It returns the changed day files, for WriteChanges,
// and how many ids they lose; it reads but never writes.
func Unpin(fsys fs.FS, days []string) (changes []Change, ids int, err error) {
	if len(days) == 0 {
		changes, _, ids, err = unpin(fsys, nil, ImportedOn(fsys))
		return changes, ids, err
	}
	changes, _, ids, err = unpin(fsys, days, nil)
	return changes, ids, err
}

// OldPins returns how many ids an import before 2026-12 pinned in the day
// file of day, when its list has the shape that import left
// (oldImportList): what `import unpin` of that day would take out. It is
// 0 for a list of the curator's pins.
func OldPins(fsys fs.FS, day string) int {
	_, _, n, _ := unpin(fsys, []string{day}, ImportedOn(fsys))
	return n
}

// ImportPins maps each of days that has them to the ids in its day file's
// papers: that an import before 2026-12 pinned there, in a list of the
// shape it left (oldImportList): what `import unpin` of every day takes
// out. The build leaves them out of the curator's picks, so that they do
// not lead the week's and month's top papers on a site never unpinned.
// A day without a day file has none. imported maps each day to the ids
// of the papers an import brought to it and dated there (ImportedOn),
// which the build has from the papers it parsed, rather than reading
// every paper file again.
func ImportPins(fsys fs.FS, days []string, imported map[string]map[string]bool) map[string][]string {
	_, pins, _, err := unpin(fsys, days, imported)
	if err != nil {
		return nil
	}
	return pins
}

// unpin is Unpin of days (every day file when nil); given imported (by
// day, the papers an import brought there, ImportedOn), it leaves alone
// a day whose list is not an old import's (oldImportList). pins are the
// ids it takes out, by day.
func unpin(fsys fs.FS, days []string, imported map[string]map[string]bool) (changes []Change, pins map[string][]string, ids int, err error) {
	saved, all, _ := listSaved(fsys, nil) // no ids: no error
	if days == nil {
		days = all
	}
	for _, day := range days {
		s, exists, err := read(fsys, saved.path(DayPath(day)), false)
		if err != nil {
			return nil, nil, 0, err
		}
		if !exists {
			return nil, nil, 0, fmt.Errorf("%s: no day file for %s, so nothing is pinned on it; name days that have one, or none to unpin every day", DayPath(day), day)
		}
		n := lookup(s.m, "papers")
		if n == nil || n.Kind != yaml.SequenceNode || n.Style&yaml.FlowStyle != 0 && n.LineComment != "" || s.m.Content[keyAt(s.m, "papers")].LineComment != "" {
			continue // none, or a list with the curator's comment on its papers: line
		}
		if imported != nil && !oldImportList(s, imported[day]) {
			continue
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
			return nil, nil, 0, err
		}
		changes = append(changes, c)
		if pins == nil {
			pins = map[string][]string{}
		}
		pins[day] = dropped
		ids += len(dropped)
	}
	return changes, pins, ids, nil
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

// oldImportList reports whether the day file s has the papers: list an
// import before 2026-12 left: it listed every paper it brought, and added
// one the curator deleted to removed:, so every paper of
// imported (those an import brought to the day and dated there) is in
// papers: or removed:. A list that leaves one of them out is the
// curator's pins, which only a day named to `import unpin` loses.
func oldImportList(s *source, imported map[string]bool) bool {
	if len(imported) == 0 {
		return false
	}
	d, err := openDay(s)
	if err != nil {
		return false
	}
	for id := range imported {
		if !d.listed[id] && !d.removed[id] {
			return false
		}
	}
	return true
}

// ImportedOn maps each day to the ids of the papers an import brought to
// it and dated there (importPinned's test, of every paper file at once),
// reading every paper file of fsys.
func ImportedOn(fsys fs.FS) map[string]map[string]bool {
	on := map[string]map[string]bool{}
	src, _ := load.Find(fsys, math.MaxInt64)
	if src == nil {
		return on
	}
	for _, p := range src.Papers {
		s, exists, err := read(fsys, p, true)
		if err != nil || !exists || s.m == nil || valueOf(s.m, "date") == "" {
			continue
		}
		id := paperID(s.m)
		for _, day := range readRecord(lookup(s.m, "imported")).Days {
			if id == "" || !datedOn(s, day) {
				continue
			}
			if on[day] == nil {
				on[day] = map[string]bool{}
			}
			on[day][id] = true
		}
	}
	return on
}
