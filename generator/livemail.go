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

// emailOnly checks the email templates again after edits of them alone
// (a site theme's email/digest.html or email/digest.txt, which no page,
// feed or warning of a build reads): their calls of T with the page
// templates', parsed again, and a run on the newest day, as a full build
// does (render.New, mail.Checker), and nothing else. ok reports whether
// the edits were such; err is the check's mistakes, after which the
// published site stays for the fix. The published files and warnings are
// the build's.
func (l *Live) emailOnly(ctx context.Context, changed []string) (res *Result, ok bool, err error) {
	cfg := l.site.Config
	for _, c := range changed {
		rel := l.relative(c)
		if !slices.ContainsFunc(cfg.Themes, func(name string) bool {
			return rel == "themes/"+name+"/"+mail.HTMLTemplate || rel == "themes/"+name+"/"+mail.TextTemplate
		}) {
			return nil, false, nil
		}
	}
	cfgData, err := fs.ReadFile(l.opts.Site, load.Config)
	if err != nil {
		return nil, false, nil
	}
	siteTheme, err := siteThemes(l.opts.Site, cfg)
	if err != nil {
		return nil, false, nil
	}
	check := mail.Prepare(l.site, mail.Settings(cfg.Newsletter), mail.Theme{Builtin: themes.Default(), Site: siteTheme, Words: l.words}, newsletterLines(cfg, cfgData))
	_, err = render.New(ctx, l.site, render.Options{Builtin: themes.Default(), SiteTheme: siteTheme, Words: l.words, Workers: l.opts.Workers, Calls: check.Calls()})
	if err := templatesError(err, check.Run(), newSink(nil)); err != nil {
		return nil, true, err
	}
	l.gen++
	return &Result{Site: l.site, Files: l.files, Count: len(l.files), Warnings: l.warnings}, true, nil
}
