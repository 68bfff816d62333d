package mail

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestWithdrawn: a withdrawn paper says so in both parts of the email,
// in words and in the site's language, as its card and feed items do:
// the HTML part under its title (withdrawnLabel), the text part and the
// preheader, which mail clients show beside the subject, before it
// (withdrawnTitle); a live paper whose comment only uses the word
// looks as any other. Subscribers never learned the result was withdrawn.
func TestWithdrawn(t *testing.T) {
	for _, c := range []struct {
		lang, comment string
		html, text    string // "" when the paper is not marked
		preheader     string // how the preheader names the paper
	}{
		{"en", "This paper has been withdrawn by the author due to an error in Lemma 3",
			"</a></h2>\n<p style=\"margin:4px 0 0;font-size:14px;\"><strong>Withdrawn</strong></p>\n", "\n 1. [Withdrawn] Checkerboards\n",
			"“[Withdrawn] Checkerboards”"},
		{"de", "Withdrawn: an error in Table 2",
			"</a></h2>\n<p style=\"margin:4px 0 0;font-size:14px;\"><strong>Zurückgezogen</strong></p>\n", "\n 1. [Zurückgezogen] Checkerboards\n",
			"„[Zurückgezogen] Checkerboards“"},
		{"en", "v2: the claim of Section 5 in v1 is withdrawn; 41 pages", "", "", "“Checkerboards”"},
	} {
		words, err := i18n.Load(i18n.Theme{}, i18n.Language{Tag: c.lang, Path: "content/site.yaml"})
		if err != nil {
			t.Fatal(err)
		}
		site := testSite()
		site.Config.Language = c.lang
		p := site.Days[0].Papers[0]
		p.Comment = c.comment
		d, err := Select(site, Selector{Kind: DayDigest})
		if err != nil {
			t.Fatal(err)
		}
		m, err := Compose(site, d, testSettings(), Theme{Builtin: themes.Default(), Words: words})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Preheader, c.preheader) {
			t.Errorf("%s, comment %q: preheader = %q, want it to name the paper %s", c.lang, c.comment, m.Preheader, c.preheader)
		}
		if c.html == "" {
			if strings.Contains(m.HTML, "<strong>") || strings.Contains(m.Text, "[") {
				t.Errorf("%s, comment %q: the live paper is marked:\n%s\n%s", c.lang, c.comment, m.HTML, m.Text)
			}
			continue
		}
		if !strings.Contains(m.HTML, c.html) {
			t.Errorf("%s, comment %q: the HTML part lacks %q:\n%s", c.lang, c.comment, c.html, m.HTML)
		}
		if !strings.Contains(m.Text, c.text) {
			t.Errorf("%s, comment %q: the text part lacks %q:\n%s", c.lang, c.comment, c.text, m.Text)
		}
	}
}
