package i18n

import (
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// ListTitle is paper p's title as plain text where a reader sees it in a
// list before opening it (a feed item's title, the email's text part and
// preheader): its math in Unicode (tex.UnicodeText) and, for a withdrawn
// paper, after the message withdrawnTitle ("[Withdrawn] …"), since many
// readers show nothing else until one is opened. The feeds and the email
// share it so that they mark a withdrawn paper alike. The notice is in
// the site's language and the title in the paper's: plain text marks
// neither, and a format that gives the whole a language should give the
// site's, as a page's <title> holding a paper's title does.
func (c *Catalog) ListTitle(p *model.Paper) (string, error) {
	return c.listTitle(p, tex.UnicodeText(p.Title))
}

// PlainTitle is ListTitle for plain text that a site in cfg's language
// holds in its own direction (a page's <title> and og:title, an email's
// preheader): the paper's title isolated (Isolate) when it runs in the
// other direction than the site's language, as langAttr's dir does in
// the page's markup, so that "GPT-4: What's Next?" keeps its "?" at its
// end on an Arabic site. A site whose papers run in its own direction
// gets ListTitle.
func (c *Catalog) PlainTitle(cfg *model.Config, p *model.Paper) (string, error) {
	return c.listTitle(p, Isolate(tex.UnicodeText(p.Title), cfg.ForeignLang(p), cfg.Language))
}

// listTitle is title, paper p's, after withdrawnTitle when p is withdrawn.
func (c *Catalog) listTitle(p *model.Paper, title string) (string, error) {
	if !p.Withdrawn() {
		return title, nil
	}
	return c.Text("withdrawnTitle", "Title", title)
}

// ListTitle is Catalog.ListTitle, keeping the first error for Err.
func (t *Texts) ListTitle(p *model.Paper) string {
	return t.keep(t.Catalog.ListTitle(p))
}
