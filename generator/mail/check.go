package mail

import (
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Check tries the email templates a site makes its own — site.yaml's
// newsletter.subject and newsletter.preheader, and the email templates of
// its theme — as Compose runs them, on the newest day's digest, so that a
// mistake in one fails the build, not the mail job after the deploy. A
// site without days has them parsed only. at gives site.yaml's line of
// each newsletter field by name ("subject"), for messages. The built-in
// templates are not tried: a site that makes none of them its own passes.
func Check(site *model.Site, s Settings, th Theme, at map[string]int) error {
	var own []string
	for _, name := range []string{TextTemplate, HTMLTemplate} {
		if th.overrides(name) {
			own = append(own, name)
		}
	}
	if s.Subject == "" && s.Preheader == "" && len(own) == 0 {
		return nil
	}
	cfg := site.Config
	s = s.WithDefaults(cfg)
	fm := funcs(links{cfg: cfg})
	var errs diag.List
	t, err := th.load(fm)
	errs.Append(err)
	if len(site.Days) == 0 {
		for _, f := range []struct{ name, src string }{{"subject", s.Subject}, {"preheader", s.Preheader}} {
			_, err := oneLine(cfg, f.name, f.src, at[f.name], fm, nil)
			errs.Append(err)
		}
		return errs.Err()
	}
	data, err := newData(site, dayDigest(site.Days[0]), s, fm, at)
	errs.Append(err)
	if data == nil {
		return errs.Err()
	}
	for _, name := range own {
		if t.parsed(name) {
			_, err := t.run(th, name, data)
			errs.Append(err)
		}
	}
	return errs.Err()
}
