package generator

import (
	"strings"
	"testing"
)

// TestTemplatePrintsAddresses: an action that prints a list of authors,
// a day or another struct of the model ({{.AuthorRefs}}, {{.Home}}),
// which Go writes with memory addresses that change from build to build,
// is an error at its line before any page is made, with the field to
// print (in a range, for a list); so is a date printed as it is
// ({{.Day.Date}}), which Go writes in its own form, with the date
// functions to write. A month's and a weekday's English names print. Text, HTML,
// numbers and a date through a date function print.
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
		{"a date", themePage("day", `<h1>Papers of {{.Day.Date}}</h1>`),
			`themes/mine/templates/day.html:2: template error: {{.Day.Date}} prints a date (time.Time) as Go writes it (2024-06-04 00:00:00 +0000 UTC); write it with a date function, in the site's language: {{longDate .Day.Date}}, {{shortDate .Day.Date}}, {{formatDate "2 January 2006" .Day.Date}}, or {{isoDate .Day.Date}} for a machine's date. Or remove the override to use the built-in one`},
		{"a date in an attribute", themePage("paper", `{{with .Paper}}<time datetime="{{.Published}}">x</time>{{end}}`),
			`themes/mine/templates/paper.html:2: template error: {{.Published}} prints a date (time.Time) as Go writes it (2024-06-04 00:00:00 +0000 UTC); write it with a date function, in the site's language: {{longDate .Published}}, {{shortDate .Published}}, {{formatDate "2 January 2006" .Published}}, or {{isoDate .Published}} for a machine's date. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
	if _, err := buildSite(t, site+themePage("month", `<h1>{{.Month.Num}} {{.Month.Year}}, from a {{.Month.Start.Weekday}}</h1>`), Options{}); err != nil {
		t.Errorf("printing a month's and a weekday's names, as an English site shows them:\n%v", err)
	}
	good := themePage("paper", `{{with .Paper}}{{.Title}} {{longDate .Published}} {{.Published.Year}} {{.Published.Format "2006"}} {{.Abstract}} {{.Upvotes}} {{.Authors}}{{$r := .AuthorRefs}}{{len $r}}{{range first 2 .AuthorRefs}}{{.Name}}{{end}}{{(index (sort .AuthorRefs "Name") 0).Name}}{{first 2 .Authors}}{{end}}`)
	if _, err := buildSite(t, site+good, Options{}); err != nil {
		t.Errorf("printing text, a date through a date function, HTML and numbers:\n%v", err)
	}
}
