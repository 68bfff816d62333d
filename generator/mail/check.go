package mail

import (
	"slices"

	"github.com/paperboy-digest/paperboy/generator/diag"
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
func Check(site *model.Site, s Settings, th Theme, at map[string]int) error {
	ownWords := th.ownWords()
	var own []string
	for _, name := range []string{TextTemplate, HTMLTemplate} {
		if ownWords || th.overrides(name) {
			own = append(own, name)
		}
	}
	if s.Subject == "" && s.Preheader == "" && len(own) == 0 {
		return nil
	}
	words, err := th.words()
	if err != nil {
		return err
	}
	cfg := site.Config
	lines := map[string]string{"subject": s.Subject, "preheader": s.Preheader} // the site's own
	s = s.WithDefaults(cfg)
	fm := funcs(links{cfg: cfg}, words)
	var errs diag.List
	t, err := th.load(fm, htmlFuncs(fm, words))
	errs.Append(err)
	var run []string // the templates to run on the newest digest
	for _, name := range own {
		if !t.parsed(name) {
			continue
		}
		if err := t.missingFields(th, name, fm); err != nil {
			errs.Append(err)
			continue
		}
		run = append(run, name)
	}
	failed := map[string]bool{} // what a call of T in it fails
	errs.Append(words.CheckCalls(t.messageCalls(th, run, cfg, lines, at, fm, failed)))
	run = slices.DeleteFunc(run, func(name string) bool { return failed[name] })
	if len(site.Days) == 0 {
		for _, f := range []struct{ name, src string }{{"subject", s.Subject}, {"preheader", s.Preheader}} {
			if !failed[f.name] {
				_, err := oneLine(cfg, f.name, f.src, at[f.name], fm, nil)
				errs.Append(err)
			}
		}
		return errs.Err()
	}
	// A subject or preheader told of its call of T already gives the
	// templates the default's words, so that theirs are told as well.
	if failed["subject"] {
		s.Subject = DefaultSubject
	}
	if failed["preheader"] {
		s.Preheader = DefaultPreheader
	}
	d, err := dayDigest(site.Days[0]).in(words)
	if err != nil {
		errs.Append(err)
		return errs.Err()
	}
	data, err := newData(site, d, s, fm, at)
	errs.Append(err)
	if data == nil {
		return errs.Err()
	}
	for _, name := range run {
		_, err := t.run(th, name, data)
		errs.Append(err)
	}
	return errs.Err()
}
