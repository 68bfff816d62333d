// Package arxiv reads arXiv API responses: the Atom 1.0 feed that
// http(s)://export.arxiv.org/api/query returns, in the legacy serialisation
// (namespaces declared on each element, wrapped summaries) and the current
// one (namespaces on the root, unwrapped summaries, different element
// order). encoding/xml matches elements by namespace URL, so both read alike.
//
// Parse turns the feed's entries into an importer.Batch: id (without
// version; the version is kept), title (its TeX dashes as Unicode's, see
// tex.TitleDashes), authors (converted from TeX, see tex.Name), abstract, published and updated, primary and other
// categories, DOI, journal reference, comment and PDF link. Its day is the
// feed's <updated> date (the day the query ran). The error feed arXiv
// returns with HTTP 400 (one entry titled "Error" whose id is under
// https://arxiv.org/api/errors) is refused with arXiv's message; a feed
// without entries is an empty batch. The batch's Total is the feed's
// opensearch:totalResults: a search's answer holds its first results only.
// Its Asked are the ids its <title> says an id_list query asked for, of
// which arXiv leaves out those it has no paper of, saying nothing.
package arxiv

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/importer"
)

const (
	atomNS  = "http://www.w3.org/2005/Atom"
	arxivNS = "http://arxiv.org/schemas/atom"
	// openSearchNS is OpenSearch's, whose totalResults says how many
	// results a search has beyond the page the answer holds.
	openSearchNS = "http://a9.com/-/spec/opensearch/1.1/"
)

// entry is one Atom entry of an arXiv feed.
type entry struct {
	ID        string `xml:"http://www.w3.org/2005/Atom id"`
	Title     string `xml:"http://www.w3.org/2005/Atom title"`
	Summary   string `xml:"http://www.w3.org/2005/Atom summary"`
	Published string `xml:"http://www.w3.org/2005/Atom published"`
	Updated   string `xml:"http://www.w3.org/2005/Atom updated"`
	Authors   []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links []struct {
		Href  string `xml:"href,attr"`
		Rel   string `xml:"rel,attr"`
		Title string `xml:"title,attr"`
		Type  string `xml:"type,attr"`
	} `xml:"http://www.w3.org/2005/Atom link"`
	Categories []struct {
		Term string `xml:"term,attr"`
	} `xml:"http://www.w3.org/2005/Atom category"`
	Primary struct {
		Term string `xml:"term,attr"`
	} `xml:"http://arxiv.org/schemas/atom primary_category"`
	DOI        string `xml:"http://arxiv.org/schemas/atom doi"`
	JournalRef string `xml:"http://arxiv.org/schemas/atom journal_ref"`
	Comment    string `xml:"http://arxiv.org/schemas/atom comment"`
}

// Parse reads an arXiv API feed. name (a file path, or "stdin") prefixes
// every message, with the line of the entry at fault.
func Parse(name string, data []byte) (importer.Batch, error) {
	b := importer.Batch{Source: "arxiv", Input: name, Refresh: true} // an answer to a query, which lists no day
	data, err := importer.Input(name, data)
	if err != nil {
		return b, err
	}
	if err := listingFeed(name, data); err != nil {
		return b, err
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	root, err := rootElement(dec)
	if err != nil {
		return b, xmlError(name, data, err)
	}
	if root.Name.Space != atomNS || root.Name.Local != "feed" {
		line, _ := dec.InputPos()
		return b, fmt.Errorf("%s:%d: the root element is <%s>, not an Atom <feed>; expected an arXiv API response", name, line, root.Name.Local)
	}
	for n := 1; ; {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return b, xmlError(name, data, err)
		}
		se, ok := tok.(xml.StartElement)
		if ok && se.Name.Space == openSearchNS && se.Name.Local == "totalResults" {
			if err := dec.DecodeElement(&b.Total, &se); err != nil {
				b.Total = 0 // a count that is no number says nothing
			}
			continue
		}
		if !ok || se.Name.Space != atomNS {
			continue
		}
		line, _ := dec.InputPos()
		switch se.Name.Local {
		case "updated":
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				return b, xmlError(name, data, err)
			}
			if t, err := time.Parse(time.RFC3339, strings.TrimSpace(s)); err == nil {
				y, m, d := t.Date() // the day as written, in its own offset
				b.Day = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			}
		case "title":
			var s string
			if err := dec.DecodeElement(&s, &se); err != nil {
				return b, xmlError(name, data, err)
			}
			if b.Asked = idList(s); b.Asked != nil {
				b.AskedLine = line
			}
		case "entry":
			var e entry
			if err := dec.DecodeElement(&e, &se); err != nil {
				return b, xmlError(name, data, err)
			}
			p, err := convert(e, fmt.Sprintf("%s:%d: entry %d", name, line, n))
			if err != nil {
				return b, err
			}
			b.Papers = append(b.Papers, p)
			n++
		default:
			if err := dec.Skip(); err != nil {
				return b, xmlError(name, data, err)
			}
		}
	}
	return b, nil
}

// listingID is the id of a paper in arXiv's listing feeds
// (rss.arxiv.org/atom/cs.CL, /rss/cs.CL): the <id> of an Atom entry, the
// <guid> of an RSS item.
var listingID = regexp.MustCompile(`oai:arXiv\.org:([^<\s]+)`)

// listingFeed returns an error when data is one of arXiv's listing feeds,
// a category's new papers of the day (rss.arxiv.org), not an answer of
// the API: it lists each paper's authors on one line and its abstract
// after "Announce Type: new", without its versions or journal reference,
// so the error gives the --fetch of its papers, which the API answers in
// full.
func listingFeed(name string, data []byte) error {
	ms := listingID.FindAllSubmatchIndex(data, -1)
	if len(ms) == 0 {
		return nil
	}
	var ids []string
	seen := map[string]bool{}
	for _, m := range ms {
		id, _ := arxivid.Split(string(data[m[2]:m[3]]))
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	line := bytes.Count(data[:ms[0][0]], []byte("\n")) + 1
	return fmt.Errorf("%s:%d: this is arXiv's listing feed of a category (rss.arxiv.org), not an answer of the arXiv API, which has each paper's versions and authors one by one; import the papers it lists from the API with: paperboy import arxiv --fetch %s", name, line, strings.Join(ids, " "))
}

// idList returns the arXiv ids that title, an answer's feed title
// ("arXiv Query: search_query=&id_list=1605.08386,2406.99999&start=0"),
// says the query asked for; nil for a search, whose words may leave out
// any of them, or a title that names none.
func idList(title string) []string {
	_, query, ok := strings.Cut(title, ": ")
	if !ok {
		return nil
	}
	q, _ := url.ParseQuery(strings.TrimSpace(query)) // what reads of a query that does not
	if strings.TrimSpace(q.Get("search_query")) != "" {
		return nil
	}
	var ids []string
	for _, id := range strings.Split(q.Get("id_list"), ",") {
		id = strings.TrimSpace(id)
		_, _, err := arxivid.Parse(id)
		var typo *arxivid.DigitsError // asked for all the same: arXiv has no paper of it
		if _, _, ok := arxivid.Ref(id); ok || errors.As(err, &typo) {
			ids = append(ids, id)
		}
	}
	return ids
}

// rootElement returns the document's first element.
func rootElement(dec *xml.Decoder) (xml.StartElement, error) {
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return xml.StartElement{}, errors.New("the input holds no XML element")
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// xmlError locates an XML error in data, and tells a feed cut short (a
// download or a disk that stopped: elements left open at its end) as
// such, at the last line that has text, as the Hugging Face importer does.
func xmlError(name string, data []byte, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) && strings.HasPrefix(se.Msg, "unexpected EOF") {
		line := bytes.Count(bytes.TrimRight(data, " \t\r\n"), []byte("\n")) + 1
		return fmt.Errorf("%s:%d: the XML ends too early, on this line; the input is cut short: fetch it again", name, line)
	}
	if errors.As(err, &se) {
		return fmt.Errorf("%s:%d: invalid XML: %s; the input must be the Atom feed the arXiv API returns", name, se.Line, se.Msg)
	}
	return fmt.Errorf("%s: invalid XML: %v; the input must be the Atom feed the arXiv API returns", name, err)
}
