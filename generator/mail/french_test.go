package mail

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/i18n/i18ntest"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

// frenchDates are French date layouts: the day before the month.
var frenchDates = map[string]string{
	"dateLong":      "Monday 2 January 2006",
	"dateMedium":    "2 January 2006",
	"dateShort":     "2 Jan 2006",
	"dateMonth":     "January 2006",
	"dateWeekStart": "2 Jan",
	"dateWeekEnd":   "2 Jan 2006",
	"dateNoYear":    "2 Jan",
}

// placeholderRE matches the {{…}} of a message's text.
var placeholderRE = regexp.MustCompile(`\{\{.*?\}\}`)

// frenchText is the "translation" of one text of the built-in en.yaml:
// "FR " and the English in capitals, its {{…}} as they are (so that no
// English word of a message is left in lower case, and any that is came
// from the code or a template). A text with markup keeps its case.
func frenchText(text string) string {
	if strings.Contains(text, "<") {
		return "FR " + text
	}
	var b strings.Builder
	last := 0
	for _, loc := range placeholderRE.FindAllStringIndex(text, -1) {
		b.WriteString(strings.ToUpper(text[last:loc[0]]))
		b.WriteString(text[loc[0]:loc[1]])
		last = loc[1]
	}
	b.WriteString(strings.ToUpper(text[last:]))
	return "FR " + b.String()
}

// FrenchWords is the catalog of a site in French whose theme folder
// (themes/mine) translates every message with frenchText; the tests of
// package mail_test use it too.
func FrenchWords(t testing.TB) *i18n.Catalog {
	t.Helper()
	site := fstest.MapFS{"i18n/fr.yaml": &fstest.MapFile{Data: []byte(i18ntest.Translation(t, frenchText, frenchDates))}}
	c, err := i18n.Load(i18n.Theme{Site: themefs.Stack{{FS: site, Dir: "themes/mine"}}},
		i18n.Language{Tag: "fr", Path: "content/site.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// english words the emails used to hard-code, and words of the built-in
// English messages: none may be left in a French email (after its URLs
// are taken out; the test site's own texts have none of them). "PDF",
// the same in capitals, is checked apart: it must follow "FR ".
var englishRE = regexp.MustCompile(`\b(Read|upvotes?|Previous day|Next day|Unsubscribe|every feed|All feeds|Follow|feed reader|` +
	`You get this email|subscribed|the top|papers?|others?|Project|Code|Week|week|Top papers|Papers of|led by|Lovelace and|` +
	`Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|` +
	`Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b|” and “`)

var urlRE = regexp.MustCompile(`(?:https?|mailto):[^\s"<>]+`)

// TestComposeFrench composes every kind of digest with a French catalog:
// the subject, preheader and both parts are in its words and with its
// month and weekday names, and no English word of the code or of the
// templates is left.
func TestComposeFrench(t *testing.T) {
	fr := FrenchWords(t)
	th := Theme{Builtin: themes.Default(), Words: fr}
	tests := []struct {
		sel                Selector
		subject, preheader string
		text, html         []string
	}{
		{
			sel:       Selector{Kind: DayDigest, Key: "2024-03-14"},
			subject:   `FR Zoë's Papers — daily: FR Crème brûlée day (14 mars 2024)`,
			preheader: "FR FR 2\u00a0PAPERS" + `, LED BY “Attention & "Transformers" </title><script>alert(1)</script>” AND “Plain Paper With A Very Long Unbreakable Word Supercalifragilisticexpialidociouslylongerthanthescreenisawide”`,
			text: []string{
				"Crème brûlée day\nJeudi 14 mars 2024 · FR 2\u00a0PAPERS\n",
				"    Ada\u00a0LovelaceFR AND José\u00a0Núñez\n    FR 42\u00a0UPVOTES · Large language models\n",
				"    FR FR READ: https://example.org/repo/papers/2403.00001/\n    FR arXiv: https://arxiv.org/abs/2403.00001\n    FR FR PDF: https://arxiv.org/pdf/2403.00001\n    FR FR CODE: https://github.com/example/attention\n",
				"    FR FR PROJECT: https://example.com/plain?a=1&b=2\n",
				"FR FR READ THIS DIGEST ON THE WEB:\nhttps://example.org/repo/days/2024-03-14/\n",
				"FR FR NEXT DAY: https://example.org/repo/days/2024-03-15/\n",
				"FR FR FOLLOW Zoë's Papers — daily IN A FEED READER INSTEAD:\n  FR RSS:          https://example.org/repo/days/feed.xml\n",
				"  FR JSON Feed:    https://example.org/repo/days/feed.json\n  FR FR ALL FEEDS: https://example.org/repo/feeds/\n",
				"FR YOU GET THIS EMAIL BECAUSE YOU SUBSCRIBED TO Zoë's Papers — daily.\nFR FR UNSUBSCRIBE: https://example.org/repo/subscribe/\n",
			},
			html: []string{
				`<html lang="fr">`,
				`>Jeudi 14 mars 2024</a> · FR 2` + "\u00a0" + `PAPERS</p>`,
				`><span style="display:inline-block"><bdi>Ada` + nameTailSpace + `Lovelace</bdi></span>FR  AND <span style="display:inline-block"><bdi>José` + nameTailSpace + `Núñez</bdi></span></p>`,
				`><span aria-hidden="true">▲</span> FR 42` + "\u00a0" + `UPVOTES · Large language models</p>`,
				`style="color:#0b57b5;">FR READ</a>`,
				// A link's name for screen readers, in the site's words, the title escaped once.
				`aria-label="FR FR READ: “Attention &amp; &#34;Transformers&#34; &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;”"`,
				`style="color:#0b57b5;">FR PDF</a>`,
				`style="color:#0b57b5;">FR CODE</a>`,
				`style="color:#0b57b5;">FR PROJECT</a>`,
				`font-weight:600;">FR READ THIS DIGEST ON THE WEB</a>`,
				`style="color:#0b57b5;">FR NEXT DAY</a>`,
				`<p style="margin:8px 0 0;">FR FR FOLLOW IN A FEED READER: <a `,
				`style="color:#0b57b5;">FR EVERY FEED</a>`,
				`FR YOU GET THIS EMAIL BECAUSE YOU SUBSCRIBED TO Zoë&#39;s Papers — daily. <a `,
				`style="color:#0b57b5;">FR UNSUBSCRIBE</a>`,
			},
		},
		{
			sel:       Selector{Kind: DayDigest, Key: "2024-03-15"},
			subject:   `FR Zoë's Papers — daily: FR PAPERS OF 15 mars 2024`,
			preheader: "FR FR 1\u00a0PAPER" + `, LED BY “Checkerboards”`, // French counts 1 (and 0) with "one"
			text:      []string{"FR PAPERS OF 15 mars 2024\nVendredi 15 mars 2024 · FR 1\u00a0PAPER\n", "FR FR PREVIOUS DAY: https://example.org/repo/days/2024-03-14/\n"},
			html:      []string{`<h1 class="pb-text" style="margin:0;font-size:24px;line-height:1.25;font-weight:700;color:#1b1f24;">FR PAPERS OF 15 mars 2024</h1>`, `style="color:#0b57b5;">FR PREVIOUS DAY</a>`},
		},
		{
			sel:     Selector{Kind: WeekDigest},
			subject: `FR Zoë's Papers — daily: FR TOP PAPERS OF WEEK 11, 2024`,
			text:    []string{"FR TOP PAPERS OF WEEK\u00a011, 2024\n11 mars – 17 mars 2024 · FR THE TOP 3\u00a0OF 3\u00a0PAPERS\n"},
			html:    []string{`>11 mars – 17 mars 2024</a> · FR THE TOP 3` + "\u00a0" + `OF 3` + "\u00a0" + `PAPERS</p>`},
		},
		{
			sel:     Selector{Kind: MonthDigest},
			subject: `FR Zoë's Papers — daily: FR TOP PAPERS OF mars 2024`,
			text:    []string{"FR TOP PAPERS OF mars 2024\nMars 2024 · FR THE TOP 3\u00a0OF 3\u00a0PAPERS\n"},
			html:    []string{`>Mars 2024</a> · FR THE TOP 3` + "\u00a0" + `OF 3` + "\u00a0" + `PAPERS</p>`},
		},
	}
	for _, tt := range tests {
		t.Run(string(tt.sel.Kind)+tt.sel.Key, func(t *testing.T) {
			site := testSite()
			site.Config.Language = "fr"
			d, err := Select(site, tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			name, title, headline := d.Name, d.Title, d.Headline()
			m, err := Compose(site, d, testSettings(), th)
			if err != nil {
				t.Fatal(err)
			}
			if d.Name != name || d.Title != title || d.Headline() != headline {
				t.Errorf("Compose changed the digest it was given: %q %q %q, was %q %q %q", d.Name, d.Title, d.Headline(), name, title, headline)
			}
			if m.Subject != tt.subject {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
			}
			if tt.preheader != "" && m.Preheader != tt.preheader {
				t.Errorf("Preheader = %q, want %q", m.Preheader, tt.preheader)
			}
			for _, want := range tt.text {
				if !strings.Contains(m.Text, want) {
					t.Errorf("the text part lacks %q:\n%s", want, m.Text)
				}
			}
			for _, want := range tt.html {
				if !strings.Contains(m.HTML, want) {
					t.Errorf("the HTML part lacks %q:\n%s", want, m.HTML)
				}
			}
			for part, s := range map[string]string{"subject": m.Subject, "preheader": m.Preheader, "text part": m.Text, "HTML part": m.HTML} {
				for _, w := range englishRE.FindAllString(urlRE.ReplaceAllString(s, ""), -1) {
					t.Errorf("the %s has the English %q:\n%s", part, w, s)
				}
				if strings.Count(s, "PDF") != strings.Count(s, "FR PDF") {
					t.Errorf("the %s has the English \"PDF\":\n%s", part, s)
				}
			}
		})
	}
}

// TestFrenchFuncs: the functions of the templates write in the catalog's
// language.
func TestFrenchFuncs(t *testing.T) {
	fr := FrenchWords(t)
	for _, tt := range []struct {
		n     int
		names []string
		want  string
	}{
		{3, []string{"A", "B"}, "AFR  AND B"},
		{3, []string{"A", "B", "C", "D"}, "AFR , BFR , CFR , AND D"},
		{3, []string{"A", "B", "C", "D", "E"}, "AFR , BFR , CFR , AND 2\u00a0OTHERS"},
	} {
		if got, err := authorList(fr, tt.n, tt.names); got != tt.want || err != nil {
			t.Errorf("authorList(%d, %q) = %q, %v, want %q", tt.n, tt.names, got, err, tt.want)
		}
	}
	fm := funcs(links{cfg: testSite().Config}, fr)
	d := day("2024-06-04")
	for name, want := range map[string]string{"longDate": "mardi 4 juin 2024", "shortDate": "4 juin 2024"} {
		if got := fm[name].(func(t time.Time) string)(d); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}
