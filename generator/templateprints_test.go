package generator

import (
	"strings"
	"testing"
)

// TestTemplatePrintsAddresses: an action that prints a list of authors,
// a day or another struct of the model ({{.AuthorRefs}}, {{.Home}}),
// which Go writes with memory addresses that change from build to build,
// is an error at its line before any page is made, with the field to
// print (in a range, for a list); text, a date, HTML and numbers print.
func TestTemplatePrintsAddresses(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a list of refs", themePage("paper", `{{with .Paper}}By {{.AuthorRefs}}{{end}}`),
			`themes/mine/templates/paper.html:2: template error: {{.AuthorRefs}} prints a list of authors ([]*model.Author) as Go writes it, with memory addresses that change from build to build; range over it and print a field of each ({{range .AuthorRefs}}{{.Name}}{{end}}). Or remove the override to use the built-in one`},
		{"a day", themePage("day", `{{range .Day.Papers}}{{.Home}}{{end}}`),
			`themes/mine/templates/day.html:2: template error: {{.Home}} prints a day (*model.Day) as Go writes it, with memory addresses that change from build to build; print one of its fields ({{.Home.Title}}). Or remove the override to use the built-in one`},
		// first and sort return a part of the list they are given.
		{"first of a list", themePage("paper", `{{with .Paper}}By {{.AuthorRefs | first 2}}{{end}}`),
			`themes/mine/templates/paper.html:2: template error: {{.AuthorRefs | first 2}} prints a list of authors ([]*model.Author) as Go writes it, with memory addresses that change from build to build; range over it and print a field of each ({{range (.AuthorRefs | first 2)}}{{.Name}}{{end}}). Or remove the override to use the built-in one`},
		{"a sorted list", themePage("paper", `{{with .Paper}}By {{sort .AuthorRefs "Name"}}{{end}}`),
			`themes/mine/templates/paper.html:2: template error: {{sort .AuthorRefs "Name"}} prints a list of authors ([]*model.Author) as Go writes it, with memory addresses that change from build to build; range over it and print a field of each ({{range (sort .AuthorRefs "Name")}}{{.Name}}{{end}}). Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
	good := themePage("paper", `{{with .Paper}}{{.Title}} {{.Published}} {{.Abstract}} {{.Upvotes}} {{.Authors}}{{$r := .AuthorRefs}}{{len $r}}{{range first 2 .AuthorRefs}}{{.Name}}{{end}}{{(index (sort .AuthorRefs "Name") 0).Name}}{{first 2 .Authors}}{{end}}`)
	if _, err := buildSite(t, site+good, Options{}); err != nil {
		t.Errorf("printing text, a date, HTML and numbers:\n%v", err)
	}
}
