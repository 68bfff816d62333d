package generator

import (
	"context"
	"testing"
)

// TestCardListItem: a theme's card (partials/paper-item.html) that starts
// with an <li>, which the lists that wrap each card in an <li> of their
// own would show as an empty item before every paper, is a warning at
// the card's <li> naming those lists; a card of another element, or lists
// of the theme's own that wrap it in none, are let be.
func TestCardListItem(t *testing.T) {
	liCard := "-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}\n\n  <li class=\"card\"><a href=\"{{paperURL .}}\">{{.Title}}</a></li>\n{{end}}\n"
	tests := []struct {
		name, theme, want string
	}{
		{"an <li> card in the built-in lists", liCard,
			`themes/mine/templates/partials/paper-item.html:3: the card starts with an <li>, but dated-paper-list and paper-list already wrap each card in an <li> (themes/default/templates/partials/dated-paper-list.html (built in):6, themes/default/templates/partials/paper-list.html (built in):4), so browsers close that <li> at the card's and every list shows an empty item before each paper; write the card as an <article> or a <div>, or replace dated-paper-list and paper-list too`},
		{"an <li> card in a list of the theme's", liCard +
			"-- themes/mine/templates/partials/paper-list.html --\n{{define \"paper-list\"}}<ol>\n{{range .}}<li>\n{{template \"paper-item\" .}}</li>{{end}}</ol>{{end}}\n" +
			"-- themes/mine/templates/partials/dated-paper-list.html --\n{{define \"dated-paper-list\"}}<ul>{{range .}}{{card .}}{{end}}</ul>{{end}}\n",
			`themes/mine/templates/partials/paper-item.html:3: the card starts with an <li>, but paper-list already wraps each card in an <li> (themes/mine/templates/partials/paper-list.html:3), so browsers close that <li> at the card's and every list shows an empty item before each paper; write the card as an <article> or a <div>, or replace paper-list too`},
		{"an <li> card in lists of the theme's without one", liCard +
			"-- themes/mine/templates/partials/paper-list.html --\n{{define \"paper-list\"}}<ol>{{range .}}{{card .}}{{end}}</ol>{{end}}\n" +
			"-- themes/mine/templates/partials/dated-paper-list.html --\n{{define \"dated-paper-list\"}}<ul><li>x</li>{{range .}}{{card .}}{{end}}</ul>{{end}}\n", ""},
		{"an <article> card", "-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}\n<article><li-like>{{.Title}}</li-like></article>\n{{end}}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Build(context.Background(), Options{Site: siteFS(themed(tt.theme))})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, w := range res.Warnings {
				if w.Kind == "markup" {
					got = append(got, w.String())
				}
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("warnings %q, want none", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("warnings %q, want %q", got, tt.want)
			}
		})
	}
}
