package importer

import (
	"io/fs"
	"math"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/load"
)

// unlisted returns, sorted, the ids of the site's papers that an import
// from src listed on day (their imported: sources: and days:) and that
// papers, the source's whole list for day, no longer has: the source took
// them off the day, or moved them to another, since. Only a paper still
// on the day (dated on it, or in the day file dm's papers: or listed:)
// is named: one the curator removed or moved is the curator's. A paper
// the curator listed by hand has no such record, so it is never named.
func unlisted(fsys fs.FS, src, day string, papers []Paper, dm *dayMerge) []string {
	site, _ := load.Find(fsys, math.MaxInt64) // the build tells what Find finds wrong
	if site == nil {
		return nil
	}
	var out []string
	for _, p := range site.Papers {
		data, err := fs.ReadFile(fsys, p)
		if err != nil || !strings.Contains(string(data), day) { // not listed on day: read no further
			continue
		}
		s, err := splitSource(p, data, true)
		if err != nil || s.m == nil {
			continue // the build names the file
		}
		rec := readRecord(lookup(s.m, "imported"))
		id := paperID(s.m)
		onDay := !dm.removed[id] && (datedOn(s, day) || dm.listed[id])
		if id == "" || !onDay || !slices.Contains(rec.Days, day) || !slices.Contains(rec.Sources, src) {
			continue
		}
		if !slices.ContainsFunc(papers, func(q Paper) bool { return arxivid.Same(q.ID, id) }) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
