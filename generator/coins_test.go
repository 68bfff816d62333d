package generator

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// coinsSpan is a COinS span of a page: its title, the ContextObject, and
// what else a reader or browser would meet in it.
type coinsSpan struct {
	Title  string
	Hidden bool
	Empty  bool
}

// coinsSpans returns the page's spans of class Z3988 with a title, the
// ones Zotero's COinS translator reads.
func coinsSpans(t *testing.T, page string) []coinsSpan {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []coinsSpan
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "span" {
			s := coinsSpan{Empty: n.FirstChild == nil}
			class, hasTitle := "", false
			for _, a := range n.Attr {
				switch a.Key {
				case "class":
					class = a.Val
				case "title":
					s.Title, hasTitle = a.Val, true
				case "hidden":
					s.Hidden = true
				}
			}
			if slices.Contains(strings.Fields(class), "Z3988") && hasTitle {
				out = append(out, s)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// zoteroCOinSItem is the item Zotero saves from a COinS span's title, as
// zotero/utilities' OpenURL parseContextObject makes it: the type from
// rft_val_fmt (journal; book with rft.genre=proceeding; dc, a web page)
// and then rft.type when it names an item type; each value decoded with
// + and %2B as spaces; rft_id an info:doi/ DOI or an http(s) URL;
// rft.title the title of a type that is no article, rft.atitle of one
// that is; rft.au through cleanAuthor, split at a comma when it has one.
func zoteroCOinSItem(t *testing.T, co string) zoteroItem {
	t.Helper()
	parts := strings.Split(co, "&")
	var it zoteroItem
	for _, p := range parts {
		if f, ok := strings.CutPrefix(p, "rft_val_fmt="); ok {
			f, _ = url.PathUnescape(f)
			switch {
			case f == "info:ofi/fmt:kev:mtx:journal":
				it.Type = "journalArticle"
			case f == "info:ofi/fmt:kev:mtx:book" && slices.Contains(parts, "rft.genre=proceeding"):
				it.Type = "conferencePaper"
			case f == "info:ofi/fmt:kev:mtx:dc":
				it.Type = "webpage"
			}
			break
		}
	}
	if it.Type == "" {
		t.Fatalf("COinS %q has no type Zotero knows", co)
	}
	for _, p := range parts {
		key, raw, _ := strings.Cut(p, "=")
		raw = strings.NewReplacer("+", " ", "%2B", " ", "%2b", " ").Replace(raw)
		value, err := url.PathUnescape(raw) // decodeURIComponent, which throws on a bad escape
		if err != nil {
			t.Fatalf("COinS %q: %s does not decode: %v", co, key, err)
		}
		if value == "" {
			continue
		}
		article := it.Type == "journalArticle" || it.Type == "conferencePaper"
		switch {
		case key == "rft_id" && strings.HasPrefix(strings.ToLower(value), "info:doi"):
			it.DOI = value[9:]
		case key == "rft_id" && (strings.HasPrefix(value, "http://") || strings.HasPrefix(value, "https://")):
			it.URL = value
		case key == "rft.atitle" && article, key == "rft.title" && !article:
			it.Title = value
		case key == "rft.date":
			it.Date = value
		case key == "rft.au":
			it.Creators = append(it.Creators, cleanAuthor(value, strings.Contains(value, ",")))
		case key == "rft.pub" || key == "rft.publisher":
			it.Publisher = value
		case key == "rft.type" && zoteroTypes[value]:
			it.Type = value
		}
	}
	return it
}

// TestCOinS: a day page has a COinS span for each of its papers, in its
// order, empty and hidden, from which Zotero saves the item it saves
// from the paper's own page: type, title, authors, date, repository,
// DOI and URL; so it offers to save the day's papers, all or some.
func TestCOinS(t *testing.T) {
	out := mustBuild(t, zoteroSite)
	for day, ids := range map[string][]string{
		"2024-05-31": {"2106.09685", "2106.09686", "2106.09687"},
		"2024-07-01": {"2406.01234", "2407.00001", "hep-th/9901001", "my-report", "smith-2024-retina"},
	} {
		checkCOinS(t, out, day, ids)
	}
}

// checkCOinS checks the COinS spans of a day page against its papers, ids
// in the order the page lists them.
func checkCOinS(t *testing.T, out built, day string, ids []string) {
	t.Helper()
	spans := coinsSpans(t, out.file(t, "days/"+day+"/index.html"))
	if len(spans) != len(ids) {
		t.Fatalf("the page of %s has %d COinS spans, want %d, one a paper", day, len(spans), len(ids))
	}
	for i, s := range spans {
		if !s.Hidden || !s.Empty {
			t.Errorf("COinS span %d: hidden %v, empty %v; want both, so that no one sees or hears it", i, s.Hidden, s.Empty)
		}
		q, err := url.ParseQuery(s.Title)
		if err != nil {
			t.Fatalf("COinS span %d's title is no query string: %v\n%s", i, err, s.Title)
		}
		if q.Get("ctx_ver") != "Z39.88-2004" || q.Get("rft_val_fmt") == "" {
			t.Errorf("COinS span %d has ctx_ver %q and rft_val_fmt %q; want Z39.88-2004 and a format", i, q.Get("ctx_ver"), q.Get("rft_val_fmt"))
		}
		html := out.file(t, "papers/"+strings.ReplaceAll(ids[i], "/", "-")+"/index.html")
		page := metas(t, html)
		want := zoteroItemOf(page)
		want.PDF = "" // on the paper's page only
		// The paper's own address, as its RIS (and BibTeX) give it: for
		// one not on arXiv, its DOI's link, where its page's tags have
		// none and Zotero saves the digest's page.
		ris := dataDownload(t, html, "application/x-research-info-systems", ".ris")
		_, ur, _ := strings.Cut(ris, "UR  - ")
		want.URL, _, _ = strings.Cut(ur, "\r\n")
		// Its math as text, as RIS has it, and a + as a space: Zotero
		// decodes a + and a %2B alike, and a ContextObject has no other
		// way to write one.
		want.Title = strings.ReplaceAll(tex.UnicodeText(page["citation_title"][0]), "+", " ")
		got := zoteroCOinSItem(t, s.Title)
		got.Date = strings.ReplaceAll(got.Date, "-", "/") // ISO 8601 in a ContextObject; the same date to Zotero
		if !zoteroEqual(got, want) || got.Title != want.Title {
			t.Errorf("Zotero's item from COinS span %d (%s) =\n%+v\nwant, as from its page,\n%+v", i, ids[i], got, want)
		}
	}
}
