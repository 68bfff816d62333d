package index

import (
	"cmp"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// dayAliasClashes reports a published day's former date (Day.Aliases)
// that is a day published now, whose page is at that address, or
// another day's former date: both would be one page. The alias is
// dropped. days are the published days, newest first; an alias of a day
// not published keeps no page, and so takes no address.
func dayAliasClashes(days []*model.Day, errs *diag.List) {
	published := make(map[string]*model.Day, len(days))
	for _, d := range days {
		published[d.Slug] = d
	}
	owner := map[string]*model.Day{}
	for _, d := range slices.Backward(days) { // the older day keeps an alias two name
		if len(d.Aliases) == 0 {
			continue
		}
		d.Aliases = slices.DeleteFunc(slices.Clone(d.Aliases), func(a string) bool {
			line := cmp.Or(d.AliasLines[a], d.AliasesLine)
			if other := published[a]; other != nil {
				errs.Add(d.Source, line, "alias %q is the address of the day %s, which is published (%s): an alias is a former date no day has now; remove it, or take that day's papers off it too (their `date:`, its day file's `papers:`)", a, a, daySources(other))
				return true
			}
			if other := owner[a]; other != nil {
				errs.Add(d.Source, line, "alias %q is an alias of %s:%d too; keep it on one of the two days", a, other.Source, cmp.Or(other.AliasLines[a], other.AliasesLine))
				return true
			}
			owner[a] = d
			return false
		})
	}
}

// daySources says what puts the day d on the site: its day file, or the
// papers dated on it.
func daySources(d *model.Day) string {
	if d.Source != "" {
		return "its papers are listed in " + d.Source + " or dated on it"
	}
	return "papers are dated on it, " + d.Papers[0].Source + " the first"
}
