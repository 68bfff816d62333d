package mail

import (
	"net/url"
	"regexp"
	"strings"

	"golang.org/x/net/idna"

	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Settings are the newsletter settings of site.yaml's newsletter: mapping,
// model.Newsletter with the methods the digest needs, so
// Settings(cfg.Newsletter) converts. Zero fields take the defaults
// WithDefaults documents.
type Settings model.Newsletter

// DefaultSubject and DefaultPreheader are the templates used when site.yaml
// names none. They run with Data as their dot; the preheader is "12
// papers, led by “…” and “…”" in the theme's language, a withdrawn
// paper's title after withdrawnTitle, as the text part lists it, and a
// title that runs in the other direction than the site's language
// isolated (plainTitle).
const (
	DefaultSubject   = `{{T "emailSubject" "Site" .Config.Title "Headline" .Digest.Headline}}`
	DefaultPreheader = `{{$n := T "papers" (len .Digest.Papers)}}{{if .Top2}}{{T "emailLedByTwo" "Papers" $n "First" (plainTitle .Top) "Second" (plainTitle .Top2)}}` +
		`{{else if .Top}}{{T "emailLedBy" "Papers" $n "First" (plainTitle .Top)}}{{else}}{{$n}}{{end}}`
)

// WithDefaults returns s with every empty field filled from cfg: Method
// "post", EmailField "email", Name the site's title, Subject and Preheader
// DefaultSubject and DefaultPreheader, ListID the base path's segments
// before the host ("paperboy.user.github.io", "digest.papers.example.org"
// for a site at the root), Unsubscribe defaultUnsubscribe's address and
// MaxPapers DefaultMaxPapers.
func (s Settings) WithDefaults(cfg *model.Config) Settings {
	if s.Method == "" {
		s.Method = "post"
	}
	if s.EmailField == "" {
		s.EmailField = "email"
	}
	if s.Name == "" {
		s.Name = cfg.Title
	}
	if s.Subject == "" {
		s.Subject = DefaultSubject
	}
	if s.Preheader == "" {
		s.Preheader = DefaultPreheader
	}
	if s.ListID == "" {
		s.ListID = defaultListID(cfg)
	}
	if len(s.Unsubscribe) == 0 {
		s.Unsubscribe = []string{defaultUnsubscribe(cfg, s.From)}
	}
	if s.MaxPapers <= 0 {
		s.MaxPapers = DefaultMaxPapers
	}
	return s
}

// DefaultMaxPapers is how many papers an email lists unless
// newsletter.maxPapers says otherwise; a link to the digest's page tells
// how many more it has. A paper takes about 3 KB of the HTML part, so 25
// leave a day's email well below the 102 KB at which Gmail clips it
// (ClipSize) and hides the unsubscribe link, with room for long
// abstracts and an intro; a Hugging Face day often has 40 or more.
const DefaultMaxPapers = 25

// defaultUnsubscribe is the unsubscribe address of a list that names
// none: a mail to the sender from with the subject "unsubscribe"
// ("mailto:digest@example.org?subject=unsubscribe"), which reaches the
// curator, where the site's /subscribe/ page could not remove anyone.
// Without a sender (a build trying the templates) it is that page.
func defaultUnsubscribe(cfg *model.Config, from string) string {
	a, err := mailheader.Address(from, mailheader.FromHint)
	if err != nil {
		return cfg.Abs("subscribe/")
	}
	return (&url.URL{Scheme: "mailto", Opaque: a.Address, RawQuery: "subject=unsubscribe"}).String()
}

var nonLabelRE = regexp.MustCompile(`[^a-z0-9-]+`)

// defaultListID turns https://host/a/b/ into "b.a.host", and
// https://host/ into "digest.host".
func defaultListID(cfg *model.Config) string {
	if d := siteDomain(cfg); d != host(cfg) {
		return d
	}
	return "digest." + host(cfg)
}

// siteDomain is the site's host with its base path's segments before it as
// labels, the last first: "b.a.host" for https://host/a/b/, "host" for
// https://host/. Two sites on one host (two project sites of a GitHub
// account) have different ones.
func siteDomain(cfg *model.Config) string {
	labels := []string{host(cfg)}
	if cfg.Base != nil {
		for _, seg := range strings.Split(cfg.Base.Path, "/") {
			if l := strings.Trim(nonLabelRE.ReplaceAllString(strings.ToLower(seg), "-"), "-"); l != "" {
				labels = append([]string{l}, labels...)
			}
		}
	}
	return strings.Join(labels, ".")
}

// host is the site's host name, in lower case and in its ASCII form
// (bücher.example.org is xn--bcher-kva.example.org), as a Message-ID and
// a List-Id hold only ASCII; "localhost" when baseURL has none.
func host(cfg *model.Config) string {
	if cfg.Base == nil || cfg.Base.Hostname() == "" {
		return "localhost"
	}
	h := strings.ToLower(cfg.Base.Hostname())
	if a, err := idna.Lookup.ToASCII(h); err == nil {
		return a
	}
	return h // Check says what is wrong with it
}
