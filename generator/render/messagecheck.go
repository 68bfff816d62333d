package render

import (
	"maps"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/i18n"
)

// checkMessages reports, before any page runs, every call of T in the
// site's theme templates that names a message no file has, or lacks an
// argument the message's texts use ({{T "prevPaper" "Rnk" .Rank}}), at
// the call's line, in the words of the error a page that runs it would
// have; and a text of the theme's own message that uses an argument no
// call gives, at the text's line (i18n.Catalog.CheckCalls). A call whose
// id or argument names are not written out is let be. It reads each
// template once, whatever the number of papers. others, the calls of
// the email templates, are checked with them: a text is at fault only
// when no call of either gives what it uses, and a call that gives what
// the others do not is the one told.
func (t *templates) checkMessages(words *i18n.Catalog, others []i18n.Call) error {
	if words == nil || (t.theme.site == nil && len(others) == 0) {
		return nil
	}
	var calls []i18n.Call
	for _, file := range slices.Sorted(maps.Keys(t.trees)) {
		if t.theme.site == nil || !t.theme.inSite(file) {
			continue
		}
		for _, tree := range t.trees[file] {
			calls = append(calls, i18n.TreeCalls(tree, t.templateError)...)
		}
	}
	return words.CheckCalls(append(calls, others...))
}

// withMessages adds to err, the error of loadTemplates, what
// checkMessages finds in t, the templates it loaded, with others, so
// that a build tells the mistakes of the page templates and the email
// templates together. Where the templates did not load (t is nil), the
// others are checked alone. A source error in either is added to err;
// err alone is returned as it is.
func withMessages(err error, t *templates, words *i18n.Catalog, others []i18n.Call) error {
	var found error
	switch {
	case t != nil:
		found = t.checkMessages(words, others)
	case words != nil:
		found = words.CheckCalls(others)
	}
	if found == nil {
		return err
	}
	var errs diag.List
	errs.Append(err)
	errs.Append(found)
	return errs.Err()
}
