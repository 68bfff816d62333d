package generator

import (
	"fmt"
	"io/fs"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// removedDays warns of each day's page (a folder of former's days/ with
// its index.html) that the site in former (the destination before the
// build) published and the build, whose files are paths, writes no page
// into: its papers were moved to another day (their date: changed, a
// digest published on the wrong day), or taken off. Readers, search
// engines and other sites link to a day's page, and the aliases: of the
// day the papers went to keeps it (a page there sends readers on), and
// keeps the id of the digest's item in the daily-digest feeds, which
// readers would otherwise get again as new (feeds' dayID). The
// one day new in this build, when one went, is named as the likely one
// the papers went to; a day whose own file lists no paper now (its
// removed: takes off all of them) is warned of at that file and line;
// the rest go in one warning at content/days. Nil
// when former is nil or has no days/.
func removedDays(former fs.FS, site *model.Site, paths map[string]bool) []Problem {
	removed, had := goneFolders(former, "days", paths)
	var gone []string
	var out []Problem
	for _, name := range removed {
		if d := site.UnlistedDay(name); d != nil {
			out = append(out, unlistedDay(d))
			continue
		}
		gone = append(gone, name)
	}
	if len(gone) == 0 {
		return out
	}
	var added []*model.Day
	for _, d := range site.Days {
		if !had[d.Slug] {
			added = append(added, d)
		}
	}
	if len(gone) == 1 && len(added) == 1 {
		return append(out, movedDay(gone[0], added[0]))
	}
	slices.Sort(gone)
	return append(out, Problem{Kind: "removed", Path: "content/days", Msg: fmt.Sprintf(
		"%s published and this build removes %s, as no paper is on %s now: if the papers were moved to another day, add `aliases: [%q]` to that day's file, content/days/<date>.md, to keep the address (a page there sends readers on)"+keepsID+"; %s",
		listed(gone, "days/", "/"), pick(len(gone), "it", "them"), pick(len(gone), "that day", "those days"), gone[0], onPurpose(len(gone)))})
}

// unlistedDay is the warning of the day's page that the build removes
// as the day's own file, d, lists no paper now (its removed: takes off
// every paper dated on it): at the file and line that does it, which
// the curator may not have meant to empty the day.
func unlistedDay(d *model.Day) Problem {
	keep := d.UnlistedFix()
	if keep != "" {
		keep += "; "
	}
	return Problem{Kind: "removed", Path: d.Source, Line: d.UnlistedLine(), Msg: fmt.Sprintf(
		"days/%s/ was published and this build removes it, as this day file %s: if the papers were moved to another day, add `aliases: [%q]` to that day's file to keep the address (a page there sends readers on)"+keepsID+"; %s%s",
		d.Slug, d.UnlistedReason(), d.Slug, keep, onPurpose(1))}
}

// keepsID is what a moved day's alias keeps besides its page, in the
// warnings of removedDays.
const keepsID = " and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new)"

// movedDay is the warning of the day's page days/<slug>/ that the build
// removes, at the day d new in this build, most likely the one its
// papers were moved to: with the alias that keeps the address and the
// digest's feed item id, in d's day file, or in one to write when d has
// none (its papers' date: alone makes it).
func movedDay(slug string, d *model.Day) Problem {
	const gone = "days/%s/ was published and this build removes it, while the day %s is new: readers' and other sites' links to the old address would find nothing; "
	if d.Source == "" {
		return Problem{Kind: "removed", Path: "content/days/" + d.Slug + ".md", Msg: fmt.Sprintf(gone+
			"if its papers were moved to %[2]s, write this file with `aliases: [%[3]q]` in its front matter (---, the line, ---) to keep the address (a page there sends readers on)"+keepsID+"; %[4]s", slug, d.Slug, slug, onPurpose(1))}
	}
	return Problem{Kind: "removed", Path: d.Source, Line: d.AliasesLine, Msg: fmt.Sprintf(gone+
		"if its papers were moved to %[2]s, add `aliases: [%[3]q]` to this day's file to keep the address (a page there sends readers on)"+keepsID+"; %[4]s", slug, d.Slug, slug, onPurpose(1))}
}

// removedPeriods warns of the week's and month's pages (weeks/2024-W01/,
// months/2024-01/) that the site in former published and the build
// writes no page into, as no paper is dated in that week or month now:
// its days' papers moved to other weeks, or were taken off. Readers and
// other sites link to them as to a day's page, and no alias keeps them
// (a day's aliases: keeps the day's page alone), so they go in one
// warning at content/days. Nil when former is nil or has none.
func removedPeriods(former fs.FS, paths map[string]bool) []Problem {
	var gone []string
	for _, dir := range []string{"weeks", "months"} {
		names, _ := goneFolders(former, dir, paths)
		for _, name := range names {
			gone = append(gone, dir+"/"+name+"/")
		}
	}
	if len(gone) == 0 {
		return nil
	}
	return []Problem{{Kind: "removed", Path: "content/days", Msg: fmt.Sprintf(
		"%s published and this build removes %[2]s, as no paper is dated in %[2]s now: readers' and other sites' links to %[2]s would find nothing, and no alias keeps a week's or month's page; if papers were moved out by mistake, date them back; %[3]s",
		listed(gone, "", ""), pick(len(gone), "it", "them"), onPurpose(len(gone)))}}
}
