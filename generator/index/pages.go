package index

import (
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// pages orders the site's own pages by slug, leaves out drafts unless
// drafts is set, and fills the menus. Two pages at one address (about.md
// and about/index.md, or two whose addresses differ only in letter case),
// and an alias that is a page's address or another page's alias, are
// errors.
func pages(in []*model.Page, drafts bool, errs *diag.List) ([]*model.Page, model.Menus) {
	in = slices.DeleteFunc(slices.Clone(in), func(p *model.Page) bool { return p.Draft && !drafts })
	slices.SortFunc(in, func(a, b *model.Page) int {
		return cmp.Or(strings.Compare(a.Slug, b.Slug), strings.Compare(a.Source, b.Source))
	})
	at := map[string]*model.Page{} // slug, case folded → its page
	out := in[:0]
	for _, p := range in {
		if other := at[filename.Fold(p.Slug)]; other != nil {
			errs.Add(p.Source, 0, "this page's address /%s/ is the address of %s too; remove one of the two, or rename it", p.Slug, other.Source)
			continue
		}
		at[filename.Fold(p.Slug)] = p
		out = append(out, p)
	}
	type alias struct {
		p    *model.Page
		line int
	}
	owner := map[string]alias{}
	for _, p := range out {
		p.Aliases = slices.DeleteFunc(p.Aliases, func(a string) bool {
			k, line := filename.Fold(a), cmp.Or(p.AliasLines[a], p.AliasesLine)
			if other := at[k]; other != nil {
				errs.Add(p.Source, line, "alias %q is the address of %s; an alias is a former address no page has now: remove it", a, other.Source)
				return true
			}
			if other := owner[k]; other.p != nil && other.p != p {
				errs.Add(p.Source, line, "alias %q is an alias of %s:%d too; keep it on one of the two pages", a, other.p.Source, other.line)
				return true
			}
			owner[k] = alias{p, line}
			return false
		})
	}
	var menus model.Menus
	for _, p := range out {
		for _, m := range p.Menus {
			switch m {
			case "main":
				menus.Main = append(menus.Main, p)
			case "footer":
				menus.Footer = append(menus.Footer, p)
			}
		}
	}
	for _, list := range [][]*model.Page{menus.Main, menus.Footer} {
		slices.SortStableFunc(list, func(a, b *model.Page) int {
			return cmp.Or(cmp.Compare(a.Weight, b.Weight), strings.Compare(cmp.Or(a.LinkTitle, a.Title), cmp.Or(b.LinkTitle, b.Title)))
		})
	}
	return out, menus
}

// basePathAliases reports each former address of a page, a paper or a day (an
// alias from the site's root) written with the site's base path in
// front (/reading/old-about/ on a site at https://lab.example.org/reading/),
// as it shows in a browser: every address is under the base path already,
// so it would be published at /reading/reading/old-about/, and the old
// address would stay not found. Such an alias is dropped.
func basePathAliases(cfg *model.Config, papers []*model.Paper, pages []*model.Page, days []*model.Day, errs *diag.List) {
	base := cfg.BasePath()
	if base == "/" {
		return
	}
	// drop reports and drops each of aliases, source's, written with the
	// base path, as markdown.SitePath reads a link so written.
	drop := func(source string, aliases []string, line func(alias string) int) []string {
		return slices.DeleteFunc(aliases, func(a string) bool {
			at := model.Slashed(a)
			switch rest := markdown.SitePath(at, base); rest {
			case at:
				return false
			case "/":
				errs.Add(source, line(a), "alias %q is the site's base path, the address of its home page, which needs no alias; remove it", at)
			default:
				errs.Add(source, line(a), "alias %q starts with the site's base path %s, which every address of the site has already: the alias would be at %s; write it from the site's root: `%s`", at, base, strings.TrimSuffix(base, "/")+at, rest)
			}
			return true
		})
	}
	for _, p := range pages {
		p.Aliases = drop(p.Source, p.Aliases, func(a string) int { return cmp.Or(p.AliasLines[a], p.AliasesLine) })
	}
	for _, p := range papers {
		p.Redirects = drop(p.Source, p.Redirects, func(a string) int { return cmp.Or(p.AliasLines["/"+a], p.AliasesLine) })
	}
	for _, d := range days {
		d.Redirects = drop(d.Source, d.Redirects, func(a string) int { return cmp.Or(d.AliasLines["/"+a], d.AliasesLine) })
	}
}

// pastedAliases reports each alias of a page, a paper or a day written as a
// whole address, pasted from the browser (Pasted), with the alias to
// write: its path from the site's root, without the site's base path,
// which every address of the site has already
// (https://lab.example.org/reading/old-about/ on a site at
// https://lab.example.org/reading/: /old-about/).
func pastedAliases(cfg *model.Config, papers []*model.Paper, pages []*model.Page, days []*model.Day, errs *diag.List) {
	site := cmp.Or(cfg.WrittenBase, cfg.Base) // the address a browser showed
	tell := func(source string, pasted []string, line func(string) int, alias string) {
		for _, a := range pasted {
			switch write, outside := pastedPath(a, site); {
			case outside:
				errs.Add(source, line(a), "alias %q is an address on the site's host outside the site, %s, where no page of the site can be; remove it", a, site)
			case write == "/":
				errs.Add(source, line(a), "alias %q is a whole address, of the site's home page, which needs no alias; remove it", a)
			default:
				errs.Add(source, line(a), "alias %q is a whole address; %s: write `%s`", a, alias, write)
			}
		}
	}
	for _, p := range pages {
		tell(p.Source, p.Pasted, func(a string) int { return cmp.Or(p.AliasLines[a], p.AliasesLine) }, "an alias is a former address of the page from the site's root")
	}
	for _, p := range papers {
		tell(p.Source, p.Pasted, func(a string) int { return cmp.Or(p.AliasLines[a], p.AliasesLine) }, "an alias is the paper's former id, or a former address from the site's root")
	}
	for _, d := range days {
		tell(d.Source, d.Pasted, func(a string) int { return cmp.Or(d.AliasLines[a], d.AliasesLine) }, "an alias is the day's former date, or a former address from the site's root")
	}
}

// pastedPath is the alias to write for a, a whole address: its path from
// the root of the site at site, a folder's with its last / (/posts/x/),
// and whether a is on the site's host but outside its base path, where
// no alias can be.
func pastedPath(a string, site *url.URL) (write string, outside bool) {
	u, err := url.Parse(a)
	if err != nil {
		return "/", false
	}
	base := "/"
	if site != nil && site.Path != "" {
		base = site.Path
	}
	p := cmp.Or(u.Path, "/")
	if !strings.HasSuffix(p, "/") && !model.IsPageFile(p) {
		p += "/"
	}
	rest := markdown.SitePath(p, base)
	if base != "/" && p == base {
		rest = "/"
	}
	onHost := site != nil && strings.EqualFold(u.Hostname(), site.Hostname())
	return rest, onHost && rest == p && base != "/"
}
