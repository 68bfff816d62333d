package generator

import (
	"fmt"
	"io/fs"
	"slices"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// manyImportPins is how many day files of old import pins get a note
// each; a site with more gets one note for them all.
const manyImportPins = 3

// markImportPins sets the ImportPins of days (importer.ImportPins): the
// ids an import before 2026-12 wrote into their papers:, listing every
// paper it brought. They are no curator's picks, and would otherwise
// lead the week's and month's top papers on a site never unpinned. It
// asks the importer, which reads the day files, only for a day that
// pins a paper an import brought there and dated on it (imported: days:
// of the papers parsed), as each such id is: serve's quick rebuild of a
// day edit read and parsed every paper file of the site when it asked
// of every day that pins.
func markImportPins(site fs.FS, days []*model.Day, papers []*model.Paper) {
	var imported map[string]map[string]bool // made for the first day with pins: most sites have none
	var maybe []string
	for _, d := range days {
		d.ImportPins = nil
		if d.Source == "" || len(d.Order) == 0 {
			continue
		}
		if imported == nil {
			imported = importedOn(papers)
		}
		if on := imported[d.Slug]; slices.ContainsFunc(d.Order, func(id string) bool { return on[id] }) {
			maybe = append(maybe, d.Slug)
		}
	}
	if len(maybe) == 0 {
		return
	}
	pins := importer.ImportPins(site, maybe, imported)
	for _, d := range days {
		d.ImportPins = pins[d.Slug]
	}
}

// importedOn maps each day to the ids of the papers an import brought to
// it (their imported: days:) and dated there, as importer.ImportPins
// takes them.
func importedOn(papers []*model.Paper) map[string]map[string]bool {
	on := map[string]map[string]bool{}
	for _, p := range papers {
		if p.DateLine == 0 || p.Source == "" {
			continue // an inline paper of a day file, or one without date: (dated by its day file)
		}
		day := p.Date.Format(time.DateOnly)
		if !slices.Contains(p.ImportedDays, day) {
			continue
		}
		if on[day] == nil {
			on[day] = map[string]bool{}
		}
		on[day][p.ID] = true
	}
	return on
}

// importPinNotes notes, at the papers: line of each day file with old
// import pins (markImportPins), that they are no picks and how to take
// them out; of more than manyImportPins day files, one note tells them
// all, at the first's.
func importPinNotes(days []*model.Day) []Problem {
	var with []*model.Day
	for _, d := range days {
		if len(d.ImportPins) > 0 {
			with = append(with, d)
		}
	}
	const what = "in the order an import before 2026-12 listed them, not as your picks: they still order "
	const todo = "`paperboy import unpin` ranks them by upvotes (write a comment beside an id you pinned yourself first: - \"2405.15574\" # my pick)"
	if len(with) > manyImportPins {
		slices.SortFunc(with, func(a, b *model.Day) int { return a.Date.Compare(b.Date) })
		return []Problem{{Kind: "note", Path: with[0].Source, Line: with[0].PapersLine, Msg: fmt.Sprintf(
			"papers: of this and %s pin the days' papers "+what+"their days, but their weeks' and months' top papers go by upvotes; %s, `--dry-run` shows what it takes out",
			textutil.Plural(len(with)-1, "other day file", "other day files"), todo)}}
	}
	var out []Problem
	for _, d := range with {
		out = append(out, Problem{Kind: "note", Path: d.Source, Line: d.PapersLine, Msg: fmt.Sprintf(
			"papers: pins %s "+what+"the day, but its week's and month's top papers go by upvotes; %s",
			textutil.Plural(len(d.ImportPins), "paper", "papers"), todo)})
	}
	return out
}
