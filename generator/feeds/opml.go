package feeds

import (
	"encoding/xml"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// OPMLFile is the outline of every feed of the site at the output root:
// readers import it to follow them all at once.
const OPMLFile = "feeds.opml"

// opmlDoc is an OPML 2.0 subscription list.
type opmlDoc struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Head    struct {
		Title     string `xml:"title"`
		OwnerName string `xml:"ownerName,omitempty"`
		Docs      string `xml:"docs"`
	} `xml:"head"`
	Body struct {
		Outlines []outline `xml:"outline"`
	} `xml:"body"`
}

// outline is one feed (type "rss", whatever its format, as OPML readers
// expect), or a group of them.
type outline struct {
	Type        string    `xml:"type,attr,omitempty"`
	Text        string    `xml:"text,attr"`
	Title       string    `xml:"title,attr,omitempty"`
	Description string    `xml:"description,attr,omitempty"`
	XMLURL      string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL     string    `xml:"htmlUrl,attr,omitempty"`
	Outlines    []outline `xml:"outline"`
}

// OPML returns feeds.opml, which lists the RSS feed of every feed Build
// makes: the whole site's, the daily and the weekly digest's, then the topics' in a
// group of their own, each with its title and the page it follows. (A topic
// whose slug Build refuses is left out; Build reports it.)
func OPML(site *model.Site, words *i18n.Catalog) (model.File, error) {
	b, err := newBuilder(site, words, nil)
	if err != nil {
		return model.File{}, err
	}
	channels := []*channel{b.siteHead(), b.daysHead(), b.weeksHead()}
	for _, t := range site.Topics {
		if validSlug(t.Slug) {
			channels = append(channels, b.topicHead(t))
		}
	}
	data := b.opml(channels)
	if err := b.words.Err(); err != nil {
		return model.File{}, err
	}
	return model.File{Path: OPMLFile, Data: data}, nil
}

// opml writes the OPML document of channels, whose items it does not read.
func (b *builder) opml(channels []*channel) []byte {
	doc := opmlDoc{Version: "2.0"}
	doc.Head.Title = b.words.Text("feedsListTitle", "Site", b.cfg.Title)
	doc.Head.OwnerName = b.author.name
	doc.Head.Docs = "https://opml.org/spec2.opml"
	topics := outline{Text: b.words.Text("topics"), Title: b.words.Text("topics")}
	for _, c := range channels {
		o := outline{Type: "rss", Text: c.title, Title: c.title, XMLURL: c.url + RSSFile, HTMLURL: c.home}
		if c.description != c.title {
			o.Description = c.description
		}
		if strings.HasPrefix(c.dir, "topics/") {
			topics.Outlines = append(topics.Outlines, o)
		} else {
			doc.Body.Outlines = append(doc.Body.Outlines, o)
		}
	}
	if len(topics.Outlines) > 0 {
		doc.Body.Outlines = append(doc.Body.Outlines, topics)
	}
	data, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil { // only strings: cannot fail
		panic(err)
	}
	return append(append([]byte(xml.Header), data...), '\n')
}
