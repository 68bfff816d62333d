package importer

import (
	"cmp"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Report writes one line per file the import touches, diff-style, then one
// per paper the curator removed from the day (the example opens with ~:
// gofmt would turn a block opening with + or - into a list):
//
//	~ content/papers/2405.15574.md: upvotes 28 → 30, stars 5 → 7
//	+ content/papers/2405.15738.md (new): ConvLLaVA: Hierarchical Backbones…
//	= content/papers/2405.15071.md unchanged
//	- 2405.15032 not listed: removed from 2024-05-27 by the curator
//	- 2405.15682 not listed: moved from 2024-05-27 to 2024-05-29 by the curator (its date:)
func (pl *Plan) Report(w io.Writer) error {
	var b strings.Builder
	for _, c := range pl.files() {
		if c.Path == "" {
			continue // no day file: none is needed
		}
		switch c.Status {
		case Created:
			title := ""
			if c.Title != "" {
				title = ": " + c.Title
			}
			fmt.Fprintf(&b, "+ %s (new)%s\n", c.Path, title)
		case Updated:
			fmt.Fprintf(&b, "~ %s: %s\n", c.Path, strings.Join(c.Notes, ", "))
		default:
			fmt.Fprintf(&b, "= %s unchanged\n", c.Path)
		}
	}
	for _, id := range pl.Skipped {
		if to, ok := pl.Moved[id]; ok {
			fmt.Fprintf(&b, "- %s not listed: moved from %s to %s by the curator (its date:)\n", id, pl.Day, to)
			continue
		}
		fmt.Fprintf(&b, "- %s not listed: removed from %s by the curator\n", id, pl.Day)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// Summary is the one-line account of the import, e.g. "imported 13 papers
// for 2024-05-27: 10 new, 3 updated, 0 unchanged". It goes on to name
// the papers of the day the source no longer lists (Unlisted), to count the
// papers the curator removed from the day, to name those the source lists
// on another day (Elsewhere), e.g. "; listed by the source on another day,
// imported into this one all the same: 2607.04939 (2026-07-08)", and to say
// the papers it has under another id (Known), what the import left out
// (Dropped) and what it kept of an earlier version (Unrecorded).
func (pl *Plan) Summary() string { return pl.summary(false) }

// DryRunSummary is Summary said of an import not made: "would import 13
// papers for 2024-05-27: 10 new, 3 to update, 0 unchanged".
func (pl *Plan) DryRunSummary() string { return pl.summary(true) }

// summary is Summary, or with dry DryRunSummary.
func (pl *Plan) summary(dry bool) string {
	imported, updated, would := "imported", "updated", ""
	if dry {
		imported, updated, would = "would import", "to update", "would be "
	}
	if pl.AllLeftOut() {
		return fmt.Sprintf("%s none of the %d papers of %s for %s: every one %sleft out, as a build would refuse it: %s",
			imported, pl.given, pl.input(), pl.Day, cmp.Or(would, "was "), strings.Join(pl.Dropped, "; "))
	}
	if len(pl.Papers) == 0 && len(pl.Skipped) == 0 && len(pl.Known) == 0 {
		switch {
		case pl.Source == "arxiv":
			return "nothing to import: arXiv's answer holds no papers"
		case pl.Day != dayOf(time.Time{}): // hf --fetch --date, a day without papers
			return fmt.Sprintf("nothing to import: Hugging Face's list for %s holds no papers", pl.Day)
		}
		return fmt.Sprintf("nothing to import: the %s input holds no papers", pl.Source)
	}
	var n [3]int
	for _, c := range pl.Papers {
		n[c.Status]++
	}
	total := len(pl.Papers)
	for _, id := range pl.Skipped {
		if !pl.has(id) {
			total++
		}
	}
	s := fmt.Sprintf("%s %d %s for %s: %d new, %d %s, %d unchanged",
		imported, total, textutil.Word(total, "paper", "papers"), pl.Day, n[Created], n[Updated], updated, n[Unchanged])
	if k := len(pl.Skipped) - len(pl.Moved); k > 0 {
		s += fmt.Sprintf("; %d not listed (removed from the day by the curator)", k)
	}
	if k := len(pl.Moved); k > 0 {
		s += fmt.Sprintf("; %d not listed (moved to another day by the curator)", k)
	}
	if k := len(pl.Refreshed); k > 0 {
		verb := textutil.Word(k, "was", "were")
		if dry {
			verb = "would be"
		}
		s += fmt.Sprintf("; %d already on the site %s refreshed, not listed on %s (--date lists %s there): %s",
			k, verb, pl.Day, textutil.Word(k, "it", "them"), strings.Join(pl.Refreshed, ", "))
	}
	if len(pl.Elsewhere) > 0 {
		var named []string
		for _, l := range pl.Elsewhere {
			named = append(named, fmt.Sprintf("%s (%s)", strings.Join(l.IDs, ", "), l.Day))
		}
		s += "; listed by the source on another day, " + would + "imported into this one all the same: " + strings.Join(named, ", ")
	}
	if w := pl.warnings(would); w != "" {
		s += "; " + w
	}
	return s
}

// Warnings is the part of Summary that says what of the source's data the
// import left out (Known, Dropped), e.g. "what a build would refuse was
// left out: day.json:12: item 2 (2506.10892): no title, which a paper
// needs; the paper left out", and which papers of the day the source no
// longer lists (Unlisted), and what a newer version lacks that it kept
// with no record of whose it is (Unrecorded); "" when there is none of
// these. A quiet import (-q) says it all the same: a scheduled job would
// otherwise lose a paper, drift from the source's list, or show v1's
// comment as v2's, with no word.
func (pl *Plan) Warnings() string { return pl.warnings("") }

// warnings is Warnings, with would ("would be ") said of an import not
// made.
func (pl *Plan) warnings(would string) string {
	var s []string
	if k := len(pl.Unlisted); k > 0 {
		s = append(s, fmt.Sprintf("%d no longer in %s, kept on the day, where an earlier import listed %s (to take %[3]s off, add %s to removed: in %s): %s",
			k, pl.input(), textutil.Word(k, "it", "them"), textutil.Word(k, "it", "them"), DayPath(pl.Day), strings.Join(pl.Unlisted, ", ")))
	}
	if len(pl.Known) > 0 {
		s = append(s, "on the site already under another id: "+strings.Join(pl.Known, "; "))
	}
	if len(pl.Dropped) > 0 {
		s = append(s, "what a build would refuse "+cmp.Or(would, "was ")+"left out: "+strings.Join(pl.Dropped, "; "))
	}
	if len(pl.Unrecorded) > 0 {
		s = append(s, strings.Join(pl.Unrecorded, "; "))
	}
	return strings.Join(s, "; ")
}

// input names what the import read: "Hugging Face's list", "arXiv's
// answer".
func (pl *Plan) input() string {
	switch pl.Source {
	case "hf":
		return "Hugging Face's list"
	case "arxiv":
		return "arXiv's answer"
	}
	return "the " + pl.Source + " input"
}

// has reports whether the plan touches the paper file of id.
func (pl *Plan) has(id string) bool {
	for _, c := range pl.Papers {
		if c.ID == id {
			return true
		}
	}
	return false
}
