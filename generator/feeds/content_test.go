package feeds

import (
	"bytes"
	"cmp"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkAbsolute reports an error unless u is an absolute http(s) URL with a
// host, or a mailto: URL.
func checkAbsolute(t *testing.T, where, u string) {
	t.Helper()
	p, err := url.Parse(u)
	switch {
	case err != nil:
		t.Errorf("%s: bad URL %q: %v", where, u, err)
	case p.Scheme == "mailto":
	case (p.Scheme != "http" && p.Scheme != "https") || p.Host == "":
		t.Errorf("%s: URL %q is not absolute", where, u)
	}
}

// htmlURLs returns every URL attribute value of the HTML fragment s.
func htmlURLs(s string) []string {
	var urls []string
	z := html.NewTokenizer(strings.NewReader(s))
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		for _, a := range z.Token().Attr {
			switch {
			case isURLAttr(a.Key):
				urls = append(urls, a.Val)
			case a.Key == "srcset":
				for c := range strings.SplitSeq(a.Val, ",") {
					if f := strings.Fields(c); len(f) > 0 {
						urls = append(urls, f[0])
					}
				}
			}
		}
	}
	return urls
}

// xmlURLs returns every URL of an RSS or Atom document: the href, url and
// uri attributes, the text of link, id, guid and uri elements, and the URLs
// inside HTML content.
func xmlURLs(t *testing.T, data []byte) (urls []string, htmls []string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return urls, htmls
		}
		if err != nil {
			t.Fatalf("XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
			for _, a := range tok.Attr {
				switch a.Name.Local {
				case "href", "src", "url", "uri", "domain", "scheme":
					urls = append(urls, a.Value)
				}
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 || strings.TrimSpace(string(tok)) == "" {
				continue
			}
			parent := stack[len(stack)-1]
			switch {
			case parent == "link" || parent == "id" || parent == "guid" || parent == "uri" || parent == "docs":
				urls = append(urls, strings.TrimSpace(string(tok)))
			case parent == "encoded" || parent == "description" && len(stack) > 3 || parent == "content":
				htmls = append(htmls, string(tok))
			}
		}
	}
}

// jsonURLs returns every URL of a JSON feed and its content_html values.
func jsonURLs(t *testing.T, data []byte) (urls []string, htmls []string) {
	t.Helper()
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("JSON: %v", err)
	}
	var walk func(key string, v any)
	walk = func(key string, v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				walk(k, x)
			}
		case []any:
			for _, x := range v {
				walk(key, x)
			}
		case string:
			switch {
			case key == "content_html":
				htmls = append(htmls, v)
			case key == "id" || strings.HasSuffix(key, "url") || key == "avatar" || key == "image" || key == "icon" || key == "favicon":
				urls = append(urls, v)
			}
		}
	}
	walk("", doc)
	return urls, htmls
}

func TestNoRelativeURL(t *testing.T) {
	files := build(t, testSite())
	for _, p := range paths(files) {
		var urls, htmls []string
		if strings.HasSuffix(p, ".json") {
			urls, htmls = jsonURLs(t, files[p])
		} else {
			urls, htmls = xmlURLs(t, files[p])
		}
		if len(urls) == 0 {
			t.Errorf("%s: found no URL to check", p)
		}
		for _, h := range htmls {
			urls = append(urls, htmlURLs(h)...)
		}
		for _, u := range urls {
			checkAbsolute(t, p, u)
		}
	}
	// The relative links of the test site's content came out resolved.
	for _, want := range []string{
		`href="https://example.org/repo/papers/2403.00002/"`,           // /repo/papers/2403.00002/
		`href="https://example.org/repo/papers/cond-mat-0603029/"`,     // ../cond-mat-0603029/
		`href="https://example.org/repo/papers/2403.00001/#fn1"`,       // #fn1
		`src="https://example.org/repo/papers/2403.00001/fig1.png"`,    // fig1.png
		`href="https://example.org/repo/papers/zoe-notes/notes.pdf"`,   // notes.pdf
		`<uri>https://example.org/repo/authors/zo%C3%AB-%C3%BCnicode/`, // non-ASCII slug
	} {
		if !bytes.Contains(files["atom.xml"], []byte(want)) {
			t.Errorf("atom.xml has no %s", want)
		}
	}
	if !bytes.Contains(files["days/feed.xml"], []byte(`href="https://example.org/repo/days/2024-03-14/"`)) {
		t.Errorf("days/feed.xml: the intro's ../2024-03-14/ is not resolved against the day page")
	}
}

func TestEscaping(t *testing.T) {
	files := build(t, testSite())
	feeds := parseAll(t, files)
	for _, p := range paths(files) {
		data := files[p]
		if bytes.Contains(bytes.ToLower(data), []byte("<script")) {
			t.Errorf("%s: <script appears as markup", p)
		}
		for _, bad := range []string{"&amp;amp;", "&amp;lt;", "&amp;quot;", "&amp;#"} {
			if bytes.Contains(data, []byte(bad)) {
				t.Errorf("%s: double-escaped %s", p, bad)
			}
		}
		if bytes.Contains(data, []byte("]]]]><![CDATA[>")) {
			t.Errorf("%s: unexpected split CDATA", p)
		}
	}
	// What a reader shows: the literal text, escaped exactly once.
	for _, p := range []string{"feed.xml", "atom.xml", "feed.json"} {
		it := feeds[p].Items[1]
		if want := `Attention & "Transformers" </title><script>alert(1)</script>`; it.Title != want {
			t.Errorf("%s title = %q, want %q", p, it.Title, want)
		}
		text, scripts := htmlText(it.Content)
		if scripts != 0 {
			t.Errorf("%s content has %d script elements", p, scripts)
		}
		if want := `We show that <script>alert(1)</script> & "quotes" survive`; !strings.Contains(text, want) {
			t.Errorf("%s content text = %q, want it to contain %q", p, text, want)
		}
		for _, want := range []string{"E = mc²", `$$\sum_{i<n} x_i$$`, "func f() { return a < b }"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s content text = %q, want it to contain %q", p, text, want)
			}
		}
		var first string
		if it := feeds[p].Items[0]; p == "feed.xml" && it.DublinCoreExt != nil && len(it.DublinCoreExt.Creator) > 0 {
			first = it.DublinCoreExt.Creator[0] // one dc:creator each
		} else if len(it.Authors) > 0 && p == "atom.xml" {
			first = it.Authors[0].Name
		}
		if want := `Bobby "Tables" <script>alert(1)</script> & Co`; first != want && p != "feed.json" { // see checkJSONAuthors
			t.Errorf("%s first author = %q, want %q", p, first, want)
		}
	}
}

// htmlText returns the text a browser shows for the HTML fragment s and the
// number of script elements in it.
func htmlText(s string) (string, int) {
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return "", 0
	}
	var b strings.Builder
	scripts := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "script":
			scripts++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return b.String(), scripts
}

// TestDOI: an item names the DOI a citation of its paper gives in an RSS
// <dc:identifier>, where Zotero's feed reader reads it (a journal
// article's doi:, an arXiv preprint's arXiv DOI, none for a paper with
// neither), and links the paper's doi: in its HTML beside its PDF, as its
// page does, in every format.
func TestDOI(t *testing.T) {
	site := testSite()
	p1, p2, p4 := site.Papers[0], site.Papers[1], site.Papers[3]
	p2.DOI, p2.Journal = "10.1103/PhysRevB.85.115117", "Physical Review B"
	p4.DOI = "10.1000/a<b>#c"
	files := build(t, site)
	var doc struct {
		Items []struct {
			Link       string   `xml:"link"`
			Identifier []string `xml:"http://purl.org/dc/elements/1.1/ identifier"`
		} `xml:"channel>item"`
	}
	if err := xml.Unmarshal(files[RSSFile], &doc); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		p1.Slug:            {"doi:10.48550/arXiv.2403.00001"}, // a preprint: arXiv's DOI, as its citation_doi
		p2.Slug:            {"doi:10.1103/PhysRevB.85.115117"},
		p4.Slug:            {"doi:10.1000/a<b>#c"},
		"cond-mat-0603029": {"doi:10.48550/arXiv.cond-mat/0603029"},
	}
	for _, it := range doc.Items {
		slug := strings.TrimSuffix(strings.TrimPrefix(it.Link, testBase+"papers/"), "/")
		if !slices.Equal(it.Identifier, want[slug]) {
			t.Errorf("item %s dc:identifier = %q, want %q", slug, it.Identifier, want[slug])
		}
	}
	links := map[string]string{
		p2.Slug: `<a href="https://doi.org/10.1103/PhysRevB.85.115117">DOI</a>`,
		p4.Slug: `<a href="https://doi.org/10.1000/a%3Cb%3E%23c">DOI</a>`,
	}
	for path, feed := range parseAll(t, files) {
		if strings.Contains(path, "/") {
			continue
		}
		for _, it := range feed.Items {
			slug := strings.TrimSuffix(strings.TrimPrefix(it.Link, testBase+"papers/"), "/")
			content := cmp.Or(it.Content, it.Description)
			if want := links[slug]; want != "" && !strings.Contains(content, want) || want == "" && strings.Contains(content, "doi.org") {
				t.Errorf("%s item %s links DOI %q, want %q", path, slug, content, want)
			}
		}
	}
}

// TestPDFEnclosure: a paper's PDF is its item's attachment in every
// format (RSS <enclosure> with the length 0 of an unknown size, Atom
// <link rel="enclosure">, JSON Feed attachments), which readers offer and
// Zotero's feed reader attaches: arXiv's, or its pdf:, made absolute; none
// for a paper with neither, or with a pdf: that is no web address.
func TestPDFEnclosure(t *testing.T) {
	site := testSite()
	p1, p2, p3 := site.Papers[0], site.Papers[1], site.Papers[2]
	p2.PDF = "papers/plain.pdf"
	p3.PDF = "javascript:alert(1)"
	want := map[string]string{
		p1.Slug: "https://arxiv.org/pdf/2403.00001",
		p2.Slug: testBase + "papers/plain.pdf",
	}
	files := build(t, site)
	for path, feed := range parseAll(t, files) {
		if strings.Contains(path, "/") {
			continue
		}
		for _, it := range feed.Items {
			slug := strings.TrimSuffix(strings.TrimPrefix(it.Link, testBase+"papers/"), "/")
			var got []string
			for _, e := range it.Enclosures {
				if e.Type != "application/pdf" {
					t.Errorf("%s item %s: enclosure %s of type %q", path, slug, e.URL, e.Type)
				}
				got = append(got, e.URL)
			}
			if w := want[slug]; !slices.Equal(got, []string{w}) && (w != "" || len(got) > 0) {
				t.Errorf("%s item %s: enclosures %q, want %q", path, slug, got, w)
			}
		}
	}
	if !bytes.Contains(files[RSSFile], []byte(`<enclosure url="https://arxiv.org/pdf/2403.00001" length="0" type="application/pdf"></enclosure>`)) {
		t.Errorf("feed.xml has no enclosure of length 0 for 2403.00001")
	}
	xmllint(t, files)
}
