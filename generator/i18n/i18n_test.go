package i18n

import (
	"io/fs"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gohugoio/locales"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/i18n/i18ntest"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/themes"
)

var june3 = time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC) // a Monday

func english(t *testing.T) *Catalog {
	t.Helper()
	c, err := Builtin("en")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEnglish(t *testing.T) {
	c := english(t)
	for _, tt := range []struct {
		id   string
		args []any
		want string
	}{
		{"abstract", nil, "Abstract"},
		{"papers", []any{1}, "1\u00a0paper"},
		{"papers", []any{0}, "0\u00a0papers"},
		{"papers", []any{int64(12)}, "12\u00a0papers"},
		{"descAuthor", []any{"Name", "Ada <Lovelace>"}, "Papers by Ada &lt;Lovelace&gt;"},
		{"allPapersOf", []any{"Count", 1, "Date", "Jun 3"}, "The paper of Jun 3"},
		{"allPapersOf", []any{"Count", 4, "Date", "Jun 3"}, "All 4\u00a0papers of Jun 3"},
		{"allPapersOf", []any{4, "Date", "Jun 3"}, "All 4\u00a0papers of Jun 3"}, // a count before the pairs
		{"allPapersOf", []any{uint8(1), "Date", "Jun 3"}, "The paper of Jun 3"},
		{"searchNoScript", []any{"Archive", "/a/", "Topics", "/t/", "Authors", `/x"y/`}, `Search needs JavaScript, which is off in this browser. Browse the <a href="/a/">archive</a>, <a href="/t/">topics</a> or <a href="/x%22y/">authors</a> instead.`},
		{"searchNoScriptOrganizations", []any{"Archive", "/a/", "Topics", "/t/", "Authors", "/x/", "Organizations", "/o/"}, `Search needs JavaScript, which is off in this browser. Browse the <a href="/a/">archive</a>, <a href="/t/">topics</a>, <a href="/x/">authors</a> or <a href="/o/">organizations</a> instead.`},
	} {
		got, err := c.HTML(tt.id, tt.args...)
		if err != nil || string(got) != tt.want {
			t.Errorf("HTML(%q, %v) = %q, %v; want %q", tt.id, tt.args, got, err, tt.want)
		}
	}
	if got, _ := c.Text("descAuthor", "Name", "Ada <Lovelace>"); got != "Papers by Ada <Lovelace>" {
		t.Errorf("Text escapes: %q", got)
	}
	if got := c.Date("dateLong", june3); got != "Monday, June\u00a03, 2024" {
		t.Errorf("dateLong = %q", got)
	}
}

func TestArgumentErrors(t *testing.T) {
	c := english(t)
	for _, tt := range []struct {
		id   string
		args []any
		want string
	}{
		{"abstrct", nil, `no message "abstrct"; did you mean "abstract"?`},
		{"upvotesTitle", nil, `no message "upvotesTitle": the built-in theme no longer has it (upvote counts have no tooltip since 2026-12-02); delete the call, or add the message to your theme's i18n/en.yaml to keep it`},
		{"papers", nil, `message "papers" has plural forms; give it a count`},
		{"papers", []any{"Name", "x"}, `message "papers" has plural forms; give it a count before its names and values, e.g. {{T "papers" 3 "Name" .Value}}`},
		{"descAuthor", nil, `T "descAuthor" takes the argument "Name"; write {{T "descAuthor" "Name" …}}`},
		{"descAuthor", []any{"Nom", "x"}, `T "descAuthor" takes the argument "Name", not "Nom"; write {{T "descAuthor" "Name" …}}`},
		{"descAuthor", []any{"Nme", "x"}, `T "descAuthor" takes the argument "Name", not "Nme"; did you mean "Name"?`},
		{"allPapersOf", []any{"Count", 2}, `T "allPapersOf" takes the arguments "Count" and "Date"; write {{T "allPapersOf" "Count" … "Date" …}}`},
		{"descAuthor", []any{1, "x"}, `argument 2 is a int, not a name`},
		{"papers", []any{"Count", "3"}, `Count is a string, not a whole number`},
		{"titleWeek", []any{"Num", 3, "Year"}, `or a count and then pairs ({{T "titleWeek" 3 "Name" .Value}}, the same as "Count" 3 "Name" .Value), not 3 arguments`},
		{"papers", []any{1, 2, 3}, `argument 3 is a int, not a name`},
		{"papers", []any{"3", "Count", 3}, `not 3 arguments`},
		{"allPapersOf", []any{2, "Count", 3}, `a count first and "Count" among the names as well; give the count once`},
	} {
		_, err := c.HTML(tt.id, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("HTML(%q, %v) error = %v; want it to contain %q", tt.id, tt.args, err, tt.want)
		}
	}
}

// translated returns a translation file of every English message but
// those of skip: each text with "XX " before it, dates in a day-first
// layout.
func translated(t *testing.T, skip ...string) string {
	t.Helper()
	dates := map[string]string{}
	for _, id := range []string{"dateLong", "dateMedium", "dateShort", "dateMonth", "dateWeekStart", "dateWeekEnd", "dateNoYear"} {
		dates[id] = "Monday 2 January 2006 (Mon, Jan)"
	}
	return i18ntest.Translation(t, func(s string) string { return "XX " + s }, dates, skip...)
}

func load(files map[string]string, lang string) (*Catalog, error) {
	site := fstest.MapFS{}
	for name, data := range files {
		site[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return Load(Theme{Site: themefs.Stack{{FS: site, Dir: "themes/mine"}}}, Language{Tag: lang, Path: "content/site.yaml", Line: 7})
}

func TestSiteLanguage(t *testing.T) {
	c, err := load(map[string]string{"i18n/eo.yaml": translated(t)}, "eo")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.HTML("abstract"); got != "XX Abstract" {
		t.Errorf("abstract = %q", got)
	}
	// A region falls back to its language.
	c, err = load(map[string]string{"i18n/fr.yaml": translated(t)}, "fr-CA")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Date("dateLong", june3); got != "lundi 3 juin 2024 (lun., juin)" {
		t.Errorf("French dateLong = %q", got)
	}
	// French puts 0 with 1 ("one"), English with the many.
	if got, _ := c.Text("papers", 0); got != "XX {{.Count}} paper" && got != "XX 0\u00a0paper" {
		t.Errorf("French papers 0 = %q, want the one form", got)
	}
	// A site's file replaces single messages of a built-in language.
	c, err = load(map[string]string{"i18n/en.yaml": "abstract: Summary\n"}, "en-GB")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.HTML("abstract"); got != "Summary" {
		t.Errorf("site's English abstract = %q", got)
	}
	if got, _ := c.HTML("cite"); got != "Cite" {
		t.Errorf("cite = %q", got)
	}
}

func TestForms(t *testing.T) {
	got, err := english(t).Forms("searchFound")
	if err != nil {
		t.Fatal(err)
	}
	if got["one"] != "{Count}\u00a0result {Query}." || got["other"] != "{Count}\u00a0results {Query}." || len(got) != 2 {
		t.Errorf("Forms = %q", got)
	}
}

// TestFormsOfAField: a message whose text reads a field of an argument
// ({{.Paper.Title}}, which a theme's own message shown with T may) has
// no forms for a script, which fills each argument in whole: the error
// says so at the message's line, and what to write.
func TestFormsOfAField(t *testing.T) {
	c, err := load(map[string]string{"i18n/en.yaml": "x: fine\npaperFound: \"Found {{.Paper.Title}} ({{.Count}})\"\n"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Forms("paperFound")
	const want = "themes/mine/i18n/en.yaml:2: paperFound: a script shows this message (jsMessages), and fills in each argument whole, as {Paper}, so its text cannot read {{.Paper.Title}}, a field of one; " +
		"give the message the value as an argument of its own ({{.Title}}), or keep it for templates (T) and give the script another"
	if err == nil || err.Error() != want {
		t.Errorf("Forms = %v, want\n%s", err, want)
	}
	if got, err := c.Text("paperFound", map[string]any{"Paper": struct{ Title string }{"BERT"}, "Count": 2}); err != nil || got != "Found BERT (2)" {
		t.Errorf("T = %q, %v; want the message with the paper's title", got, err)
	}
}

func TestLoadErrors(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
		lang  string
		want  string
	}{
		{"untranslated language", nil, "it", "content/site.yaml:7: language it: the theme has no translation into it (no i18n/it.yaml); the built-in theme has "},
		{"not a tag", nil, "english!", `content/site.yaml:7: language "english!" is not a BCP 47 language tag`},
		{"unknown id", map[string]string{"i18n/fr.yaml": "abstrct: Résumé\n"}, "en", "themes/mine/i18n/fr.yaml:1: abstrct is not a message of the theme: i18n/en.yaml has no abstrct; did you mean abstract? fix the id, or add the message to themes/mine/i18n/en.yaml"},
		{"bad template", map[string]string{"i18n/en.yaml": "x: fine\ny: \"{{.Count\"\n"}, "en", "themes/mine/i18n/en.yaml:2: y: "},
		{"open tag", map[string]string{"i18n/en.yaml": "abstract: '<a href=\"{{.URL}}'\n"}, "en", "themes/mine/i18n/en.yaml:1: abstract: "},
		{"unclosed element", map[string]string{"i18n/de.yaml": "archive: Archiv\nsubscribe: <b>Abonnieren\n"}, "de", "themes/mine/i18n/de.yaml:2: subscribe: <b> is never closed, so what the page has after the message sits inside it; close it where its text ends, e.g. <b>Abonnieren</b>"},
		{"unclosed plural form", map[string]string{"i18n/en.yaml": "papers:\n  one: \"<em>{{.Count}}</em> paper\"\n  other: \"<em>{{.Count}} papers\"\n"}, "en", "themes/mine/i18n/en.yaml:3: papers: <em> is never closed"},
		{"end tag too many", map[string]string{"i18n/en.yaml": "subscribe: Subscribe</b>\n"}, "en", "themes/mine/i18n/en.yaml:1: subscribe: </b> closes no <b> of this text, and would close one of the page around it; remove it, or add the <b> it closes"},
		{"file name", map[string]string{"i18n/french.yaml": "a: b\n"}, "en", `themes/mine/i18n/french.yaml: "french" is not a BCP 47 language tag`},
		{"not yaml", map[string]string{"i18n/notes.txt": "a: b\n"}, "en", `themes/mine/i18n/notes.txt: not a translation file`},
		{"yml", map[string]string{"i18n/de.yml": "subscribe: Abonnieren\n"}, "en", `themes/mine/i18n/de.yml: a translation file's name ends in .yaml, not .yml, so no build reads this one; rename it to de.yaml`},
		{"hugo's toml", map[string]string{"i18n/de.toml": "[subscribe]\nother = \"Abonnieren\"\n"}, "en", "themes/mine/i18n/de.toml: translation files are YAML, so no build reads this one; write its messages in themes/mine/i18n/de.yaml, one `id: text` a line"},
		{"a folder", map[string]string{"i18n/de/x.yaml": "a: b\n"}, "en", `themes/mine/i18n/de: not a translation file`},
		{"no other", map[string]string{"i18n/en.yaml": "papers:\n  one: a paper\n"}, "en", "themes/mine/i18n/en.yaml:2: papers has no `other:` form"},
		{"plural typo", map[string]string{"i18n/en.yaml": "papers:\n  oen: a\n  other: b\n"}, "en", `themes/mine/i18n/en.yaml:2: papers: "oen" is not a plural form; did you mean one?`},
		{"yaml", map[string]string{"i18n/en.yaml": "a: [\n"}, "en", "themes/mine/i18n/en.yaml:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(tt.files, tt.lang)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestElements: a message's text closes each element it opens, in
// order; void elements, those whose end HTML lets a text leave out, and
// tags in an action's string are let be.
func TestElements(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"<b>Abonnieren</b>", ""},
		{"Top-Paper der KW {{.Num}}/<wbr>{{.Year}}", ""},
		{"eins<br>zwei<br/><img src=x alt=''>", ""},
		{"<svg><path d='M0'/></svg>", ""},
		{"<p>one<p>two", ""},
		{`<a href="{{.URL}}">{{"<b>"}}</a>`, ""},
		{`{{if .X}}<b>{{.X}}</b>{{end}}`, ""},
		{"<b>Abonnieren", "x.yaml:3: subscribe: <b> is never closed, so what the page has after the message sits inside it; close it where its text ends, e.g. <b>Abonnieren</b>"},
		{"<b><i>Abonnieren", "x.yaml:3: subscribe: <i> is never closed, so what the page has after the message sits inside it; close it where its text ends, e.g. <b><i>Abonnieren</i></b>"},
		{"Abonnieren</b>", "x.yaml:3: subscribe: </b> closes no <b> of this text, and would close one of the page around it; remove it, or add the <b> it closes"},
		{"<b><i>Abonnieren</b></i>", "x.yaml:3: subscribe: </b> comes while the <i> inside it is still open; close <i> first (<i>…</i></b>)"},
	} {
		got := ""
		if err := checkElements("x.yaml", 3, "subscribe", tt.text); err != nil {
			got = err.Error()
		}
		if got != tt.want {
			t.Errorf("checkElements(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTranslationNotRead: a translation the build does not read, for a
// language no file it reads translates, is named in the error with what
// to do: a theme folder site.yaml does not name, or a file of one region.
func TestTranslationNotRead(t *testing.T) {
	root := fstest.MapFS{
		"themes/mine/i18n/vi.yaml": {Data: []byte("abstract: Tóm tắt\n")},
		"themes/lab/i18n/de.yaml":  {Data: []byte("abstract: Kurzfassung\n")},
	}
	lab := themefs.Stack{{FS: fstest.MapFS{"i18n/pt-PT.yaml": {Data: []byte("abstract: Resumo\n")}}, Dir: "themes/lab"}}
	for _, tt := range []struct {
		name, lang string
		site       themefs.Stack
		want       string
	}{
		{"no theme line", "vi", nil, "content/site.yaml:7: language vi: themes/mine/i18n/vi.yaml is there, but site.yaml names no theme: add `theme: mine`"},
		{"regional tag", "vi-VN", nil, "language vi-VN: themes/mine/i18n/vi.yaml is there, but site.yaml names no theme: add `theme: mine`"},
		{"another theme named", "vi", lab, "themes/mine/i18n/vi.yaml is there, but site.yaml's `theme:` does not name mine: add it to the list, yours first (`theme: [mine, …]`)"},
		{"a region's file", "pt", lab, "language pt: themes/lab/i18n/pt-PT.yaml is there, but it translates into pt-PT only; name it pt.yaml, or set `language: pt-PT`"},
		{"nowhere", "it", nil, "language it: the theme has no translation into it (no i18n/it.yaml)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(Theme{Site: tt.site, Root: root}, Language{Tag: tt.lang, Path: "content/site.yaml", Line: 7})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestPartial: a translation that lacks messages (the day an update adds
// some) loads, shows them in English, and says which they are.
func TestPartial(t *testing.T) {
	c, err := load(map[string]string{"i18n/it.yaml": translated(t, "abstract", "cite")}, "it")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := c.HTML("abstract"); got != "Abstract" {
		t.Errorf("untranslated abstract = %q, want the English", got)
	}
	if got, _ := c.HTML("relatedPapers"); got != "XX Related papers" {
		t.Errorf("relatedPapers = %q", got)
	}
	if e := c.Untranslated(); e == nil || e.Error() != "themes/mine/i18n/it.yaml: 2 messages are not translated into it and show in English: abstract, cite; add them to themes/mine/i18n/it.yaml (the English is in themes/default/i18n/en.yaml (built in))" {
		t.Errorf("Untranslated() = %v", e)
	}
	// A message the theme adds, on a site in a language the built-in
	// theme translates: the file to write is the theme's, which does not
	// exist yet.
	c, err = load(map[string]string{"i18n/en.yaml": "labTagline: From the lab\n"}, "fr")
	if err != nil {
		t.Fatal(err)
	}
	if e := c.Untranslated(); e == nil || e.Error() != "themes/mine/i18n/fr.yaml: 1 message is not translated into fr and shows in English: labTagline; add it to themes/mine/i18n/fr.yaml (the English is in themes/mine/i18n/en.yaml)" {
		t.Errorf("Untranslated() = %v", e)
	}
	if _, err := c.HTML("labTagIine"); err == nil || err.Error() != `no message "labTagIine"; did you mean "labTagline"?` {
		t.Errorf("a misspelt message of the theme's: %v", err)
	}
	if _, err := c.HTML("labMotto"); err == nil || err.Error() != `no message "labMotto" in themes/mine/i18n/en.yaml or the built-in i18n/en.yaml; add it to themes/mine/i18n/en.yaml` {
		t.Errorf("a message no file has: %v", err)
	}
	if c, _ := Builtin("fr"); c.Untranslated() != nil {
		t.Errorf("built-in French: %v", c.Untranslated())
	}
}

// TestBuiltinLanguages: every language of the built-in theme translates
// every message, each with the placeholders English has and every plural
// form of the language, and writes dates with its own names.
func TestBuiltinLanguages(t *testing.T) {
	entries, err := fs.ReadDir(themes.Default(), Dir)
	if err != nil {
		t.Fatal(err)
	}
	en := english(t)
	field := regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), ".yaml")
		t.Run(lang, func(t *testing.T) {
			c, err := Builtin(lang)
			if err != nil {
				t.Fatal(err)
			}
			for id, m := range en.msgs {
				want := map[string]bool{}
				for _, f := range m.forms {
					for _, x := range field.FindAllStringSubmatch(f.text, -1) {
						want[x[1]] = true
					}
				}
				for rule, f := range c.msgs[id].forms {
					got := map[string]bool{}
					for _, x := range field.FindAllStringSubmatch(f.text, -1) {
						got[x[1]] = true
					}
					for name := range got {
						if !want[name] {
							t.Errorf("%s (%v) uses {{.%s}}, which English does not give it", id, rule, name)
						}
					}
					if len(want) > 0 && len(got) == 0 && !(want["Count"] && len(want) == 1) {
						t.Errorf("%s (%v) drops every argument of %v", id, rule, want)
					}
				}
			}
			if lang == "en" {
				return
			}
			if e := c.Untranslated(); e != nil {
				t.Error(e)
			}
			// Every form the language counts with, in every counted message
			// (Arabic's zero, one, two, few, many and other).
			for id, m := range en.msgs {
				if len(m.forms) == 1 {
					continue
				}
				for _, rule := range c.names.PluralsCardinal() {
					if c.msgs[id].forms[rule] == nil {
						t.Errorf("%s has no %v form", id, rule)
					}
				}
			}
			for _, id := range []string{"dateLong", "dateMedium", "dateShort", "dateMonth", "dateWeekStart", "dateWeekEnd", "dateNoYear"} {
				if got := c.Date(id, june3); strings.Contains(got, "June") || strings.Contains(got, "Monday") || !strings.Contains(got, c.localDigits("3")) && id != "dateMonth" {
					t.Errorf("%s = %q: English names, or no day", id, got)
				}
			}
		})
	}
}

// TestNumbers: a count is written as the language writes numbers.
// TestCutShortNames: a regional tag whose CLDR tables are cut short
// (ar-MA has eight months, one off: June was November, and September
// panicked) takes its language's names, for every month.
func TestCutShortNames(t *testing.T) {
	ar, err := load(map[string]string{"i18n/ar.yaml": translated(t)}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	for _, tag := range []string{"ar-MA", "ar-DZ", "ar-TN"} {
		c, err := load(map[string]string{"i18n/ar.yaml": translated(t)}, tag)
		if err != nil {
			t.Fatal(err)
		}
		for m := time.January; m <= time.December; m++ {
			day := time.Date(2025, m, 15, 0, 0, 0, 0, time.UTC)
			if got, want := c.Date("dateLong", day), ar.Date("dateLong", day); got != want {
				t.Errorf("%s: dateLong of %s = %q, want %q (ar's)", tag, day.Format("2006-01-02"), got, want)
			}
		}
	}
	if got := ar.Date("dateLong", june3); !strings.Contains(got, "يونيو") {
		t.Errorf("ar: dateLong of June 3 = %q, want يونيو", got)
	}
}

// TestDigitArguments: a whole number a message is given is written in the
// site's digits and stays a number for the text: a site's translation that
// compares it ({{if gt .Num 1}}) or formats it (printf "%02d") builds on a
// site whose digits are not 0–9, as it did before (the numbers were made
// strings, and every such page failed with "string and int"), and a URL
// keeps 0–9.
func TestDigitArguments(t *testing.T) {
	text := `'{{if gt .Num 1}}page {{.Num}} of {{.Total}}{{end}}{{if .None}}!{{end}} ({{printf "%02d" .Num}}) <a href="/p/{{.Num}}/">x</a>'`
	for _, tt := range []struct{ lang, html, text string }{
		{"fa", `page ۵ of ۱۲ (05) <a href="/p/5/">x</a>`, `page ۵ of ۱۲ (05) <a href="/p/۵/">x</a>`},
		{"ar-u-nu-arab", `page ٥ of ١٢ (05) <a href="/p/5/">x</a>`, `page ٥ of ١٢ (05) <a href="/p/٥/">x</a>`},
		{"bn", `page ৫ of ১২ (05) <a href="/p/5/">x</a>`, `page ৫ of ১২ (05) <a href="/p/৫/">x</a>`},
		{"en", `page 5 of 12 (05) <a href="/p/5/">x</a>`, `page 5 of 12 (05) <a href="/p/5/">x</a>`},
	} {
		base, _, _ := strings.Cut(tt.lang, "-")
		c, err := load(map[string]string{"i18n/en.yaml": "probe: " + text + "\n", "i18n/" + base + ".yaml": translated(t) + "probe: " + text + "\n"}, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := c.HTML("probe", "Num", 5, "Total", 12, "None", 0); string(got) != tt.html || err != nil {
			t.Errorf("%s: HTML = %q, %v, want %q", tt.lang, got, err, tt.html)
		}
		if got, err := c.Text("probe", "Num", 5, "Total", 12, "None", uint8(0)); got != tt.text || err != nil {
			t.Errorf("%s: Text = %q, %v, want %q", tt.lang, got, err, tt.text)
		}
	}
}

// TestDigits: a site writes every number in one numbering system, its
// language's or the one its tag names (-u-nu-): counts small and large,
// dates, and the numbers a message is given (a week's, a year); Arabic in
// 0–9 unless it asks for ٠–٩, Persian in ۰–۹ with a region too (x/text
// wrote fa-IR in 0–9).
func TestDigits(t *testing.T) {
	jun16 := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, digits, small, big, date, week string }{
		{"ar", "latn", "11", "1,234", "16 2025", "25, 2025"},
		{"ar-EG", "latn", "11", "1,234", "16 2025", "25, 2025"},
		{"ar-u-nu-arab", "arab", "١١", "١٬٢٣٤", "١٦ ٢٠٢٥", "٢٥, ٢٠٢٥"},
		{"fa", "arabext", "۱۱", "۱٬۲۳۴", "۱۶ ۲۰۲۵", "۲۵, ۲۰۲۵"},
		{"fa-IR", "arabext", "۱۱", "۱٬۲۳۴", "۱۶ ۲۰۲۵", "۲۵, ۲۰۲۵"},
		{"fa-u-nu-latn", "latn", "11", "1,234", "16 2025", "25, 2025"},
		{"fr", "latn", "11", "1\u00a0234", "16 2025", "25, 2025"},
	} {
		base, _, _ := strings.Cut(tt.lang, "-")
		c, err := load(map[string]string{"i18n/" + base + ".yaml": translated(t)}, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if small, big := c.number(11), c.number(1234); small != tt.small || big != tt.big {
			t.Errorf("%s: 11 and 1234 are %q and %q, want %q and %q", tt.lang, small, big, tt.small, tt.big)
		}
		if got := c.Format("2 2006", jun16); got != tt.date {
			t.Errorf("%s: 2 2006 is %q, want %q", tt.lang, got, tt.date)
		}
		if got := c.Digits(); got != tt.digits {
			t.Errorf("%s: Digits() = %q, want %q", tt.lang, got, tt.digits)
		}
		if got, _ := c.Text("titleWeek", "Num", 25, "Year", 2025); !strings.HasSuffix(got, tt.week) {
			t.Errorf("%s: titleWeek of 25 and 2025 is %q, want it to end in %q", tt.lang, got, tt.week)
		}
	}
	_, err := load(map[string]string{"i18n/ar.yaml": translated(t)}, "ar-u-nu-roman")
	if err == nil || !strings.Contains(err.Error(), "language ar-u-nu-roman: -u-nu-roman is not a numbering system Paperboy writes; write -u-nu-latn (0–9)") {
		t.Errorf("ar-u-nu-roman: %v", err)
	}
}

// TestLackingForms: a counted message of a translation without every
// plural form of its language is named for check (Arabic's "3 ورقة"
// shows the other: form where few: was wanted); a plain message is not,
// nor a language with no forms but other.
func TestLackingForms(t *testing.T) {
	c, err := load(map[string]string{"i18n/ar.yaml": "papers:\n  one: ورقة\n  other: ورقة\nabstract: ملخص\n"}, "ar")
	if err != nil {
		t.Fatal(err)
	}
	want := "papers: ar counts with the forms zero, one, two, few, many, other, and this message has no zero, two, few, many, so a count that takes one shows its other: text; add them"
	if got := c.LackingForms(); len(got) != 1 || got[0].Msg != want || got[0].Line != 1 {
		t.Errorf("LackingForms = %v, want one at line 1: %s", got, want)
	}
	ja, err := load(map[string]string{"i18n/ja.yaml": "papers: \"{{.Count}} 本\"\n"}, "ja")
	if err != nil {
		t.Fatal(err)
	}
	if got := ja.LackingForms(); len(got) > 0 {
		t.Errorf("Japanese: LackingForms = %v, want none", got)
	}
}

func TestNumbers(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{{"en", "12,345\u00a0papers"}, {"fr", "12\u00a0345\u00a0articles"}, {"de", "12.345\u00a0Paper"}} {
		c, err := Builtin(tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := c.Text("papers", 12345); got != tt.want {
			t.Errorf("%s: papers 12345 = %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestFirstDay: French writes the first of a month "1er", in every layout
// that writes the day alone.
func TestFirstDay(t *testing.T) {
	fr, err := Builtin("fr")
	if err != nil {
		t.Fatal(err)
	}
	aug1 := time.Date(2025, 8, 1, 0, 0, 0, 0, time.UTC)
	for layout, want := range map[string]string{
		"dateLong": "vendredi 1er\u00a0août 2025", "dateShort": "1er\u00a0août\u00a02025", "dateMonth": "août 2025",
	} {
		if got := fr.Date(layout, aug1); got != want {
			t.Errorf("%s = %q, want %q", layout, got, want)
		}
	}
	if got := fr.Format("02/01/2006 2", aug1); got != "01/08/2025 1er" {
		t.Errorf("02/01/2006 2 = %q", got)
	}
	if got := fr.Date("dateLong", june3); got != "lundi 3\u00a0juin 2024" {
		t.Errorf("not the first: %q", got)
	}
	en := english(t)
	if got := en.Date("dateLong", aug1); got != "Friday, August\u00a01, 2025" {
		t.Errorf("English: %q", got)
	}
}

// TestFormsOfTheLanguage: a plural form the site's language does not have
// is an error at its line.
func TestFormsOfTheLanguage(t *testing.T) {
	_, err := load(map[string]string{"i18n/fr.yaml": "papers:\n  one: un article\n  few: quelques articles\n  other: \"{{.Count}} articles\"\n"}, "fr")
	if err == nil || !strings.Contains(err.Error(), "themes/mine/i18n/fr.yaml:3: papers: fr has no few form (its forms are one, other)") {
		t.Errorf("error = %v", err)
	}
}

// TestRetiredMessages: a theme's message that an earlier built-in theme
// had and this one does not is let be, in English and in a translation
// (where an unknown id is an error), and named for check.
func TestRetiredMessages(t *testing.T) {
	c, err := load(map[string]string{
		"i18n/en.yaml": "upvotesTitle: Votes from Hugging Face\n",
		"i18n/fr.yaml": "# fr\ndateDayMonth: 2 Jan\n",
	}, "fr")
	if err != nil {
		t.Fatalf("a retired message failed the build: %v", err)
	}
	var got []string
	for _, e := range c.Misspelt(func(string) bool { return false }) {
		got = append(got, e.Error())
	}
	want := []string{
		"themes/mine/i18n/en.yaml:1: upvotesTitle: the built-in theme no longer has this message (upvote counts have no tooltip since 2026-12-02); delete the line, unless a template of your theme shows it",
		"themes/mine/i18n/fr.yaml:2: dateDayMonth: the built-in theme no longer has this message (week ranges are dateWeekStart and dateWeekEnd since 2026-12-02), so nothing shows it; delete the line",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Misspelt =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := c.Misspelt(func(id string) bool { return id == "upvotesTitle" }); len(got) != 1 || got[0].Line != 2 {
		t.Errorf("with a template that shows upvotesTitle, Misspelt = %v; want the translation's only", got)
	}
	en, err := Builtin("en")
	if err != nil {
		t.Fatal(err)
	}
	for id := range retired {
		if en.msgs[id] != nil {
			t.Errorf("%s is retired, and the built-in theme has it", id)
		}
	}
}

// TestVenueMessages: every built-in language says where a paper was
// published with each part it is given, the name marked as a work's
// title, and leaves out the parts it is not.
func TestVenueMessages(t *testing.T) {
	entries, err := fs.ReadDir(themes.Default(), Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), ".yaml")
		c, err := Builtin(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			id   string
			args []any
			want []string
		}{
			{"publishedInJournal", []any{"Journal", "J & K", "Volume", "630", "Issue", "S1", "Pages", "123–130"}, []string{"<cite>J &amp; K</cite>", "630", "(S1)", "123–130"}},
			{"publishedInJournal", []any{"Journal", "J", "Volume", "", "Issue", "", "Pages", ""}, []string{"<cite>J</cite>"}},
			{"publishedInConference", []any{"Conference", "NeurIPS 2017", "Pages", "5998–6008"}, []string{"<cite>NeurIPS 2017</cite>", "5998–6008"}},
			{"publishedInConference", []any{"Conference", "NeurIPS 2017", "Pages", ""}, []string{"<cite>NeurIPS 2017</cite>"}},
		} {
			got, err := c.HTML(tt.id, tt.args...)
			if err != nil {
				t.Errorf("%s: HTML(%q) = %v", lang, tt.id, err)
				continue
			}
			for _, w := range tt.want {
				if !strings.Contains(string(got), w) {
					t.Errorf("%s: HTML(%q, %q) = %q, want it to hold %q", lang, tt.id, tt.args, got, w)
				}
			}
			if s := strings.TrimSpace(string(got)); strings.HasSuffix(s, ",") || strings.HasSuffix(s, ":") || strings.Contains(s, "()") {
				t.Errorf("%s: HTML(%q, %q) = %q: punctuation of a part left out", lang, tt.id, tt.args, got)
			}
		}
	}
}

// TestNoYearDates: every built-in language writes a day without its year
// (dateNoYear, for the days a week's or month's page lists under a
// heading that names the year) as its dateShort does with the year and
// what joins it left out, CLDR's MMMd beside its yMMMd ("23. Jan." of
// "23. Jan. 2022", "1月23日" of "2022年1月23日").
func TestNoYearDates(t *testing.T) {
	entries, err := fs.ReadDir(themes.Default(), Dir)
	if err != nil {
		t.Fatal(err)
	}
	year := regexp.MustCompile(`,? ?2006(\x{2060}?年\x{2060}?)?`) // and a no-break space or a word joiner that joins it
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), ".yaml")
		c, err := Builtin(lang)
		if err != nil {
			t.Fatal(err)
		}
		short := c.msgs["dateShort"].forms[locales.PluralRuleOther].text
		want := strings.TrimSpace(year.ReplaceAllString(short, ""))
		if got := c.msgs["dateNoYear"].forms[locales.PluralRuleOther].text; got != want {
			t.Errorf("%s: dateNoYear = %q, want %q (dateShort %q without its year)", lang, got, want, short)
		}
		jan23 := time.Date(2022, 1, 23, 0, 0, 0, 0, time.UTC)
		if got := c.Date("dateNoYear", jan23); strings.Contains(got, c.localDigits("2022")) {
			t.Errorf("%s: dateNoYear of %v = %q, with the year", lang, jan23, got)
		}
	}
}

// TestWeekDates: a week's dates name its year once, with whichever end
// the language writes it, and a week across the new year both years,
// each end in one layout that writes the year: the week end's (English),
// the week start's (Japanese and Chinese write the year first), else
// dateShort, for a site whose week layouts write none.
func TestWeekDates(t *testing.T) {
	noYears, err := load(map[string]string{"i18n/en.yaml": "dateWeekStart: Jan 2\ndateWeekEnd: Jan 2\n"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		c     *Catalog
		start time.Time
		want  string
	}{
		{"en", mustBuiltin(t, "en"), june3, "Jun\u00a03 – Jun\u00a09, 2024"},
		{"en", mustBuiltin(t, "en"), time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "Dec\u00a030, 2024 – Jan\u00a05, 2025"},
		{"de", mustBuiltin(t, "de"), time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "30.\u00a0Dez.\u00a02024 – 5.\u00a0Jan.\u00a02025"},
		{"ja", mustBuiltin(t, "ja"), june3, "2024\u2060年6\u2060月3\u2060日 – 6\u2060月9\u2060日"},
		{"ja", mustBuiltin(t, "ja"), time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "2024\u2060年12\u2060月30\u2060日 – 2025\u2060年1\u2060月5\u2060日"},
		{"zh", mustBuiltin(t, "zh"), time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC), "2026\u2060年12\u2060月28\u2060日 – 2027\u2060年1\u2060月3\u2060日"},
		{"site's, no year", noYears, time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "Dec\u00a030, 2024 – Jan\u00a05, 2025"},
	} {
		if got := tc.c.WeekDates(tc.start); got != tc.want {
			t.Errorf("%s: WeekDates(%s) = %q, want %q", tc.name, tc.start.Format(time.DateOnly), got, tc.want)
		}
	}
	entries, err := fs.ReadDir(themes.Default(), Dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		lang := strings.TrimSuffix(e.Name(), ".yaml")
		c := mustBuiltin(t, lang)
		got := c.WeekDates(time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC))
		if !strings.Contains(got, c.localDigits("2024")) || !strings.Contains(got, c.localDigits("2025")) {
			t.Errorf("%s: WeekDates(2024-12-30) = %q, without both years", lang, got)
		}
	}
}

// FuzzLoad loads a site's translation file of any text, in English and
// in a language the built-in theme has: no panic; a file refused is named
// in each error (or the site.yaml line of the language) at a line of it,
// and a file taken renders every plural form of each of its messages for
// a script (Forms), or says why at the line of the message's text.
func FuzzLoad(f *testing.F) {
	f.Add(true, "abstract: Summary\npapers:\n  one: \"{{.Count}} paper\"\n  other: \"{{.Count}} papers\"\n")
	f.Add(false, "abstract: Résumé\npapers:\n  one: \"{{.Count}} article\"\n  many: \"{{.Count}} d'articles\"\n  other: \"{{.Count}} articles\"\n")
	f.Add(true, "x: fine\ny: \"{{.Count\"\n")
	f.Add(true, "abstract: '<a href=\"{{.URL}}'\n")
	f.Add(false, "abstrct: Résumé\n")
	f.Add(true, "papers:\n  oen: a\n  other: b\n")
	f.Add(true, "dateLong: \"{{if .X}}\"\nmine: \"{{range .Count}}{{end}}\"\n")
	f.Add(false, "dateLong: \"mardi 2 January 2006\"\ndateShort: \"2 Jan 2006 (lun.)\"\n")
	f.Add(true, "dateLong: \"2006年1月2日（月）\"\ndateMonth: \"2006\\u2060年1\\u2060月\"\ndateNoYear: \"1月2日火\"\n")
	f.Add(false, "searchFound:\n  one: \"{{.Count}} {{.Query}}\"\n  other: \"{{printf `%d` .Count}}\"\n")
	f.Fuzz(func(t *testing.T, english bool, data string) {
		tag := "fr"
		if english {
			tag = "en"
		}
		name := "themes/mine/i18n/" + tag + ".yaml"
		c, err := load(map[string]string{"i18n/" + tag + ".yaml": data}, tag)
		lines := diag.Lines([]byte(data))
		if err != nil {
			list, ok := diag.Source(err)
			if !ok {
				t.Fatalf("Load(%q) error names no file: %v", data, err)
			}
			for _, e := range list {
				if e.Path == "content/site.yaml" && e.Line == 7 {
					continue
				}
				if e.Path != name || e.Line < 0 || e.Line > lines {
					t.Fatalf("Load(%q) error at no line of %s: %v", data, name, e)
				}
			}
			return
		}
		msgs, err := parse.Messages(name, []byte(data))
		if err != nil {
			t.Fatalf("Load(%q) took a file parse.Messages refuses: %v", data, err)
		}
		for _, m := range msgs {
			// A script's forms fill each argument in as {Name}, which a
			// text that asks more of it fails on ({{.Paper.Title}}, as
			// a theme's own message may, given a paper): at its line.
			if _, err := c.Forms(m.ID); err != nil {
				if list, ok := diag.Source(err); !ok || len(list) != 1 || list[0].Path != name || list[0].Line < 1 || list[0].Line > lines {
					t.Fatalf("Load(%q) took a file whose %s renders no forms, and the error is at no line of it: %v", data, m.ID, err)
				}
			}
		}
	})
}

// TestSiteWordsStayInTheirCatalog: a site's message replaces the built-in
// one in its own catalog only, not in a later build's, which Load gives
// the built-in theme's messages again (a process reads and compiles them
// once, and every catalog shares them).
func TestSiteWordsStayInTheirCatalog(t *testing.T) {
	for _, lang := range []string{"en", "fr"} {
		before := mustText(t, mustBuiltin(t, lang), "abstract")
		site, err := load(map[string]string{"i18n/" + lang + ".yaml": "abstract: Summary\n"}, lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := mustText(t, site, "abstract"); got != "Summary" {
			t.Errorf("%s: the site's abstract is %q, want its own Summary", lang, got)
		}
		if got := mustText(t, mustBuiltin(t, lang), "abstract"); got != before {
			t.Errorf("%s: after a site's build, the built-in abstract is %q, want %q", lang, got, before)
		}
	}
}

func mustBuiltin(t *testing.T, lang string) *Catalog {
	t.Helper()
	c, err := Builtin(lang)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func mustText(t *testing.T, c *Catalog, id string) string {
	t.Helper()
	s, err := c.Text(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// BenchmarkLoad loads the built-in theme's English and French, as a build
// of an English and of a French site does.
func BenchmarkLoad(b *testing.B) {
	for _, lang := range []string{"en", "fr"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := Builtin(lang); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDateLayouts: a date message written as the date is to look in the
// file's language, not in Go's reference words, is an error at its line
// that shows what it would write and, where the language's names of the
// reference date read back, the layout to write; a layout with the
// reference words loads.
func TestDateLayouts(t *testing.T) {
	for _, tt := range []struct {
		lang, file, want string
	}{
		{"de", `dateLong: "Montag, 2. Januar 2006"`, `themes/mine/i18n/de.yaml:1: dateLong: Go reads the "Mon" of "Montag" as the weekday and the "Jan" of "Januar" as the month, so every date reads wrong (16 June 2025 as "Mo.tag, 16. Juniuar 2025"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "Monday, 2. January 2006"`},
		{"fr", `dateMedium: "2 janvier 2006"`, `themes/mine/i18n/fr.yaml:1: dateMedium: as a Go layout this has no month, so every date reads wrong (16 June 2025 as "16 janvier 2025"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "2 January 2006"`},
		{"es", `dateLong: "Lunes, 2 de enero de 2006"`, `write "Monday, 2 de January de 2006"`},
		{"de", `dateMonth: "Januar"`, `dateMonth: Go reads the "Jan" of "Januar" as the month, so every date reads wrong (16 June 2025 as "Juniuar"); `},
		{"de", `dateMonth: "January"`, `dateMonth: as a Go layout this has no year, so every date reads wrong (16 June 2025 as "Juni"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write it with those words`},
		{"de", `dateNoYear: "2. Januar"`, `write "2. January"`},
		{"de", `dateNoYear: "2. January"`, ""},
		{"de", `dateWeekEnd: "2. Jan"`, ""},               // the year may go with the week's start
		{"he", `dateLong: "Monday, 2 בJanuary 2006"`, ""}, // a prefix before a name is no word Go reads inside
		{"en", `dateFrom: "Januar"`, ""},                  // no layout
		// A weekday in the file's language is written as it is on every
		// date: shown on a day of another weekday.
		{"de", `dateLong: "Dienstag, 2. January 2006"`, `themes/mine/i18n/de.yaml:1: dateLong: as a Go layout this writes the weekday "Dienstag" as it is, so every date reads wrong (16 June 2025 as "Dienstag, 16. Juni 2025"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "Monday, 2. January 2006"`},
		{"ja", `dateLong: "2006年1月2日（月）"`, `themes/mine/i18n/ja.yaml:1: dateLong: as a Go layout this writes the weekday "月" as it is, so every date reads wrong (17 June 2025 as "2025年6月17日（月）"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "2006年1月2日（Mon）"`},
		{"ja", `dateLong: "2006年1月2日 月曜日"`, `write "2006年1月2日 Monday"`},
		{"ja", `dateLong: "2006年1月2日(木)"`, `writes the weekday "木" as it is`},
		{"ja", `dateLong: "2006年1月2日 火曜"`, `writes the weekday "火" as it is`}, // a weekday's character before 曜
		{"th", `dateLong: "ศ. 2 January 2006"`, `writes the weekday "ศ." as it is`},
		{"th", `dateLong: "วันศุกร์ที่ 2 January 2006"`, `writes the weekday "วันศุกร์" as it is`},
		{"ja", `dateLong: "2006年1月2日(Mon)（火）"`, `write "2006年1月2日(Mon)（Mon）"`},
		{"zh", `dateLong: "2006年1月2日 星期二"`, `write "2006年1月2日 Monday"`},
		{"zh", `dateLong: "2006年1月2日周二"`, `write "2006年1月2日Mon"`},
		{"ko", `dateLong: "2006년 1월 2일 (월)"`, `write "2006년 1월 2일 (Mon)"`},
		{"fr", `dateLong: "mardi 2 January 2006"`, `write "Monday 2 January 2006"`},
		{"fr", `dateLong: "Mardi/mercredi 2 January 2006"`, `this writes the weekdays "Mardi" and "mercredi" as it is, so every date reads wrong (16 June 2025 as "Mardi/mercredi 16 juin 2025")`},
		{"fr", `dateLong: "mardi 2 janvier 2006"`, `dateLong: as a Go layout this has no month, so every date reads wrong (16 June 2025 as "mardi 16 janvier 2025"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "Monday 2 January 2006"`},
		{"de", `dateShort: "Di., 2. Jan 2006"`, `write "Mon, 2. Jan 2006"`},
		{"en", `dateLong: "Tuesday, January 2, 2006"`, `write "Monday, January 2, 2006"`},
		{"en", `dateLong: "monday, January 2, 2006"`, `(17 June 2025 as "monday, June 17, 2025"); a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "Monday, January 2, 2006"`},
		{"ja", `dateMonth: "2006\u2060年1\u2060月"`, ""}, // 月 and 日 after a number are the month's and day's
		{"ja", `dateNoYear: "1月2日"`, ""},
		// A weekday's character inside a word is no weekday: 日 of 投稿日
		// ("date posted") and 日本時間 ("Japan time"); nor is a bare one
		// after the day ("2日火"), which may start a word as well.
		{"ja", `dateLong: "投稿日 2006年1月2日"`, ""},
		{"ja", `dateLong: "2006年1月2日（日本時間）"`, ""},
		{"ja", `dateLong: "2006年1月2日火"`, ""},
		// Thai "ศ." and "พ." are Friday and Wednesday alone, not as letters
		// of the eras ค.ศ. and พ.ศ.
		{"th", `dateLong: "2 January ค.ศ. 2006"`, ""},
		{"th", `dateLong: "2 January พ.ศ. 2006"`, ""},
		{"ja", `dateLong: "2006年1月2日（Mon）"`, ""},
		{"zh", `dateLong: "2006年1月2日 Monday"`, ""},
		{"ko", `dateLong: "2006년 1월 2일 (Mon)"`, ""},
		{"de", `dateShort: "Mon., 2. Jan 2006"`, ""},
		// An English weekday in another language's file is written as it
		// is too.
		{"de", `dateLong: "Tuesday, 2. January 2006"`, `themes/mine/i18n/de.yaml:1: dateLong: as a Go layout this writes the weekday "Tuesday" as it is, so every date reads wrong (16 June 2025 as "Tuesday, 16. Juni 2025"); ` +
			`a date layout is written with Go's English reference words and numbers (Monday, January, 2, 2006), which pages then write in the site's language: write "Monday, 2. January 2006"`},
		{"ja", `dateLong: "2006年1月2日（Tuesday）"`, `write "2006年1月2日（Monday）"`},
		{"fr", `dateLong: "Monday 2 January 2006"`, ""},
		{"de", `dateLong: "2. January 2006 (Sun Yat-sen)"`, ""},
	} {
		_, err := load(map[string]string{"i18n/" + tt.lang + ".yaml": tt.file + "\n"}, "en")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s %s: %v", tt.lang, tt.file, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s %s: error = %v\nwant it to contain %s", tt.lang, tt.file, err, tt.want)
		}
	}
}

// TestForeignPlaceholders: a text that writes an argument as gettext or
// ICU do, which pages would show as it is, is an error at its line with
// the text to write when the argument it stands for is known; a per cent
// sign or braces of the text's own are let be.
func TestForeignPlaceholders(t *testing.T) {
	const other = "\n  other: \"{{.Count}} Artikel\"\n"
	for _, tt := range []struct {
		file, want string
	}{
		{"papers:\n  one: \"%d Artikel\"" + other, `themes/mine/i18n/de.yaml:2: papers: %d is a placeholder of another translation system, which pages would show as it is; write "{{.Count}} Artikel"`},
		{"papers:\n  one: \"{Count} Artikel\"" + other, `de.yaml:2: papers: {Count} is a placeholder of another translation system, which pages would show as it is; write "{{.Count}} Artikel"`},
		{"papers:\n  one: \"{count} Artikel\"" + other, `write "{{.Count}} Artikel"`},
		{"descAuthor: \"Artikel von %s\"\n", `de.yaml:1: descAuthor: %s is a placeholder of another translation system, which pages would show as it is; write "Artikel von {{.Name}}"`},
		{"descAuthor: \"Artikel von {0}\"\n", `write "Artikel von {{.Name}}"`},
		{"descAuthor: \"Artikel von %(name)s\"\n", `write "Artikel von {{.Name}}"`},
		{"allPapersOf:\n  one: \"%1$s\"\n  other: \"{{.Count}} {{.Date}}\"\n", `de.yaml:2: allPapersOf: %1$s is a placeholder of another translation system, which pages would show as it is; write an argument as {{.Name}}: this message has {{.Count}}, {{.Date}}`},
		{"papers:\n  other: \"{count, plural, one {# Artikel} other {# Artikel}}\"\n", `de.yaml:2: papers: {count, plural, …} is a placeholder of another translation system, which pages would show as it is; give the message its plural forms under its id instead (one:, other:…), each a text with {{.Count}}`},
		{"abstract: \"Kurz {0}\"\n", `abstract: {0} is a placeholder of another translation system, which pages would show as it is; this message has no arguments: write the text without it`},
		{"abstract: \"100 % sicher, 5%-Hürde, {Beta}\"\n", ""},
		{"descAuthor: \"{Name}: {{.Name}}\"\n", `write "{{.Name}}: {{.Name}}"`},
		{"descAuthor: \"{Autor} {{.Name}}\"\n", ""},
	} {
		_, err := load(map[string]string{"i18n/de.yaml": tt.file}, "en")
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%q: %v", tt.file, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%q: error = %v\nwant it to contain %s", tt.file, err, tt.want)
		}
	}
}

// TestNamesDate: a title names its date with the year, the day and the
// month's name, each a word of its own, in the language's words or in
// English; in Japanese and Chinese, written without spaces, a month's
// name touches the words beside it (2025年6月16日の論文), but not a
// digit: "1月" is not January in "11月".
func TestNamesDate(t *testing.T) {
	june16 := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	jan11 := time.Date(2025, 1, 11, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang, title string
		date        time.Time
		want        bool
	}{
		{"ja", "2025年6月16日の論文", june16, true},
		{"ja", "2025\u2060年6\u2060月16\u2060日", june16, true},
		{"zh", "2025年6月16日论文", june16, true},
		{"ja", "2025年11月1日の論文", jan11, false},
		{"ja", "2025年1月11日の論文", jan11, true},
		{"ja", "2025年6月の論文", june16, false},
		{"de", "Paper vom 16. Juni 2025", june16, true},
		{"de", "Paper vom 16. Juniheft 2025", june16, false},
		{"en", "June 16, 2025", june16, true},
		{"en", "the junebug papers of 16 2025", june16, false},
	} {
		if got := mustBuiltin(t, tt.lang).NamesDate(tt.title, tt.date); got != tt.want {
			t.Errorf("%s: NamesDate(%q, %s) = %v, want %v", tt.lang, tt.title, tt.date.Format(time.DateOnly), got, tt.want)
		}
	}
}

// TestStandAloneMonth: a layout that writes no day (dateMonth, a month's
// page) writes a month's name as it stands alone, in the languages where
// it differs from the one a day takes ("березень 2024", "18 березня
// 2024"); a day's date, and a language with one name, are as they were.
// NamesDate still finds a title's month in the form a day takes.
func TestStandAloneMonth(t *testing.T) {
	march18 := time.Date(2024, 3, 18, 0, 0, 0, 0, time.UTC)
	march1 := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang, layout string
		date         time.Time
		want         string
	}{
		{"uk", "January 2006", march18, "березень 2024"},
		{"uk", "2 January 2006", march18, "18 березня 2024"},
		{"uk", "Monday, 2 January 2006", march1, "пʼятниця, 1 березня 2024"},
		{"ru", "January 2006", march18, "март 2024"},
		{"pl", "January 2006", march18, "marzec 2024"},
		{"cs", "January 2006", march18, "březen 2024"},
		{"ca", "January de 2006", march18, "març de 2024"},
		{"ca", "2 January", march18, "18 de març"},
		{"el", "January 2006", march18, "Μάρτιος 2024"},
		{"fi", "January 2006", march18, "maaliskuu 2024"},
		{"lt", "2006 January", march18, "2024 kovas"},
		{"fr", "January 2006", march18, "mars 2024"},
		{"de", "Jan 2006", march18, "März 2024"},
	} {
		c, err := load(map[string]string{"i18n/" + tt.lang + ".yaml": "abstract: A\n"}, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Format(tt.layout, tt.date); got != tt.want {
			t.Errorf("%s: Format(%q, %s) = %q, want %q", tt.lang, tt.layout, tt.date.Format(time.DateOnly), got, tt.want)
		}
	}
	uk, err := load(map[string]string{"i18n/uk.yaml": "abstract: A\n"}, "uk")
	if err != nil {
		t.Fatal(err)
	}
	if !uk.NamesDate("Статті 18 березня 2024", march18) {
		t.Errorf("uk: NamesDate(%q) = false, want true", "Статті 18 березня 2024")
	}
}

// TestMistakesAtOnce: every mistake of a translation file is reported in
// one run, a plural form its language lacks with an unknown id and an
// unknown argument, not after they are fixed.
func TestMistakesAtOnce(t *testing.T) {
	const file = "upvotes:\n  one: \"{{.Count}} Stimme\"\n  other: \"{{.Count}} Stimmen\"\n  zero: keine Stimmen\n" +
		"descAuthor: Artikel von {{.Nme}}\narchiv: Archiv\n"
	_, err := load(map[string]string{"i18n/de.yaml": file}, "de")
	for _, want := range []string{
		"themes/mine/i18n/de.yaml:4: upvotes: de has no zero form",
		"themes/mine/i18n/de.yaml:5: descAuthor: {{.Nme}} is not an argument of this message; did you mean {{.Name}}?",
		"themes/mine/i18n/de.yaml:6: archiv is not a message of the theme",
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v\nwant it to contain %q", err, want)
		}
	}
}

// TestTextWithoutBreakHints: a message's invisible line-break hints (a
// zero-width space, a soft hyphen) are for its pages (HTML); its plain
// text, which an email's subject and the feeds' titles are, has none, and
// keeps the word joiners that hold a number to its characters.
func TestTextWithoutBreakHints(t *testing.T) {
	week := []any{"Num", 1, "Year", 2026}
	own, err := load(map[string]string{"i18n/en.yaml": "labTitle: \"Trans\\u00adformers of week {{.Num}}/\\u200b{{.Year}}\"\nlabPlain: \"Trans\\u00adformers\\u200b!\"\n"}, "en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name      string
		c         *Catalog
		id        string
		args      []any
		text      string
		htmlHints bool
	}{
		{"de", mustBuiltin(t, "de"), "topPapersOfWeek", week, "Top-Paper der KW\u00a01/2026", true},
		{"ja", mustBuiltin(t, "ja"), "topPapersOfWeek", week, "2026\u2060年 第\u20601\u2060週の注目論文", false},
		{"theme's own", own, "labTitle", week, "Transformers of week 1/2026", true},
		{"theme's own, no argument", own, "labPlain", nil, "Transformers!", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text, err := tt.c.Text(tt.id, tt.args...)
			if err != nil || text != tt.text {
				t.Errorf("Text(%s) = %q, %v, want %q", tt.id, text, err, tt.text)
			}
			h, err := tt.c.HTML(tt.id, tt.args...)
			if hints := strings.ContainsAny(string(h), breakHints); err != nil || hints != tt.htmlHints {
				t.Errorf("HTML(%s) = %q, %v; break hints %v, want %v", tt.id, h, err, hints, tt.htmlHints)
			}
		})
	}
}
