package feeds

import (
	"bytes"
	"encoding/xml"
	"html"
	"strconv"
	"time"

	"github.com/gorilla/feeds"
)

// XML namespaces declared on the RSS root.
const (
	nsAtom    = "http://www.w3.org/2005/Atom"
	nsDC      = "http://purl.org/dc/elements/1.1/"
	nsContent = "http://purl.org/rss/1.0/modules/content/"
	nsMedia   = "http://search.yahoo.com/mrss/" // Media RSS, in RSS and Atom (media)
)

// rssDoc is gorilla's <rss> root with the atom and dc namespaces declared
// and a channel that has what gorilla's lacks.
type rssDoc struct {
	feeds.RssFeedXml
	AtomNS  string `xml:"xmlns:atom,attr"`
	DCNS    string `xml:"xmlns:dc,attr"`
	MediaNS string `xml:"xmlns:media,attr,omitempty"`
	Channel *rssChannel
}

// FeedXml returns d itself, for feeds.ToXML.
func (d *rssDoc) FeedXml() any { return d }

// rssChannel is gorilla's channel with an <atom:link rel="self">, after
// which rss puts the items (rssItem).
type rssChannel struct {
	feeds.RssFeed
	Self rssAtomLink
}

// rssAtomLink is gorilla's Atom link written as atom:link inside RSS.
type rssAtomLink struct {
	XMLName xml.Name `xml:"atom:link"`
	feeds.AtomLink
}

// rssItem is gorilla's item with the description in CDATA, one <category>
// per topic, one <dc:creator> per author (RSS's own <author> must be an
// email address), the paper's DOI as a <dc:identifier>, where Zotero's
// feed reader reads it, and its figure as a <media:content> (media).
type rssItem struct {
	feeds.RssItem
	Description rssCDATA      `xml:"description"`
	Categories  []rssCategory `xml:"category"`
	Creators    []string      `xml:"dc:creator"`
	Identifier  string        `xml:"dc:identifier,omitempty"`
	Media       *mediaContent
}

// rssCDATA is element text written as a CDATA section.
type rssCDATA struct {
	Text string `xml:",cdata"`
}

// rssCategory is an RSS <category> with its taxonomy.
type rssCategory struct {
	Domain string `xml:"domain,attr,omitempty"`
	Name   string `xml:",chardata"`
}

// rssDate formats t as RFC 822 (with a four-digit year), as RSS 2.0 wants:
// "Thu, 14 Mar 2024 12:00:00 +0000".
func rssDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC1123Z)
}

// rss writes c as RSS 2.0. The channel's pubDate is its newest item's
// published date and lastBuildDate its newest updated date; both are left
// out when c has no items. Its items are c's entries, written once.
func (b *builder) rss(c *channel) ([]byte, error) {
	ch := &rssChannel{
		RssFeed: feeds.RssFeed{
			Title:         c.title,
			Link:          c.home,
			Description:   c.description,
			Language:      b.cfg.Language,
			PubDate:       rssDate(c.published()),
			LastBuildDate: rssDate(c.updated()),
			Generator:     Generator,
			Docs:          "https://www.rssboard.org/rss-specification",
		},
		Self: rssAtomLink{AtomLink: feeds.AtomLink{Href: c.url + RSSFile, Rel: "self", Type: "application/rss+xml"}},
	}
	doc := &rssDoc{
		RssFeedXml: feeds.RssFeedXml{Version: "2.0", ContentNamespace: nsContent},
		AtomNS:     nsAtom,
		DCNS:       nsDC,
		MediaNS:    mediaNS(c.items),
		Channel:    ch,
	}
	return b.xmlWithItems(doc, rssFormat, c.items)
}

// xmlWithItems writes the RSS or Atom document doc, which has no items,
// with items in it (withItems).
func (b *builder) xmlWithItems(doc feeds.XmlFeed, f format, items []*entry) ([]byte, error) {
	head, err := toXML(doc, headSize)
	if err != nil {
		return nil, err
	}
	return b.withItems(head, f, items)
}

// rssItem is it as an RSS <item>.
func (b *builder) rssItem(it *item) *rssItem {
	ri := &rssItem{
		RssItem: feeds.RssItem{
			Title:   it.title,
			Link:    it.link,
			Content: &feeds.RssContent{Content: it.html},
			Guid:    &feeds.RssGuid{Id: it.id, IsPermaLink: strconv.FormatBool(it.id == it.link)},
			PubDate: rssDate(it.published),
		},
		Description: rssCDATA{Text: description(it)},
	}
	for _, t := range it.topics {
		ri.Categories = append(ri.Categories, rssCategory{Domain: b.scheme, Name: t.label})
	}
	for _, c := range it.arxivCats {
		ri.Categories = append(ri.Categories, rssCategory{Domain: arxivScheme, Name: c})
	}
	for _, a := range it.authors {
		ri.Creators = append(ri.Creators, a.name)
	}
	if it.doi != "" {
		ri.Identifier = "doi:" + it.doi // as publishers' feeds write it
	}
	if it.pdf != "" {
		// RSS requires a length; 0 is what its best practices ask of a
		// publisher that does not know it, as the build cannot.
		ri.Enclosure = &feeds.RssEnclosure{Url: it.pdf, Length: "0", Type: pdfType}
	}
	ri.Media = media(it)
	return ri
}

// pdfType is the media type of a paper's PDF, its items' enclosure:
// readers that offer an item's attachments (Feedly, Inoreader,
// NetNewsWire) show it, and Zotero's feed reader attaches it to the item
// it saves.
const pdfType = "application/pdf"

// byline names an item's authors in one line as the daily digest lists
// them ("Ada Lovelace, José Núñez", the first five then "et al."): JSON
// Feed 1.0's author, which is one. RSS names each in a <dc:creator> of
// its own, as Dublin Core allows: one line of them all, which Zotero's
// feed reader splits at its commas, gave it an author "Eve Five et al."
// and lost the rest.
func (b *builder) byline(authors []person) string {
	names := make([]string, len(authors))
	for i, a := range authors {
		names[i] = a.name
	}
	return b.authorLine(names)
}

// headSize is a little more than the bytes of a feed document without
// its items.
const headSize = 2048

// toXML marshals a feed document (the value its FeedXml returns, as
// feeds.ToXML does) after an XML declaration, indented by two spaces and
// ending in a newline, into a buffer of about size bytes.
func toXML(doc feeds.XmlFeed, size int) ([]byte, error) {
	var b bytes.Buffer
	b.Grow(size)
	b.WriteString(xml.Header)
	e := xml.NewEncoder(&b)
	e.Indent("", "  ")
	if err := e.Encode(doc.FeedXml()); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

// description is an item's RSS description: its summary as HTML when it
// has one (the full HTML is content:encoded), else the full HTML. It goes
// into a CDATA section, which encoding/xml writes as it is: a character
// XML does not allow (a control character in an abstract) would make the
// whole feed unreadable, so it becomes U+FFFD, as in item HTML.
func description(it *item) string {
	if it.summary == "" {
		return it.html
	}
	return xmlSafe(html.EscapeString(it.summary))
}
