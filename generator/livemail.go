package generator

import (
	"context"
	"io/fs"
	"slices"

	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/generator/render"
	"github.com/paperboy-digest/paperboy/themes"
)

// emailTemplates splits the changed paths into those of the email
// templates of the site's themes (email/digest.html, email/digest.txt of
// a theme site.yaml names), which no page, feed or warning of a build
// reads, and the rest.
func (l *Live) emailTemplates(changed []string) (email, rest []string) {
	for _, c := range changed {
		rel := l.relative(c)
		if slices.ContainsFunc(l.site.Config.Themes, func(name string) bool {
			return rel == "themes/"+name+"/"+mail.HTMLTemplate || rel == "themes/"+name+"/"+mail.TextTemplate
		}) {
			email = append(email, c)
		} else {
			rest = append(rest, c)
		}
	}
	return email, rest
}

// quicklyWithEmail tries the quick rebuilds (quickly) of the changed
// paths but the email templates (emailTemplates' rest), and when email
// templates were saved with them, then tries those on the site the quick
// rebuild made (checkEmail), as a full build of the same sources tries
// them on its own: their mistakes are err, after which the quick rebuild
// stays in Live for the fix (Build keeps the edits in unpublished, so the
// fix rebuilds them again, and Complete follows it where the quick
// rebuild was incomplete). ok reports a rebuild that needs no full build;
// a save of email templates alone is emailOnly's.
func (l *Live) quicklyWithEmail(ctx context.Context, rest []string, email bool) (res *Result, incomplete, ok bool, err error) {
	res, incomplete, ok = l.quickly(ctx, rest)
	if !ok || !email {
		return res, incomplete, ok, nil
	}
	checked, err := l.checkEmail(ctx)
	return res, incomplete, checked, err
}

// emailOnly checks the email templates again after edits of them alone
// (emailTemplates), and nothing else (checkEmail). ok reports whether the
// check could run; err is the check's mistakes, after which the published
// site stays for the fix. The published files and warnings are the
// build's.
func (l *Live) emailOnly(ctx context.Context) (res *Result, ok bool, err error) {
	if ok, err = l.checkEmail(ctx); !ok || err != nil {
		return nil, ok, err
	}
	l.gen++
	return &Result{Site: l.site, Files: l.files, Count: len(l.files), Warnings: l.warnings}, true, nil
}

// checkEmail tries the email templates on the published site, as a full
// build does: their calls of T with the page templates', parsed again,
// and a run on the newest day (render.New, mail.Checker). ok reports
// whether it could (site.yaml and the theme folders read); err is the
// email templates' mistakes, which a full build of the same sources
// would report alone, the published site's pages having rendered
// without a mistake with the same page templates.
func (l *Live) checkEmail(ctx context.Context) (ok bool, err error) {
	cfg := l.site.Config
	cfgData, err := fs.ReadFile(l.opts.Site, load.Config)
	if err != nil {
		return false, nil
	}
	siteTheme, err := siteThemes(l.opts.Site, cfg)
	if err != nil {
		return false, nil
	}
	check := mail.Prepare(l.site, mail.Settings(cfg.Newsletter), mail.Theme{Builtin: themes.Default(), Site: siteTheme, Words: l.words}, newsletterLines(cfg, cfgData))
	_, err = render.New(ctx, l.site, render.Options{Builtin: themes.Default(), SiteTheme: siteTheme, Words: l.words, Workers: l.opts.Workers, Calls: check.Calls()})
	return true, templatesError(err, check.Run(), newSink(nil))
}
