package render

import (
	"bytes"
	"cmp"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// extras returns the files that are not pages of a template: highlighting
// stylesheet, sitemap, robots.txt, opensearch.xml, manifest.webmanifest,
// .nojekyll, the redirect pages of aliases and section folders (days/ and
// weeks/ announcing the digests' feeds of digests), and CNAME.
// A --noindex build (Config.NoIndex) writes no CNAME: the preview is a
// copy served at another address, and a CNAME deployed with it, at the
// root of a Pages site of its own, would claim the published site's
// domain for it.
func extras(site *model.Site, js []job, l links, digests map[string][]Feed) []model.File {
	out := []model.File{{Path: "syntax.css", Data: syntaxCSS()}}
	out = append(out, sitemaps(js, l, maxSitemapURLs)...)
	out = append(out,
		model.File{Path: "robots.txt", Data: []byte("User-agent: *\nAllow: /\n\nSitemap: " + l.Abs("sitemap.xml") + "\n")},
		openSearch(site.Config, js, l),
		manifest(site.Config, l),
		model.File{Path: ".nojekyll", Data: []byte{}})
	out = append(out, aliasPages(site, l)...)
	out = append(out, sectionPages(site.Config, js, l, digests)...)
	if d := site.Config.Domain; d != "" && !site.Config.NoIndex {
		out = append(out, model.File{Path: "CNAME", Data: []byte(d + "\n")})
	}
	return out
}

// OpenSearchFile is the OpenSearch description of the site's search page,
// which every page's <head> names (rel="search") so that a browser can add
// the site to its search engines: Firefox's search bar, Chrome's site
// search, or a keyword in the address bar.
const OpenSearchFile = "opensearch.xml"

// openSearch is OpenSearchFile: an OpenSearch 1.1 description whose URL
// template is the search page with ?q=, the query the header's form sends
// and search.js reads. The ShortName, which the format holds to 16
// characters, is the site's title, cut short at a word with "…" when it is
// longer (the whole title is then the LongName, up to its 48); the
// description is the search page's (up to its 1,024).
func openSearch(cfg *model.Config, js []job, l links) model.File {
	type url struct {
		Type     string `xml:"type,attr"`
		Rel      string `xml:"rel,attr,omitempty"`
		Method   string `xml:"method,attr,omitempty"`
		Template string `xml:"template,attr"`
	}
	doc := struct {
		XMLName       xml.Name `xml:"http://a9.com/-/spec/opensearch/1.1/ OpenSearchDescription"`
		ShortName     string
		LongName      string `xml:",omitempty"`
		Description   string
		Language      string
		InputEncoding string
		URLs          []url `xml:"Url"`
	}{
		ShortName:     textutil.Fit(16, cfg.Title),
		InputEncoding: "UTF-8",
		Language:      cfg.Language,
		URLs: []url{
			{Type: "text/html", Method: "get", Template: l.Abs("search/") + "?q={searchTerms}"},
			{Type: "application/opensearchdescription+xml", Rel: "self", Template: l.Abs(OpenSearchFile)},
		},
	}
	if doc.ShortName != cfg.Title {
		doc.LongName = textutil.Fit(48, cfg.Title)
	}
	for _, j := range js {
		if j.kind == "search" {
			doc.Description = textutil.Fit(1024, j.page.Description)
		}
	}
	data, _ := xml.MarshalIndent(doc, "", "  ") // strings only: cannot fail
	return model.File{Path: OpenSearchFile, Data: append(append([]byte(xml.Header), data...), '\n')}
}

// ManifestFile is the site's web app manifest, which every page's <head>
// names (rel="manifest"): what a phone reads to add the site to its home
// screen, with its name and icons.
const ManifestFile = "manifest.webmanifest"

// The built-in theme's colours that the manifest gives: its header's
// (--surface), which a browser may tint its own bar with, and its page's
// (--bg), for the screen shown while the page opens. The pages' meta
// theme-color, which the theme writes, has the dark scheme's too.
const (
	manifestThemeColor      = "#f6f8fa"
	manifestBackgroundColor = "#ffffff"
)

// manifest is ManifestFile: the site's title as its name (and, cut at a
// word, as its short name: shortName), its base path as where it starts and what it spans, opened in
// the browser as any page (display "browser": a digest's links lead to
// arXiv and code hosts, which an app's window would hide the address
// of), and the home-screen icons of the site (Config.HomeIcons) but
// iOS's, which the pages link, each with the size and type its file has
// (Config.HomeIconImages).
func manifest(cfg *model.Config, l links) model.File {
	type icon struct {
		Src   string `json:"src"`
		Sizes string `json:"sizes"`
		Type  string `json:"type"`
	}
	doc := struct {
		Name            string `json:"name"`
		ShortName       string `json:"short_name"`
		Description     string `json:"description,omitempty"`
		Lang            string `json:"lang,omitempty"`
		StartURL        string `json:"start_url"`
		Scope           string `json:"scope"`
		Display         string `json:"display"`
		ThemeColor      string `json:"theme_color"`
		BackgroundColor string `json:"background_color"`
		Icons           []icon `json:"icons"`
	}{
		Name:            cfg.Title,
		ShortName:       shortName(cfg.Title),
		Description:     cfg.Description,
		Lang:            cfg.Language,
		StartURL:        l.Rel(""),
		Scope:           l.Rel(""),
		Display:         "browser",
		ThemeColor:      manifestThemeColor,
		BackgroundColor: manifestBackgroundColor,
		Icons:           []icon{},
	}
	for _, name := range cfg.HomeIcons {
		if img, ok := cfg.HomeIconImages[name]; ok {
			doc.Icons = append(doc.Icons, icon{Src: l.Rel(name), Sizes: fmt.Sprintf("%dx%d", img.Width, img.Height), Type: img.Type})
		}
	}
	data, _ := json.MarshalIndent(doc, "", "  ") // strings only: cannot fail
	return model.File{Path: ManifestFile, Data: append(data, '\n')}
}

// shortNameLen is how many characters of a web app's short name a home
// screen shows under its icon.
const shortNameLen = 12

// shortName is the web app manifest's short_name for the site's title,
// the label under its home-screen icon that a screen reader reads out, so
// cut only between words, with no "…": the title when it fits in
// shortNameLen characters, else the most of its first words that do ("The
// Paperboy Digest" is "The Paperboy", not "The Paperbo…"), else its first
// word when at most twice as long ("Computational", which a launcher ends
// with "…" itself, whole when read out), else the title cut
// (textutil.Fit): a title of one word, as one in Chinese or Japanese
// written without spaces is, has none to stop at.
func shortName(title string) string {
	if utf8.RuneCountInString(title) <= shortNameLen {
		return title
	}
	words := strings.Fields(title)
	if len(words) == 0 {
		return textutil.Fit(shortNameLen, title)
	}
	short := ""
	for _, w := range words {
		next := strings.TrimLeft(short+" "+w, " ")
		if utf8.RuneCountInString(strings.TrimRight(next, ",;:.")) > shortNameLen {
			break
		}
		short = next
	}
	if short = strings.TrimRight(short, " ,;:.-–—"); short != "" {
		return short
	}
	if first := strings.TrimRight(words[0], ",;:."); len(words) > 1 && utf8.RuneCountInString(first) <= 2*shortNameLen {
		return first
	}
	return textutil.Fit(shortNameLen, title)
}

// syntaxCSS is chroma's stylesheet for highlighted code: a light style, and
// a dark one for readers who prefer a dark scheme (codeStyles).
func syntaxCSS() []byte {
	var b bytes.Buffer
	f := chromahtml.New(chromahtml.WithClasses(true))
	light, dark := codeStyles()
	b.WriteString("/* Generated from chroma styles: modus-operandi (light) and modus-vivendi (dark), made for WCAG AAA contrast. */\n")
	_ = f.WriteCSS(&b, light)
	b.WriteString("@media screen and (prefers-color-scheme: dark) {\n") // print stays light
	_ = f.WriteCSS(&b, dark)
	b.WriteString("}\n")
	return b.Bytes()
}

// maxSitemapURLs is the most URLs the sitemap protocol lets one file list
// (with at most 50 MB, which 50,000 of our URLs stay far below).
const maxSitemapURLs = 50000

// sitemaps lists every page except 404.html and those search engines are
// asked not to index (Page.NoIndex: the search page, a one-paper author's;
// every page of a build with Config.NoIndex, whose paper jobs have no Page),
// each with the date it last changed when it has one (lastmod): in
// sitemap.xml when there are at most limit of them, else in sitemap-1.xml,
// sitemap-2.xml … of limit each, which sitemap.xml then lists as a sitemap
// index with each file's newest date, so that robots.txt and a search
// console keep naming one address as the archive grows.
func sitemaps(js []job, l links, limit int) []model.File {
	var pages []job
	for _, j := range js {
		if j.kind != "404" && !l.cfg.NoIndex && (j.page == nil || !j.page.NoIndex) {
			pages = append(pages, j)
		}
	}
	if len(pages) <= limit {
		return []model.File{{Path: "sitemap.xml", Data: urlset(pages, l)}}
	}
	var index bytes.Buffer
	index.WriteString(xml.Header)
	index.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	out := []model.File{{Path: "sitemap.xml"}}
	for n := 0; n*limit < len(pages); n++ {
		part := pages[n*limit : min((n+1)*limit, len(pages))]
		name := fmt.Sprintf("sitemap-%d.xml", n+1)
		out = append(out, model.File{Path: name, Data: urlset(part, l)})
		index.WriteString("<sitemap><loc>")
		xml.EscapeText(&index, []byte(l.Abs(name)))
		index.WriteString("</loc>")
		latest := "" // W3C dates order as strings
		for _, j := range part {
			latest = max(latest, lastmod(j))
		}
		if latest != "" {
			index.WriteString("<lastmod>" + latest + "</lastmod>")
		}
		index.WriteString("</sitemap>\n")
	}
	index.WriteString("</sitemapindex>\n")
	out[0].Data = index.Bytes()
	return out
}

// urlset is a sitemap of the pages js.
func urlset(js []job, l links) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, j := range js {
		b.WriteString("<url><loc>")
		xml.EscapeText(&b, []byte(l.Abs(j.path())))
		b.WriteString("</loc>")
		if lm := lastmod(j); lm != "" {
			b.WriteString("<lastmod>" + lm + "</lastmod>")
		}
		b.WriteString("</url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// lastmod is the W3C date a page last changed, when the page has one: a
// paper's latest version or the last digest day that lists it; a day's
// date; for a page that lists papers, the newest digest day among them (a
// week's, a month's; the home page's newest day), as a new paper is what
// changes it; on every page of a paginated list (a topic's, an author's)
// the whole list's newest, as a new paper moves every paper down a place.
func lastmod(j job) string {
	const w3c = "2006-01-02"
	if j.paper != nil {
		last := j.paper.Date
		if n := len(j.paper.Days); n > 0 {
			// The last day that lists it, as its page says: a later
			// day's listed:, or an earlier one when removed: took it
			// off its own date:.
			last = j.paper.Days[n-1].Date
		}
		if updated := model.CalendarDay(j.paper.Updated); !j.paper.Updated.IsZero() && updated.After(last) {
			return updated.Format(w3c) // the day its page shows
		}
		return last.Format(w3c)
	}
	pg := j.page
	switch {
	case pg.Day != nil:
		return pg.Day.Slug
	case pg.Week != nil && len(pg.Week.Days) > 0:
		return pg.Week.Days[0].Slug
	case pg.Month != nil && len(pg.Month.Days) > 0:
		return pg.Month.Days[0].Slug
	case !pg.listNewest.IsZero(): // a page of a topic's or an author's papers
		return pg.listNewest.Format(w3c)
	case pg.Kind == "home" && len(pg.Site.Days) > 0:
		return pg.Site.Days[0].Slug
	}
	return ""
}

// aliasPages are the pages at a topic's former slugs, a paper's former
// ids and addresses, a page's former addresses and a day's former dates
// and addresses (their aliases:), which send a reader on to the topic,
// paper, page or day:
// GitHub Pages has no redirects, so each is a page with a refresh to it, a
// link for a reader whose browser does not follow it, and it as the
// canonical address, kept out of search engines' indexes and the sitemap.
func aliasPages(site *model.Site, l links) []model.File {
	var out []model.File
	for _, m := range formerAddresses(site) {
		out = append(out, redirectPage(site.Config, l, m.from, m.to, m.name, m.feeds...))
	}
	return out
}

// moved is a former address of a topic, an author, a paper, a page or a day:
// the folder from (or the page, a name ending in .html) that sends a
// reader on to the folder to, whose title is name and which announces
// feeds.
type moved struct {
	from, to, name string
	feeds          []Feed
}

// formerAddresses are the former addresses of the site's topics, authors,
// papers, pages and days (their aliases:), a topic's and an author's with each
// further page of its list (from/page/2/ to to/page/2/).
func formerAddresses(site *model.Site) []moved {
	var out []moved
	cfg := site.Config
	for _, t := range cfg.Topics {
		pages := topicPages(site, t.Slug)
		feeds := listFeedsOf(cfg, pages > 0, t.Name, model.TopicPath(t.Slug))
		for _, a := range t.Aliases {
			out = append(out, formerList(model.TopicPath(a), model.TopicPath(t.Slug), t.Name, pages, feeds)...)
		}
		for _, a := range t.Redirects {
			out = append(out, moved{a + "/", model.TopicPath(t.Slug), t.Name, feeds})
		}
	}
	for _, a := range site.Authors {
		pages := listPages(len(a.Papers), cfg.AuthorPageSize)
		feeds := listFeedsOf(cfg, cfg.AuthorFeeds, a.Name, a.Path())
		for _, former := range a.Aliases {
			out = append(out, formerList(model.AuthorPath(former), a.Path(), a.Name, pages, feeds)...)
		}
	}
	for _, p := range site.Papers {
		for _, a := range p.Aliases {
			out = append(out, moved{"papers/" + a + "/", p.Path(), tex.UnicodeText(p.Title), nil})
		}
		for _, a := range p.Redirects {
			out = append(out, moved{formerPage(a), p.Path(), tex.UnicodeText(p.Title), nil})
		}
	}
	for _, p := range site.Pages {
		for _, a := range p.Aliases {
			out = append(out, moved{formerPage(a), p.Path(), p.Title, nil})
		}
	}
	for _, d := range site.Days {
		name := d.Slug
		if d.Title != "" {
			name = d.Title + " — " + d.Slug
		}
		for _, a := range d.Aliases {
			out = append(out, moved{"days/" + a + "/", d.Path(), name, nil})
		}
		for _, a := range d.Redirects {
			out = append(out, moved{formerPage(a), d.Path(), name, nil})
		}
	}
	return out
}

// listFeedsOf is the feeds of the list (a topic's, an author's) named
// name in the folder path, as its pages announce them (pages.listFeeds),
// when it has them (own), for the pages at its former addresses: a feed
// reader given an old address, bookmarked or shared, looks for alternate
// links and follows no refresh, so it found no feed there. They are the
// feeds at the list's address, which the page's canonical link names;
// the copies at the former one serve the readers subscribed there before.
func listFeedsOf(cfg *model.Config, own bool, name, path string) []Feed {
	if !own {
		return nil
	}
	return feedSet(cfg.Title+" — "+name, path)
}

// formerList is the former address from of the list (a topic's, an
// author's) at to, named name, of pages pages, announcing feeds: its first
// page, and each further page (from/page/2/ to to/page/2/).
func formerList(from, to, name string, pages int, feeds []Feed) []moved {
	out := []moved{{from, to, name, feeds}}
	for n := 2; n <= pages; n++ {
		page := "page/" + strconv.Itoa(n) + "/"
		out = append(out, moved{from + page, to + page, name, feeds})
	}
	return out
}

// topicPages is the number of pages of the list of the topic slug
// (listPages): 0 when the site has no such topic (none of its papers is
// on it).
func topicPages(site *model.Site, slug string) int {
	i, ok := slices.BinarySearchFunc(site.Topics, slug, func(t *model.Topic, s string) int { return strings.Compare(t.Slug, s) })
	if !ok {
		return 0
	}
	return listPages(len(site.Topics[i].Papers), site.Config.PageSize)
}

// listPages is the number of pages paginate splits a list of n papers
// into, size a page (at least 1): 0 for none.
func listPages(n, size int) int {
	size = max(size, 1)
	return (n + size - 1) / size
}

// formerPage is where redirectPage writes the page at the former address
// a of a paper or a page (an alias, without its slashes): in the folder
// a/, or, for a page's name as Jekyll's addresses are (2024/05/27/gpt3.html,
// about.html), that name.
func formerPage(a string) string {
	if model.IsPageFile(a) {
		return a
	}
	return a + "/"
}

// sectionPages are the pages at days/, weeks/, months/ and papers/, the
// folders above each day's, week's, month's and paper's page, which send
// a reader who shortens an address, or follows an old link to a Hugo
// site's section list, on to the archive, which lists them all. days/
// and weeks/ are the folders of the daily and weekly digests' feeds
// (digests, by folder), which they announce: a feed reader given the
// folder's address follows no refresh, and finds the feeds a page names
// in its <head>. The others announce the archive's.
func sectionPages(cfg *model.Config, js []job, l links, digests map[string][]Feed) []model.File {
	i := slices.IndexFunc(js, func(j job) bool { return j.kind == "archive" })
	if i < 0 {
		return nil
	}
	archive := js[i].page
	var out []model.File
	for _, dir := range []string{"days/", "weeks/", "months/", "papers/"} {
		feeds, ok := digests[dir]
		if !ok {
			feeds = archive.Feeds
		}
		out = append(out, redirectPage(cfg, l, dir, js[i].path(), archive.Title, feeds...))
	}
	return out
}

// redirectPage is the page in the folder from (or the page from, a name
// ending in .html) that sends a reader on to the page in the folder to,
// whose title is name, and announces feeds, as that page does. Its Open
// Graph tags name the page it sends to, for a link preview that does not
// follow the refresh (an old link still shared).
func redirectPage(cfg *model.Config, l links, from, to, name string, feeds ...Feed) model.File {
	href, abs, name := html.EscapeString(l.Rel(to)), html.EscapeString(l.Abs(to)), html.EscapeString(name)
	var alternates strings.Builder
	for _, f := range feeds {
		alternates.WriteString("<link rel=\"alternate\" type=\"" + f.Type + "\" title=\"" + html.EscapeString(f.Title) +
			"\" href=\"" + html.EscapeString(l.Abs(f.Path)) + "\">\n")
	}
	page := "<!DOCTYPE html>\n<html lang=\"" + html.EscapeString(cfg.Language) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + name + "</title>\n" +
		"<link rel=\"canonical\" href=\"" + abs + "\">\n" + alternates.String() + "<meta name=\"robots\" content=\"noindex\">\n" +
		"<meta property=\"og:title\" content=\"" + name + "\">\n<meta property=\"og:url\" content=\"" + abs + "\">\n" +
		"<meta property=\"og:site_name\" content=\"" + html.EscapeString(cfg.Title) + "\">\n" +
		"<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n</head>\n<body>\n<main><p><a href=\"" + href + "\">" + name + "</a></p></main>\n</body>\n</html>\n"
	if !model.IsPageFile(from) {
		from += "index.html"
	}
	return model.File{Path: from, Data: []byte(page)}
}

// RedirectsFile is the file of redirect rules Netlify and Cloudflare Pages
// read at the root of a deploy, and do not serve.
const RedirectsFile = "_redirects"

// withRedirects returns the theme's static files (assets) with the rules
// that send the site's former addresses on with a 301 (redirectRules):
// after the lines of the theme's own _redirects, which so win for an
// address both name, or in a _redirects of their own. A site without
// former addresses gets none, and a theme's file as it is.
func withRedirects(assets []model.File, site *model.Site) []model.File {
	rules := redirectRules(site)
	if len(rules) == 0 {
		return assets
	}
	i := slices.IndexFunc(assets, func(f model.File) bool { return f.Path == RedirectsFile })
	if i < 0 {
		return append(assets, model.File{Path: RedirectsFile, Data: []byte(strings.Join(rules, "\n") + "\n")})
	}
	theme := assets[i].Data
	eol := "\n"
	if j := bytes.IndexByte(theme, '\n'); j > 0 && theme[j-1] == '\r' {
		eol = "\r\n"
	}
	data := slices.Clone(theme)
	if len(data) > 0 && !bytes.HasSuffix(data, []byte("\n")) {
		data = append(data, eol...)
	}
	data = append(data, strings.Join(rules, eol)+eol...)
	out := slices.Clone(assets)
	out[i].Data = data
	return out
}

// redirectRules are the lines of _redirects for the site's former
// addresses, sorted by address, each twice, from the base path:
//
//	/digest/posts/autocoder/ /digest/papers/2405.14906/ 301!
//	/digest/posts/autocoder/ /digest/papers/2405.14906/ 301
//
// Netlify applies a rule only where no file is, unless forced with "!",
// and a former address has its page with a refresh, which GitHub Pages
// needs; Cloudflare Pages applies every rule, and ignores one whose status
// is not a number (it says so in the deploy's log). Each host so applies
// one of the two lines, whichever comes first in its reading.
func redirectRules(site *model.Site) []string {
	former := formerAddresses(site)
	if len(former) == 0 {
		return nil
	}
	var pairs [][2]string
	for _, m := range former {
		pairs = append(pairs, [2]string{site.Config.Rel(m.from), site.Config.Rel(m.to)})
	}
	slices.SortFunc(pairs, func(a, b [2]string) int { return cmp.Or(strings.Compare(a[0], b[0]), strings.Compare(a[1], b[1])) })
	rules := []string{
		"# Former addresses (aliases: in the sources), sent on with a 301. Each rule",
		"# is twice: Netlify applies 301!, since a page with a refresh is at each",
		"# address too, for GitHub Pages; Cloudflare Pages ignores 301! and applies 301.",
	}
	for _, p := range pairs {
		rules = append(rules, p[0]+" "+p[1]+" 301!", p[0]+" "+p[1]+" 301")
	}
	return rules
}
