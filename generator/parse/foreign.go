package parse

import (
	"cmp"
	"maps"
	"net/url"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// dayFieldHint is the hint for a day's field in a paper file: a day file
// saved among the papers.
const dayFieldHint = "papers:, listed: and removed: are a day's, read in its day file, content/days/YYYY-MM-DD.md, and a file of content/papers/ is one paper; if this file is a day's, move it to content/days/, else remove the line"

// rankHint is the hint for another tool's place of a paper on its day
// (Hugo's weight:, Hugging Face Daily Papers' numbered rank): its day
// file orders a day, and extra: would keep the number to no effect.
const rankHint = "order a day's papers with its day file's `papers:` list (content/days/YYYY-MM-DD.md: `papers: [\"2401.00002\", \"2401.00001\"]` ranks those first, in that order, and the day's other papers after them by upvotes); remove the line"

// dayRankHint is rankHint in a day file.
const dayRankHint = "order the day's papers with its `papers:` list (`papers: [\"2401.00002\", \"2401.00001\"]` ranks those first, in that order, and its other papers after them by upvotes); remove the line"

// citeKeyHint is the hint for another tool's name of citekey:.
const citeKeyHint = "the BibTeX key to keep for the paper is `citekey:` (`citekey: smith2024notes`)"

// foreignKeys are the front-matter and config keys of Hugo, Jekyll and
// Zola that a site moving here brings along, by what decodeMapping calls
// the file ("paper", "day", "page", "site.yaml"; a topic:, limits: or
// newsletter: mapping has none), each with what takes its place.
// Keys are in lower case: Hugo's are not case-sensitive. They are looked
// at before the nearest-name suggestion, which would send tags: under
// extra:, where it is silently lost. A paper's also holds a day's own
// fields, which a day file saved among the papers brings.
var foreignKeys = map[string]map[string]string{
	"paper": {
		"tags":        "write your own grouping as `topics:` (a paper's topics get pages and feeds of their own; a tag's former page and feed, /tags/nlp/, are kept by the topic's `aliases: [/tags/nlp/]` in site.yaml)",
		"taxonomies":  "write your own grouping as `topics:` (a paper's topics get pages and feeds of their own)",
		"lastmod":     "write the date of its latest version as `updated:`",
		"summary":     "write a one-line summary as `tldr:`; the abstract is the body",
		"description": "write a one-line summary as `tldr:`; the abstract is the body",
		"excerpt":     "write a one-line summary as `tldr:`; the abstract is the body",
		"params":      "a paper's own data goes under `extra:` (`.Paper.Extra` in templates)",
		"slug":        "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep a former address under `aliases:` (`aliases: [my-old-slug]` keeps /papers/my-old-slug/)",
		"url":         "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep a former address under `aliases:` (`aliases: [my-old-slug]` keeps /papers/my-old-slug/)",
		"permalink":   "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep a former address under `aliases:` (`aliases: [my-old-slug]` keeps /papers/my-old-slug/)",
		"path":        "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep a former address under `aliases:` (`aliases: [my-old-slug]` keeps /papers/my-old-slug/)",
		// Another tool's rank of the paper on its day.
		"weight":   rankHint,
		"rank":     rankHint,
		"position": rankHint,
		"order":    rankHint,
		// A day file saved in content/papers/.
		"papers":  dayFieldHint,
		"listed":  dayFieldHint,
		"removed": dayFieldHint,
		// jekyll-redirect-from's former addresses are aliases: here.
		"redirect_from": redirectHint,
		// Hugo's images: only names the pictures for sharing; image: is
		// shown too, so a figure the notes already show would be twice.
		"images":      "`image:` is one picture (a file beside the paper, or an http(s) URL), shown on the paper's page after the abstract and used as og:image (when the page is shared) and at the top of its feed items; a figure the notes already show would then show twice, so name one the notes do not show, or none",
		"publishdate": "no scheduling: a paper is published when a day lists it (its `date:`, or a day file's `papers:`); keep it out with `draft: true`",
		"expirydate":  "no scheduling: a paper is published when a day lists it (its `date:`, or a day file's `papers:`); keep it out with `draft: true`",
		"layout":      "every paper page uses the theme's templates/paper.html; remove the line",
		"type":        "every paper page uses the theme's templates/paper.html; remove the line",
		"template":    "every paper page uses the theme's templates/paper.html; remove the line",
		// Hugo Blox (Wowchemy) publications write publication: and
		// publication_short:, academicpages (Jekyll) venue:, BibTeX booktitle:.
		"publication":       venueHint,
		"publication_short": venueHint,
		"venue":             venueHint,
		"booktitle":         "write the proceedings' or conference's name as `conference:` (and its pages as `pages:`)",
		"number":            "write a journal's issue as `issue:`",
		// Other tools' names of the key a paper is cited by: Better
		// BibTeX's and CSL's citation key, Pandoc's and Obsidian's citekey.
		"bibkey":       citeKeyHint,
		"bibtex_key":   citeKeyHint,
		"bibtexkey":    citeKeyHint,
		"citation_key": citeKeyHint,
		"citation-key": citeKeyHint,
		"citationkey":  citeKeyHint,
		"cite_key":     citeKeyHint,
		// A Hugo theme's switch for KaTeX or MathJax on the page.
		"math":    mathHint,
		"katex":   mathHint,
		"mathjax": mathHint,
		// Jekyll's one category and Hugo's series; the keys of Hugo's
		// and Jekyll's themes for a post's picture and contents are
		// themeKeys.
		"category": "Jekyll's category: is your own grouping, which is `topics:` here (a paper's topics get pages and feeds of their own); `categories:` are arXiv's (cs.CL)",
		"series":   seriesHint,
	},
	"day": {
		// A day is made from its papers: it has no draft switch, topics
		// or description of its own.
		"draft":          dayDraftHint,
		"published":      dayDraftHint, // Jekyll's switch
		"tags":           dayTopicsHint,
		"categories":     dayTopicsHint,
		"category":       dayTopicsHint,
		"description":    dayDescriptionHint,
		"summary":        dayDescriptionHint,
		"cover":          dayPictureHint,
		"featured_image": dayPictureHint,
		"image":          dayPictureHint,
		"toc":            tocHint,
		"params":         "a day's own data goes under `extra:` (`.Day.Extra` in templates)",
		"weight":         dayRankHint,
		"rank":           dayRankHint,
		"position":       dayRankHint,
		"order":          dayRankHint,
		"slug":           "a day's URL is its date: /days/<date>/; keep a former address under `aliases:` (`aliases: [/posts/digest-2024-01-02/]`, or a former date, `aliases: [\"2024-01-02\"]`)",
		"url":            "a day's URL is its date: /days/<date>/; keep a former address under `aliases:` (`aliases: [/posts/digest-2024-01-02/]`, or a former date, `aliases: [\"2024-01-02\"]`)",
		"redirect_from":  redirectHint,
		"publishdate":    "no scheduling: a day is published as soon as it is built; keep a paper out with `draft: true`",
		"expirydate":     "no scheduling: a day is published as soon as it is built; keep a paper out with `draft: true`",
		"math":           mathHint,
		"katex":          mathHint,
		"mathjax":        mathHint,
	},
	"page": {
		"params":        "a page's own data goes under `extra:` (`.Page.Extra` in templates)",
		"slug":          "a page's address is its file's path below content/pages/ (about.md is /about/): rename the file, and keep the old address under `aliases:`",
		"url":           "a page's address is its file's path below content/pages/ (about.md is /about/): rename the file, and keep the old address under `aliases:`",
		"permalink":     "a page's address is its file's path below content/pages/ (about.md is /about/): rename the file, and keep the old address under `aliases:`",
		"summary":       "write its meta description as `description:`",
		"date":          "a page has no date; remove the line",
		"lastmod":       "a page has no date; remove the line",
		"publishdate":   "a page has no date; remove the line (keep an unfinished page out with `draft: true`)",
		"expirydate":    "a page has no date; remove the line (keep an unfinished page out with `draft: true`)",
		"layout":        "every page of your own uses the theme's templates/page.html; remove the line",
		"type":          "every page of your own uses the theme's templates/page.html; remove the line",
		"template":      "every page of your own uses the theme's templates/page.html; remove the line",
		"path":          "a page's address is its file's path below content/pages/ (about.md is /about/): rename the file, and keep the old address under `aliases:`",
		"tags":          "a page of your own has no topics; topics group papers",
		"linktitle":     "write `linkTitle:` (this one letter case)",
		"published":     "Jekyll's `published: false` is `draft: true` here (the page is built only with `--drafts`); a page is published without it, so remove `published: true`",
		"redirect_from": redirectHint,
		"math":          mathHint,
		"katex":         mathHint,
		"mathjax":       mathHint,
	},
	"site.yaml": { // and siteRenames
		"params":          "a site's own data goes under `extra:` (`.Config.Extra` in templates)",
		"copyright":       "there is no copyright setting; write it in your theme's footer, themes/<theme>/templates/partials/site-footer.html (or keep the text under `extra:`)",
		"menu":            "a page of your own is linked from the header with `menu: main` in its front matter (content/pages/<page>.md); the header's other links are your theme's templates/partials/site-header.html",
		"menus":           "a page of your own is linked from the header with `menu: main` in its front matter (content/pages/<page>.md); the header's other links are your theme's templates/partials/site-header.html",
		"languages":       "a site is in one language, `language:` (e.g. en, fr-CA), whose words a theme's i18n/<language>.yaml can change",
		"taxonomies":      "the one taxonomy is topics: site.yaml's `topics:` names them, a paper's `topics:` tags it; authors get pages of their own",
		"enablerobotstxt": "robots.txt is always written; to write your own, put it in themes/<theme>/static/robots.txt",
		"summarylength":   "there is no summary length: .Paper.Summary is the first paragraph; shorten it in a template with {{truncate 200 .Paper.Summary}}",
		"builddrafts":     "drafts are built with `paperboy build -D`; remove the line",
		"buildfuture":     "future dates are always built (check warns about them); remove the line",
		"publishdir":      "the output folder is public/, or `paperboy build -d DIR`; remove the line",
		"googleanalytics": "put the script in your theme's themes/<theme>/templates/partials/head-extra.html",
		// Jekyll's _config.yml.
		"permalink": "a paper's address is /papers/<arxiv or id>/ and a page's its file's name; `aliases:` in a paper's front matter keeps a post's old address",
		// Hugo's, by section.
		"permalinks":    "a paper's address is /papers/<arxiv or id>/ and a page's its file's name; while the Hugo configuration is at the site's root, check names for each post the `aliases:` that keeps the address its section's pattern gave it",
		"plugins":       "Paperboy has no plugins; feeds, the sitemap, SEO tags, redirects (`aliases:`), pagination, math and BibTeX are built in",
		"gems":          "Paperboy has no plugins; feeds, the sitemap, SEO tags, redirects (`aliases:`), pagination, math and BibTeX are built in",
		"kramdown":      "Markdown is CommonMark with GitHub's tables, footnotes and strikethrough, and $…$ and $$…$$ math rendered without JavaScript (kramdown's inline $$…$$ is $…$ here)",
		"exclude":       "a build reads content/ and themes/ alone, so nothing else is published",
		"include":       "a build reads content/ and themes/ alone; a file to publish goes in themes/<theme>/static/",
		"collections":   "papers are content/papers/, days content/days/ and pages of your own content/pages/; there are no other collections",
		"defaults":      "there are no front matter defaults: each paper gives its own fields",
		"timezone":      "remove the line: the site has no time zone, as a paper's `date:` needs none (a day, 2024-05-27, or a time with its own offset, 2024-05-27T10:30:00-04:00)",
		"sass":          "there is no Sass; write CSS in your theme's themes/<theme>/static/custom.css, which every page links",
		"remote_theme":  "a Jekyll theme's layouts are not Paperboy's templates; `theme:` names a folder of those in themes/ (see Themes in the README)",
		"paginate_path": "a topic's later pages are /topics/<topic>/page/2/ and on",
		"show_drafts":   "drafts are built with `paperboy build -D`; remove the line",
		"future":        "future dates are always built (check warns about them); remove the line",
		"markdown":      "Markdown's settings are the build's: code is highlighted (the theme's syntax.css), $…$ math is rendered without JavaScript, and raw HTML is kept with `unsafeHTML: true`",
		// Zola's config.toml.
		"compile_sass":       "there is no Sass; write CSS in your theme's themes/<theme>/static/custom.css, which every page links",
		"build_search_index": "the search index is always built, for the /search/ page; remove the line",
		"generate_feeds":     "the feeds are always written: /feed.xml (RSS), /atom.xml and /feed.json, and each topic's; remove the line",
		"generate_feed":      "the feeds are always written: /feed.xml (RSS), /atom.xml and /feed.json, and each topic's; remove the line",
		"feed_filenames":     "the feeds are /feed.xml (RSS), /atom.xml and /feed.json; `feedAliases:` keeps a copy of the RSS feed at a former address",
		"feed_filename":      "the feeds are /feed.xml (RSS), /atom.xml and /feed.json; `feedAliases:` keeps a copy of the RSS feed at a former address",
		"uglyurls":           "an address here ends in / (its folder's index.html); while the Hugo configuration is at the site's root, check names for each post the `aliases:` that keeps the .html address it had",
		// Hugo's, where [outputFormats.RSS] baseName names its feed.
		"outputformats": "the feeds are /feed.xml (RSS), /atom.xml and /feed.json; `feedAliases:` keeps a copy of the RSS feed at a former address",
	},
}

// themeKeys are the keys of Hugo's and Jekyll's themes for a post's
// picture and its table of contents, which a paper and a page of one's
// own are told alike (themeKeyHint writes the line with the value).
var themeKeys = map[string]string{
	"cover":          pictureHint,
	"featured_image": pictureHint,
	"featuredimage":  pictureHint,
	"feature_image":  pictureHint,
	"thumbnail":      pictureHint,
	"toc":            tocHint,
	"showtoc":        tocHint,
}

func init() {
	for _, kind := range []string{"paper", "page"} {
		maps.Copy(foreignKeys[kind], themeKeys)
	}
}

// siteRenames are the keys of Hugo's, Jekyll's and Zola's configuration
// that are a site.yaml field under another name: the field, and what it
// holds. The message for one in site.yaml and the list check makes of a
// Hugo configuration's settings both come from here.
var siteRenames = map[string][2]string{
	"paginate":               {"pageSize", ", the papers on each page of a topic"},
	"pagination":             {"pageSize", ", the papers on each page of a topic"}, // Hugo's pagination.pagerSize
	"paginate_by":            {"pageSize", ", the papers on each page of a topic"},
	"languagecode":           {"language", " (e.g. en, fr-CA)"},
	"defaultcontentlanguage": {"language", " (e.g. en, fr-CA)"},
	"default_language":       {"language", " (e.g. en, fr-CA)"},
	"lang":                   {"language", " (e.g. en, fr-CA)"}, // Jekyll's, as jekyll-seo-tag reads it
	"base_url":               {"baseURL", ""},
	"rsslimit":               {"feedSize", ", the items in each feed"}, // and Hugo's services.rss.limit
	"feed_limit":             {"feedSize", ", the items in each feed"}, // Zola's
}

// SiteField returns the site.yaml field that the key of another site
// generator's configuration is, in any letter case (Hugo's keys are not
// case-sensitive): the field of the same name (title, baseURL), or the
// one siteRenames gives (languageCode is language), or "".
func SiteField(key string) string {
	k := strings.ToLower(key)
	if r, ok := siteRenames[k]; ok {
		return r[0]
	}
	_, names := fieldsFor(reflect.TypeFor[siteYAML]())
	for _, n := range names {
		if strings.ToLower(n) == k {
			return n
		}
	}
	return ""
}

// SiteHint returns what takes the place in site.yaml of the key of
// another site generator's configuration that is no field there, or "".
func SiteHint(key string) string {
	return foreignHint("site.yaml", key, nil, owner{})
}

// owner is the file a key is in, for a hint that reads more of it: its
// path and its whole front matter mapping, and the base path of the site
// it is in ("/notes/"; "/" at a host's root, or when not known), which the
// alias a hint names is written without.
type owner struct {
	path  string
	front *yaml.Node
	base  string
}

// redirectHint is what takes the place of jekyll-redirect-from's list of
// a post's or page's former addresses.
const redirectHint = "write the former addresses as `aliases:` (`aliases: [/2024/06/gpt3/]`), each of which gets a page that sends readers to this one"

// mathHint is what takes the place of a Hugo theme's switch that loads
// KaTeX or MathJax on a page (math: true): nothing, as math is rendered
// on every page.
const mathHint = "math is always rendered, $…$ and $$…$$ at build time, without JavaScript, so the switch does nothing here; remove the line"

// venueHint is what takes the place of another generator's field for
// where a paper was published.
const venueHint = "write where it was published as `journal:` (the journal's name alone; its `volume:`, `issue:` and `pages:` on lines of their own) or as `conference:` (the proceedings' or conference's name, with `pages:`)"

// foreignNames returns the keys of other site generators that foreignHint
// knows in a file of kind what, in lower case and sorted.
func foreignNames(what string) []string {
	names := slices.Collect(maps.Keys(foreignKeys[what]))
	if what == "site.yaml" {
		for k := range siteRenames {
			names = append(names, strings.ToLower(k))
		}
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// foreignHint returns what takes the place of the key of another site
// generator, with the value val, in a file of kind what, the mapping of
// in, or "".
func foreignHint(what, key string, val *yaml.Node, in owner) string {
	if h := taxonomiesHint(what, key, val); h != "" {
		return h
	}
	if h := addressHint(what, key, val, in); h != "" {
		return h
	}
	if h := themeKeyHint(what, key, val); h != "" {
		return h
	}
	if what == "site.yaml" {
		if h := siteKeyHint(key, val, in); h != "" {
			return h
		}
	}
	return foreignKeys[what][strings.ToLower(key)]
}

// siteNested are the settings of Hugo's and Jekyll's configuration below
// a mapping that are a site.yaml field, by their path in lower case. The
// message for a mapping in site.yaml that holds one and the list check
// makes of a Hugo or Jekyll configuration's settings both come from here.
var siteNested = map[string]string{
	"pagination.pagersize":            "pageSize",
	"services.rss.limit":              "feedSize",
	"markup.goldmark.renderer.unsafe": "unsafeHTML",
	"feed.posts_limit":                "feedSize", // jekyll-feed's
}

// NestedField returns the site.yaml field that the setting at path of
// another site generator's configuration is (services.rss.limit, its
// keys joined by dots, in any letter case), or "".
func NestedField(path string) string {
	return siteNested[strings.ToLower(path)]
}

// HoldsNested reports whether a setting below path (services) has a
// site.yaml field (services.rss.limit).
func HoldsNested(path string) bool {
	for p := range siteNested {
		if strings.HasPrefix(p, strings.ToLower(path)+".") {
			return true
		}
	}
	return false
}

// nestedHint is what to write in place of the mapping val at key when a
// setting in it is a site.yaml field (Hugo's services: {rss: {limit: 20}},
// jekyll-feed's feed: {posts_limit: 20}): that field, with the value;
// "" when none is.
func nestedHint(key string, val *yaml.Node) string {
	var hints []string
	var walk func(path string, n *yaml.Node)
	walk = func(path string, n *yaml.Node) {
		for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
			sub, v := path+"."+n.Content[i].Value, n.Content[i+1]
			switch f := NestedField(sub); {
			case f != "" && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "":
				hints = append(hints, "its "+strings.TrimPrefix(sub, key+".")+" is site.yaml's "+f+": write `"+f+": "+strings.TrimSpace(v.Value)+"`")
			case HoldsNested(sub):
				walk(sub, v)
			}
		}
	}
	if val != nil && HoldsNested(key) {
		walk(key, val)
	}
	if len(hints) == 0 {
		return ""
	}
	return strings.Join(hints, ", and ") + " in its place"
}

// siteKeyHint is what to write in site.yaml in place of the key of
// another generator's configuration, with the value val, in the mapping
// of in: the field siteRenames names, with val when it is known
// (`feedSize: 20`), the one a setting in a mapping is (nestedHint), or
// the baseURL that Jekyll's url: and baseurl: make together; "" for
// another key.
func siteKeyHint(key string, val *yaml.Node, in owner) string {
	k := strings.ToLower(key)
	if h := nestedHint(key, val); h != "" {
		return h
	}
	if r, ok := siteRenames[k]; ok {
		if val == nil || val.Kind != yaml.ScalarNode || strings.TrimSpace(val.Value) == "" {
			return "write `" + r[0] + ":`" + r[1]
		}
		v := strings.TrimSpace(val.Value)
		if r[0] == "baseURL" && !strings.HasSuffix(v, "/") { // Zola's base_url has no slash at the end
			v += "/"
		}
		return "write `" + r[0] + ": " + v + "` in its place"
	}
	if (k != "url" && k != "baseurl") || in.front == nil {
		return ""
	}
	var url, base string
	if v := frontValue(in.front, "url"); v != nil && v.Kind == yaml.ScalarNode {
		url = v.Value
	}
	if v := frontValue(in.front, "baseurl"); v != nil && v.Kind == yaml.ScalarNode {
		base = v.Value
	}
	if strings.Contains(base, "://") { // baseURL misspelt, not Jekyll's path
		if k == "baseurl" {
			return ""
		}
		base = ""
	}
	switch addr := JekyllBaseURL(url, base); {
	case addr == "":
		return ""
	case strings.TrimSpace(url) == "":
		return "Jekyll's baseurl: is the path of the site's address: write `baseURL: " + addr + "` in its place for a GitHub project site (for another, the site's whole address)"
	case strings.Trim(base, "/ ") == "":
		return "Jekyll's url: is site.yaml's baseURL: write `baseURL: " + addr + "` in its place"
	default:
		return "Jekyll's url: and baseurl: together are site.yaml's baseURL: write `baseURL: " + addr + "` in place of both"
	}
}

// ownData is where the unknown key of a file of kind what goes when it is
// the file's own data.
func ownData(what string) string {
	switch what {
	case "paper", "day", "page":
		return "a " + what + "'s own data"
	}
	return "a site's own data"
}

// taxonomiesHint is what to write in place of a paper's Zola taxonomies,
// the mapping val (tags: [...], authors: [...]): each list at the top
// level, as the field that holds it here; "" for another key, or a value
// that holds no list.
func taxonomiesHint(what, key string, val *yaml.Node) string {
	if what != "paper" || strings.ToLower(key) != "taxonomies" || val == nil || val.Kind != yaml.MappingNode {
		return ""
	}
	var each []string
	for i := 0; i+1 < len(val.Content); i += 2 {
		name, list := val.Content[i].Value, val.Content[i+1]
		if list.Kind != yaml.SequenceNode {
			continue
		}
		var items []string
		for _, n := range list.Content {
			items = append(items, flowItem(n.Value))
		}
		field, end := "topics", ""
		switch strings.ToLower(name) {
		case "authors":
			field = "authors"
		case "tags", "categories", "topics":
		default: // a taxonomy of the site's own
			field, end = "extra: {"+name, "}"
		}
		line := "taxonomies." + name + " as `" + field + ": [" + strings.Join(items, ", ") + "]" + end
		each = append(each, line+"`")
	}
	if len(each) == 0 {
		return ""
	}
	return "write " + strings.Join(each, ", ") + ", at the top level in place of taxonomies: (a paper's topics and authors get pages and feeds of their own)"
}

// addressHint is what to write in place of a paper's or a page's former
// address, the string val of Hugo's slug: or url:, Jekyll's permalink: or
// Zola's path:, with that address in the alias it names, written from the
// site's root without its base path, as an alias is: a slug was the last
// segment of the post's address in its section (/posts/<slug>/ for
// content/posts/, which the file no longer tells: movedHugoPosts names it
// while the site's Hugo configuration or folder of posts does), and of a
// page's in its folder (guide/setup.md's slug: install was at
// /guide/install/), the others the address itself; a Jekyll permalink
// with placeholders (/:year/:title/) is filled from the post in, its
// file's name and front matter. It is "" for another key or value.
func addressHint(what, key string, val *yaml.Node, in owner) string {
	if what != "paper" && what != "page" || val == nil {
		return ""
	}
	k := strings.ToLower(key)
	if what == "paper" && k == "redirect_from" {
		return redirectsHint(val)
	}
	if k == "permalink" && val.Kind == yaml.ScalarNode && strings.Contains(val.Value, ":") && webPath(val.Value) == "" {
		if what == "page" {
			return "" // Jekyll's /:title/, which a page's name fills: foreignKeys'
		}
		return jekyllHint(val.Value, in)
	}
	v := aliasAddress(val)
	if v == "" || k != "slug" && k != "url" && k != "permalink" && k != "path" {
		return ""
	}
	if what == "page" {
		return pageAddressHint(k, v, in)
	}
	const url = "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; "
	switch {
	case k == "slug" && !strings.Contains(v, "/") && !strings.Contains(v, "."):
		return url + "keep the address Hugo gave the post under `aliases:`, its section's folder then its slug: `aliases: [" + flowItem("/posts/"+v+"/") +
			"]` for a post of content/posts/, `aliases: [" + flowItem("/blog/"+v+"/") + "]` for one of content/blog/, or what the permalinks: of the Hugo configuration made it " +
			"(check names the address while that configuration, or the folder of posts, is there), so links to it keep working"
	case k == "slug":
		return ""
	}
	addr, home := fromSiteRoot(model.Slashed(v), in.base)
	if home {
		return url + "its former address " + model.Slashed(v) + " is the site's base path, the address of its home page, which needs no alias; remove the line"
	}
	return url + "keep the former address under `aliases:`: `aliases: [" + flowItem(addr) + "]`, so links to it keep working"
}

// pageAddressHint is addressHint's for a page of content/pages/ whose
// key k (slug, url, permalink or path) gave it the address v, without
// its slashes: the alias that keeps that address, or, when it is the
// page's own, that the line does nothing.
func pageAddressHint(k, v string, in owner) string {
	slug, _ := PageSlug(in.path)
	name := strings.TrimPrefix(in.path, PagesDir)
	own := "a page's address is its file's path below content/pages/ (" + name + " is " + model.Slashed(slug) + ")"
	if slug == "" {
		own = "a page's address is its file's path below content/pages/ (about.md is /about/)"
	}
	addr, gave := model.Slashed(v), k+": gave it"
	if k == "slug" {
		if strings.Contains(v, "/") {
			return ""
		}
		// Hugo's page at content/guide/setup.md with slug: install
		// was /guide/install/: its folder, then the slug.
		if dir := path.Dir(slug); dir != "." {
			addr = "/" + dir + "/" + v + "/"
		}
		gave = "Hugo made from its folder and slug:"
	}
	addr, home := fromSiteRoot(addr, in.base)
	switch {
	case home:
		return own + "; the address " + gave + ", " + addr + ", is the site's home page, which needs no alias: remove the line"
	case strings.Trim(addr, "/") == slug:
		return own + ", the address " + gave + " already: remove the line"
	}
	return own + ": keep the address " + gave + " under `aliases:`: `aliases: [" + flowItem(addr) + "]`, so links to it keep working (or rename the file to have the page there)"
}

// jekyllHint is what to write in place of a Jekyll post's permalink:
// with placeholders, tmpl, in the post in: the alias of the address it
// gave the post, or, when an alias cannot be that address (a .html, a
// capital letter), how to keep it.
func jekyllHint(tmpl string, in owner) string {
	const url = "a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; "
	// In UTC, as GitHub Pages builds: _config.yml's timezone: is not known here.
	addr, _ := jekyllAddress(tmpl, path.Base(in.path), in.front, time.UTC)
	switch {
	case addr == "":
		return url + "keep the address Jekyll gave the post, " + tmpl + " filled in, under `aliases:` (`aliases: [/2024/05/27/my-post/]`), so links to it keep working"
	case AliasFor(addr) != "":
		return url + "keep the address Jekyll gave the post (" + tmpl + ") under `aliases:`: " + KeepAddress(addr) + ", so links to it keep working"
	}
	return url + "Jekyll gave the post the address " + addr + " (" + tmpl + "), which an alias cannot be (" + aliasChars + "): " + ownPage(addr)
}

// aliasChars says what an alias's address is made of.
const aliasChars = "an alias's address has lower-case letters, digits, `-`, `_` and `/` only, and may end in .html"

// ownPage says how to keep the former address addr that an alias cannot
// be: a page of the curator's own at that path of the theme's static/.
func ownPage(addr string) string {
	if strings.HasSuffix(addr, "/") {
		addr += "index.html"
	}
	return "keep it with a page of your own in your theme's static/ (themes/<theme>/static" + addr + ") that links to the paper's page"
}

// webPath is the path of v when v is a whole http(s) address
// (https://lab.github.io/digest/about-us/: /digest/about-us/), else "".
func webPath(v string) string {
	u, err := url.Parse(strings.TrimSpace(v))
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	return cmp.Or(u.Path, "/")
}

// aliasAddress is the address the string val names, without its
// slashes, in lower case as Hugo writes addresses; "" when val is no
// string or an alias could not be that address (Jekyll's /:year/:title/).
// A page's name ending in .html, as Jekyll's addresses do, can be one.
func aliasAddress(val *yaml.Node) string {
	if val.Kind != yaml.ScalarNode {
		return ""
	}
	raw := strings.TrimSpace(val.Value)
	if p := webPath(raw); p != "" {
		raw = p // the whole address as the browser showed it: its path
	}
	v := strings.ToLower(strings.Trim(raw, "/"))
	dir := strings.TrimSuffix(v, ".html")
	if dir == "" || strings.HasSuffix(dir, "/") || strings.Trim(dir, "abcdefghijklmnopqrstuvwxyz0123456789-_/") != "" || strings.Contains(v, "//") {
		return ""
	}
	return v
}

// redirectsHint is what to write in place of jekyll-redirect-from's
// redirect_from:, the address or list of them val: the aliases of those
// an alias can be; redirectHint when there is none.
func redirectsHint(val *yaml.Node) string {
	items := []*yaml.Node{val}
	if val.Kind == yaml.SequenceNode {
		items = val.Content
	}
	var as, not []string
	for _, n := range items {
		if a := aliasAddress(n); a != "" {
			as = append(as, model.Slashed(a))
		} else if n.Kind == yaml.ScalarNode {
			not = append(not, n.Value)
		}
	}
	if len(as) == 0 {
		return redirectHint
	}
	h := "write the former addresses as `aliases: [" + strings.Join(as, ", ") + "]`, each of which gets a page that sends readers to this one"
	if len(not) > 0 {
		h += "; " + strings.Join(not, ", ") + " cannot be one (" + aliasChars + "): keep it with a page of its own in your theme's static/"
	}
	return h
}

// flowItem is s as an item of a YAML list in brackets: quoted when it
// holds what YAML would read otherwise.
func flowItem(s string) string {
	if s == "" || strings.ContainsAny(s, ",:[]{}#&*!|>'\"%@`") || strings.TrimSpace(s) != s {
		return strconv.Quote(s)
	}
	return s
}
