package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestAuthorIndex: authors are grouped by the folded first letter of their
// family names, sorted in the language's order (accents second to the
// letters), and names in other scripts come last, in one group.
func TestAuthorIndex(t *testing.T) {
	var authors []*model.Author
	for _, name := range []string{"Émile Zola", "王小明", "Ada Lovelace", "Zoë Émond", "Иван Петров", "Ashish Vaswani", "Anna Eaton", "Bo Zhang", "Eve Ébert", "G. 't Hooft"} {
		authors = append(authors, &model.Author{Name: name, Slug: name})
	}
	var got []string
	for _, g := range authorIndex("fr", authors) {
		var names []string
		for _, e := range g.Authors {
			names = append(names, e.Sorted)
		}
		got = append(got, fmt.Sprintf("%s(%s): %s", g.Letter, g.ID, strings.Join(names, "; ")))
	}
	want := []string{
		"E(e): Eaton, Anna; Ébert, Eve; Émond, Zoë",
		"L(l): Lovelace, Ada",
		"T(t): 't Hooft, G.",
		"V(v): Vaswani, Ashish",
		"Z(z): Zhang, Bo; Zola, Émile",
		"П(п): Петров, Иван",
		"(other): 王小明",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("authorIndex =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
