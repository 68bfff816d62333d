package generator

import (
	"io/fs"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// failsEarly returns the errors of a save that breaks published paper
// files, without the full build that would find them: the parse errors of
// the changed files, which a full build reports too, and none of its
// index's, which reports nothing that follows from a file that failed
// (index.Options.Failed) and had nothing to report of the published site.
// It returns them only when they are exactly a full build's error, and
// nil otherwise: every
// changed path is a published paper file, of a regular size, that either
// fails to parse or parses with the front matter it had (its body alone
// changed), and each that fails is listed by no day file or leaves the
// id its published paper had known to the index as a failed file's (its
// file's name, or the ids its parse got to), with no former ids a day may
// name. Anything else (a
// file removed, added or too large, a day file, a paper with a new front
// matter that parses) leaves the errors to the full build.
func (l *Live) failsEarly(changed []string) error {
	by := l.bySource()
	var errs diag.List
	for _, c := range changed {
		rel := l.relative(c)
		info, err := fs.Lstat(l.opts.Site, rel)
		if err != nil || !info.Mode().IsRegular() || info.Size() > l.site.Config.Limits.MaxFileBytes {
			return nil
		}
		_, old, before, r, ok := l.reparse(c, by)
		switch {
		case old == nil:
			return nil
		case ok && r.front.all == before.all:
			continue // its body changed: nothing the index reads
		case ok || len(old.Aliases)+len(old.Redirects) > 0:
			return nil
		}
		// The index's one error that follows from a paper gone is a day
		// listing it: in the published site, such a day is one of the
		// paper's days.
		listed := slices.ContainsFunc(old.Days, func(d *model.Day) bool { return slices.Contains(d.Order, old.ID) || slices.Contains(d.Listed, old.ID) })
		known := !listed || filename.Stem(rel) == strings.ReplaceAll(old.ID, "/", "-")
		for _, p := range r.papers {
			known = known || p.ID == old.ID
		}
		if !known {
			return nil
		}
		errs.Append(r.err)
	}
	return errs.Err()
}
