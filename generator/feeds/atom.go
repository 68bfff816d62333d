package feeds

import (
	"encoding/xml"
	"time"

	"github.com/gorilla/feeds"
)

// atomDoc is gorilla's Atom feed with xml:lang and several links (self
// and alternate). Its fields after the embedded feed are written last,
// and atom puts the entries (atomEntry) after them, so they still follow
// the feed's metadata as RFC 4287 requires.
type atomDoc struct {
	feeds.AtomFeed
	MediaNS string           `xml:"xmlns:media,attr,omitempty"`
	Lang    string           `xml:"xml:lang,attr,omitempty"`
	Gen     atomGenerator    // <generator>
	Links   []feeds.AtomLink `xml:"link"`
}

// FeedXml returns d itself, for feeds.ToXML (and hides the embedded feed's
// method, which would drop d's own fields).
func (d *atomDoc) FeedXml() any { return d }

// atomGenerator is the Atom <generator> element.
type atomGenerator struct {
	XMLName xml.Name `xml:"generator"`
	Name    string   `xml:",chardata"`
}

// atomEntry is an Atom <entry>, in the order gorilla writes its own, with
// its page's, arXiv's (else its DOI's) and PDF's links (alternate,
// related, enclosure), one <author> per author, one <category> per
// topic, the content in CDATA,
// and a title and summary that may have an xml:lang of their own (a paper
// in another language than the feed's), and the figure as a Media RSS
// <media:content> (media), which Atom allows as a foreign element.
type atomEntry struct {
	XMLName    xml.Name            `xml:"entry"`
	Title      atomText            `xml:"title"`
	Updated    string              `xml:"updated"`
	Id         string              `xml:"id"`
	Published  string              `xml:"published,omitempty"`
	Links      []feeds.AtomLink    `xml:"link"`
	Summary    *atomText           `xml:"summary"`
	Content    *atomHTML           `xml:"content"`
	Authors    []*feeds.AtomAuthor `xml:"author"`
	Categories []atomCategory      `xml:"category"`
	Media      *mediaContent
}

// atomText is an Atom text construct of type text.
type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Lang string `xml:"xml:lang,attr,omitempty"`
	Text string `xml:",chardata"`
}

// atomHTML is an Atom text construct of type html, written as CDATA.
type atomHTML struct {
	Type string `xml:"type,attr"`
	Text string `xml:",cdata"`
}

// atomCategory is an Atom <category>.
type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

// atomDate formats t as RFC 3339 in UTC: "2024-03-14T12:00:00Z". The zero
// time becomes the Unix epoch, the updated date of a feed without items.
func atomDate(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format(time.RFC3339)
}

// atom writes c as Atom 1.0. The feed's id is its own URL (on the
// feedIDBase if the site has one), its updated
// date the newest of its entries' (the Unix epoch if it has none), and its
// author the curator, which covers entries without authors. Its entries
// are c's, written once.
func (b *builder) atom(c *channel) ([]byte, error) {
	doc := &atomDoc{
		AtomFeed: feeds.AtomFeed{
			Xmlns:   nsAtom,
			Title:   c.title,
			Id:      b.id(c.url + AtomFile),
			Updated: atomDate(c.updated()),
			// The icon every page links (JSON Feed's icon and favicon too):
			// a reader that looks for it at the host's /favicon.ico finds
			// another site's, or none, for a site in a folder of a shared
			// host (user.github.io/repo/).
			Icon:     b.u.root + b.cfg.IconPath(),
			Subtitle: c.description,
			Author:   &feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: b.author.name, Uri: b.author.url}},
		},
		MediaNS: mediaNS(c.items),
		Lang:    b.cfg.Language,
		Gen:     atomGenerator{Name: Generator},
		Links: []feeds.AtomLink{
			{Href: c.url + AtomFile, Rel: "self", Type: "application/atom+xml"},
			{Href: c.home, Rel: "alternate", Type: "text/html"},
		},
	}
	return b.xmlWithItems(doc, atomFormat, c.items)
}

// atomEntry is it as an Atom <entry>.
func (b *builder) atomEntry(it *item) *atomEntry {
	e := &atomEntry{
		Title:     atomText{Lang: it.lang, Text: it.title},
		Updated:   atomDate(it.updated),
		Id:        it.id,
		Published: atomDate(it.published),
		Links:     []feeds.AtomLink{{Href: it.link, Rel: "alternate", Type: "text/html"}},
	}
	if u := it.related(); u != "" {
		e.Links = append(e.Links, feeds.AtomLink{Href: u, Rel: "related", Type: "text/html"})
	}
	if it.pdf != "" {
		e.Links = append(e.Links, feeds.AtomLink{Href: it.pdf, Rel: "enclosure", Type: pdfType})
	}
	if it.summary != "" {
		e.Summary = &atomText{Type: "text", Lang: it.sumLang, Text: it.summary}
	}
	if it.html != "" {
		e.Content = &atomHTML{Type: "html", Text: it.html}
	}
	for _, a := range it.authors {
		e.Authors = append(e.Authors, &feeds.AtomAuthor{AtomPerson: feeds.AtomPerson{Name: a.name, Uri: a.url}})
	}
	for _, t := range it.topics {
		e.Categories = append(e.Categories, atomCategory{Term: t.term, Scheme: b.scheme, Label: t.label})
	}
	for _, c := range it.arxivCats {
		e.Categories = append(e.Categories, atomCategory{Term: c, Scheme: arxivScheme})
	}
	e.Media = media(it)
	return e
}
