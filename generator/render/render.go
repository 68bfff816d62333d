// Package render writes the pages of an indexed site from theme templates.
//
// Input: an immutable model.Site and a theme (the site's theme folder over
// the built-in theme). Output: every page (home, day, week, month, archive,
// paper, topics, topic, authors, author, feeds, search, 404), the theme's
// static files, the generated highlighting stylesheet, sitemap.xml,
// robots.txt, .nojekyll and CNAME, as model.Files in a fixed order.
// Templates are parsed once; pages render in parallel, each into its own
// buffer, and results are stored by index so the output never depends on
// scheduling. A template error names the template file and line.
package render

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"slices"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parallel"
)

// Options configure rendering.
type Options struct {
	Builtin   fs.FS  // the built-in theme
	SiteTheme fs.FS  // the site's theme folder, or nil
	ThemeDir  string // the site's theme folder as the user sees it, for messages ("themes/mytheme")
	Workers   int    // pages rendered at once; 0 means GOMAXPROCS

	// Emit receives every file as soon as it is rendered, from several
	// goroutines at once; it must be safe for concurrent use, and must copy
	// f.Data if it keeps it after returning (the buffer is reused).
	Emit func(model.File) error
}

// Render renders every page and asset of site and passes each to opts.Emit.
func Render(ctx context.Context, site *model.Site, opts Options) error {
	cfg := site.Config
	l := links{cfg: cfg}
	th := overlay{site: opts.SiteTheme, builtin: opts.Builtin}
	sch := newScholar(site.Papers, l)
	funcs := funcMap(l)
	maps.Copy(funcs, sch.funcs())
	cc := &cards{}
	funcs["card"] = cc.card
	tmpl, err := loadTemplates(th, opts.ThemeDir, funcs)
	if err != nil {
		return err
	}
	if err := cc.render(ctx, tmpl.item, site.Papers, opts.Workers); err != nil {
		return tmpl.templateError(err)
	}
	js := jobs(site, l)
	if err := renderAll(ctx, tmpl, js, opts.Emit, opts.Workers); err != nil {
		return err
	}
	assets, err := static(th)
	if err != nil {
		return err
	}
	for _, group := range [][]model.File{assets, extras(site, js, l), sch.bibFiles(site)} {
		for _, f := range group {
			if err := opts.Emit(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// renderAll executes every job over workers goroutines and emits each page.
func renderAll(ctx context.Context, tmpl *templates, js []job, emit func(model.File) error, workers int) error {
	var (
		mu   sync.Mutex
		errs diag.List // template errors, each once: the same mistake fails many pages
	)
	err := parallel.For(ctx, len(js), workers, func() func(int) error {
		var buf bytes.Buffer
		return func(i int) error {
			j := js[i]
			buf.Reset()
			if err := tmpl.pages[j.kind].Execute(&buf, j.page); err != nil {
				e := tmpl.templateError(err)
				mu.Lock()
				if !slices.ContainsFunc(errs, func(x *diag.Error) bool { return x.Error() == e.Error() }) {
					errs.Append(e)
				}
				mu.Unlock()
				return nil
			}
			return emit(model.File{Path: j.out, Data: buf.Bytes()})
		}
	})
	if err != nil {
		return err
	}
	return errs.Err()
}

// static returns every file under the theme's static/ folder at the site root.
func static(th overlay) ([]model.File, error) {
	names, err := th.files("static")
	if err != nil {
		return nil, err
	}
	out := make([]model.File, 0, len(names))
	for _, n := range names {
		data, err := fs.ReadFile(th, n)
		if err != nil {
			return nil, err
		}
		out = append(out, model.File{Path: n[len("static/"):], Data: data})
	}
	return out, nil
}
