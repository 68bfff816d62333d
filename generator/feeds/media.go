package feeds

import "encoding/xml"

// mediaContent is a Media RSS <media:content medium="image"> (namespace
// nsMedia, declared on the roots of the RSS and Atom feeds that have one,
// mediaNS): the paper's figure as an
// element of its item, with its size when the build read it and the
// curator's text alternative as its <media:description>. Bots that post a
// feed to Mastodon, Slack or Discord, and readers that show a picture
// beside an item (Feedly, Inoreader), take the item's picture from it; in
// the item's HTML alone the figure is markup they do not read.
type mediaContent struct {
	XMLName     xml.Name   `xml:"media:content"`
	URL         string     `xml:"url,attr"`
	Medium      string     `xml:"medium,attr"`
	Width       int        `xml:"width,attr,omitempty"`
	Height      int        `xml:"height,attr,omitempty"`
	Description *mediaText `xml:"media:description"`
}

// mediaText is a Media RSS text element of type plain.
type mediaText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

// media returns the <media:content> of it's figure, nil when it has none
// (a day, or a paper without image:).
func media(it *item) *mediaContent {
	if it.image == "" {
		return nil
	}
	m := &mediaContent{URL: it.image, Medium: "image"}
	if it.imageW > 0 && it.imageH > 0 {
		m.Width, m.Height = it.imageW, it.imageH
	}
	if it.imageAlt != "" {
		m.Description = &mediaText{Type: "plain", Text: it.imageAlt}
	}
	return m
}
