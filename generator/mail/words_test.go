package mail

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

// themeWith is a site theme folder (themes/mine) with files, and the words
// of the site in English with that folder's i18n/en.yaml.
func themeWith(t *testing.T, files map[string]string) Theme {
	t.Helper()
	site := mapFS(files)
	c, err := i18n.Load(i18n.Theme{Site: themefs.Stack{{FS: site, Dir: "themes/mine"}}},
		i18n.Language{Tag: "en", Path: "content/site.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	return Theme{Builtin: themes.Default(), Site: themefs.Stack{{FS: site, Dir: "themes/mine"}}, Words: c}
}

// TestSiteWords: a site's own English replaces the built-in messages in
// every part of the email.
func TestSiteWords(t *testing.T) {
	th := themeWith(t, map[string]string{"i18n/en.yaml": "emailRead: Open\nemailProject: Website\ntitleWeek: Wk {{.Num}}/{{.Year}}\n" +
		"dateWeekStart: 2 Jan\ndateWeekEnd: 2 Jan 2006\n" +
		"emailLedByTwo: \"{{.Papers}}: {{.First}}, {{.Second}}\"\nupvotes:\n  one: \"{{.Count}} vote\"\n  other: \"{{.Count}} votes\"\n"})
	site := testSite()
	d, err := Select(site, Selector{Kind: DayDigest, Key: "2024-03-14"})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compose(site, d, testSettings(), th)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"    Open: https://example.org/repo/papers/2403.00001/\n", "    Website: https://example.com/plain", "    42 votes · "} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the text part lacks %q:\n%s", want, m.Text)
		}
	}
	for _, want := range []string{`aria-label="Open: “Attention`, `style="color:#0b57b5;">Open</a>`, `style="color:#0b57b5;">Website</a>`, `<span aria-hidden="true">▲</span> 42 votes`} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("the HTML part lacks %q", want)
		}
	}
	if want := "2\u00a0papers" + `: Attention & "Transformers" </title><script>alert(1)</script>, Plain Paper`; !strings.HasPrefix(m.Preheader, want) {
		t.Errorf("Preheader = %q, want %q…", m.Preheader, want)
	}
	if d, err = Select(site, Selector{Kind: WeekDigest}); err != nil {
		t.Fatal(err)
	}
	s := testSettings()
	s.Subject = "{{.Digest.Name}}"
	if m, err = Compose(site, d, s, th); err != nil {
		t.Fatal(err)
	}
	if m.Subject != "Wk 11/2024" {
		t.Errorf("the week's .Digest.Name = %q, not the site's titleWeek", m.Subject)
	}
	if !strings.Contains(m.Text, "\n11 Mar – 17 Mar 2024 · the top 3\u00a0of 3\u00a0papers\n") {
		t.Errorf("the week's text part does not give its dates with the site's dateWeekStart and dateWeekEnd:\n%s", m.Text)
	}
}

// TestMessageErrors: a message that fails to render (with a mistake
// i18n.Load cannot see: a field of a text argument, len of a number) is an
// error at its line of the translation file, in Compose and already in Check (which
// then tries the built-in templates, though the site has none of its own);
// a template that calls a message the theme lacks has the error at its line.
func TestMessageErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		sel   Selector
		want  string
	}{
		{"footer", map[string]string{"i18n/en.yaml": "abstract: Summary\nemailWhy: You subscribed to {{.List.Name}}.\n"}, Selector{Kind: DayDigest},
			`themes/mine/i18n/en.yaml:2: emailWhy: `},
		{"digest title", map[string]string{"i18n/en.yaml": "papersOf: Papers of {{.Date.Day}}\n"}, Selector{Kind: DayDigest},
			`themes/mine/i18n/en.yaml:1: papersOf: `},
		{"week name", map[string]string{"i18n/en.yaml": "titleWeek: Week {{.Num.Week}}\n"}, Selector{Kind: WeekDigest},
			`themes/mine/i18n/en.yaml:1: titleWeek: `},
		{"preheader", map[string]string{"i18n/en.yaml": "emailLedBy: \"{{.Papers}}: {{.First.Title}}\"\n"}, Selector{Kind: DayDigest},
			`themes/mine/i18n/en.yaml:1: emailLedBy: `},
		{"author list", map[string]string{"i18n/en.yaml": "listAnd: \" {{len 3}} \"\n"}, Selector{Kind: MonthDigest},
			`themes/mine/i18n/en.yaml:1: listAnd: `},
		{"unknown message", map[string]string{"email/digest.txt": "{{.Digest.Title}}\n{{T \"emailRaed\"}}"}, Selector{Kind: DayDigest},
			`themes/mine/email/digest.txt:2: template error: executing "email/digest.txt" at <T "emailRaed">: error calling T: no message "emailRaed"; did you mean "emailRead"?`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			th := themeWith(t, tt.files)
			site := testSite()
			d, err := Select(site, tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := Compose(site, d, testSettings(), th); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Compose = %v, want %q…", err, tt.want)
			}
			if tt.sel.Kind == DayDigest && tt.sel.Key == "" { // the digest Check tries
				if err := Check(site, Settings{}, th, nil); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
					t.Errorf("Check = %v, want %q…", err, tt.want)
				}
			}
		})
	}
	// A site with words of its own that work passes Check.
	if err := Check(testSite(), Settings{}, themeWith(t, map[string]string{"i18n/en.yaml": "emailRead: Open\n"}), nil); err != nil {
		t.Errorf("Check with good words of the site's own = %v", err)
	}
	fr := Theme{Builtin: themes.Default(), Words: FrenchWords(t)}
	if err := Check(testSite(), Settings{}, fr, nil); err != nil {
		t.Errorf("Check in French = %v", err)
	}
}
