package mail

import (
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Settings are the newsletter settings of site.yaml's newsletter: mapping.
// Zero fields take the defaults WithDefaults documents. The field names and
// types match model.Newsletter one for one, so Settings(cfg.Newsletter)
// converts.
type Settings struct {
	Action      string            // the provider's subscribe form action URL; "" shows the feeds instead
	Method      string            // the form's method: "post" (default) or "get"
	EmailField  string            // the name of the form's email input, default "email"
	Fields      map[string]string // hidden form fields the provider needs (listmonk's list id "l")
	Name        string            // the list's name, default the site's title
	From        string            // the sender, "Digest <digest@example.org>"; PAPERBOY_SMTP_FROM overrides it
	Subject     string            // text/template of the subject
	Preheader   string            // text/template of the preview text mail clients show after the subject
	ListID      string            // the List-Id identifier, default derived from baseURL
	Unsubscribe []string          // List-Unsubscribe URLs (mailto: or https:), default the site's /subscribe/ page
}

// DefaultSubject and DefaultPreheader are the templates used when site.yaml
// names none. They run with Data as their dot.
const (
	DefaultSubject   = `{{.Config.Title}}: {{.Digest.Headline}}`
	DefaultPreheader = `{{plural (len .Papers) "paper" "papers"}}{{with .Top}}, led by “{{.Title}}”{{end}}{{with .Top2}} and “{{.Title}}”{{end}}`
)

// WithDefaults returns s with every empty field filled from cfg: Method
// "post", EmailField "email", Name the site's title, Subject and Preheader
// DefaultSubject and DefaultPreheader, ListID the base path's segments
// before the host ("paperboy.user.github.io", "digest.papers.example.org"
// for a site at the root) and Unsubscribe the site's /subscribe/ page.
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
		s.Unsubscribe = []string{cfg.Abs("subscribe/")}
	}
	return s
}

var nonLabelRE = regexp.MustCompile(`[^a-z0-9-]+`)

// defaultListID turns https://host/a/b/ into "b.a.host", and
// https://host/ into "digest.host".
func defaultListID(cfg *model.Config) string {
	host := "localhost"
	var labels []string
	if cfg.Base != nil {
		if h := cfg.Base.Hostname(); h != "" {
			host = strings.ToLower(h)
		}
		for _, seg := range strings.Split(cfg.Base.Path, "/") {
			if l := strings.Trim(nonLabelRE.ReplaceAllString(strings.ToLower(seg), "-"), "-"); l != "" {
				labels = append([]string{l}, labels...)
			}
		}
	}
	if len(labels) == 0 {
		labels = []string{"digest"}
	}
	return strings.Join(append(labels, host), ".")
}
