package render

import (
	"slices"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/styles"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// codeStyles returns the chroma styles syntax.css colours highlighted code
// with: modus-operandi for the light scheme and modus-vivendi for the dark.
// The theme paints a code block's background its --surface, not the
// styles' white and black: TestCodeContrast measures each token's colour
// against that.
func codeStyles() (light, dark *chroma.Style) {
	return styles.Get("modus-operandi"), styles.Get("modus-vivendi")
}

// A page links syntax.css, the highlighting stylesheet, only when it shows
// highlighted code: on a real site 2–8% of pages do, and a stylesheet in
// the <head> holds up every page's first paint until it has loaded.

// chromaMarkup marks a code block chroma highlighted (markdown's
// codeRenderer writes every fenced block so).
const chromaMarkup = `<pre class="chroma">`

// showsCode reports whether the page of job j shows highlighted code: in
// the body of its paper or page of the site's own, in its day's intro, or
// in the card of a paper it lists (lists). The built-in cards show a TL;DR
// or summary, never code, but a theme's may show .Abstract; a theme that
// shows a listed paper's body outside its card decides on its own.
func showsCode(j job, card func(*model.Paper) bool) bool {
	if j.paper != nil && j.paper.HasCode {
		return true
	}
	if p := j.page; p != nil && (p.Page != nil && p.Page.HasCode || p.Day != nil && p.Day.HasCode) {
		return true
	}
	return lists(j, card)
}

// lists reports whether f holds for a paper the page of job j lists: a
// paper page's related papers, a day's papers, a week's or month's top, a
// topic's, an author's or an organization's page's papers; on the home page the newest week's top
// and the papers of the days it shows (homeDays).
func lists(j job, f func(*model.Paper) bool) bool {
	listed := func(list []*model.Paper) bool { return slices.ContainsFunc(list, f) }
	if j.paper != nil {
		return listed(j.paper.Related)
	}
	p := j.page
	switch {
	case p.Day != nil && listed(p.Day.Papers),
		p.Week != nil && listed(p.Week.Top),
		p.Month != nil && listed(p.Month.Top):
		return true
	case p.Kind == "home":
		if ws := p.Site.Weeks; len(ws) > 0 && listed(ws[0].Top) {
			return true
		}
		for _, d := range p.Site.Days[:min(len(p.Site.Days), max(p.Config.HomeDays, 0))] {
			if listed(d.Papers) {
				return true
			}
		}
	}
	return listed(p.Papers) // a page of a topic's, an author's or an organization's papers
}

// codeKey is the key pageKeys adds for a page that shows code.
type codeKey bool

// pageKeys returns the keys of a cached partial given data, with what a
// partial of the page may read besides the site's configuration and the
// keys a theme's base.html gives, which may be older than it: a page of
// the site's own (one of a handful, which the header's menu marks as the
// current one), and whether the page shows code (site-assets links
// syntax.css then). So a page without code and not of the site's own
// keeps the keys as given.
func pageKeys(data any, keys []any) []any {
	p, ok := data.(*Page)
	if !ok {
		return keys
	}
	if p.Page != nil {
		keys = append(keys[:len(keys):len(keys)], p.Page)
	}
	if p.HasCode {
		keys = append(keys[:len(keys):len(keys)], codeKey(true))
	}
	return keys
}
