package generator

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestMessageCallsWithoutContent: a theme's call of T that names a
// message no file has, or lacks an argument the message's text uses, is
// an error at the call's line on a site with no page that runs it, in
// the words of the run's error; a text of the theme's own message, in
// any of its languages, that uses an argument no call gives is an error
// at the text's line, with the names the calls give.
func TestMessageCallsWithoutContent(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	paper := func(main string) string {
		return "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n" + main + "\n{{end}}\n"
	}
	picks := "-- themes/mine/i18n/en.yaml --\nlabPicks:\n  one: \"{{.Count}} pick by {{.Who}}\"\n  other: \"{{.Count}} picks by {{.Who}}\"\n"
	tests := []themeError{
		{"a misspelt argument", paper(`{{with .Paper}}{{T "prevPaper" "Rnk" .Upvotes}}{{end}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "prevPaper" "Rnk" .Upvotes>: error calling T: T "prevPaper" takes the argument "Rank", not "Rnk"; did you mean "Rank"?`},
		{"a missing argument", paper(`{{T "titleWeek" "Num" 3}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "titleWeek" "Num" 3>: error calling T: T "titleWeek" takes the arguments "Num" and "Year"; write {{T "titleWeek" "Num" … "Year" …}}. Or remove the override to use the built-in one`},
		{"a misspelt message", paper(`{{T "prevPapr" "Rank" 1}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "prevPapr" "Rank" 1>: error calling T: no message "prevPapr"; did you mean "prevPaper"?`},
		{"the theme's own message misspelt in its text", paper(`{{T "labRank" "Rank" 1}}`) + "-- themes/mine/i18n/en.yaml --\nlabRank: \"No. {{.Rnak}}\"\n",
			`themes/mine/i18n/en.yaml:1: labRank: {{.Rnak}} is not an argument the templates give this message; did you mean {{.Rank}}?`},
		{"in another language", paper(`{{T "labRank" "Rank" 1}}`) + "-- themes/mine/i18n/en.yaml --\nlabRank: \"No. {{.Rank}}\"\n-- themes/mine/i18n/fr.yaml --\nlabRank: \"N° {{.Rnak}}\"\n",
			`themes/mine/i18n/fr.yaml:1: labRank: {{.Rnak}} is not an argument the templates give this message; did you mean {{.Rank}}?`},
		{"a count written as a name", paper(`{{T "papers" "Count"}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "papers" "Count">: error calling T: message "papers" has plural forms; give it a count, e.g. {{T "papers" 3}}. Or remove the override to use the built-in one`},
		{"no count", paper(`{{T "papers"}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "papers">: error calling T: message "papers" has plural forms; give it a count, e.g. {{T "papers" 3}}. Or remove the override to use the built-in one`},
		{"a name without its value", paper(`{{T "titleWeek" "Num" 3 "Year"}}`),
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "titleWeek" "Num" 3 "Year">: error calling T: message "titleWeek": give it a count, one value, names and values in pairs, or a count and then pairs ({{T "titleWeek" 3 "Name" .Value}}, the same as "Count" 3 "Name" .Value), not 3 arguments, which leave a name without its value; fix the template or remove the override to use the built-in one`},
		{"a name without its value, and a text the other call does not give all it uses", paper(`{{T "labPicks" "Who" 2 "Ana"}}{{T "labPicks" 3}}`) + picks,
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "labPicks" "Who" 2 "Ana">: error calling T: message "labPicks": give it a count, one value, names and values in pairs, or a count and then pairs ({{T "labPicks" 3 "Name" .Value}}, the same as "Count" 3 "Name" .Value), not 3 arguments, which leave a name without its value; fix the template or remove the override to use the built-in one`},
		{"the plain-text email", "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{with .Top}}{{T \"prevPapr\" \"Rank\" 1}}{{end}}\n",
			`themes/mine/email/digest.txt:2: template error: executing "email/digest.txt" at <T "prevPapr" "Rank" 1>: error calling T: no message "prevPapr"; did you mean "prevPaper"?`},
		{"a partial of the HTML email", "-- themes/mine/email/digest.html --\n{{define \"item\"}}\n{{T \"titleWeek\" \"Num\" 3}}{{end}}{{range .Papers}}{{template \"item\" .}}{{end}}\n",
			`themes/mine/email/digest.html:2: template error: executing "item" at <T "titleWeek" "Num" 3>: error calling T: T "titleWeek" takes the arguments "Num" and "Year"; write {{T "titleWeek" "Num" … "Year" …}}. Or remove the override to use the built-in one`},
		{"the newsletter's subject", "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\nnewsletter:\n  subject: '{{T \"papers\" \"Cont\" 2}}'\n",
			`content/site.yaml:4: newsletter.subject: template error: executing "subject" at <T "papers" "Cont" 2>: error calling T: T "papers" takes the argument "Count", not "Cont"; did you mean "Count"?`},
		{"the email's own message misspelt in its text", "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}{{T \"emailRank\" \"Rank\" 1}}\n-- themes/mine/i18n/en.yaml --\nemailRank: \"No. {{.Rnak}}\"\n",
			`themes/mine/i18n/en.yaml:1: emailRank: {{.Rnak}} is not an argument the templates give this message; did you mean {{.Rank}}?`},
	}
	themeErrors(t, site, tests)
	// With a day whose digest runs them, each is told once: an email's
	// message whose text is at fault is told at the text alone, not at
	// the call as well, in words that blamed the call ("takes the
	// argument "Rnak", not "Rank"").
	day := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n"
	themeErrors(t, site+day, tests[9:])
}

// TestMessageCallsRight: calls of T that give what the texts use (a
// count before names and values too), or whose names the template does
// not write out, build without a word on
// a site with no papers.
func TestMessageCallsRight(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	theme := `-- themes/mine/templates/paper.html --
{{define "main"}}
{{T "prevPaper" "Rank" 1}}{{T "labRank" "Rank" 2 "Of" 3}}{{T "papers" 3}}{{T "papers" "Count" 3}}
{{$n := "Rank"}}{{T "nextPaper" $n 1}}{{with .Paper}}{{T "labOf" .}}{{end}}
{{T "labPicks" 2 "Who" "Ana"}}{{T "allPapersOf" 3 "Date" "May 27"}}
{{end}}
-- themes/mine/i18n/en.yaml --
labPicks:
  one: "{{.Count}} pick by {{.Who}}"
  other: "{{.Count}} picks by {{.Who}}"
labRank: "No. {{.Rank}}"
labOf: "of {{.Title}}"
-- themes/mine/i18n/fr.yaml --
labRank: "N° {{.Rank}} sur {{.Of}}"
labOf: "de {{.Title}}"
`
	if _, err := buildSite(t, site+theme, Options{}); err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
}

// TestSubjectCallWithTemplateErrors: a bad call of T in the newsletter's
// subject or preheader does not keep the email templates from running
// on the newest digest in the same build: a mistake of theirs that only
// a run finds is told with it, not after the subject is fixed.
func TestSubjectCallWithTemplateErrors(t *testing.T) {
	day := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n"
	theme := "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{(index .Papers 3).Title}}\n"
	for _, field := range []string{"subject", "preheader"} {
		t.Run(field, func(t *testing.T) {
			site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\ntheme: mine\nnewsletter:\n  " + field + ": '{{T \"papers\" \"Cont\" 2}}'\n"
			_, err := buildSite(t, site+day+theme, Options{})
			if err == nil {
				t.Fatal("build succeeded, want errors of the " + field + " and of digest.txt")
			}
			for _, want := range []string{
				"content/site.yaml:5: newsletter." + field + ": template error: executing \"" + field + "\" at <T \"papers\" \"Cont\" 2>",
				`themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}`,
			} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error:\n%v\nwant it to have %q", err, want)
				}
			}
		})
	}
}

// TestMessageCallsOfPagesAndEmails: one build tells the mistakes of the
// page templates and of the email templates together, each once, at
// its line, on a site with a day as without; and a theme's own message
// is checked against the calls of both, so that the call that gives
// what the others and the text do not is the one told, not the text.
func TestMessageCallsOfPagesAndEmails(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1)
	paper := func(main string) string {
		return "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n" + main + "\n{{end}}\n"
	}
	email := func(body string) string {
		return "-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n" + body + "\n"
	}
	rank := "-- themes/mine/i18n/en.yaml --\nlabRank: \"No. {{.Rank}}\"\n"
	tests := []themeError{
		{"the email's call the odd one out", paper(`{{T "labRank" "Rank" 1}}`) + email(`{{T "labRank" "Rnk" 1}}`) + rank,
			`themes/mine/email/digest.txt:2: template error: executing "email/digest.txt" at <T "labRank" "Rnk" 1>: error calling T: T "labRank" takes the argument "Rank", not "Rnk"; did you mean "Rank"?`},
		{"the page's call the odd one out", paper(`{{T "labRank" "Rnk" 1}}`) + email(`{{T "labRank" "Rank" 1}}`) + rank,
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "labRank" "Rnk" 1>: error calling T: T "labRank" takes the argument "Rank", not "Rnk"; did you mean "Rank"?`},
		{"a mistake in each", paper(`{{T "prevPapr" "Rank" 1}}`) + email(`{{T "titleWeek" "Num" 3}}`),
			`themes/mine/email/digest.txt:2: template error: executing "email/digest.txt" at <T "titleWeek" "Num" 3>: error calling T: T "titleWeek" takes the arguments "Num" and "Year"; write {{T "titleWeek" "Num" … "Year" …}}. Or remove the override to use the built-in one` + "\n" +
				`themes/mine/templates/paper.html:2: template error: executing "main" at <T "prevPapr" "Rank" 1>: error calling T: no message "prevPapr"; did you mean "prevPaper"?`},
		{"a page's field and the email's call", paper(`{{.Paper.Titel}}`) + email(`{{T "prevPapr" "Rank" 1}}`),
			`themes/mine/email/digest.txt:2: template error: executing "email/digest.txt" at <T "prevPapr" "Rank" 1>: error calling T: no message "prevPapr"; did you mean "prevPaper"?` + "\n" +
				`themes/mine/templates/paper.html:2: template error: .Paper.Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Paper.Title (text)?`},
	}
	themeErrors(t, site, tests)
	// With a day, the email's run on its digest is told with the page
	// templates' mistakes too.
	day := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n"
	themeErrors(t, site+day, append(tests, themeError{"a page's call and the email's run", paper(`{{T "prevPapr" "Rank" 1}}`) + email(`{{(index .Papers 3).Title}}`),
		`themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}: .Papers has no element 3 here, having fewer; take it only when there is one: {{if gt (len .Papers) 3}}…{{end}}. Or remove the override to use the built-in one` + "\n" +
			`themes/mine/templates/paper.html:2: template error: executing "main" at <T "prevPapr" "Rank" 1>: error calling T: no message "prevPapr"; did you mean "prevPaper"?`}))
}

// TestEmailMistakeRendersNothing: a build whose only mistake is in an
// email template fails before it makes any page, feed or other file (the
// build's Emit, which writes them into the new public/, is never called),
// telling the mistake at its line; with a page template's mistake as
// well, both are told, one that only a render finds too.
func TestEmailMistakeRendersNothing(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\n", 1) +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n" +
		"-- themes/mine/email/digest.txt --\n{{.Digest.Name}}\n{{(index .Papers 3).Title}}\n"
	for _, tc := range []struct {
		name, theme string
		want        []string
	}{
		{"the email alone", "", []string{"themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}"}},
		{"and a page", "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n{{.Paper.Titel}}\n{{end}}\n",
			[]string{"themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}", "themes/mine/templates/paper.html:2: template error: .Paper.Titel"}},
		// A page's mistake that only a render finds is told in the
		// same build, from pages rendered into nothing.
		{"and a page at render", "-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n{{index .Paper.Authors 3}}\n{{end}}\n",
			[]string{"themes/mine/email/digest.txt:2: template error: {{index .Papers 3}}", "themes/mine/templates/paper.html:2: template error: {{index .Paper.Authors 3}}"}},
	} {
		var mu sync.Mutex
		var made []string
		emit := func(f model.File) error {
			mu.Lock()
			defer mu.Unlock()
			made = append(made, f.Path)
			return nil
		}
		_, err := buildSite(t, site+tc.theme, Options{Emit: emit})
		if err == nil {
			t.Fatalf("%s: the build succeeded", tc.name)
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error\n%v\nwant it to have %q", tc.name, err, w)
			}
		}
		if len(made) > 0 {
			slices.Sort(made)
			t.Errorf("%s: the failing build made %d files (%s …); want none", tc.name, len(made), strings.Join(made[:min(len(made), 5)], ", "))
		}
	}
}

// TestMessageCallsWithTranslationMistakes: a build that stops on a
// mistake of a translation file still checks the theme templates' calls
// of T against the ids that loaded, so that one run names a misspelt id
// in de.yaml and a misspelt one in a partial; a call of a message whose
// text is at fault is let be (the text is told), as is one of the
// theme's own message, which its en.yaml has.
func TestMessageCallsWithTranslationMistakes(t *testing.T) {
	site := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: mine\nlanguage: de\n", 1)
	footer := func(body string) string {
		return "-- themes/mine/templates/partials/site-footer.html --\n{{define \"site-footer\"}}<footer class=\"site-footer\">\n  <p>" + body + "</p>\n</footer>{{end}}\n"
	}
	tests := []themeError{
		{"an id on each side", footer(`{{T "subcribe"}} · {{T "builtWith"}}`) + "-- themes/mine/i18n/de.yaml --\nbultWith: Ein Angebot der UB\n",
			"themes/mine/i18n/de.yaml:1: bultWith is not a message of the theme: i18n/en.yaml has no bultWith; did you mean builtWith? fix the id, or add the message to themes/mine/i18n/en.yaml\n" +
				`themes/mine/templates/partials/site-footer.html:2: template error: executing "site-footer" at <T "subcribe">: error calling T: no message "subcribe"; did you mean "subscribe"?`},
		{"the theme's own messages", footer(`{{T "labRank" "Rank" 1}} {{T "labOf" "Title" "x"}} {{T "subcribe"}}`) +
			"-- themes/mine/i18n/en.yaml --\nlabRank: \"No. {{.Rank\"\nlabOf: \"of {{.Title}}\"\n-- themes/mine/i18n/de.yaml --\nlabRank: \"Nr. {{.Rank}}\"\nlabOf: \"von {{.Title}}\"\n",
			"themes/mine/i18n/en.yaml:1: labRank: unclosed action; fix the {{…}} in its text\n" +
				`themes/mine/templates/partials/site-footer.html:2: template error: executing "site-footer" at <T "subcribe">: error calling T: no message "subcribe"; did you mean "subscribe"?`},
		{"a template that does not parse", footer(`{{T "subscribe"}`) + "-- themes/mine/i18n/de.yaml --\nsubscribe: <b>Abonnieren\n",
			"themes/mine/i18n/de.yaml:1: subscribe: <b> is never closed, so what the page has after the message sits inside it; close it where its text ends, e.g. <b>Abonnieren</b>\n" +
				`themes/mine/templates/partials/site-footer.html:2: template error: unexpected "}" in operand; an action ends with }}, and this one with } alone: write }}. Or remove the override to use the built-in one`},
	}
	themeErrors(t, site, tests)
}
