package mail

import (
	"slices"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Check tries the email templates a site makes its own — site.yaml's
// newsletter.subject and newsletter.preheader, and the email templates of
// its theme — as Compose runs them, on the newest day's digest, so that a
// mistake in one fails the build, not the mail job after the deploy.
// Before that, and on a site without days, where there is no digest to
// run them on, it checks every field and method they ask of the email's
// data in every branch (missingFields). at gives site.yaml's line of
// each newsletter field by name ("subject"), for messages. The built-in
// templates are tried only with words of the site's own (a theme with
// translation files, a language other than English), whose messages they
// run: a site that makes none of them its own passes.
//
// Check checks the email templates' calls of T against their own alone;
// a build, which checks them with the page templates' (render.Options'
// Calls), uses Prepare and Checker.Run.
func Check(site *model.Site, s Settings, th Theme, at map[string]int) error {
	return Prepare(site, s, th, at).Alone()
}

// Checker is Check in two steps: Prepare reads the email templates and
// finds their calls of T, which the caller checks with i18n's
// Catalog.CheckCalls together with the page templates', so that a
// message's text is checked against all its calls and each mistake is
// told once; Run then runs the templates whose calls are right.
type Checker struct {
	site   *model.Site
	s      Settings
	th     Theme
	at     map[string]int
	words  *i18n.Catalog
	fm     map[string]any
	t      *templates
	run    []string        // the templates to run on the newest digest
	failed map[string]bool // what a call of T in it fails
	calls  []i18n.Call
	errs   diag.List
}

// Prepare reads the email templates and newsletter fields the site
// makes its own and checks the fields they ask of the email's data; the
// errors are Run's. Calls returns their calls of T.
func Prepare(site *model.Site, s Settings, th Theme, at map[string]int) *Checker {
	c := &Checker{site: site, th: th, at: at, failed: map[string]bool{}}
	ownWords := th.ownWords()
	var own []string
	for _, name := range []string{TextTemplate, HTMLTemplate} {
		if ownWords || th.overrides(name) {
			own = append(own, name)
		}
	}
	if s.Subject == "" && s.Preheader == "" && len(own) == 0 {
		return c
	}
	words, err := th.words()
	if err != nil {
		c.errs.Append(err)
		return c
	}
	cfg := site.Config
	lines := map[string]string{"subject": s.Subject, "preheader": s.Preheader} // the site's own
	c.s, c.words = s.WithDefaults(cfg), words
	c.fm = funcs(links{cfg: cfg}, words)
	t, err := th.load(c.fm, htmlFuncs(c.fm, words, nil))
	c.errs.Append(err)
	c.t = t
	for _, name := range own {
		if !t.parsed(name) {
			continue
		}
		if err := t.missingFields(th, name, c.fm); err != nil {
			c.errs.Append(err)
			continue
		}
		c.run = append(c.run, name)
	}
	c.calls = t.messageCalls(th, c.run, cfg, lines, at, c.fm, c.failed)
	return c
}

// Calls returns the calls of T, with their ids written out, in the
// email templates and newsletter fields that Run checks: each one's Err
// and Skip keep Run from running the template a mistake is told of.
func (c *Checker) Calls() []i18n.Call { return c.calls }

// CheckCalls checks Calls alone, where no page templates are parsed
// to check them with (i18n's Catalog.CheckCalls).
func (c *Checker) CheckCalls() error {
	if c.words == nil {
		return nil
	}
	return c.words.CheckCalls(c.calls)
}

// Alone returns what Check does: the mistakes of the calls checked
// alone (CheckCalls) and Run's, where no page templates are parsed.
func (c *Checker) Alone() error {
	c.errs.Append(c.CheckCalls())
	return c.Run()
}

// Run returns the mistakes Prepare found and those of a run of the
// email templates on the newest day's digest, after Calls are checked.
func (c *Checker) Run() error {
	if c.words == nil {
		return c.errs.Err()
	}
	run := slices.DeleteFunc(slices.Clone(c.run), func(name string) bool { return c.failed[name] })
	s, cfg := c.s, c.site.Config
	if len(c.site.Days) == 0 {
		for _, f := range []struct{ name, src string }{{"subject", s.Subject}, {"preheader", s.Preheader}} {
			if !c.failed[f.name] {
				_, err := oneLine(cfg, f.name, f.src, c.at[f.name], c.fm, nil)
				c.errs.Append(err)
			}
		}
		return c.errs.Err()
	}
	// A subject or preheader told of its call of T already gives the
	// templates the default's words, so that theirs are told as well.
	if c.failed["subject"] {
		s.Subject = DefaultSubject
	}
	if c.failed["preheader"] {
		s.Preheader = DefaultPreheader
	}
	d, err := dayDigest(c.site.Days[0]).in(c.words)
	if err != nil {
		c.errs.Append(err)
		return c.errs.Err()
	}
	data, err := newData(c.site, d, s, c.fm, c.at)
	c.errs.Append(err)
	if data == nil {
		return c.errs.Err()
	}
	for _, name := range run {
		_, err := c.t.run(c.th, name, data)
		c.errs.Append(err)
	}
	return c.errs.Err()
}
