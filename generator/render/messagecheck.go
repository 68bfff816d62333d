package render

import (
	"maps"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/i18n"
)

// checkMessages reports, before any page runs, every call of T in the
// site's theme templates that names a message no file has, or lacks an
// argument the message's texts use ({{T "prevPaper" "Rnk" .Rank}}), at
// the call's line, in the words of the error a page that runs it would
// have; and a text of the theme's own message that uses an argument no
// call gives, at the text's line (i18n.Catalog.CheckCalls). A call whose
// id or argument names are not written out is let be. It reads each
// template once, whatever the number of papers.
func (t *templates) checkMessages(words *i18n.Catalog) error {
	if t.theme.site == nil || words == nil {
		return nil
	}
	var calls []i18n.Call
	for _, file := range slices.Sorted(maps.Keys(t.trees)) {
		if !t.theme.inSite(file) {
			continue
		}
		for _, tree := range t.trees[file] {
			calls = append(calls, i18n.TreeCalls(tree, t.templateError)...)
		}
	}
	return words.CheckCalls(calls)
}
