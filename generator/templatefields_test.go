package generator

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// TestTemplateFieldsWithoutContent: a field or method a theme's template
// asks of a value that lacks it is an error at its line on a site with
// nothing yet for the template to run on (no paper, topic, organization,
// author, week or month), as it is once there is: through with, range,
// variables, index, else branches, partials a page calls with
// {{template}} or cached, and a partial no page calls. The messages are
// those of a run on a page.
func TestTemplateFieldsWithoutContent(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"paper page", themePage("paper", "<h1>{{.Paper.Titel}}</h1>"),
			`themes/mine/templates/paper.html:2: template error: .Paper.Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Paper.Title (text)?`},
		{"with", themePage("paper", "{{with .Paper}}{{.Titel}}{{end}}"),
			`themes/mine/templates/paper.html:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?`},
		{"topic page's range", themePage("topic", "{{range .Papers}}{{.Upvote}}{{end}}"),
			`themes/mine/templates/topic.html:2: template error: .Upvote: a paper (*model.Paper) has no field or method Upvote; did you mean .Upvotes (a number)?`},
		{"organization page's else", themePage("organization", "{{if .Organization.URL}}{{else}}{{.Organization.Nmae}}{{end}}"),
			`themes/mine/templates/organization.html:2: template error: .Organization.Nmae: an organization (*model.Organization) has no field or method Nmae; did you mean .Organization.Name (text)?`},
		{"month page's variable", themePage("month", "{{$m := .Month}}{{range $i, $p := $m.Top}}{{$p.Titel}}{{end}}"),
			`themes/mine/templates/month.html:2: template error: $p.Titel: a paper (*model.Paper) has no field or method Titel; did you mean $p.Title (text)?`},
		{"week page's index", themePage("week", "{{with index .Week.Days 0}}{{.Dat}}{{end}}"),
			`themes/mine/templates/week.html:2: template error: .Dat: a day (*model.Day) has no field or method Dat; did you mean .Date (a date)?`},
		{"a partial one page calls", themePage("author", "{{template \"mine\" .Author}}") + themePartial("mine", "{{.Nmae}}"),
			`themes/mine/templates/partials/mine.html:2: template error: .Nmae: an author (*model.Author) has no field or method Nmae; did you mean .Name (text)?`},
		{"a partial given a dict", themePage("paper", "{{template \"mine\" (dict \"Paper\" .Paper \"Rank\" 1)}}") + themePartial("mine", "{{.Rank}}{{.Paper.Titel}}"),
			`themes/mine/templates/partials/mine.html:2: template error: .Paper.Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Paper.Title (text)?`},
		{"a cached partial", themePage("paper", "{{cached \"mine\" .Paper .Paper.ID}}") + themePartial("mine", "{{.Abstrct}}"),
			`themes/mine/templates/partials/mine.html:2: template error: .Abstrct: a paper (*model.Paper) has no field or method Abstrct; did you mean .Abstract (HTML)?`},
		{"the card", themePartial("paper-item", "{{.Titel}}"),
			`themes/mine/templates/partials/paper-item.html:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?`},
		{"a partial no page calls", themePartial("mine", "{{$.Nope}}{{range authorIndex .Authors}}{{.Lettr}}{{end}}"),
			`themes/mine/templates/partials/mine.html:2: template error: .Lettr: an author group (render.AuthorGroup) has no field or method Lettr; did you mean .Letter (text)?`},
		{"a type only a function gives, within another", themePartial("mine", "{{range authorIndex .Authors}}{{range .Authors}}{{.Nmae}}{{end}}{{end}}"),
			`themes/mine/templates/partials/mine.html:2: template error: .Nmae: an author entry (render.AuthorEntry) has no field or method Nmae; did you mean .Name (text)?`},
		{"email template", "-- themes/mine/email/digest.txt --\n{{with .Top}}\n{{.Titel}}{{end}}\n",
			`themes/mine/email/digest.txt:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?`},
		{"HTML email template", "-- themes/mine/email/digest.html --\n{{range .Papers}}\n{{.Upvote}}{{end}}\n",
			`themes/mine/email/digest.html:2: template error: .Upvote: a paper (*model.Paper) has no field or method Upvote; did you mean .Upvotes (a number)?`},
		{"newsletter subject", "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\nnewsletter:\n  subject: \"{{.Digest.Nmae}}\"\n",
			`content/site.yaml:4: newsletter.subject: template error: .Digest.Nmae: a digest (*mail.Digest) has no field or method Nmae; did you mean .Digest.Name (text)?`},
	}
	themeErrors(t, site, tests)
}

// TestTemplateFieldsFollowTypes: templates that reach what they ask for
// through what is known only at run time (a variable set again, the
// values of extra:, a key a dict lacks or whose name is not written out,
// and, or, a function's result), or through the branches a page takes,
// build without a word on a site with no papers; a dict's written-out
// keys are followed to their values (.Site.Config.Title).
func TestTemplateFieldsFollowTypes(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\nextra:\n  links: {home: x}\n", 1)
	theme := `-- themes/mine/templates/paper.html --
{{define "main"}}
{{$x := ""}}{{range .Paper.AuthorRefs}}{{$x = .}}{{end}}{{with $x}}{{.Name}}{{end}}
{{.Config.Extra.links.home.deeper}}{{.Paper.Extra.anything.at.all}}
{{template "mine" (dict "Paper" .Paper "Site" .Site)}}{{$k := "Paper"}}{{template "mine" (dict $k .Site)}}
{{with or .Paper .Day}}{{.Title}}{{end}}
{{range $i, $d := .Paper.Days}}{{if $i}}, {{end}}{{$d.Date.Format "2006"}}{{end}}
{{with .Paper}}{{else with .Day}}{{len .Papers}}{{else}}{{.Kind}}{{end}}
{{range first 3 .Site.Days}}{{isoDate .Date}}{{end}}{{range 3}}{{.}}{{end}}
{{with known .Paper.Updated}}{{.Year}}{{end}}{{len (index .Site.Days 0).Week.Top}}
{{end}}
-- themes/mine/templates/partials/mine.html --
{{define "mine"}}{{.Paper.Title}}{{.Whatever.at.all}}{{with .Site}}{{.Config.Title}}{{end}}{{end}}
`
	if _, err := buildSite(t, site+theme, Options{}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	// The built-in templates, every one a file of the site's theme.
	var copied strings.Builder
	err := fs.WalkDir(themes.Default(), "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(themes.Default(), p)
		fmt.Fprintf(&copied, "-- themes/mine/%s --\n%s", p, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := buildSite(t, site+copied.String(), Options{}); err != nil {
		t.Fatalf("build with the built-in templates copied failed:\n%v", err)
	}
}

// themePage is a page template of the kind, main its "main", for a
// txtar archive of a theme.
func themePage(kind, main string) string {
	return "-- themes/mine/templates/" + kind + ".html --\n{{define \"main\"}}\n" + main + "\n{{end}}\n"
}

// themePartial is a partial file of the theme defining name as body.
func themePartial(name, body string) string {
	return "-- themes/mine/templates/partials/" + name + ".html --\n{{define \"" + name + "\"}}\n" + body + "\n{{end}}\n"
}

// themeError is a theme (files of a txtar archive) and the one error the
// build of the site with it is to fail with.
type themeError struct{ name, theme, want string }

// themeErrors builds site with the theme of each test and checks its
// error.
func themeErrors(t *testing.T, site string, tests []themeError) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSite(t, site+tt.theme, Options{})
			if err == nil {
				t.Fatalf("build succeeded, want error %q", tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n%v\nwant:\n%s", err, tt.want)
			}
		})
	}
}

// TestTemplateRangeWithoutContent: a {{range}} over a value range cannot
// go over (text, a struct) is an error at its line on a site with
// nothing yet for the template to run on, saying what the value is and
// what to range over: the lists it holds, one near its name beside it,
// or what range takes.
func TestTemplateRangeWithoutContent(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a paper's title", themePage("paper", "{{range .Paper.Title}}x{{end}}"),
			`themes/mine/templates/paper.html:2: template error: {{range .Paper.Title}}: .Paper.Title is text, which range cannot go over; range takes a list, a map or a count, such as .Site.Days, .Day.Papers or .Paper.AuthorRefs. Or remove the override to use the built-in one`},
		{"the menus", themePage("topics", "{{with .Site}}{{range $m := .Menus}}{{$m}}{{end}}{{end}}"),
			`themes/mine/templates/topics.html:2: template error: {{range .Menus}}: .Menus is a menus (model.Menus), which range cannot go over; range over .Menus.Main (a list of pages) or .Menus.Footer (a list of pages). Or remove the override to use the built-in one`},
		{"the settings", themePage("search", "{{range .Site.Config}}x{{end}}"),
			`themes/mine/templates/search.html:2: template error: {{range .Site.Config}}: .Site.Config is a config (*model.Config), which range cannot go over; range over one of its lists, such as .Site.Config.Topics (a list of topic configs), .Site.Config.Themes (a list of texts), .Site.Config.FeedAliases (a list of texts) or .Site.Config.AuthorNames (a map). Or remove the override to use the built-in one`},
		{"the paper", themePage("paper", "{{range .Paper}}x{{end}}"),
			`themes/mine/templates/paper.html:2: template error: {{range .Paper}}: .Paper is a paper (*model.Paper), which range cannot go over; range over one of its lists, such as .Paper.TopicNames (a list of topic names), .Paper.TopicRefs (a list of topics), .Paper.AuthorRefs (a list of authors) or .Paper.Days (a list of days). Or remove the override to use the built-in one`},
		{"a topic", themePage("topic", "{{range .Topic}}x{{end}}"),
			`themes/mine/templates/topic.html:2: template error: {{range .Topic}}: .Topic is a topic (*model.Topic), which range cannot go over; range over .Topic.Papers (a list of papers). Or remove the override to use the built-in one`},
		{"an email template", "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{range .Top}}{{.Title}}{{end}}\n",
			`themes/mine/email/digest.txt:2: template error: {{range .Top}}: .Top is a paper (*model.Paper), which range cannot go over; range over one of its lists, such as .Top.TopicNames (a list of topic names), .Top.TopicRefs (a list of topics), .Top.AuthorRefs (a list of authors) or .Top.Days (a list of days). Or remove the override to use the built-in one`},
		{"the newsletter's subject", "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\nnewsletter:\n  subject: \"{{range .Digest.Name}}x{{end}}\"\n",
			`content/site.yaml:4: newsletter.subject: template error: {{range .Digest.Name}}: .Digest.Name is text, which range cannot go over; range takes a list, a map or a count, such as .Papers, .Feeds or .Top.AuthorRefs. Or remove newsletter.subject to use the default`},
		{"text in an email template", "-- themes/mine/email/digest.html --\n{{.Digest.Name}}\n{{range .URL}}x{{end}}\n",
			`themes/mine/email/digest.html:2: template error: {{range .URL}}: .URL is text, which range cannot go over; range takes a list, a map or a count, such as .Papers, .Feeds or .Top.AuthorRefs. Or remove the override to use the built-in one`},
		{"a text near a list's name", themePage("topic", "{{$c := .Config}}{{range $c.Theme}}x{{end}}"),
			`themes/mine/templates/topic.html:2: template error: {{range $c.Theme}}: $c.Theme is text, which range cannot go over; did you mean $c.Themes (a list of texts)?`},
	}
	themeErrors(t, site, tests)
}

// TestPartialDotMismatch: a partial written for one dot and called with
// another (a paper-list that reads the page, called with the list; one
// that ranges over its dot, called with the page; a card that reads
// .Paper of the paper) is told, before any page runs, what each call
// gives it at the call's line and what the partial reads of it, once
// for the partial, at the site's file; and what to give it from the dot
// where the call is, in the call's own form: .TopicRefs for a range over
// a paper's .Topics, $.Pager inside a {{with}}, a day's .Papers.
func TestPartialDotMismatch(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a list of the page's", themePartial("paper-list", "<ol>{{range .Day.Papers}}<li>{{.Title}}</li>{{end}}</ol>{{$.Site.Title}}"),
			`themes/mine/templates/partials/paper-list.html:2: template error: "paper-list" reads .Day.Papers and $.Site.Title of its dot, but themes/default/templates/home.html (built in):8 ({{template "paper-list" (first 5 .Top)}}), themes/default/templates/day.html (built in):13, themes/default/templates/week.html (built in):14 and themes/default/templates/month.html (built in):14 give it a list of papers ([]*model.Paper), which has no field or method Day; it is given the list itself: range over it ({{range .}}…{{end}}) in place of .Day.Papers, or give it the page in the calls ({{template "paper-list" .}}). Or remove the override to use the built-in one`},
		{"the page given to a list's partial", "-- themes/mine/templates/day.html --\n{{define \"main\"}}\n{{template \"paper-list\" .}}\n{{end}}\n",
			`themes/mine/templates/day.html:2: template error: {{range .}} in "paper-list" (themes/default/templates/partials/paper-list.html (built in):3) goes over its dot, but themes/mine/templates/day.html:2 ({{template "paper-list" .}}) gives it the page, which range cannot go over; give it a list, as the built-in day.html does ({{template "paper-list" .Day.Papers}}). Or remove the override to use the built-in one`},
		{"a card that reads the page", themePartial("paper-item", "<b>{{.Paper.Title}}</b>"),
			`themes/mine/templates/partials/paper-item.html:2: template error: "paper-item" reads .Paper.Title of its dot, but themes/default/templates/partials/paper-list.html (built in):4 ({{card .}}) and themes/default/templates/partials/dated-paper-list.html (built in):6 give it a paper (*model.Paper), which has no field or method Paper; it is given the page's .Paper itself: write .Title. Or remove the override to use the built-in one`},
		{"an author's link that reads the page", themePartial("author-link", "<a>{{.Author.Name}}</a>"),
			`themes/mine/templates/partials/author-link.html:2: template error: "author-link" reads .Author.Name of its dot, but themes/default/templates/partials/byline.html (built in):10 ({{authorNames (firstAuthors $n .AuthorRefs) …}}), themes/default/templates/partials/byline.html (built in):14, themes/default/templates/partials/byline.html (built in):17, themes/default/templates/partials/byline.html (built in):19 and themes/default/templates/author.html (built in):15 give it an author (*model.Author), which has no field or method Author; it is given the page's .Author itself: write .Name. Or remove the override to use the built-in one`},
		{"a paper's topic slugs given to topic-link", themePartial("body-extra", "{{with .Paper}}{{range .Topics}}{{template \"topic-link\" .}}{{end}}{{end}}"),
			`themes/mine/templates/partials/body-extra.html:2: template error: "topic-link" reads .Name of its dot, but themes/mine/templates/partials/body-extra.html:2 ({{template "topic-link" .}}) gives it text (string), which has no field or method Name; it takes a topic (*model.Topic), as the built-in theme gives it; .Topics are slugs (strings), not topics: range over .TopicRefs, the topics, in their place: write {{range .TopicRefs}}. Or remove the override to use the built-in one`},
		{"a paper's author names given to a cached author-link", themePartial("body-extra", "{{with .Paper}}{{range $a := .Authors}}{{cached \"author-link\" $a $a}}{{end}}{{end}}"),
			`themes/mine/templates/partials/body-extra.html:2: template error: "author-link" reads .Name of its dot, but themes/mine/templates/partials/body-extra.html:2 ({{cached "author-link" $a $a}}) gives it text (string), which has no field or method Name; it takes an author (*model.Author), as the built-in theme gives it; .Authors are names (strings), not authors: range over .AuthorRefs, the authors, in their place: write {{range $a := .AuthorRefs}}. Or remove the override to use the built-in one`},
		{"the pager given the topic inside its with", themePartial("body-extra", "{{with .Topic}}{{cached \"pager\" . .Slug}}{{end}}"),
			`themes/mine/templates/partials/body-extra.html:2: template error: "pager" reads .Total, .Prev, .Pages and .Next of its dot, but themes/mine/templates/partials/body-extra.html:2 ({{cached "pager" . .Slug}}) gives it a topic (*model.Topic), which has no field or method Total; it takes a pager (*render.Pager), as the built-in theme gives it, which the page has as $.Pager: write {{cached "pager" $.Pager .Slug}}. Or remove the override to use the built-in one`},
		{"a list's partial given the day inside its with", themePartial("body-extra", "{{with .Day}}{{template \"paper-list\" .}}{{end}}"),
			`themes/mine/templates/partials/body-extra.html:2: template error: {{range .}} in "paper-list" (themes/default/templates/partials/paper-list.html (built in):3) goes over its dot, but themes/mine/templates/partials/body-extra.html:2 ({{template "paper-list" .}}) gives it a day (*model.Day), which range cannot go over; give it a list of papers ([]*model.Paper), as the built-in theme does: write {{template "paper-list" .Papers}}. Or remove the override to use the built-in one`},
		{"the page given to a card inside a range over its papers", "-- themes/mine/templates/day.html --\n{{define \"main\"}}\n{{range .Day.Papers}}{{template \"paper-item\" $}}{{end}}\n{{end}}\n",
			`themes/mine/templates/day.html:2: template error: "paper-item" reads .Withdrawn, .TLDR and .Summary of its dot, but themes/mine/templates/day.html:2 ({{template "paper-item" $}}) gives it the page, which has no field or method Withdrawn; it takes a paper (*model.Paper), as the built-in theme gives it; the dot here is one: write {{template "paper-item" .}}. Or remove the override to use the built-in one`},
		{"the page given to a card on a day's page", "-- themes/mine/templates/day.html --\n{{define \"main\"}}\n{{template \"paper-item\" .}}\n{{end}}\n",
			`themes/mine/templates/day.html:2: template error: "paper-item" reads .Withdrawn, .TLDR and .Summary of its dot, but themes/mine/templates/day.html:2 ({{template "paper-item" .}}) gives it the page, which has no field or method Withdrawn; it takes a paper (*model.Paper), as the built-in theme gives it, which the page has as .Paper on paper pages only, nil on day pages: give it each of .Day.Papers in a range ({{range .Day.Papers}}{{template "paper-item" .}}{{end}}). Or remove the override to use the built-in one`},
		{"a partial of the site's own given a paper", themePartial("mine", "<b>{{.Site.Title}}</b>") + "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n{{with .Paper}}{{template \"mine\" .}}{{end}}\n{{end}}\n",
			`themes/mine/templates/partials/mine.html:2: template error: "mine" reads .Site.Title of its dot, but themes/mine/templates/paper.html:2 ({{template "mine" .}}) gives it a paper (*model.Paper), which has no field or method Site; give it the page in the calls ({{template "mine" $}}), or read only what a paper has`},
	}
	themeErrors(t, site, tests)
}

// TestOutsideDefines: what a theme's file has outside its {{define}}s,
// which no page shows, is an error at its line saying where it goes: a
// call moved past the {{end}} of "main", into "main"; the content of a
// define deleted around it, into the template the built-in file defines
// and the site's does not; text, into the define it belongs in. A file
// with comments alone outside its defines, a template's or HTML's,
// builds.
func TestOutsideDefines(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a call moved past main's end", "-- themes/mine/templates/day.html --\n{{define \"main\"}}\n<h1>{{.Day.Title}}</h1>\n{{end}}\n{{template \"subscribe-form\" .}}\n",
			`themes/mine/templates/day.html:4: {{template "subscribe-form" .}} is outside every {{define}} of the file, so no page shows it; move it into {{define "main"}}, before its {{end}}, or delete it`},
		{"a define deleted around its content", "-- themes/mine/templates/paper.html --\n\n{{citationMeta .Paper}}\n{{define \"main\"}}{{.Paper.Title}}{{end}}\n",
			`themes/mine/templates/paper.html:2: {{citationMeta .Paper}} is outside every {{define}} of the file, so no page shows it; the built-in paper.html defines "head", which yours does not: put it in {{define "head"}}…{{end}}, or delete it`},
		{"text in a partial file", "-- themes/mine/templates/partials/mine.html --\n{{define \"a\"}}a{{end}}\n\n  <p>Mine</p>\n{{define \"b\"}}b{{end}}\n",
			`themes/mine/templates/partials/mine.html:3: the text "<p>Mine</p>" is outside every {{define}} of the file, so no page shows it; move it into the {{define}} it belongs in, before its {{end}}, or delete it`},
	}
	themeErrors(t, site, tests)
	comments := "-- themes/mine/templates/day.html --\n{{/* my day */}}\n<!-- the day -->\n{{define \"main\"}}{{.Day.Title}}{{end}}\n{{- /* the end */ -}}\n"
	if _, err := buildSite(t, site+comments, Options{}); err != nil {
		t.Errorf("build with comments outside the defines failed:\n%v", err)
	}
}

// TestTemplateArguments: a function given more or fewer arguments than it
// takes, and a field given any, is an error at its line on a site with
// nothing yet for the template to run on; a {{template}} given two
// values is told to give its template a dict of them.
func TestTemplateArguments(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"two values for a partial", themePage("day", `{{template "paper-list" .Day.Papers .Day}}`),
			`themes/mine/templates/day.html:2: template error: {{template "paper-list" .Day.Papers .Day}} gives "paper-list" .Day.Papers and .Day, but a template is given one value, its dot; to give it more, give it a dict ({{template "paper-list" (dict "Papers" .Day.Papers "Day" .Day)}}) and read them in "paper-list" as .Papers and .Day. Or remove the override to use the built-in one`},
		{"a card given two", "-- themes/mine/templates/partials/paper-list.html --\n{{define \"paper-list\"}}\n{{range .}}{{card . $}}{{end}}\n{{end}}\n",
			`themes/mine/templates/partials/paper-list.html:2: template error: {{card . $}}: card is given 2 arguments, but takes 1 argument; fix the template or remove the override to use the built-in one`},
		{"cached given one", themePage("week", `{{cached "paper-list"}}`),
			`themes/mine/templates/week.html:2: template error: {{cached "paper-list"}}: cached is given 1 argument, but takes at least 2 arguments; fix the template or remove the override to use the built-in one`},
		{"a field given one", themePage("month", `{{with .Month}}{{.Top 5}}{{end}}`),
			`themes/mine/templates/month.html:2: template error: .Top is given 5, but it is a field (a list of papers), not a method, and takes nothing; for its first 5, write (first 5 .Top). Or remove the override to use the built-in one`},
		{"an email template's field given one", "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{.Digest.Name 3}}\n",
			`themes/mine/email/digest.txt:2: template error: .Digest.Name is given 3, but it is a field (text), not a method, and takes nothing; write .Digest.Name alone, or call the function meant with it. Or remove the override to use the built-in one`},
		{"a field given a field", themePage("month", `{{.Month.Slug .Month}}`),
			`themes/mine/templates/month.html:2: template error: .Month.Slug is given .Month, but it is a field (text), not a method, and takes nothing; write .Month.Slug alone, or call the function meant with it. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
}

// TestIndexOnEmptySite: {{index .Site.Papers 0}} on a site without
// papers yet is told that the list is empty there and how to take its
// first only when there is one, and an index past a list's end that the
// list is shorter, in place of Go's "reflect: slice index out of range";
// in an email template as in a page's.
func TestIndexOnEmptySite(t *testing.T) {
	t.Parallel()
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"the newest paper", themePage("home", `<p>{{len .Site.Papers}} papers, the newest {{(index .Site.Papers 0).Title}}</p>`),
			`themes/mine/templates/home.html:2: template error: {{index .Site.Papers 0}}: .Site.Papers has no element 0 here, being empty (as on a site without papers yet); take its first only when there is one: {{with .Site.Papers}}{{with index . 0}}…{{end}}{{end}}, or {{range first 1 .Site.Papers}}…{{end}}. Or remove the override to use the built-in one (on index.html)`},
		{"the third", themePage("home", `{{with index .Site.Topics 2}}{{.Name}}{{end}}`),
			`themes/mine/templates/home.html:2: template error: {{index .Site.Topics 2}}: .Site.Topics has no element 2 here, having fewer (as on a site without papers yet); take it only when there is one: {{if gt (len .Site.Topics) 2}}…{{end}}. Or remove the override to use the built-in one (on index.html)`},
	}
	themeErrors(t, site, tests)
	// An email template is told so in the same words, on a digest of
	// fewer papers, where it said "error calling index: index out of
	// range: 3".
	day := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n"
	themeErrors(t, site+day, []themeError{
		{"the fourth of an email's papers", "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{(index .Papers 3).Title}}\n",
			`themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}: .Papers has no element 3 here, having fewer; take it only when there is one: {{if gt (len .Papers) 3}}…{{end}}. Or remove the override to use the built-in one`},
	})
}

// TestUndefinedVariables: a variable a template uses where it is not
// declared is told the one meant: the one the file declares and nothing
// uses (its declaration renamed), where it is declared when that is in
// another block, or those the file declares.
func TestUndefinedVariables(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a declaration renamed", themePage("paper", "{{$paper := .Paper}}{{range $i, $d := .Paper.Days}}{{$i}}{{$d}}{{end}}\n<h1>{{$p.Title}}</h1>"),
			`themes/mine/templates/paper.html:3: template error: undefined variable "$p"; did you mean $paper, which line 2 declares and nothing uses?`},
		{"declared in another block", themePage("paper", "{{with .Paper}}{{$t := .Title}}{{$t}}{{end}}\n{{$t}}"),
			`themes/mine/templates/paper.html:3: template error: undefined variable "$t"; $t is declared on line 2, but a variable is known only from its declaration to the {{end}} of the block around it ({{with}}, {{range}}, {{if}}, {{define}}): declare it where it is used, or before the block, with {{$t := …}} (and set it in the block with {{$t = …}}). Or remove the override to use the built-in one`},
		{"a use renamed", themePage("paper", "{{$p := .Paper}}{{$p.ID}}\n<h1>{{$paper.Title}}</h1>"),
			`themes/mine/templates/paper.html:3: template error: undefined variable "$paper"; the file declares $p (line 2); use the one meant, or declare $paper before its use with {{$paper := …}}. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
}

// TestTemplateWithoutValue: a {{template "name"}} written without a
// value, whose template reads its dot, is an error at the call saying
// what the template reads and what to give it (a built-in partial, as
// the built-in page gives it); one whose template reads no dot builds.
func TestTemplateWithoutValue(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	tests := []themeError{
		{"a built-in partial", themePage("day", `{{template "paper-list"}}`),
			`themes/mine/templates/day.html:2: template error: {{template "paper-list"}} gives "paper-list" no value, but it reads its dot ({{range .}}, themes/default/templates/partials/paper-list.html (built in):3), which is then nil: a range over it shows nothing and a field of it fails; give it what it shows, as the built-in day.html does ({{template "paper-list" .Day.Papers}}). Or remove the override to use the built-in one`},
		{"a partial of the site's own", themePage("paper", `{{template "mine"}}`) + themePartial("mine", `{{if .Paper}}{{with .Paper.Code}}{{.}}{{end}}{{end}}`),
			`themes/mine/templates/paper.html:2: template error: {{template "mine"}} gives "mine" no value, but it reads its dot (.Paper, themes/mine/templates/partials/mine.html:2), which is then nil: a range over it shows nothing and a field of it fails; give it what it shows in the call. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
	themeErrors(t, site, []themeError{{"a partial reading $", themePage("paper", `{{template "mine"}}`) + themePartial("mine", `<p>{{with $.Paper}}{{.Title}}{{end}}</p>`),
		`themes/mine/templates/paper.html:2: template error: {{template "mine"}} gives "mine" no value, but it reads its dot ($.Paper, themes/mine/templates/partials/mine.html:2), which is then nil: a range over it shows nothing and a field of it fails; give it what it shows in the call. Or remove the override to use the built-in one`}})
	noDot := themePage("paper", `{{template "mine"}}`) + themePartial("mine", `<p>{{T "feeds"}}{{with static "x.css"}}{{.}}{{end}}</p>`)
	if _, err := buildSite(t, site+noDot, Options{}); err != nil {
		t.Errorf("a partial that reads no dot, given none:\n%v", err)
	}
}

// TestConfigInCard: config gives a template whose dot is no page, the
// card, the site's settings.
func TestConfigInCard(t *testing.T) {
	site := themed("-- themes/mine/templates/partials/paper-item.html --\n{{define \"paper-item\"}}<li>{{.Title}} from {{(config).Title}}{{with (config).Extra.motto}}, {{.}}{{end}}</li>{{end}}\n")
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\nextra:\n  motto: read on\n", 1)
	mustBuild(t, site).contains(t, "index.html", " from Test Digest, read on</li>")
}
