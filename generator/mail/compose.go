package mail

import (
	"cmp"
	"fmt"
	"html/template"
	"maps"
	netmail "net/mail"
	"regexp"
	"slices"
	"strings"
	texttemplate "text/template"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// TextWidth is the column the plain-text part's paragraphs are filled to.
const TextWidth = 72

// Data is the dot of the email templates, and of the subject and
// preheader templates (which see Subject and Preheader empty).
type Data struct {
	Site         *model.Site
	Config       *model.Config
	List         Settings // the newsletter settings, defaults filled
	Digest       *Digest
	Papers       []*model.Paper // the digest's papers the email lists, ranked: at most List.MaxPapers
	More         int            // the digest's papers it leaves to its page (URL)
	Subject      string
	Preheader    string
	URL          string        // the digest's page
	Intro        template.HTML // the intro (mail --intro's, else the day's) with absolute links, or ""
	IntroText    string        // the intro as plain text filled to TextWidth, or ""
	Feeds        []Feed        // the daily digest's feeds
	FeedsURL     string        // the site's page listing every feed
	SubscribeURL string        // the site's /subscribe/ page
	Unsubscribe  string        // the footer's unsubscribe link: the first web List-Unsubscribe URL, else the first
	HomeURL      string
}

// Feed is a feed the message links to.
type Feed struct {
	Title string // "RSS", "Atom", "JSON Feed"
	URL   string
}

// Top is the digest's first paper, or nil.
func (d *Data) Top() *model.Paper { return nth(d.Papers, 0) }

// Top2 is the digest's second paper, or nil.
func (d *Data) Top2() *model.Paper { return nth(d.Papers, 1) }

func nth(ps []*model.Paper, i int) *model.Paper {
	if i < len(ps) {
		return ps[i]
	}
	return nil
}

// Compose renders the digest d of site as a message: the subject and
// preheader from the settings' templates, the text and HTML parts from the
// theme's email templates, in the words of th.Words (d's Name, Title and
// Headline too, in the copy of d the templates see). A message that fails
// to render is an error at its line of the translation file.
func Compose(site *model.Site, d *Digest, s Settings, th Theme) (*Message, error) {
	cfg := site.Config
	s = s.WithDefaults(cfg)
	from, err := sender(cfg, s.From)
	if err != nil {
		return nil, err
	}
	words, err := th.words()
	if err != nil {
		return nil, err
	}
	if d, err = d.in(words); err != nil {
		return nil, err
	}
	fm := funcs(links{cfg: cfg}, words)
	data, err := newData(site, d, s, fm, nil)
	if err != nil {
		return nil, err
	}
	var left []*model.Paper
	t, err := th.load(fm, htmlFuncs(fm, words, func(p *model.Paper) {
		if !slices.Contains(left, p) {
			left = append(left, p)
		}
	}))
	if err != nil {
		return nil, err
	}
	text, err := t.run(th, TextTemplate, data)
	if err != nil {
		return nil, err
	}
	html, err := t.run(th, HTMLTemplate, data)
	if err != nil {
		return nil, err
	}
	l := links{cfg: cfg}
	m := &Message{
		From:        from,
		Subject:     data.Subject,
		Preheader:   data.Preheader,
		Date:        d.Date.UTC().Add(noon),
		ID:          "digest-" + d.Slug,
		Host:        siteDomain(cfg),
		ListName:    s.Name,
		ListID:      s.ListID,
		Unsubscribe: s.Unsubscribe,
		Archive:     l.Abs("archive/"),
		Text:        flow(tidyText(text)),
		HTML:        html,
		Papers:      len(data.Papers),
		LeftOut:     left,
	}
	if err := m.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", cfg.Source, err)
	}
	return m, nil
}

// noon is the time of day of a message's Date until Sender sends it: the
// digest's day has none, and noon UTC, as the feeds date a day, keeps it
// that day from UTC−11 to UTC+11, where midnight showed the evening
// before anywhere west of Greenwich.
const noon = 12 * time.Hour

// newData is the dot of the templates of digest d, with its subject and
// preheader rendered from the settings s (defaults filled) with the
// functions fm. at gives site.yaml's line of each newsletter field, for
// messages; a nil map says the lines are unknown. When only the subject
// or the preheader fails, the data is returned with the error.
func newData(site *model.Site, d *Digest, s Settings, fm map[string]any, at map[string]int) (*Data, error) {
	cfg := site.Config
	l := links{cfg: cfg}
	listed := d.Papers[:min(len(d.Papers), max(s.MaxPapers, 0))]
	data := &Data{Site: site, Config: cfg, List: s, Digest: d, Papers: listed, More: len(d.Papers) - len(listed), URL: l.Abs(d.Path),
		Feeds: []Feed{
			{"RSS", l.Abs("days/feed.xml")},
			{"Atom", l.Abs("days/atom.xml")},
			{"JSON Feed", l.Abs("days/feed.json")},
		},
		FeedsURL: l.Abs("feeds/"), SubscribeURL: l.Abs("subscribe/"), Unsubscribe: footerUnsubscribe(s.Unsubscribe), HomeURL: l.Abs("")}
	var err error
	if intro, where := d.intro(); intro != "" {
		base := data.URL
		if d.givenIntro != "" {
			// mail --intro's file has no page: its links are written
			// from the site's root (a relative one is an error of
			// generator.MailIntro's).
			base = data.HomeURL
		}
		if data.Intro, err = absolutize(intro, base); err != nil {
			return nil, diag.Errorf(where, 0, "the intro cannot be prepared for email: %v", err)
		}
		if data.IntroText, err = textOf(data.Intro, TextWidth); err != nil {
			return nil, diag.Errorf(where, 0, "the intro cannot be prepared for email: %v", err)
		}
	}
	var errs diag.List
	data.Subject, err = oneLine(cfg, "subject", s.Subject, at["subject"], fm, data)
	errs.Append(err)
	data.Preheader, err = oneLine(cfg, "preheader", s.Preheader, at["preheader"], fm, data)
	errs.Append(err)
	return data, errs.Err()
}

// intro is the HTML that opens d's email, and the file it is from: the
// Intro given (mail --intro), else the day's, else none.
func (d *Digest) intro() (template.HTML, string) {
	switch {
	case d.givenIntro != "":
		return template.HTML(d.givenIntro), d.introFrom
	case d.Day != nil:
		return d.Day.IntroHTML, cmp.Or(d.Day.Source, d.Path)
	}
	return "", ""
}

// footerUnsubscribe picks the unsubscribe link for the footer: a web page
// if there is one (it works in every mail program), else the first URL.
func footerUnsubscribe(urls []string) string {
	for _, u := range urls {
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			return u
		}
	}
	return urls[0]
}

// CheckSender returns the error Compose would give for the sender from
// (site.yaml's newsletter.from, or the environment's): none, or not an
// address. A job that sends checks it first, before it waits or builds
// a digest there may be none of.
func CheckSender(cfg *model.Config, from string) error {
	_, err := sender(cfg, from)
	return err
}

// sender parses the From address.
func sender(cfg *model.Config, from string) (netmail.Address, error) {
	if strings.TrimSpace(from) == "" {
		return netmail.Address{}, diag.Errorf(cfg.Source, 0, "no sender address; set newsletter.from to an address at a domain your mail provider sends for, written as \"Digest <digest@example.org>\" is with your own domain, or the environment variable PAPERBOY_SMTP_FROM")
	}
	a, err := mailheader.Address(from, mailheader.FromHint)
	switch {
	case err != nil && from != cfg.Newsletter.From:
		// The environment's, which replaced site.yaml's.
		return netmail.Address{}, fmt.Errorf("the environment variable %s %v", EnvFrom, err)
	case err != nil:
		return netmail.Address{}, diag.Errorf(cfg.Source, cfg.NewsletterFromLine, "newsletter.from %v", err)
	}
	return *a, nil
}

// oneLine renders the one-line template src, site.yaml's
// newsletter.<field> (on line at of it, 0 when unknown), with the
// functions fm and data, collapsing white space but the no-break spaces
// the messages join a number to its unit with ("8 papers"), which a
// subject or preheader shown on a phone keeps as the pages do. With data nil, it only
// parses the template and checks the fields it asks for (missingFields).
func oneLine(cfg *model.Config, field, src string, at int, fm map[string]any, data *Data) (string, error) {
	t, err := texttemplate.New(field).Funcs(fm).Parse(src)
	if err != nil {
		return "", fieldError(cfg, field, at, fm, err)
	}
	lookup := func(n string) *parse.Tree {
		if tt := t.Lookup(n); tt != nil {
			return tt.Tree
		}
		return nil
	}
	if missing := missingFields(lookup, field, fm); len(missing) > 0 {
		var errs diag.List
		for _, m := range missing {
			errs.Append(fieldError(cfg, field, at, fm, m))
		}
		return "", errs.Err()
	}
	if data == nil {
		return "", nil
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		if errs, ok := diag.Source(err); ok { // a message's mistake, at its line of the translation file
			return "", errs
		}
		return "", fieldError(cfg, field, at, fm, err)
	}
	out := textutil.CollapseBreakingSpace(b.String())
	if !utf8.ValidString(out) {
		return "", diag.Errorf(cfg.Source, at, "newsletter.%s: the result is not UTF-8; fix the template", field)
	}
	return out, nil
}

// fieldError reports err, from parsing or executing site.yaml's
// newsletter.<field> template (on line at), with the nearest real name
// for a misspelt field or function.
func fieldError(cfg *model.Config, field string, at int, fm map[string]any, err error) error {
	msg := err.Error()
	if m := tmplErrRE.FindStringSubmatch(msg); m != nil && m[1] == field {
		msg = m[3]
	}
	msg, hint := words(err, msg, slices.Sorted(maps.Keys(fm)))
	return diag.Errorf(cfg.Source, at, "newsletter.%s: template error: %s", field, diag.TemplateFix(msg, hint,
		"fix the template (its dot is mail.Data, whose fields the README's \"Email digest\" lists)", "remove newsletter."+field+" to use the default"))
}

var blankRunRE = regexp.MustCompile(`\n{3,}`)

// tidyText trims trailing space from every line, keeps at most one blank
// line in a row and ends the text with exactly one newline, so text
// templates need not fight over white space.
func tidyText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s = blankRunRE.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return strings.Trim(s, "\n") + "\n"
}
