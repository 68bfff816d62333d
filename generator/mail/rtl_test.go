package mail

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestComposeRightToLeft: the email of a site in a language written right
// to left is dir="rtl" on its html, body and tables (mail clients honour
// the tables' where they drop CSS), an English title takes dir="ltr"
// with its lang instead of dir="auto", and, in the preheader, which holds
// no markup, is isolated between U+2068 and U+2069.
func TestComposeRightToLeft(t *testing.T) {
	site := fstest.MapFS{"i18n/he.yaml": &fstest.MapFile{Data: []byte("emailRead: לקריאה\n")}}
	he, err := i18n.Load(i18n.Theme{Site: themefs.Stack{{FS: site, Dir: "themes/mine"}}},
		i18n.Language{Tag: "he", Path: "content/site.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	s := testSite()
	s.Config.Language, s.Config.PaperLanguage = "he", "en"
	d, err := Select(s, Selector{Kind: DayDigest, Key: "2024-03-14"})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Compose(s, d, testSettings(), Theme{Builtin: themes.Default(), Words: he})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<html lang="he" dir="rtl">`, `<body class="pb-page" dir="rtl"`, `<table role="presentation" class="pb-card" dir="rtl"`,
		`<table role="presentation" dir="rtl" width="100%"`, `<h2 lang="en" dir="ltr" style=`, `>לקריאה</a>`} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("the HTML part lacks %s:\n%s", want, m.HTML)
		}
	}
	// The preheader is plain text: there its English titles are isolated.
	for _, want := range []string{"\u2068Attention & \"Transformers\" </title><script>alert(1)</script>\u2069", "\u2068Plain Paper With"} {
		if !strings.Contains(m.Preheader, want) {
			t.Errorf("the preheader lacks %q: %q", want, m.Preheader)
		}
	}
	if strings.Contains(m.HTML, `dir="auto" lang=`) || strings.Count(m.HTML, `<h2 `) != strings.Count(m.HTML, `<h2 lang="en" dir="ltr"`) {
		t.Errorf("a title lacks lang and dir, or has two dir:\n%s", m.HTML)
	}
}
