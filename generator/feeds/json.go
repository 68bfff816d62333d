package feeds

import (
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/gorilla/feeds"

	"github.com/paperboy-digest/paperboy/generator/doi"
)

// jsonVersion is the version URL of JSON Feed 1.1.
const jsonVersion = "https://jsonfeed.org/version/1.1"

// jsonDoc is gorilla's JSON feed whose items are always written, as an
// empty array when there are none (gorilla omits the key, which JSON Feed
// forbids).
type jsonDoc struct {
	feeds.JSONFeed
	Paperboy *feedData   `json:"_paperboy,omitempty"`
	Items    []*jsonItem `json:"items"`
}

// feedData is a feed's JSON Feed extension "_paperboy", written only by a
// build that --base-url puts at another address than site.yaml's: that
// baseURL, so that the next build into the same folder does not take the
// flag's address (a preview's) for where the site was published.
type feedData struct {
	BaseURL string `json:"base_url"`
}

// jsonItem is gorilla's item with JSON Feed 1.1's language of an item
// written in another language than the feed's.
type jsonItem struct {
	feeds.JSONItem
	Language string     `json:"language,omitempty"`
	Paperboy *paperData `json:"_paperboy,omitempty"`
}

// jsonFeed writes c as JSON Feed 1.1, indented by two spaces, with <, > and &
// in strings escaped as \u003c, \u003e and \u0026. Its items are c's
// entries, written once.
func (b *builder) jsonFeed(c *channel) ([]byte, error) {
	author := &feeds.JSONAuthor{Name: b.author.name, Url: b.author.url}
	doc := &jsonDoc{
		JSONFeed: feeds.JSONFeed{
			Version:     jsonVersion,
			Title:       c.title,
			Language:    b.cfg.Language,
			HomePageUrl: c.home,
			FeedUrl:     c.url + JSONFile,
			Description: c.description,
			Icon:        b.u.root + b.cfg.IconPath(), // scalable (the built-in one), so as large as icon asks and as small as favicon
			Favicon:     b.u.root + b.cfg.IconPath(),
			Author:      author, // JSON Feed 1.0's, for its readers (see byline)
			Authors:     []*feeds.JSONAuthor{author},
		},
		Items: []*jsonItem{}, // written as [], where withItems puts c's
	}
	if w := b.cfg.WrittenBase; w != nil && strings.TrimSuffix(w.String(), "/") != strings.TrimSuffix(b.cfg.BaseURL, "/") {
		doc.Paperboy = &feedData{BaseURL: w.String()}
	}
	head, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return b.withItems(append(head, '\n'), jsonFormat, c.items)
}

// jsonItem is it as a JSON Feed item.
func (b *builder) jsonItem(it *item) *jsonItem {
	ji := &jsonItem{JSONItem: feeds.JSONItem{
		Id:            it.id,
		Url:           it.link,
		ExternalUrl:   it.related(),
		Title:         it.title,
		ContentHTML:   it.html,
		Summary:       it.summary,
		Image:         it.image,
		PublishedDate: timePtr(it.published),
	}}
	if it.title != "" && it.lang != "" && (it.summary == "" || it.sumLang != "") {
		ji.Language = it.lang // the title and summary are; the content marks its parts
	}
	if it.updated.After(it.published) {
		ji.ModifiedDate = timePtr(it.updated)
	}
	if it.pdf != "" {
		ji.Attachments = []feeds.JSONAttachment{{Url: it.pdf, MIMEType: pdfType}}
	}
	for _, a := range it.authors {
		ji.Authors = append(ji.Authors, &feeds.JSONAuthor{Name: a.name, Url: a.url})
	}
	ji.Author = b.jsonAuthor(it.authors)
	for _, t := range it.topics {
		ji.Tags = append(ji.Tags, t.label)
	}
	for _, c := range it.arxivCats {
		if !slices.Contains(ji.Tags, c) { // a topic of that name
			ji.Tags = append(ji.Tags, c)
		}
	}
	ji.Paperboy = it.data
	return ji
}

// jsonAuthor is an item's JSON Feed 1.0 author, one object where 1.1's
// authors is a list: its one author, or for several their byline with no
// URL, as it would link the whole line to the first author's page. 1.1
// deprecates author but keeps it valid, and its spec lets a feed write
// both for readers of 1.0, which read author alone (as does gofeed's
// Item.Author, which Go readers show); readers of 1.1 prefer authors.
func (b *builder) jsonAuthor(authors []person) *feeds.JSONAuthor {
	switch len(authors) {
	case 0:
		return nil // the feed's author is the item's
	case 1:
		return &feeds.JSONAuthor{Name: authors[0].name, Url: authors[0].url}
	}
	return &feeds.JSONAuthor{Name: b.byline(authors)}
}

// timePtr returns a pointer to t in UTC, or nil for the zero time.
func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}

// related is the address of the publication an item is about, which
// JSON Feed gives as its external_url and Atom as its rel="related" link:
// the paper's arXiv page, else its DOI's link, so that a journal article
// or a bioRxiv preprint known by its DOI alone is reached as one on arXiv
// is; "" for neither (and for a day's item).
func (it *item) related() string {
	if it.external == "" && it.doi != "" {
		return doi.URL(it.doi)
	}
	return it.external
}
