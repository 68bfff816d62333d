package render

import (
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplcheck"
)

// wordsError is the error of a range or of arguments that tmplcheck
// found ({{range .Site.Menus}}, {{card . $}}), in the words of
// tmplcheck.Missing.Words, at its line; else templateError's. The page
// is "the page" there, as the README calls it.
func (t *templates) wordsError(m tmplcheck.Missing) error {
	msg, hint, ok := m.Words(diag.RangeTakes)
	if !ok {
		return t.templateError(m)
	}
	loc, _ := m.Tree.ErrorContext(m.Node)
	file, line := splitLocation(loc)
	return t.atHint(file, line, msg, hint)
}
