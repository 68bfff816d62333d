package mail

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

func TestComposeSettingsErrors(t *testing.T) {
	tests := []struct {
		name string
		s    Settings
		want string
	}{
		{"no sender", Settings{}, "content/site.yaml: no sender address; set newsletter.from to an address at a domain your mail provider sends for, written as \"Digest <digest@example.org>\" is with your own domain"},
		{"bad sender", Settings{From: "not an address"}, `the environment variable PAPERBOY_SMTP_FROM "not an address" is not an email address`},
		{"bad subject", Settings{From: "d@example.org", Subject: "{{.Nope"}, "content/site.yaml: newsletter.subject: "},
		{"subject field", Settings{From: "d@example.org", Subject: "{{.Nope}}"}, "content/site.yaml: newsletter.subject: "},
		{"bad preheader", Settings{From: "d@example.org", Preheader: "{{end}}"}, "content/site.yaml: newsletter.preheader: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := compose(Selector{Kind: DayDigest}, tt.s, testSite())
			if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Compose = %v, want %q…", err, tt.want)
			}
		})
	}
	// site.yaml's newsletter.from, at its line (a check the parse of
	// site.yaml makes first, for a site it reads).
	site := testSite()
	site.Config.Newsletter.From, site.Config.NewsletterFromLine = "not an address", 9
	want := `content/site.yaml:9: newsletter.from "not an address" is not an email address`
	if err := CheckSender(site.Config, site.Config.Newsletter.From); err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("CheckSender = %v, want %q…", err, want)
	}
}

func TestComposeSubjectTemplates(t *testing.T) {
	s := testSettings()
	s.Subject = "{{.Config.Title}} ·  {{.Digest.Name}} · {{T \"papers\" (len .Papers)}}\n"
	s.Preheader = "{{len .Papers}} papers, top: {{.Top.Title}}"
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, s, testSite())
	if err != nil {
		t.Fatal(err)
	}
	// The collapse keeps the no-break space of "2 papers", which holds the
	// count to its unit on a phone's narrow list of messages.
	if want := "Zoë's Papers — daily · Thursday, March\u00a014, 2024 · 2\u00a0papers"; m.Subject != want {
		t.Errorf("Subject = %q, want %q", m.Subject, want)
	}
	if want := `2 papers, top: Attention & "Transformers" </title><script>alert(1)</script>`; m.Preheader != want {
		t.Errorf("Preheader = %q, want %q", m.Preheader, want)
	}
	if !strings.Contains(m.HTML, `2 papers, top: Attention &amp; &#34;Transformers&#34; &lt;/title&gt;&lt;script&gt;`) {
		t.Error("the HTML part lacks the escaped preheader")
	}
	m, err = compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	if want := "2\u00a0papers" + `, led by “Attention & "Transformers" </title><script>alert(1)</script>” and “Plain Paper With A Very Long Unbreakable Word Supercalifragilisticexpialidociouslylongerthanthescreenisawide”`; m.Preheader != want {
		t.Errorf("default Preheader = %q, want %q", m.Preheader, want)
	}
}

// TestThemeOverride replaces the text template from a site theme, and
// reports a broken override by its path and line.
func TestThemeOverride(t *testing.T) {
	site := testSite()
	d, err := Select(site, Selector{Kind: DayDigest})
	if err != nil {
		t.Fatal(err)
	}
	th := Theme{Builtin: themes.Default(), Site: themefs.Stack{{FS: mapFS(map[string]string{
		"email/digest.txt": "{{range .Papers}}* {{.Title}} {{paperURL .}}\n{{end}}",
	}), Dir: "themes/mine"}}}
	m, err := Compose(site, d, testSettings(), th)
	if err != nil {
		t.Fatal(err)
	}
	if want := "* Checkerboards https://example.org/repo/papers/cond-mat-0603029/\n"; m.Text != want {
		t.Errorf("Text = %q, want %q", m.Text, want)
	}
	if !strings.Contains(m.HTML, "<table") {
		t.Error("the HTML part did not come from the built-in theme")
	}
	tests := []struct {
		file, src, want string
	}{
		{"email/digest.txt", "ok\n{{.Nope", "themes/mine/email/digest.txt:2: template error: "},
		{"email/digest.html", "<p>\n\n{{.Papers.Nope}}</p>", "themes/mine/email/digest.html:3: template error: "},
		{"email/digest.html", "{{define \"card\"}}<p>{{.Title}}</p>{{end}}\n", "themes/mine/email/digest.html: the template writes nothing, so the email would be empty"},
		{"email/digest.txt", "\n", "themes/mine/email/digest.txt: the template writes nothing, so the email would be empty"},
	}
	for _, tt := range tests {
		th.Site = themefs.Stack{{FS: mapFS(map[string]string{tt.file: tt.src}), Dir: "themes/mine"}}
		_, err := Compose(site, d, testSettings(), th)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("Compose with %s = %q: %v, want %q…", tt.file, tt.src, err, tt.want)
		}
	}
}

func TestWithDefaults(t *testing.T) {
	site := testSite()
	s := Settings{}.WithDefaults(site.Config)
	if s.Method != "post" || s.EmailField != "email" || s.Name != site.Config.Title || s.Subject != DefaultSubject ||
		s.ListID != "repo.example.org" || len(s.Unsubscribe) != 1 || s.Unsubscribe[0] != "https://example.org/repo/subscribe/" {
		t.Errorf("WithDefaults = %+v", s)
	}
	// A list that names no unsubscribe address: readers write to the sender.
	for _, from := range []string{"Digest <digest@example.org>", "Papers, Weekly <digest@example.org>"} {
		s = Settings{From: from}.WithDefaults(site.Config)
		if want := []string{"mailto:digest@example.org?subject=unsubscribe"}; !slices.Equal(s.Unsubscribe, want) {
			t.Errorf("WithDefaults(From: %q).Unsubscribe = %q, want %q", from, s.Unsubscribe, want)
		}
	}
	root := *site.Config
	root.Base = mustURL("https://Papers.Example.org/")
	if got := defaultListID(&root); got != "digest.papers.example.org" {
		t.Errorf("defaultListID(root site) = %q, want digest.papers.example.org", got)
	}
	root.Base = mustURL("https://u.github.io/My_Repo/sub/")
	if got := defaultListID(&root); got != "sub.my-repo.u.github.io" {
		t.Errorf("defaultListID(nested) = %q, want sub.my-repo.u.github.io", got)
	}
}

// TestMessageIDPerList gives two lists on one host (two project sites of a
// GitHub account) different Message-IDs for the same day and reader, so a
// reader of both does not get one taken for the other.
func TestMessageIDPerList(t *testing.T) {
	ids := map[string]string{}
	for _, base := range []string{"https://alice.github.io/papers/", "https://alice.github.io/ml/", "https://alice.github.io/"} {
		site := testSite()
		cfg := *site.Config
		cfg.Base = mustURL(base)
		site.Config = &cfg
		m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
		if err != nil {
			t.Fatal(err)
		}
		id := m.MessageID("reader@example.com")
		if other, ok := ids[id]; ok {
			t.Errorf("sites %s and %s both give the Message-ID %s", other, base, id)
		}
		ids[id] = base
		if id != m.MessageID("reader@example.com") {
			t.Errorf("MessageID is not deterministic")
		}
	}
}

func TestSiteDomain(t *testing.T) {
	for base, want := range map[string]string{
		"https://Alice.github.io/papers/":      "papers.alice.github.io",
		"https://alice.github.io/My_Repo/sub/": "sub.my-repo.alice.github.io",
		"https://example.org/":                 "example.org",
		"https://Bücher.example.org/":          "xn--bcher-kva.example.org", // a Message-ID holds only ASCII
		"https://example.org/bücher/":          "b-cher.example.org",
	} {
		cfg := *testSite().Config
		cfg.Base = mustURL(base)
		if got := siteDomain(&cfg); got != want {
			t.Errorf("siteDomain(%s) = %q, want %q", base, got, want)
		}
	}
}

// TestPaperFigure: a paper's image: is in both parts of the email as an
// absolute URL, as the feeds resolve it (a path from the site's root
// under baseURL, an http(s) URL as it is): in the HTML part an image at
// most the column's width, with the style the intro's images get, and its
// alt text or the theme's words for a figure; in the text part a Figure:
// line after the paper's links. A paper without one has neither.
func TestPaperFigure(t *testing.T) {
	site := testSite()
	p1, p2 := site.Days[1].Papers[0], site.Days[1].Papers[1]
	p1.Image, p1.ImageWidth, p1.ImageHeight = "/papers/figures/a b.png", 300, 120 // read by the build
	p2.Image, p2.ImageAlt = "https://cdn.example.net/f.png?x=1&y=2", `A "chart" <b>`
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<img src="https://example.org/repo/papers/figures/a%20b.png" alt="Figure from the paper" width="300" style="display:block;` + imgStyle + `;`,
		`<img src="https://cdn.example.net/f.png?x=1&amp;y=2" alt="A &#34;chart&#34; &lt;b&gt;" style="display:block;` + imgStyle + `;`,
	} {
		if !strings.Contains(m.HTML, want) {
			t.Errorf("the HTML part lacks %s", want)
		}
	}
	for _, want := range []string{
		"    Code: https://github.com/example/attention\n    Figure: https://example.org/repo/papers/figures/a%20b.png\n",
		"    Project: https://example.com/plain?a=1&b=2\n    Figure: https://cdn.example.net/f.png?x=1&y=2\n",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the text part lacks %q:\n%s", want, m.Text)
		}
	}
	if n := strings.Count(m.HTML, "<img "); n != 2 {
		t.Errorf("the HTML part has %d images, want 2", n)
	}
	// Wider than the paper column: Outlook, which ignores max-width, is
	// held to the column by the width attribute.
	p1.ImageWidth, p1.ImageHeight = 2000, 800
	if m, err = compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site); err != nil || !strings.Contains(m.HTML, `alt="Figure from the paper" width="512" style=`) {
		t.Errorf("a figure 2000px wide: want width=\"512\" (%v)", err)
	}
	m, err = compose(Selector{Kind: DayDigest, Key: "2024-03-15"}, testSettings(), site)
	if err != nil || strings.Contains(m.HTML, "<img") || strings.Contains(m.Text, "Figure:") {
		t.Errorf("a paper without image: has a figure: %v", err)
	}
}

// TestSVGFigure: a figure that is an SVG, which Gmail and Outlook do not
// show, is left out of the HTML part (the text part still links it), and
// Warnings names its image: line and what to export; a PNG is kept.
func TestSVGFigure(t *testing.T) {
	tests := []struct {
		image string
		shown bool
	}{
		{"/papers/figures/arch.svg", false},
		{"https://cdn.example.net/Arch.SVG?v=2", false},
		{"data:image/svg+xml;base64,PHN2Zy8+", false},
		{"/papers/figures/arch.png", true},
	}
	for _, tt := range tests {
		site := testSite()
		p := site.Days[1].Papers[0]
		p.Source, p.Image, p.ImageLine = "content/papers/2403.00001.md", tt.image, 7
		m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
		if err != nil {
			t.Fatal(err)
		}
		w := Warnings(site.Config, testSettings(), m)
		if got := strings.Contains(m.HTML, "<img "); got != tt.shown || len(w) != map[bool]int{true: 0, false: 1}[tt.shown] {
			t.Errorf("image: %s: <img> in the HTML part = %v, warnings %q; want %v", tt.image, got, w, tt.shown)
		}
		if !tt.shown && !strings.HasPrefix(w[0], "content/papers/2403.00001.md:7: this figure (image:) is an SVG, which Gmail and Outlook do not show") {
			t.Errorf("image: %s: warning %q, want it at the image: line", tt.image, w[0])
		}
		if !strings.Contains(m.Text, "    Figure: ") {
			t.Errorf("image: %s: the text part has no Figure: line", tt.image)
		}
	}
}

// TestVenue: a paper's journal, else its conference, else arXiv's journal
// reference, is named in both parts under its byline, as its page names
// it, so that a journal article does not read as a preprint.
func TestVenue(t *testing.T) {
	tests := []struct {
		set        func(p *model.Paper)
		html, text string
	}{
		{func(p *model.Paper) { p.Journal, p.Volume, p.Issue, p.Pages = "Nature", "630", "8016", "493–500" },
			`>Published in <cite>Nature</cite> 630 (8016), 493–500</p>`, "\n    Published in Nature 630 (8016), 493–500\n"},
		{func(p *model.Paper) { p.Conference, p.Pages, p.JournalRef = "NeurIPS 2017", "5998–6008", "ignored" },
			`>In <cite>NeurIPS 2017</cite>, 5998–6008</p>`, "\n    In NeurIPS 2017, 5998–6008\n"},
		{func(p *model.Paper) { p.JournalRef = "ICML 2024 & co" },
			`>Published in ICML 2024 &amp; co</p>`, "\n    Published in ICML 2024 & co\n"},
	}
	for _, tt := range tests {
		site := testSite()
		tt.set(site.Days[1].Papers[0])
		m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.HTML, tt.html) || !strings.Contains(m.Text, tt.text) {
			t.Errorf("the email lacks %q in its HTML part or %q in its text part:\n%s", tt.html, tt.text, m.Text)
		}
	}
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), testSite())
	if err != nil || strings.Contains(m.Text, "Published in") || strings.Contains(m.HTML, "<cite>") {
		t.Errorf("a paper with no venue is given one (%v)", err)
	}
}

// TestTextPartPDF: the plain-text part gives each paper's PDF, as the
// HTML part links it: an arXiv paper's, and a paper's own pdf: for one
// not on arXiv, which has no other way to it in a text-only reader.
func TestTextPartPDF(t *testing.T) {
	site := testSite()
	site.Days[1].Papers[1].PDF = "https://openreview.net/pdf?id=xyz"
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"    arXiv: https://arxiv.org/abs/2403.00001\n    PDF: https://arxiv.org/pdf/2403.00001\n    Code: ",
		"    Read: https://example.org/repo/papers/paper-two/\n    PDF: https://openreview.net/pdf?id=xyz\n    Project: ",
	} {
		if !strings.Contains(m.Text, want) {
			t.Errorf("the text part lacks %q:\n%s", want, m.Text)
		}
	}
}

// TestDOILink: a paper not on arXiv that has a DOI links it in both
// parts, its only way to the publication when it has no pdf:; an arXiv
// paper's DOI is left to its arXiv page, which links it, to keep the
// email short.
func TestDOILink(t *testing.T) {
	site := testSite()
	p1, p2 := site.Days[1].Papers[0], site.Days[1].Papers[1]
	p1.DOI = "10.1038/s41586-024-07421-0"
	p2.DOI = "10.1000/a#1"
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
	if err != nil {
		t.Fatal(err)
	}
	if want := "    Read: https://example.org/repo/papers/paper-two/\n    DOI: https://doi.org/10.1000/a%231\n"; !strings.Contains(m.Text, want) {
		t.Errorf("the text part lacks %q:\n%s", want, m.Text)
	}
	if want := ` · <a class="pb-link" href="https://doi.org/10.1000/a%231" aria-label="DOI: `; !strings.Contains(m.HTML, want) {
		t.Errorf("the HTML part lacks %s", want)
	}
	if strings.Contains(m.Text, "s41586") || strings.Contains(m.HTML, "s41586") {
		t.Errorf("an arXiv paper's DOI is in the email; its arXiv page links it")
	}
}

// TestOutlookColumn: the HTML part's card, width:100% and max-width:600px,
// is inside a table 600 pixels wide that only Outlook for Windows reads,
// whose Word engine ignores max-width and stretched the card across the
// reading pane.
func TestOutlookColumn(t *testing.T) {
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	open := `<!--[if mso]><table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td width="600"><![endif]-->` + "\n" + `<table role="presentation" class="pb-card"`
	end := "</table>\n" + `<!--[if mso]></td></tr></table><![endif]-->` + "\n</td>\n</tr>\n</table>\n</body>"
	if !strings.Contains(m.HTML, open) || !strings.Contains(m.HTML, end) {
		t.Errorf("the HTML part's card is not inside an Outlook-only table 600px wide:\n%s", m.HTML)
	}
}

// TestComposeDateNoon: a message's Date is noon UTC of its digest's day
// (a week's newest), as the feeds date a day, so that a mail client from
// UTC−11 to UTC+11 shows it on that day, where midnight UTC showed the
// evening before anywhere west of Greenwich.
func TestComposeDateNoon(t *testing.T) {
	for _, tt := range []struct {
		sel  Selector
		want string
	}{
		{Selector{Kind: DayDigest, Key: "2024-03-14"}, "2024-03-14"},
		{Selector{Kind: WeekDigest}, "2024-03-15"},
	} {
		m, err := compose(tt.sel, testSettings(), testSite())
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range []int{-11, 0, 11} {
			if got := m.Date.In(time.FixedZone("", h*3600)).Format(time.DateOnly); got != tt.want {
				t.Errorf("%v: Date %v is %s at UTC%+d, want %s", tt.sel, m.Date, got, h, tt.want)
			}
		}
	}
}
