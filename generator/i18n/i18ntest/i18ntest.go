// Package i18ntest makes translation files for tests: a whole language
// made from the built-in theme's English, which i18n.Load accepts.
package i18ntest

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/themes"
)

// Translation returns a translation file (i18n/<language>.yaml) of every
// message of the built-in en.yaml but those of skip: each text turned by
// text, each date layout (an id starting with "date") replaced by the one
// dates gives, or kept.
func Translation(t testing.TB, text func(string) string, dates map[string]string, skip ...string) string {
	t.Helper()
	data, err := fs.ReadFile(themes.Default(), "i18n/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	msgs, err := parse.Messages("en.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range msgs {
		switch {
		case slices.Contains(skip, m.ID):
		case strings.HasPrefix(m.ID, "date"):
			layout, ok := dates[m.ID]
			if !ok {
				layout = m.Forms["other"]
			}
			fmt.Fprintf(&b, "%s: %q\n", m.ID, layout)
		default:
			fmt.Fprintf(&b, "%s:\n", m.ID)
			for _, form := range parse.PluralForms {
				if s, ok := m.Forms[form]; ok {
					fmt.Fprintf(&b, "  %s: %q\n", form, text(s))
				}
			}
		}
	}
	return b.String()
}
